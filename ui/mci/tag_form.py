"""The mass-casualty tag form: one screen, keyboard only, one key per answer.

Why this shape: START/JumpSTART must take seconds a patient. The form asks only the question the
pure algorithm (``triage.mci.algorithms.tag``) says it needs next — its first missing answer — so
the order is the algorithm's own (START for adults, JumpSTART under 8 years). Y/N answers take one
key; the respiratory rate takes digits then Enter. The category and the branch that decided it,
in words, show after every answer. Enter on a complete tag saves it in a worker thread.

Sex, area and notes are optional (a patient with no name is the rule here, not the exception);
Tab reaches them. The same form re-tags a patient from the board (``retag``): pre-filled with the
tag's answers, the number fixed, and Enter stores a new version with ``retag_patient``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (QComboBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
                               QPushButton, QVBoxLayout, QWidget)

from triage.mci.algorithms import COLOURS, Assessment, AssessmentError, tag
from triage.mci.records import Incident, MciTag
from ui.context import AppContext
from ui.mci.words import category_word, colour_word, reason_text
from ui.widgets.workers import Task, TaskRunner

NUMERIC = {"resp_rate", "age_years"}
COLOUR_CSS = {"red": "#C62828", "yellow": "#F9A825", "green": "#2E7D32", "black": "#212121"}
# The store's codes (triage.store.incidents.SEXES) and what the form shows for them.
SEX_TITLES = {"": QT_TRANSLATE_NOOP("TagForm", "not recorded"), "F": QT_TRANSLATE_NOOP("TagForm", "female"),
              "M": QT_TRANSLATE_NOOP("TagForm", "male"), "O": QT_TRANSLATE_NOOP("TagForm", "other"),
              "U": QT_TRANSLATE_NOOP("TagForm", "unknown")}


class TagForm(QWidget):
    """Tags patients into ``incident``; ``saved`` carries the stored MciTag."""

    saved = Signal(object)
    photo_ready = Signal(bool)  # a photo was attached (True) or cleared (False)

    def __init__(self, ctx: AppContext, incident: Incident, parent: QWidget | None = None, *,
                 retag: MciTag | None = None):
        super().__init__(parent)
        self.setObjectName("MciRetagForm" if retag is not None else "MciTagForm")
        self.ctx, self.incident, self.retag = ctx, incident, retag
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
        self.status.setWordWrap(True)
        self.sex = QComboBox()
        self.sex.setObjectName("MciSex")
        for code, title in SEX_TITLES.items():
            self.sex.addItem(QCoreApplication.translate("TagForm", title), code)
        self.area = QLineEdit()
        self.area.setObjectName("MciArea")
        self.area.setPlaceholderText(self.tr("where the patient lies (optional)"))
        self.notes = QLineEdit()
        self.notes.setObjectName("MciNotes")
        self.notes.setPlaceholderText(self.tr("clothing, injuries, what was done (optional)"))
        # A photo helps find the patient again (no name in a disaster): read and re-encoded
        # without its metadata in the isolated decoder process, off the GUI thread.
        self.photo: bytes | None = None
        self.photo_runner = TaskRunner(self)
        self.photo_button = QPushButton(self.tr("Photo…"))
        self.photo_button.setObjectName("MciPhoto")
        self.photo_button.clicked.connect(self.choose_photo)
        self.photo_label = QLabel(self.tr("no photo"))
        self.photo_label.setObjectName("MciPhotoState")
        photo_row = QHBoxLayout()
        photo_row.addWidget(self.photo_button)
        photo_row.addWidget(self.photo_label, 1)
        form = QFormLayout()
        form.addRow(self.tr("Tag number"), self.tag_number)
        form.addRow(self.tr("Approximate age"), self.age)
        form.addRow(self.question, self.answer)
        form.addRow(self.tr("Sex"), self.sex)
        form.addRow(self.tr("Area"), self.area)
        form.addRow(self.tr("Notes"), self.notes)
        form.addRow(self.tr("Photo"), photo_row)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Incident: {name}").format(name=incident.name)))
        layout.addLayout(form)
        layout.addWidget(self.result_label)
        self.restart_button: QPushButton | None = None
        if retag is not None:
            self._prefill(retag)
            self.restart_button = QPushButton(self.tr("Ask again from the first question"))
            self.restart_button.clicked.connect(self.restart)
            layout.addWidget(self.restart_button)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.result = None
        self._update()

    def _prefill(self, current: MciTag) -> None:
        """Re-tag: the tag's answers and fields as they stand; its number cannot change."""
        self.tag_number.setText(current.tag_number)
        self.tag_number.setReadOnly(True)
        answers = dict(current.answers)
        age = answers.pop("age_years", current.age_years)
        if age is not None:
            self.age.setText(f"{float(age):g}")
        order = list(self.questions)  # Backspace takes back the algorithm's last question first
        self.answers = {k: answers[k] for k in sorted(
            (k for k, v in answers.items() if v is not None),
            key=lambda k: order.index(k) if k in order else -1)}
        self.sex.setCurrentIndex(max(0, self.sex.findData(current.sex)))
        self.area.setText(current.area)
        self.notes.setText(current.notes)

    def restart(self) -> None:
        """Re-assess from scratch (the age stays): the algorithm asks its first question again."""
        self.answers.clear()
        self.answer.clear()
        self._update()
        self.answer.setFocus()

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
            word=word, category=category_word(r.category).upper(), colour=colour_word(colour).lower(),
            why="; ".join(reason_text(reason) for reason in r.reasons)))
        self.result_label.setStyleSheet(f"color: white; background: {COLOUR_CSS[colour]}; "
                                        "font-size: 18pt; font-weight: bold; padding: 6px")

    # ------------------------------------------------------------------ saving
    def save(self) -> Task | None:
        """Store the tag in a worker; the form clears for the next patient when it is stored."""
        if self.result is None or self.pending is not None or self.ctx.user is None:
            return None
        age = self.assessment().age_years
        answers = dict(self.answers)
        if self.retag is not None:
            if age is not None:
                answers["age_years"] = age
            task = Task(self.ctx.store.retag_patient, self.ctx.user, self.incident.id,
                        self.retag.tag_number, answers, area=self.area.text(),
                        sex=self.sex.currentData(), photo=self.photo,
                        notes=self.notes.text(), with_callbacks=False)
        else:
            task = Task(self.ctx.store.tag_patient, self.ctx.user, self.incident.id, answers,
                        tag_number=self.tag_number.text().strip(), age_years=age,
                        sex=self.sex.currentData(), area=self.area.text(), notes=self.notes.text(),
                        photo=self.photo, with_callbacks=False)
        task.signals.finished.connect(self._saved)
        task.signals.failed.connect(lambda exc, _tb: self.status.setText(
            self.tr("Not saved: {error}").format(error=exc)))
        self.status.setText(self.tr("Saving…"))
        return self.runner.start(self._keep(task))

    def _saved(self, stored: MciTag) -> None:
        self.status.setText(self.tr("Saved tag {number}: {category}").format(
            number=stored.tag_number, category=stored.category))
        if self.retag is None:  # a new patient next; a re-tag's dialog closes instead
            self.answers.clear()
            self.tag_number.clear()
            self.age.clear()
            self.sex.setCurrentIndex(0)
            self.area.clear()
            self.notes.clear()
            self._set_photo(None)
            self._update()
        self.saved.emit(stored)

    # ------------------------------------------------------------------ photo
    def choose_photo(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Photo of the patient"), "",
                                                    self.tr("Images (*.png *.jpg *.jpeg)"))
        if path:
            self.attach_photo(Path(path))

    def attach_photo(self, path: Path) -> Task:
        """Read ``path`` in a worker; the decoder process re-encodes it without metadata. A
        file that is not a photo is refused in words, and the answers typed so far stay."""
        task = Task(read_photo, Path(path), with_callbacks=False)
        task.signals.finished.connect(lambda data, name=Path(path).name: self._set_photo(data, name))
        task.signals.failed.connect(lambda exc, _tb: self.photo_label.setText(
            self.tr("Photo not attached: {error}").format(error=exc)))
        self.photo_label.setText(self.tr("Reading the photo…"))
        return self.photo_runner.start(self._keep(task))

    def _keep(self, task: Task) -> Task:
        """A superseded task still runs: keep it alive until it reports."""
        self._live.add(task)
        for sig in (task.signals.finished, task.signals.failed, task.signals.cancelled):
            sig.connect(lambda *_a, t=task: self._live.discard(t))
        return task

    def _set_photo(self, data: bytes | None, name: str = "") -> None:
        self.photo = data
        self.photo_label.setText(self.tr("no photo") if data is None else self.tr(
            "{name}: {size} KB, metadata removed").format(name=name, size=max(1, len(data) // 1024)))
        self.photo_ready.emit(data is not None)


def read_photo(path: Path) -> bytes:
    """The photo at ``path`` re-encoded without metadata (EXIF: place, device, time) in the
    isolated decoder process; raises ``ImageReadError`` / ``ImageNotDecodable`` in words."""
    from triage.imaging.guards import load_source
    from triage.imaging.isolation import clean_photo_bytes

    data, name = load_source(path, path.name)
    return clean_photo_bytes(data, name)
