"""The nurse's intake: patient, complaint, vitals, images, with a live suggestion beside them.

Keyboard-first (Enter moves on, Ctrl+S saves, Ctrl+N starts anew, asking first when something
would be lost). Validation is the domain's ``parse_intake``: each ``FieldError`` is shown under
its field (``fields``), and the suggestion is made from the valid fields meanwhile. The suggestion
is recomputed in a worker 300 ms after typing stops; images are read and assessed in workers
(``attachments``); the case is saved in a worker (``jobs``). The GUI thread never waits on a
model, a file or the database.
"""

from __future__ import annotations

import uuid
from typing import Sequence

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QMessageBox, QPushButton, QScrollArea,
                               QSplitter, QVBoxLayout, QWidget)

from triage.errors import FieldError, InvalidIntake, TriageError
from triage.intake import Intake, Patient, parse_intake
from triage.records import PatientMatch
from triage.suggestion import Suggestion

from ui.context import AppContext
from ui.intake.attachments import AttachmentsBox
from ui.intake.fields import IntakeFields
from ui.intake.note_box import NoteBox
from ui.intake.jobs import (SavedCase, find_patients, live_intake,
                            make_suggestion, match_text, save_case, vital_warnings)
from ui.server_link import connection_lost, link_of, store_runner
from ui.labels import field_label, level_text
from ui.widgets.suggestion_panel import SuggestionPanel
from ui.widgets.workers import Task, TaskRunner

DEBOUNCE_MS = 300
NUMERIC_FIELDS = ("heart_rate", "resp_rate", "sbp", "dbp", "spo2", "temperature", "gcs")


class IntakeForm(IntakeFields):
    """Find/create the patient, type complaint and vitals, attach images, save the case."""

    saved = Signal(int)
    suggestion_ready = Signal(object)  # Suggestion | None, after each live recomputation

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("IntakeForm")
        self.ctx = ctx
        self.suggest_runner = TaskRunner(self)
        self.save_runner = store_runner(self)  # the store's pool: a dead socket starves no model
        self.search_runner = store_runner(self)
        self.saving = False
        # One key per intake, the same for every retry of its save (a retry after a lost answer
        # then returns the case the first try saved); a new one once it is saved or cleared.
        self.intake_key = str(uuid.uuid4())
        self.pending_save: tuple | None = None  # the save's arguments while it is under way
        self._retry_waiting = False  # it failed on a lost connection and waits for the server
        self._saved_values: dict[str, object] | None = None  # the fields as they were saved
        self.link = link_of(ctx)
        self.link.returned.connect(self._server_returned)
        self.linked_patient_id: int | None = None  # the patient picked with Find
        self.last_intake: Intake | None = None
        self._not_saved = False  # the status line says why the last save was refused
        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(DEBOUNCE_MS)
        self.debounce.timeout.connect(self.recompute)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self._patient_box())
        left_layout.addWidget(self._complaint_box())
        left_layout.addWidget(self._vitals_box())
        self.note_box = NoteBox(self)  # after the fields it fills; shown first (issue 13)
        left_layout.insertWidget(0, self.note_box)
        self.attachments = AttachmentsBox(ctx)
        self.attachments.changed.connect(self.schedule)
        left_layout.addWidget(self.attachments)
        left_layout.addStretch(1)
        buttons = QHBoxLayout()
        self.status_label = QLabel("")
        self.status_label.setObjectName("IntakeStatus")
        self.status_label.setWordWrap(True)
        self.new_button = QPushButton(self.tr("New (Ctrl+N)"))
        self.save_button = QPushButton(self.tr("Save case (Ctrl+S)"))
        self.save_button.setObjectName("SaveCase")
        self.new_button.clicked.connect(self.new_case)
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(self.status_label, 1)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.save_button)
        scroll = QScrollArea()
        self.form_scroll = scroll
        scroll.setWidgetResizable(True)
        scroll.setWidget(left)
        splitter.addWidget(scroll)
        self.panel = SuggestionPanel()
        splitter.addWidget(self.panel)
        left.setMinimumWidth(460)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([720, 480])
        outer = QVBoxLayout(self)
        outer.setContentsMargins(4, 4, 4, 4)
        outer.addWidget(splitter, 1)
        outer.addLayout(buttons)  # below the scrolling form: Save never scrolls out of sight

        self.save_action = QAction(self.tr("Save case"), self)
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.save_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.save_action.triggered.connect(self.save)
        self.new_action = QAction(self.tr("New case"), self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.new_action.triggered.connect(self.new_case)
        self.addAction(self.save_action)
        self.addAction(self.new_action)

        self.search_edit.returnPressed.connect(self.search_patients)
        self.search_results.itemActivated.connect(self._use_found_patient)
        self.unlink_button.clicked.connect(self.unlink_patient)
        self._set_tab_order()
        ctx.signals.engine_ready.connect(self._engine_arrived)
        self._update_panel_status()

    def _set_tab_order(self) -> None:
        order = [self.note_box.edit, self.search_edit, *(self.fields[n] for n in (
            "name", "mrn", "birth_date", "age_years", "sex", "phone", "complaint", "arrival_mode",
            "injury", "heart_rate", "resp_rate", "sbp", "dbp", "spo2", "on_oxygen", "o2_flow_l_min", "temperature")),
            self.temp_unit, self.fields["pain"], self.fields["avpu"], self.fields["gcs"],
            self.attachments.add_button, self.save_button]
        for a, b in zip(order, order[1:]):
            QWidget.setTabOrder(a, b)

    # ------------------------------------------------------------------ live suggestion
    def schedule(self) -> None:
        self.debounce.start()

    def _update_panel_status(self, left_out: Sequence[FieldError] = ()) -> None:
        parts = [] if self.ctx.engine is not None else [self.tr("models loading — rules only")]
        if left_out:
            names = ", ".join(dict.fromkeys(field_label(e.field, mid_sentence=True) for e in left_out))
            parts.append(self.tr("without the marked field ({names})").format(names=names))
        self.panel.set_status(" · ".join(parts))

    def recompute(self) -> None:
        values = self.values()
        try:
            intake, errors = live_intake(values)
        except InvalidIntake as exc:  # vitals typed wrong: show it now
            intake, errors = None, exc.errors
        self.show_errors(errors)
        self.show_warnings(vital_warnings(values))
        self._recheck_not_saved(values)
        self._update_panel_status(errors if intake is not None else ())
        if intake is None:
            self.suggest_runner.cancel()
            self.last_intake = None
            self.panel.show_suggestion(None, empty_text=(
                self.tr("Correct the marked field to see a suggestion.") if errors else
                self.tr("Enter the complaint and vital signs to see a suggestion.")))
            self.suggestion_ready.emit(None)
            return
        self.last_intake = intake
        images = [i.assessment for i in self.attachments.images() if i.assessment is not None]
        task = Task(make_suggestion, self.ctx.engine, intake, images, with_callbacks=False)
        task.signals.finished.connect(self._suggested)
        task.signals.failed.connect(self._suggest_failed)
        self.suggest_runner.start(task)

    def _recheck_not_saved(self, values: dict[str, object]) -> None:
        """A "Not saved: …" line lasts only while its reasons do: it goes once the fields are
        fixed, and lists only what is still wrong meanwhile."""
        if not self._not_saved:
            return
        try:
            parse_intake(values)
        except InvalidIntake as exc:
            self.status_label.setText(self.tr("Not saved: {errors}").format(errors="; ".join(e.message for e in exc.errors)))
            return
        self._not_saved = False
        self.status_label.setText("")

    def _engine_arrived(self, _engine: object) -> None:
        self.schedule()

    def _is_current_suggestion(self) -> bool:
        """Only the newest task's answer counts: an older one lost the race to a keystroke."""
        current = self.suggest_runner.current
        return current is not None and self.sender() is current.signals

    def _suggested(self, suggestion: Suggestion | None) -> None:
        if not self._is_current_suggestion():
            return
        self.panel.show_suggestion(suggestion)
        if suggestion is None and self.ctx.engine is None:
            self.panel.set_status(self.tr("models loading — rules only: no rule fired yet"))
        self.suggestion_ready.emit(suggestion)

    def _suggest_failed(self, exc: BaseException, tb: str) -> None:
        if not self._is_current_suggestion():
            return
        self.panel.set_status(self.tr("suggestion failed: {error}").format(error=f"{type(exc).__name__}: {exc}"))
        self.panel.show_suggestion(None)
        self.suggestion_ready.emit(None)
        if not isinstance(exc, TriageError):
            report = getattr(self.window(), "report_worker_error", None)
            if report:
                report(f"{type(exc).__name__}: {exc}", tb)

    # ------------------------------------------------------------------ patient search
    def search_patients(self) -> None:
        text = self.search_edit.text().strip()
        if not text or self.ctx.user is None:
            self.search_results.setVisible(False)
            return
        task = Task(find_patients, self.ctx.store, self.ctx.user, text, with_callbacks=False)
        task.signals.finished.connect(self._patients_found)
        task.signals.failed.connect(self._search_failed)
        self.search_runner.start(task)

    def _search_failed(self, exc: BaseException, _tb: str) -> None:
        self.status_label.setText(self.tr("Search failed: {0}").format(exc))

    def _patients_found(self, found: list[PatientMatch]) -> None:
        self.search_results.clear()
        self._found = list(found)
        for match in found:
            self.search_results.addItem(match_text(match))
        if not found:
            self.search_results.addItem(self.tr("No known patient found — enter the details below"))
        self.search_results.setVisible(True)
        if found:
            self.search_results.setCurrentRow(0)
            self.search_results.setFocus()

    def _use_found_patient(self) -> None:
        row = self.search_results.currentRow()
        if not 0 <= row < len(getattr(self, "_found", [])):
            return
        match = self._found[row]
        self.use_patient(match.patient)
        self.link_patient(match.patient_id, match.patient)

    def link_patient(self, patient_id: int, patient: Patient) -> None:
        """Save the next case for this known patient (changed details become a revision)."""
        self.linked_patient_id = patient_id
        self.linked_label.setText(self.tr("Known patient #{id}: {name}").format(
            id=patient_id, name=patient.name or self.tr("(no name)")))
        self.unlink_button.setVisible(True)

    def unlink_patient(self) -> None:
        self.linked_patient_id = None
        self.linked_label.setText(self.tr("New patient"))
        self.unlink_button.setVisible(False)

    def use_patient(self, patient: Patient) -> None:
        self.set_value("name", patient.name)
        self.set_value("mrn", patient.mrn)
        self.set_value("birth_date", patient.birth_date.isoformat() if patient.birth_date else "")
        self.set_value("age_years", "" if patient.birth_date or patient.age_years is None else patient.age_years)
        self.set_value("sex", patient.sex.value)
        self.set_value("phone", patient.phone)
        self.search_results.setVisible(False)
        self.fields["complaint"].setFocus()

    # ------------------------------------------------------------------ save / new
    def save(self) -> None:
        if self.saving:
            return
        if self.attachments.busy:
            self.status_label.setText(self.tr("Wait until the images are read, then save."))
            return
        try:
            intake = parse_intake(self.values())
        except InvalidIntake as exc:
            self.show_errors(exc.errors)
            self.status_label.setText(self.tr("Not saved: {errors}").format(errors="; ".join(e.message for e in exc.errors)))
            self._not_saved = True
            first = exc.errors[0].field if exc.errors else ""
            if first in self.fields:
                self.fields[first].setFocus()
            return
        self.show_errors([])
        self._not_saved = False
        self.saving = True
        self.save_button.setEnabled(False)
        self._saved_values = self.values()
        self.pending_save = (self.ctx.store, self.ctx.user, self.ctx.engine, intake,
                             self.attachments.images(), self.linked_patient_id, self.intake_key)
        self.status_label.setText(self._saving_text())
        self._start_save()

    def _saving_text(self) -> str:
        if self.link.is_down:
            return self.tr("Saving… the server is unreachable: your typing is kept, and the case is "
                           "saved when the server returns.")
        return self.tr("Saving…")

    def _start_save(self) -> None:
        """Run the pending save in a worker (again, after an outage: with the same key)."""
        assert self.pending_save is not None
        task = Task(save_case, *self.pending_save)
        task.signals.finished.connect(self._saved)
        task.signals.failed.connect(self._save_failed)
        self.save_runner.start(task)

    def _server_returned(self) -> None:
        """The server answers again: a save that failed on the lost connection goes now, once
        (the same idempotency key), if it is still waiting."""
        if self.saving and self.pending_save is not None and self._retry_waiting:
            self._retry_waiting = False
            self.status_label.setText(self.tr("The server is back: saving…"))
            self._start_save()

    def _saved(self, result: SavedCase) -> None:
        self.saving = False
        self.pending_save, self._retry_waiting = None, False
        self.save_button.setEnabled(True)
        saved_values, self._saved_values = self._saved_values, None
        said = self.tr("Case #{case} saved at level {level}.").format(
            case=result.case_id, level=level_text(result.suggestion.level))
        if saved_values is None or self.values() == saved_values:
            self.clear()
            self.status_label.setText(self.tr("{0} Ready for the next patient.").format(said))
        else:
            # Typed after Save was pressed (a slow or returning server): kept, not thrown away.
            self.intake_key = str(uuid.uuid4())
            self.status_label.setText(
                self.tr("{0} It was saved as it stood when you pressed Save; what you typed since is kept here (edit the case to add it, or New to start the next patient).").format(said))
        self.ctx.signals.case_saved.emit(result.case_id)
        self.saved.emit(result.case_id)

    def _save_failed(self, exc: BaseException, tb: str) -> None:
        if connection_lost(exc) and self.pending_save is not None:
            # The line dropped: keep the save pending and send it again, with the same key, when
            # the server answers (ServerLink.returned). Nothing is saved twice.
            self.link.report(exc)
            self._retry_waiting = True
            self.status_label.setText(self.tr("Not saved yet: the server is unreachable. Your typing is "
                                      "kept; saving resumes when it returns."))
            if not self.link.is_down:  # already back (a reset, not a silence): try once more now
                QTimer.singleShot(1000, self._server_returned)
            return
        self.saving = False
        self.pending_save, self._saved_values = None, None
        self.save_button.setEnabled(True)
        if connection_lost(exc):
            self.link.report(exc)
        if isinstance(exc, InvalidIntake):
            self.show_errors(exc.errors)
        if isinstance(exc, TriageError):
            self.status_label.setText(self.tr("Not saved: {0}. Everything you typed is kept.").format(exc))
            return
        self.status_label.setText(self.tr("Not saved ({0}). Everything you typed is kept.").format(type(exc).__name__))
        report = getattr(self.window(), "report_worker_error", None)
        if report:
            report(f"{type(exc).__name__}: {exc}", tb)

    def is_dirty(self) -> bool:
        """Something would be lost by clearing: typed fields or an attached image."""
        return self.fields_dirty() or bool(self.attachments.tiles) or self.attachments.busy

    def confirm_discard(self, action: str) -> bool:
        """Ask before ``action`` discards an unsaved intake; True when there is nothing to lose."""
        if not self.is_dirty():
            return True
        answer = QMessageBox.question(
            self, action,
            (self.tr("The intake form has unsaved input and attached images. {action} and discard it?")
             if self.attachments.tiles else
             self.tr("The intake form has unsaved input. {action} and discard it?")).format(action=action),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def new_case(self) -> bool:
        """Ctrl+N: start a blank intake (after asking, when something would be lost)."""
        if not self.confirm_discard(self.tr("New case")):
            return False
        self.clear()
        self.status_label.setText("")
        self._not_saved = False
        return True

    def first_field(self) -> QWidget:
        """Where typing starts: finding a known patient comes before typing a new one."""
        return self.search_edit

    def clear(self) -> None:
        self.intake_key = str(uuid.uuid4())  # the next intake is another save
        self.clear_fields()
        self.unlink_patient()
        self.attachments.clear()
        self.debounce.stop()
        self.suggest_runner.cancel()
        self.show_errors([])
        self.panel.show_suggestion(None)
        self.last_intake = None
        # The next patient starts at the top, in the note box (shown first): no form left
        # scrolled down with the note off screen.
        self.form_scroll.verticalScrollBar().setValue(0)
        self.note_box.edit.setFocus()

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt API
        self.suggest_runner.cancel()
        super().closeEvent(event)

