"""The rule floors checked against the KTAS expert panel (aggregates over ktas_train.csv).

A floor below the expert level is an over-triage the models can never undo, so the floors must be
precise; and together they must still catch most expert level 1-2 cases.
"""

from __future__ import annotations

import pytest

from triage.training.evaluate import load_ktas
from triage.engine.rules import evaluate


@pytest.fixture(scope="module")
def floors_and_levels(shared_data):
    loaded = load_ktas(shared_data / "ktas_train.csv")
    return [(evaluate(case.intake).floor, case.level) for case in loaded.cases]


def test_floors_rarely_over_triage(floors_and_levels):
    with_floor = [(fl, lv) for fl, lv in floors_and_levels if fl is not None]
    over = sum(fl < lv for fl, lv in with_floor)
    assert over / len(with_floor) <= 0.15
    assert over / len(floors_and_levels) <= 0.08


def test_floors_catch_most_emergent_cases(floors_and_levels):
    emergent = [fl for fl, lv in floors_and_levels if lv <= 2]
    assert sum(fl is not None and fl <= 2 for fl in emergent) / len(emergent) >= 0.65
    resuscitation = [fl for fl, lv in floors_and_levels if lv == 1]
    assert sum(fl is not None and fl <= 2 for fl in resuscitation) / len(resuscitation) >= 0.9
