"""User accounts: create, disable/enable, reset password, roles (``triage.auth.Accounts``).

Dialogs open window-modal without blocking (``open()``), so keyboard users and tests drive them
the same way; the domain checks the permission and audits each change.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QDialog, QDialogButtonBox,
                               QFormLayout, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QPushButton, QTableView, QVBoxLayout, QWidget)

from triage.auth import MIN_PASSWORD_LENGTH, Accounts
from triage.errors import TriageError
from triage.records import Role, User

from ..context import AppContext

COLUMNS = ("User name", "Name", "Roles", "Active")
ROLE_TITLES = {Role.NURSE: "Nurse", Role.CLINICIAN: "Clinician", Role.ADMIN: "Administrator"}


class UsersModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.users: list[User] = []

    def set_users(self, users: list[User]) -> None:
        self.beginResetModel()
        self.users = list(users)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.users)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        u = self.users[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (u.username, u.display_name,
                    ", ".join(ROLE_TITLES[r] for r in sorted(u.roles, key=lambda r: r.value)),
                    "yes" if u.active else "disabled")[index.column()]
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
            check = QCheckBox(ROLE_TITLES[role])
            check.setChecked(role in roles)
            self.checks[role] = check
            layout.addWidget(check)

    def roles(self) -> frozenset[Role]:
        return frozenset(r for r, c in self.checks.items() if c.isChecked())


class UserDialog(QDialog):
    """New user (all fields), reset password (password only) or roles (roles only)."""

    def __init__(self, title: str, parent: QWidget | None = None, *, names: bool = True,
                 password: bool = True, roles: frozenset[Role] | None = frozenset()):
        super().__init__(parent)
        self.setWindowTitle(title)
        form = QFormLayout(self)
        self.username_edit = QLineEdit()
        self.display_name_edit = QLineEdit()
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(f"at least {MIN_PASSWORD_LENGTH} characters")
        self.roles_box = RolesBox(roles or frozenset())
        if names:
            form.addRow("User name", self.username_edit)
            form.addRow("Full name", self.display_name_edit)
        if password:
            form.addRow("Password", self.password_edit)
        if roles is not None:
            form.addRow("Roles", self.roles_box)
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


class UsersPage(QWidget):
    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.accounts = Accounts(ctx.store)
        self.dialog: UserDialog | None = None
        self.model = UsersModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.new_button = QPushButton("New user…")
        self.toggle_button = QPushButton("Disable")
        self.password_button = QPushButton("Reset password…")
        self.roles_button = QPushButton("Roles…")
        self.new_button.clicked.connect(self.new_user)
        self.toggle_button.clicked.connect(self.toggle_active)
        self.password_button.clicked.connect(self.reset_password)
        self.roles_button.clicked.connect(self.edit_roles)
        self.message_label = QLabel("")
        self.message_label.setWordWrap(True)
        buttons = QHBoxLayout()
        for b in (self.new_button, self.toggle_button, self.password_button, self.roles_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.message_label)
        layout.addWidget(self.table, 1)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.refresh()

    def refresh(self) -> None:
        try:
            self.model.set_users(self.accounts.list_users(self.ctx.user))
        except TriageError as exc:
            self._say(str(exc), error=True)
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
        for b in (self.toggle_button, self.password_button, self.roles_button):
            b.setEnabled(user is not None)
        self.toggle_button.setText("Enable" if user is not None and not user.active else "Disable")

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message_label.setText(html.escape(text))
        self.message_label.setStyleSheet("color: #B71C1C" if error else "color: #1B5E20")

    def _open(self, dialog: UserDialog, apply) -> UserDialog:
        """Show ``dialog``; OK runs ``apply(dialog)`` and keeps the dialog open on an error."""
        def ok() -> None:
            try:
                message = apply(dialog)
            except (TriageError, ValueError) as exc:
                dialog.show_error(str(exc))
                return
            dialog.accept()
            self._say(message)
            self.refresh()
            self.changed.emit()

        dialog.buttons.accepted.connect(ok)
        self.dialog = dialog
        dialog.open()
        return dialog

    def new_user(self) -> UserDialog:
        def apply(d: UserDialog) -> str:
            user = self.accounts.create_user(self.ctx.user, d.username_edit.text(),
                                             d.display_name_edit.text(), d.password_edit.text(),
                                             d.roles_box.roles())
            return f"Created {user.username}"
        return self._open(UserDialog("New user", self, roles=frozenset({Role.NURSE})), apply)

    def reset_password(self) -> UserDialog | None:
        target = self.selected_user()
        if target is None:
            return None

        def apply(d: UserDialog) -> str:
            self.accounts.reset_password(self.ctx.user, target.id, d.password_edit.text())
            return f"Password of {target.username} reset"
        return self._open(UserDialog(f"Reset password of {target.username}", self, names=False,
                                     roles=None), apply)

    def edit_roles(self) -> UserDialog | None:
        target = self.selected_user()
        if target is None:
            return None

        def apply(d: UserDialog) -> str:
            self.accounts.set_roles(self.ctx.user, target.id, d.roles_box.roles())
            return f"Roles of {target.username} changed"
        return self._open(UserDialog(f"Roles of {target.username}", self, names=False,
                                     password=False, roles=target.roles), apply)

    def toggle_active(self) -> bool:
        target = self.selected_user()
        if target is None:
            return False
        try:
            self.accounts.set_active(self.ctx.user, target.id, not target.active)
        except (TriageError, ValueError) as exc:
            self._say(str(exc), error=True)
            return False
        self._say(f"{target.username} {'enabled' if not target.active else 'disabled'}")
        self.refresh()
        self.select_username(target.username)
        return True
