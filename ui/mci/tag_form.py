"""The mass-casualty tag form: one screen, keyboard only, one key per answer.

Why this shape: START/JumpSTART must take seconds a patient. The form asks only the question the
pure algorithm (``triage.mci.algorithms.tag``) says it needs next — its first missing answer — so
the order is the algorithm's own (START for adults, JumpSTART under 8 years). Y/N answers take one
key; the respiratory rate takes digits then Enter. The category and the branch that decided it,
in words, show after every answer. Enter on a complete tag saves it in a worker thread.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from triage.mci.algorithms import COLOURS, Assessment, AssessmentError, tag
from triage.mci.records import Incident, MciTag
from ui.context import AppContext
from ui.widgets.workers import Task, TaskRunner

NUMERIC = {"resp_rate", "age_years"}
COLOUR_CSS = {"red": "#C62828", "yellow": "#F9A825", "green": "#2E7D32", "black": "#212121"}


class TagForm(QWidget):
    """Tags patients into ``incident``; ``saved`` carries the stored MciTag."""

    saved = Signal(object)

    def __init__(self, ctx: AppContext, incident: Incident, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("MciTagForm")
        self.ctx, self.incident = ctx, incident
        self.runner = TaskRunner(self)
        self._live: set[Task] = set()
        self.answers: dict[str, Any] = {}
        self.questions = {
            "walking": self.tr("Walking? (Y/N)"),
            "breathing": self.tr("Breathing? (Y/N)"),
            "breathing_after_airway": self.tr("Breathing after repositioning the airway? (Y/N)"),
            "resp_rate": self.tr("Respiratory rate per minute? (digits, Enter)"),
            "radial_pulse": self.tr("Radial pulse present? (Y/N)"),
            "obeys_commands": self.tr("Obeys simple commands? (Y/N)"),
            "pulse_palpable": self.tr("Palpable peripheral pulse? (Y/N)"),
            "breathing_after_rescue_breaths": self.tr("Breathing after 5 rescue breaths? (Y/N)"),
            "avpu": self.tr("AVPU? (A/V/P/U)"),
            "posturing_or_inappropriate_pain_response":
                self.tr("Posturing or inappropriate response to pain? (Y/N)"),
        }
        self.tag_number = QLineEdit()
        self.tag_number.setObjectName("MciTagNumber")
        self.tag_number.setPlaceholderText(self.tr("next free number"))
        self.age = QLineEdit()
        self.age.setObjectName("MciAge")
        self.age.setPlaceholderText(self.tr("years (under 8: JumpSTART)"))
        self.age.textChanged.connect(lambda _t: self._update())
        self.question = QLabel()
        self.question.setObjectName("MciQuestion")
        self.answer = QLineEdit()
        self.answer.setObjectName("MciAnswer")
        self.answer.installEventFilter(self)
        self.result_label = QLabel()
        self.result_label.setObjectName("MciCategory")
        self.result_label.setWordWrap(True)
        self.status = QLabel()
        self.status.setObjectName("MciStatus")
        form = QFormLayout()
        form.addRow(self.tr("Tag number"), self.tag_number)
        form.addRow(self.tr("Approximate age"), self.age)
        form.addRow(self.question, self.answer)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Incident: {name}").format(name=incident.name)))
        layout.addLayout(form)
        layout.addWidget(self.result_label)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.result = None
        self._update()

    def first_field(self) -> QWidget:
        return self.answer

    # ------------------------------------------------------------------ answering
    def assessment(self) -> Assessment:
        data = dict(self.answers)
        text = self.age.text().strip()
        if text:
            try:
                data["age_years"] = float(text)
            except ValueError:
                pass
        return Assessment.from_mapping(data)

    @property
    def pending(self) -> str | None:
        """The question the algorithm needs answered next (None: the tag is complete)."""
        return self.result.missing[0] if self.result is not None and self.result.missing else None

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if obj is self.answer and event.type() == QEvent.Type.KeyPress:
            return self._key(event.key(), event.text())
        return super().eventFilter(obj, event)

    def _key(self, key: int, text: str) -> bool:
        """True: the key was an answer (consumed). Digits are typed into the box for the RR."""
        name = self.pending
        enter = key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if key == Qt.Key.Key_Backspace and not self.answer.text() and self.answers:
            self.answers.popitem()
            self._update()
            return True
        if name is None:
            if enter:
                self.save()
            return True
        if name in NUMERIC:
            if enter and self.answer.text().strip().isdigit():
                self._answer(name, int(self.answer.text()))
                return True
            return not (text.isdigit() or key == Qt.Key.Key_Backspace)
        t = text.upper()
        if name == "avpu" and t in ("A", "V", "P", "U"):
            self._answer(name, t)
        elif name != "avpu" and t in ("Y", "N"):
            self._answer(name, t == "Y")
        return True

    def _answer(self, name: str, value: Any) -> None:
        self.answers[name] = value
        self.answer.clear()
        self._update()

    def _update(self) -> None:
        try:
            self.result = tag(self.assessment())
        except AssessmentError as exc:
            self.result = None
            self.result_label.setText(str(exc))
            return
        r = self.result
        name = self.pending
        self.question.setText(self.questions.get(name, name or "") if name else
                              self.tr("Complete — Enter saves the tag"))
        colour = COLOURS[r.category]
        word = self.tr("provisional ") if r.provisional else ""
        self.result_label.setText(self.tr("{word}{category} ({colour}) — {why}").format(
            word=word, category=r.category.upper(), colour=colour, why="; ".join(r.reasons)))
        self.result_label.setStyleSheet(f"color: white; background: {COLOUR_CSS[colour]}; "
                                        "font-size: 18pt; font-weight: bold; padding: 6px")

    # ------------------------------------------------------------------ saving
    def save(self) -> Task | None:
        """Store the tag in a worker; the form clears for the next patient when it is stored."""
        if self.result is None or self.pending is not None or self.ctx.user is None:
            return None
        age = self.assessment().age_years
        answers = dict(self.answers)
        task = Task(self.ctx.store.tag_patient, self.ctx.user, self.incident.id, answers,
                    tag_number=self.tag_number.text().strip(), age_years=age,
                    with_callbacks=False)
        task.signals.finished.connect(self._saved)
        task.signals.failed.connect(lambda exc, _tb: self.status.setText(
            self.tr("Not saved: {error}").format(error=exc)))
        self.status.setText(self.tr("Saving…"))
        self._live.add(task)  # a superseded task still runs: keep it alive until it reports
        for sig in (task.signals.finished, task.signals.failed, task.signals.cancelled):
            sig.connect(lambda *_a, t=task: self._live.discard(t))
        return self.runner.start(task)

    def _saved(self, stored: MciTag) -> None:
        self.status.setText(self.tr("Saved tag {number}: {category}").format(
            number=stored.tag_number, category=stored.category))
        self.answers.clear()
        self.tag_number.clear()
        self.age.clear()
        self._update()
        self.saved.emit(stored)
