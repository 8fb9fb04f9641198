"""NEWS2 against the RCP 2017 chart: every band edge, worked examples, partial vitals."""

from __future__ import annotations

from dataclasses import replace

import pytest

from triage.intake import AVPU, Vitals
from triage.engine.news2 import news2

# All parameters in the 0-point band: the score of a variation is that parameter's score alone.
NORMAL = Vitals(heart_rate=72, resp_rate=16, sbp=130, spo2=98, temperature_c=36.8, avpu=AVPU.ALERT,
                on_oxygen=False)


def score_of(param: str, **change) -> int:
    result = news2(replace(NORMAL, **change))
    assert result is not None
    return result.scores[param]


@pytest.mark.parametrize("rr, points", [(8, 3), (9, 1), (11, 1), (12, 0), (20, 0), (21, 2), (24, 2), (25, 3)])
def test_respiratory_rate_bands(rr, points):
    assert score_of("resp_rate", resp_rate=rr) == points


@pytest.mark.parametrize("spo2, points", [(91, 3), (92, 2), (93, 2), (94, 1), (95, 1), (96, 0)])
def test_spo2_scale_1_bands(spo2, points):
    assert score_of("spo2", spo2=spo2) == points


@pytest.mark.parametrize("spo2, on_oxygen, points", [
    (83, False, 3), (84, False, 2), (85, True, 2), (86, False, 1), (87, True, 1), (88, True, 0),
    (92, True, 0), (96, False, 0), (93, True, 1), (94, True, 1), (95, True, 2), (96, True, 2), (97, True, 3)])
def test_spo2_scale_2_bands(spo2, on_oxygen, points):
    result = news2(replace(NORMAL, spo2=spo2, on_oxygen=on_oxygen), hypercapnic=True)
    assert result.scores["spo2"] == points
    assert result.hypercapnic


@pytest.mark.parametrize("sbp, points", [(90, 3), (91, 2), (100, 2), (101, 1), (110, 1), (111, 0), (219, 0),
                                         (220, 3)])
def test_systolic_bp_bands(sbp, points):
    assert score_of("sbp", sbp=sbp) == points


@pytest.mark.parametrize("hr, points", [(40, 3), (41, 1), (50, 1), (51, 0), (90, 0), (91, 1), (110, 1),
                                        (111, 2), (130, 2), (131, 3)])
def test_heart_rate_bands(hr, points):
    assert score_of("heart_rate", heart_rate=hr) == points


@pytest.mark.parametrize("t, points", [(35.0, 3), (35.1, 1), (36.0, 1), (36.1, 0), (38.0, 0), (38.1, 1),
                                       (39.0, 1), (39.1, 2)])
def test_temperature_bands(t, points):
    assert score_of("temperature_c", temperature_c=t) == points


@pytest.mark.parametrize("avpu, gcs, points", [(AVPU.ALERT, None, 0), (AVPU.VOICE, None, 3), (AVPU.PAIN, None, 3),
                                               (AVPU.UNRESPONSIVE, None, 3), (None, 15, 0), (None, 14, 3)])
def test_consciousness(avpu, gcs, points):
    assert score_of("consciousness", avpu=avpu, gcs=gcs) == points


def test_supplemental_oxygen_adds_two():
    assert score_of("on_oxygen", on_oxygen=True) == 2
    assert score_of("on_oxygen", on_oxygen=False) == 0


def test_worked_example_all_normal_is_low_risk():
    result = news2(NORMAL)
    assert (result.total, result.single_3, result.band, result.complete) == (0, False, "low", True)


def test_worked_example_medium():
    # RR 22 (2) + SpO2 95 (1) + air (0) + SBP 105 (1) + HR 95 (1) + alert (0) + 37.2 °C (0) = 5
    v = Vitals(resp_rate=22, spo2=95, on_oxygen=False, sbp=105, heart_rate=95, avpu=AVPU.ALERT, temperature_c=37.2)
    result = news2(v)
    assert (result.total, result.band, result.single_3) == (5, "medium", False)


def test_worked_example_single_red_score():
    # New confusion with otherwise normal observations: total 3, one parameter scored 3.
    result = news2(replace(NORMAL, avpu=AVPU.VOICE))
    assert (result.total, result.single_3, result.band) == (3, True, "low-medium")


def test_worked_example_high():
    # RR 26 (3) + SpO2 90 (3) + oxygen (2) + SBP 88 (3) + HR 135 (3) + V (3) + 39.5 °C (2) = 19
    v = Vitals(resp_rate=26, spo2=90, on_oxygen=True, sbp=88, heart_rate=135, avpu=AVPU.VOICE, temperature_c=39.5)
    result = news2(v)
    assert (result.total, result.band) == (19, "high")


def test_partial_vitals_give_a_lower_bound_and_say_what_is_missing():
    v = Vitals(resp_rate=26, sbp=88, heart_rate=135, avpu=AVPU.ALERT)
    result = news2(v)
    assert result.total == 9 and not result.complete
    assert set(result.missing) == {"spo2", "on_oxygen", "temperature_c"}


def test_too_few_parameters_returns_none():
    assert news2(Vitals()) is None
    assert news2(Vitals(heart_rate=80, resp_rate=18, sbp=120)) is None
