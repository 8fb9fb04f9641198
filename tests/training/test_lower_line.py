"""The shipped line between 3 and 4-5 (issue 18 §4, an ED not in training: under-triage ≤ 0.20):
chosen on grouped out-of-fold levels for the hospitals whose nurses call more 3s than the median
one, equal to the engine's own ``level_for`` over arrays, and shipped with the ESI point."""

from __future__ import annotations

import random

import numpy as np

from triage.engine.operating_point import CaseSignals, OperatingPoint, level_for
from triage.engine.risk_model import load_risk_model
from triage.training.lower_line import SHIFTS, UNDER_TARGET, choose_shift, lowered, more_threes


def test_lowered_is_level_for_over_arrays():
    rng = np.random.default_rng(3)
    probs = rng.dirichlet(np.ones(5) * 0.7, size=3000)
    head = rng.integers(1, 6, size=3000)
    for shift in (0.0, 0.15, 0.4, 1.0, 5.0):
        expected = [level_for(CaseSignals(None, {lv: float(p[lv - 1]) for lv in range(1, 6)}, int(h), None),
                              OperatingPoint("ESI", 2.0, lower_shift=shift))[0] for p, h in zip(probs, head)]
        assert lowered(probs, head, shift).tolist() == expected


def _hospitals(seed: int):
    """Twenty hospitals of 60 visits the head puts at 4 (P(3) 0.35, P(4) 0.5); hospital g's nurses
    call 3 for a share (g / 20) of them, 4 for the rest."""
    rnd = random.Random(seed)
    probs, levels, groups = [], [], []
    for g in range(20):
        for _ in range(60):
            probs.append([0.02, 0.03, 0.35, 0.5, 0.1])
            levels.append(3 if rnd.random() < g / 20 else 4)
            groups.append(f"h{g}")
    return np.array(probs), np.array(levels), np.array(groups)


def test_the_more_threes_half_is_the_hospitals_above_the_median_habit():
    probs, levels, groups = _hospitals(0)
    mask = more_threes(levels, groups)
    upper = {f"h{g}" for g in range(10, 20)}
    assert set(groups[mask]) <= upper and len(set(groups[mask])) >= 8
    # hospitals with fewer than 20 visits at 3-5 do not count
    assert not more_threes(np.array([3, 3, 4]), np.array(["a", "b", "c"])).any()


def test_the_shift_is_the_smallest_that_holds_the_more_threes_half_to_the_target():
    probs, levels, groups = _hospitals(1)
    head = np.full(len(levels), 4)
    decide = lambda s: lowered(probs, head, s)  # noqa: E731
    shift = choose_shift(decide, levels, groups)
    mask = more_threes(levels, groups)
    assert 0 < shift <= SHIFTS[-1]
    assert np.mean(decide(shift)[mask] > levels[mask]) <= UNDER_TARGET
    below = max(s for s in SHIFTS if s < shift)
    assert np.mean(decide(below)[mask] > levels[mask]) > UNDER_TARGET
    # nurses who call 4 as the head does: no shift
    assert choose_shift(decide, np.full(len(levels), 4), groups) == 0.0


def test_the_committed_esi_point_ships_its_lower_line_and_says_how_it_was_chosen():
    model, entry = load_risk_model()
    esi = entry.config["operating_points"]["ESI"]
    assert model.points["ESI"].lower_shift == esi["lower_shift"] >= 0.0
    assert "median" in esi["provenance"]["lower_rule"]
    cv = entry.metrics["cv_5fold_hospital_grouped"]
    assert cv["under_triage_more_3"]["mean"] <= UNDER_TARGET + 0.02
    assert "KTAS" not in model.points or model.points["KTAS"].lower_shift == 0.0
