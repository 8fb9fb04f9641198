"""Each rule at its boundary values (just below / at / above), plus the RuleResult contract."""

from __future__ import annotations

import json
import math

import pytest

from triage.intake import AVPU, Intake, Patient, Vitals
from triage.engine.rules import RULES_VERSION, RuleResult, evaluate
from triage.suggestion import Reason


def run(complaint: str = "", age: int | None = 40, **vitals) -> RuleResult:
    return evaluate(Intake(patient=Patient(age_years=age), complaint=complaint, vitals=Vitals(**vitals)))


def floor(result: RuleResult, code: str) -> int | None:
    """The floor of finding ``code``, or None when it did not fire."""
    return next((r.level_floor for r in result.findings if r.code == code), None)


@pytest.mark.parametrize("kw, expected", [
    ({"avpu": AVPU.UNRESPONSIVE}, 1), ({"avpu": AVPU.PAIN}, 2), ({"avpu": AVPU.VOICE}, 2),
    ({"avpu": AVPU.ALERT}, None), ({"gcs": 8}, 1), ({"gcs": 9}, 2), ({"gcs": 13}, 2), ({"gcs": 14}, None),
])
def test_consciousness(kw, expected):
    result = run(**kw)
    codes = {r.code: r.level_floor for r in result.findings if r.kind == "rule"}
    assert min(codes.values(), default=None) == expected


@pytest.mark.parametrize("sbp, hr, code, expected", [
    (90, 80, "hypotension", None), (89, 80, "hypotension", 2), (70, 80, "hypotension", 2),
    (69, 80, "shock", 1), (85, 99, "hypotension", 2), (85, 99, "shock", None), (85, 100, "shock", 1),
    (90, 120, "shock", None),
])
def test_hypotension_and_shock(sbp, hr, code, expected):
    assert floor(run(sbp=sbp, heart_rate=hr), code) == expected


@pytest.mark.parametrize("age, sbp, code, expected", [
    (5, 80, "hypotension", None), (5, 79, "hypotension", 2), (5, 59, "shock", 1), (0, 70, "hypotension", None),
    (0, 69, "hypotension", 2), (11, 90, "hypotension", None), (11, 89, "hypotension", 2),
])
def test_child_hypotension_uses_the_pals_limit(age, sbp, code, expected):
    assert floor(run(age=age, sbp=sbp, heart_rate=100), code) == expected


def test_hypotension_with_deep_coma_is_shock():
    assert floor(run(sbp=85, heart_rate=80, avpu=AVPU.PAIN), "shock") == 1


@pytest.mark.parametrize("hr, sbp, reported", [(99, 100, False), (100, 100, True), (120, 110, True)])
def test_shock_index_is_reported_without_a_floor(hr, sbp, reported):
    found = [r for r in run(heart_rate=hr, sbp=sbp).findings if r.code == "shock_index"]
    assert bool(found) == reported
    assert all(r.level_floor is None and r.values == {"heart_rate": hr, "sbp": sbp} for r in found)


@pytest.mark.parametrize("hr, expected", [(39, 2), (40, 2), (41, None), (129, None), (130, 3), (149, 3),
                                          (150, 2), (151, 2)])
def test_adult_heart_rate(hr, expected):
    result = run(heart_rate=hr)
    assert (floor(result, "bradycardia") or floor(result, "tachycardia")) == expected


@pytest.mark.parametrize("age, hr, expected", [(4, 139, None), (4, 140, 3), (4, 160, 2), (4, 60, 2),
                                               (4, 61, None), (None, 140, 3), (None, 150, 2)])
def test_heart_rate_is_age_aware(age, hr, expected):
    result = run(age=age, heart_rate=hr)
    assert (floor(result, "bradycardia") or floor(result, "tachycardia")) == expected


@pytest.mark.parametrize("age, rr, expected", [
    (40, 6, 1), (40, 7, 2), (40, 8, 2), (40, 9, None), (40, 29, None), (40, 30, 2), (40, 35, 2), (40, 36, 1),
    (1, 49, None), (1, 50, 2), (1, 60, 1),
])
def test_respiratory_rate(age, rr, expected):
    assert floor(run(age=age, resp_rate=rr), "respiratory_rate") == expected


@pytest.mark.parametrize("spo2, expected", [(92, None), (91, 3), (90, 3), (89, 2), (85, 2), (84, 1)])
def test_spo2(spo2, expected):
    assert floor(run(spo2=spo2), "hypoxaemia") == expected


@pytest.mark.parametrize("t, code, expected", [
    (31.9, "hypothermia", 2), (32.0, "hypothermia", 3), (35.0, "hypothermia", 3), (35.1, "hypothermia", None),
    (37.9, "fever", None), (38.0, "fever", 4), (39.9, "fever", 4), (40.0, "hyperthermia", 2),
])
def test_temperature(t, code, expected):
    assert floor(run(temperature_c=t, heart_rate=80, resp_rate=16, sbp=120), code) == expected


@pytest.mark.parametrize("kw, complaint, code, expected", [
    ({"heart_rate": 90, "resp_rate": 20}, "", "fever", 4),
    ({"heart_rate": 91, "resp_rate": 20}, "", "fever_unwell", 3),
    ({"heart_rate": 80, "resp_rate": 21}, "", "fever_unwell", 3),
    ({"heart_rate": 91, "resp_rate": 21}, "", "fever_high_risk", 2),
    ({"heart_rate": 80, "resp_rate": 16, "sbp": 99}, "", "fever_high_risk", 2),
    ({"heart_rate": 80, "resp_rate": 16, "sbp": 100}, "", "fever", 4),
    ({"heart_rate": 80, "resp_rate": 16}, "fever, on chemo for lymphoma", "fever_high_risk", 2),
    ({"heart_rate": 80, "resp_rate": 16}, "fever, no chemo", "fever", 4),
])
def test_fever_with_risk_factors(kw, complaint, code, expected):
    assert floor(run(complaint, temperature_c=38.2, **kw), code) == expected


@pytest.mark.parametrize("complaint, temperature, expected", [
    ("Fever, chemo", None, 2), ("fever on chemotherapy", 36.9, 2), ("chills, s/p kidney transplant", 37.5, 2),
    ("Fever", None, None), ("fever, no chemo", 36.9, None), ("on chemo, no fever", 36.9, None),
    ("Fever, chemo", 34.0, None),  # hypothermia is its own finding; a reported fever does not add one
])
def test_reported_fever_in_the_immunosuppressed(complaint, temperature, expected):
    """A fever the patient reports counts like a measured one when they are immunosuppressed
    (antipyretics hide it; CTAS and the ESI handbook: neutropenic sepsis is high risk)."""
    assert floor(run(complaint, temperature_c=temperature, heart_rate=80, resp_rate=16), "fever_high_risk") \
        == expected


@pytest.mark.parametrize("sbp, dbp, complaint, expected", [
    (219, 100, "", None), (220, 100, "", 3), (180, 129, "", None), (180, 130, "", 3),
    (225, 120, "headache", 2), (225, 120, "no headache", 3),
])
def test_severe_hypertension(sbp, dbp, complaint, expected):
    assert floor(run(complaint, sbp=sbp, dbp=dbp), "hypertension") == expected


@pytest.mark.parametrize("complaint, pain, expected", [
    ("abd pain", 3, None), ("abd pain", 4, 3), ("abd pain", 7, 3), ("abd pain", 8, 2), ("abd pain", 10, 2),
    ("HA", 8, 2), ("ant. chest pain", 8, 2),
    ("ankle injury", 3, None), ("ankle injury", 4, 4), ("ankle injury", 7, 4), ("ankle injury", 8, 3),
    ("", 9, 3),
])
def test_pain_by_intensity_and_site(complaint, pain, expected):
    assert floor(run(complaint, pain=pain), "pain") == expected


@pytest.mark.parametrize("complaint, code, expected", [
    ("CP radiating to jaw", "cardiac_chest_pain", 2),
    ("post-CPR state", "cardiac_arrest", 1),
    ("hematemesis", "gi_bleeding", 3),
    ("sudden L side weakness 1 hour ago", "stroke_signs", 2),
    ("L side weakness", "stroke_signs", 2),
    ("L side weakness for 3 days", "stroke_signs", 3),
    ("suicidal ideation", "suicidal", 2),
])
def test_red_flags_become_findings(complaint, code, expected):
    result = run(complaint)
    assert floor(result, code) == expected
    reason = next(r for r in result.findings if r.code == code)
    assert reason.kind == "rule" and reason.source and reason.values["text"]


def test_chest_pain_in_a_child_is_urgent_not_emergent():
    assert floor(run("chest pain", age=9), "cardiac_chest_pain") == 3
    assert floor(run("chest pain", age=18), "cardiac_chest_pain") == 2


def normal(**change) -> dict:
    base = dict(heart_rate=72, resp_rate=16, sbp=130, spo2=98, temperature_c=36.8, avpu=AVPU.ALERT)
    base.update(change)
    return base


@pytest.mark.parametrize("kw, total, expected", [
    (normal(), 0, None),
    (normal(resp_rate=22, spo2=95, sbp=105, heart_rate=95), 5, 3),
    (normal(resp_rate=25), 3, 3),
    (normal(resp_rate=22, spo2=94, heart_rate=111, temperature_c=39.1), 7, 2),
])
def test_news2_finding(kw, total, expected):
    result = run(**kw)
    assert result.news2 == total
    reason = next(r for r in result.findings if r.code == "news2")
    assert reason.kind == "news2" and reason.level_floor == expected
    assert reason.values["total"] == total


def test_missing_vitals_are_listed_not_fatal():
    result = run("", age=None)
    assert result.floor is None and result.news2 is None and result.findings == ()
    assert set(result.missing) == {"avpu", "heart_rate", "resp_rate", "sbp", "spo2", "temperature_c", "pain",
                                   "age_years", "complaint"}
    assert run("CP", **normal(pain=2)).missing == ()


def test_odd_values_read_as_missing():
    result = run("x", heart_rate="fast", spo2=math.nan, sbp=math.inf, resp_rate=None, pain=True)
    assert {"heart_rate", "spo2", "sbp", "resp_rate", "pain"} <= set(result.missing)


def test_avpu_letters_and_broken_intakes_do_not_raise():
    assert run(avpu="p").floor == 2
    assert run(avpu="?").floor is None
    broken = Intake(patient=Patient(age_years=-3), complaint=None, vitals=None)  # type: ignore[arg-type]
    result = evaluate(broken)
    assert result.floor is None and "age_years" in result.missing and "complaint" in result.missing


@pytest.mark.parametrize("complaint", ["", "😀" * 50, "가슴 통증", "???", "x" * 10_000, "CP, SOB " * 1_000])
def test_never_raises_on_odd_text(complaint):
    assert isinstance(run(complaint, **normal()), RuleResult)


def test_result_is_deterministic_ordered_and_floor_is_most_urgent():
    kw = dict(heart_rate=135, resp_rate=31, sbp=85, spo2=88, temperature_c=38.6, pain=9, avpu=AVPU.PAIN)
    first, second = run("CP, SOB, hematemesis", **kw), run("CP, SOB, hematemesis", **kw)
    assert first == second
    weights = [r.weight for r in first.findings]
    assert weights == sorted(weights, reverse=True)
    assert first.floor == min(r.level_floor for r in first.findings if r.level_floor is not None) == 1
    by_floor = {}
    for r in first.findings:
        if r.level_floor is not None:
            by_floor.setdefault(r.level_floor, []).append(r.weight)
    assert min(by_floor[1]) > max(by_floor[2]) > max(by_floor[3])


def test_findings_serialise_to_json_and_back():
    result = run("CP, SOB, hematemesis", heart_rate=135, resp_rate=31, sbp=85, spo2=88, temperature_c=38.6,
                 pain=9, avpu=AVPU.PAIN, gcs=9)
    for reason in result.findings:
        text = json.dumps(reason.to_dict(), allow_nan=False)
        assert Reason.from_dict(json.loads(text)) == reason


def test_findings_name_the_values_they_read():
    result = run(spo2=88)
    reason = next(r for r in result.findings if r.code == "hypoxaemia")
    assert reason.values == {"spo2": 88}
    assert reason.detail == "SpO2 88 % < 90 %"
    assert "KTAS" in reason.source


def test_version_is_set():
    assert RULES_VERSION


# ----------------------------------------------------------------- floors from the manuals (issue 15)

@pytest.mark.parametrize("complaint, kw, expected", [
    ("crushing chest pain, sweaty", {"sbp": 88, "heart_rate": 118}, 1),
    ("crushing chest pain, sweaty, SBP 88, HR 118", {}, 1),  # typed in the complaint, fields empty
    ("SpO2 86 on oxygen, RR 32, responds to voice", {}, 1),
    ("short of breath", {"spo2": 86, "on_oxygen": True, "resp_rate": 32, "avpu": AVPU.VOICE}, 1),
])
def test_the_app_examples_reach_level_1(complaint, kw, expected):
    assert run(complaint, age=60, **kw).floor == expected


@pytest.mark.parametrize("complaint, kw, expected", [
    ("", {"sbp": 88, "heart_rate": 99}, None),
    ("", {"sbp": 88, "heart_rate": 100}, 1),
    ("sweaty and clammy", {"sbp": 88, "heart_rate": 80}, 1),
    ("not sweaty", {"sbp": 88, "heart_rate": 80}, None),
    ("", {"sbp": 88, "heart_rate": 80, "avpu": AVPU.VOICE}, 1),
    ("", {"sbp": 88, "heart_rate": 80, "gcs": 13}, 1),
    ("confused", {"sbp": 88, "heart_rate": 80}, 1),
    ("sweaty", {"sbp": 95, "heart_rate": 130}, None),  # not hypotensive: no shock
])
def test_shock_is_hypotension_with_a_sign_of_hypoperfusion(complaint, kw, expected):
    assert floor(run(complaint, **kw), "shock") == expected


def test_shock_in_a_child_uses_the_paediatric_heart_rate_band():
    assert floor(run(age=5, sbp=75, heart_rate=120), "shock") is None  # 120/min is normal at 5
    assert floor(run(age=5, sbp=75, heart_rate=140), "shock") == 1


@pytest.mark.parametrize("kw, expected", [
    ({"spo2": 89, "on_oxygen": True}, 1), ({"spo2": 90, "on_oxygen": True}, None),
    ({"spo2": 89, "on_oxygen": False}, None), ({"spo2": 89}, None),
    ({"spo2": 89, "resp_rate": 30}, 1), ({"spo2": 89, "resp_rate": 29}, None),
    ({"spo2": 89, "avpu": AVPU.VOICE}, 1), ({"spo2": 89, "gcs": 14}, None), ({"spo2": 89, "gcs": 13}, 1),
    ({"spo2": 95, "on_oxygen": True, "resp_rate": 34}, None),
])
def test_respiratory_failure(kw, expected):
    assert floor(run(**kw), "respiratory_failure") == expected


@pytest.mark.parametrize("complaint, kw, expected", [
    ("melena", {"heart_rate": 80, "sbp": 120}, 3),
    ("melena", {"heart_rate": 100, "sbp": 120}, 2),
    ("melena", {"heart_rate": 99, "sbp": 100}, 3),
    ("hematemesis", {"heart_rate": 80, "sbp": 99}, 2),
    ("GIB", {"heart_rate": 80, "sbp": 120, "avpu": AVPU.VOICE}, 2),
    ("hematochezia, drowsy", {"heart_rate": 80, "sbp": 120}, 2),
    ("coffee ground emesis, fainted at home", {"heart_rate": 80, "sbp": 120}, 2),
    ("Vomiting blood (hematemesis)", {"heart_rate": 112}, 2),
])
def test_gi_bleeding_with_abnormal_vital_signs_or_consciousness_is_level_2(complaint, kw, expected):
    assert floor(run(complaint, **kw), "gi_bleeding") == expected


@pytest.mark.parametrize("complaint, code, expected", [
    ("L facial droop", "stroke_signs", 2),
    ("slurred speech since this morning", "stroke_signs", 2),
    ("slurred speech for 3 days", "stroke_signs", 3),
    ("R arm weakness, 2 weeks ago", "stroke_signs", 3),
    ("chemical splash in the eye", "chemical_eye", 2),
    ("bleach in both eyes", "chemical_eye", 2),
    ("chemical burn to the hand", "chemical_burn", 2),
    ("acid burn, forearm", "chemical_burn", 2),
    ("sudden loss of vision, right eye", "vision_loss", 2),
    ("vision loss", "vision_loss", 2),
    ("gradual vision loss for months", "vision_loss", 3),
    ("sudden double vision", "acute_visual_disturbance", 2),
    ("metal fragment in eye while grinding", "penetrating_eye_injury", 2),
    ("ruptured globe", "penetrating_eye_injury", 2),
    ("punched in the eye", "eye_trauma", 3),
    ("eye trauma", "eye_trauma", 3),
])
def test_new_floors_from_the_manuals(complaint, code, expected):
    assert floor(run(complaint), code) == expected


@pytest.mark.parametrize("complaint, code", [
    ("denies vision loss", "vision_loss"), ("no chemical exposure to the eyes", "chemical_eye"),
    ("hx of stroke", "stroke_signs"), ("history of GI bleed, now knee pain", "gi_bleeding"),
    ("blurred vision", "acute_visual_disturbance"), ("FB in eye", "penetrating_eye_injury"),
    ("burn, hand", "chemical_burn"),
])
def test_negated_historical_or_minor_mentions_do_not_fire(complaint, code):
    assert floor(run(complaint, heart_rate=120, sbp=85), code) is None


def test_a_stroke_without_onset_asks_for_it():
    result = run("L facial droop")
    assert result.floor == 2
    assert result.questions and "last known well" in result.questions[0]
    reason = next(r for r in result.findings if r.code == "stroke_signs")
    assert "last known well" in reason.detail
    assert run("sudden L facial droop 1 hour ago").questions == ()
    assert run("L facial droop for 3 days").questions == ()


def test_vitals_in_the_complaint_fill_empty_fields_only():
    result = run("SBP 88, HR 118, SpO2 86 on 4L", age=60)
    stated = next(r for r in result.findings if r.code == "stated_vitals")
    assert stated.level_floor is None
    assert stated.values == {"sbp": 88, "heart_rate": 118, "spo2": 86, "on_oxygen": True}
    # a value in a field wins over the text
    assert floor(run("SBP 88, HR 118", sbp=130, heart_rate=80), "shock") is None
    assert floor(run("HR 999, SpO2 5"), "tachycardia") is None  # implausible numbers are ignored
    assert floor(run("pain 8/10, x3 days"), "stated_vitals") is None


# --- fever in a young infant (CTAS 2016 temperature modifier; ESI v4 ch. 6) -------------------

def _infant(complaint: str, *, days: int | None = None, age_years: int | None = 0,
            temp: float | None = None, **vitals) -> Intake:
    from datetime import date, datetime, timedelta, timezone

    arrival = datetime(2026, 12, 1, 10, 0, tzinfo=timezone.utc)
    born = (date(2026, 12, 1) - timedelta(days=days)) if days is not None else None
    patient = Patient(birth_date=born, age_years=None if born else age_years)
    return Intake(patient=patient, complaint=complaint, arrival_time=arrival,
                  vitals=Vitals(temperature_c=temp, heart_rate=150, resp_rate=40, spo2=98,
                                avpu=AVPU.ALERT, **vitals))


def _codes(result: RuleResult) -> set[str]:
    return {r.code for r in result.findings}


def test_fever_under_three_months_by_birth_date_is_level_2():
    result = evaluate(_infant("fussy, feeding less", days=20, temp=38.3))
    assert "febrile_young_infant" in _codes(result) and result.floor == 2


def test_fever_at_seven_months_follows_the_other_signs():
    result = evaluate(_infant("fussy, feeding less", days=210, temp=38.3))
    assert "febrile_young_infant" not in _codes(result)


def test_reported_fever_in_a_three_week_old_from_the_words_is_level_2():
    result = evaluate(_infant("3 wk old with fever at home", temp=None))
    assert "febrile_young_infant" in _codes(result) and result.floor == 2
    assert "febrile_young_infant" not in _codes(evaluate(_infant("3 wk old, denies fever", temp=None)))


def test_infant_of_unknown_months_with_fever_gets_the_floor_and_the_question():
    result = evaluate(_infant("fever and cough", temp=38.5))
    assert result.floor == 2 and any("months old" in q for q in result.questions)


def test_fever_in_an_adult_is_not_an_infant_rule():
    adult = Intake(patient=Patient(age_years=30), complaint="fever",
                   vitals=Vitals(temperature_c=38.6, heart_rate=80, resp_rate=14, spo2=99, sbp=120))
    assert "febrile_young_infant" not in _codes(evaluate(adult))
