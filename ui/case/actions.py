"""Every write of the case view, run the same way: in a worker, one at a time, then re-read.

Accept, override, close, reopen, note, intake edit, re-triage, starting or ending a review: each
is a ``WriteJob`` whose worker body calls one store method (which checks the permission and writes
the audit row) and re-reads the case. ``CaseWrites`` runs it and ends every job in exactly one of
``saved``, ``failed`` or ``dropped``, so every write fails the same way: a refusal is explained,
what the user typed is kept, and an unexpected error goes to the error report.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, QObject, Signal

from triage.engine.fallback import suggest_or_rules
from triage.errors import StorageError, TriageError
from triage.intake import Intake
from triage.records import CaseDetail
from triage.suggestion import ImageAssessment, Suggestion

from ui.widgets.workers import Task, TaskRunner

WRITE, RETRIAGE, EDIT, REVIEW_START = "write", "retriage", "edit", "review-start"


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


def read_case(store: Any, user: Any, case_id: int) -> Saved:
    """Worker body of opening or reloading a case: the data version first (a commit after it is
    seen by the next poll), then the case. Raises what the store raises (refused, unreachable)."""
    try:
        version = store.data_version()
    except TriageError:
        version = None
    return Saved(store.case_detail(user, case_id), version)


def poll_case(store: Any, user: Any, case_id: int, seen: int | None) -> Saved | None:
    """Worker body of the case view's poll: None when nothing was committed since ``seen``
    (one cheap version check), else the case re-read."""
    try:
        version = store.data_version()
    except TriageError:
        version = None
    if version == seen:
        return None
    return Saved(store.case_detail(user, case_id), version)


def write_case(store: Any, user: Any, case_id: int, write: Callable[[], object]) -> Saved:
    """Worker body of an action: the store write (permission, audit row), then the case re-read."""
    write()
    return read_back(store, user, case_id)


def retriage_case(engine: Any, store: Any, user: Any, case_id: int, intake: Intake,
                  images: tuple[ImageAssessment, ...], *, progress, cancelled) -> Saved:
    """Worker body of a re-triage: the suggestion (the rules alone while the models load; never a
    model loaded in this process), then the new vital set saved with it. Nothing is saved once the
    view moved on to another case (cancelled)."""
    progress(0.1, "suggesting")
    suggestion = suggest_or_rules(engine, intake, images)
    if cancelled():
        raise InterruptedError("re-triage cancelled")
    progress(0.8, "saving")
    store.retriage(user, case_id, intake.vitals, suggestion)
    saved = read_back(store, user, case_id)
    return Saved(saved.detail, saved.version, suggestion)


@dataclass
class WriteJob:
    """One write as the view asked for it: what to say, and what to do once it is saved."""

    kind: str  # WRITE, RETRIAGE, EDIT, REVIEW_START
    description: str  # "Accepted level 3": the start of every message about it
    case_id: int
    on_saved: Callable[[Saved], None] | None = None  # e.g. clear the field that was saved
    saved_text: str | Callable[[Saved], str] | None = None  # None: "<description>: saved"
    quiet: bool = False  # say nothing unless it fails (starting the review)
    keep_deciding: bool = False  # not a decision: the clinician is still deciding afterwards

    def message(self, saved: Saved) -> str:
        if callable(self.saved_text):
            return self.saved_text(saved)
        return self.saved_text or QCoreApplication.translate("CaseWrites", "{what}: saved").format(
            what=self.description)


def refusal_text(description: str, exc: BaseException) -> tuple[str, bool]:
    """What to tell the user about a failed write, and whether it is unexpected (to report)."""
    translate = QCoreApplication.translate
    if isinstance(exc, StorageError):
        return translate("CaseWrites", "{what} not saved: {error}. What you typed is kept.").format(
            what=description, error=exc), False
    if isinstance(exc, (TriageError, ValueError)):
        return translate("CaseWrites", "{what} refused: {error}").format(what=description, error=exc), False
    return translate("CaseWrites", "{what} failed ({error}). What you typed is kept.").format(
        what=description, error=type(exc).__name__), True


class CaseWrites(QObject):
    """Runs the view's writes one at a time in a worker (another desk may hold the database's
    write lock for up to the busy timeout: the GUI thread never waits for it)."""

    saved = Signal(object, object)  # WriteJob, Saved
    failed = Signal(object, object, str)  # WriteJob, exception, traceback
    dropped = Signal(object)  # WriteJob cancelled before it wrote (the view moved on)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        from ui.server_link import store_pool

        self.runner = TaskRunner(self, store_pool())  # not the engine's pool (ui.server_link)
        self.task: Task | None = None
        self.job: WriteJob | None = None

    @property
    def busy(self) -> bool:
        return self.task is not None

    def task_of(self, kind: str) -> Task | None:
        """The running task when it is of ``kind`` (tests and the view's button states)."""
        return self.task if self.job is not None and self.job.kind == kind else None

    def start(self, job: WriteJob, fn: Callable[..., Saved], *args: Any,
              with_callbacks: bool = False) -> Task | None:
        """Run ``fn(*args)`` for ``job``; None (nothing started) while another write runs."""
        if self.task is not None:
            return None
        task = Task(fn, *args, with_callbacks=with_callbacks)
        task.signals.finished.connect(self._finished)
        task.signals.failed.connect(self._failed)
        task.signals.cancelled.connect(self._cancelled)
        self.task, self.job = task, job
        return self.runner.start(task)

    def cancel(self, kind: str) -> None:
        """Stop a running write of ``kind`` before it writes (a re-triage still suggesting)."""
        if self.task is not None and self.job is not None and self.job.kind == kind:
            self.task.cancel()

    def _end(self) -> WriteJob | None:
        if self.task is None or self.sender() is not self.task.signals:
            return None
        job, self.task, self.job = self.job, None, None
        return job

    def _finished(self, saved: Saved) -> None:
        job = self._end()
        if job is not None:
            self.saved.emit(job, saved)

    def _failed(self, exc: BaseException, trace: str) -> None:
        job = self._end()
        if job is not None:
            self.failed.emit(job, exc, trace)

    def _cancelled(self) -> None:
        job = self._end()
        if job is not None:
            self.dropped.emit(job)
