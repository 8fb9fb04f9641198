"""Administration: users, audit log, export, models, agreement dashboard, settings — one tab each.

Built only for an administrator; anyone else gets a notice and no pages (the main window hides
the tab as well, and the domain refuses each action anyway).
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from triage.records import Role

from ui.context import AppContext
from ui.admin.agreement_page import AgreementPage
from ui.admin.audit_page import AuditPage
from ui.admin.export_dialog import ExportDialog
from ui.admin.models_page import ModelsPage
from ui.admin.settings_page import SettingsPage
from ui.admin.users_page import UsersPage


class ExportPage(QWidget):
    """A short explanation and the button that opens the export dialog."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.dialog: ExportDialog | None = None
        text = QLabel(self.tr("Export cases as CSV, JSON Lines, FHIR R4 or PDF reports, for a date range, "
                      "optionally de-identified (pseudonyms, shifted dates, names removed from "
                      "text, DICOM de-identified). Every export is written to the audit log."))
        text.setWordWrap(True)
        self.open_button = QPushButton(self.tr("Export cases…"))
        self.open_button.clicked.connect(self.open_dialog)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.open_button)
        layout.addStretch(1)

    def open_dialog(self) -> ExportDialog:
        if self.dialog is None:
            self.dialog = ExportDialog(self.ctx, self)
        self.dialog.open()
        return self.dialog


class AdminView(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("AdminView")
        layout = QVBoxLayout(self)
        self.tabs: QTabWidget | None = None
        if ctx.user is None or not ctx.user.has(Role.ADMIN):
            notice = QLabel(self.tr("Administration needs the administrator role."))
            notice.setObjectName("AdminRefused")
            layout.addWidget(notice)
            layout.addStretch(1)
            return
        self.users_page = UsersPage(ctx)
        self.audit_page = AuditPage(ctx)
        self.export_page = ExportPage(ctx)
        self.models_page = ModelsPage(ctx)
        self.agreement_page = AgreementPage(ctx)
        self.settings_page = SettingsPage(ctx)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.users_page, self.tr("Users"))
        self.tabs.addTab(self.audit_page, self.tr("Audit log"))
        self.tabs.addTab(self.export_page, self.tr("Export"))
        self.tabs.addTab(self.models_page, self.tr("Models"))
        self.tabs.addTab(self.agreement_page, self.tr("Agreement"))
        self.tabs.addTab(self.settings_page, self.tr("Settings"))
        self.tabs.currentChanged.connect(self._tab_shown)
        layout.addWidget(self.tabs)

    def _tab_shown(self, index: int) -> None:
        """Pages that show changing data are re-read when they come into view."""
        page = self.tabs.widget(index) if self.tabs is not None else None
        if page in (self.audit_page, self.agreement_page, self.users_page, self.models_page,
                    self.settings_page):
            page.refresh()
