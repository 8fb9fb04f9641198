"""The oxygen flow spin box (issue 12, item 10): enabled only on oxygen, "flow?" means not
recorded, and the flow is saved with the vital set."""

from __future__ import annotations

from datetime import datetime, timezone

from triage.intake import Vitals
from triage.records import VitalSet
from ui.case.flowsheet import VITAL_ROWS, vital_cells
from ui.intake.form import IntakeForm

from helpers_ui import form, nurse, store  # noqa: F401,E402 - fixtures


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
