"""The oxygen flow "if known" (issue 12, item 10): a plausible number, and only with oxygen."""

from __future__ import annotations

import pytest

from triage.intake import InvalidIntake, Vitals, parse_vitals


@pytest.mark.parametrize("raw, expected", [("2", 2.0), ("0.5", 0.5), ("1,5", 1.5), (15, 15.0),
                                           ("60", 60.0), ("", None), (None, None)])
def test_flow_on_oxygen_is_read_in_litres_per_minute(raw, expected):
    v = parse_vitals({"on_oxygen": True, "o2_flow_l_min": raw})
    assert v.on_oxygen is True and v.o2_flow_l_min == expected
    assert expected is None or isinstance(v.o2_flow_l_min, float)


@pytest.mark.parametrize("raw", ["0.4", "0", "61", "-2", "lots", "nan"])
def test_implausible_flow_is_refused_with_the_range(raw):
    with pytest.raises(InvalidIntake) as exc:
        parse_vitals({"on_oxygen": True, "o2_flow_l_min": raw})
    [error] = exc.value.errors
    assert error.field == "o2_flow_l_min" and error.message.startswith("Oxygen flow")
    assert "0.5-60 L/min" in error.message or "must be a number" in error.message


@pytest.mark.parametrize("oxygen, says", [(False, "room air"), (None, "not recorded")])
def test_a_flow_without_oxygen_is_a_field_error(oxygen, says):
    with pytest.raises(InvalidIntake) as exc:
        parse_vitals({"on_oxygen": oxygen, "o2_flow_l_min": "2", "heart_rate": "80"})
    [error] = exc.value.errors
    assert error.field == "o2_flow_l_min" and says in error.message and "On oxygen" in error.message


def test_flow_survives_the_dict_round_trip():
    v = parse_vitals({"on_oxygen": True, "o2_flow_l_min": "6"})
    assert Vitals.from_dict(v.to_dict()) == v and v.to_dict()["o2_flow_l_min"] == 6.0
