"""The nurse's intake: patient, complaint, vitals, images, with a live suggestion beside them.

Keyboard-first (Enter moves on, Ctrl+S saves, Ctrl+N starts anew). Validation is the domain's
``parse_intake``: each ``FieldError`` is shown under its field. The suggestion is recomputed in a
worker 300 ms after typing stops; images are read and assessed in workers (``attachments``); the
case is saved in a worker (``jobs``). The GUI thread never waits on a model, a file or the database.
"""

from __future__ import annotations

from typing import Any, Mapping, Sequence

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QCheckBox, QComboBox, QGridLayout, QGroupBox, QHBoxLayout, QLabel,
                               QLineEdit, QListWidget, QPlainTextEdit, QPushButton, QScrollArea,
                               QSplitter, QVBoxLayout, QWidget)

from triage.errors import FieldError, InvalidIntake, TriageError
from triage.intake import Intake, Patient, parse_intake
from triage.records import PatientMatch
from triage.suggestion import Suggestion

from ui.context import AppContext
from ui.intake.attachments import AttachmentsBox
from ui.intake.jobs import (SavedCase, blank, find_patients, live_intake, make_suggestion,
                            match_text, range_hint, save_case)
from ui.labels import ARRIVAL_LABELS, AVPU_LABELS, INJURY_LABELS, SEX_LABELS
from ui.widgets.suggestion_panel import SuggestionPanel
from ui.widgets.workers import Task, TaskRunner

DEBOUNCE_MS = 300
NUMERIC_FIELDS = ("heart_rate", "resp_rate", "sbp", "dbp", "spo2", "temperature", "gcs")


class EnterMovesOn(QObject):
    """Enter/Return in a field moves focus to the next one (Shift+Enter keeps a newline)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if isinstance(watched, QPlainTextEdit) and event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                return False
            if isinstance(watched, QComboBox) and watched.view().isVisible():
                return False
            watched.focusNextChild()
            return True
        return False



class IntakeForm(QWidget):
    """Find/create the patient, type complaint and vitals, attach images, save the case."""

    saved = Signal(int)
    suggestion_ready = Signal(object)  # Suggestion | None, after each live recomputation
    validated = Signal(list)  # the FieldErrors currently shown

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("IntakeForm")
        self.ctx = ctx
        self.fields: dict[str, QWidget] = {}
        self.error_labels: dict[str, QLabel] = {}
        self.suggest_runner = TaskRunner(self)
        self.save_runner = TaskRunner(self)
        self.search_runner = TaskRunner(self)
        self.saving = False
        self.linked_patient_id: int | None = None  # the patient picked with Find
        self.last_intake: Intake | None = None
        self._enter = EnterMovesOn(self)
        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(DEBOUNCE_MS)
        self.debounce.timeout.connect(self.recompute)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self._patient_box())
        left_layout.addWidget(self._complaint_box())
        left_layout.addWidget(self._vitals_box())
        self.attachments = AttachmentsBox(ctx)
        self.attachments.changed.connect(self.schedule)
        left_layout.addWidget(self.attachments)
        left_layout.addStretch(1)
        buttons = QHBoxLayout()
        self.status_label = QLabel("")
        self.status_label.setObjectName("IntakeStatus")
        self.status_label.setWordWrap(True)
        self.new_button = QPushButton("New (Ctrl+N)")
        self.save_button = QPushButton("Save case (Ctrl+S)")
        self.save_button.setObjectName("SaveCase")
        self.new_button.clicked.connect(self.new_case)
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(self.status_label, 1)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.save_button)
        left_layout.addLayout(buttons)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(left)
        splitter.addWidget(scroll)
        self.panel = SuggestionPanel()
        splitter.addWidget(self.panel)
        left.setMinimumWidth(460)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([720, 480])
        outer = QVBoxLayout(self)
        outer.setContentsMargins(4, 4, 4, 4)
        outer.addWidget(splitter)

        self.save_action = QAction("Save case", self)
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.save_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.save_action.triggered.connect(self.save)
        self.new_action = QAction("New case", self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.new_action.triggered.connect(self.new_case)
        self.addAction(self.save_action)
        self.addAction(self.new_action)

        self._set_tab_order()
        ctx.signals.engine_ready.connect(self._engine_arrived)
        self._update_panel_status()

    # ------------------------------------------------------------------ building
    def _line(self, name: str, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setPlaceholderText(placeholder)
        edit.textChanged.connect(self.schedule)
        self._register(name, edit)
        return edit

    def _combo(self, name: str, items: Mapping[Any, str]) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        for value, text in items.items():
            combo.addItem(text, value)
        combo.currentIndexChanged.connect(self.schedule)
        self._register(name, combo)
        return combo

    def _register(self, name: str, widget: QWidget) -> None:
        widget.installEventFilter(self._enter)
        self.fields[name] = widget
        label = QLabel("")
        label.setObjectName(f"error_{name}")
        label.setProperty("role", "field-error")
        label.setWordWrap(True)
        label.setVisible(False)
        self.error_labels[name] = label

    def _with_error(self, name: str, widget: QWidget, unit: str = "") -> QWidget:
        box = QWidget()
        v = QVBoxLayout(box)
        v.setContentsMargins(0, 0, 0, 0)
        v.setSpacing(1)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(widget, 1)
        if unit:
            row.addWidget(QLabel(unit))
        v.addLayout(row)
        v.addWidget(self.error_labels[name])
        return box

    @staticmethod
    def _cell(grid: QGridLayout, row: int, col: int, label: str, widget: QWidget, span: int = 1) -> None:
        """Two fields per row (label, field) keep the whole form on one screen."""
        text = QLabel(label)
        text.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        text.setContentsMargins(0, 4, 0, 0)
        grid.addWidget(text, row, 2 * col)
        grid.addWidget(widget, row, 2 * col + 1, 1, 2 * span - 1)

    def _patient_box(self) -> QGroupBox:
        box = QGroupBox("Patient")
        grid = QGridLayout(box)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("patient_search")
        self.search_edit.setPlaceholderText("Find a known patient: name, MRN or phone, then Enter")
        self.search_edit.returnPressed.connect(self.search_patients)
        self.search_results = QListWidget()
        self.search_results.setObjectName("patient_results")
        self.search_results.setMaximumHeight(90)
        self.search_results.setVisible(False)
        self.search_results.itemActivated.connect(self._use_found_patient)
        self.linked_label = QLabel("New patient")
        self.linked_label.setObjectName("patient_link")
        self.unlink_button = QPushButton("New patient")
        self.unlink_button.setToolTip("Save this case for a new patient instead of the one found")
        self.unlink_button.setVisible(False)
        self.unlink_button.clicked.connect(self.unlink_patient)
        self._cell(grid, 0, 0, "Find", self.search_edit, span=2)
        grid.addWidget(self.linked_label, 0, 4)
        grid.addWidget(self.unlink_button, 0, 5)
        grid.addWidget(self.search_results, 1, 1, 1, 5)
        self._cell(grid, 2, 0, "Name", self._with_error("name", self._line("name", "family, given")))
        self._cell(grid, 2, 1, "MRN", self._with_error("mrn", self._line("mrn", "record number if known")))
        self._cell(grid, 3, 0, "Born", self._with_error("birth_date", self._line("birth_date", "YYYY-MM-DD")))
        self._cell(grid, 3, 1, "Age", self._with_error(
            "age_years", self._line("age_years", f"{range_hint('age_years')}, estimate if unknown"), "years"))
        self._cell(grid, 4, 0, "Sex", self._with_error(
            "sex", self._combo("sex", {s.value: t for s, t in SEX_LABELS.items()})))
        self._cell(grid, 4, 1, "Phone", self._with_error("phone", self._line("phone")))
        return box

    def _complaint_box(self) -> QGroupBox:
        box = QGroupBox("Presentation")
        grid = QGridLayout(box)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self.complaint = QPlainTextEdit()
        self.complaint.setObjectName("complaint")
        self.complaint.setPlaceholderText("Chief complaint in the patient's or your words "
                                          "(Enter moves on, Shift+Enter for a new line)")
        self.complaint.setTabChangesFocus(True)
        self.complaint.setMaximumHeight(56)
        self.complaint.textChanged.connect(self.schedule)
        self._register("complaint", self.complaint)
        self._cell(grid, 0, 0, "Complaint", self._with_error("complaint", self.complaint), span=2)
        self._cell(grid, 1, 0, "Arrival", self._with_error("arrival_mode", self._combo(
            "arrival_mode", {m.value: t for m, t in ARRIVAL_LABELS.items()})))
        self._cell(grid, 1, 1, "Injury", self._with_error("injury", self._combo("injury", INJURY_LABELS)))
        return box

    def _vitals_box(self) -> QGroupBox:
        box = QGroupBox("Vital signs")
        grid = QGridLayout(box)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        specs = [("heart_rate", "Heart rate", "/min"), ("resp_rate", "Resp. rate", "/min"),
                 ("sbp", "Systolic BP", "mmHg"), ("dbp", "Diastolic BP", "mmHg")]
        for i, (name, label, unit) in enumerate(specs):
            self._cell(grid, i // 2, i % 2, label, self._with_error(
                name, self._line(name, range_hint(name)), unit))
        self._cell(grid, 2, 0, "SpO2", self._with_error("spo2", self._line("spo2", range_hint("spo2")), "%"))
        self.on_oxygen = QCheckBox("on supplemental O2")
        self.on_oxygen.setObjectName("on_oxygen")
        self.on_oxygen.toggled.connect(self.schedule)
        self._register("on_oxygen", self.on_oxygen)
        self._cell(grid, 2, 1, "", self._with_error("on_oxygen", self.on_oxygen))
        temp = self._line("temperature", range_hint("temperature_c"))
        self.temp_unit = QComboBox()
        self.temp_unit.setObjectName("temperature_unit")
        self.temp_unit.setToolTip("Unit of the temperature you type")
        self.temp_unit.addItem("°C", "C")
        self.temp_unit.addItem("°F", "F")
        self.temp_unit.currentIndexChanged.connect(self._unit_changed)
        self.temp_unit.installEventFilter(self._enter)
        temp_box = self._with_error("temperature", temp)
        temp_box.layout().itemAt(0).layout().addWidget(self.temp_unit)
        self._cell(grid, 3, 0, "Temperature", temp_box)
        pain = {"": "— not asked", **{str(i): str(i) for i in range(11)}}
        self._cell(grid, 3, 1, "Pain (0-10)", self._with_error("pain", self._combo("pain", pain)))
        self._cell(grid, 4, 0, "AVPU", self._with_error("avpu", self._combo("avpu", AVPU_LABELS)))
        self._cell(grid, 4, 1, "GCS", self._with_error("gcs", self._line("gcs", range_hint("gcs"))))
        return box

    def _set_tab_order(self) -> None:
        order = [self.search_edit, *(self.fields[n] for n in (
            "name", "mrn", "birth_date", "age_years", "sex", "phone", "complaint", "arrival_mode",
            "injury", "heart_rate", "resp_rate", "sbp", "dbp", "spo2", "on_oxygen", "temperature")),
            self.temp_unit, self.fields["pain"], self.fields["avpu"], self.fields["gcs"],
            self.attachments.add_button, self.save_button]
        for a, b in zip(order, order[1:]):
            QWidget.setTabOrder(a, b)

    def _unit_changed(self) -> None:
        key = "temperature_f" if self.temp_unit.currentData() == "F" else "temperature_c"
        self.fields["temperature"].setPlaceholderText(range_hint(key))
        self.schedule()

    # ------------------------------------------------------------------ values
    def values(self) -> dict[str, object]:
        """The form as the mapping ``parse_intake`` reads."""
        out: dict[str, object] = {}
        for name, widget in self.fields.items():
            if isinstance(widget, QLineEdit):
                out[name] = widget.text()
            elif isinstance(widget, QComboBox):
                out[name] = widget.currentData()
            elif isinstance(widget, QPlainTextEdit):
                out[name] = widget.toPlainText()
            elif isinstance(widget, QCheckBox):
                out[name] = True if widget.isChecked() else None
        out["temperature_unit"] = self.temp_unit.currentData()
        out["injury"] = {"yes": True, "no": False}.get(str(out["injury"]))
        return out

    def set_value(self, name: str, value: object) -> None:
        """Set one field as a person would (tests, patient search)."""
        widget = self.fields[name]
        if isinstance(widget, QLineEdit):
            widget.setText("" if value is None else str(value))
        elif isinstance(widget, QPlainTextEdit):
            widget.setPlainText("" if value is None else str(value))
        elif isinstance(widget, QCheckBox):
            widget.setChecked(bool(value))
        elif isinstance(widget, QComboBox):
            if name == "injury" and not isinstance(value, str):
                value = {True: "yes", False: "no"}.get(value, "")
            index = widget.findData("" if value is None else str(value))
            if index < 0:
                raise ValueError(f"{name}: no choice {value!r}")
            widget.setCurrentIndex(index)

    def set_temperature_unit(self, unit: str) -> None:
        self.temp_unit.setCurrentIndex(self.temp_unit.findData(unit))

    def is_dirty(self) -> bool:
        v = self.values()
        return any(not blank(v[n]) for n in self.fields if n not in ("sex", "arrival_mode", "avpu")) \
            or bool(self.attachments.tiles)

    # ------------------------------------------------------------------ validation
    def show_errors(self, errors: Sequence[FieldError]) -> None:
        by_field = {e.field: e for e in errors}
        for name, label in self.error_labels.items():
            error = by_field.get(name)
            label.setText(error.message if error else "")
            label.setVisible(error is not None)
            widget = self.fields[name]
            widget.setProperty("invalid", error is not None)
            widget.style().unpolish(widget)
            widget.style().polish(widget)
        self.validated.emit(list(errors))

    def field_error(self, name: str) -> str:
        label = self.error_labels[name]
        return label.text() if not label.isHidden() else ""

    # ------------------------------------------------------------------ live suggestion
    def schedule(self) -> None:
        self.debounce.start()

    def _update_panel_status(self) -> None:
        self.panel.set_status("" if self.ctx.engine is not None else "models loading — rules only")

    def recompute(self) -> None:
        values = self.values()
        try:
            intake, errors = live_intake(values)
        except InvalidIntake as exc:  # vitals typed wrong: show it now
            intake, errors = None, exc.errors
        self.show_errors(errors)
        self._update_panel_status()
        if intake is None:
            self.suggest_runner.cancel()
            self.last_intake = None
            self.panel.show_suggestion(None, empty_text=(
                "Correct the marked field to see a suggestion." if errors else
                "Enter the complaint and vital signs to see a suggestion."))
            self.suggestion_ready.emit(None)
            return
        self.last_intake = intake
        images = [i.assessment for i in self.attachments.images() if i.assessment is not None]
        task = Task(make_suggestion, self.ctx.engine, intake, images, with_callbacks=False)
        task.signals.finished.connect(self._suggested)
        task.signals.failed.connect(self._suggest_failed)
        self.suggest_runner.start(task)

    def _engine_arrived(self, _engine: object) -> None:
        self.schedule()

    def _is_current_suggestion(self) -> bool:
        """Only the newest task's answer counts: an older one lost the race to a keystroke."""
        current = self.suggest_runner.current
        return current is not None and self.sender() is current.signals

    def _suggested(self, suggestion: Suggestion | None) -> None:
        if not self._is_current_suggestion():
            return
        self.panel.show_suggestion(suggestion)
        if suggestion is None and self.ctx.engine is None:
            self.panel.set_status("models loading — rules only: no rule fired yet")
        self.suggestion_ready.emit(suggestion)

    def _suggest_failed(self, exc: BaseException, tb: str) -> None:
        if not self._is_current_suggestion():
            return
        self.panel.set_status(f"suggestion failed: {type(exc).__name__}: {exc}")
        self.panel.show_suggestion(None)
        self.suggestion_ready.emit(None)
        if not isinstance(exc, TriageError):
            report = getattr(self.window(), "report_worker_error", None)
            if report:
                report(f"{type(exc).__name__}: {exc}", tb)

    # ------------------------------------------------------------------ patient search
    def search_patients(self) -> None:
        text = self.search_edit.text().strip()
        if not text or self.ctx.user is None:
            self.search_results.setVisible(False)
            return
        task = Task(find_patients, self.ctx.store, self.ctx.user, text, with_callbacks=False)
        task.signals.finished.connect(self._patients_found)
        task.signals.failed.connect(self._search_failed)
        self.search_runner.start(task)

    def _search_failed(self, exc: BaseException, _tb: str) -> None:
        self.status_label.setText(f"Search failed: {exc}")

    def _patients_found(self, found: list[PatientMatch]) -> None:
        self.search_results.clear()
        self._found = list(found)
        for match in found:
            self.search_results.addItem(match_text(match))
        if not found:
            self.search_results.addItem("No known patient found — enter the details below")
        self.search_results.setVisible(True)
        if found:
            self.search_results.setCurrentRow(0)
            self.search_results.setFocus()

    def _use_found_patient(self) -> None:
        row = self.search_results.currentRow()
        if not 0 <= row < len(getattr(self, "_found", [])):
            return
        match = self._found[row]
        self.use_patient(match.patient)
        self.link_patient(match.patient_id, match.patient)

    def link_patient(self, patient_id: int, patient: Patient) -> None:
        """Save the next case for this known patient (changed details become a revision)."""
        self.linked_patient_id = patient_id
        self.linked_label.setText(f"Known patient #{patient_id}: {patient.name or '(no name)'}")
        self.unlink_button.setVisible(True)

    def unlink_patient(self) -> None:
        self.linked_patient_id = None
        self.linked_label.setText("New patient")
        self.unlink_button.setVisible(False)

    def use_patient(self, patient: Patient) -> None:
        self.set_value("name", patient.name)
        self.set_value("mrn", patient.mrn)
        self.set_value("birth_date", patient.birth_date.isoformat() if patient.birth_date else "")
        self.set_value("age_years", "" if patient.birth_date or patient.age_years is None else patient.age_years)
        self.set_value("sex", patient.sex.value)
        self.set_value("phone", patient.phone)
        self.search_results.setVisible(False)
        self.fields["complaint"].setFocus()

    # ------------------------------------------------------------------ save / new
    def save(self) -> None:
        if self.saving:
            return
        if self.attachments.busy:
            self.status_label.setText("Wait until the images are read, then save.")
            return
        try:
            intake = parse_intake(self.values())
        except InvalidIntake as exc:
            self.show_errors(exc.errors)
            self.status_label.setText("Not saved: " + "; ".join(e.message for e in exc.errors))
            first = exc.errors[0].field if exc.errors else ""
            if first in self.fields:
                self.fields[first].setFocus()
            return
        self.show_errors([])
        self.saving = True
        self.save_button.setEnabled(False)
        self.status_label.setText("Saving…")
        task = Task(save_case, self.ctx.store, self.ctx.user, self.ctx.engine, intake,
                    self.attachments.images(), self.linked_patient_id)
        task.signals.finished.connect(self._saved)
        task.signals.failed.connect(self._save_failed)
        self.save_runner.start(task)

    def _saved(self, result: SavedCase) -> None:
        self.saving = False
        self.save_button.setEnabled(True)
        self.clear()
        self.status_label.setText(f"Case #{result.case_id} saved. Ready for the next patient.")
        self.ctx.signals.case_saved.emit(result.case_id)
        self.saved.emit(result.case_id)

    def _save_failed(self, exc: BaseException, tb: str) -> None:
        self.saving = False
        self.save_button.setEnabled(True)
        if isinstance(exc, InvalidIntake):
            self.show_errors(exc.errors)
        if isinstance(exc, TriageError):
            self.status_label.setText(f"Not saved: {exc}. Everything you typed is kept.")
            return
        self.status_label.setText(f"Not saved ({type(exc).__name__}). Everything you typed is kept.")
        report = getattr(self.window(), "report_worker_error", None)
        if report:
            report(f"{type(exc).__name__}: {exc}", tb)

    def new_case(self) -> None:
        self.clear()
        self.status_label.setText("")

    def clear(self) -> None:
        for name, widget in self.fields.items():
            if isinstance(widget, (QLineEdit, QPlainTextEdit)):
                widget.clear()
            elif isinstance(widget, QComboBox):
                widget.setCurrentIndex(0)
            elif isinstance(widget, QCheckBox):
                widget.setChecked(False)
        self.search_edit.clear()
        self.search_results.setVisible(False)
        self.unlink_patient()
        self.attachments.clear()
        self.debounce.stop()
        self.suggest_runner.cancel()
        self.show_errors([])
        self.panel.show_suggestion(None)
        self.last_intake = None
        self.fields["name"].setFocus()

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt API
        self.suggest_runner.cancel()
        super().closeEvent(event)

