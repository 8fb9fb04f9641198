"""The dialog that corrects an open case's intake (complaint, arrival, patient details).

Validated here as a whole intake, errors named inline; the store keeps the replaced values as a
revision, so nothing typed at triage is lost by a correction.
"""

from __future__ import annotations

from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel,
                               QLineEdit, QPlainTextEdit, QWidget)

from triage.errors import InvalidIntake
from triage.intake import parse_intake
from triage.records import CaseDetail, IntakeChange

from ui.case.flowsheet import edit_label
from ui.labels import ARRIVAL_LABELS, INJURY_LABELS, SEX_LABELS, label


def intake_values(d: CaseDetail) -> dict[str, str]:
    """A case's editable intake as the text the edit dialog shows (and ``parse_intake`` reads)."""
    p = d.patient
    return {"complaint": d.complaint, "arrival_mode": d.arrival_mode.value,
            "injury": {True: "yes", False: "no", None: ""}[d.injury], "name": p.name,
            "birth_date": p.birth_date.isoformat() if p.birth_date else "",
            "age_years": "" if p.age_years is None else str(p.age_years), "sex": p.sex.value,
            "mrn": p.mrn, "phone": p.phone, "narrative": d.narrative}


class IntakeEditDialog(QDialog):
    """Edit an open case's complaint, arrival, injury and patient details. Validated here as a
    whole intake (errors named inline); ``changes()`` holds only what differs from the case."""

    def __init__(self, detail: CaseDetail, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit intake of case {case}").format(case=detail.case_id))
        self.original = intake_values(detail)
        self.fields: dict[str, QWidget] = {}
        form = QFormLayout(self)
        choices = {"arrival_mode": {m.value: t for m, t in ARRIVAL_LABELS.items()},
                   "injury": INJURY_LABELS, "sex": {x.value: t for x, t in SEX_LABELS.items()}}
        for name, value in self.original.items():
            if name in choices:
                widget: QWidget = QComboBox()
                for data, text in choices[name].items():
                    widget.addItem(label(text), data)
                widget.setCurrentIndex(max(widget.findData(value), 0))
            elif name in ("complaint", "narrative"):
                widget = QPlainTextEdit(value)
                widget.setMaximumHeight(80 if name == "complaint" else 120)
            else:
                widget = QLineEdit(value)
            widget.setObjectName(f"edit_{name}")
            self.fields[name] = widget
            form.addRow(edit_label(name), widget)
        self.error_label = QLabel("")
        self.error_label.setObjectName("EditErrors")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #B71C1C")
        form.addRow(self.error_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> dict[str, str]:
        out = {}
        for name, widget in self.fields.items():
            if isinstance(widget, QComboBox):
                out[name] = str(widget.currentData())
            elif isinstance(widget, QPlainTextEdit):
                out[name] = widget.toPlainText()
            else:
                out[name] = widget.text()
        return out

    def set_value(self, name: str, value: str) -> None:
        """Set one field as a person would (tests)."""
        widget = self.fields[name]
        if isinstance(widget, QComboBox):
            widget.setCurrentIndex(widget.findData(value))
        elif isinstance(widget, QPlainTextEdit):
            widget.setPlainText(value)
        else:
            widget.setText(value)

    def changes(self) -> IntakeChange:
        return IntakeChange(**{k: v for k, v in self.values().items() if v != self.original[k]})

    def try_accept(self) -> bool:
        """Close with Save only when the edited intake is valid and changes something."""
        try:
            parse_intake(self.values())
        except InvalidIntake as exc:
            self.error_label.setText("; ".join(e.message for e in exc.errors))
            first = exc.errors[0].field if exc.errors else ""
            if first in self.fields:
                self.fields[first].setFocus()
            return False
        if not self.changes().given():
            self.error_label.setText(self.tr("Nothing changed."))
            return False
        self.error_label.setText("")
        self.accept()
        return True
