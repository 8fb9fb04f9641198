"""Sign-in, first-run administrator creation, and the idle auto-lock.

Password checks (argon2) and account writes run in a worker so the window never freezes. The
demo accounts are listed only when the store says the installation is a demo.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import (QApplication, QComboBox, QDialog, QDialogButtonBox, QFormLayout,
                               QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget)

from triage import scales
from triage.errors import AccountLocked, AuthenticationFailed, TriageError
from triage.records import Role, User

from ui.labels import role_title
from ui.widgets.workers import Task

DEFAULT_IDLE_MINUTES = 10
LOGIN, FIRST_ADMIN, UNLOCK = "login", "first_admin", "unlock"


def demo_accounts() -> list[tuple[str, str, str]]:
    """(username, role, password) of the demo accounts that ``seed-demo`` creates."""
    from triage.demo import DEMO_ACCOUNTS

    return [(a.username, a.role.value, a.password) for a in DEMO_ACCOUNTS]


def accounts_for(store: Any) -> Any:
    from triage.store.auth import Accounts

    return Accounts(store)


def error_message(exc: BaseException) -> str:
    """What the sign-in window says about a failed sign-in, in the interface language (the
    domain's own lock-out and refusal texts stay as it wrote them)."""
    translate = QCoreApplication.translate
    if isinstance(exc, AuthenticationFailed):
        return translate("LoginDialog", "Wrong user name or password.")
    if isinstance(exc, AccountLocked):
        return str(exc) or translate(
            "LoginDialog", "This account is locked. Try again later or ask an administrator.")
    if isinstance(exc, TriageError):
        return str(exc)
    return translate("LoginDialog", "Sign-in failed unexpectedly: {error}").format(
        error=f"{type(exc).__name__}: {exc}")


class LoginDialog(QDialog):
    """Modes: ``login``, ``first_admin`` (no account exists yet) and ``unlock`` (same user again).

    On success ``user`` holds the signed-in ``User`` and the dialog is accepted.
    """

    signed_in = Signal(object)

    def __init__(self, store: Any, mode: str = LOGIN, *, username: str = "",
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("LoginDialog")
        self.store, self.mode = store, mode
        self.user: User | None = None
        from ui.server_link import store_runner

        self.runner = store_runner(self)  # sign-in reads the server: never on the GUI thread
        self.setMinimumWidth(440)  # demo passwords and messages on one line each
        self.setWindowTitle({LOGIN: self.tr("Triage Desk — sign in"),
                             FIRST_ADMIN: self.tr("Triage Desk — first start"),
                             UNLOCK: self.tr("Triage Desk — locked")}[mode])
        layout = QVBoxLayout(self)
        intro = {
            LOGIN: self.tr("Sign in with your Triage Desk account."),
            FIRST_ADMIN: self.tr("No account exists yet. Create the administrator account "
                                 "(at least 10 characters for the password) and choose the triage "
                                 "scale this installation uses (it can be changed later under "
                                 "Administration)."),
            UNLOCK: self.tr("The desk was locked after a period of inactivity. Enter your password "
                            "to go on; nothing you typed was lost."),
        }[mode]
        intro_label = QLabel(intro)
        intro_label.setWordWrap(True)
        layout.addWidget(intro_label)
        url = getattr(store, "url", None)  # which database this desk is on (a file or a server)
        if url is not None:
            self.database_label = QLabel(self.tr("Database: %1").replace("%1", url.display()))
            self.database_label.setObjectName("DatabaseLocation")
            self.database_label.setWordWrap(True)
            layout.addWidget(self.database_label)

        form = QFormLayout()
        self.username = QLineEdit(username)
        self.username.setObjectName("username")
        self.display_name = QLineEdit()
        self.display_name.setObjectName("display_name")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm = QLineEdit()
        self.confirm.setObjectName("confirm")
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("User name"), self.username)
        if mode == FIRST_ADMIN:
            form.addRow(self.tr("Full name"), self.display_name)
        form.addRow(self.tr("Password"), self.password)
        self.scale = QComboBox()
        self.scale.setObjectName("triage_scale")
        for code, scale in scales.SCALES.items():
            self.scale.addItem(scale.title, code)
        if mode == FIRST_ADMIN:
            form.addRow(self.tr("Repeat password"), self.confirm)
            form.addRow(self.tr("Triage scale"), self.scale)
        layout.addLayout(form)
        if mode == UNLOCK:
            self.username.setReadOnly(True)

        self.error_label = QLabel("")
        self.error_label.setObjectName("LoginError")
        self.error_label.setWordWrap(True)
        layout.addWidget(self.error_label)

        self.demo_label = QLabel("")
        self.demo_label.setObjectName("DemoAccounts")
        self.demo_label.setWordWrap(True)
        self.demo_label.setVisible(False)
        layout.addWidget(self.demo_label)
        if mode == LOGIN:
            self._show_demo_accounts()

        buttons = QDialogButtonBox()
        self.ok_button = QPushButton({LOGIN: self.tr("Sign in"),
                                      FIRST_ADMIN: self.tr("Create and sign in"),
                                      UNLOCK: self.tr("Unlock")}[mode])
        self.ok_button.setDefault(True)
        buttons.addButton(self.ok_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = buttons.addButton(
            self.tr("Sign out") if mode == UNLOCK else self.tr("Quit"), QDialogButtonBox.ButtonRole.RejectRole)
        self.ok_button.clicked.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        (self.password if mode == UNLOCK or username else self.username).setFocus()

    def _show_demo_accounts(self) -> None:
        """List the demo accounts when the store says this is a demo (asked in a worker on a
        server; no answer means: do not advertise them)."""
        from ui.server_link import call_store

        is_demo = getattr(self.store, "is_demo", None)
        if is_demo is None:
            return
        call_store(None, self.store, is_demo,
                   done=lambda demo: self._list_demo_accounts(bool(demo)),
                   failed=lambda *_a: None)

    def _list_demo_accounts(self, demo: bool) -> None:
        if not demo:
            return
        rows = demo_accounts()
        lines = [self.tr("<b>{user}</b> ({role}) — password <code>{password}</code>").format(
            user=u, role=role_title(Role(r)), password=p) for u, r, p in rows] or [
            self.tr("Demo accounts: see the README.")]
        self.demo_label.setText(self.tr("<b>Demo installation</b> — synthetic data only.")
                                + "<br>" + "<br>".join(lines))
        self.demo_label.setVisible(True)

    def submit(self) -> None:
        username, password = self.username.text().strip(), self.password.text()
        if not username or not password:
            self.error_label.setText(self.tr("Enter the user name and the password."))
            return
        if self.mode == FIRST_ADMIN:
            if password != self.confirm.text():
                self.error_label.setText(self.tr("The two passwords differ."))
                return
            task = Task(self._create_admin_and_login, username,
                        self.display_name.text().strip() or username, password,
                        self.scale.currentData(), with_callbacks=False)
        else:
            task = Task(accounts_for(self.store).login, username, password, with_callbacks=False,
                        purpose="unlock" if self.mode == UNLOCK else "login")
        task.signals.finished.connect(self._succeeded)
        task.signals.failed.connect(self._failed)
        self.ok_button.setEnabled(False)
        self.error_label.setText(self.tr("Checking…"))
        self.runner.start(task)

    def _create_admin_and_login(self, username: str, display_name: str, password: str,
                                scale: str = scales.DEFAULT_SCALE) -> User:
        accounts = accounts_for(self.store)
        admin = accounts.create_first_admin(username, display_name, password)
        self.store.set_triage_scale(admin, scale)  # the first administrator's choice, audited
        return accounts.login(username, password)

    def _succeeded(self, user: User) -> None:
        if self.mode == UNLOCK and user.username != self.username.text().strip():
            self._failed(AuthenticationFailed(), "")
            return
        self.user = user
        self.password.clear()
        self.confirm.clear()
        self.signed_in.emit(user)
        self.accept()

    def _failed(self, exc: BaseException, _tb: str) -> None:
        self.ok_button.setEnabled(True)
        self.password.clear()
        self.password.setFocus()
        self.error_label.setText(error_message(exc))

    def done(self, result: int) -> None:
        self.runner.cancel()
        super().done(result)


class IdleLock(QObject):
    """Emits ``idle`` after ``minutes`` without keyboard or mouse input anywhere in the app."""

    idle = Signal()
    INPUT_EVENTS = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
                    QEvent.Type.Wheel, QEvent.Type.TouchBegin}

    def __init__(self, minutes: float = DEFAULT_IDLE_MINUTES, parent: QObject | None = None):
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.idle)
        self.set_minutes(minutes)
        QApplication.instance().installEventFilter(self)

    def set_minutes(self, minutes: float) -> None:
        self.timer.setInterval(max(1, int(minutes * 60_000)))

    def start(self) -> None:
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() in self.INPUT_EVENTS and self.timer.isActive():
            self.timer.start()
        return False

    def remove(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
