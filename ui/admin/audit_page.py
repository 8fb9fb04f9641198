"""The audit log, newest first, paged; "Verify chain" re-hashes every row in a worker.

Reading requires ``Permission.VIEW_AUDIT`` (checked by the store, refusals audited). The worker
verifies on a connection of its own, so the GUI's connection is never held for the whole walk.
Details read as text ("Failed attempts: 3 · Locked: yes"); the exact JSON, which is what the
chain hashes and what an export carries, stays in the cell's tooltip.
"""

from __future__ import annotations

import html
import json
from datetime import timezone
from pathlib import Path
from typing import Callable, Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QPushButton, QTableView, QVBoxLayout, QWidget)

from triage.errors import TriageError
from triage.records import AuditEntry, User, VerifyResult
from triage.store import CaseStore

from ui.context import AppContext
from ui.labels import counted
from ui.server_link import call_store, store_runner
from ui.widgets.table_model import RowsTableModel
from ui.widgets.workers import Task, TaskRunner

COLUMNS = ("#", QT_TRANSLATE_NOOP("Headers", "When (UTC)"), QT_TRANSLATE_NOOP("Headers", "User"),
           QT_TRANSLATE_NOOP("Headers", "Action"), QT_TRANSLATE_NOOP("Headers", "Object"),
           QT_TRANSLATE_NOOP("Headers", "Details"))
translate = QCoreApplication.translate
DETAIL_LABELS = {  # shown translated (details_text); the keys are the stored ones
    "why": QT_TRANSLATE_NOOP("AuditPage", "Why"), "permission": QT_TRANSLATE_NOOP("AuditPage", "Needed permission"), "count": QT_TRANSLATE_NOOP("AuditPage", "Count"), "username": QT_TRANSLATE_NOOP("AuditPage", "User name"),
    "roles": QT_TRANSLATE_NOOP("AuditPage", "Roles"), "failures": QT_TRANSLATE_NOOP("AuditPage", "Failed attempts"), "locked": QT_TRANSLATE_NOOP("AuditPage", "Locked"),
    "unknown_user_failures": QT_TRANSLATE_NOOP("AuditPage", "Failed sign-ins with unknown names"), "deidentified": QT_TRANSLATE_NOOP("AuditPage", "De-identified"),
    "format": QT_TRANSLATE_NOOP("AuditPage", "Format"), "reason_given": QT_TRANSLATE_NOOP("AuditPage", "Reason given"), "attachment_ids": QT_TRANSLATE_NOOP("AuditPage", "Attachments"),
    "from_level": QT_TRANSLATE_NOOP("AuditPage", "From level"), "to_level": QT_TRANSLATE_NOOP("AuditPage", "To level"), "level": QT_TRANSLATE_NOOP("AuditPage", "Level"), "decision": QT_TRANSLATE_NOOP("AuditPage", "Decision"),
}


def detail_value(value: object) -> str:
    if isinstance(value, bool):
        return translate("AuditPage", "yes") if value else translate("AuditPage", "no")
    if value is None or value == "":
        return "—"
    if isinstance(value, (list, tuple)):
        return ", ".join(detail_value(v) for v in value) or translate("AuditPage", "none")
    if isinstance(value, dict):
        return ", ".join(f"{k.replace('_', ' ')} {detail_value(v)}" for k, v in value.items())
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def detail_label(key: str) -> str:
    if key in DETAIL_LABELS:
        return translate("AuditPage", DETAIL_LABELS[key])
    return key.replace("_", " ").capitalize()


def details_text(details: Mapping[str, object]) -> str:
    """An audit row's details as a line a person reads: "Why: locked · Failed attempts: 5"."""
    return " · ".join(
        f"{detail_label(key)}: {detail_value(value)}"
        for key, value in details.items())
PAGE_SIZE = 200


def verify_chain(data_dir: Path, *, progress, cancelled) -> VerifyResult:
    """Worker body: verify the whole chain on a connection of this thread."""
    progress(0.0, "verifying")
    with CaseStore(data_dir) as store:
        return store.verify_audit()


class AuditModel(RowsTableModel):
    """Audit rows fetched a page at a time (filters: action prefix, user name)."""

    HEADERS = COLUMNS

    def __init__(self, store: CaseStore, user: User, parent=None, *, page_size: int = PAGE_SIZE):
        super().__init__(parent)
        self.store, self.user, self.page_size = store, user, page_size
        self.action, self.username = "", ""
        self.exhausted = True
        self.fetching = False  # a page is being read (a worker on a server)
        self.failed: Callable[[BaseException], None] = lambda _exc: None
        self.runner = store_runner(self)

    def set_filters(self, action: str = "", username: str = "") -> None:
        self.action, self.username = action, username
        self.runner.cancel()  # a page of the old filters is stale
        self.fetching = False
        self.beginResetModel()
        self.rows = []
        self.exhausted = False
        self.endResetModel()
        self.fetchMore()

    def clear(self) -> None:
        self.beginResetModel()
        self.rows, self.exhausted = [], True
        self.endResetModel()

    def _page_args(self) -> tuple:
        action = self.action
        if action and not action.endswith((".", "*")):
            action += "*"  # what people type is a prefix: "case" finds case.create, case.review …
        return (self.action, self.username, len(self.rows), action)

    def _read(self, key: tuple) -> tuple[tuple, list[AuditEntry]]:
        _action, _username, offset, pattern = key
        return key, self.store.audit_entries(self.user, self.page_size, offset, action=pattern,
                                             username=self.username)

    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: N802 - Qt API
        return not parent.isValid() and not self.exhausted and not self.fetching

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: N802 - Qt API
        """The next page: inline on SQLite, a worker on a server (rows appear when it answers)."""
        if parent.isValid() or self.exhausted or self.fetching:
            return
        self.fetching = True
        call_store(self.runner, self.store, self._read, self._page_args(), done=self._page_read,
                   failed=self._page_failed)

    def _page_failed(self, exc: BaseException, _trace: str) -> None:
        self.fetching = False
        if not isinstance(exc, TriageError):
            raise exc
        self.clear()
        self.failed(exc)

    def _page_read(self, result: tuple[tuple, list[AuditEntry]]) -> None:
        self.fetching = False
        key, page = result
        if key != self._page_args():
            return  # the filters or the rows changed while it was read
        self.exhausted = len(page) < self.page_size
        if page:
            first = len(self.rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self.rows.extend(page)
            self.endInsertRows()

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole,
                                               Qt.ItemDataRole.ToolTipRole):
            return None
        e = self.rows[index.row()]
        raw = json.dumps(dict(e.details), ensure_ascii=False, sort_keys=True) if e.details else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            if index.column() == len(COLUMNS) - 1 and raw:
                return raw  # the exact stored JSON
            return translate("AuditPage", "hash {hash}\nprevious {previous}").format(
                hash=e.hash, previous=e.prev_hash)
        when = e.at.astimezone(timezone.utc) if e.at.tzinfo else e.at
        obj = f"{e.object_type} {e.object_id}".strip()
        details = details_text(e.details) if e.details else ""
        return (str(e.id), when.strftime("%Y-%m-%d %H:%M:%S"), e.username, e.action, obj,
                details)[index.column()]


class AuditPage(QWidget):
    verified = Signal(object)  # VerifyResult

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.runner = TaskRunner(self)
        self.verify_task: Task | None = None
        self.last_result: VerifyResult | None = None
        self.model = AuditModel(ctx.store, ctx.user, self)
        self.model.failed = lambda exc: self.message_label.setText(html.escape(str(exc)))
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        for col, width in enumerate((60, 150, 110, 160, 120)):
            header.resizeSection(col, width)
        header.setSectionResizeMode(len(COLUMNS) - 1, QHeaderView.ResizeMode.Stretch)

        self.action_edit = QLineEdit()
        self.action_edit.setPlaceholderText(self.tr("Action (e.g. case, login, user)"))
        self.action_edit.setMinimumWidth(240)
        self.user_edit = QLineEdit()
        self.user_edit.setPlaceholderText(self.tr("User name"))
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.verify_button = QPushButton(self.tr("Verify chain"))
        self.verify_label = QLabel(self.tr("Chain not verified yet"))
        self.verify_label.setObjectName("VerifyResult")
        self.verify_label.setWordWrap(True)
        self.message_label = QLabel("")
        self.message_label.setStyleSheet("color: #B71C1C")
        self._filter_timer = QTimer(self, singleShot=True, interval=250)
        self._filter_timer.timeout.connect(self.refresh)
        self.action_edit.textChanged.connect(self._filter_timer.start)
        self.user_edit.textChanged.connect(self._filter_timer.start)
        self.refresh_button.clicked.connect(self.refresh)
        self.verify_button.clicked.connect(self.verify)

        bar = QHBoxLayout()
        bar.addWidget(self.action_edit)
        bar.addWidget(self.user_edit)
        bar.addWidget(self.refresh_button)
        bar.addStretch(1)
        bar.addWidget(self.verify_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.verify_label)
        layout.addWidget(self.message_label)
        layout.addWidget(self.table, 1)
        self.refresh()

    def refresh(self) -> None:
        self.message_label.clear()  # a refusal arrives through model.failed
        self.model.set_filters(self.action_edit.text().strip(), self.user_edit.text().strip())

    def verify(self) -> Task:
        self.verify_button.setEnabled(False)
        self.verify_label.setText(self.tr("Verifying the audit chain…"))
        self.verify_label.setStyleSheet("")
        task = Task(verify_chain, self.ctx.store.url)
        task.signals.finished.connect(self._verified)
        task.signals.failed.connect(self._verify_failed)
        self.verify_task = task
        return self.runner.start(task)

    def _verified(self, result: VerifyResult) -> None:
        self.verify_button.setEnabled(True)
        self.last_result = result
        if result.ok:
            text = "✔ " + counted(self.tr("Audit chain intact: %Ln row(s) checked", "", result.rows_checked),
                                  result.rows_checked)
            if result.head:
                text += self.tr(" — head {head} (keep a copy outside this computer)").format(head=result.head)
            self.verify_label.setText(text)
            self.verify_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.verify_label.setStyleSheet("color: #1B5E20; font-weight: bold")
        else:
            self.verify_label.setText(self.tr("✘ Audit chain BROKEN at row {0}: {1}").format(result.first_bad_id, result.message))
            self.verify_label.setStyleSheet("color: #B71C1C; font-weight: bold")
        self.verified.emit(result)

    def _verify_failed(self, exc: BaseException, _trace: str) -> None:
        self.verify_button.setEnabled(True)
        self.verify_label.setText(self.tr("Could not verify: {0}").format(exc))
        self.verify_label.setStyleSheet("color: #B71C1C; font-weight: bold")
