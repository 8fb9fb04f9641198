"""The oxygen flow spin box (issue 12, item 10): enabled only on oxygen, "flow?" means not
recorded, and the flow is saved with the vital set."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import pytest
from argon2 import PasswordHasher

from triage.intake import Vitals
from triage.records import Role, VitalSet
from triage.store import CaseStore
from triage.store.auth import Accounts
from ui.case.flowsheet import VITAL_ROWS, vital_cells
from ui.context import AppContext
from ui.intake.form import IntakeForm

PASSWORD = "correct-horse-battery"
FAST_HASHER = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)


@pytest.fixture
def store(data_dir: Path):
    s = CaseStore(data_dir)
    yield s
    s.close()


@pytest.fixture
def nurse(store):
    accounts = Accounts(store, FAST_HASHER)
    admin = accounts.create_first_admin("admin", "Ada Admin", PASSWORD)
    accounts.create_user(admin, "nurse1", "Nina Nurse", PASSWORD, {Role.NURSE})
    return accounts.login("nurse1", PASSWORD)


@pytest.fixture
def form(qtbot, store, nurse, data_dir):
    widget = IntakeForm(AppContext(store=store, data_dir=data_dir, user=nurse))
    qtbot.addWidget(widget)
    widget.show()
    yield widget
    widget.suggest_runner.cancel()


def _save(qtbot, form: IntakeForm) -> int:
    with qtbot.waitSignal(form.saved, timeout=20_000) as blocker:
        form.save()
    return blocker.args[0]


def test_flow_box_is_enabled_only_on_oxygen_and_empty_means_not_recorded(qtbot, form):
    flow = form.fields["o2_flow_l_min"]
    assert not flow.isEnabled() and flow.text() == "flow?" and form.values()["o2_flow_l_min"] is None
    form.set_value("on_oxygen", False)
    assert not flow.isEnabled()
    form.set_value("on_oxygen", True)
    assert flow.isEnabled() and form.values()["o2_flow_l_min"] is None  # still "not recorded"
    flow.stepUp()
    assert form.values()["o2_flow_l_min"] == 0.5
    form.set_value("o2_flow_l_min", "4")
    assert form.values()["o2_flow_l_min"] == 4.0
    # Back to room air: the box is disabled and its flow not read (kept, so a slip loses nothing).
    form.set_value("on_oxygen", False)
    assert not flow.isEnabled() and form.values()["o2_flow_l_min"] is None and flow.value() == 4.0
    form.clear_fields()
    assert flow.text() == "flow?" and not flow.isEnabled()


def test_flow_is_saved_with_the_vital_set(qtbot, form, store, nurse):
    for name, value in dict(complaint="short of breath", age_years="70", spo2="88", on_oxygen=True,
                            o2_flow_l_min="2").items():
        form.set_value(name, value)
    with_flow = _save(qtbot, form)
    for name, value in dict(complaint="cough", age_years="50", spo2="95", on_oxygen=True).items():
        form.set_value(name, value)
    without_flow = _save(qtbot, form)
    got = [store.case_detail(nurse, c).latest_vitals for c in (with_flow, without_flow)]
    assert [(v.on_oxygen, v.o2_flow_l_min) for v in got] == [(True, 2.0), (True, None)]


def test_flowsheet_shows_the_flow_when_known():
    row = [key for key, _ in VITAL_ROWS].index("on_oxygen")
    at = datetime(2026, 1, 1, tzinfo=timezone.utc)
    cells = [vital_cells(VitalSet(1, 1, Vitals(on_oxygen=o, o2_flow_l_min=f), at, "nurse1"))[row]
             for o, f in ((True, 2.0), (True, None), (False, None), (None, None))]
    assert cells == ["O2 2 L/min", "O2", "room air", ""]
