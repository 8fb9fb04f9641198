"""The shipped line between level 3 and levels 4-5 on ESI (``OperatingPoint.lower_shift``).

Why a shipped one: the ESI head learned where the NHAMCS nurses draw the 3/4 line, and EDs differ
there as much as at 2/3. Half of the NHAMCS hospitals call level 3 for a larger share of their
3-5 visits than the median hospital; at those hospitals the head with no shift under-calls the
nurses' level for 22 % of visits (out of fold), above the issue's ceiling of 0.20 for an ED the
engine never saw. Under-triage is the error that keeps a patient waiting, so the default leans
towards 3: the smallest shift under which the pooled under-triage at those hospitals is at most
``UNDER_TARGET`` is shipped, chosen on hospital-grouped out-of-fold levels of the training
hospitals only (``train_risk.choose``), and judged on the outer folds' hospitals. A site with its
own data replaces it with its own fit (``calibrate``, target 0.12).

The vectorised ``lowered`` is ``operating_point.lower_lift`` over arrays (one test holds them equal);
``site_calibration`` sweeps a site's own lower line with the same function.
"""

from __future__ import annotations

from typing import Callable

import numpy as np

SHIFTS = tuple(float(s) for s in np.round(np.arange(0.0, 1.0001, 0.05), 2))
UNDER_TARGET = 0.20
MIN_VISITS = 20  # a hospital needs this many nurse-level 3-5 visits for its habit to count


def lowered_log(log_low: np.ndarray, head_levels: np.ndarray, shift: float) -> np.ndarray:
    """The head's levels after the line below 1-2, from log P(level 3, 4, 5) per case (rows of NaN:
    no probabilities, never moved): among 3-5, log P(l) + shift × (5 - l); a case moves up to the
    best-scoring level when it is more urgent than the head's own (4-5 only)."""
    head = np.asarray(head_levels)
    if shift <= 0:
        return head
    log_low = np.asarray(log_low, dtype=np.float64)
    scores = log_low + shift * np.array([2.0, 1.0, 0.0])
    best = 3 + np.argmax(np.nan_to_num(scores, nan=-np.inf), axis=1)  # ties: the more urgent, as lower_lift
    movable = (head > 3) & ~np.isnan(log_low[:, 0])
    return np.where(movable & (best < head), best, head)


def lowered(esi_probs: np.ndarray, head_levels: np.ndarray, shift: float) -> np.ndarray:
    """``lowered_log`` on the head's probabilities of levels 1-5."""
    return lowered_log(np.log(np.clip(np.asarray(esi_probs)[:, 2:5], 1e-12, None)), head_levels, shift)


def more_threes(levels: np.ndarray, groups: np.ndarray) -> np.ndarray:
    """Visits at the hospitals whose nurses call level 3 for a larger share of their 3-5 visits
    than the median hospital does (hospitals with at least ``MIN_VISITS`` such visits)."""
    levels, groups = np.asarray(levels), np.asarray(groups)
    habit = {}
    for g in np.unique(groups):
        low = (groups == g) & (levels >= 3)
        if low.sum() >= MIN_VISITS:
            habit[g] = float(np.mean(levels[low] == 3))
    if not habit:
        return np.zeros(len(levels), dtype=bool)
    median = float(np.median(list(habit.values())))
    return np.isin(groups, [g for g, share in habit.items() if share > median])


def under_triage_at_more_threes(decided: np.ndarray, levels: np.ndarray, groups: np.ndarray) -> float | None:
    """Share of visits at the ``more_threes`` hospitals that ``decided`` puts less urgent than the
    nurses did (None when no hospital qualifies)."""
    mask = more_threes(levels, groups)
    return float(np.mean(np.asarray(decided)[mask] > np.asarray(levels)[mask])) if mask.any() else None


def choose_shift(decide: Callable[[float], np.ndarray], levels: np.ndarray, groups: np.ndarray,
                 target: float = UNDER_TARGET) -> float:
    """The smallest shift of ``SHIFTS`` whose levels (``decide(shift)``) under-call at most
    ``target`` of the visits at the ``more_threes`` hospitals; the largest where none does, and 0
    where no hospital qualifies."""
    mask = more_threes(levels, groups)
    if not mask.any():
        return 0.0
    levels = np.asarray(levels)
    for shift in SHIFTS:
        if float(np.mean(decide(shift)[mask] > levels[mask])) <= target:
            return shift
    return SHIFTS[-1]
