"""Bad environment values are a clear message and a safe default (issue 25 §7:
``TRIAGE_IDLE_LOCK_MINUTES=inf`` raised OverflowError)."""

from __future__ import annotations

import pytest

from ui.app import IDLE_ENV, idle_minutes_from_env
from ui.login import DEFAULT_IDLE_MINUTES


@pytest.mark.parametrize("raw", ["inf", "-inf", "nan", "-5", "0", "ten", "1e400", "100000"])
def test_a_bad_idle_lock_value_falls_back_and_says_so(monkeypatch, capsys, raw):
    monkeypatch.setenv(IDLE_ENV, raw)
    assert idle_minutes_from_env() == DEFAULT_IDLE_MINUTES
    assert IDLE_ENV in capsys.readouterr().err


@pytest.mark.parametrize("raw,expected", [("5", 5.0), ("0.5", 0.5), (" 30 ", 30.0)])
def test_a_good_value_is_used(monkeypatch, raw, expected):
    monkeypatch.setenv(IDLE_ENV, raw)
    assert idle_minutes_from_env() == expected


def test_an_infinite_value_does_not_break_the_idle_lock(monkeypatch, qtbot):
    from ui.login import IdleLock  # the timer that overflowed

    monkeypatch.setenv(IDLE_ENV, "inf")
    IdleLock(idle_minutes_from_env())
