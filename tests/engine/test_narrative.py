"""Narrative intake: values read from free text, with their spans; nothing invented; conflicts kept;
the hand-written phrase table (precision 1.0) and the teaching cases (extraction helps)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bench.bench_narrative import load_cases, load_phrases, score_cases, score_phrases
from triage.engine import Engine
from triage.engine.narrative import FIELDS, complaint_from, extract, to_intake
from triage.intake import AVPU, ArrivalMode, Sex


def test_the_issue_example_reads_every_field_with_its_source_words():
    note = "67 yo M, crushing CP since 2 h, diaphoretic, BP 88/50, HR 118, RR 24, SpO2 91% RA, GCS 14"
    got = extract(note)
    values = {name: f.value for name, f in got.fields.items()}
    assert values == {"age_years": 67, "sex": "M", "onset": 2.0, "sbp": 88, "dbp": 50, "heart_rate": 118,
                      "resp_rate": 24, "spo2": 91, "on_oxygen": False, "gcs": 14}
    for f in got.fields.values():
        assert note[f.span[0]:f.span[1]] == f.source
    assert got.fields["heart_rate"].source == "HR 118"
    assert got.fields["on_oxygen"].source == "RA"
    assert not got.conflicts


@pytest.mark.parametrize("text, celsius, unit", [
    ("T 98.6", 37.0, "°F (inferred)"),
    ("T 37.2", 37.2, "°C (inferred)"),
    ("temp 101.3 F", 38.5, "°F"),
    ("38.9 °C", 38.9, "°C"),
    ("Temp 39,2", 39.2, "°C (inferred)"),
])
def test_temperature_is_stored_in_celsius_with_the_written_or_inferred_unit(text, celsius, unit):
    found = extract(text).fields["temperature_c"]
    assert (found.value, found.unit) == (celsius, unit)


@pytest.mark.parametrize("text, years, unit", [
    ("8-month-old", 0.67, "months"), ("a 3 week old", 0.06, "weeks"), ("67 yo", 67, "years"),
    ("67M", 67, "years"), ("10 day old", 0.03, "days"),
])
def test_age_in_years_keeps_the_written_unit(text, years, unit):
    found = extract(text).fields["age_years"]
    assert (found.value, found.unit) == (years, unit)


@pytest.mark.parametrize("text", [
    "denies chest pain, no SOB", "hx of MI in 2019", "smoker for 30 years", "weight 70 kg, height 170 cm",
    "glucose 45 mg/dl", "insulin 10 units at 8 am", "room 12, bed 3", "vitals stable", "G2P1",
    "HR 400", "T 48", "sat 120%", "pain 15/10", "BP 300/250", "80F",  # an 80-year-old woman, not 80 °F
    "baseline GCS 14", "usual BP 150/90", "medic alert bracelet", "stroke alert", "not alert",
])
def test_nothing_is_invented_from_words_that_are_not_a_value(text):
    got = extract(text)
    read = set(got.fields) | set(got.conflicts)
    assert read <= ({"age_years", "sex"} if text == "80F" else set())


def test_denials_are_values_and_history_is_not():
    assert extract("denies trauma").get("injury") is False
    assert extract("not pregnant").get("pregnant") is False
    assert extract("hx of falls").get("injury") is None
    assert extract("previous pregnancy uncomplicated").get("pregnant") is None
    assert extract("refused ambulance transport").get("arrival") is None
    # An injury written beside a denial of another one: the injury was written.
    assert extract("fell from standing, denies head injury").get("injury") is True


@pytest.mark.parametrize("text, field", [
    ("HR 130, later HR 98", "heart_rate"), ("HR 130 on arrival, 98 after fluids", "heart_rate"),
    ("SpO2 92% then 88%", "spo2"), ("initially drowsy, now alert and oriented", "avpu"),
    ("T 38.2 and temp 39.5 two hours later", "temperature_c"),
])
def test_two_different_values_are_a_conflict_and_neither_is_picked(text, field):
    got = extract(text)
    assert field not in got.fields
    assert len(got.conflicts[field]) == 2
    assert to_intake(got).vitals.to_dict()[field] is None


def test_a_repeated_value_is_one_reading_and_half_a_conflicting_pressure_is_unsure():
    assert extract("HR 90, pulse 90").get("heart_rate") == 90
    assert extract("T 101.2F (38.4C)").get("temperature_c") == 38.4
    got = extract("BP 120/80, BP 122/80")
    assert "sbp" in got.conflicts and "dbp" in got.conflicts and "dbp" not in got.fields


def test_the_complaint_loses_the_measurements_but_keeps_the_story():
    got = extract("EMS: 80 yo F, fell down stairs this morning, fever of 39.2, lethargic, BP 90/50, HR 120")
    complaint = complaint_from(got)
    assert "fell down stairs this morning" in complaint and "fever" in complaint and "lethargic" in complaint
    assert "90/50" not in complaint and "120" not in complaint and "39.2" not in complaint
    assert complaint_from(got, "whole") == got.text
    with pytest.raises(ValueError):
        complaint_from(got, "half")


def test_to_intake_puts_the_values_where_the_engine_reads_them():
    intake = to_intake(extract("BIBA, 72yoM, unresponsive, RR 6, SpO2 84% on 15L NRB, T 34.1, fell off a ladder"))
    assert intake.patient.age_years == 72 and intake.patient.sex == Sex.MALE
    assert intake.arrival_mode == ArrivalMode.AMBULANCE and intake.injury is True
    v = intake.vitals
    assert (v.resp_rate, v.spo2, v.on_oxygen, v.temperature_c, v.avpu) == (6, 84, True, 34.1, AVPU.UNRESPONSIVE)
    assert "ladder" in intake.complaint


@given(st.text(max_size=600))
@settings(max_examples=300, deadline=None)
def test_any_text_gives_a_result_with_spans_inside_the_text(text):
    got = extract(text)
    for f in list(got.fields.values()) + [f for group in got.conflicts.values() for f in group]:
        assert 0 <= f.span[0] < f.span[1] <= len(text)
        assert f.field in FIELDS
    to_intake(got)  # never raises: every value was range-checked when read


def test_odd_inputs_do_not_raise():
    assert extract(None).fields == {}
    assert extract(12345).text == "12345"
    assert extract("🚑 " * 5000).fields == {}


# ------------------------------------------------------------------------------ the tables

def test_phrase_table_has_200_phrasings_and_nothing_is_invented():
    phrases = load_phrases()
    assert len(phrases) >= 200
    scores = score_phrases(phrases)
    invented = [e for s in scores.values() for e in s.errors if "table" in e or "picked" in e]
    assert invented == []
    assert all(s.precision == 1.0 for s in scores.values())
    tp = sum(s.tp for s in scores.values())
    fn = sum(s.fn for s in scores.values())
    assert tp / (tp + fn) >= 0.95


def test_teaching_cases_agree_more_and_miss_no_urgent_case_with_extraction():
    cases = load_cases()
    assert len(cases) >= 40
    engine = Engine.without_models("test: rules only")
    without = score_cases(cases, engine, mode="none")
    with_ = score_cases(cases, engine, mode="minus")
    assert with_["agreement"] > without["agreement"]
    assert with_["sensitivity_1_2"] >= without["sensitivity_1_2"]
    assert with_["sensitivity_1_2"] >= 0.95
