"""Shared helpers of the UI tests: a GUI-thread heartbeat for the "no stall over 100 ms" checks,
staff accounts created with cheap hashing, and the intake-form fixtures (``store``, ``nurse``,
``form``) that the intake, note-box and oxygen tests import."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from PySide6.QtCore import QTimer

from triage.records import Role, User
from triage.store import CaseStore
from triage.store.auth import Accounts

INTAKE_PASSWORD = "correct-horse-battery"

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


@pytest.fixture
def store(data_dir: Path):
    """A new installation's store on a real SQLite file, closed after the test."""
    s = CaseStore(data_dir)
    yield s
    s.close()


@pytest.fixture
def nurse(store):
    """A signed-in nurse ("nurse1") of ``store`` (the first administrator created first)."""
    accounts = Accounts(store, FAST_HASHER)
    admin = accounts.create_first_admin("admin", "Ada Admin", INTAKE_PASSWORD)
    accounts.create_user(admin, "nurse1", "Nina Nurse", INTAKE_PASSWORD, {Role.NURSE})
    return accounts.login("nurse1", INTAKE_PASSWORD)


@pytest.fixture
def form(qtbot, store, nurse, data_dir):
    """The intake form, shown, signed in as ``nurse``; its suggestion worker is cancelled after."""
    from ui.context import AppContext
    from ui.intake.form import IntakeForm

    widget = IntakeForm(AppContext(store=store, data_dir=data_dir, user=nurse))
    qtbot.addWidget(widget)
    widget.show()
    yield widget
    widget.suggest_runner.cancel()


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


def sign_in(qtbot, desk, username: str, password: str = INTAKE_PASSWORD):
    """Sign ``username`` in through ``desk``'s (a ``ui.app.DeskApp``) real sign-in window; the
    main window it opens."""
    dialog = desk.login or desk.start()
    qtbot.addWidget(dialog)
    dialog.username.setText(username)
    dialog.password.setText(password)
    with qtbot.waitSignal(desk.window_shown, timeout=15_000):
        dialog.ok_button.click()
    qtbot.addWidget(desk.window)
    return desk.window
