"""What a case's record shows over time: the vital-sign flowsheet and the history lines.

A flowsheet has one row per parameter and one column per vital-sign set (oldest on the left), as
on paper charts; the history merges reviews, notes and intake edits in time order.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from triage.intake import FIELD_LABELS, Vitals
from triage.records import CaseDetail, Decision, IntakeRevision, VitalSet

from ui.i18n import format_date, format_datetime, format_number, format_time
from ui.labels import field_label, level_label, oxygen_text

translate = QCoreApplication.translate
VITAL_ROWS = (("heart_rate", QT_TRANSLATE_NOOP("Flowsheet", "HR /min")),
              ("resp_rate", QT_TRANSLATE_NOOP("Flowsheet", "RR /min")),
              ("bp", QT_TRANSLATE_NOOP("Flowsheet", "BP mmHg")), ("spo2", "SpO2 %"),
              ("temperature_c", QT_TRANSLATE_NOOP("Flowsheet", "Temp °C")),
              ("pain", QT_TRANSLATE_NOOP("Flowsheet", "Pain 0-10")), ("avpu", "AVPU"), ("gcs", "GCS"),
              ("on_oxygen", QT_TRANSLATE_NOOP("Flowsheet", "On O2")),
              ("recorded_by", QT_TRANSLATE_NOOP("Flowsheet", "By")))
EDIT_LABELS = {"mrn": "MRN", "phone": QT_TRANSLATE_NOOP("Flowsheet", "Phone"),
               "injury": QT_TRANSLATE_NOOP("Flowsheet", "Injury")}


def edit_label(key: str) -> str:
    """A field an intake edit changed, by its label in the interface language."""
    if key in EDIT_LABELS:
        return translate("Flowsheet", EDIT_LABELS[key])
    return field_label(key) if key in FIELD_LABELS else key


def local_time(when: datetime | None) -> str:
    """Date and local time in the interface language's format (the store keeps ISO, UTC)."""
    return format_datetime(when)


def vital_cells(vital_set: VitalSet) -> list[str]:
    """One flowsheet column: the values of ``VITAL_ROWS`` for one set ('' when not measured)."""
    v: Vitals = vital_set.vitals
    bp = "" if v.sbp is None and v.dbp is None else \
        f"{v.sbp if v.sbp is not None else '–'}/{v.dbp if v.dbp is not None else '–'}"
    oxygen = oxygen_text(v.on_oxygen, v.o2_flow_l_min) or None
    values: dict[str, Any] = {**v.to_dict(), "bp": bp, "on_oxygen": oxygen,
                              "recorded_by": vital_set.recorded_by}
    return ["" if values.get(key) is None else _cell(values[key]) for key, _ in VITAL_ROWS]


def _cell(value: Any) -> str:
    """A measured number in the interface language's notation (38.2, 1,200); text as it is."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return format_number(value)
    return str(value)


def revision_text(r: IntakeRevision) -> str:
    """One history line: who changed which fields, with the values they replaced."""
    what = {"edit": translate("Flowsheet", "edited the intake"),
            "link": translate("Flowsheet", "updated the patient at a new visit"),
            "merge": translate("Flowsheet", "merged a duplicate patient record")}.get(r.kind, r.kind)
    before = "; ".join(translate("Flowsheet", "{field} was {value}").format(
        field=edit_label(k), value="—" if v in (None, "") else v) for k, v in r.previous.items())
    return translate("Flowsheet", "{time} {who} {what}: {before}").format(
        time=local_time(r.revised_at), who=r.revised_by, what=what, before=before)


def history_lines(d: CaseDetail) -> list[str]:
    """Reviews, notes (closing without review and reopening leave one, with the reason) and
    intake edits of a case, oldest first."""
    events: list[tuple[datetime, str]] = []
    for r in d.reviews:
        text = (translate("Flowsheet", "{time} {who} accepted: level {level}")
                if r.decision is Decision.ACCEPT else
                translate("Flowsheet", "{time} {who} overrode: level {level}")).format(
                    time=local_time(r.signed_at), who=r.signed_by, level=level_label(r.final_level))
        if r.suggested_level is not None and r.decision is Decision.OVERRIDE:
            text += translate("Flowsheet", " (suggested {level})").format(level=r.suggested_level)
        if r.reason:
            text += f" — {r.reason}"
        events.append((r.signed_at, text))
    for n in d.notes:
        events.append((n.created_at, translate("Flowsheet", "{time} {who} note: {text}").format(
            time=local_time(n.created_at), who=n.author, text=n.text)))
    for rev in d.revisions:
        events.append((rev.revised_at, revision_text(rev)))
    return [text for _, text in sorted(events, key=lambda e: e[0])]


class Flowsheet(QTableWidget):
    """The vital-sign sets of a case, newest column scrolled into view."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(len(VITAL_ROWS), 0, parent)
        self.setVerticalHeaderLabels([self.tr(title) for _, title in VITAL_ROWS])
        self.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        self.verticalHeader().setDefaultSectionSize(22)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

    def show_vitals(self, vitals: Sequence[VitalSet]) -> None:
        self.setColumnCount(len(vitals))
        self.setHorizontalHeaderLabels([f"{format_date(v.recorded_at)}\n{format_time(v.recorded_at)}"
                                        for v in vitals])
        for col, vital_set in enumerate(vitals):
            for row, text in enumerate(vital_cells(vital_set)):
                self.setItem(row, col, QTableWidgetItem(text))
        if vitals:
            self.scrollToItem(self.item(0, len(vitals) - 1))
        self._fit_rows()

    def _fit_rows(self) -> None:
        """Tall enough for every row, the two-line header and a horizontal scroll bar: the last
        row (who recorded the set) is never cut off; the case column scrolls instead."""
        header = self.horizontalHeader()
        header_height = max(header.sizeHint().height(), header.height())
        rows = sum(self.rowHeight(r) for r in range(self.rowCount()))
        scroll = self.horizontalScrollBar().sizeHint().height()
        self.setMinimumHeight(header_height + rows + scroll + 2 * self.frameWidth() + 2)
