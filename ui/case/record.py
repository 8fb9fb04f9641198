"""The case's record as a clinician reads it: the intake, the vital-sign flowsheet and the history
(reviews, notes, intake edits), each re-drawn from a ``CaseDetail``."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QFormLayout, QGroupBox, QHBoxLayout, QLabel, QListWidget,
                               QListWidgetItem, QPushButton, QVBoxLayout, QWidget)

from triage.records import CaseDetail

from ui.case.flowsheet import Flowsheet, history_lines, local_time
from ui.labels import arrival_text, counted


class CaseRecord(QWidget):
    """Intake (with Edit intake…), vital signs and history, top to bottom."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        intake_box = QGroupBox(self.tr("Intake"))
        self.intake_form = QFormLayout(intake_box)
        self.complaint_label = QLabel("")
        self.complaint_label.setWordWrap(True)
        self.complaint_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.patient_label = QLabel("")
        self.arrival_label = QLabel("")
        self.arrival_label.setWordWrap(True)
        self.patient_label.setWordWrap(True)
        self.intake_form.addRow(self.tr("Complaint"), self.complaint_label)
        self.intake_form.addRow(self.tr("Patient"), self.patient_label)
        self.intake_form.addRow(self.tr("Arrival"), self.arrival_label)
        self.narrative_label = QLabel("")  # the note the intake was read from (issue 13)
        self.narrative_label.setObjectName("CaseNarrative")
        self.narrative_label.setWordWrap(True)
        self.narrative_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.intake_form.addRow(self.tr("Note"), self.narrative_label)
        self.edited_label = QLabel("")
        self.edited_label.setObjectName("IntakeEdited")
        self.edit_button = QPushButton(self.tr("Edit intake…"))
        self.edit_button.setToolTip(self.tr("Correct the complaint, arrival or patient details; "
                                    "the original stays in the history"))
        edit_row = QHBoxLayout()
        edit_row.addWidget(self.edited_label, 1)
        edit_row.addWidget(self.edit_button)
        self.intake_form.addRow(edit_row)
        layout.addWidget(intake_box)

        vitals_box = QGroupBox(self.tr("Vital signs (each re-triage adds a column)"))
        vl = QVBoxLayout(vitals_box)
        self.vitals_table = Flowsheet()
        vl.addWidget(self.vitals_table)
        layout.addWidget(vitals_box, 3)

        history_box = QGroupBox(self.tr("Reviews, notes and intake edits"))
        hl = QVBoxLayout(history_box)
        self.history_list = QListWidget()
        self.history_list.setWordWrap(True)
        hl.addWidget(self.history_list)
        layout.addWidget(history_box, 2)

    def show_case(self, d: CaseDetail) -> None:
        p = d.patient
        self.complaint_label.setText(d.complaint)
        self.narrative_label.setText(d.narrative)
        self.intake_form.setRowVisible(self.narrative_label, bool(d.narrative))
        ident = [f"MRN {p.mrn}" if p.mrn else "",
                 self.tr("born {date}").format(date=p.birth_date) if p.birth_date else ""]
        self.patient_label.setText(", ".join(x for x in [p.name or self.tr("Unnamed patient"), *ident] if x))
        injury = {True: self.tr("injury"), False: self.tr("no injury"), None: self.tr("injury unknown")}[d.injury]
        arrival = arrival_text(d.arrival_mode)
        self.arrival_label.setText(self.tr("{time} · {arrival} · {injury} · entered by {who}").format(
            time=local_time(d.arrival_time), arrival=arrival, injury=injury, who=d.created_by))
        self.vitals_table.show_vitals(d.vitals)
        self.history_list.clear()
        for text in history_lines(d):
            QListWidgetItem(text, self.history_list)
        edits = len(d.revisions)
        self.edited_label.setText("" if not edits else
                                  counted(self.tr("edited %n time(s) (see history)", "", edits), edits))
