"""Audit rows for things that change no data: a case opened, a sign-out, a desk locked.

They are written by a worker on a connection of its own (``CaseStore.record_event`` checks the
permission), so neither opening a case nor signing out waits for the database's write lock. A
failure is logged and never stops the sign-out or the case from showing: the person at the desk
must not be kept from working because an audit row could not be written right now.
"""

from __future__ import annotations

import logging
import time

from triage.records import User
from triage.store import CaseStore

from ui.server_link import store_pool
from ui.widgets.workers import Task

log = logging.getLogger(__name__)
_pending: set[Task] = set()  # keeps each task (and its signals) alive until it has reported


def _write(url, user: User, action: str, object_type: str, object_id: str,
           requested_ms: int) -> int:
    with CaseStore(url) as store:
        row = store.record_event(user, action, object_type, object_id)
        if action == "logout":  # a sign-out also ends the account's sessions ("session.end")
            # only those issued before Sign out was chosen: a sign-in since then stays valid
            store.accounts.logout(user, requested_ms=requested_ms)
        return row


def record_event(store: CaseStore, user: User | None, action: str, object_type: str = "",
                 object_id: object = "") -> Task | None:
    """Write an audit row in the background; returns the task (None without a signed-in user)."""
    if user is None:
        return None
    task = Task(_write, store.url, user, action, object_type, str(object_id),
                time.time_ns() // 1_000_000, with_callbacks=False)
    _pending.add(task)

    def done(*_args) -> None:
        _pending.discard(task)

    def failed(exc: BaseException, _trace: str) -> None:
        log.warning("audit row %s for %s not written: %s", action, user.username, exc)
        done()

    task.signals.finished.connect(done)
    task.signals.failed.connect(failed)
    task.signals.cancelled.connect(done)
    store_pool().start(task)  # beside the other store calls, never ahead of the engine's
    return task
