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

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (QDialog, QGroupBox, QHBoxLayout, QLabel, QPlainTextEdit,
                               QPushButton, QScrollArea, QSplitter, QVBoxLayout, QWidget)

from triage.errors import CaseChanged, InvalidIntake, TriageError
from triage.intake import Intake, parse_vitals
from triage.records import CaseDetail, CaseStatus, IntakeChange, Role
from triage.store.case_flow import detail_version

from ui.audit_events import record_event
from ui.case.actions import (EDIT, RETRIAGE, WRITE, CaseWrites, Saved, WriteJob, poll_case,
                             read_case, refusal_text, retriage_case, write_case)
from ui.case.decision import DecisionActions, DecisionBox
from ui.case.edit_dialog import IntakeEditDialog
from ui.case.flowsheet import VITAL_ROWS, local_time
from ui.case.header import CaseHeader
from ui.case.images_box import ImagesBox
from ui.case.record import CaseRecord
from ui.case.retriage_box import RETRIAGE_FIELDS, RetriageBox
from ui.context import AppContext
from ui.server_link import call_store, link_of, store_runner
from ui.widgets.suggestion_panel import SuggestionPanel
from ui.widgets.workers import Task
from ui.worklist import POLL_MS, utcnow

__all__ = ["CaseView", "RETRIAGE_FIELDS", "VITAL_ROWS"]


class VerticalScroll(QScrollArea):
    """Scrolls vertically only, and never narrower than its content: a splitter can squeeze the
    column's height (it scrolls) but not clip its buttons on the right."""

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        inner = self.widget().minimumSizeHint().width() if self.widget() is not None else 0
        bar = self.verticalScrollBar().sizeHint().width()
        return QSize(inner + bar + 2 * self.frameWidth(), 80)


def scrolling(widget: QWidget) -> QScrollArea:
    """``widget`` in a vertical scroll area: it keeps its natural height, the window does not."""
    area = VerticalScroll()
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(widget)
    return area


class CaseView(DecisionActions, QWidget):
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
        self._seen_version: int | None = None
        # Reads of the case run in workers on a server (ui.server_link), inline on SQLite.
        self.link = link_of(ctx)
        self.load_runner = store_runner(self)
        self.poll_runner = store_runner(self)
        self._deciding_on: str | None = None  # decision_version when the clinician began deciding

        self.header = CaseHeader()  # level, who, waiting time: what must be seen at a glance
        h = self.header
        self.badge, self.title_label = h.badge, h.title_label
        self.waiting_label, self.status_label = h.waiting_label, h.status_label

        self.message_label = QLabel("")
        self.message_label.setObjectName("CaseMessage")
        self.message_label.setWordWrap(True)
        self.reload_button = QPushButton(self.tr("Reload the case"))
        self.reload_button.setVisible(False)
        self.reload_button.clicked.connect(self.reload_after_conflict)
        message_row = QHBoxLayout()
        message_row.addWidget(self.message_label, 1)
        message_row.addWidget(self.reload_button)

        # Each column scrolls on its own and the splitter lets the clinician trade widths, so a
        # case fits 1280×720 whatever its content (no minimum size creeping up the window).
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(scrolling(self._build_left()))
        self.images = ImagesBox()
        self.viewer = self.images.viewer
        splitter.addWidget(self.images)
        splitter.addWidget(scrolling(self._build_right()))
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 4)
        splitter.setStretchFactor(2, 4)
        splitter.setSizes([380, 540, 480])

        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
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
        self.record = r = CaseRecord()
        self.complaint_label, self.narrative_label = r.complaint_label, r.narrative_label
        self.patient_label, self.arrival_label = r.patient_label, r.arrival_label
        self.edited_label, self.edit_button = r.edited_label, r.edit_button
        self.vitals_table, self.history_list = r.vitals_table, r.history_list
        self.edit_button.clicked.connect(self.edit_intake)
        return r

    def _build_right(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        # Without images the Images pane is hidden and this one line says so: the decision
        # gets the width (1280×720).
        self.no_images_line = QLabel(self.tr("Images: none attached"))
        self.no_images_line.setObjectName("NoImagesLine")
        self.no_images_line.setStyleSheet("color: #616161")
        self.no_images_line.setVisible(False)
        layout.addWidget(self.no_images_line)
        self.suggestion_panel = SuggestionPanel(title=self.tr("Suggestion"))
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

        self.retriage_box = RetriageBox()
        self.retriage_edits, self.retriage_avpu = self.retriage_box.edits, self.retriage_box.avpu
        self.retriage_button = self.retriage_box.button
        self.retriage_button.clicked.connect(self.retriage)
        layout.addWidget(self.retriage_box)

        note_box = QGroupBox(self.tr("Note"))
        nl = QHBoxLayout(note_box)
        self.note_edit = QPlainTextEdit()
        self.note_edit.setMaximumHeight(60)
        self.note_edit.textChanged.connect(self._set_enabled_actions)
        self.note_button = QPushButton(self.tr("Add note"))
        self.note_button.clicked.connect(self.add_note)
        nl.addWidget(self.note_edit, 1)
        nl.addWidget(self.note_button)
        layout.addWidget(note_box)
        return box

    # ------------------------------------------------------------------ loading
    def show_case(self, case_id: int) -> bool:
        """Load and show a case (a read: looking at a case does not put it in review; the
        clinician's first touch of a decision control does). On a server the case is read by a
        worker and shown when it arrives (True: asked for); on SQLite at once (False: refused)."""
        self.poll_runner.cancel()  # a poll of the previous case is stale
        opened: list[bool] = []

        def loaded(saved: Saved) -> None:
            opened.append(True)
            self._case_loaded(case_id, saved)

        def failed(exc: BaseException, _trace: str) -> None:
            opened.append(False)
            if not isinstance(exc, TriageError):
                raise exc
            self._say(self.tr("Could not open case {case}: {error}").format(case=case_id, error=exc), error=True)

        call_store(self.load_runner, self.ctx.store, read_case, self.ctx.store, self.ctx.user,
                   case_id, done=loaded, failed=failed, link=self.link)
        return opened[0] if opened else True

    def _case_loaded(self, case_id: int, saved: Saved) -> None:
        user, detail, version = self.ctx.user, saved.detail, saved.version
        assert detail is not None
        self.writes.cancel(RETRIAGE)  # a re-triage of the last case saves nothing once it moved on
        if self.detail is None or self.detail.case_id != case_id:
            record_event(self.ctx.store, user, "case.view", "case", case_id)  # who looked at it
        self.detail = detail
        self.images.forget()
        self._seen_version = version
        self._deciding_on = None
        self.reload_button.setVisible(False)
        self._say("")
        self._render(new_case=True)

    def reload(self, *, said: str = "") -> None:
        """Re-read the shown case (a worker on a server) and show it; ``said``: the message once
        it is shown. A failure is said on the message line."""
        if self.detail is None:
            return
        case_id = self.detail.case_id

        def reloaded(saved: Saved) -> None:
            if self._show_saved(case_id, saved) and said:
                self._say(said)

        call_store(self.load_runner, self.ctx.store, read_case, self.ctx.store, self.ctx.user,
                   case_id, done=reloaded, failed=self._refresh_failed, link=self.link)

    def _refresh_failed(self, exc: BaseException, _trace: str) -> None:
        if not isinstance(exc, TriageError):
            raise exc
        self._say(self.tr("Could not refresh the case: {error}").format(error=exc), error=True)

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
        for runner in (self.poll_runner, self.load_runner):
            current = runner.current
            if current is not None and not current.done:
                return  # the last read still waits (a silent network): never pile up workers
        case_id = self.detail.case_id

        def polled(saved: Saved | None) -> None:
            if saved is not None and not self.busy():
                self._show_saved(case_id, saved)

        call_store(self.poll_runner, self.ctx.store, poll_case, self.ctx.store, self.ctx.user,
                   case_id, self._seen_version, done=polled, failed=self._refresh_failed,
                   link=self.link)

    def _render(self, *, new_case: bool = False) -> None:
        d = self.detail
        assert d is not None
        self.header.show_case(d, self.now())
        self.record.show_case(d)

        suggestion = d.latest_suggestion
        self.suggestion_panel.show_suggestion(suggestion)
        when = d.suggestions[-1].created_at if d.suggestions else None
        self.suggestion_panel.set_status(self.tr("made {time}").format(time=local_time(when)) if when
                                         else self.tr("no suggestion"))
        self.decision.show_case(d, new_case=new_case)
        self.decision.show_state(d, reviewing=self._deciding_on is not None)

        self.images.show_attachments(d.attachments)
        self.images.setVisible(bool(d.attachments))
        self.no_images_line.setVisible(not d.attachments)
        self._set_enabled_actions()

    def _update_waiting(self) -> None:
        self.header.update_waiting(self.detail, self.now())

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
            self._say(saying or self.tr("{what}: saving…").format(what=job.description))
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

    def add_note(self) -> Task | None:
        d, user = self.detail, self.ctx.user
        text = self.note_edit.toPlainText().strip()
        if d is None or not text:
            return None
        return self._start_write(self.tr("Note added"), lambda: self.ctx.store.add_note(
            user, d.case_id, text), lambda _saved: self.note_edit.clear())

    def retriage_form(self) -> dict[str, object]:
        return self.retriage_box.form()

    def retriage(self) -> Task | None:
        """Validate the new vitals, then suggest and save them with the suggestion in a worker;
        the started Task, or None."""
        d = self.detail
        if d is None or self.writes.busy:
            return None
        try:
            vitals = parse_vitals(self.retriage_form())
        except InvalidIntake as exc:
            self._say(self.tr("Re-triage: {errors}").format(errors="; ".join(e.message for e in exc.errors)),
                      error=True)
            return None
        intake = Intake(patient=d.patient, complaint=d.complaint, vitals=vitals,
                        arrival_mode=d.arrival_mode, injury=d.injury, arrival_time=d.arrival_time)
        images = tuple(a.assessment for a in d.attachments if a.assessment is not None)
        job = WriteJob(RETRIAGE, self.tr("Re-triage"), d.case_id, self._retriage_saved,
                       saved_text=lambda s: self.tr("Re-triaged: suggestion level {level}: saved").format(
                           level=s.suggestion.level))
        return self._run(job, retriage_case, self.ctx.engine, self.ctx.store, self.ctx.user,
                         d.case_id, intake, images, with_callbacks=True,
                         saying=self.tr("Re-triage: computing the suggestion…"))

    def _retriage_saved(self, _saved: Saved) -> None:
        self.retriage_box.clear()

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
        job = WriteJob(EDIT, self.tr("Intake edit"), d.case_id, saved_text=(
            self.tr("Intake edited: saved (the previous values are kept in the history)")))
        return self._run(job, write_case, self.ctx.store, user, d.case_id,
                         lambda: self.ctx.store.update_intake(user, d.case_id, changes),
                         saying=self.tr("Saving the intake edit…"))
