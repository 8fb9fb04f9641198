"""What a clinician must see of a case at a glance: level, who, waiting time against the target."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QWidget

from triage import scales
from triage.records import CaseDetail, CaseStatus

from ui.case.flowsheet import local_time
from ui.widgets.level_badge import LevelBadge
from ui.worklist import format_wait, is_over_target, status_text, waiting_minutes


class CaseHeader(QWidget):
    """Badge, "Case 12: name, age sex", waiting time (red when over target) and status."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.badge = LevelBadge(None, large=True)
        self.title_label = QLabel(self.tr("No case selected"))
        self.title_label.setObjectName("CaseTitle")
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title_label.setFont(font)
        # a long name must not widen the window: the label shrinks (its tooltip has it all)
        self.title_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.waiting_label = QLabel("")
        self.waiting_label.setObjectName("CaseWaiting")
        self.status_label = QLabel("")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.badge)
        layout.addWidget(self.title_label, 1)
        layout.addWidget(self.waiting_label)
        layout.addWidget(self.status_label)

    def show_case(self, d: CaseDetail, now: datetime) -> None:
        self.badge.set_level(d.current_level)
        p = d.patient
        age = p.age_on(d.arrival_time.date())
        demo = " · " + self.tr("DEMO DATA") if d.is_demo else ""
        title = self.tr("Case {case}: {name}, {age} {sex}").format(
            case=d.case_id, name=p.name or self.tr("Unnamed patient"), age="?" if age is None else age,
            sex=p.sex.value) + demo
        self.title_label.setText(title)
        self.title_label.setToolTip(title)
        decided = d.status is CaseStatus.CLOSED and d.latest_review is not None
        self.status_label.setText(self.tr("decided") if decided
                                  else status_text(d.status))
        self.update_waiting(d, now)

    def update_waiting(self, d: CaseDetail | None, now: datetime) -> None:
        if d is None:
            self.waiting_label.clear()
            return
        review = d.latest_review
        if review is not None:  # the wait ended at the decision: no timer runs on
            waited = format_wait(waiting_minutes(d, review.signed_at))
            text = self.tr("Decided {at} after waiting {waited}").format(
                at=local_time(review.signed_at), waited=waited)
            if d.status is CaseStatus.CLOSED:
                text += " · " + self.tr("finished")
            self.waiting_label.setText(text)
            self.waiting_label.setStyleSheet("")
            return
        if d.status is CaseStatus.CLOSED:
            self.waiting_label.setText(self.tr("closed {time}").format(time=local_time(d.closed_at)))
            self.waiting_label.setStyleSheet("")
            return
        minutes = waiting_minutes(d, now)
        over = is_over_target(d, now)
        target = ""
        if d.current_level is not None:
            minutes = scales.level(d.current_level).target_minutes
            target = " (" + (self.tr("to be seen immediately") if minutes == 0 else
                             self.tr("target {minutes} min").format(minutes=minutes)) + ")"
        waiting = (self.tr("Waiting {waited} — over target") if over else
                   self.tr("Waiting {waited}")).format(waited=format_wait(minutes))
        self.waiting_label.setText(("⚠ " if over else "") + waiting + target)
        self.waiting_label.setStyleSheet("color: #B71C1C; font-weight: bold" if over else "")
