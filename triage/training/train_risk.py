"""Training of the outcome-risk heads (P(critical), P(admission)) on NHAMCS 2010, chosen by hospital.

Every choice is made on cross-validation grouped on ``hospital`` (StratifiedGroupKFold): the tree
settings (log loss), the calibration map (isotonic or Platt, Brier score on hospitals the map
never saw) and the shipped operating point (the ESI head's own 1-2 line beside the risk line).
The reported figures come from an outer grouped CV whose test hospitals none of those choices saw.

The outcomes (``icu_or_procedure``, ``died_in_ed``, ``admitted``) are labels, never inputs. Only
rows with ``level_imputed`` = 0 are read, the same visits as the ESI head (its level is needed to
judge emergent sensitivity). The complaint embeddings of a training run are cached in the
system's temporary folder (keyed by the texts' sha256) so that a rerun does not encode 7,000
complaints again; nothing of the data is written into the repository.
"""

from __future__ import annotations

import hashlib
import os
import statistics
import tempfile
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Sequence

import numpy as np

from models.registry import MODELS_DIR, ModelEntry, sha256_file, write_entry

from triage.engine.complaint_vocabulary import model_text
from triage.engine.operating_point import OperatingPoint
from triage.engine.risk_model import (MONOTONE_DOWN, MONOTONE_UP, OUTCOMES, RISK_MODEL,
                                      Calibration, RiskHead, RiskModel, calibration_config, feature_names, finding_codes,
                                      monotone_constraints)
from triage.engine.text_model import ENCODER_NAME, ESI_FEATURES, TextEncoder, esi_levels
from triage.errors import DatasetError
from triage.training import lower_line, train_esi
from triage.training.data_paths import SHARED_DATA
from triage.training.evaluate import agreement, calibration_slope, load_validation_csv

MODEL_VERSION = "1.0.0"
NHAMCS_FILE = "nhamcs2010_ed.csv"
COMPONENTS = 16
FINDING_MIN_COUNT = 30  # a manual finding becomes a feature when it fired this often
OUTER_FOLDS, INNER_FOLDS = 5, 3
# Tree settings tried on grouped inner CV (log loss); all monotone where physiology dictates.
PARAM_GRID = (
    {"learning_rate": 0.05, "max_iter": 200, "max_depth": 3, "min_samples_leaf": 40,
     "l2_regularization": 1.0},
    {"learning_rate": 0.04, "max_iter": 300, "max_leaf_nodes": 15, "min_samples_leaf": 60,
     "l2_regularization": 2.0},
)
FAST_GRID = ({"learning_rate": 0.1, "max_iter": 30, "max_depth": 3, "min_samples_leaf": 20},)
# The operating point: the ESI head's own 1-2 line (its share of all patients) and the
# P(critical) line are chosen together for critical sensitivity >= CRITICAL_GOAL with at most
# SHARE_CAP of patients at 1-2; among those points the one finding most of the nurses' 1-2.
CRITICAL_GOAL = 0.70
SHARE_CAP = 0.15
# Tried in order: the moonshot, its target, then the previous engine's share.
GOALS = ((CRITICAL_GOAL, SHARE_CAP), (0.70, 0.18), (0.65, 0.18), (0.70, 0.21), (0.65, 0.21))
HEAD_SHARES = (0.0, 0.02, 0.04, 0.06, 0.08, 0.10, 0.12)
RISK_SHARES = tuple(np.round(np.arange(0.0, 0.2001, 0.005), 4))

Progress = Callable[[float, str], None]


@dataclass
class RiskData:
    esi: train_esi.EsiData  # embeddings, structured (ESI_FEATURES), ESI floors, levels, critical, groups
    admitted: np.ndarray  # bool
    findings: tuple[str, ...]
    flags: np.ndarray  # (n, len(findings)) 0/1

    def labels(self, outcome: str) -> np.ndarray:
        return (self.esi.critical if outcome == "critical" else self.admitted).astype(int)

    def __len__(self) -> int:
        return len(self.admitted)


class _CachedEncoder:
    """The encoder behind an on-disk cache of this run's embeddings (temporary folder, 0600)."""

    def __init__(self, texts: Sequence[str]):
        self.texts = list(texts)
        key = hashlib.sha256(("\n".join(sorted(set(self.texts))) + ENCODER_NAME).encode()).hexdigest()
        self.path = Path(tempfile.gettempdir()) / f"triage-risk-embeddings-{key[:24]}.npz"

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        unique = sorted(set(texts))
        table = None
        if self.path.is_file():
            try:
                with np.load(self.path) as z:
                    if list(z["texts"]) == unique:
                        table = z["emb"]
            except (OSError, ValueError, KeyError):
                table = None
        if table is None:
            table = TextEncoder(threads=max(1, os.cpu_count() or 1)).encode(unique)
            fd, tmp = tempfile.mkstemp(dir=self.path.parent, suffix=".npz")
            with os.fdopen(fd, "wb") as f:
                np.savez(f, texts=np.array(unique), emb=table)
            os.replace(tmp, self.path)
        row = {t: k for k, t in enumerate(unique)}
        return table[[row[t] for t in texts]]


def risk_data(path: Path, limit_hospitals: int | None = None) -> tuple[RiskData, dict]:
    """The labelled visits of ``path`` read as a site's validation CSV would be."""
    from triage.engine.rules import evaluate as rules_evaluate

    loaded = load_validation_csv(path)
    if not loaded.has_outcomes:
        raise DatasetError(f"{path} has no outcome columns (icu_or_procedure, died_in_ed, admitted)")
    if limit_hospitals is not None:  # a small slice (tests): the first hospitals in file order
        keep = list(dict.fromkeys(c.hospital for c in loaded.cases))[:limit_hospitals]
        loaded.cases = [c for c in loaded.cases if c.hospital in set(keep)]
    encoder = _CachedEncoder([model_text(i.complaint) for i in loaded.intakes])
    esi = train_esi.esi_data(loaded, encoder)  # type: ignore[arg-type]
    codes = [finding_codes(rules_evaluate(i)) for i in loaded.intakes]
    counts: dict[str, int] = {}
    for c in codes:
        for code in c:
            counts[code] = counts.get(code, 0) + 1
    findings = tuple(sorted(c for c, n in counts.items() if n >= FINDING_MIN_COUNT))
    flags = np.array([[float(f in c) for f in findings] for c in codes]).reshape(len(codes), len(findings))
    data = RiskData(esi, np.array([bool(c.admitted) for c in loaded.cases]), findings, flags)
    info = {"file": path.name, "sha256": sha256_file(path), "records": len(data),
            "hospitals": len(set(esi.groups.tolist())), "skipped_imputed": loaded.skipped_imputed,
            "critical": int(esi.critical.sum()), "admitted": int(data.admitted.sum())}
    return data, info


# ------------------------------------------------------------------------------------ fitting


@dataclass
class Fitted:
    model: RiskModel
    params: dict


def _projection(data: RiskData, idx: np.ndarray, seed: int) -> tuple[np.ndarray, np.ndarray]:
    from sklearn.decomposition import PCA

    pca = PCA(COMPONENTS, random_state=seed).fit(data.esi.embeddings[idx])
    return pca.components_ / np.sqrt(pca.explained_variance_)[:, None], pca.mean_


def _X(data: RiskData, idx: np.ndarray, projection: np.ndarray, mean: np.ndarray) -> np.ndarray:
    projected = (data.esi.embeddings[idx].astype(np.float64) - mean) @ projection.T
    return np.hstack([projected, data.esi.structured[idx], data.flags[idx]])


def fit_trees(data: RiskData, idx: np.ndarray, seed: int, params: dict,
              ) -> tuple[np.ndarray, np.ndarray, dict]:
    """(projection, its mean, outcome → BoostedTrees) fitted on the visits ``idx``."""
    from sklearn.ensemble import HistGradientBoostingClassifier

    from triage.engine.boosted_trees import BoostedTrees

    projection, mean = _projection(data, idx, seed)
    X = _X(data, idx, projection, mean)
    mono = monotone_constraints(feature_names(COMPONENTS, data.findings))
    trees = {}
    for outcome in OUTCOMES:
        clf = HistGradientBoostingClassifier(**params, monotonic_cst=mono, early_stopping=False,
                                             random_state=seed).fit(X, data.labels(outcome)[idx])
        trees[outcome] = BoostedTrees.from_sklearn(clf, 2, int)
    return projection, mean, trees


def _raw(trees, X: np.ndarray) -> np.ndarray:
    r = trees.raw(X)
    return r[:, 1] - r[:, 0]


def fit_calibration(raw: np.ndarray, y: np.ndarray, kind: str) -> Calibration:
    if kind == "isotonic":
        from sklearn.isotonic import IsotonicRegression

        iso = IsotonicRegression(y_min=0.0, y_max=1.0, out_of_bounds="clip").fit(raw, y)
        return Calibration("isotonic", np.asarray(iso.X_thresholds_, dtype=np.float64),
                           np.asarray(iso.y_thresholds_, dtype=np.float64))
    from sklearn.linear_model import LogisticRegression

    lr = LogisticRegression(C=1e6, max_iter=1000).fit(raw[:, None], y)
    return Calibration("platt", a=float(lr.coef_[0, 0]), b=float(lr.intercept_[0]))


def _splits(data: RiskData, idx: np.ndarray, folds: int, seed: int):
    from sklearn.model_selection import StratifiedGroupKFold

    strata = data.esi.critical[idx] * 2 + data.admitted[idx]
    return StratifiedGroupKFold(folds, shuffle=True, random_state=seed).split(
        idx, strata, data.esi.groups[idx])


@dataclass
class OutOfFold:
    raw: dict  # outcome → raw log-odds per visit of idx (by parameter set: raw[k][outcome])
    esi_probs: np.ndarray
    esi_risk: np.ndarray


def out_of_fold(data: RiskData, idx: np.ndarray, seed: int, folds: int, grid: Sequence[dict],
                with_esi: bool = True) -> OutOfFold:
    """Grouped out-of-fold raw risks (for every parameter set) and the ESI head's outputs."""
    raw = {k: {o: np.zeros(len(idx)) for o in OUTCOMES} for k in range(len(grid))}
    probs, risk = np.zeros((len(idx), 5)), np.zeros(len(idx))
    for tr, te in _splits(data, idx, folds, seed):
        for k, params in enumerate(grid):
            projection, mean, trees = fit_trees(data, idx[tr], seed, params)
            X = _X(data, idx[te], projection, mean)
            for o in OUTCOMES:
                raw[k][o][te] = _raw(trees[o], X)
        if with_esi:
            head = train_esi.fit(data.esi, idx[tr], seed)
            probs[te], risk[te] = train_esi.scores(head, data.esi, idx[te])
    return OutOfFold(raw, probs, risk)


def _log_loss(raw: np.ndarray, y: np.ndarray) -> float:
    p = np.clip(1 / (1 + np.exp(-raw)), 1e-12, 1 - 1e-12)
    return float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))


def choose_params(oof: OutOfFold, data: RiskData, idx: np.ndarray) -> int:
    """The parameter set with the lowest summed out-of-fold log loss of both outcomes."""
    losses = [sum(_log_loss(oof.raw[k][o], data.labels(o)[idx]) for o in OUTCOMES)
              for k in sorted(oof.raw)]
    return int(np.argmin(losses))


def choose_calibration(raw: np.ndarray, y: np.ndarray, groups: np.ndarray, seed: int) -> str:
    """Isotonic or Platt: each fitted on half of the hospitals, its Brier score on the others."""
    from sklearn.model_selection import GroupKFold

    brier = {"isotonic": 0.0, "platt": 0.0}
    for a, b in GroupKFold(2).split(raw, y, groups):
        for kind in brier:
            if len(set(y[a].tolist())) < 2:
                continue
            p = fit_calibration(raw[a], y[a], kind)(raw[b])
            brier[kind] += float(np.mean((p - y[b]) ** 2))
    return min(brier, key=lambda k: (brier[k], k))


def decided_levels(esi_probs: np.ndarray, esi_risk: np.ndarray, head_threshold: float,
                   p_critical: np.ndarray, critical_threshold: float, floors: np.ndarray,
                   lower_shift: float = 0.0) -> np.ndarray:
    """``operating_point.level_for`` over arrays: the ESI head (its 1-2 line at
    ``head_threshold``, its 3/4 line moved by ``lower_shift``), P(critical) at or above the line
    → at least 2, never below the floors."""
    head = lower_line.lowered(esi_probs, esi_levels(esi_probs, esi_risk, head_threshold), lower_shift)
    risky = np.asarray(p_critical) >= critical_threshold
    return np.minimum(np.where(risky & (head > 2), 2, head), floors)


def _quantile_line(values: np.ndarray, share: float) -> float:
    return float("inf") if share <= 0 else float(np.quantile(values, 1 - share))


def _points(p_critical: np.ndarray, esi_probs: np.ndarray, esi_risk: np.ndarray,
            floors: np.ndarray, levels: np.ndarray, critical: np.ndarray) -> list[dict]:
    """Every (ESI head line, P(critical) line) of the grid with its share and sensitivities."""
    out = []
    for hs in HEAD_SHARES:
        h = _quantile_line(esi_risk, hs)
        for rs in RISK_SHARES:
            t = _quantile_line(p_critical, rs) if rs > 0 else 1.0 + 1e-9
            d = decided_levels(esi_probs, esi_risk, h, p_critical, t, floors)
            out.append({"head_threshold": h, "critical_threshold": t,
                        "share_1_2": float(np.mean(d <= 2)),
                        "critical_sensitivity": float(np.mean(d[critical] <= 2)) if critical.any() else 0.0,
                        "emergent_sensitivity": float(np.mean(d[levels <= 2] <= 2)) if (levels <= 2).any() else 0.0})
    return out


def choose_point(p_critical: np.ndarray, esi_probs: np.ndarray, esi_risk: np.ndarray,
                 floors: np.ndarray, levels: np.ndarray, critical: np.ndarray) -> dict:
    """The operating point: for each goal in GOALS (critical sensitivity, share cap) in turn, the
    first one some point reaches, and of those points the one with the most emergent sensitivity
    (then the fewest at 1-2). The manual floors are never loosened, so a cap below the share they
    force alone is unreachable; where no goal is reached, the most critical sensitivity within the
    last cap. ``goal`` says which goal was met (None: none)."""
    points = _points(p_critical, esi_probs, esi_risk, floors, levels, critical)
    for goal, cap in GOALS:
        ok = [p for p in points if p["share_1_2"] <= cap and p["critical_sensitivity"] >= goal]
        if ok:
            best = max(ok, key=lambda p: (p["emergent_sensitivity"], -p["share_1_2"]))
            return {**best, "goal": [goal, cap], "reached": True}
    cap = GOALS[-1][1]
    within = [p for p in points if p["share_1_2"] <= cap] or points
    best = max(within, key=lambda p: (p["critical_sensitivity"], p["emergent_sensitivity"], -p["share_1_2"]))
    return {**best, "goal": None, "reached": False}


@dataclass
class Chosen:
    params_index: int
    calibration: dict  # outcome → "isotonic" | "platt"
    calibrators: dict  # outcome → Calibration (fitted on the out-of-fold raw risks)
    point: dict


def choose(data: RiskData, idx: np.ndarray, seed: int, folds: int, grid: Sequence[dict]) -> Chosen:
    """Every choice from grouped out-of-fold scores over ``idx``."""
    oof = out_of_fold(data, idx, seed, folds, grid)
    k = choose_params(oof, data, idx)
    groups = data.esi.groups[idx]
    kinds, calibrators = {}, {}
    for o in OUTCOMES:
        y = data.labels(o)[idx]
        kinds[o] = choose_calibration(oof.raw[k][o], y, groups, seed)
        calibrators[o] = fit_calibration(oof.raw[k][o], y, kinds[o])
    p_critical = calibrators["critical"](oof.raw[k]["critical"])
    floors, levels = data.esi.floors[idx], data.esi.levels[idx]
    point = choose_point(p_critical, oof.esi_probs, oof.esi_risk, floors, levels, data.esi.critical[idx])
    point["lower_shift"] = lower_line.choose_shift(
        lambda shift: decided_levels(oof.esi_probs, oof.esi_risk, point["head_threshold"], p_critical,
                                     point["critical_threshold"], floors, shift),
        levels, data.esi.groups[idx])
    return Chosen(k, kinds, calibrators, point)


def build(data: RiskData, idx: np.ndarray, seed: int, chosen: Chosen, grid: Sequence[dict],
          version: str = "") -> RiskModel:
    projection, mean, trees = fit_trees(data, idx, seed, grid[chosen.params_index])
    heads = {o: RiskHead(trees[o], chosen.calibrators[o]) for o in OUTCOMES}
    points = {"ESI": OperatingPoint("ESI", float(chosen.point["critical_threshold"]), "shipped", version,
                                    lower_shift=float(chosen.point.get("lower_shift", 0.0)))}
    return RiskModel(projection, mean, data.findings, heads, version, points,
                     float(chosen.point["head_threshold"]))


# ------------------------------------------------------------------------------------ metrics


def _auc(y: np.ndarray, s: np.ndarray) -> float | None:
    from sklearn.metrics import roc_auc_score

    return float(roc_auc_score(y, s)) if 0 < y.sum() < len(y) else None


def fold_metrics(data: RiskData, idx: np.ndarray, risks: dict, decided: np.ndarray) -> dict:
    levels, critical, admitted = data.esi.levels[idx], data.esi.critical[idx], data.admitted[idx]
    m = agreement(levels.tolist(), decided.tolist())
    out = {k: m[k] for k in ("exact", "within_one", "under_triage", "over_triage", "qwk",
                             "emergent_sensitivity")}
    out["share_1_2"] = float(np.mean(decided <= 2))
    out["critical_sensitivity"] = float(np.mean(decided[critical] <= 2)) if critical.any() else None
    for o, y in (("critical", critical.astype(int)), ("admission", admitted.astype(int))):
        out[f"{o}_auc"] = _auc(y, risks[o])
        out[f"{o}_brier"] = float(np.mean((risks[o] - y) ** 2))
        out[f"{o}_calibration_slope"] = calibration_slope(risks[o], y)
        out[f"{o}_mean_predicted"] = float(np.mean(risks[o]))
        out[f"{o}_observed"] = float(np.mean(y))
    out["nurse_share_1_2"] = float(np.mean(levels <= 2))
    out["nurse_critical_sensitivity"] = float(np.mean(levels[critical] <= 2)) if critical.any() else None
    out["nurse_critical_auc"] = _auc(critical.astype(int), -levels)
    out["nurse_admission_auc"] = _auc(admitted.astype(int), -levels)
    out["floors_share_1_2"] = float(np.mean(data.esi.floors[idx] <= 2))
    out["under_triage_more_3"] = lower_line.under_triage_at_more_threes(decided, levels, data.esi.groups[idx])
    return out


def summary(folds: Sequence[dict]) -> dict:
    """metric → mean, sd, worst fold (min; max for under/over-triage, shares and Brier)."""
    out = {}
    for key in folds[0]:
        vals = [f[key] for f in folds if f.get(key) is not None]
        if not vals:
            continue
        high_bad = key in ("under_triage", "over_triage", "share_1_2", "under_triage_more_3") or key.endswith("_brier")
        out[key] = {"mean": round(statistics.fmean(vals), 4),
                    "sd": round(statistics.stdev(vals), 4) if len(vals) > 1 else 0.0,
                    "worst": round(max(vals) if high_bad else min(vals), 4)}
    return out


@dataclass
class RiskTraining:
    model: RiskModel
    chosen: Chosen
    folds: list[dict]
    fold_choices: list[dict]
    curve: dict  # "shipped_head_line" / "risk_line_only" → points
    data_info: dict
    grid: tuple[dict, ...]
    seed: int = 0


def cross_validate(data: RiskData, seed: int, folds: int, inner: int, grid: Sequence[dict],
                   report: Progress) -> tuple[list[dict], list[dict], dict]:
    """Outer grouped CV; every choice on grouped inner folds of the training hospitals. Also
    returns the pooled out-of-fold signals for the trade-off curve."""
    all_idx = np.arange(len(data))
    per, choices = [], []
    pooled = {"p_critical": np.zeros(len(data)), "esi_probs": np.zeros((len(data), 5)),
              "esi_risk": np.zeros(len(data)), "head_threshold": np.zeros(len(data))}
    for k, (tr, te) in enumerate(_splits(data, all_idx, folds, seed)):
        report(0.05 + 0.7 * k / folds, f"risk heads: hospital-grouped fold {k + 1}/{folds}")
        chosen = choose(data, tr, seed, inner, grid)
        model = build(data, tr, seed, chosen, grid)
        X = _X(data, te, model.projection, model.projection_mean)
        risks = model.predict(X)
        head = train_esi.fit(data.esi, tr, seed)
        probs, esi_risk = train_esi.scores(head, data.esi, te)
        decided = decided_levels(probs, esi_risk, chosen.point["head_threshold"], risks["critical"],
                                 chosen.point["critical_threshold"], data.esi.floors[te],
                                 chosen.point["lower_shift"])
        per.append(fold_metrics(data, te, risks, decided))
        choices.append({"params": chosen.params_index, "calibration": chosen.calibration,
                        **{key: (round(float(v), 4) if np.isfinite(v) else None)
                           if isinstance(v, float) else v for key, v in chosen.point.items()}})
        pooled["p_critical"][te] = risks["critical"]
        pooled["esi_probs"][te], pooled["esi_risk"][te] = probs, esi_risk
        pooled["head_threshold"][te] = chosen.point["head_threshold"]
    return per, choices, pooled


def tradeoff_curve(data: RiskData, pooled: dict, head_threshold: float) -> list[dict]:
    """Share called 1-2 vs critical and emergent sensitivity as the P(critical) line moves (the
    ESI head's line fixed at the shipped one), on pooled out-of-fold signals, floors included."""
    out = []
    for share in np.round(np.arange(0.0, 0.41, 0.01), 3):
        t = _quantile_line(pooled["p_critical"], float(share)) if share > 0 else 1.0 + 1e-9
        d = decided_levels(pooled["esi_probs"], pooled["esi_risk"], head_threshold,
                           pooled["p_critical"], t, data.esi.floors)
        out.append({"critical_threshold": round(min(t, 1.0), 5),
                    "share_1_2": round(float(np.mean(d <= 2)), 4),
                    "critical_sensitivity": round(float(np.mean(d[data.esi.critical] <= 2)), 4),
                    "emergent_sensitivity": round(float(np.mean(d[data.esi.levels <= 2] <= 2)), 4)})
    return out


def train_risk_heads(path: Path, *, seed: int = 0, folds: int = OUTER_FOLDS, inner: int = INNER_FOLDS,
                     limit_hospitals: int | None = None, fast: bool = False,
                     progress: Progress | None = None) -> RiskTraining:
    """Grouped CV of the risk heads and the risk-based level, then the committed model: every
    choice on a grouped CV over all visits, trees on all of them.

    ``limit_hospitals`` / ``fast``: a small slice with tiny trees (the reproducibility test).

    Raises
    ------
    DatasetError
        the file is missing, unreadable, or has no outcome columns.
    """
    report = progress or (lambda f, m: None)
    if not Path(path).is_file():
        raise DatasetError(f"training data {path} not found")
    np.random.seed(seed)
    grid = FAST_GRID if fast else PARAM_GRID
    report(0.0, "reading the visits and their complaint embeddings (cached in the temp folder)")
    data, info = risk_data(Path(path), limit_hospitals)
    per, choices, pooled = cross_validate(data, seed, folds, inner, grid, report)
    report(0.8, "risk heads: choices over all hospitals (grouped CV), then the committed trees")
    all_idx = np.arange(len(data))
    chosen = choose(data, all_idx, seed, folds, grid)
    model = build(data, all_idx, seed, chosen, grid)
    curve = {"shipped_head_line": tradeoff_curve(data, pooled, chosen.point["head_threshold"]),
             "risk_line_only": tradeoff_curve(data, pooled, float("inf"))}
    report(1.0, "done")
    return RiskTraining(model, chosen, per, choices, curve, info, tuple(grid), seed)


# ------------------------------------------------------------------------------------ saving


def _finite(x: float) -> float | None:
    return None if not np.isfinite(x) else float(x)


def risk_config(training: RiskTraining, dim: int) -> dict:
    chosen, model = training.chosen, training.model
    point = chosen.point
    return {
        "encoder": ENCODER_NAME, "embedding_dim": dim, "components": COMPONENTS,
        "structured_features": list(ESI_FEATURES), "findings": list(model.findings),
        "feature_order": "complaint principal axes, structured_features (raw, NaN = missing), "
                         "findings (0/1)",
        "monotone_up": sorted(MONOTONE_UP), "monotone_down": sorted(MONOTONE_DOWN),
        "tree_params": dict(training.grid[chosen.params_index]), "param_grid": list(training.grid),
        "calibration": {o: calibration_config(chosen.calibrators[o]) for o in OUTCOMES},
        "operating_points": {"ESI": {"critical_threshold": float(point["critical_threshold"]),
                                     "lower_shift": float(point.get("lower_shift", 0.0)),
                                     "provenance": {
                                         "rule": "first goal reached of (critical sensitivity, "
                                                 f"share 1-2 cap) {[list(g) for g in GOALS]}, then "
                                                 "the most emergent sensitivity (hospital-grouped "
                                                 "CV over all visits)",
                                         "lower_rule": "the smallest shift (steps of 0.05) "
                                                       "under which the hospitals calling more 3s "
                                                       "than the median are under-called at most "
                                                       f"{lower_line.UNDER_TARGET} (grouped CV)",
                                         "reached": bool(point["reached"]),
                                         "goal": point["goal"],
                                         "expected": {k: round(float(point[k]), 4) for k in
                                                      ("share_1_2", "critical_sensitivity",
                                                       "emergent_sensitivity")}}}},
        "esi_head_threshold": _finite(point["head_threshold"]),
        "labels": {"critical": "icu_or_procedure or died_in_ed", "admission": "admitted"},
        "text": "triage.engine.complaint_vocabulary.model_text(complaint)",
    }


def save(training: RiskTraining, models_dir: Path = MODELS_DIR, *, dim: int = 384,
         ktas_point: dict | None = None) -> str:
    """Write ``outcome_risk.safetensors``, its manifest entry and its model card; the sha256."""
    from safetensors.numpy import save_file

    models_dir = Path(models_dir)
    path = models_dir / f"{RISK_MODEL}.safetensors"
    tmp = path.with_suffix(".safetensors.tmp")
    save_file(training.model.tensors(), str(tmp), metadata={"model": f"{RISK_MODEL} {MODEL_VERSION}"})
    tmp.replace(path)
    os.chmod(path, 0o644)  # weights are read by every user of the desk
    digest = sha256_file(path)
    config = risk_config(training, dim)
    if ktas_point is not None:
        config["operating_points"]["KTAS"] = ktas_point
    metrics = {"cv_5fold_hospital_grouped": summary(training.folds),
               "cv_fold_choices": training.fold_choices, "tradeoff_curve": training.curve,
               "seed": training.seed}
    write_entry(ModelEntry(name=RISK_MODEL, file=path.name, version=f"{MODEL_VERSION}+{digest[:8]}",
                           sha256=digest, data=training.data_info, metrics=metrics,
                           labels=OUTCOMES, config=config, card=f"{RISK_MODEL}.md",
                           created=datetime.now(timezone.utc).strftime("%Y-%m-%d")), models_dir)
    from triage.training.risk_card import model_card

    (models_dir / f"{RISK_MODEL}.md").write_text(model_card(training, config, metrics), encoding="utf-8")
    return digest


def train(data_dir: Path = SHARED_DATA, models_dir: Path = MODELS_DIR, *, seed: int = 0,
          limit_hospitals: int | None = None, fast: bool = False, folds: int = OUTER_FOLDS,
          ktas_threshold: float | None = None, progress: Progress | None = None) -> RiskTraining:
    training = train_risk_heads(Path(data_dir) / NHAMCS_FILE, seed=seed, folds=folds,
                                limit_hospitals=limit_hospitals, fast=fast, progress=progress)
    # The KTAS line: the ESI one (the KTAS file has no outcomes to choose one on), with the KTAS
    # records' own CV figures with and without the risk path beside it.
    line = float(training.chosen.point["critical_threshold"] if ktas_threshold is None else ktas_threshold)
    ktas = {"critical_threshold": line,
            "provenance": {"rule": "the ESI line (P(critical) is the same physiology)"}}
    if not fast and (Path(data_dir) / "ktas_train.csv").is_file():
        from triage.training.risk_ktas import ktas_check

        report = progress or (lambda f, m: None)
        report(0.95, "KTAS: the records' own CV with and without the risk line")
        ktas["provenance"]["ktas_cv_pooled"] = ktas_check(Path(data_dir), training.model, line,
                                                    encoder_for=_CachedEncoder, seed=seed)
    save(training, models_dir, ktas_point=ktas)
    return training
