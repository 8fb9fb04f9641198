"""triage/intake.py validation: required fields, units, physiologically possible ranges."""

from __future__ import annotations

from datetime import date

import pytest
from helpers_store import store_staff, suggestion, template_db  # noqa: F401
from hypothesis import given, settings
from hypothesis import strategies as st

from triage.errors import InvalidIntake
from triage.intake import AVPU, RANGES, ArrivalMode, Sex, parse_intake, parse_vitals

VALID = {"complaint": "chest pain", "age_years": "54", "heart_rate": "88", "resp_rate": "16",
         "sbp": "130", "dbp": "80", "spo2": "98", "temperature": "37.0", "pain": "3", "avpu": "A"}


def errors_of(form, **kw) -> dict[str, str]:
    with pytest.raises(InvalidIntake) as info:
        parse_intake(form, **kw)
    return {e.field: e.message for e in info.value.errors}


def test_a_valid_form_parses_into_typed_values():
    intake = parse_intake({**VALID, "sex": "f", "arrival_mode": "ambulance", "name": " Ann Lee ",
                           "mrn": "H-1", "injury": True})
    assert intake.patient.name == "Ann Lee" and intake.patient.sex is Sex.FEMALE
    assert intake.patient.age_years == 54 and intake.arrival_mode is ArrivalMode.AMBULANCE
    v = intake.vitals
    assert (v.heart_rate, v.sbp, v.dbp, v.spo2, v.pain, v.avpu) == (88, 130, 80, 98, 3, AVPU.ALERT)
    assert v.temperature_c == 37.0 and v.measured_at is not None and intake.injury is True


def test_required_fields():
    errors = errors_of({"complaint": "  "})
    assert set(errors) == {"complaint", "age_years"}
    assert "required" in errors["complaint"] and "estimate" in errors["age_years"]


@pytest.mark.parametrize("field,value", [
    ("heart_rate", "301"), ("heart_rate", "-1"), ("resp_rate", "81"), ("sbp", "301"),
    ("dbp", "201"), ("spo2", "29"), ("spo2", "101"), ("temperature", "45.1"),
    ("temperature", "24"), ("pain", "11"), ("gcs", "2"), ("age_years", "121"),
])
def test_out_of_range_values_name_field_value_and_range(field, value):
    form = {**VALID, field: value}
    with pytest.raises(InvalidIntake) as info:
        parse_intake(form)
    err = info.value.for_field(field)
    assert err is not None and err.value == value
    rng = RANGES["temperature_c" if field == "temperature" else field]
    assert value.lstrip("-") in err.message and rng.text() in err.message


@pytest.mark.parametrize("field,value,words", [
    ("heart_rate", "fast", "must be a number"), ("heart_rate", "88.5", "whole number"),
    ("spo2", "nan", "must be a number"), ("temperature", "inf", "must be a number"),
    ("avpu", "Z", "A, V, P, U"), ("sex", "x", "F, M, O or U"),
    ("arrival_mode", "teleport", "walk_in"), ("birth_date", "31/12/1990", "YYYY-MM-DD"),
])
def test_malformed_values_are_refused(field, value, words):
    assert words in errors_of({**VALID, field: value})[field]


def test_fahrenheit_is_converted_and_checked_in_its_own_range():
    assert parse_intake({**VALID, "temperature": "98.6"}, temperature_unit="F").vitals.temperature_c == 37.0
    assert parse_intake({**VALID, "temperature": "101,3", "temperature_unit": "°F"}).vitals.temperature_c == 38.5
    assert "77-113 °F" in errors_of({**VALID, "temperature": "120"}, temperature_unit="F")["temperature"]
    assert "°C or °F" in errors_of({**VALID}, temperature_unit="K")["temperature"]


def test_diastolic_must_be_below_systolic():
    assert "lower than systolic" in errors_of({**VALID, "sbp": "90", "dbp": "95"})["dbp"]


def test_every_bad_field_is_reported_at_once():
    errors = errors_of({"complaint": "", "age_years": "200", "heart_rate": "999", "spo2": "5"})
    assert set(errors) == {"complaint", "age_years", "heart_rate", "spo2"}


def test_birth_date_gives_age_and_must_be_plausible():
    intake = parse_intake({**VALID, "age_years": "", "birth_date": "1990-06-15"},
                          today=date(2026, 6, 14))
    assert intake.patient.age_on(date(2026, 6, 14)) == 35
    assert "last 120 years" in errors_of({**VALID, "birth_date": "2999-01-01"})["birth_date"]


def test_missing_vitals_are_allowed_and_listed():
    intake = parse_intake({"complaint": "rash", "age_years": 30})
    assert intake.vitals.missing() == ["heart_rate", "resp_rate", "sbp", "spo2", "temperature_c",
                                       "avpu", "pain"]


def test_nothing_is_saved_from_an_invalid_form(store_staff):
    """The store accepts only a parsed Intake, so an invalid form never reaches the database."""
    store, staff = store_staff
    with pytest.raises(InvalidIntake):
        store.create_case(staff.nurse, parse_intake({**VALID, "spo2": "300"}), suggestion(3))
    assert store.count_cases() == 0 and store.verify_audit().ok


@settings(max_examples=150, deadline=None)
@given(hr=st.integers(0, 300), rr=st.integers(0, 80), sbp=st.integers(1, 300),
       spo2=st.integers(30, 100), temp=st.floats(25, 45, allow_nan=False), pain=st.integers(0, 10))
def test_any_possible_vitals_parse_and_round_trip(hr, rr, sbp, spo2, temp, pain):
    dbp = min(sbp - 1, 200)
    v = parse_vitals({"heart_rate": hr, "resp_rate": str(rr), "sbp": sbp, "dbp": dbp,
                      "spo2": spo2, "temperature": temp, "pain": pain})
    assert (v.heart_rate, v.resp_rate, v.sbp, v.dbp, v.spo2, v.pain) == (hr, rr, sbp, dbp, spo2, pain)
    assert abs(v.temperature_c - temp) <= 0.05 + 1e-9
    assert type(v).from_dict(v.to_dict()) == v


@settings(max_examples=150, deadline=None)
@given(field=st.sampled_from(["heart_rate", "resp_rate", "sbp", "spo2", "pain", "gcs"]),
       offset=st.integers(1, 10_000), below=st.booleans())
def test_any_impossible_value_is_refused(field, offset, below):
    rng = RANGES[field]
    value = int(rng.low - offset if below else rng.high + offset)
    with pytest.raises(InvalidIntake) as info:
        parse_vitals({field: value})
    assert info.value.for_field(field) is not None


@pytest.mark.parametrize("raw,expected", [(True, True), (False, False), ("no", False),
                                          ("false", False), ("0", False), (0, False),
                                          ("Yes", True), ("1", True), (1, True), ("", None),
                                          (None, None)])
def test_yes_no_fields_read_words_not_truthiness(raw, expected):
    """A form or CSV sending "no" must not become True (bool("no") is True)."""
    intake = parse_intake({**VALID, "injury": raw, "on_oxygen": raw})
    assert intake.injury is expected and intake.vitals.on_oxygen is expected


def test_a_yes_no_field_with_another_word_is_refused():
    assert "yes or no" in errors_of({**VALID, "injury": "maybe"})["injury"]
