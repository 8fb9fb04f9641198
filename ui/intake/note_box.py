"""The intake's "Note" box: paste a referral or type the call as it comes, and the empty fields fill
themselves from what the note says (``triage.engine.narrative.extract``).

A value from the note is shown in its field in a "from the note" colour; hovering the field
highlights the words it came from in the note. A field the nurse filled is never overwritten: when
the note says something else, the difference is shown beside the field. Tabbing through a value
from the note (focus in, then out) confirms it: it becomes the nurse's. Extraction takes about a
millisecond, so it runs on the GUI thread after a short pause in typing; a long paste is read in
a worker.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (QComboBox, QGroupBox, QLabel, QLineEdit, QPlainTextEdit, QTextEdit,
                               QVBoxLayout, QWidget)

from triage import explain
from triage.engine.narrative import Extracted, Found, complaint_from, extract
from triage.intake import FIELD_LABELS

from ui.labels import OXYGEN_ON, OXYGEN_ROOM_AIR, field_label
from ui.widgets.workers import Task, TaskRunner

NOTE_DEBOUNCE_MS = 120  # + the form's suggestion, well under 0.5 s after typing stops
# Up to here a note is read on the GUI thread (≈ 1 ms per 500 characters, ≈ 10 ms at worst);
# a longer paste (a whole referral letter: up to 200 ms) is read in a worker.
LONG_NOTE_CHARS = 3_000
FROM_NOTE_STYLE = "background-color: #E3EEFB; font-style: italic;"
CONFLICT_STYLE = "color: #8D4E00;"
_SPAN_ALL = QColor("#EEF3FA")
_SPAN_HOVER = QColor("#FFE08A")

# Extracted field → the form's field name.
FORM_FIELD = {"age_years": "age_years", "sex": "sex", "heart_rate": "heart_rate", "resp_rate": "resp_rate",
              "sbp": "sbp", "dbp": "dbp", "spo2": "spo2", "on_oxygen": "on_oxygen",
              "temperature_c": "temperature", "pain": "pain", "avpu": "avpu", "gcs": "gcs",
              "arrival": "arrival_mode", "injury": "injury"}


def found_text(name: str, found: object) -> str:
    """What the note said, as a value ('SpO2 91 %', 'room air', 'Heart rate 118/min'), never
    only the field's name (which read 'on oxygen' for a note saying room air)."""
    value = getattr(found, "value", None)
    if name == "on_oxygen":
        return (QCoreApplication.translate("NoteBox", "on oxygen") if value
                else QCoreApplication.translate("NoteBox", "room air"))
    if hasattr(value, "value") and not isinstance(value, (int, float, str)):
        value = value.value  # an enum (AVPU, sex, arrival mode)
    if isinstance(value, bool):
        value = (QCoreApplication.translate("NoteBox", "yes") if value
                 else QCoreApplication.translate("NoteBox", "no"))
    label = _label(name)
    if value is None:
        return label
    if name in explain.UNITS:
        return f"{label} {value:g}{explain.UNITS[name]}" if isinstance(value, float) else \
            f"{label} {value}{explain.UNITS[name]}"
    return f"{label} {value}"


def _label(name: str, *, keep: bool = False) -> str:
    """The field a note's reading fills, by its label in the interface language."""
    key = FORM_FIELD.get(name, name)
    if key in FIELD_LABELS:
        return field_label(key)
    return name if keep else name.replace("_", " ")


def form_text(name: str, value: object, temperature_unit: str = "C") -> str:
    """The note's value as the form field holds it (a combo's item data, a line edit's text)."""
    if name == "on_oxygen":
        return OXYGEN_ON if value else OXYGEN_ROOM_AIR
    if name == "injury":
        return "yes" if value else "no"
    if name == "temperature":
        c = float(value)  # type: ignore[arg-type]
        return f"{c * 9 / 5 + 32:.1f}" if temperature_unit == "F" else f"{c:g}"
    if name == "age_years":
        return str(int(float(value)))  # type: ignore[arg-type]  # the form holds whole years
    return str(value)


@dataclass
class _Filled:
    value: str  # what the note put in the field (form text)
    found: Found


class NoteBox(QGroupBox):
    """The note and its link to the fields of ``form`` (an ``IntakeFields``)."""

    applied = Signal(object)  # the Extracted just applied

    def __init__(self, form, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Note"))
        self.setObjectName("NoteBox")
        self.form = form
        self.edit = QPlainTextEdit()
        self.edit.setObjectName("narrative")
        self.edit.setPlaceholderText(self.tr("Paste a referral or hand-over, or type the call as it comes: "
                                     "age, vital signs and the story written here fill the empty fields"))
        self.edit.setMaximumHeight(84)
        self.edit.setTabChangesFocus(True)
        form._register("narrative", self.edit)
        self.edit.removeEventFilter(form._enter)  # Enter is a new line in a note
        self.summary = QLabel("")
        self.summary.setObjectName("NoteSummary")
        self.summary.setWordWrap(True)
        self.summary.setVisible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.edit)
        layout.addWidget(form.error_labels["narrative"])
        layout.addWidget(self.summary)
        self.filled: dict[str, _Filled] = {}  # form field → what the note put there
        self.conflict_labels: dict[str, QLabel] = {}
        self.extracted: Extracted | None = None
        self._applying = False
        self._hover = _HoverWatch(self)
        self.runner = TaskRunner(self)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(NOTE_DEBOUNCE_MS)
        self.timer.timeout.connect(self.apply)
        self.edit.textChanged.connect(self._note_changed)
        for name, widget in form.fields.items():
            if name != "narrative":
                widget.installEventFilter(self._hover)

    # ------------------------------------------------------------------ reading the note
    def _note_changed(self) -> None:
        if not self.edit.toPlainText().strip():
            self.timer.stop()
            self.apply()  # an emptied note takes its values back at once (Ctrl+N, clear)
            return
        self.timer.start()

    def apply(self) -> None:
        """Read the note (in a worker when long), then fill the fields: see ``use``."""
        text = self.edit.toPlainText()
        if len(text) > LONG_NOTE_CHARS:
            task = Task(extract, text, with_callbacks=False)
            task.signals.finished.connect(self._read_in_worker)
            self.runner.start(task)
            return
        self.runner.cancel()
        self.use(extract(text))

    def _read_in_worker(self, got: Extracted) -> None:
        if got.text != self.edit.toPlainText():  # the note changed meanwhile: a newer read follows
            return
        self.use(got)

    def use(self, got: Extracted) -> None:
        """Fill, update or empty the fields the note owns from ``got``; show conflicts."""
        self.extracted = got
        unit = str(self.form.temp_unit.currentData() or "C")
        wanted: dict[str, tuple[str, Found]] = {}
        for field, found in got.fields.items():
            name = FORM_FIELD.get(field)
            if name is not None:
                wanted[name] = (form_text(name, found.value, unit), found)
        complaint = complaint_from(got) if got.text.strip() else ""
        if complaint:  # the story, without the measurements now in their fields
            wanted["complaint"] = (complaint, Found("complaint", complaint, "", (0, len(got.text)), complaint))
        note_conflicts = {FORM_FIELD[f]: group for f, group in got.conflicts.items() if f in FORM_FIELD}
        self._applying = True
        changed = False
        try:
            for name in list(self.filled):
                if self._current(name) != self.filled[name].value:  # the nurse changed it: hers now
                    self._release(name)
                elif name not in wanted:  # the note no longer says it: take it back
                    self.form.set_value(name, _EMPTY.get(name, ""))
                    self._release(name)
                    changed = True
            conflicts: dict[str, str] = {}
            for name, (text, found) in wanted.items():
                current = self._current(name)
                if name in self.filled or current == _EMPTY_TEXT.get(name, ""):
                    if current != text:
                        self.form.set_value(name, text)
                        changed = True
                    self.filled[name] = _Filled(text, found)
                    self._mark(name, found)
                elif current != text and name != "complaint":
                    conflicts[name] = self.tr("the note says {value} (“{source}”); kept what you typed").format(
                        value=_shown(name, found), source=found.source)
            for name, group in note_conflicts.items():
                readings = self.tr(" and ").join(f"“{f.source}”" for f in group)
                conflicts[name] = self.tr("the note gives two values: {readings}; left for you").format(
                    readings=readings)
            self._show_conflicts(conflicts)
        finally:
            self._applying = False
        self._show_summary(got)
        self._highlight(None)
        self.applied.emit(got)
        if changed:  # suggest at once instead of waiting the form's own pause again
            debounce = getattr(self.form, "debounce", None)
            recompute = getattr(self.form, "recompute", None)
            if debounce is not None and recompute is not None:
                debounce.stop()
                recompute()

    def _current(self, name: str) -> str:
        widget = self.form.fields[name]
        if isinstance(widget, QLineEdit):
            return widget.text().strip()
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText().strip()
        if isinstance(widget, QComboBox):
            return str(widget.currentData() or "")
        return ""

    # ------------------------------------------------------------------ showing the source
    def _mark(self, name: str, found: Found) -> None:
        widget = self.form.fields[name]
        widget.setProperty("source", "note")
        widget.setStyleSheet(FROM_NOTE_STYLE)
        where = self.tr("characters {start}-{end}").format(start=found.span[0], end=found.span[1])
        widget.setToolTip(self.tr("From the note: “{source}” ({where}). Tab through to confirm, or edit.").format(
            source=found.source, where=where))

    def _release(self, name: str) -> None:
        self.filled.pop(name, None)
        widget = self.form.fields[name]
        widget.setProperty("source", "")
        widget.setStyleSheet("")
        widget.setToolTip("")

    def confirm(self, name: str) -> None:
        """The nurse tabbed through a value from the note: it is hers now (kept if the note changes)."""
        if name in self.filled and not self._applying:
            self._release(name)

    def is_from_note(self, name: str) -> bool:
        return name in self.filled

    def _show_conflicts(self, conflicts: dict[str, str]) -> None:
        for name, label in self.conflict_labels.items():
            label.setVisible(name in conflicts)
        for name, text in conflicts.items():
            label = self.conflict_labels.get(name)
            if label is None:
                label = QLabel()
                label.setObjectName(f"note_conflict_{name}")
                label.setWordWrap(True)
                label.setStyleSheet(CONFLICT_STYLE)
                error = self.form.error_labels[name]
                error.parentWidget().layout().addWidget(label)
                self.conflict_labels[name] = label
            label.setText("≠ " + text)
            label.setVisible(True)

    def conflict_text(self, name: str) -> str:
        label = self.conflict_labels.get(name)
        return label.text() if label is not None and not label.isHidden() else ""

    def _show_summary(self, got: Extracted) -> None:
        read = [found_text(f, got.fields[f]) for f in got.fields if f in FORM_FIELD]
        extra = [f"{f}: {got.fields[f].source}" for f in ("onset", "pregnant") if f in got.fields]
        parts = []
        if read:
            parts.append(self.tr("Read from the note: {values}").format(values=", ".join(dict.fromkeys(read))))
        if extra:
            parts.append("; ".join(extra))
        if got.conflicts:
            parts.append(self.tr("two values in the note for {fields}").format(fields=", ".join(
                _label(f, keep=True) for f in got.conflicts)))
        self.summary.setText(". ".join(parts))
        self.summary.setVisible(bool(parts))

    def _highlight(self, hovered: str | None) -> None:
        """Every value's words lightly shaded; the hovered field's words in yellow."""
        selections = []
        text_len = len(self.edit.toPlainText())
        for name, filled in self.filled.items():
            start, end = filled.found.span
            if name == "complaint" or end > text_len:
                continue
            selection = QTextEdit.ExtraSelection()
            fmt = QTextCharFormat()
            fmt.setBackground(_SPAN_HOVER if name == hovered else _SPAN_ALL)
            selection.format = fmt
            cursor = QTextCursor(self.edit.document())
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            selections.append(selection)
        self.edit.setExtraSelections(selections)

    def hovered_span(self) -> tuple[int, int] | None:
        """The note's characters highlighted for the hovered field (tests, screenshots)."""
        for s in self.edit.extraSelections():
            if s.format.background().color() == _SPAN_HOVER:
                return s.cursor.selectionStart(), s.cursor.selectionEnd()
        return None

    def hover(self, name: str | None) -> None:
        self._highlight(name if name in self.filled else None)


class _HoverWatch(QObject):
    """Hovering a field from the note highlights its words; leaving its focus confirms it."""

    def __init__(self, box: NoteBox):
        super().__init__(box)
        self.box = box

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        name = watched.objectName()
        kind = event.type()
        if kind == QEvent.Type.Enter:
            self.box.hover(name)
        elif kind == QEvent.Type.Leave:
            self.box.hover(None)
        elif kind == QEvent.Type.FocusOut and self.box.is_from_note(name):
            self.box.confirm(name)
        return False


# What an untouched field holds, and what to set to empty one (a combo's "not given" choice).
_EMPTY_TEXT = {"sex": "U", "arrival_mode": "unknown"}
_EMPTY: dict[str, object] = {"sex": "U", "arrival_mode": "unknown", "on_oxygen": None}


def _shown(name: str, found: Found) -> str:
    if name == "temperature":
        return f"{found.value:g} °C"
    if isinstance(found.value, bool):
        return (QCoreApplication.translate("NoteBox", "yes") if found.value
                else QCoreApplication.translate("NoteBox", "no"))
    return str(found.value)
