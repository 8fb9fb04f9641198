"""One case for the clinician: intake, vital-sign history, images, the suggestion and the actions.

Every action goes through the store (which checks the permission and writes the audit row); this
screen only enables what the user's roles allow and says why the domain refused when it does.
Writes run through one ``CaseWrites`` (``actions``): in a worker, one at a time, the case re-read
after each; a refused write keeps what the user typed. The intake edit dialog and the flowsheet
live beside this module.
"""

from __future__ import annotations

import html
from datetime import datetime
from typing import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (QComboBox, QDialog, QFormLayout, QGridLayout, QGroupBox,
                               QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem,
                               QPlainTextEdit, QPushButton, QSplitter, QVBoxLayout, QWidget)

from triage import scales
from triage.errors import CaseChanged, InvalidIntake, TriageError
from triage.intake import RANGES, Intake, parse_vitals
from triage.records import CaseDetail, CaseStatus, Decision, IntakeChange, Role
from triage.store.case_flow import detail_version

from ui.case.actions import (EDIT, RETRIAGE, REVIEW_START, WRITE, CaseWrites, Saved, WriteJob,
                             refusal_text, retriage_case, write_case)
from ui.case.decision import DecisionBox, close_dialog, reopen_dialog
from ui.case.edit_dialog import IntakeEditDialog
from ui.case.flowsheet import VITAL_ROWS, Flowsheet, history_lines, local_time
from ui.context import AppContext
from ui.widgets.image_viewer import ImageViewer
from ui.widgets.level_badge import LevelBadge
from ui.widgets.suggestion_panel import SuggestionPanel
from ui.widgets.workers import Task
from ui.worklist import POLL_MS, STATUS_TEXT, format_wait, is_over_target, utcnow, waiting_minutes

__all__ = ["CaseView", "VITAL_ROWS"]

RETRIAGE_FIELDS = (("heart_rate", "HR", "/min"), ("resp_rate", "RR", "/min"),
                   ("sbp", "SBP", "mmHg"), ("dbp", "DBP", "mmHg"), ("spo2", "SpO2", "%"),
                   ("temperature", "Temp", "°C"), ("pain", "Pain", "0-10"), ("gcs", "GCS", ""))


class CaseView(QWidget):
    """``show_case(case_id)`` loads and shows one case; ``case_changed`` fires after each action."""

    case_changed = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *,
                 now: Callable[[], datetime] = utcnow):
        super().__init__(parent)
        self.ctx, self.now = ctx, now
        self.setObjectName("CaseView")
        self.detail: CaseDetail | None = None
        self.writes = CaseWrites(self)  # every write of this view, one at a time
        self.writes.saved.connect(self._write_done)
        self.writes.failed.connect(self._write_failed)
        self.writes.dropped.connect(self._write_dropped)
        self._shown_attachments: tuple[int, ...] | None = None
        self._seen_version: int | None = None
        self._deciding_on: str | None = None  # decision_version when the clinician began deciding

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
        self.reload_button = QPushButton("Reload the case")
        self.reload_button.setVisible(False)
        self.reload_button.clicked.connect(self.reload_after_conflict)
        message_row = QHBoxLayout()
        message_row.addWidget(self.message_label, 1)
        message_row.addWidget(self.reload_button)

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
        layout.addLayout(message_row)
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
        self.narrative_label = QLabel("")  # the note the intake was read from (issue 13)
        self.narrative_label.setObjectName("CaseNarrative")
        self.narrative_label.setWordWrap(True)
        self.narrative_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.intake_form.addRow("Note", self.narrative_label)
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
        self.vitals_table = Flowsheet()
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

        self.decision = DecisionBox()
        d = self.decision  # the view's actions run its buttons' writes
        self.accept_button, self.override_button = d.accept_button, d.override_button
        self.override_level, self.override_reason = d.override_level, d.override_reason
        self.close_button, self.reopen_button = d.close_button, d.reopen_button
        self.accept_button.clicked.connect(self.accept)
        self.override_button.clicked.connect(self.override)
        self.close_button.clicked.connect(self.close_case)
        self.reopen_button.clicked.connect(self.reopen_case)
        d.start_button.clicked.connect(self.start_deciding)
        d.waiting_button.clicked.connect(self.back_to_waiting)
        d.deciding.connect(self.start_deciding)
        self.override_reason.textChanged.connect(self._set_enabled_actions)
        self.override_level.currentIndexChanged.connect(self._set_enabled_actions)
        layout.addWidget(self.decision)

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
        """Load and show a case (a read: looking at a case does not put it in review; the
        clinician's first touch of a decision control does)."""
        user = self.ctx.user
        try:
            version = self._data_version()
            detail = self.ctx.store.case_detail(user, case_id)
        except TriageError as exc:
            self._say(f"Could not open case {case_id}: {exc}", error=True)
            return False
        self.writes.cancel(RETRIAGE)  # a re-triage of the last case saves nothing once it moved on
        self.detail = detail
        self._shown_attachments = None
        self._seen_version = version
        self._deciding_on = None
        self.reload_button.setVisible(False)
        self._say("")
        self._render(new_case=True)
        return True

    def start_deciding(self) -> Task | None:
        """The clinician started deciding: remember the version decided on (a colleague's change
        after it is then reported, not replaced) and mark a waiting case as in review."""
        d, user = self.detail, self.ctx.user
        if d is None or not self._can(Role.CLINICIAN) or d.status is CaseStatus.CLOSED:
            return None
        if self._deciding_on is None:
            self._deciding_on = detail_version(d)
        if d.status is not CaseStatus.WAITING:
            return None
        return self._start_write("Starting the review", lambda: self.ctx.store.start_review(
            user, d.case_id), quiet=True, kind=REVIEW_START, keep_deciding=True)

    def back_to_waiting(self) -> Task | None:
        d, user = self.detail, self.ctx.user
        if d is None:
            return None
        return self._start_write("Back to waiting", lambda: self.ctx.store.return_to_waiting(
            user, d.case_id))

    def _decided_on(self) -> str | None:
        """The version this decision is made on: when deciding started, else what is shown."""
        if self.detail is None:
            return None
        return self._deciding_on or detail_version(self.detail)

    def reload_after_conflict(self) -> None:
        """Show the case as it is now and decide again (what was typed stays)."""
        self._deciding_on = None
        self.reload_button.setVisible(False)
        try:
            self.reload()
        except TriageError as exc:
            self._say(f"Could not refresh the case: {exc}", error=True)
            return
        self._say("Reloaded: the case as it is now. Decide again.")

    def reload(self) -> None:
        if self.detail is not None:
            self._seen_version = self._data_version()
            self.detail = self.ctx.store.case_detail(self.ctx.user, self.detail.case_id)
            self._render()

    def busy(self) -> bool:
        """A worker of this view may be writing (and waiting for the database's write lock)."""
        return self.writes.busy

    @property
    def write_task(self) -> Task | None:
        """The write in flight, whatever it is (one at a time)."""
        return self.writes.task

    @property
    def retriage_task(self) -> Task | None:
        return self.writes.task_of(RETRIAGE)

    @property
    def edit_task(self) -> Task | None:
        return self.writes.task_of(EDIT)

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
        self.narrative_label.setText(d.narrative)
        self.intake_form.setRowVisible(self.narrative_label, bool(d.narrative))
        ident = [f"MRN {p.mrn}" if p.mrn else "", f"born {p.birth_date}" if p.birth_date else ""]
        self.patient_label.setText(", ".join(x for x in ident if x) or "—")
        injury = {True: "injury", False: "no injury", None: "injury unknown"}[d.injury]
        self.arrival_label.setText(f"{local_time(d.arrival_time)} · "
                                   f"{d.arrival_mode.value.replace('_', ' ')} · {injury} · "
                                   f"entered by {d.created_by}")
        self._update_waiting()

        self.vitals_table.show_vitals(d.vitals)
        self.history_list.clear()
        for text in history_lines(d):
            QListWidgetItem(text, self.history_list)
        edits = len(d.revisions)
        self.edited_label.setText("" if not edits else
                                  f"edited {edits} time{'s' if edits != 1 else ''} (see history)")

        suggestion = d.latest_suggestion
        self.suggestion_panel.show_suggestion(suggestion)
        when = d.suggestions[-1].created_at if d.suggestions else None
        self.suggestion_panel.set_status(f"made {local_time(when)}" if when else "no suggestion")
        self.decision.show_case(d, new_case=new_case)

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
        idle = not self.writes.busy  # fields stay editable while a write is in flight
        self.decision.set_enabled(d, clinician=clinician, idle=idle)
        self.retriage_button.setEnabled(idle and open_case)
        self.note_button.setEnabled(idle and d is not None
                                    and bool(self.note_edit.toPlainText().strip()))
        self.edit_button.setEnabled(idle and open_case and (clinician or self._can(Role.NURSE)))

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message_label.setText(html.escape(text))
        self.message_label.setStyleSheet("color: #B71C1C; font-weight: bold" if error
                                         else "color: #1B5E20")

    def _show_saved(self, case_id: int, saved: Saved) -> bool:
        """Show the case as the worker re-read it; False when the view has moved on."""
        if self.detail is None or self.detail.case_id != case_id:
            return False
        if saved.detail is not None:
            self.detail, self._seen_version = saved.detail, saved.version
            self._render()
        return True

    def _start_write(self, description: str, write: Callable[[], object],
                     on_saved: Callable[[Saved], None] | None = None, *,
                     quiet: bool = False, kind: str = WRITE,
                     keep_deciding: bool = False) -> Task | None:
        """Run one store write and the re-read after it in a worker; None while one is running.
        ``quiet``: say nothing unless it fails (opening a case for review)."""
        if self.detail is None or self.writes.busy:
            return None
        case_id = self.detail.case_id
        job = WriteJob(kind, description, case_id, on_saved, quiet=quiet,
                       keep_deciding=keep_deciding)
        return self._run(job, write_case, self.ctx.store, self.ctx.user, case_id, write)

    def _run(self, job: WriteJob, fn: Callable[..., Saved], *args: object,
             with_callbacks: bool = False, saying: str = "") -> Task | None:
        task = self.writes.start(job, fn, *args, with_callbacks=with_callbacks)
        if task is not None and not job.quiet:
            self._say(saying or f"{job.description}: saving…")
        self._set_enabled_actions()
        return task

    def _announce(self, case_id: int) -> None:
        self.case_changed.emit(case_id)
        self.ctx.signals.case_changed.emit(case_id)

    def _write_done(self, job: WriteJob, saved: Saved) -> None:
        shown = self._show_saved(job.case_id, saved)
        if shown:
            if not job.keep_deciding:  # a decision or status change ends this round of deciding
                self._deciding_on = None
            elif saved.detail is not None:  # own start of review: decide on the case as it is now
                self._deciding_on = detail_version(saved.detail)
            if not job.quiet:
                self._say(job.message(saved))
            if job.on_saved is not None:
                job.on_saved(saved)
        self._set_enabled_actions()
        self._announce(job.case_id)

    def _write_failed(self, job: WriteJob, exc: BaseException, trace: str) -> None:
        """Every write fails the same way: say why, keep what was typed, report the unexpected."""
        if self.detail is not None and self.detail.case_id == job.case_id:
            text, unexpected = refusal_text(job.description, exc)
            self._say(text, error=True)
            self.reload_button.setVisible(isinstance(exc, CaseChanged))
            if unexpected:
                report = getattr(self.window(), "report_worker_error", None)
                if report:
                    report(f"{type(exc).__name__}: {exc}", trace)
        self._set_enabled_actions()

    def _write_dropped(self, _job: WriteJob) -> None:
        self._set_enabled_actions()

    def accept(self) -> Task | None:
        """Sign the suggested level (in a worker); the started Task, or None."""
        d = self.detail
        if d is None or d.latest_suggestion is None:
            return None
        user, level, seen = self.ctx.user, d.latest_suggestion.level, self._decided_on()
        return self._start_write(f"Accepted level {level}", lambda: self.ctx.store.review(
            user, d.case_id, Decision.ACCEPT, level, "", seen=seen))

    def override(self) -> Task | None:
        """Sign another level with the typed reason; the reason is cleared only once saved."""
        d = self.detail
        if d is None:
            return None
        user, level = self.ctx.user, int(self.override_level.currentData())
        reason, seen = self.override_reason.text().strip(), self._decided_on()
        return self._start_write(f"Overridden to level {level}", lambda: self.ctx.store.review(
            user, d.case_id, Decision.OVERRIDE, level, reason, seen=seen),
            lambda _saved: self.override_reason.clear())

    def close_case(self) -> Task | None:
        """Ask (with the decision it closes on, or why it closes without one), then close."""
        if self.detail is None:
            return None
        seen = self._decided_on()
        dialog = close_dialog(self.detail, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return self.save_close(dialog.reason(), seen=seen)

    def save_close(self, without_review: str = "", *, seen: str | None = None) -> Task | None:
        """The close itself (the store refuses an undecided case without a reason)."""
        d, user = self.detail, self.ctx.user
        if d is None:
            return None
        return self._start_write("Case closed", lambda: self.ctx.store.close_case(
            user, d.case_id, without_review=without_review, seen=seen))

    def reopen_case(self) -> Task | None:
        """Ask why, then reopen (audited; the reason is kept as a note)."""
        if self.detail is None:
            return None
        dialog = reopen_dialog(self.detail, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return self.save_reopen(dialog.reason())

    def save_reopen(self, reason: str) -> Task | None:
        d, user = self.detail, self.ctx.user
        if d is None:
            return None
        return self._start_write("Case reopened", lambda: self.ctx.store.reopen_case(
            user, d.case_id, reason))

    def add_note(self) -> Task | None:
        d, user = self.detail, self.ctx.user
        text = self.note_edit.toPlainText().strip()
        if d is None or not text:
            return None
        return self._start_write("Note added", lambda: self.ctx.store.add_note(
            user, d.case_id, text), lambda _saved: self.note_edit.clear())

    def retriage_form(self) -> dict[str, object]:
        form: dict[str, object] = {name: edit.text() for name, edit in self.retriage_edits.items()}
        form["avpu"] = self.retriage_avpu.currentData()
        return form

    def retriage(self) -> Task | None:
        """Validate the new vitals, then suggest and save them with the suggestion in a worker;
        the started Task, or None."""
        d = self.detail
        if d is None or self.writes.busy:
            return None
        try:
            vitals = parse_vitals(self.retriage_form())
        except InvalidIntake as exc:
            self._say("Re-triage: " + "; ".join(e.message for e in exc.errors), error=True)
            return None
        intake = Intake(patient=d.patient, complaint=d.complaint, vitals=vitals,
                        arrival_mode=d.arrival_mode, injury=d.injury, arrival_time=d.arrival_time)
        images = tuple(a.assessment for a in d.attachments if a.assessment is not None)
        job = WriteJob(RETRIAGE, "Re-triage", d.case_id, self._retriage_saved,
                       saved_text=lambda s: f"Re-triaged: suggestion level {s.suggestion.level}: saved")
        return self._run(job, retriage_case, self.ctx.engine, self.ctx.store, self.ctx.user,
                         d.case_id, intake, images, with_callbacks=True,
                         saying="Re-triage: computing the suggestion…")

    def _retriage_saved(self, _saved: Saved) -> None:
        for edit in self.retriage_edits.values():
            edit.clear()
        self.retriage_avpu.setCurrentIndex(0)

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
        d, user = self.detail, self.ctx.user
        if d is None or self.writes.busy:
            return None
        job = WriteJob(EDIT, "Intake edit", d.case_id, saved_text=(
            "Intake edited: saved (the previous values are kept in the history)"))
        return self._run(job, write_case, self.ctx.store, user, d.case_id,
                         lambda: self.ctx.store.update_intake(user, d.case_id, changes),
                         saying="Saving the intake edit…")
