"""New vital signs for an open case: typed here, validated by the domain, saved with a new
suggestion by the case view (a vital-sign set is never overwritten: re-triage adds a column)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QComboBox, QGridLayout, QGroupBox, QLabel, QLineEdit, QPushButton, QWidget

from triage.intake import RANGES

RETRIAGE_FIELDS = (("heart_rate", QT_TRANSLATE_NOOP("RetriageBox", "HR"), "/min"),
                   ("resp_rate", QT_TRANSLATE_NOOP("RetriageBox", "RR"), "/min"),
                   ("sbp", QT_TRANSLATE_NOOP("RetriageBox", "SBP"), "mmHg"),
                   ("dbp", QT_TRANSLATE_NOOP("RetriageBox", "DBP"), "mmHg"), ("spo2", "SpO2", "%"),
                   ("temperature", QT_TRANSLATE_NOOP("RetriageBox", "Temp"), "°C"),
                   ("pain", QT_TRANSLATE_NOOP("RetriageBox", "Pain"), "0-10"), ("gcs", "GCS", ""))


class RetriageBox(QGroupBox):
    """Eight vital-sign fields, AVPU and the Re-triage button; ``form()`` is what
    ``parse_vitals`` reads."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Re-triage with new vital signs"))
        grid = QGridLayout(self)
        self.edits: dict[str, QLineEdit] = {}
        for i, (name, source, unit) in enumerate(RETRIAGE_FIELDS):
            label = self.tr(source)
            edit = QLineEdit()
            rng = RANGES["temperature_c" if name == "temperature" else name]
            edit.setPlaceholderText(unit or rng.text())
            edit.setToolTip(self.tr("{field}: possible range {range}").format(field=label, range=rng.text()))
            self.edits[name] = edit
            grid.addWidget(QLabel(label), i // 4 * 2, i % 4)
            grid.addWidget(edit, i // 4 * 2 + 1, i % 4)
        self.avpu = QComboBox()
        self.avpu.addItem(self.tr("AVPU —"), "")
        for code, text in (("A", self.tr("Alert")), ("V", self.tr("Voice")), ("P", self.tr("Pain")),
                           ("U", self.tr("Unresponsive"))):
            self.avpu.addItem(f"{code} — {text}", code)
        self.button = QPushButton(self.tr("Re-triage"))
        grid.addWidget(self.avpu, 4, 0, 1, 2)
        grid.addWidget(self.button, 4, 2, 1, 2)

    def form(self) -> dict[str, object]:
        values: dict[str, object] = {name: edit.text() for name, edit in self.edits.items()}
        values["avpu"] = self.avpu.currentData()
        return values

    def clear(self) -> None:
        for edit in self.edits.values():
            edit.clear()
        self.avpu.setCurrentIndex(0)
