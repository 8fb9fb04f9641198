"""The incident board: patients per colour in big type, and one list per colour, red first.

Readable from across the room: each count is a large number with its colour *and* its word
("RED — immediate 4"), never the colour alone. Each colour has its own table model (tag number,
age / sex, time tagged, area, waiting since tagged, where the patient was moved to), so a refresh
is four model resets of plain values: the store is read in a worker (``read_incident_board``) every
few seconds, like the banner, and right after this desk writes; the GUI thread only swaps rows.
``bench/bench_mci_board.py`` measures that swap with 200 patients.

The actions on the selected patient (re-tag, override, moved to, history) and the printing live
in ``ui.mci.tag_actions``; this module only shows and selects.
"""

from __future__ import annotations

import html
import time
from dataclasses import dataclass
from datetime import datetime, timezone

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (QAbstractItemView, QGridLayout, QHeaderView, QLabel, QTableView,
                               QVBoxLayout, QWidget)

from triage.export.mci_report import counts_over_time
from triage.mci.algorithms import CATEGORIES, COLOURS
from triage.mci.records import Incident, MciTag
from ui.context import AppContext
from ui.mci.tag_form import COLOUR_CSS
from ui.mci.words import category_word, colour_word, reason_text
from ui.server_link import store_runner
from ui.widgets.table_model import RowsTableModel
from ui.widgets.workers import Task
from ui.worklist import format_wait

REFRESH_MS = 5000
QUARTERS_SHOWN = 8  # the last two hours of counts, one column a quarter hour
COLOUR_ORDER = ("red", "yellow", "green", "black")
CATEGORY_OF = {COLOURS[c]: c for c in CATEGORIES}
# "Moved to" is stored as "<kind>: <place>" with an English kind key; shown translated.
MOVE_KINDS = {"area": QT_TRANSLATE_NOOP("IncidentBoard", "Area"),
              "hospital": QT_TRANSLATE_NOOP("IncidentBoard", "Hospital"),
              "transport": QT_TRANSLATE_NOOP("IncidentBoard", "Transport unit")}
TAG_ROLE = Qt.ItemDataRole.UserRole
translate = QCoreApplication.translate


def moved_text(moved_to: str) -> str:
    """'hospital: St Mary's' → 'Hospital: St Mary's' in the interface language."""
    kind, sep, place = moved_to.partition(": ")
    if sep and kind in MOVE_KINDS:
        return f"{translate('IncidentBoard', MOVE_KINDS[kind])}: {place}"
    return moved_to


def local_time(at: datetime) -> str:
    return at.astimezone().strftime("%H:%M")


def quarter_floor(at: datetime) -> datetime:
    return at.replace(minute=at.minute - at.minute % 15, second=0, microsecond=0)


@dataclass(frozen=True)
class BoardData:
    """What one refresh shows, read in the worker: the tags in force, most urgent first."""

    incident: Incident
    tags: tuple[MciTag, ...]
    counts: dict[str, int]
    over_time: tuple[tuple[datetime, dict[str, int]], ...]
    read_at: datetime


def read_incident_board(store, user, incident_id: int) -> BoardData:
    """Worker side: the incident, its tags as they stand, and counts per quarter hour."""
    incident = store.incident(user, incident_id)
    tags = tuple(store.incident_tags(user, incident_id))
    versions = store.all_tag_versions(user, incident_id)
    now = datetime.now(timezone.utc)
    counts = {colour: 0 for colour in COLOUR_ORDER}
    for t in tags:
        counts[t.colour] += 1
    end = incident.ended_at or now
    first = min([incident.declared_at, *(v.written_at for v in versions)])
    start = quarter_floor(first)  # marks on the clock's quarter hours, then "now"
    over = counts_over_time(versions, start, max(end, start)) if versions else []
    return BoardData(incident, tags, counts, tuple(over[-QUARTERS_SHOWN:]), now)


class ColourTagsModel(RowsTableModel):
    """The patients of one colour; ``TAG_ROLE`` gives a row's MciTag."""

    HEADERS = (QT_TRANSLATE_NOOP("Headers", "Tag"), QT_TRANSLATE_NOOP("Headers", "Age / sex"),
               QT_TRANSLATE_NOOP("Headers", "Tagged"), QT_TRANSLATE_NOOP("Headers", "Area"),
               QT_TRANSLATE_NOOP("Headers", "Waiting"), QT_TRANSLATE_NOOP("Headers", "Moved to"))
    TAG, AGE_SEX, TAGGED, AREA, WAITING, MOVED = range(6)

    def __init__(self, colour: str, parent=None):
        super().__init__(parent)
        self.colour = colour
        self.now = datetime.now(timezone.utc)

    def set_tags(self, tags: list[MciTag], now: datetime) -> None:
        self.beginResetModel()
        self.rows, self.now = tags, now
        self.endResetModel()

    def row_of(self, tag_number: str) -> int:
        for n, t in enumerate(self.rows):
            if t.tag_number == tag_number:
                return n
        return -1

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        t: MciTag = self.rows[index.row()]
        if role == TAG_ROLE:
            return t
        col = index.column()
        if role == Qt.ItemDataRole.ToolTipRole and col == self.TAG:
            return "; ".join(reason_text(r) for r in t.reasons)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if col == self.TAG:
            return t.tag_number + (" *" if t.overridden else "")
        if col == self.AGE_SEX:
            age = "" if t.age_years is None else f"{t.age_years:g}"
            return " / ".join(p for p in (age, t.sex) if p) or "—"
        if col == self.TAGGED:
            return local_time(t.first_tagged_at)
        if col == self.AREA:
            return t.area
        if col == self.WAITING:
            return format_wait(max((self.now - t.first_tagged_at).total_seconds() / 60.0, 0.0))
        return moved_text(t.moved_to)


def count_text(colour: str, n: int) -> str:
    """'RED — immediate: 4': the word and the number, whatever the colour looks like."""
    return translate("IncidentBoard", "{colour} — {category}: {count}").format(
        colour=colour_word(colour), category=category_word(CATEGORY_OF[colour]), count=n)


def count_html(colour: str, n: int) -> str:
    """The same for the big label: the number largest, the words under it."""
    words = html.escape(f"{colour_word(colour)} — {category_word(CATEGORY_OF[colour])}")
    return (f'<div style="font-size: 44pt; font-weight: bold">{n}</div>'
            f'<div style="font-size: 16pt; font-weight: bold">{words}</div>')


class IncidentBoard(QWidget):
    """The board of ``incident``; ``selection_changed(MciTag | None)`` follows the selected
    patient across the four lists, ``refreshed`` fires after each refresh is shown."""

    selection_changed = Signal(object)
    refreshed = Signal()

    def __init__(self, ctx: AppContext, incident: Incident, parent: QWidget | None = None, *,
                 refresh_ms: int = REFRESH_MS):
        super().__init__(parent)
        self.setObjectName("MciBoard")
        self.ctx, self.incident = ctx, incident
        self.data: BoardData | None = None
        self.last_show_s = 0.0  # GUI-thread time of the last refresh shown (the bench reads it)
        self.runner = store_runner(self)
        self.models = {c: ColourTagsModel(c, self) for c in COLOUR_ORDER}
        self.count_labels: dict[str, QLabel] = {}
        self.views: dict[str, QTableView] = {}
        self.list_titles: dict[str, QLabel] = {}
        self._selected: str | None = None
        self._selecting = False

        counts = QGridLayout()
        for n, colour in enumerate(COLOUR_ORDER):
            label = QLabel()
            label.setObjectName(f"MciCount_{colour}")
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setTextFormat(Qt.TextFormat.RichText)
            fg = "black" if colour == "yellow" else "white"
            label.setStyleSheet(f"background: {COLOUR_CSS[colour]}; color: {fg}; padding: 4px; "
                                "border-radius: 4px")
            self._set_count(label, colour, 0)
            self.count_labels[colour] = label
            counts.addWidget(label, 0, n)
        self.over_time = QLabel()
        self.over_time.setObjectName("MciCountsOverTime")
        self.over_time.setWordWrap(True)
        self.over_time.setTextFormat(Qt.TextFormat.PlainText)
        self.status = QLabel()
        self.status.setObjectName("MciBoardStatus")
        self.status.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addLayout(counts)
        layout.addWidget(self.over_time)
        for colour in COLOUR_ORDER:
            title = QLabel()
            title.setStyleSheet(f"font-weight: bold; border-left: 10px solid {COLOUR_CSS[colour]}; "
                                "padding-left: 6px")
            self.list_titles[colour] = title
            view = QTableView()
            view.setObjectName(f"MciList_{colour}")
            view.setModel(self.models[colour])
            view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
            view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            view.verticalHeader().setVisible(False)
            # fixed widths: ResizeToContents would measure every row on each refresh
            view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
            view.horizontalHeader().setStretchLastSection(True)
            view.selectionModel().currentRowChanged.connect(
                lambda current, _prev, c=colour: self._row_selected(c, current))
            self.views[colour] = view
            layout.addWidget(title)
            layout.addWidget(view, 3 if colour in ("red", "yellow") else 2)
        layout.addWidget(self.status)
        self._titles()

        self.timer = QTimer(self)
        self.timer.setInterval(refresh_ms)
        self.timer.timeout.connect(self.refresh)
        ctx.signals.store_changed.connect(self.refresh)  # another desk wrote: pushed, not polled
        self._pushed = True
        self.timer.start()
        QTimer.singleShot(0, self.refresh)

    # ------------------------------------------------------------------ refresh
    def refresh(self) -> Task | None:
        """Read the board again off the GUI thread (on the timer, and after this desk writes)."""
        if self.ctx.user is None:
            return None
        task = Task(read_incident_board, self.ctx.store, self.ctx.user, self.incident.id,
                    with_callbacks=False)
        task.signals.finished.connect(self.show_data)
        task.signals.failed.connect(self._refresh_failed)
        return self.runner.start(task)

    def show_data(self, data: BoardData) -> None:
        """GUI side of a refresh: swap each colour's rows, keep the selected patient selected."""
        started = time.perf_counter()
        self.data = data
        by_colour: dict[str, list[MciTag]] = {c: [] for c in COLOUR_ORDER}
        for t in data.tags:
            by_colour[t.colour].append(t)
        keep = self._selected
        self._selecting = True
        try:
            for colour in COLOUR_ORDER:
                self.models[colour].set_tags(by_colour[colour], data.read_at)
                self._set_count(self.count_labels[colour], colour, data.counts[colour])
            self._titles()
            self.over_time.setText(self._over_time_text(data))
        finally:
            self._selecting = False
        self._reselect(keep)
        self.last_show_s = time.perf_counter() - started
        self.refreshed.emit()

    @staticmethod
    def _set_count(label: QLabel, colour: str, n: int) -> None:
        label.setText(count_html(colour, n))
        label.setAccessibleName(count_text(colour, n))  # what a screen reader (and a test) reads

    def _refresh_failed(self, exc: BaseException, _trace: str) -> None:
        # kept as it was; the next tick retries (the banner says when the server is away)
        self.status.setText(self.tr("Board not refreshed: {error}").format(error=exc))

    def _titles(self) -> None:
        for colour in COLOUR_ORDER:
            self.list_titles[colour].setText(self.tr("{colour} — {category} ({count})").format(
                colour=colour_word(colour), category=category_word(CATEGORY_OF[colour]),
                count=self.models[colour].rowCount()))

    def _over_time_text(self, data: BoardData) -> str:
        if not data.over_time:
            return self.tr("Counts per quarter hour: no patient tagged yet")
        last, now = len(data.over_time) - 1, self.tr("now")
        parts = [f"{now if n == last else local_time(at)} "
                 f"{c['red']}/{c['yellow']}/{c['green']}/{c['black']}"
                 for n, (at, c) in enumerate(data.over_time)]
        return self.tr("Per quarter hour (red/yellow/green/black): {counts}").format(
            counts=" · ".join(parts))

    # ------------------------------------------------------------------ selection
    @property
    def selected(self) -> MciTag | None:
        """The selected patient's tag as last read (None: nobody selected)."""
        for colour in COLOUR_ORDER:
            row = self.models[colour].row_of(self._selected) if self._selected else -1
            if row >= 0:
                return self.models[colour].rows[row]
        return None

    def select(self, tag_number: str) -> bool:
        """Select a patient by tag number in whichever list holds it (True: found)."""
        for colour in COLOUR_ORDER:
            row = self.models[colour].row_of(tag_number)
            if row >= 0:
                self.views[colour].selectRow(row)
                self.views[colour].setCurrentIndex(self.models[colour].index(row, 0))
                return True
        return False

    def _row_selected(self, colour: str, current: QModelIndex) -> None:
        if self._selecting or not current.isValid():
            return
        self._selected = self.models[colour].rows[current.row()].tag_number
        self._selecting = True
        try:
            for other, view in self.views.items():
                if other != colour:
                    view.clearSelection()
                    view.selectionModel().clearCurrentIndex()
        finally:
            self._selecting = False
        self.selection_changed.emit(self.selected)

    def _reselect(self, tag_number: str | None) -> None:
        """After a refresh: the same patient stays selected, in its new colour if re-tagged."""
        if tag_number is None:
            return
        self._selecting = True
        try:
            found = False
            for colour in COLOUR_ORDER:
                row = self.models[colour].row_of(tag_number)
                if row >= 0:
                    self.views[colour].selectRow(row)
                    self.views[colour].selectionModel().setCurrentIndex(
                        self.models[colour].index(row, 0),
                        self.views[colour].selectionModel().SelectionFlag.NoUpdate)
                    found = True
        finally:
            self._selecting = False
        if not found:
            self._selected = None
        self.selection_changed.emit(self.selected)

    def stop(self) -> None:
        self.timer.stop()
        if self._pushed:  # stop() may run twice (incident ended, then the window closes)
            self._pushed = False
            self.ctx.signals.store_changed.disconnect(self.refresh)
        self.runner.cancel()
