"""The intake's fields: building them, reading them as the mapping ``parse_intake`` reads, showing
each field's error under it. The form (``form.py``) adds the workflow: suggest, find, save.

Two fields per row (label, field) keep the whole form on one screen; Enter moves on.
"""

from __future__ import annotations

from typing import Any, Mapping, Sequence

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (QComboBox, QDoubleSpinBox, QGridLayout, QGroupBox, QHBoxLayout, QLabel,
                               QLineEdit, QListWidget, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget)

from triage.errors import FieldError

from ui.intake.jobs import blank, range_hint
from ui.labels import (ARRIVAL_LABELS, AVPU_LABELS, INJURY_LABELS, OXYGEN_LABELS, OXYGEN_NOT_RECORDED,
                       OXYGEN_ON, OXYGEN_ROOM_AIR, SEX_LABELS, label)

DEFAULTED = ("sex", "arrival_mode", "avpu")  # combos whose first choice is not "nothing typed"


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

class IntakeFields(QWidget):
    """The widgets of the intake and the mapping they stand for; ``schedule`` is called on every
    edit (the form recomputes the suggestion)."""

    validated = Signal(list)  # the FieldErrors currently shown

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.fields: dict[str, QWidget] = {}
        self.error_labels: dict[str, QLabel] = {}
        self._enter = EnterMovesOn(self)

    def schedule(self) -> None:
        """Called on every edit; the form overrides it."""

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
            combo.addItem(label(text), value)  # ui.labels' choices, shown in the interface language
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
        box = QGroupBox(self.tr("Patient"))
        grid = QGridLayout(box)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("patient_search")
        self.search_edit.setPlaceholderText(self.tr("Find a known patient: name, MRN or phone, then Enter"))
        self.search_results = QListWidget()
        self.search_results.setObjectName("patient_results")
        self.search_results.setMaximumHeight(90)
        self.search_results.setVisible(False)
        self.linked_label = QLabel(self.tr("New patient"))
        self.linked_label.setObjectName("patient_link")
        self.unlink_button = QPushButton(self.tr("New patient"))
        self.unlink_button.setToolTip(self.tr("Save this case for a new patient instead of the one found"))
        self.unlink_button.setVisible(False)
        self._cell(grid, 0, 0, self.tr("Find"), self.search_edit, span=2)
        grid.addWidget(self.linked_label, 0, 4)
        grid.addWidget(self.unlink_button, 0, 5)
        grid.addWidget(self.search_results, 1, 1, 1, 5)
        self._cell(grid, 2, 0, self.tr("Name"), self._with_error("name", self._line("name", self.tr("family, given"))))
        self._cell(grid, 2, 1, self.tr("MRN"), self._with_error("mrn", self._line("mrn", self.tr("record number if known"))))
        self._cell(grid, 3, 0, self.tr("Born"), self._with_error("birth_date", self._line("birth_date", self.tr("YYYY-MM-DD"))))
        age = self._line("age_years", self.tr("estimate if unknown"))
        age.setToolTip(self.tr("Age in years, {0}; estimate if unknown").format(range_hint('age_years')))
        age.setMinimumWidth(age.fontMetrics().horizontalAdvance(age.placeholderText()) + 24)
        self._cell(grid, 3, 1, self.tr("Age"), self._with_error("age_years", age, self.tr("years")))
        self._cell(grid, 4, 0, self.tr("Sex"), self._with_error(
            "sex", self._combo("sex", {s.value: t for s, t in SEX_LABELS.items()})))
        self._cell(grid, 4, 1, self.tr("Phone"), self._with_error("phone", self._line("phone")))
        return box

    def _complaint_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Presentation"))
        grid = QGridLayout(box)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self.complaint = QPlainTextEdit()
        self.complaint.setObjectName("complaint")
        self.complaint.setPlaceholderText(self.tr("Chief complaint in the patient's or your words "
                                          "(Enter moves on, Shift+Enter for a new line)"))
        self.complaint.setTabChangesFocus(True)
        self.complaint.setMaximumHeight(56)
        self.complaint.textChanged.connect(self.schedule)
        self._register("complaint", self.complaint)
        self._cell(grid, 0, 0, self.tr("Complaint"), self._with_error("complaint", self.complaint), span=2)
        self._cell(grid, 1, 0, self.tr("Arrival"), self._with_error("arrival_mode", self._combo(
            "arrival_mode", {m.value: t for m, t in ARRIVAL_LABELS.items()})))
        self._cell(grid, 1, 1, self.tr("Injury"), self._with_error("injury", self._combo("injury", INJURY_LABELS)))
        return box

    def _vitals_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Vital signs"))
        grid = QGridLayout(box)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        specs = [("heart_rate", self.tr("Heart rate"), "/min"), ("resp_rate", self.tr("Resp. rate"), "/min"),
                 ("sbp", self.tr("Systolic BP"), "mmHg"), ("dbp", self.tr("Diastolic BP"), "mmHg")]
        for i, (name, label, unit) in enumerate(specs):
            self._cell(grid, i // 2, i % 2, label, self._with_error(
                name, self._line(name, range_hint(name)), unit))
        self._cell(grid, 2, 0, self.tr("SpO2"), self._with_error("spo2", self._line("spo2", range_hint("spo2")), "%"))
        self.on_oxygen = self._combo("on_oxygen", OXYGEN_LABELS)
        self.on_oxygen.setToolTip(self.tr("Not recorded, room air, or on supplemental oxygen"))
        oxygen_box = self._with_error("on_oxygen", self.on_oxygen)
        oxygen_box.layout().itemAt(0).layout().addWidget(self._flow_box())
        oxygen_box.layout().addWidget(self.error_labels["o2_flow_l_min"])
        self.on_oxygen.currentIndexChanged.connect(self._oxygen_changed)
        self._oxygen_changed()
        self._cell(grid, 2, 1, self.tr("Oxygen"), oxygen_box)
        temp = self._line("temperature", range_hint("temperature_c"))
        self.temp_unit = QComboBox()
        self.temp_unit.setObjectName("temperature_unit")
        self.temp_unit.setToolTip(self.tr("Unit of the temperature you type"))
        self.temp_unit.addItem("°C", "C")
        self.temp_unit.addItem("°F", "F")
        self.temp_unit.currentIndexChanged.connect(self._unit_changed)
        self.temp_unit.installEventFilter(self._enter)
        temp_box = self._with_error("temperature", temp)
        temp_box.layout().itemAt(0).layout().addWidget(self.temp_unit)
        self._cell(grid, 3, 0, self.tr("Temperature"), temp_box)
        pain = {"": self.tr("— not asked"), **{str(i): str(i) for i in range(11)}}
        self._cell(grid, 3, 1, self.tr("Pain (0-10)"), self._with_error("pain", self._combo("pain", pain)))
        self._cell(grid, 4, 0, self.tr("AVPU"), self._with_error("avpu", self._combo("avpu", AVPU_LABELS)))
        self._cell(grid, 4, 1, self.tr("GCS"), self._with_error("gcs", self._line("gcs", range_hint("gcs"))))
        self.warning_label = QLabel("")
        self.warning_label.setObjectName("VitalWarnings")
        self.warning_label.setProperty("role", "field-warning")
        self.warning_label.setStyleSheet("color: #8D6E00")
        self.warning_label.setWordWrap(True)
        self.warning_label.setVisible(False)
        grid.addWidget(self.warning_label, 5, 0, 1, 4)
        return box

    def _flow_box(self) -> QDoubleSpinBox:
        """The oxygen flow, if known: its lowest step reads "flow?" and stands for not recorded."""
        self.o2_flow = QDoubleSpinBox()
        self.o2_flow.setObjectName("o2_flow_l_min")
        self.o2_flow.setRange(0.0, 60.0)
        self.o2_flow.setDecimals(1)
        self.o2_flow.setSingleStep(0.5)
        self.o2_flow.setSuffix(" L/min")
        self.o2_flow.setSpecialValueText(self.tr("flow?"))
        self.o2_flow.setToolTip(self.tr('Oxygen flow if known, {0}; leave at "flow?" when not recorded').format(range_hint('o2_flow_l_min')))
        self.o2_flow.valueChanged.connect(self.schedule)
        self._register("o2_flow_l_min", self.o2_flow)
        return self.o2_flow

    def _oxygen_changed(self) -> None:
        """The flow means something only on oxygen; it is kept (not cleared) while disabled, so a
        slip of the oxygen choice loses nothing, but it is read only on oxygen (``values``)."""
        self.o2_flow.setEnabled(self.on_oxygen.currentData() == OXYGEN_ON)

    def _unit_changed(self) -> None:
        key = "temperature_f" if self.temp_unit.currentData() == "F" else "temperature_c"
        self.fields["temperature"].setPlaceholderText(range_hint(key))
        self.schedule()

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
        flow = self.o2_flow.value()
        on_oxygen = self.on_oxygen.currentData() == OXYGEN_ON
        out["o2_flow_l_min"] = flow if on_oxygen and flow > self.o2_flow.minimum() else None
        out["temperature_unit"] = self.temp_unit.currentData()
        out["injury"] = {"yes": True, "no": False}.get(str(out["injury"]))
        out["on_oxygen"] = {OXYGEN_ON: True, OXYGEN_ROOM_AIR: False}.get(str(out["on_oxygen"]))
        return out

    def set_value(self, name: str, value: object) -> None:
        """Set one field as a person would (tests, patient search)."""
        widget = self.fields[name]
        if isinstance(widget, QLineEdit):
            widget.setText("" if value is None else str(value))
        elif isinstance(widget, QPlainTextEdit):
            widget.setPlainText("" if value is None else str(value))
        elif isinstance(widget, QDoubleSpinBox):
            widget.setValue(widget.minimum() if blank(value) else float(str(value).replace(",", ".")))
        elif isinstance(widget, QComboBox):
            if name == "injury" and not isinstance(value, str):
                value = {True: "yes", False: "no"}.get(value, "")
            if name == "on_oxygen" and not isinstance(value, str):
                value = {True: OXYGEN_ON, False: OXYGEN_ROOM_AIR}.get(value, OXYGEN_NOT_RECORDED)
            index = widget.findData("" if value is None else str(value))
            if index < 0:
                raise ValueError(f"{name}: no choice {value!r}")
            widget.setCurrentIndex(index)

    def set_temperature_unit(self, unit: str) -> None:
        self.temp_unit.setCurrentIndex(self.temp_unit.findData(unit))

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

    def fields_dirty(self) -> bool:
        """Something was typed or chosen (a defaulted choice alone does not count)."""
        v = self.values()
        return any(not blank(v[n]) for n in self.fields if n not in DEFAULTED)

    def clear_fields(self) -> None:
        for widget in self.fields.values():
            if isinstance(widget, (QLineEdit, QPlainTextEdit)):
                widget.clear()
            elif isinstance(widget, QComboBox):
                widget.setCurrentIndex(0)
            elif isinstance(widget, QDoubleSpinBox):
                widget.setValue(widget.minimum())
        self.search_edit.clear()
        self.search_results.setVisible(False)
        self.show_warnings([])

    def show_warnings(self, warnings: Sequence[str]) -> None:
        """Plausibility warnings: shown, never blocking a save."""
        self.warning_label.setText("\n".join(f"⚠ {w}" for w in warnings))
        self.warning_label.setVisible(bool(warnings))

    def warnings(self) -> list[str]:
        return self.warning_label.text().splitlines() if not self.warning_label.isHidden() else []
