"""The main window: one tab per area the signed-in user's roles allow, status bar, lock, sign out.

The screens (intake, worklist, case view, administration) are imported when the first user signs
in, not at start-up, so the sign-in window shows at once (the model loader imports them meanwhile).
Hiding a tab is only the first line: the store refuses a forbidden action anyway.

The interface language is the signed-in account's (View > Language, or an administrator's choice
for it), else the desk's (``--language`` / the system locale): ``set_user`` switches to it before
it builds the screens, signing out goes back to the desk's, and what the window built before
(menus, status bar) is retranslated on Qt's ``LanguageChange``.
"""

from __future__ import annotations

import html
import importlib
import logging
from typing import Any, Callable

from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (QLabel, QMainWindow, QMessageBox, QPushButton, QStackedWidget,
                               QTabWidget, QVBoxLayout, QWidget)

from triage.records import LANGUAGES, Role, User

from ui.audit_events import record_event
from ui.context import AppContext
from ui.i18n import current_language, switch_language
from ui.labels import language_label, role_title
from ui.login import DEFAULT_IDLE_MINUTES, UNLOCK, IdleLock, LoginDialog
from ui.server_link import call_store, link_of
from ui.widgets.server_banner import ServerBanner
from ui.widgets.model_loader import LOADING, ModelLoader, state_text

log = logging.getLogger("triage_desk")

INTAKE, WORKLIST, CASE, ADMIN = "Intake", "Worklist", "Case", "Administration"
# Tab order per role; a user with several roles gets the union, first role's order first.
ROLE_TABS: dict[Role, tuple[str, ...]] = {
    Role.NURSE: (INTAKE, WORKLIST),
    Role.CLINICIAN: (WORKLIST, INTAKE),
    Role.ADMIN: (ADMIN,),  # administrators export cases but do not work the clinical list
}
ROLE_ORDER = (Role.NURSE, Role.CLINICIAN, Role.ADMIN)
# Each area's screen: (module, class), imported when first needed.
SCREENS = {INTAKE: ("ui.intake.form", "IntakeForm"), WORKLIST: ("ui.worklist", "WorklistView"),
           CASE: ("ui.case.view", "CaseView"), ADMIN: ("ui.admin", "AdminView")}


def tabs_for(user: User) -> list[str]:
    """The areas a user may see, in display order (administration only for administrators)."""
    names: list[str] = []
    for role in ROLE_ORDER:
        if user.has(role):
            names.extend(n for n in ROLE_TABS[role] if n not in names)
    return names


# Shown on the lock page; English source text, translated where shown (``self.tr(LOCKED_TEXT)``).
LOCKED_TEXT = QT_TRANSLATE_NOOP("MainWindow", "🔒 Locked — enter your password to go on.")
SIGNED_OUT_TEXT = QT_TRANSLATE_NOOP("MainWindow", "Signed out — sign in to go on.")
DEMO_TEXT = QT_TRANSLATE_NOOP("MainWindow", "DEMO — synthetic data")


def app_is_active() -> bool:
    """True when one of this application's windows has the keyboard (not another program's)."""
    return QGuiApplication.applicationState() == Qt.ApplicationState.ApplicationActive


def first_field(screen: QWidget) -> QWidget | None:
    """Where typing starts on ``screen``: its own ``first_field()``, else its first focusable
    child in tab order."""
    own = getattr(screen, "first_field", None)
    if callable(own):
        return own()
    widget = screen.nextInFocusChain()
    while widget is not None and widget is not screen:
        if (screen.isAncestorOf(widget) and widget.isEnabled()
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus):
            return widget
        widget = widget.nextInFocusChain()
    return None


def placeholder(text: str) -> QWidget:
    widget = QWidget()
    widget.setObjectName("Placeholder")
    label = QLabel(text)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    QVBoxLayout(widget).addWidget(label)
    return widget


class MainWindow(QMainWindow):
    """Hosts the screens for ``ctx.user``; ``signed_out`` asks the app to show the login again."""

    signed_out = Signal()
    language_changed = Signal(str)  # the account chose a language ("" = the desk's default)
    locked = Signal()
    unlocked = Signal()

    def __init__(self, ctx: AppContext, loader: ModelLoader | None = None, *,
                 idle_minutes: float = DEFAULT_IDLE_MINUTES,
                 report_error: Callable[[str, str], None] | None = None):
        super().__init__()
        self.setObjectName("MainWindow")
        self.setWindowTitle("Triage Desk")
        self.ctx = ctx
        self.desk_language = ctx.language or current_language()  # see AppContext.language
        self.loader = loader
        self._report_error = report_error
        self.screens: dict[str, QWidget] = {}
        self.unlock_dialog: LoginDialog | None = None

        self.stack = QStackedWidget()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("AreaTabs")
        self.tabs.setDocumentMode(True)
        self.lock_page = placeholder(self.tr(LOCKED_TEXT))
        self._lock_text = LOCKED_TEXT  # which of the lock page's texts shows (retranslated)
        self._demo = False
        self.lock_label = self.lock_page.findChild(QLabel)
        self.unlock_button = QPushButton(self.tr("Unlock…"))
        self.unlock_button.clicked.connect(self._open_unlock_dialog)
        self.lock_page.layout().addWidget(self.unlock_button, 0, Qt.AlignmentFlag.AlignHCenter)
        self._closing_confirmed = False  # the app is shutting down: nothing left to ask
        self.stack.addWidget(self.tabs)
        self.stack.addWidget(self.lock_page)
        # Above every screen: "Server unreachable since …" while the clinic server is silent.
        self.server_link = link_of(ctx)
        self.server_banner = ServerBanner(self.server_link)
        central = QWidget()
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.setSpacing(0)
        central_layout.addWidget(self.server_banner)
        from ui.mci.banner import IncidentBanner  # red while a mass-casualty incident is open
        self.incident_banner = IncidentBanner(ctx)
        self.incident_banner.incident_changed.connect(self._incident_changed)
        central_layout.addWidget(self.incident_banner)
        central_layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.user_label = QLabel()
        self.user_label.setObjectName("UserLabel")
        self.model_label = QLabel(state_text(LOADING))
        self.model_label.setObjectName("ModelState")
        self.demo_label = QLabel("")
        self.statusBar().addWidget(self.user_label)
        self.statusBar().addWidget(self.demo_label)
        self.statusBar().addPermanentWidget(self.model_label)

        self.session_menu = session = self.menuBar().addMenu(self.tr("&Session"))
        self.lock_action = QAction(self.tr("&Lock"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.lock)
        self.sign_out_action = QAction(self.tr("Sign &out"), self)
        self.sign_out_action.triggered.connect(self.sign_out)
        session.addAction(self.lock_action)
        session.addAction(self.sign_out_action)
        self.view_menu = self.menuBar().addMenu(self.tr("&View"))
        self.language_menu = self.view_menu.addMenu(self.tr("&Language"))
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code in ("", *LANGUAGES):  # "" = the desk's default
            action = QAction(language_label(code), self)
            action.setCheckable(True)
            action.setData(code)
            self.language_group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[code] = action
        # a bound method, not a lambda holding self: a window must be freed when dropped
        self.language_group.triggered.connect(self._language_action)
        self.language_menu.setEnabled(False)  # an account's choice: only while signed in
        from ui.mci.incident_actions import IncidentActions  # Incident > Declare… / End…
        self.incident_actions = IncidentActions(ctx, self.incident_banner, self)
        self.incident_actions.add_menu(self.menuBar())
        self.help_menu = help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.about_action = QAction(self.tr("&About Triage Desk…"), self)
        self.about_action.triggered.connect(self.show_about)
        help_menu.addAction(self.about_action)
        self.toolbar = toolbar = self.addToolBar(self.tr("Session"))
        toolbar.setObjectName("SessionToolbar")
        toolbar.setMovable(False)
        toolbar.addAction(self.lock_action)
        toolbar.addAction(self.sign_out_action)

        self.idle = IdleLock(idle_minutes, self)
        self.idle.idle.connect(self.lock)
        if loader is not None:
            loader.state_changed.connect(self._model_state)
            self._model_state(loader.state)
        ctx.signals.open_case.connect(self.show_case)
        app = QGuiApplication.instance()
        if app is not None:
            app.applicationStateChanged.connect(self._app_state_changed)
        self.resize(1280, 720)
        if ctx.user is not None:
            self.set_user(ctx.user)

    def show_about(self) -> "QWidget":
        """Help > About: version and the installation's self-check (its own process)."""
        from ui.about_dialog import AboutDialog

        self.about_dialog = AboutDialog(self.ctx, self)
        self.about_dialog.show()
        return self.about_dialog

    # ------------------------------------------------------------------ user and tabs
    def set_user(self, user: User) -> None:
        """Build the tabs for ``user`` (after login, or after another user signs in), in the
        account's interface language (else the desk's)."""
        self._drop_screens()
        self.ctx.user = user
        self.use_language(user.language or self.desk_language)
        for name in tabs_for(user):
            self.tabs.addTab(self._make_screen(name), self.tab_title(name))
        self._incident_changed(self.incident_banner.state.incident)
        self._show_user()
        self._show_demo(False)
        # a store that cannot answer is not a demo; on a server the answer comes from a worker
        call_store(None, self.ctx.store, self.ctx.store.is_demo, link=self.server_link,
                   done=lambda demo: self._show_demo(bool(demo)), failed=lambda *_a: None)
        self.stack.setCurrentWidget(self.tabs)
        self.idle.start()
        self.ctx.signals.user_changed.emit(user)
        QTimer.singleShot(0, self.focus_landing_field)

    def _show_user(self) -> None:
        user = self.ctx.user
        if user is None:
            self.user_label.setText(self.tr("Signed out"))
        else:
            roles = ", ".join(role_title(r) for r in sorted(user.roles, key=lambda r: r.value))
            self.user_label.setText(self.tr("Signed in: <b>{name}</b> ({user} · {roles})").format(
                name=html.escape(user.display_name), user=html.escape(user.username),
                roles=html.escape(roles)))
        for code, action in self.language_actions.items():
            action.setChecked(user is not None and code == user.language)
        self.language_menu.setEnabled(user is not None)

    def _show_demo(self, demo: bool) -> None:
        self._demo = demo
        self.demo_label.setText(self.tr(DEMO_TEXT) if demo else "")

    # ------------------------------------------------------------------ language
    def use_language(self, language: str) -> str:
        """Speak ``language`` from now on: translators swapped, this window retranslated (the
        caller rebuilds the screens). Returns the language."""
        lang = switch_language(QCoreApplication.instance(), language)
        self.retranslate()
        return lang

    def retranslate(self) -> None:
        """Every text this window built itself, again in the current language."""
        self.session_menu.setTitle(self.tr("&Session"))
        self.lock_action.setText(self.tr("&Lock"))
        self.sign_out_action.setText(self.tr("Sign &out"))
        self.view_menu.setTitle(self.tr("&View"))
        self.language_menu.setTitle(self.tr("&Language"))
        for code, action in self.language_actions.items():
            action.setText(language_label(code))
        self.incident_actions.retranslate()
        self.help_menu.setTitle(self.tr("&Help"))
        self.about_action.setText(self.tr("&About Triage Desk…"))
        self.toolbar.setWindowTitle(self.tr("Session"))
        self.unlock_button.setText(self.tr("Unlock…"))
        self.lock_label.setText(self.tr(self._lock_text))
        self.model_label.setText(state_text(self.loader.state if self.loader is not None
                                            else LOADING))
        if self.loader is not None:
            self.model_label.setToolTip(self.loader.describe())
        self._show_user()
        self._show_demo(self._demo)
        names = {id(w): n for n, w in self.screens.items()}
        for i in range(self.tabs.count()):
            name = names.get(id(self.tabs.widget(i)))
            if name in SCREENS:
                self.tabs.setTabText(i, self.tab_title(name))
            elif name == "MCI":
                self.tabs.setTabText(i, self.tr("Mass casualty"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "help_menu"):
            self.retranslate()
        super().changeEvent(event)

    def _language_action(self, action: QAction) -> None:
        self.choose_language(action.data() or "")

    def _tag_saved(self, _tag: object) -> None:
        self.incident_banner.refresh()  # this desk's counts at once, not at the next poll

    def choose_language(self, language: str) -> None:
        """View > Language: the signed-in account's own choice, stored (permission-checked and
        audited by the store), then the window rebuilt in it. An unsaved intake is asked about
        first (the screens are rebuilt)."""
        user = self.ctx.user
        if user is None:
            return
        if language == user.language or not self._may_discard_intake(self.tr("Change language")):
            self._show_user()  # the menu's check back on the account's choice
            return
        call_store(None, self.ctx.store, self.ctx.store.set_user_language, user, user.id,
                   language, link=self.server_link,
                   done=lambda stored: self._language_saved(user, stored.language),
                   failed=self._language_failed)

    def _language_saved(self, user: User, language: str) -> None:
        if self.ctx.user is None or self.ctx.user.id != user.id:
            return  # signed out meanwhile
        self.set_user(replace(self.ctx.user, language=language))  # the session kept
        self.language_changed.emit(language)

    def _language_failed(self, exc: BaseException, trace: str) -> None:
        """Said in the status bar (nothing modal: the desk stays usable); the menu shows the
        account's stored choice again."""
        self._show_user()
        self.statusBar().showMessage(self.tr("Language not changed: {error}").format(error=exc),
                                     15_000)

    def focus_landing_field(self) -> QWidget | None:
        """After sign-in: the keyboard works at once (typing, Ctrl+N, Ctrl+S) on the tab the role
        lands on."""
        screen = self.tabs.currentWidget()
        target = first_field(screen) if screen is not None and not self.is_locked else None
        if target is not None:
            self.activateWindow()
            target.setFocus(Qt.FocusReason.OtherFocusReason)
        return target

    def tab_title(self, name: str) -> str:
        """The tab's visible title in the interface language (``name`` stays the area's key)."""
        return {INTAKE: self.tr("Intake"), WORKLIST: self.tr("Worklist"), CASE: self.tr("Case"),
                ADMIN: self.tr("Administration")}[name]

    def tab_names(self) -> list[str]:
        """The areas shown, by key (``INTAKE`` …), whatever the interface language."""
        by_widget = {id(w): n for n, w in self.screens.items()}
        return [by_widget.get(id(self.tabs.widget(i)), self.tabs.tabText(i))
                for i in range(self.tabs.count())]

    def screen(self, name: str) -> QWidget | None:
        return self.screens.get(name)

    def show_area(self, name: str) -> QWidget:
        widget = self.screens[name]
        self.tabs.setCurrentWidget(widget)
        return widget

    def _make_screen(self, name: str) -> QWidget:
        module_name, class_name = SCREENS[name]
        screen_class = getattr(importlib.import_module(module_name), class_name)
        try:
            widget = screen_class(self.ctx)
        except Exception as exc:  # noqa: BLE001 - one broken screen must not take the desk down
            log.exception("cannot build %s.%s", module_name, class_name)
            self.report_worker_error(self.tr("{screen} could not open: {error}").format(
                screen=class_name, error=exc), repr(exc))
            widget = placeholder(self.tr("{screen} could not open: {error}").format(
                screen=class_name, error=f"{type(exc).__name__}: {exc}"))
        self.screens[name] = widget
        return widget

    def _drop_screens(self) -> None:
        while self.tabs.count():
            widget = self.tabs.widget(0)
            self.tabs.removeTab(0)
            widget.close()
            widget.deleteLater()
        self.screens.clear()

    def show_case(self, case_id: int) -> None:
        """Open (or reuse) the case tab on ``case_id``."""
        if self.ctx.user is None:
            return
        if CASE not in self.screens:
            self.tabs.addTab(self._make_screen(CASE), self.tab_title(CASE))
        view = self.screens[CASE]
        if view.objectName() == "CaseView":  # not the placeholder of a screen that failed to build
            view.show_case(int(case_id))
        self.tabs.setCurrentWidget(view)

    def _incident_changed(self, incident: Any) -> None:
        """Offer the MCI tag form and board beside the normal screens while an incident is open."""
        from ui.mci.screen import MciScreen
        old = self.screens.pop("MCI", None)
        if old is not None:
            self.tabs.removeTab(self.tabs.indexOf(old))
            old.stop()
            old.deleteLater()
        if incident is not None and self.ctx.user is not None and (self.ctx.user.has(Role.NURSE) or self.ctx.user.has(Role.CLINICIAN)):
            screen = self.screens["MCI"] = MciScreen(self.ctx, incident)
            screen.saved.connect(self._tag_saved)
            self.tabs.insertTab(0, screen, self.tr("Mass casualty"))

    # ------------------------------------------------------------------ status
    def _model_state(self, state: str) -> None:
        self.model_label.setText(state_text(state))
        if self.loader is not None:
            self.model_label.setToolTip(self.loader.describe())

    def report_worker_error(self, summary: str, text: str) -> None:
        if self._report_error is not None:
            self._report_error(summary, text)

    # ------------------------------------------------------------------ lock / sign out
    @property
    def is_locked(self) -> bool:
        return self.stack.currentWidget() is self.lock_page

    def lock(self) -> None:
        """Hide the screens (kept as they are, unsaved input included) until the password is given.

        While another program has the keyboard (a second copy of the app, say), the screens are
        hidden at once but the password dialog waits until this window is used again: it must not
        take keystrokes meant for the other window (five wrong Enters would lock the account)."""
        if self.ctx.user is None or self.is_locked:
            return
        self.idle.stop()
        record_event(self.ctx.store, self.ctx.user, "lock", "user", self.ctx.user.id)
        self._lock_text = LOCKED_TEXT
        self.lock_label.setText(self.tr(LOCKED_TEXT))
        self.unlock_button.setVisible(True)
        self.stack.setCurrentWidget(self.lock_page)
        if app_is_active():
            self._open_unlock_dialog()
        self.locked.emit()

    def _open_unlock_dialog(self) -> None:
        if self.ctx.user is None or not self.is_locked:
            return
        if self.unlock_dialog is not None:
            self.unlock_dialog.raise_()
            self.unlock_dialog.activateWindow()
            return
        self.unlock_dialog = LoginDialog(self.ctx.store, UNLOCK, username=self.ctx.user.username,
                                         parent=self)
        self.unlock_dialog.accepted.connect(self._unlocked)
        self.unlock_dialog.rejected.connect(self._unlock_refused)
        self.unlock_dialog.open()

    def _app_state_changed(self, state: Qt.ApplicationState) -> None:
        """Back in this app while locked: now the password dialog may take the keyboard."""
        if state == Qt.ApplicationState.ApplicationActive and self.is_locked:
            self._open_unlock_dialog()

    def _unlocked(self) -> None:
        self.unlock_dialog = None
        self.stack.setCurrentWidget(self.tabs)
        self.idle.start()
        self.unlocked.emit()

    def _unlock_refused(self) -> None:
        self.unlock_dialog = None
        self.sign_out(confirm=False)

    def _may_discard_intake(self, action: str) -> bool:
        """Ask before ``action`` throws away an unsaved intake (True: go ahead)."""
        intake = self.screens.get(INTAKE)
        if intake is None or intake.objectName() != "IntakeForm" or not intake.is_dirty():
            return True
        answer = QMessageBox.question(
            self, action, self.tr("The intake form has unsaved input. {action} and discard it?")
            .format(action=action))
        return answer == QMessageBox.StandardButton.Yes

    def sign_out(self, confirm: bool = True) -> None:
        if confirm and not self._may_discard_intake(self.tr("Sign out")):
            return
        self.idle.stop()
        if self.ctx.user is not None:
            record_event(self.ctx.store, self.ctx.user, "logout", "user", self.ctx.user.id)
        self._drop_screens()
        self.ctx.user = None
        self.use_language(self.desk_language)  # the next sign-in window speaks the desk's language
        self._show_user()
        self._lock_text = SIGNED_OUT_TEXT
        self.lock_label.setText(self.tr(SIGNED_OUT_TEXT))
        self.unlock_button.setVisible(False)
        self.stack.setCurrentWidget(self.lock_page)
        self.ctx.signals.user_changed.emit(None)
        self.signed_out.emit()

    def close_without_asking(self) -> None:
        """Close at shutdown (the app is quitting: there is nobody left to ask)."""
        self._closing_confirmed = True
        self.close()

    def closeEvent(self, event: Any) -> None:  # noqa: N802 - Qt API
        if not self._closing_confirmed and not self._may_discard_intake(self.tr("Quit")):
            event.ignore()
            return
        self.idle.stop()
        self.idle.remove()
        self.incident_banner.stop()
        self._drop_screens()
        super().closeEvent(event)
