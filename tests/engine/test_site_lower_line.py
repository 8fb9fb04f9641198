"""The site's line between 3 and 4-5 (issue 18 §3-4): a site whose nurses call more of their visits
3 than the survey the level head learned from is under-called by the head's 4s and 5s, and
``calibrate`` fits a lower line that only ever moves a case up, until the site's own levels are
under-called at most at the target rate; a site without that habit gets none."""

from __future__ import annotations

import math
import random

import pytest

from triage.engine import Engine
from triage.engine.operating_point import CaseSignals, OperatingPoint, level_for, lower_lift
from triage.intake import ArrivalMode, Intake, Patient, Sex, Vitals
from triage.training.site_calibration import SiteRow, _Arrays, fit_site_line


def _probs(rng: random.Random) -> dict[int, float]:
    raw = [rng.random() ** 2 for _ in range(5)]
    return {lv: x / sum(raw) for lv, x in zip(range(1, 6), raw)}


def test_the_lower_line_only_moves_a_case_up_and_never_past_3():
    probs = {1: 0.01, 2: 0.04, 3: 0.25, 4: 0.6, 5: 0.1}
    four = CaseSignals(None, probs, 4, 0.01)
    assert lower_lift(four, 0.0) is None
    assert level_for(four, OperatingPoint("ESI", 1.0, lower_shift=0.5))[0] == 4  # log(.6/.25) = 0.88
    assert level_for(four, OperatingPoint("ESI", 1.0, lower_shift=0.9)) == (3, "head")
    assert level_for(four, OperatingPoint("ESI", 1.0, lower_shift=50.0))[0] == 3  # never to 1-2
    three = CaseSignals(None, probs, 3, 0.01)
    assert level_for(three, OperatingPoint("ESI", 1.0, lower_shift=50.0))[0] == 3
    five = CaseSignals(None, {3: 0.1, 4: 0.3, 5: 0.6}, 5, 0.01)
    assert level_for(five, OperatingPoint("ESI", 1.0, lower_shift=-3.0))[0] == 5  # never lowers
    assert level_for(five, OperatingPoint("ESI", 1.0, lower_shift=0.8))[0] == 4
    rules_only = CaseSignals(None, {}, 5, None)
    assert level_for(rules_only, OperatingPoint("ESI", 1.0, lower_shift=9.0))[0] == 5
    floored = CaseSignals(2, probs, 4, 0.01)
    assert level_for(floored, OperatingPoint("ESI", 1.0, lower_shift=9.0))[0] == 2


def test_the_vectorised_levels_with_a_lower_line_are_level_for():
    rng = random.Random(7)
    rows = [SiteRow(CaseSignals(rule_floor=rng.choice((None, 1, 2, 3, 4)),
                                head_probabilities=rng.choice(({}, _probs(rng), _probs(rng))),
                                head_level=rng.choice((None, 1, 2, 3, 4, 5)),
                                p_critical=rng.choice((None, rng.random())),
                                head_urgency=rng.choice((None, rng.random())),
                                head_line=rng.choice((None, 0.3, 0.5))), rng.randint(1, 5))
            for _ in range(2000)]
    arrays = _Arrays(rows)
    for t, shift, lower in ((1.0, 0.0, 0.3), (0.5, 0.7, 1.0), (0.2, 2.0, 4.0), (1.0, 0.0, 0.0)):
        expected = [level_for(r.signals, OperatingPoint("ESI", t, level_shift=shift, lower_shift=lower))[0]
                    for r in rows]
        assert arrays.levels(t, None, shift, lower).tolist() == expected


def _site(n: int, seed: int, nurse_threes: float) -> list[SiteRow]:
    """Visits the head puts at 4 (P(4) 0.55, P(3) 0.35) of which the nurses call 3 at the rate
    ``nurse_threes``; a few 1-2s that the head finds."""
    rng = random.Random(seed)
    rows = []
    for _ in range(n):
        if rng.random() < 0.1:
            rows.append(SiteRow(CaseSignals(None, {2: 0.7, 3: 0.2, 4: 0.1}, 2, 0.3), 2, False))
            continue
        p3 = min(0.8, max(0.05, rng.gauss(0.35, 0.1)))
        probs = {1: 0.0, 2: 0.02, 3: p3, 4: 0.9 - p3, 5: 0.08}
        head = max((3, 4, 5), key=lambda lv: probs[lv])
        rows.append(SiteRow(CaseSignals(None, probs, head, 0.01), 3 if rng.random() < nurse_threes else head,
                            False))
    return rows


def test_a_site_that_calls_more_threes_gets_a_lower_line_that_holds_on_visits_left_out():
    rows = _site(3000, 1, 0.4)
    plain = _Arrays(rows).figures(1.0)
    assert plain["under_triage"] > 0.25
    fit = fit_site_line(rows, "ESI", target=0.85, target_under=0.12)
    assert fit.lower_shift > 0
    assert fit.in_file["under_triage"] <= 0.12
    assert fit.expected["under_triage"]["mean"] <= 0.13
    judged = _site(2000, 2, 0.4)
    assert _Arrays(judged).figures(fit.threshold, None, fit.level_shift, fit.lower_shift)["under_triage"] <= 0.14


def test_a_site_without_that_habit_gets_no_lower_line_and_none_when_asked_for_none():
    rows = _site(1000, 3, 0.0)
    assert fit_site_line(rows, "ESI", target=0.85, target_under=0.12).lower_shift == 0.0
    assert fit_site_line(_site(1000, 4, 0.4), "ESI", target=0.85, target_under=None).lower_shift == 0.0
    with pytest.raises(ValueError):
        fit_site_line(rows, "ESI", target_under=1.5)


def test_the_point_reads_its_lower_line_from_a_stored_calibration():
    stored = {"scale": "ESI", "critical_threshold": 0.1, "source": "site", "version": "esi-site-3",
              "level_shift": 0.4, "provenance": {"rows": 900, "lower_shift": 0.65}}
    point = OperatingPoint.from_dict(stored)
    assert point.lower_shift == pytest.approx(0.65)
    assert OperatingPoint.from_dict(point.to_dict()).lower_shift == pytest.approx(0.65)
    assert OperatingPoint.from_dict({**stored, "provenance": {}}).lower_shift == 0.0


@pytest.fixture(scope="module")
def engine(models_dir) -> Engine:
    return Engine.load(models_dir)


EARACHE = Intake(patient=Patient(age_years=30, sex=Sex.FEMALE), complaint="ear ache for two days",
                 arrival_mode=ArrivalMode.WALK_IN,
                 vitals=Vitals(heart_rate=78, sbp=120, spo2=99, resp_rate=14, pain=3, temperature_c=36.9))


@pytest.mark.parametrize("scale", ["ESI", "KTAS"])
def test_the_desk_moves_a_case_up_on_the_sites_lower_line_and_says_so(engine, scale):
    [sig] = engine.signals([EARACHE], scale=scale)
    shipped = engine.suggest(EARACHE, scale=scale)
    assert sig.head_level is not None and sig.head_level >= 4 and shipped.level == sig.head_level
    probs = sig.head_probabilities
    need = math.log(probs[sig.head_level] / probs[3]) / (sig.head_level - 3)  # lifts it to 3
    base = engine.default_point(scale)
    point = OperatingPoint(scale, base.critical_threshold, "site", "cal-low", lower_shift=need + 0.05)
    moved = engine.suggest(EARACHE, scale=scale, point=point)
    assert moved.level < shipped.level and moved.level >= 3 and moved.decided_by == "head"
    reason = next(r for r in moved.reasons if r.code == "site_lower_line")
    assert "this ED's own line" in reason.title and reason.values["point_version"] == "cal-low"
    assert engine.suggest(EARACHE, scale=scale, point=base).level == shipped.level


def test_the_shipped_lower_line_says_it_is_the_shipped_one(engine):
    """The ESI point ships a lower line of its own (``triage.training.lower_line``); a case it moves
    says so in words that do not claim a site calibration."""
    [sig] = engine.signals([EARACHE], scale="ESI")
    probs = sig.head_probabilities
    need = math.log(probs[sig.head_level] / probs[3]) / (sig.head_level - 3)
    base = engine.default_point("ESI")
    shipped = OperatingPoint("ESI", base.critical_threshold, "shipped", base.version,
                             lower_shift=max(base.lower_shift, need + 0.05))
    moved = engine.suggest(EARACHE, scale="ESI", point=shipped)
    assert moved.level == 3
    reason = next(r for r in moved.reasons if r.code == "site_lower_line")
    assert "the shipped line below 1-2" in reason.title and "this ED" not in reason.title
    assert reason.source == "shipped line" and reason.values["point_source"] == "shipped"
