"""The site's calibrated line reaches the desk (issue 18 §3): the line an administrator saved with
``calibrate`` is read with the scale at sign-in and travels with every suggestion the intake and
re-triage ask for; a reset returns the desk to the shipped default."""

from __future__ import annotations

import pytest
from helpers_store import store_staff, template_db  # noqa: F401

from triage.engine import Engine
from triage.engine.fallback import suggest_or_rules
from triage.engine.operating_point import OperatingPoint, head_margin, site_point, use_site_points
from triage.intake import ArrivalMode, Intake, Patient, Sex, Vitals


@pytest.fixture(scope="module")
def engine(models_dir) -> Engine:
    e = Engine.load(models_dir)
    assert e.risk_loaded, [s.error for s in e.status()]
    return e


@pytest.fixture(autouse=True)
def _no_site_lines():
    use_site_points({})
    yield
    use_site_points({})


ANKLE = Intake(patient=Patient(age_years=24, sex=Sex.MALE), complaint="sprained ankle",
               arrival_mode=ArrivalMode.WALK_IN,
               vitals=Vitals(heart_rate=80, sbp=125, spo2=99, resp_rate=14, pain=4))


def test_a_saved_line_decides_the_desks_suggestion_and_a_reset_undoes_it(store_staff, engine):
    from ui.app import installation_lines

    store, staff = store_staff
    shipped = suggest_or_rules(engine, ANKLE, scale="ESI")
    assert shipped.level > 2 and shipped.decided_by != "risk"
    p = shipped.risk("critical").probability
    # A site whose line sits below this patient's P(critical): the desk must call them 1-2.
    store.save_calibration(staff.admin, "ESI", p * 0.5, provenance={"rows": 600})
    scale, lines = installation_lines(store)
    assert set(lines) == {"ESI"} and lines["ESI"].source == "site"
    use_site_points(lines)
    assert site_point("ESI").critical_threshold == pytest.approx(p * 0.5)
    assert site_point("KTAS") is None
    site = suggest_or_rules(engine, ANKLE, scale="ESI")
    assert (site.level, site.decided_by) == (2, "risk")
    assert site.risk("critical").threshold == pytest.approx(p * 0.5)
    assert suggest_or_rules(engine, ANKLE, scale="KTAS").level == \
        engine.suggest(ANKLE, scale="KTAS").level  # the other scale keeps its shipped line
    store.reset_calibration(staff.admin, "ESI")
    use_site_points(installation_lines(store)[1])
    assert site_point("ESI") is None
    assert suggest_or_rules(engine, ANKLE, scale="ESI").level == shipped.level


@pytest.mark.parametrize("scale", ["ESI", "KTAS"])
def test_a_site_intercept_lifts_the_head_and_says_so_in_numbers(engine, scale):
    """A site line with a level-head intercept puts a case the head leaves at 3+ at 1-2, names
    the head's urgency and this ED's line, and the shipped line leaves it where it was."""
    [sig] = engine.signals([ANKLE], scale=scale)
    assert sig.head_urgency is not None and sig.head_line is not None and sig.head_level > 2
    shipped = engine.default_point(scale)
    assert engine.suggest(ANKLE, scale=scale).level > 2
    gap = -head_margin(sig.head_urgency, sig.head_line)
    site = OperatingPoint(scale, shipped.critical_threshold, "site", "cal-test", level_shift=gap + 0.01)
    lifted = engine.suggest(ANKLE, scale=scale, point=site)
    assert lifted.level == 2 and lifted.decided_by == "head"
    reason = next(r for r in lifted.reasons if r.code == "site_head_line")
    assert "this ED's line" in reason.title and reason.level_floor == 2
    just_short = OperatingPoint(scale, shipped.critical_threshold, "site", "cal-test", level_shift=gap - 0.01)
    assert engine.suggest(ANKLE, scale=scale, point=just_short).level > 2
