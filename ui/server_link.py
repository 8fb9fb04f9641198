"""The desk's line to the clinic server: every store call off the GUI thread, and the outage banner.

On PostgreSQL a statement may wait as long as the network lets it (a silent server answers
nothing for seconds before TCP gives up), so the GUI thread never calls the store there:
``call_store`` runs the call as a ``Task`` on ``store_pool()`` — a pool of its own, so workers
sitting in a dead socket never starve the engine's and the image reader's workers on the global
pool — and delivers the answer by signal. On SQLite the same call runs inline, as the desk always
did (a local file answers in microseconds, and the tests and screens keep their synchronous
behaviour there); the views are written once, in the callback style, for both.

``ServerLink`` (one per ``AppContext``, ``link_of(ctx)``) watches the server with
``triage.store.reachability.ServerWatch`` and says ``changed(down)`` within 2 s of a silence;
workers that hit a lost connection report it too (``report``). ``returned`` fires when the server
answers again, which is when pending saves are retried. The GUI side only reads two numbers from
the watch on a 100 ms timer: nothing here waits.
"""

from __future__ import annotations

import time
import weakref
from datetime import datetime
from typing import Any, Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QThreadPool, QTimer, Signal

from triage.store.dialect import PgConnectionLost
from triage.store.reachability import ServerWatch

from ui.widgets.workers import Task, TaskRunner

CHECK_MS = 100
STORE_THREADS = 8
BANNER = QT_TRANSLATE_NOOP("ServerLink", "Server unreachable since {since} — your typing is kept; "
                           "saving resumes when it returns")

_pool: QThreadPool | None = None


def store_pool() -> QThreadPool:
    """The pool every store call of the screens runs on (not the global one: see the module)."""
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(STORE_THREADS)
        _pool.setExpiryTimeout(30_000)
    return _pool


def store_runner(parent: QObject, *, concurrent: bool = False) -> TaskRunner:
    """A ``TaskRunner`` on ``store_pool()``."""
    return TaskRunner(parent, store_pool(), concurrent=concurrent)


def is_server(store: Any) -> bool:
    url = getattr(store, "url", None)
    return bool(url is not None and url.is_postgresql)


def connection_lost(exc: BaseException) -> bool:
    """Did this failure come from the network or the server going away (not a refusal)?"""
    return isinstance(exc, PgConnectionLost)


def call_store(runner: TaskRunner | None, store: Any, fn: Callable[..., Any], *args: Any,
               done: Callable[[Any], None], failed: Callable[[BaseException, str], None],
               link: "ServerLink | None" = None) -> Task | None:
    """``fn(*args)`` against ``store``: in a worker on a server (``done``/``failed`` by signal,
    the task returned; a lost connection also reaches ``link``), inline on SQLite (``done`` or
    ``failed`` before this returns, None returned). ``runner`` None: a one-off task kept alive
    until it reports."""
    if not is_server(store):
        try:
            result = fn(*args)
        except Exception as exc:  # noqa: BLE001 - handed to ``failed``, as a worker's would be
            import traceback

            failed(exc, traceback.format_exc())
            return None
        done(result)
        return None
    task = Task(fn, *args, with_callbacks=False)
    task.signals.finished.connect(done)

    def _failed(exc: BaseException, trace: str) -> None:
        if link is not None and connection_lost(exc):
            link.report(exc)
        failed(exc, trace)

    task.signals.failed.connect(_failed)
    if runner is not None:
        return runner.start(task)
    _loose.add(task)
    for sig in (task.signals.finished, task.signals.failed, task.signals.cancelled):
        sig.connect(lambda *_a, t=task: _loose.discard(t))
    store_pool().start(task)
    return task


_loose: set[Task] = set()


class ServerLink(QObject):
    """Reachability of the desk's server, for banners and retries (always up on SQLite)."""

    changed = Signal(bool)  # True: unreachable now (the banner shows), False: answering again
    returned = Signal()  # the server answers again after an outage: retry what is pending

    def __init__(self, store: Any, parent: QObject | None = None, *,
                 watch: ServerWatch | None = None):
        super().__init__(parent)
        self.store = store
        self.watch: ServerWatch | None = None
        self.is_down = False
        self.down_since: datetime | None = None
        self._reported_answers: int | None = None  # a worker saw the line drop at this count
        self._timer = QTimer(self, interval=CHECK_MS)
        self._timer.timeout.connect(self.check)
        if is_server(store):
            self.watch = (watch or ServerWatch(store.url)).start()
            weakref.finalize(self, self.watch.stop)  # a dropped context ends its heartbeat
            self._timer.start()

    def report(self, _exc: BaseException | None = None) -> None:
        """A worker's statement failed on a lost connection: down until the watch hears the
        server again."""
        if self.watch is None:
            return
        self._reported_answers = self.watch.answers
        self.check()

    def check(self) -> None:
        watch = self.watch
        if watch is None:
            return
        reported = self._reported_answers is not None and watch.answers <= self._reported_answers
        if not reported:
            self._reported_answers = None
        down = watch.down(time.monotonic()) or reported
        if down == self.is_down:
            return
        self.is_down = down
        if down:
            self.down_since = watch.last_ok or datetime.now().astimezone()
        self.changed.emit(down)
        if not down:
            self.down_since = None
            self.returned.emit()

    def banner_text(self) -> str:
        since = self.down_since or datetime.now().astimezone()
        return QCoreApplication.translate("ServerLink", BANNER).format(since=since.strftime("%H:%M"))

    def stop(self) -> None:
        self._timer.stop()
        if self.watch is not None:
            self.watch.stop()


def link_of(ctx: Any) -> ServerLink:
    """The context's one ``ServerLink`` (made on first use)."""
    link = getattr(ctx, "server", None)
    if link is None:
        link = ServerLink(ctx.store)
        ctx.server = link
    return link
