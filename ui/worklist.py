"""The clinician's worklist: open cases by level then arrival, waiting time ticking live.

Rows come from ``CaseStore.worklist`` a page at a time (``canFetchMore``/``fetchMore``), so ten
thousand open cases open and scroll like ten. One timer repaints only the waiting column. Another
desk's save reaches this one by push on PostgreSQL: a ``QSocketNotifier`` watches the store's
LISTEN connection (``CaseStore.change_fd``), fires only when a NOTIFY has arrived, and the drain is
non-blocking, so the refresh starts at once and the GUI thread never waits. On SQLite (no fd) a
timer polls ``data_version()`` (one PRAGMA) every ``POLL_MS``; on PostgreSQL the same poll runs
every ``PUSH_FALLBACK_POLL_MS`` as a fallback, and reconnects a dropped listener.

On PostgreSQL every read (first page, further pages, the version check, the refresh) runs in a
worker (``ui.server_link.call_store``): a silent network holds a worker, never the GUI thread,
and a poll is not started again while the last one still waits. On SQLite they run inline.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timezone
from typing import Callable

from PySide6.QtCore import (QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, QPersistentModelIndex,
                            QSocketNotifier, Qt, QTimer, Signal)
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel,
                               QLineEdit, QStyle, QTableView, QVBoxLayout, QWidget)

from triage import scales
from triage.errors import TriageError
from triage.records import (OPEN_STATUSES, CaseDetail, CaseStatus, CaseSummary, User,
                            WorklistQuery)
from triage.store import CaseStore

from ui.context import AppContext
from ui.i18n import format_datetime, format_number
from ui.labels import counted, level_label, level_name
from ui.server_link import call_store, connection_lost, link_of, store_runner
from ui.widgets.table_model import RowsTableModel
from ui.widgets.level_badge import level_icon
from ui.widgets.workers import Task

COL_LEVEL, COL_WAITING, COL_PATIENT, COL_AGE_SEX, COL_COMPLAINT, COL_SUGGESTED, COL_DECIDED, \
    COL_STATUS = range(8)
HEADERS = (QT_TRANSLATE_NOOP("Headers", "Level"), QT_TRANSLATE_NOOP("Headers", "Waiting"),
           QT_TRANSLATE_NOOP("Headers", "Patient"), QT_TRANSLATE_NOOP("Headers", "Age/Sex"),
           QT_TRANSLATE_NOOP("Headers", "Complaint"), QT_TRANSLATE_NOOP("Headers", "Suggested"),
           QT_TRANSLATE_NOOP("Headers", "Decided"), QT_TRANSLATE_NOOP("Headers", "Status"))
DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
DECORATION = int(Qt.ItemDataRole.DecorationRole.value)
TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)
FONT = int(Qt.ItemDataRole.FontRole.value)
BACKGROUND = int(Qt.ItemDataRole.BackgroundRole.value)
FOREGROUND = int(Qt.ItemDataRole.ForegroundRole.value)
CASE_ROLE = int(Qt.ItemDataRole.UserRole.value) + 1  # the row's CaseSummary
OVER_TARGET_ROLE = int(Qt.ItemDataRole.UserRole.value) + 2  # bool on the waiting column
SERVED_ROLES = frozenset({DISPLAY, DECORATION, TOOLTIP, FONT, BACKGROUND, FOREGROUND, CASE_ROLE,
                          OVER_TARGET_ROLE})

PAGE_SIZE = 200
TICK_MS = 5_000  # waiting column repaint
POLL_MS = 2_000  # data_version poll (SQLite: the only way to hear of another desk's save)
PUSH_FALLBACK_POLL_MS = 30_000  # the same poll on PostgreSQL, where NOTIFY pushes the changes
SEARCH_DEBOUNCE_MS = 250
OVER_TARGET_COLOUR = QColor("#B71C1C")

# Keys: the English names (the combo's item data); shown translated.
STATUS_FILTERS: dict[str, tuple[CaseStatus, ...]] = {
    QT_TRANSLATE_NOOP("WorklistView", "Open (waiting + in review)"): OPEN_STATUSES,
    QT_TRANSLATE_NOOP("WorklistView", "Waiting"): (CaseStatus.WAITING,),
    QT_TRANSLATE_NOOP("WorklistView", "In review"): (CaseStatus.IN_REVIEW,),
    QT_TRANSLATE_NOOP("WorklistView", "Decided today"): (CaseStatus.CLOSED,),  # decided since local midnight
    QT_TRANSLATE_NOOP("WorklistView", "Closed"): (CaseStatus.CLOSED,),
    QT_TRANSLATE_NOOP("WorklistView", "All"): tuple(CaseStatus),
}
DECIDED_TODAY = "Decided today"
STATUS_TEXT = {CaseStatus.WAITING: QT_TRANSLATE_NOOP("Worklist", "waiting"),
               CaseStatus.IN_REVIEW: QT_TRANSLATE_NOOP("Worklist", "in review"),
               CaseStatus.CLOSED: QT_TRANSLATE_NOOP("Worklist", "closed")}
translate = QCoreApplication.translate


def status_text(status: CaseStatus) -> str:
    """'waiting', 'in review', 'closed' in the interface language."""
    return translate("Worklist", STATUS_TEXT[status]) if status in STATUS_TEXT else str(status)


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


def local_midnight(now: datetime) -> datetime:
    """The start of this desk's day (local time), in UTC: where "today" begins."""
    local = now.astimezone()
    return local.replace(hour=0, minute=0, second=0, microsecond=0).astimezone(timezone.utc)


def target_words(level: int) -> str:
    """'immediately' for level 1 (a 0-minute target), else 'within 30 min'."""
    minutes = scales.level(level).target_minutes
    return (translate("Worklist", "immediately") if minutes == 0
            else translate("Worklist", "within {minutes} min").format(minutes=minutes))


def waiting_minutes(case: CaseSummary | CaseDetail, now: datetime) -> float:
    arrival = case.arrival_time
    if arrival.tzinfo is None:
        arrival = arrival.replace(tzinfo=timezone.utc)
    return max((now - arrival).total_seconds() / 60.0, 0.0)


def format_wait(minutes: float) -> str:
    """'<1 min', '42 min', '1 h 05 min' — whole minutes, the precision triage targets use."""
    whole = int(minutes)
    if whole < 1:
        return translate("Worklist", "<1 min")
    if whole < 60:
        return translate("Worklist", "{minutes} min").format(minutes=whole)
    return translate("Worklist", "{hours} h {minutes} min").format(hours=whole // 60,
                                                                   minutes=f"{whole % 60:02d}")


def is_over_target(case: CaseSummary | CaseDetail, now: datetime) -> bool:
    """Still open and waiting longer than its level's target time to physician contact."""
    if case.current_level is None or case.status is CaseStatus.CLOSED:
        return False
    return waiting_minutes(case, now) > scales.level(case.current_level).target_minutes


UNNAMED = QT_TRANSLATE_NOOP("Worklist", "Unnamed patient")


def level_text(level: int | None) -> str:
    return level_label(level) if level is not None else "—"


def read_worklist(store: CaseStore, user: User, query: WorklistQuery
                  ) -> tuple[WorklistQuery, int, list[CaseSummary]]:
    """Worker body of a refresh: the count and the rows, read off the GUI thread."""
    return query, store.count_worklist(user, query), list(store.worklist(user, query))


def data_version_of(store: CaseStore) -> int | None:
    """``store.data_version()`` or None when it cannot answer (on PostgreSQL a round trip on the
    listener, which also reconnects a dropped one: a worker's job)."""
    try:
        return store.data_version()
    except TriageError:
        return None


def read_worklist_at(store: CaseStore, user: User, query: WorklistQuery
                     ) -> tuple[int | None, tuple[WorklistQuery, int, list[CaseSummary]]]:
    """Worker body of a load: the data version read first (a commit after it is seen by the next
    poll), then the count and the rows."""
    version = data_version_of(store)
    return version, read_worklist(store, user, query)


def read_page(store: CaseStore, user: User, query: WorklistQuery) -> tuple[WorklistQuery,
                                                                          list[CaseSummary]]:
    """Worker body of ``fetchMore``: one more page."""
    return query, list(store.worklist(user, query))


class WorklistModel(RowsTableModel):
    """Open cases as a table; rows are fetched lazily in pages of ``PAGE_SIZE``."""

    HEADERS = HEADERS

    def __init__(self, store: CaseStore, user: User, parent=None, *,
                 now: Callable[[], datetime] = utcnow, page_size: int = PAGE_SIZE):
        super().__init__(parent)
        self.store, self.user, self.now = store, user, now
        self.page_size = page_size
        self.query = WorklistQuery(limit=page_size)
        self.total = 0
        self.current_time = now()  # advanced by tick(): one clock read per repaint, not per cell
        self._bold = QFont()
        self._bold.setBold(True)
        self._over_brush = QBrush(OVER_TARGET_COLOUR)
        self._level_cache: dict[tuple[int | None, bool], dict[int, object]] = {}
        self._warning_icon = None
        self.fetch_runner = store_runner(self)
        self.fetching = False  # a page is being read (on a server, in a worker)
        self.fetch_failed: Callable[[BaseException, str], None] = lambda *_a: None
        self.link = None  # ui.server_link.ServerLink of the view, told of a lost connection

    # ---------------------------------------------------------------- loading
    def scale_changed(self) -> None:
        """Redraw every level cell in the new scale's names and colours (the rows stay)."""
        self._level_cache.clear()
        self.beginResetModel()
        self.endResetModel()

    def reload_query(self) -> WorklistQuery:
        """The query that re-reads every loaded row (at least one page)."""
        return replace(self.query, limit=max(len(self.rows), self.page_size), offset=0)

    def apply_query(self, query: WorklistQuery, total: int, rows: list[CaseSummary]) -> None:
        """Show the first page of a new query (read by ``read_worklist``, in a worker on a
        server)."""
        self.query = query
        self.fetch_runner.cancel()  # a page of the old query is stale
        self.fetching = False
        self.current_time = self.now()
        self.beginResetModel()
        self.total, self.rows = total, rows
        self.endResetModel()

    def apply_reload(self, query: WorklistQuery, total: int, rows: list[CaseSummary]) -> bool:
        """Swap in re-read rows, unless the filters changed while they were being read."""
        if replace(query, limit=0) != replace(self.query, limit=0):
            return False
        self.fetch_runner.cancel()  # a page read before the reload would land at a stale offset
        self.fetching = False
        self.current_time = self.now()
        self.beginResetModel()
        self.total, self.rows = total, rows
        self.endResetModel()
        return True

    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: N802 - Qt API
        return not parent.isValid() and not self.fetching and len(self.rows) < self.total

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: N802 - Qt API
        """The next page: read inline on SQLite, by a worker on a server (rows appear when it
        answers; the view asks again as the user scrolls)."""
        if parent.isValid() or self.fetching:
            return
        self.fetching = True
        call_store(self.fetch_runner, self.store, read_page, self.store, self.user,
                   replace(self.query, limit=self.page_size, offset=len(self.rows)),
                   done=self._page_read, failed=self._page_failed, link=self.link)

    def _page_failed(self, exc: BaseException, trace: str) -> None:
        self.fetching = False
        if not isinstance(exc, TriageError):
            raise exc
        self.fetch_failed(exc, trace)

    def _page_read(self, result: tuple[WorklistQuery, list[CaseSummary]]) -> None:
        self.fetching = False
        query, page = result
        if replace(query, limit=0, offset=0) != replace(self.query, limit=0, offset=0) \
                or query.offset != len(self.rows):
            return  # the filters or the rows changed while it was read
        if not page:
            self.total = len(self.rows)
            return
        first = len(self.rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self.rows.extend(page)
        self.endInsertRows()

    def tick(self) -> None:
        """Waiting time moved on: repaint the waiting column only."""
        self.current_time = self.now()
        if self.rows:
            self.dataChanged.emit(self.index(0, COL_WAITING),
                                  self.index(len(self.rows) - 1, COL_WAITING))

    def case_at(self, row: int) -> CaseSummary:
        return self.rows[row]

    def row_of(self, case_id: int) -> int | None:
        return next((i for i, c in enumerate(self.rows) if c.case_id == case_id), None)

    # ---------------------------------------------------------------- Qt model
    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = DISPLAY):
        # Called a few thousand times per paint: plain int roles, unserved roles answered first.
        if role not in SERVED_ROLES or not index.isValid():
            return None
        row, col = index.row(), index.column()
        if row >= len(self.rows):
            return None
        case = self.rows[row]
        if role == CASE_ROLE:
            return case
        if col == COL_WAITING:
            return self._waiting_data(case, role)
        if col == COL_LEVEL:
            return self._level_cells(case.current_level, case.decided_level is not None).get(role)
        if role == DISPLAY:
            return self._text(case, col)
        if role == TOOLTIP and col == COL_COMPLAINT:
            return case.complaint
        return None

    def _text(self, case: CaseSummary, col: int) -> str:
        if col == COL_PATIENT:
            return ((case.patient_name or translate("Worklist", UNNAMED))
                    + (translate("Worklist", " (demo)") if case.is_demo else ""))
        if col == COL_AGE_SEX:
            age = "?" if case.age_years is None else str(case.age_years)
            return f"{age} {case.sex}"
        if col == COL_COMPLAINT:
            return case.complaint.replace("\n", " ")[:200]
        if col == COL_SUGGESTED:
            return level_text(case.suggested_level)
        if col == COL_DECIDED:
            return (level_text(case.decided_level) if case.decided_level is not None
                    else translate("Worklist", "not reviewed"))
        if col == COL_STATUS:
            if case.status is CaseStatus.CLOSED and case.decided_level is not None:
                return translate("Worklist", "decided")
            return status_text(case.status)
        return ""

    def _level_cells(self, level: int | None, decided: bool) -> dict[int, object]:
        """Per-level cell roles, built once: text, icon, colours, bold, tooltip."""
        key = (level, decided)
        cells = self._level_cache.get(key)
        if cells is None:
            # the icon carries the number, so the text is the name ("[1] Resuscitation", not
            # "1  1 — Resuscitation"); the tooltip and the other columns keep the full label
            name = level_name(level) if level is not None else level_text(level)
            cells = {DISPLAY: name, DECORATION: level_icon(level), FONT: self._bold}
            if level is not None:
                lv = scales.level(level)
                basis = (translate("Worklist", "clinician's decision") if decided
                         else translate("Worklist", "suggestion"))
                cells.update({BACKGROUND: QBrush(QColor(lv.colour)),
                              FOREGROUND: QBrush(QColor(lv.text_colour)),
                              TOOLTIP: translate("Worklist", "{level} ({basis}); to be seen {target}").format(
                                  level=level_label(level), basis=basis, target=target_words(level))})
            self._level_cache[key] = cells
        return cells

    def _waiting_data(self, case: CaseSummary, role: int):
        now = self.current_time
        over = is_over_target(case, now)
        if role == OVER_TARGET_ROLE:
            return over
        if role == DISPLAY:
            text = format_wait(waiting_minutes(case, now))
            return translate("Worklist", "{waited} — over target").format(waited=text) if over else text
        if role == FOREGROUND and over:
            return self._over_brush
        if role == FONT and over:
            return self._bold
        if role == DECORATION and over:
            return self._over_icon()
        if role == TOOLTIP:
            arrived = translate("Worklist", "Arrived {time}").format(
                time=format_datetime(case.arrival_time))
            if case.current_level is None:
                return arrived
            return translate("Worklist", "{level}: to be seen {target}").format(
                level=level_label(case.current_level), target=target_words(case.current_level)
            ) + "\n" + arrived
        return None

    def _over_icon(self):
        if self._warning_icon is None:
            from PySide6.QtWidgets import QApplication
            self._warning_icon = QApplication.style().standardIcon(
                QStyle.StandardPixmap.SP_MessageBoxWarning)
        return self._warning_icon


class WorklistView(QWidget):
    """Filters + table. Enter or double-click opens the case (``ctx.signals.open_case``)."""

    case_activated = Signal(int)
    refreshed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *,
                 now: Callable[[], datetime] = utcnow):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("WorklistView")
        self.status_filter = QComboBox()
        for key in STATUS_FILTERS:
            self.status_filter.addItem(self.tr(key), key)
        self.level_filter = QComboBox()
        self.level_filter.addItem(self.tr("All levels"), 0)
        for number in sorted(scales.LEVELS):
            self.level_filter.addItem(level_icon(number), level_label(number), number)
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Search name, MRN or complaint…"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setToolTip(self.tr("Search (Ctrl+F)"))
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.search_edit.setFocus)
        self.count_label = QLabel("")
        self.error_label = QLabel("")
        self.error_label.setStyleSheet("color: #B71C1C")
        self.error_label.setWordWrap(True)

        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Status")))
        bar.addWidget(self.status_filter)
        bar.addWidget(QLabel(self.tr("Level")))
        bar.addWidget(self.level_filter)
        bar.addWidget(self.search_edit, 1)
        bar.addWidget(self.count_label)

        self.model = WorklistModel(ctx.store, ctx.user, self, now=now)
        # Every read of the server runs in a worker (ui.server_link); none on the GUI thread.
        self.link = link_of(ctx)
        self.model.link = self.link
        self.model.fetch_failed = self._load_failed
        self.runner = store_runner(self)
        self.poll_runner = store_runner(self)
        self.refresh_task: Task | None = None
        self.load_task: Task | None = None  # the first page of new filters, being read
        self.link.returned.connect(self.refresh)  # back from an outage: catch up at once
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        # Fixed widths: ResizeToContents would measure every row (10,000 of them) on each change.
        header = self.table.horizontalHeader()
        # The complaint gets the room (it is what a clinician reads first after the level);
        # the other columns take about what their usual content needs.
        for col, width in ((COL_LEVEL, 150), (COL_WAITING, 170), (COL_PATIENT, 150),
                           (COL_AGE_SEX, 60), (COL_SUGGESTED, 120), (COL_DECIDED, 120),
                           (COL_STATUS, 75)):
            header.resizeSection(col, width)
        header.setSectionResizeMode(COL_COMPLAINT, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(self._activate)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.error_label)
        layout.addWidget(self.table, 1)

        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DEBOUNCE_MS)
        self._search_timer.timeout.connect(self.apply_filters)
        self.search_edit.textChanged.connect(self._search_timer.start)
        self.status_filter.currentIndexChanged.connect(self.apply_filters)
        self.level_filter.currentIndexChanged.connect(self.apply_filters)

        self.tick_timer = QTimer(self, interval=TICK_MS)
        self.tick_timer.timeout.connect(self.model.tick)
        self.poll_timer = QTimer(self, interval=POLL_MS)
        self.poll_timer.timeout.connect(self.poll)
        self._seen_version: int | None = None  # set by the first load (it reads the version)
        self.change_notifier: QSocketNotifier | None = None
        self._refresh_again = False  # a NOTIFY came while a refresh was already reading
        self._watch_changes()
        ctx.signals.case_saved.connect(self.refresh)
        ctx.signals.case_changed.connect(self.refresh)
        ctx.signals.scale_changed.connect(self.scale_changed)
        self.apply_filters()
        self.tick_timer.start()
        self.poll_timer.start()

    def query(self) -> WorklistQuery:
        level = self.level_filter.currentData()
        chosen = self.status_filter.currentData() or next(iter(STATUS_FILTERS))
        since = local_midnight(self.model.now()) if chosen == DECIDED_TODAY else None
        return WorklistQuery(statuses=STATUS_FILTERS[chosen], decided_since=since,
                             levels=(level,) if level else (), search=self.search_edit.text().strip(),
                             limit=self.model.page_size)

    def apply_filters(self) -> None:
        """Load the first page of the filters now chosen (inline on SQLite, a worker on a
        server: the old rows stay until the new ones are read)."""
        self.runner.cancel()  # a refresh under the old filters is stale now
        self.refresh_task = None
        self.load_task = call_store(self.runner, self.ctx.store, read_worklist_at,
                                    self.ctx.store, self.ctx.user, self.query(),
                                    done=self._loaded, failed=self._load_failed, link=self.link)

    def _loaded(self, result: tuple[int | None, tuple[WorklistQuery, int, list[CaseSummary]]]
                ) -> None:
        self.load_task = None
        version, (query, total, rows) = result
        if version is not None:
            self._seen_version = version
        self.model.apply_query(query, total, rows)
        self._show_counts()
        self.refreshed.emit()

    def _load_failed(self, exc: BaseException, _trace: str) -> None:
        self.load_task = None
        if not isinstance(exc, TriageError):
            raise exc
        self.error_label.setText(self.tr("Could not load the worklist: {0}").format(exc))

    def scale_changed(self, *_args) -> None:
        """The installation's scale changed: level names, colours and targets follow it."""
        for index in range(1, self.level_filter.count()):
            number = self.level_filter.itemData(index)
            self.level_filter.setItemText(index, level_label(number))
            self.level_filter.setItemIcon(index, level_icon(number))
        self.model.scale_changed()

    def refresh(self, *_args) -> Task:
        """Re-read the loaded rows in a worker (10,000 rows take a while); the swap keeps the
        selected case and the scroll position."""
        if self.load_task is not None:  # new filters are being read: that read is fresher
            return self.load_task
        task = Task(read_worklist_at, self.ctx.store, self.ctx.user, self.model.reload_query(),
                    with_callbacks=False)
        task.signals.finished.connect(self._reloaded)
        task.signals.failed.connect(self._reload_failed)
        self.refresh_task = task
        return self.runner.start(task)

    def _reloaded(self, versioned: tuple[int | None, tuple[WorklistQuery, int, list[CaseSummary]]]
                  ) -> None:
        self.refresh_task = None
        version, result = versioned
        if version is not None:
            self._seen_version = version
        if self._refresh_again:  # that read may predate the commit announced meanwhile
            self._refresh_again = False
            self.refresh()
        selected = self.selected_case_id()
        scroll = self.table.verticalScrollBar().value()
        if self.model.apply_reload(*result):
            self.table.verticalScrollBar().setValue(scroll)
            if selected is not None:
                self.select_case(selected)
            self._show_counts()
        self.refreshed.emit()

    def _reload_failed(self, exc: BaseException, _trace: str) -> None:
        self.refresh_task = None
        self._refresh_again = False  # the fallback poll tries again
        if connection_lost(exc):
            self.link.report(exc)
        self.error_label.setText(self.tr("Could not refresh the worklist: {0}").format(exc))

    def poll(self) -> None:
        """Cheap check (one PRAGMA): refresh only when some connection has committed. On a
        server the check is a round trip (it also reconnects a dropped listener): a worker's,
        and never a second one while the first is still waiting on a silent network."""
        if self.refresh_task is not None or self.load_task is not None:
            return
        current = self.poll_runner.current
        if current is not None and not current.done:
            return
        call_store(self.poll_runner, self.ctx.store, data_version_of, self.ctx.store,
                   done=self._polled, failed=lambda *_a: None, link=self.link)

    def _polled(self, version: int | None) -> None:
        self._watch_changes()
        if version is not None and version != self._seen_version:
            self.ctx.signals.store_changed.emit()
        if version != self._seen_version and self.refresh_task is None and self.load_task is None:
            self.refresh()

    def _watch_changes(self) -> None:
        """Follow the store's change fd: a notifier on it while it is live (and the poll slowed
        to a fallback), none and the fast poll while there is none (SQLite, listener down)."""
        try:
            fd = self.ctx.store.change_fd()
        except TriageError:
            fd = None
        notifier = self.change_notifier
        if notifier is not None and fd == notifier.socket():
            return
        if notifier is not None:
            notifier.setEnabled(False)
            notifier.deleteLater()
            self.change_notifier = None
        if fd is not None:
            self.change_notifier = QSocketNotifier(fd, QSocketNotifier.Type.Read, self)
            self.change_notifier.activated.connect(self._changes_arrived)
        pushed = fd is not None
        if pushed != (notifier is not None):  # the mode changed: keep a test's interval otherwise
            self.poll_timer.setInterval(PUSH_FALLBACK_POLL_MS if pushed else POLL_MS)

    def _changes_arrived(self, *_args) -> None:
        """The listener's socket is readable: drain it (non-blocking) and refresh at once."""
        try:
            changed = self.ctx.store.drain_changes()
        except TriageError:
            changed = 1
        self._watch_changes()  # a listener found dead was dropped: back to the fast poll
        if not changed:
            return
        self.ctx.signals.store_changed.emit()  # the incident screens follow the same push
        if self.refresh_task is not None:
            self._refresh_again = True
        else:
            self.refresh()

    def _show_counts(self) -> None:
        self.error_label.clear()
        shown, total = self.model.rowCount(), self.model.total
        text = counted(self.tr("%Ln case(s)", "", total), total)
        if shown < total:
            text += " " + self.tr("({shown} loaded)").format(shown=format_number(shown))
        self.count_label.setText(text)

    def selected_case_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.case_at(rows[0].row()).case_id if rows else None

    def select_case(self, case_id: int) -> bool:
        row = self.model.row_of(case_id)
        if row is None:
            return False
        self.table.selectRow(row)
        return True

    def _activate(self, index: QModelIndex) -> None:
        if index.isValid():
            case_id = self.model.case_at(index.row()).case_id
            self.case_activated.emit(case_id)
            self.ctx.signals.open_case.emit(case_id)
