"""The ESI v4 mapping (triage/esi.py): each handbook decision point at its boundary."""

import pytest

from triage.engine.esi import esi_level, resources_expected
from triage.intake import ArrivalMode, Intake, Patient, Sex, Vitals
from triage.suggestion import Reason

CALM = {"heart_rate": 80, "resp_rate": 16, "spo2": 98}
LOW_P = {1: 0.0, 2: 0.1, 3: 0.5, 4: 0.3, 5: 0.1}


def _intake(text: str, age: int | None = 40, **vitals) -> Intake:
    return Intake(Patient(age_years=age, sex=Sex.FEMALE), text, Vitals(**{**CALM, **vitals}),
                  ArrivalMode.WALK_IN)


def test_level_1_stays_1_and_level_2_is_high_risk():
    assert esi_level(1, _intake("abd pain"), LOW_P) == (1, [])
    level, why = esi_level(2, _intake("abd pain"), LOW_P)
    assert level == 2 and why == ["high-risk presentation (engine level 2)"]


@pytest.mark.parametrize("vitals, expected", [
    ({"heart_rate": 100}, 3), ({"heart_rate": 101}, 2), ({"resp_rate": 20}, 3), ({"resp_rate": 21}, 2),
    ({"spo2": 92}, 3), ({"spo2": 91}, 2),
])
def test_danger_zone_vitals_at_their_boundaries(vitals, expected):
    assert esi_level(3, _intake("abd pain", **vitals), LOW_P)[0] == expected


def test_text_model_probability_of_level_1_2_at_one_third():
    assert esi_level(3, _intake("abd pain"), {2: 0.33, 3: 0.67})[0] == 3
    level, why = esi_level(3, _intake("abd pain"), {1: 0.03, 2: 0.31, 3: 0.66})
    assert level == 2 and "34%" in why[0]


def test_handbook_high_risk_finding_whatever_its_ktas_floor():
    stroke = Reason(kind="rule", code="stroke_signs", weight=1.0, title="Stroke signs", detail="",
                    values={}, source="")
    level, why = esi_level(3, _intake("L facial droop"), LOW_P, [stroke])
    assert level == 2 and "signs of a stroke" in why[0]


@pytest.mark.parametrize("text, engine_level, expected", [
    ("finger laceration", 4, 4), ("R ankle sprain", 4, 4), ("sore throat", 4, 4), ("toothache", 5, 4),
    ("Med refill", 4, 5), ("suture removal", 5, 5), ("wound check", 4, 5),
    ("abd pain", 4, 3),  # work-up: labs and imaging
    ("abd pain", 5, 4),  # non-urgent and nothing known: at most one resource
    ("finger laceration", 3, 3),  # the engine thinks it urgent: do not count on one resource
    ("no rash, fever", 4, 3),  # negated
])
def test_resources_decide_esi_3_to_5(text, engine_level, expected):
    assert esi_level(engine_level, _intake(text), LOW_P)[0] == expected


def test_older_adults_and_severe_pain_are_never_below_esi_3():
    assert esi_level(4, _intake("wrist pain", age=80), LOW_P)[0] == 3
    assert esi_level(4, _intake("wrist pain", pain=7), LOW_P)[0] == 3
    assert esi_level(4, _intake("wrist pain", pain=6), LOW_P)[0] == 4
    assert esi_level(4, _intake("wrist pain", age=None), LOW_P)[0] == 4  # MIMIC-IV-ED has no age


def test_resource_estimate_reads_shorthand():
    assert resources_expected("lac to L hand") == (1, "laceration")
    assert resources_expected("Rx refill") is not None
    assert resources_expected("CP, SOB") is None
    assert resources_expected("") is None


def test_unresponsive_is_esi_1_by_avpu_or_by_the_complaint_when_nothing_was_recorded():
    from triage.intake import AVPU

    assert esi_level(2, _intake("abd pain", avpu=AVPU.PAIN), LOW_P)[0] == 1
    assert esi_level(2, _intake("abd pain", avpu=AVPU.VOICE), LOW_P)[0] == 2
    level, why = esi_level(2, _intake("found unresponsive"), LOW_P)
    assert level == 1 and "unresponsive" in why[0]
    assert esi_level(2, _intake("found unresponsive", avpu=AVPU.ALERT), LOW_P)[0] == 2  # now awake
    assert esi_level(2, _intake("not unresponsive, confused"), LOW_P)[0] == 2


def _finding(code: str, floor: int) -> Reason:
    return Reason(kind="rule", code=code, title=code, level_floor=floor)


def test_on_the_esi_scale_high_risk_floors_bind_and_severe_pain_is_considered_at_3():
    from triage.engine.esi import esi_rule_floor

    assert esi_rule_floor([_finding("shock", 1), _finding("pain", 2)]) == 1
    assert esi_rule_floor([_finding("cardiac_chest_pain", 2)]) == 2
    assert esi_rule_floor([_finding("pain", 2)]) is None  # ESI 3 from the head's level 3-5 choice
    assert esi_rule_floor([_finding("pain", 2)], lower=True) == 3
    assert esi_rule_floor([_finding("seizure", 3)]) is None
    assert esi_rule_floor([]) is None


def test_esi_head_suggestion_applies_decision_point_a_and_names_danger_zone_vitals():
    from triage.engine.esi import esi_head_suggestion
    from triage.intake import AVPU
    from triage.suggestion import Suggestion

    base = Suggestion(level=3, confidence=0.5, reasons=())
    calm = Intake(Patient(age_years=40), "fall", Vitals(avpu=AVPU.PAIN))
    assert esi_head_suggestion(base, calm).level == 1
    fast = Intake(Patient(age_years=40), "cough", Vitals(heart_rate=124, avpu=AVPU.ALERT))
    out = esi_head_suggestion(base, fast)
    assert out.level == 3
    note = next(r for r in out.reasons if r.code == "esi_scale")
    assert "consider ESI 2" in note.detail and note.values["danger_zone"]
