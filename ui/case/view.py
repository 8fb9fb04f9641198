"""One case for the clinician: intake, vital-sign history, images, the suggestion and the actions.

Every action goes through the store (which checks the permission and writes the audit row); this
screen only enables what the user's roles allow and says why the domain refused when it does.
Writes run in workers, never on the GUI thread: another desk may hold the database's write lock
for up to the busy timeout. One write at a time (the action buttons are disabled meanwhile); the
worker re-reads the case after writing, and a refused write keeps what the user typed.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any, Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QGridLayout,
                               QGroupBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QListWidget,
                               QListWidgetItem, QPlainTextEdit, QPushButton, QSplitter,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from triage import scales
from triage.errors import InvalidIntake, StorageError, TriageError
from triage.intake import FIELD_LABELS, RANGES, Intake, Vitals, parse_intake, parse_vitals
from triage.records import (CaseDetail, CaseStatus, Decision, IntakeChange, IntakeRevision, Role,
                            VitalSet)
from triage.suggestion import ImageAssessment, Suggestion

from ui.context import AppContext
from ui.widgets.image_viewer import ImageViewer
from ui.labels import ARRIVAL_LABELS, INJURY_LABELS, SEX_LABELS
from ui.widgets.level_badge import LevelBadge, level_icon
from ui.widgets.suggestion_panel import SuggestionPanel
from ui.widgets.workers import Task, TaskRunner
from ui.worklist import POLL_MS, STATUS_TEXT, format_wait, is_over_target, utcnow, waiting_minutes

# A flowsheet: one row per parameter, one column per vital-sign set (oldest on the left).
VITAL_ROWS = (("heart_rate", "HR /min"), ("resp_rate", "RR /min"), ("bp", "BP mmHg"),
              ("spo2", "SpO2 %"), ("temperature_c", "Temp °C"), ("pain", "Pain 0-10"),
              ("avpu", "AVPU"), ("gcs", "GCS"), ("on_oxygen", "On O2"), ("recorded_by", "By"))
RETRIAGE_FIELDS = (("heart_rate", "HR", "/min"), ("resp_rate", "RR", "/min"),
                   ("sbp", "SBP", "mmHg"), ("dbp", "DBP", "mmHg"), ("spo2", "SpO2", "%"),
                   ("temperature", "Temp", "°C"), ("pain", "Pain", "0-10"), ("gcs", "GCS", ""))


def local_time(when: datetime | None) -> str:
    if when is None:
        return ""
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return when.astimezone().strftime("%Y-%m-%d %H:%M")


def vital_cells(vital_set: VitalSet) -> list[str]:
    """One flowsheet column: the values of ``VITAL_ROWS`` for one set ('' when not measured)."""
    v: Vitals = vital_set.vitals
    bp = "" if v.sbp is None and v.dbp is None else \
        f"{v.sbp if v.sbp is not None else '–'}/{v.dbp if v.dbp is not None else '–'}"
    oxygen = {True: "yes", False: "no", None: None}[v.on_oxygen]
    values: dict[str, Any] = {**v.to_dict(), "bp": bp, "on_oxygen": oxygen,
                              "recorded_by": vital_set.recorded_by}
    return ["" if values.get(key) is None else str(values[key]) for key, _ in VITAL_ROWS]


@dataclass(frozen=True)
class Saved:
    """What a write worker hands back: the case as it stands after the write (``detail`` None if
    re-reading it failed; the poll re-reads it later) and the data version read before it."""
    detail: CaseDetail | None
    version: int | None
    suggestion: Suggestion | None = None


def read_back(store: Any, user: Any, case_id: int) -> Saved:
    """The case after a write, read in the worker. The write already happened, so a failed read
    is not reported as a failed write."""
    try:
        version = store.data_version()
        return Saved(store.case_detail(user, case_id), version)
    except TriageError:
        return Saved(None, None)


def write_case(store: Any, user: Any, case_id: int, write: Callable[[], object]) -> Saved:
    """Worker body of an action: the store write (permission, audit row), then the case re-read."""
    write()
    return read_back(store, user, case_id)


def suggest_for(engine: Any, intake: Intake, images: tuple[ImageAssessment, ...], *, progress,
                cancelled) -> Suggestion:
    """The engine's suggestion for the case with its new vitals."""
    progress(0.1, "suggesting")
    if engine is None:  # the background load has not finished: load one here, off the GUI thread
        from triage.engine import Engine
        engine = Engine.load()
    return engine.suggest(intake, images)


def retriage_case(engine: Any, store: Any, user: Any, case_id: int, intake: Intake,
                  images: tuple[ImageAssessment, ...], *, progress, cancelled) -> Saved:
    """Worker body of a re-triage: the suggestion, then the new vital set saved with it. Nothing is
    saved once the view moved on to another case (cancelled)."""
    suggestion = suggest_for(engine, intake, images, progress=progress, cancelled=cancelled)
    if cancelled():
        raise InterruptedError("re-triage cancelled")
    progress(0.8, "saving")
    store.retriage(user, case_id, intake.vitals, suggestion)
    saved = read_back(store, user, case_id)
    return Saved(saved.detail, saved.version, suggestion)


EDIT_LABELS = {**FIELD_LABELS, "mrn": "MRN", "phone": "Phone", "injury": "Injury"}


def intake_values(d: CaseDetail) -> dict[str, str]:
    """A case's editable intake as the text the edit dialog shows (and ``parse_intake`` reads)."""
    p = d.patient
    return {"complaint": d.complaint, "arrival_mode": d.arrival_mode.value,
            "injury": {True: "yes", False: "no", None: ""}[d.injury], "name": p.name,
            "birth_date": p.birth_date.isoformat() if p.birth_date else "",
            "age_years": "" if p.age_years is None else str(p.age_years), "sex": p.sex.value,
            "mrn": p.mrn, "phone": p.phone}


def revision_text(r: IntakeRevision) -> str:
    """One history line: who changed which fields, with the values they replaced."""
    what = {"edit": "edited the intake", "link": "updated the patient at a new visit",
            "merge": "merged a duplicate patient record"}.get(r.kind, r.kind)
    before = "; ".join(f"{EDIT_LABELS.get(k, k)} was {'—' if v in (None, '') else v}"
                       for k, v in r.previous.items())
    return f"{local_time(r.revised_at)} {r.revised_by} {what}: {before}"


class IntakeEditDialog(QDialog):
    """Edit an open case's complaint, arrival, injury and patient details. Validated here as a
    whole intake (errors named inline); ``changes()`` holds only what differs from the case."""

    def __init__(self, detail: CaseDetail, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(f"Edit intake of case {detail.case_id}")
        self.original = intake_values(detail)
        self.fields: dict[str, QWidget] = {}
        form = QFormLayout(self)
        choices = {"arrival_mode": {m.value: t for m, t in ARRIVAL_LABELS.items()},
                   "injury": INJURY_LABELS, "sex": {x.value: t for x, t in SEX_LABELS.items()}}
        for name, value in self.original.items():
            if name in choices:
                widget: QWidget = QComboBox()
                for data, text in choices[name].items():
                    widget.addItem(text, data)
                widget.setCurrentIndex(max(widget.findData(value), 0))
            elif name == "complaint":
                widget = QPlainTextEdit(value)
                widget.setMaximumHeight(80)
            else:
                widget = QLineEdit(value)
            widget.setObjectName(f"edit_{name}")
            self.fields[name] = widget
            form.addRow(EDIT_LABELS.get(name, name), widget)
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
            self.error_label.setText("Nothing changed.")
            return False
        self.error_label.setText("")
        self.accept()
        return True


def update_intake(store: Any, user: Any, case_id: int, changes: IntakeChange) -> int:
    """The worker's job: one audited revision (see ``CaseStore.update_intake``)."""
    return store.update_intake(user, case_id, changes)


class CaseView(QWidget):
    """``show_case(case_id)`` loads and shows one case; ``case_changed`` fires after each action."""

    case_changed = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *,
                 now: Callable[[], datetime] = utcnow):
        super().__init__(parent)
        self.ctx, self.now = ctx, now
        self.setObjectName("CaseView")
        self.detail: CaseDetail | None = None
        self.runner = TaskRunner(self)
        self.retriage_task: Task | None = None
        self.write_task: Task | None = None  # one action write at a time
        self.write_runner = TaskRunner(self)
        self._write: tuple[str, int, Callable[[], None] | None, bool] | None = None
        self.edit_task: Task | None = None
        self.edit_runner = TaskRunner(self)  # apart from re-triage: neither cancels the other
        self._edit_case_id: int | None = None
        self._retriage_case_id: int | None = None
        self._shown_attachments: tuple[int, ...] | None = None
        self._seen_version: int | None = None

        # header: who, level, waiting time — what a clinician must see at a glance
        self.badge = LevelBadge(None, large=True)
        self.title_label = QLabel("No case selected")
        self.title_label.setObjectName("CaseTitle")
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title_label.setFont(font)
        self.waiting_label = QLabel("")
        self.waiting_label.setObjectName("CaseWaiting")
        self.status_label = QLabel("")
        header = QHBoxLayout()
        header.addWidget(self.badge)
        header.addWidget(self.title_label, 1)
        header.addWidget(self.waiting_label)
        header.addWidget(self.status_label)

        self.message_label = QLabel("")
        self.message_label.setObjectName("CaseMessage")
        self.message_label.setWordWrap(True)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self._build_left())
        self.viewer = ImageViewer(self)
        splitter.addWidget(self._build_images())
        splitter.addWidget(self._build_right())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 4)
        splitter.setStretchFactor(2, 4)
        splitter.setSizes([380, 540, 480])

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.message_label)
        layout.addWidget(splitter, 1)

        self.tick_timer = QTimer(self, interval=15_000)
        self.tick_timer.timeout.connect(self._update_waiting)
        self.tick_timer.start()
        self.poll_timer = QTimer(self, interval=POLL_MS)
        self.poll_timer.timeout.connect(self.poll)
        self.poll_timer.start()
        self._set_enabled_actions()

    # ------------------------------------------------------------------ layout
    def _build_left(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        intake_box = QGroupBox("Intake")
        self.intake_form = QFormLayout(intake_box)
        self.complaint_label = QLabel("")
        self.complaint_label.setWordWrap(True)
        self.complaint_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.patient_label = QLabel("")
        self.arrival_label = QLabel("")
        self.arrival_label.setWordWrap(True)
        self.patient_label.setWordWrap(True)
        self.intake_form.addRow("Complaint", self.complaint_label)
        self.intake_form.addRow("Patient", self.patient_label)
        self.intake_form.addRow("Arrival", self.arrival_label)
        self.edited_label = QLabel("")
        self.edited_label.setObjectName("IntakeEdited")
        self.edit_button = QPushButton("Edit intake…")
        self.edit_button.setToolTip("Correct the complaint, arrival or patient details; "
                                    "the original stays in the history")
        self.edit_button.clicked.connect(self.edit_intake)
        edit_row = QHBoxLayout()
        edit_row.addWidget(self.edited_label, 1)
        edit_row.addWidget(self.edit_button)
        self.intake_form.addRow(edit_row)
        layout.addWidget(intake_box)

        vitals_box = QGroupBox("Vital signs (each re-triage adds a column)")
        vl = QVBoxLayout(vitals_box)
        self.vitals_table = QTableWidget(len(VITAL_ROWS), 0)
        self.vitals_table.setVerticalHeaderLabels([title for _, title in VITAL_ROWS])
        self.vitals_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.vitals_table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        self.vitals_table.verticalHeader().setDefaultSectionSize(22)
        self.vitals_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        vl.addWidget(self.vitals_table)
        layout.addWidget(vitals_box, 3)

        history_box = QGroupBox("Reviews, notes and intake edits")
        hl = QVBoxLayout(history_box)
        self.history_list = QListWidget()
        self.history_list.setWordWrap(True)
        hl.addWidget(self.history_list)
        layout.addWidget(history_box, 2)
        return box

    def _build_images(self) -> QWidget:
        box = QGroupBox("Images")
        layout = QVBoxLayout(box)
        self.attachment_list = QListWidget()
        self.attachment_list.setMaximumHeight(44)
        self.attachment_list.currentRowChanged.connect(self._show_attachment)
        self.no_images_label = QLabel("No images attached")
        layout.addWidget(self.attachment_list)
        layout.addWidget(self.no_images_label)
        layout.addWidget(self.viewer, 1)
        return box

    def _build_right(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.suggestion_panel = SuggestionPanel(title="Suggestion")
        layout.addWidget(self.suggestion_panel, 3)

        review_box = QGroupBox("Decision")
        grid = QGridLayout(review_box)
        self.accept_button = QPushButton("Accept suggested level")
        self.accept_button.clicked.connect(self.accept)
        grid.addWidget(self.accept_button, 0, 0, 1, 3)
        self.override_level = QComboBox()
        for number in sorted(scales.LEVELS):
            self.override_level.addItem(level_icon(number), scales.label(number), number)
        self.override_reason = QLineEdit()
        self.override_reason.setPlaceholderText("Reason for the override (required)")
        self.override_reason.textChanged.connect(self._set_enabled_actions)
        self.override_level.currentIndexChanged.connect(self._set_enabled_actions)
        self.override_button = QPushButton("Override")
        self.override_button.clicked.connect(self.override)
        grid.addWidget(QLabel("Override to"), 1, 0)
        grid.addWidget(self.override_level, 1, 1, 1, 2)
        grid.addWidget(self.override_reason, 2, 0, 1, 2)
        grid.addWidget(self.override_button, 2, 2)
        self.close_button = QPushButton("Close case")
        self.close_button.clicked.connect(self.close_case)
        grid.addWidget(self.close_button, 3, 0, 1, 3)
        layout.addWidget(review_box)

        retriage_box = QGroupBox("Re-triage with new vital signs")
        rl = QGridLayout(retriage_box)
        self.retriage_edits: dict[str, QLineEdit] = {}
        for i, (name, label, unit) in enumerate(RETRIAGE_FIELDS):
            edit = QLineEdit()
            rng = RANGES["temperature_c" if name == "temperature" else name]
            edit.setPlaceholderText(unit or rng.text())
            edit.setToolTip(f"{label}: possible range {rng.text()}")
            self.retriage_edits[name] = edit
            rl.addWidget(QLabel(label), i // 4 * 2, i % 4)
            rl.addWidget(edit, i // 4 * 2 + 1, i % 4)
        self.retriage_avpu = QComboBox()
        self.retriage_avpu.addItem("AVPU —", "")
        for code, text in (("A", "Alert"), ("V", "Voice"), ("P", "Pain"), ("U", "Unresponsive")):
            self.retriage_avpu.addItem(f"{code} — {text}", code)
        self.retriage_button = QPushButton("Re-triage")
        self.retriage_button.clicked.connect(self.retriage)
        rl.addWidget(self.retriage_avpu, 4, 0, 1, 2)
        rl.addWidget(self.retriage_button, 4, 2, 1, 2)
        layout.addWidget(retriage_box)

        note_box = QGroupBox("Note")
        nl = QHBoxLayout(note_box)
        self.note_edit = QPlainTextEdit()
        self.note_edit.setMaximumHeight(60)
        self.note_edit.textChanged.connect(self._set_enabled_actions)
        self.note_button = QPushButton("Add note")
        self.note_button.clicked.connect(self.add_note)
        nl.addWidget(self.note_edit, 1)
        nl.addWidget(self.note_button)
        layout.addWidget(note_box)
        return box

    # ------------------------------------------------------------------ loading
    def show_case(self, case_id: int) -> bool:
        """Load and show a case (a read). A clinician opening a waiting case starts its review
        (an audited write, in a worker; the actions wait for it)."""
        user = self.ctx.user
        try:
            version = self._data_version()
            detail = self.ctx.store.case_detail(user, case_id)
        except TriageError as exc:
            self._say(f"Could not open case {case_id}: {exc}", error=True)
            return False
        self.runner.cancel()
        self.detail = detail
        self._shown_attachments = None
        self._seen_version = version
        self._say("")
        self._render(new_case=True)
        self._start_review_if_waiting()
        return True

    def _start_review_if_waiting(self) -> None:
        """A clinician who opened a waiting case starts its review (once the view's previous
        write, if any, has ended)."""
        d, user = self.detail, self.ctx.user
        if (d is not None and d.status is CaseStatus.WAITING and self._can(Role.CLINICIAN)
                and self.write_task is None):
            self._start_write("Starting the review",
                              lambda: self.ctx.store.start_review(user, d.case_id), quiet=True)

    def reload(self) -> None:
        if self.detail is not None:
            self._seen_version = self._data_version()
            self.detail = self.ctx.store.case_detail(self.ctx.user, self.detail.case_id)
            self._render()

    def busy(self) -> bool:
        """A worker of this view may be writing (and waiting for the database's write lock)."""
        return any(t is not None for t in (self.write_task, self.retriage_task, self.edit_task))

    def poll(self) -> None:
        """Another desk may have changed this case (a review, a note): re-read it when the
        database changed. What is typed in the action fields stays. Not while this view writes:
        the worker re-reads the case itself, and a read now would wait for its write."""
        if self.detail is None or not self.isVisible() or self.busy():
            return
        if self._data_version() != self._seen_version:
            try:
                self.reload()
            except TriageError as exc:
                self._say(f"Could not refresh the case: {exc}", error=True)

    def _data_version(self) -> int | None:
        try:
            return self.ctx.store.data_version()
        except TriageError:
            return None

    def _render(self, *, new_case: bool = False) -> None:
        d = self.detail
        assert d is not None
        self.badge.set_level(d.current_level)
        p = d.patient
        age = p.age_on(d.arrival_time.date())
        demo = " · DEMO DATA" if d.is_demo else ""
        self.title_label.setText(f"Case {d.case_id}: {p.name or 'unknown patient'}, "
                                 f"{'?' if age is None else age} {p.sex.value}{demo}")
        self.status_label.setText(STATUS_TEXT.get(d.status, str(d.status)))
        self.complaint_label.setText(d.complaint)
        ident = [f"MRN {p.mrn}" if p.mrn else "", f"born {p.birth_date}" if p.birth_date else ""]
        self.patient_label.setText(", ".join(x for x in ident if x) or "—")
        injury = {True: "injury", False: "no injury", None: "injury unknown"}[d.injury]
        self.arrival_label.setText(f"{local_time(d.arrival_time)} · "
                                   f"{d.arrival_mode.value.replace('_', ' ')} · {injury} · "
                                   f"entered by {d.created_by}")
        self._update_waiting()

        self.vitals_table.setColumnCount(len(d.vitals))
        self.vitals_table.setHorizontalHeaderLabels(
            [local_time(v.recorded_at).replace(" ", "\n") for v in d.vitals])
        for col, vital_set in enumerate(d.vitals):
            for row, text in enumerate(vital_cells(vital_set)):
                self.vitals_table.setItem(row, col, QTableWidgetItem(text))
        if d.vitals:
            self.vitals_table.scrollToItem(self.vitals_table.item(0, len(d.vitals) - 1))

        self.history_list.clear()
        events: list[tuple[datetime, str]] = []
        for r in d.reviews:
            verb = "accepted" if r.decision is Decision.ACCEPT else "overrode"
            text = f"{local_time(r.signed_at)} {r.reviewer} {verb}: level {scales.label(r.final_level)}"
            if r.suggested_level is not None and r.decision is Decision.OVERRIDE:
                text += f" (suggested {r.suggested_level})"
            if r.reason:
                text += f" — {r.reason}"
            events.append((r.signed_at, text))
        for n in d.notes:
            events.append((n.created_at, f"{local_time(n.created_at)} {n.author} note: {n.text}"))
        for rev in d.revisions:
            events.append((rev.revised_at, revision_text(rev)))
        edits = len(d.revisions)
        self.edited_label.setText("" if not edits else
                                  f"edited {edits} time{'s' if edits != 1 else ''} (see history)")
        for _, text in sorted(events, key=lambda e: e[0]):
            QListWidgetItem(text, self.history_list)

        suggestion = d.latest_suggestion
        self.suggestion_panel.show_suggestion(suggestion)
        when = d.suggestions[-1].created_at if d.suggestions else None
        self.suggestion_panel.set_status(f"made {local_time(when)}" if when else "no suggestion")
        if suggestion is not None:
            self.accept_button.setText(f"Accept level {scales.label(suggestion.level)}")
        else:
            self.accept_button.setText("Accept suggested level")
        if new_case:  # preselect a level other than the suggestion; later re-reads keep the choice
            suggested = suggestion.level if suggestion is not None else None
            other = next(n for n in sorted(scales.LEVELS) if n != suggested)
            self.override_level.setCurrentIndex(self.override_level.findData(
                d.current_level if d.current_level not in (None, suggested) else other))

        self._render_attachments(d)
        self._set_enabled_actions()

    def _render_attachments(self, d: CaseDetail) -> None:
        """List the images; decode again only when the set changed (an action or a refresh keeps
        the image, its zoom and its window as they are)."""
        ids = tuple(a.id for a in d.attachments)
        if ids == self._shown_attachments:
            return
        self._shown_attachments = ids
        self.attachment_list.blockSignals(True)
        self.attachment_list.clear()
        for a in d.attachments:
            finding = a.assessment.finding if a.assessment else ""
            label = " · ".join(x for x in (a.original_name, a.modality, a.body_part, finding) if x)
            QListWidgetItem(label, self.attachment_list)
        self.attachment_list.blockSignals(False)
        self.no_images_label.setVisible(not d.attachments)
        self.viewer.setVisible(bool(d.attachments))
        if d.attachments:
            self.attachment_list.setCurrentRow(0)
            self._show_attachment(0)
        else:
            self.viewer.clear()

    def _show_attachment(self, row: int) -> None:
        if self.detail is None or not (0 <= row < len(self.detail.attachments)):
            return
        self.viewer.load(self.detail.attachments[row])

    def _update_waiting(self) -> None:
        d = self.detail
        if d is None:
            self.waiting_label.clear()
            return
        if d.status is CaseStatus.CLOSED:
            self.waiting_label.setText(f"closed {local_time(d.closed_at)}")
            self.waiting_label.setStyleSheet("")
            return
        now = self.now()
        minutes = waiting_minutes(d, now)
        over = is_over_target(d, now)
        target = f" (target {scales.level(d.current_level).target_minutes} min)" \
            if d.current_level is not None else ""
        self.waiting_label.setText(("⚠ " if over else "") + f"Waiting {format_wait(minutes)}"
                                   + (" — over target" if over else "") + target)
        self.waiting_label.setStyleSheet("color: #B71C1C; font-weight: bold" if over else "")

    # ------------------------------------------------------------------ actions
    def _can(self, role: Role) -> bool:
        return self.ctx.user is not None and self.ctx.user.has(role)

    def _set_enabled_actions(self, *_args) -> None:
        d = self.detail
        open_case = d is not None and d.status is not CaseStatus.CLOSED
        clinician = self._can(Role.CLINICIAN)
        has_suggestion = d is not None and d.latest_suggestion is not None
        idle = self.write_task is None  # fields stay editable while a write is in flight
        self.accept_button.setEnabled(idle and open_case and clinician and has_suggestion)
        self.override_button.setEnabled(idle and open_case and clinician
                                        and bool(self.override_reason.text().strip()))
        self.override_level.setEnabled(open_case and clinician)
        self.override_reason.setEnabled(open_case and clinician)
        self.close_button.setEnabled(idle and open_case and clinician)
        self.retriage_button.setEnabled(open_case and self.retriage_task is None)
        self.note_button.setEnabled(idle and d is not None
                                    and bool(self.note_edit.toPlainText().strip()))
        self.edit_button.setEnabled(open_case and self.edit_task is None
                                    and (clinician or self._can(Role.NURSE)))

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message_label.setText(html.escape(text))
        self.message_label.setStyleSheet("color: #B71C1C; font-weight: bold" if error
                                         else "color: #1B5E20")

    def _refused(self, description: str, exc: BaseException, trace: str) -> None:
        """Say why a write did not happen; an unexpected error also goes to the error report."""
        if isinstance(exc, StorageError):
            self._say(f"{description} not saved: {exc}. What you typed is kept.", error=True)
        elif isinstance(exc, (TriageError, ValueError)):
            self._say(f"{description} refused: {exc}", error=True)
        else:
            self._say(f"{description} failed ({type(exc).__name__}). What you typed is kept.",
                      error=True)
            report = getattr(self.window(), "report_worker_error", None)
            if report:
                report(f"{type(exc).__name__}: {exc}", trace)

    def _show_saved(self, case_id: int, saved: Saved) -> bool:
        """Show the case as the worker re-read it; False when the view has moved on."""
        if self.detail is None or self.detail.case_id != case_id:
            return False
        if saved.detail is not None:
            self.detail, self._seen_version = saved.detail, saved.version
            self._render()
        return True

    def _start_write(self, description: str, write: Callable[[], object],
                     on_saved: Callable[[], None] | None = None, *,
                     quiet: bool = False) -> Task | None:
        """Run one store write and the re-read after it in a worker; None while one is running.
        ``quiet``: say nothing unless it fails (opening a case for review)."""
        if self.detail is None or self.write_task is not None:
            return None
        case_id = self.detail.case_id
        task = Task(write_case, self.ctx.store, self.ctx.user, case_id, write,
                    with_callbacks=False)
        task.signals.finished.connect(self._write_done)
        task.signals.failed.connect(self._write_failed)
        self.write_task, self._write = task, (description, case_id, on_saved, quiet)
        if not quiet:
            self._say(f"{description}: saving…")
        self._set_enabled_actions()
        return self.write_runner.start(task)

    def _write_done(self, saved: Saved) -> None:
        description, case_id, on_saved, quiet = self._write
        self.write_task, self._write = None, None
        shown = self._show_saved(case_id, saved)
        if shown:
            if not quiet:
                self._say(f"{description}: saved")
            if on_saved is not None:
                on_saved()
        self._set_enabled_actions()
        self.case_changed.emit(case_id)
        self.ctx.signals.case_changed.emit(case_id)
        if not shown:  # another case was opened meanwhile
            self._start_review_if_waiting()

    def _write_failed(self, exc: BaseException, trace: str) -> None:
        description, case_id, _, _ = self._write
        self.write_task, self._write = None, None
        if self.detail is not None and self.detail.case_id == case_id:
            self._refused(description, exc, trace)
        else:
            self._start_review_if_waiting()
        self._set_enabled_actions()

    def accept(self) -> Task | None:
        """Sign the suggested level (in a worker); the started Task, or None."""
        d = self.detail
        if d is None or d.latest_suggestion is None:
            return None
        user, level = self.ctx.user, d.latest_suggestion.level
        return self._start_write(f"Accepted level {level}", lambda: self.ctx.store.review(
            user, d.case_id, Decision.ACCEPT, level, ""))

    def override(self) -> Task | None:
        """Sign another level with the typed reason; the reason is cleared only once saved."""
        d = self.detail
        if d is None:
            return None
        user, level = self.ctx.user, int(self.override_level.currentData())
        reason = self.override_reason.text().strip()
        return self._start_write(f"Overridden to level {level}", lambda: self.ctx.store.review(
            user, d.case_id, Decision.OVERRIDE, level, reason), self.override_reason.clear)

    def close_case(self) -> Task | None:
        d, user = self.detail, self.ctx.user
        if d is None:
            return None
        return self._start_write("Case closed", lambda: self.ctx.store.close_case(user, d.case_id))

    def add_note(self) -> Task | None:
        d, user = self.detail, self.ctx.user
        text = self.note_edit.toPlainText().strip()
        if d is None or not text:
            return None
        return self._start_write("Note added", lambda: self.ctx.store.add_note(
            user, d.case_id, text), self.note_edit.clear)

    def retriage_form(self) -> dict[str, object]:
        form: dict[str, object] = {name: edit.text() for name, edit in self.retriage_edits.items()}
        form["avpu"] = self.retriage_avpu.currentData()
        return form

    def retriage(self) -> Task | None:
        """Validate the new vitals, then run the engine and save them with its suggestion in a
        worker; the started Task, or None."""
        d = self.detail
        if d is None or self.retriage_task is not None:
            return None
        try:
            vitals = parse_vitals(self.retriage_form())
        except InvalidIntake as exc:
            self._say("Re-triage: " + "; ".join(e.message for e in exc.errors), error=True)
            return None
        intake = Intake(patient=d.patient, complaint=d.complaint, vitals=vitals,
                        arrival_mode=d.arrival_mode, injury=d.injury, arrival_time=d.arrival_time)
        images = tuple(a.assessment for a in d.attachments if a.assessment is not None)
        task = Task(retriage_case, self.ctx.engine, self.ctx.store, self.ctx.user, d.case_id,
                    intake, images)
        self._retriage_case_id = d.case_id
        task.signals.finished.connect(self._retriage_done)
        task.signals.failed.connect(self._retriage_failed)
        task.signals.cancelled.connect(self._retriage_cancelled)
        self.retriage_task = task
        self._say("Re-triage: computing the suggestion…")
        self._set_enabled_actions()
        return self.runner.start(task)

    def _retriage_done(self, saved: Saved) -> None:
        self.retriage_task, case_id = None, self._retriage_case_id
        if self._show_saved(case_id, saved):
            self._say(f"Re-triaged: suggestion level {saved.suggestion.level}: saved")
            for edit in self.retriage_edits.values():
                edit.clear()
            self.retriage_avpu.setCurrentIndex(0)
        self._set_enabled_actions()
        self.case_changed.emit(case_id)
        self.ctx.signals.case_changed.emit(case_id)

    def _retriage_failed(self, exc: BaseException, trace: str) -> None:
        self.retriage_task = None
        if self.detail is not None and self.detail.case_id == self._retriage_case_id:
            self._refused("Re-triage", exc, trace)
        self._set_enabled_actions()

    def _retriage_cancelled(self) -> None:
        self.retriage_task = None
        self._set_enabled_actions()

    # ------------------------------------------------------------------ intake edit
    def edit_dialog(self) -> IntakeEditDialog | None:
        return IntakeEditDialog(self.detail, self) if self.detail is not None else None

    def edit_intake(self) -> Task | None:
        """Ask for the changes (a modal dialog), then save them in a worker."""
        dialog = self.edit_dialog()
        if dialog is None or dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return self.save_intake_edit(dialog.changes())

    def save_intake_edit(self, changes: IntakeChange) -> Task | None:
        d = self.detail
        if d is None or self.edit_task is not None:
            return None
        task = Task(update_intake, self.ctx.store, self.ctx.user, d.case_id, changes,
                    with_callbacks=False)
        task.signals.finished.connect(self._edit_done)
        task.signals.failed.connect(self._edit_failed)
        self.edit_task, self._edit_case_id = task, d.case_id
        self._say("Saving the intake edit…")
        self._set_enabled_actions()
        return self.edit_runner.start(task)

    def _edit_done(self, _revision_id: int) -> None:
        self.edit_task, case_id = None, self._edit_case_id
        if self.detail is not None and self.detail.case_id == case_id:
            self.reload()
            self._say("Intake edited: saved (the previous values are kept in the history)")
        self._set_enabled_actions()
        self.case_changed.emit(case_id)
        self.ctx.signals.case_changed.emit(case_id)

    def _edit_failed(self, exc: BaseException, _trace: str) -> None:
        self.edit_task = None
        self._say(f"Intake edit refused: {exc}", error=True)
        self._set_enabled_actions()
