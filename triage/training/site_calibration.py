"""Fit a site's own 2/3 line on its past visits, and prove it by cross-validation inside the file.

The engine's ranking (P(critical), the level head) is portable; where an emergency department
draws its line is not (one calls 12 % of visits 1-2, another 29 %). ``fit_site_line`` takes the
engine's signals for each of a site's past visits and the level its own nurses gave, and chooses
the highest P(critical) threshold that still finds the nurses' level 1-2 patients at the target
sensitivity: the least over-triage that meets the target. A manual floor is never touched: the
threshold can only add patients to 1-2.

The figures it promises are cross-validated inside the file (the threshold fitted on k-1 folds,
judged on the fold left out), never measured on the rows it was fitted on. Levels are computed
exactly as the engine does (``operating_point.level_for``; vectorised here and tested equal).
"""

from __future__ import annotations

import math
import random
from dataclasses import asdict, dataclass, field
from typing import Any, Sequence

import numpy as np

from triage.engine.operating_point import CaseSignals

MIN_ROWS = 500
DEFAULT_TARGET = 0.85
FOLDS = 5
GRID = 400  # candidate thresholds: quantiles of P(critical) in the file


@dataclass(frozen=True)
class SiteRow:
    """One past visit: what the engine saw, what the site's nurse decided, what happened."""

    signals: CaseSignals
    nurse_level: int
    critical: bool | None = None


@dataclass(frozen=True)
class CurvePoint:
    threshold: float
    share_1_2: float
    emergent_sensitivity: float | None
    critical_sensitivity: float | None
    under_triage: float
    exact: float


@dataclass
class SiteFit:
    """What ``calibrate`` stores and prints."""

    scale: str
    threshold: float
    target: float
    rows: int
    reached: bool  # the target is met on the whole file at this threshold
    expected: dict[str, Any]  # cross-validated figures (mean, worst fold)
    in_file: dict[str, Any]  # the same figures on the whole file (for the curve's chosen point)
    default: dict[str, Any]  # the whole file's figures under the shipped line, for comparison
    curve: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


class _Arrays:
    def __init__(self, rows: Sequence[SiteRow]):
        self.head = np.array([3 if r.signals.head_level is None else r.signals.head_level for r in rows])
        self.floor = np.array([6 if r.signals.rule_floor is None else r.signals.rule_floor for r in rows])
        self.p = np.array([-1.0 if r.signals.p_critical is None else r.signals.p_critical for r in rows])
        self.nurse = np.array([r.nurse_level for r in rows])
        self.critical = np.array([-1 if r.critical is None else int(r.critical) for r in rows])

    def levels(self, threshold: float, idx: np.ndarray | None = None) -> np.ndarray:
        """``level_for`` for every row (or ``idx``): risk lifts to 2, a floor is never lowered."""
        head, floor, p = (self.head, self.floor, self.p) if idx is None else \
            (self.head[idx], self.floor[idx], self.p[idx])
        level = np.where((p >= threshold) & (p >= 0) & (head > 2), 2, head)
        return np.minimum(level, floor)

    def figures(self, threshold: float, idx: np.ndarray | None = None) -> dict[str, Any]:
        level = self.levels(threshold, idx)
        nurse = self.nurse if idx is None else self.nurse[idx]
        crit = self.critical if idx is None else self.critical[idx]
        emergent = nurse <= 2
        sick = crit == 1
        n = len(level)
        return {
            "share_1_2": float(np.mean(level <= 2)) if n else 0.0,
            "emergent_sensitivity": float(np.mean(level[emergent] <= 2)) if emergent.any() else None,
            "critical_sensitivity": float(np.mean(level[sick] <= 2)) if sick.any() else None,
            "under_triage": float(np.mean(level > nurse)) if n else 0.0,
            "exact": float(np.mean(level == nurse)) if n else 0.0,
            "nurse_share_1_2": float(np.mean(emergent)) if n else 0.0,
        }


def _grid(p: np.ndarray) -> np.ndarray:
    known = p[p >= 0]
    if known.size == 0:
        return np.array([1.0])
    qs = np.unique(np.quantile(known, np.linspace(0.0, 1.0, GRID)))
    return np.unique(np.concatenate([qs, [1.0 + 1e-9]]))  # the last: the risk never decides


def _choose(arrays: _Arrays, idx: np.ndarray, target: float) -> float:
    """The highest threshold whose emergent sensitivity on ``idx`` reaches ``target`` (the least
    over-triage); if none does, the one with the highest sensitivity."""
    best, best_sens = None, -1.0
    for t in sorted(_grid(arrays.p[idx]), reverse=True):
        sens = arrays.figures(t, idx)["emergent_sensitivity"]
        if sens is None:
            continue
        if sens >= target:
            return float(t)
        if sens > best_sens:
            best, best_sens = float(t), sens
    return best if best is not None else 1.0


def fit_site_line(rows: Sequence[SiteRow], scale: str, *, target: float = DEFAULT_TARGET,
                  shipped_threshold: float = 1.0, folds: int = FOLDS, seed: int = 0) -> SiteFit:
    """Choose the site's threshold and cross-validate it (see the module docstring).

    Raises
    ------
    ValueError
        fewer than ``MIN_ROWS`` rows, no level 1-2 patient among them, or a target outside (0, 1].
    """
    if len(rows) < MIN_ROWS:
        raise ValueError(f"{len(rows)} usable rows: a site line needs at least {MIN_ROWS} past visits "
                         "with a level (fewer would fit noise)")
    if not 0.0 < target <= 1.0:
        raise ValueError(f"the target emergent sensitivity must be in (0, 1], got {target}")
    arrays = _Arrays(rows)
    if not (arrays.nurse <= 2).any():
        raise ValueError("no visit in the file was called level 1-2 by the site's nurses: "
                         "nothing to calibrate on")
    order = list(range(len(rows)))
    random.Random(seed).shuffle(order)
    fold_of = np.empty(len(rows), dtype=int)
    fold_of[order] = np.arange(len(rows)) % folds
    per_fold = []
    for k in range(folds):
        train, test = np.where(fold_of != k)[0], np.where(fold_of == k)[0]
        t = _choose(arrays, train, target)
        per_fold.append({"threshold": t, **arrays.figures(t, test)})
    threshold = _choose(arrays, np.arange(len(rows)), target)
    expected: dict[str, Any] = {"folds": folds}
    for key in ("emergent_sensitivity", "critical_sensitivity", "under_triage", "exact", "share_1_2"):
        values = [f[key] for f in per_fold if f[key] is not None]
        if values:
            worst = max(values) if key in ("under_triage", "share_1_2") else min(values)
            expected[key] = {"mean": round(float(np.mean(values)), 4), "worst_fold": round(float(worst), 4)}
    in_file = arrays.figures(threshold)
    curve = [{"threshold": round(float(t), 6), **{k: (None if v is None else round(v, 4))
                                                 for k, v in arrays.figures(t).items()}}
             for t in _grid(arrays.p)[:: max(1, GRID // 100)]]
    shipped = shipped_threshold if math.isfinite(shipped_threshold) else 1.0
    return SiteFit(scale=scale, threshold=threshold, target=target, rows=len(rows),
                   reached=(in_file["emergent_sensitivity"] or 0.0) >= target, expected=expected,
                   in_file={k: (None if v is None else round(v, 4)) for k, v in in_file.items()},
                   default={k: (None if v is None else round(v, 4))
                            for k, v in arrays.figures(shipped).items()},
                   curve=curve)


def figures_at(rows: Sequence[SiteRow], threshold: float) -> dict[str, Any]:
    """The figures of ``rows`` under ``threshold`` (the models page's "pick another point")."""
    return _Arrays(rows).figures(threshold)


def engine_signals(engine: Any, intakes: Sequence[Any], scale: str, chunk: int = 1024) -> list[CaseSignals]:
    """The engine's signals for each intake (``Engine.signals``: floor, head, P(critical)):
    everything a line needs, computed once so a calibration can sweep thousands of lines."""
    return list(engine.signals(intakes, scale=scale, chunk=chunk))


def shipped_threshold(engine: Any, scale: str) -> float:
    """The shipped default line for ``scale`` (1.0 + ε, "the risk never decides", when the risk
    heads are not loaded)."""
    threshold = engine.default_point(scale).critical_threshold
    return float(threshold) if threshold is not None and math.isfinite(threshold) else 1.0 + 1e-9
