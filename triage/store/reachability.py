"""Is the clinic server answering right now? A heartbeat on a connection of its own.

A silent network (a pulled cable, a switch dropping packets) raises nothing for seconds: the
store's own connection just waits, and a desk that only learns of the outage when a statement
finally fails learns it far too late to tell the nurse. ``ServerWatch`` asks ``SELECT 1`` every
``interval_s`` on a separate connection (so it never queues behind the store's lock or a write
stuck on a dead socket) from a daemon thread, and keeps two numbers anyone may read without a
lock: when the server last answered, and since when the question now in flight has been waiting.
``down()`` is true when that wait passed ``stall_s`` or the last attempt failed: a silent server
is noticed in about ``interval_s + stall_s`` (< 2 s), whatever the TCP timeouts say.

Nothing here blocks its caller: ``down()`` reads two floats; ``stop()`` sets an event and never
joins (the thread may sit in a dead socket until TCP gives up, then it sees the event and ends).
Qt-free: the desk's ``ui.server_link`` turns these numbers into a banner.
"""

from __future__ import annotations

import threading
import time
from datetime import datetime
from typing import Any

from triage.store.dialect import CONNECT_TIMEOUT_S, TCP_OPTIONS
from triage.store.url import DatabaseUrl

PROBE_INTERVAL_S = 0.3
STALL_S = 1.0  # a SELECT 1 unanswered this long: the server is unreachable for the desk
PROBE_CONNECT_TIMEOUT_S = 3  # libpq's minimum is 2 s; the watch notices a stall before that anyway


class ServerWatch:
    """``ServerWatch(url).start()``; then ``down()``, ``last_ok`` (wall clock), ``stop()``."""

    def __init__(self, url: DatabaseUrl, *, interval_s: float = PROBE_INTERVAL_S,
                 stall_s: float = STALL_S):
        self.url, self.interval_s, self.stall_s = url, interval_s, stall_s
        self._stop = threading.Event()
        self._conn: Any = None
        self.in_flight_since: float | None = None  # monotonic start of the unanswered probe
        self.failed = False  # the last probe ended in an error (refused, reset, timed out)
        self.last_ok: datetime | None = None  # local time the server last answered
        self.probes = 0
        self.answers = 0  # probes the server answered (a failure reported elsewhere waits for one)
        self._thread = threading.Thread(target=self._loop, name="server-watch", daemon=True)

    def start(self) -> "ServerWatch":
        self._thread.start()
        return self

    def stop(self) -> None:
        """Ask the thread to end; returns at once (never waits on a socket)."""
        self._stop.set()

    @property
    def stopped(self) -> bool:
        return self._stop.is_set()

    def down(self, now: float | None = None) -> bool:
        """Unreachable: the last probe failed, or the one in flight has waited over ``stall_s``."""
        if self.failed:
            return True
        since = self.in_flight_since
        return since is not None and (now if now is not None else time.monotonic()) - since > self.stall_s

    def _loop(self) -> None:
        while not self._stop.is_set():
            self.in_flight_since = time.monotonic()
            try:
                self._probe()
            except Exception:  # noqa: BLE001 - any failure means: not reachable now
                self.failed = True
                self._drop()
            else:
                self.failed = False
                self.last_ok = datetime.now().astimezone()
                self.answers += 1
            finally:
                self.in_flight_since = None
                self.probes += 1
            self._stop.wait(self.interval_s)
        self._drop()

    def _probe(self) -> None:
        import psycopg

        if self._conn is None or self._conn.closed or self._conn.broken:
            self._conn = psycopg.connect(self.url.conninfo(), autocommit=True,
                                         connect_timeout=PROBE_CONNECT_TIMEOUT_S,
                                         application_name="triage-desk-watch", **TCP_OPTIONS)
        self._conn.execute("SELECT 1").fetchone()

    def _drop(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            try:
                conn.close()
            except Exception:  # noqa: BLE001 - already dead
                pass


__all__ = ["CONNECT_TIMEOUT_S", "PROBE_INTERVAL_S", "STALL_S", "ServerWatch"]
