"""User accounts: create, disable/enable, reset password, roles (``triage.store.auth.Accounts``),
and each account's interface language (``CaseStore.set_user_language``).

Dialogs open window-modal without blocking (``open()``), so keyboard users and tests drive them
the same way; the domain checks the permission and audits each change. Reads and writes run in
workers (argon2 hashing takes ~0.1 s, and another desk may hold the database's write lock): one
write at a time with the buttons disabled meanwhile; a refused write keeps its dialog open with
what was typed.
"""

from __future__ import annotations

import html
from typing import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDialog, QDialogButtonBox,
                               QFormLayout, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QPushButton, QTableView, QVBoxLayout, QWidget)

from triage.store.auth import MIN_PASSWORD_LENGTH, Accounts
from triage.errors import TriageError
from triage.records import LANGUAGES, Role, User

from ui.context import AppContext
from ui.labels import ROLE_TITLES, language_label, role_title  # noqa: F401 - ROLE_TITLES re-exported
from ui.widgets.table_model import RowsTableModel
from ui.widgets.workers import Task, TaskRunner

COLUMNS = (QT_TRANSLATE_NOOP("Headers", "User name"), QT_TRANSLATE_NOOP("Headers", "Name"),
           QT_TRANSLATE_NOOP("Headers", "Roles"), QT_TRANSLATE_NOOP("Headers", "Active"),
           QT_TRANSLATE_NOOP("Headers", "Language"))


class UsersModel(RowsTableModel):
    HEADERS = COLUMNS

    @property
    def users(self) -> list[User]:
        return self.rows

    def set_users(self, users: list[User]) -> None:
        self.beginResetModel()
        self.rows = list(users)
        self.endResetModel()

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        u = self.users[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (u.username, u.display_name,
                    ", ".join(role_title(r) for r in sorted(u.roles, key=lambda r: r.value)),
                    QCoreApplication.translate("UsersPage", "yes") if u.active
                    else QCoreApplication.translate("UsersPage", "disabled"),
                    language_label(u.language))[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and not u.active:
            return Qt.GlobalColor.gray
        return None


class RolesBox(QWidget):
    """One checkbox per role."""

    def __init__(self, roles: frozenset[Role] = frozenset(), parent: QWidget | None = None):
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.checks: dict[Role, QCheckBox] = {}
        for role in Role:
            check = QCheckBox(role_title(role))
            check.setChecked(role in roles)
            self.checks[role] = check
            layout.addWidget(check)

    def roles(self) -> frozenset[Role]:
        return frozenset(r for r, c in self.checks.items() if c.isChecked())


class UserDialog(QDialog):
    """New user (all fields), reset password (password only) or roles (roles only)."""

    def __init__(self, title: str, parent: QWidget | None = None, *, names: bool = True,
                 password: bool = True, roles: frozenset[Role] | None = frozenset(),
                 language: str | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        form = QFormLayout(self)
        self.username_edit = QLineEdit()
        self.display_name_edit = QLineEdit()
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(self.tr("at least {n} characters").format(n=MIN_PASSWORD_LENGTH))
        self.repeat_edit = QLineEdit()  # a typo in a password nobody can see locks the user out
        self.repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat_edit.setPlaceholderText(self.tr("the same password again"))
        self.asks_password = password
        self.roles_box = RolesBox(roles or frozenset())
        self.language_combo = QComboBox()  # "" = the desk's default
        for code in ("", *LANGUAGES):
            self.language_combo.addItem(language_label(code), code)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(language or "")))
        if names:
            form.addRow(self.tr("User name"), self.username_edit)
            form.addRow(self.tr("Full name"), self.display_name_edit)
        if password:
            form.addRow(self.tr("Password"), self.password_edit)
            form.addRow(self.tr("Repeat password"), self.repeat_edit)
        if roles is not None:
            form.addRow(self.tr("Roles"), self.roles_box)
        if language is not None:
            form.addRow(self.tr("Interface language"), self.language_combo)
        self.error_label = QLabel("")
        self.error_label.setStyleSheet("color: #B71C1C")
        self.error_label.setWordWrap(True)
        form.addRow(self.error_label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)

    def problem(self) -> str | None:
        """What must be fixed before the change is sent (the store checks the rest)."""
        if self.asks_password and self.password_edit.text() != self.repeat_edit.text():
            return self.tr("The two passwords differ: type the same password twice")
        return None


class UsersPage(QWidget):
    changed = Signal()
    refreshed = Signal()  # the table shows a fresh list

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.accounts = Accounts(ctx.store)
        self.dialog: UserDialog | None = None
        self.read_runner = TaskRunner(self)  # a newer list supersedes an older one
        self.write_runner = TaskRunner(self)
        self.write_task: Task | None = None
        self._write_dialog: UserDialog | None = None
        self._select_after: str | None = None
        self.model = UsersModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.new_button = QPushButton(self.tr("New user…"))
        self.toggle_button = QPushButton(self.tr("Disable"))
        self.password_button = QPushButton(self.tr("Reset password…"))
        self.roles_button = QPushButton(self.tr("Roles…"))
        self.language_button = QPushButton(self.tr("Language…"))
        self.language_button.clicked.connect(self.edit_language)
        self.new_button.clicked.connect(self.new_user)
        self.toggle_button.clicked.connect(self.toggle_active)
        self.password_button.clicked.connect(self.reset_password)
        self.roles_button.clicked.connect(self.edit_roles)
        self.message_label = QLabel("")
        self.message_label.setWordWrap(True)
        buttons = QHBoxLayout()
        for b in (self.new_button, self.toggle_button, self.password_button, self.roles_button,
                  self.language_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.message_label)
        layout.addWidget(self.table, 1)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.refresh()

    def refresh(self, select: str | None = None) -> Task:
        """Re-read the accounts in a worker; the selection (or ``select``) is kept."""
        current = self.selected_user()
        self._select_after = select or (current.username if current else self._select_after)
        task = Task(self.accounts.list_users, self.ctx.user, with_callbacks=False)
        task.signals.finished.connect(self._users_loaded)
        task.signals.failed.connect(self._load_failed)
        return self.read_runner.start(task)

    def _users_loaded(self, users: list[User]) -> None:
        self.model.set_users(users)
        if self._select_after is not None:
            self.select_username(self._select_after)
        self._select_after = None
        self._selection_changed()
        self.refreshed.emit()

    def _load_failed(self, exc: BaseException, _trace: str) -> None:
        self._say(self.tr("Could not list the users: {error}").format(error=exc), error=True)
        self._selection_changed()

    def selected_user(self) -> User | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.users[rows[0].row()] if rows else None

    def select_username(self, username: str) -> bool:
        for row, u in enumerate(self.model.users):
            if u.username == username:
                self.table.selectRow(row)
                return True
        return False

    def _selection_changed(self, *_args) -> None:
        user = self.selected_user()
        idle = self.write_task is None
        self.new_button.setEnabled(idle)
        for b in (self.toggle_button, self.password_button, self.roles_button,
                  self.language_button):
            b.setEnabled(idle and user is not None)
        self.toggle_button.setText(self.tr("Enable") if user is not None and not user.active
                                   else self.tr("Disable"))

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message_label.setText(html.escape(text))
        self.message_label.setStyleSheet("color: #B71C1C" if error else "color: #1B5E20")

    def _start_write(self, write: Callable[[], str],
                     dialog: UserDialog | None = None) -> Task | None:
        """Run one account change in a worker; ``write`` returns the message to show."""
        if self.write_task is not None:
            return None
        task = Task(write, with_callbacks=False)
        task.signals.finished.connect(self._write_done)
        task.signals.failed.connect(self._write_failed)
        self.write_task, self._write_dialog = task, dialog
        if dialog is not None:
            dialog.buttons.setEnabled(False)
            dialog.show_error("")
        self._selection_changed()
        return self.write_runner.start(task)

    def _write_done(self, message: str) -> None:
        dialog, self.write_task, self._write_dialog = self._write_dialog, None, None
        if dialog is not None:
            dialog.buttons.setEnabled(True)
            dialog.accept()
        self._say(message)
        self._selection_changed()
        self.refresh()
        self.changed.emit()

    def _write_failed(self, exc: BaseException, trace: str) -> None:
        dialog, self.write_task, self._write_dialog = self._write_dialog, None, None
        if isinstance(exc, (TriageError, ValueError)):
            text = str(exc)
        else:
            text = self.tr("Not saved ({error})").format(error=f"{type(exc).__name__}: {exc}")
            report = getattr(self.window(), "report_worker_error", None)
            if report:
                report(f"{type(exc).__name__}: {exc}", trace)
        if dialog is not None:  # the dialog stays open with what was typed
            dialog.buttons.setEnabled(True)
            dialog.show_error(text)
        else:
            self._say(text, error=True)
        self._selection_changed()

    def _submit(self, dialog: UserDialog,
                job: Callable[[UserDialog], Callable[[], str]]) -> Task | None:
        problem = dialog.problem()
        if problem is not None:
            dialog.show_error(problem)
            dialog.repeat_edit.clear()
            dialog.repeat_edit.setFocus()
            return None
        return self._start_write(job(dialog), dialog)

    def _open(self, dialog: UserDialog,
              job: Callable[[UserDialog], Callable[[], str]]) -> UserDialog:
        """Show ``dialog``; OK reads it (``job``, on the GUI thread) and runs the returned write in
        a worker, keeping the dialog open on an error."""
        dialog.buttons.accepted.connect(lambda: self._submit(dialog, job))
        self.dialog = dialog
        dialog.open()
        return dialog

    def new_user(self) -> UserDialog:
        def job(d: UserDialog) -> Callable[[], str]:
            actor, accounts = self.ctx.user, self.accounts
            username, name = d.username_edit.text(), d.display_name_edit.text()
            password, roles = d.password_edit.text(), d.roles_box.roles()
            said = self.tr("Created {user}")

            def write() -> str:
                user = accounts.create_user(actor, username, name, password, roles)
                return said.format(user=user.username)
            return write
        return self._open(UserDialog(self.tr("New user"), self, roles=frozenset({Role.NURSE})), job)

    def reset_password(self) -> UserDialog | None:
        target = self.selected_user()
        if target is None:
            return None

        def job(d: UserDialog) -> Callable[[], str]:
            actor, accounts, password = self.ctx.user, self.accounts, d.password_edit.text()

            said = self.tr("Password of {user} reset").format(user=target.username)

            def write() -> str:
                accounts.reset_password(actor, target.id, password)
                return said
            return write
        return self._open(UserDialog(self.tr("Reset password of {user}").format(user=target.username),
                                     self, names=False,
                                     roles=None), job)

    def edit_roles(self) -> UserDialog | None:
        target = self.selected_user()
        if target is None:
            return None

        def job(d: UserDialog) -> Callable[[], str]:
            actor, accounts, roles = self.ctx.user, self.accounts, d.roles_box.roles()

            said = self.tr("Roles of {user} changed").format(user=target.username)

            def write() -> str:
                accounts.set_roles(actor, target.id, roles)
                return said
            return write
        return self._open(UserDialog(self.tr("Roles of {user}").format(user=target.username), self,
                                     names=False,
                                     password=False, roles=target.roles), job)

    def edit_language(self) -> UserDialog | None:
        """The selected account's interface language (from its next sign-in; the account's own
        View > Language changes it at once)."""
        target = self.selected_user()
        if target is None:
            return None

        def job(d: UserDialog) -> Callable[[], str]:
            actor, store, code = self.ctx.user, self.ctx.store, d.language_combo.currentData() or ""
            said = self.tr("Interface language of {user}: {language} (from their next sign-in)"
                           ).format(user=target.username, language=language_label(code))

            def write() -> str:
                store.set_user_language(actor, target.id, code)
                return said
            return write
        return self._open(UserDialog(self.tr("Interface language of {user}").format(
            user=target.username), self, names=False, password=False, roles=None,
            language=target.language), job)

    def toggle_active(self) -> Task | None:
        """Enable or disable the selected account in a worker; the started Task, or None."""
        target = self.selected_user()
        if target is None:
            return None
        actor, accounts, active = self.ctx.user, self.accounts, not target.active

        said = (self.tr("{user} enabled") if active else self.tr("{user} disabled")).format(
            user=target.username)

        def write() -> str:
            accounts.set_active(actor, target.id, active)
            return said
        self._select_after = target.username
        return self._start_write(write)
