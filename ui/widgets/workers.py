"""Run pure functions off the GUI thread.

Long work in ``triage/`` is a plain function taking ``progress(fraction, message)`` and
``cancelled()`` callbacks; ``Task`` wraps it in a QRunnable on the global QThreadPool. Only signals
cross threads, progress is throttled to whole percents, and exceptions arrive as ``failed`` with
the exception object (never swallowed).
"""

from __future__ import annotations

import threading
import traceback
from typing import Any, Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class TaskSignals(QObject):
    progress = Signal(float, str)
    finished = Signal(object)  # the function's return value
    failed = Signal(object, str)  # exception, formatted traceback
    cancelled = Signal()


class Task(QRunnable):
    """``Task(fn, *args, **kw)``: calls ``fn(*args, progress=…, cancelled=…, **kw)`` when
    ``with_callbacks`` is true (the default), else ``fn(*args, **kw)``."""

    def __init__(self, fn: Callable[..., Any], *args: Any, with_callbacks: bool = True, **kwargs: Any):
        super().__init__()
        self.setAutoDelete(False)  # the owner keeps a reference; signals stay valid
        self.fn, self.args, self.kwargs = fn, args, kwargs
        self.with_callbacks = with_callbacks
        self.signals = TaskSignals()
        self._cancel = threading.Event()
        self.superseded = False  # a newer task of the same view replaced this one
        self._last_percent = -1
        self.done = False  # run() has returned (set on the worker thread)

    def cancel(self) -> None:
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def _progress(self, fraction: float, message: str = "") -> None:
        percent = int(max(0.0, min(1.0, fraction)) * 100)
        if percent != self._last_percent:  # throttle: one signal per whole percent
            self._last_percent = percent
            self.signals.progress.emit(percent / 100, message)

    def run(self) -> None:
        try:
            self._run()
        finally:
            self.done = True

    def _run(self) -> None:
        try:
            if self.with_callbacks:
                result = self.fn(*self.args, progress=self._progress, cancelled=self.is_cancelled,
                                 **self.kwargs)
            else:
                result = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:  # noqa: BLE001 - reported to the GUI, never swallowed
            if self._cancel.is_set():
                self.signals.cancelled.emit()
            else:
                self.signals.failed.emit(exc, traceback.format_exc())
            return
        # Work that returned normally is reported as finished even if Cancel came too late (an
        # export file then exists); only a superseded task's result is dropped as stale.
        if self.superseded:
            self.signals.cancelled.emit()
        else:
            self.signals.finished.emit(result)


class TaskRunner(QObject):
    """One task per view: starting a new one cancels the previous (its result is dropped).

    ``concurrent=True`` lets tasks run side by side (several files read at once); ``cancel`` then
    stops them all, so a view that is cleared never receives an old task's result."""

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None, *,
                 concurrent: bool = False):
        super().__init__(parent)
        self.pool = pool or QThreadPool.globalInstance()
        self.concurrent = concurrent
        self.current: Task | None = None
        self.running: list[Task] = []  # concurrent mode: every task not known to have ended

    def start(self, task: Task) -> Task:
        if self.concurrent:
            self.running = [t for t in self.running if not t.done] + [task]
        elif self.current is not None:
            self.current.superseded = True
            self.current.cancel()
        self.current = task
        self.pool.start(task)
        return task

    def cancel(self) -> None:
        for task in [*self.running, *([self.current] if self.current is not None else [])]:
            task.superseded = True
            task.cancel()
        self.running, self.current = [], None
