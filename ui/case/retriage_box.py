"""New vital signs for an open case: typed here, validated by the domain, saved with a new
suggestion by the case view (a vital-sign set is never overwritten: re-triage adds a column)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QGridLayout, QGroupBox, QLabel, QLineEdit, QPushButton, QWidget

from triage.intake import RANGES

RETRIAGE_FIELDS = (("heart_rate", "HR", "/min"), ("resp_rate", "RR", "/min"),
                   ("sbp", "SBP", "mmHg"), ("dbp", "DBP", "mmHg"), ("spo2", "SpO2", "%"),
                   ("temperature", "Temp", "°C"), ("pain", "Pain", "0-10"), ("gcs", "GCS", ""))


class RetriageBox(QGroupBox):
    """Eight vital-sign fields, AVPU and the Re-triage button; ``form()`` is what
    ``parse_vitals`` reads."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__("Re-triage with new vital signs", parent)
        grid = QGridLayout(self)
        self.edits: dict[str, QLineEdit] = {}
        for i, (name, label, unit) in enumerate(RETRIAGE_FIELDS):
            edit = QLineEdit()
            rng = RANGES["temperature_c" if name == "temperature" else name]
            edit.setPlaceholderText(unit or rng.text())
            edit.setToolTip(self.tr("{0}: possible range {1}").format(label, rng.text()))
            self.edits[name] = edit
            grid.addWidget(QLabel(label), i // 4 * 2, i % 4)
            grid.addWidget(edit, i // 4 * 2 + 1, i % 4)
        self.avpu = QComboBox()
        self.avpu.addItem(self.tr("AVPU —"), "")
        for code, text in (("A", "Alert"), ("V", "Voice"), ("P", "Pain"), ("U", "Unresponsive")):
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
