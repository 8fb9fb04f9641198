"""Shared helpers of the UI tests: a GUI-thread heartbeat for the "no stall over 100 ms" checks,
and staff accounts created with cheap hashing."""

from __future__ import annotations

import time

from argon2 import PasswordHasher
from PySide6.QtCore import QTimer

from triage.store.auth import Accounts
from triage.records import Role, User

# argon2id with small costs: fixtures create several accounts; login reads the cost from the hash
FAST_HASHER = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)  # tests only


def create_staff(store, password: str, *, admin: str = "Admin", nurse: tuple[str, str] = ("nurse", "Nurse"),
                 doctor: tuple[str, str] = ("doc", "Doctor")) -> tuple[Accounts, User, User, User]:
    """The first administrator ("admin", display name ``admin``), a nurse and a clinician
    ((user name, display name) each), all with ``password``, in a new installation's ``store``."""
    accounts = Accounts(store, FAST_HASHER)
    first = accounts.create_first_admin("admin", admin, password)
    return (accounts, first,
            accounts.create_user(first, *nurse, password, {Role.NURSE}),
            accounts.create_user(first, *doctor, password, {Role.CLINICIAN}))


class GuiHeartbeat:
    """A 10 ms QTimer on the GUI thread; ``gaps`` holds the seconds between ticks, so its largest
    value is the longest time the GUI thread could not run its event loop."""

    def __init__(self, interval_ms: int = 10):
        self.gaps: list[float] = []
        self._last = time.perf_counter()
        self._timer = QTimer()
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._beat)

    def _beat(self) -> None:
        now = time.perf_counter()
        self.gaps.append(now - self._last)
        self._last = now

    def start(self) -> None:
        self._last = time.perf_counter()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
