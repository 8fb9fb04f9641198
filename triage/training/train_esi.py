"""The ESI head, trained on US emergency departments (NHAMCS 2010), chosen by hospital.

Every choice is made by cross-validation grouped on ``hospital`` (StratifiedGroupKFold): a
hospital's visits are never split between training and validation, because the engine will be
judged at hospitals it has never seen. Inside each training fold a grouped inner CV sets the one
decision threshold (risk ≥ threshold → level 1-2), so the reported figures come from hospitals
the choice never saw.

Two heads share the complaint embedding (whitened principal axes) and the structured intake:
- the *level head*: the nurses' 1-5 (logistic + boosted trees, averaged);
- the *risk head*: the probability that a patient belongs at 1-2 by the nurses' standard **or**
  turned out critically ill (critical care / operating room / cath lab, or died in the ED). The
  outcomes are labels, never inputs: they teach the head the patients the nurses' habits leave
  at 3.
Only rows with ``level_imputed`` = 0 are used.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Callable, Sequence

import numpy as np

from triage.engine.boosted_trees import BoostedTrees
from triage.engine.complaint_vocabulary import model_text
from triage.engine.text_model import (ESI_FEATURES, LEVELS, AcuityHead, EsiHead, TextEncoder,
                                      esi_levels, structured_features)
from triage.errors import TrainingCancelled
from triage.training.evaluate import LoadedSet, agreement

NHAMCS_FILE = "nhamcs2010_ed.csv"
EMBEDDING_COMPONENTS = 32
TREE_COMPONENTS = 16
C = 0.1
LEVEL_TREE_WEIGHT = 0.5
RISK_TREE_WEIGHT = 0.5
TREE_PARAMS = {"learning_rate": 0.08, "max_iter": 150, "max_depth": 4, "min_samples_leaf": 40,
               "l2_regularization": 1.0}
RISK_TREE_PARAMS = {"learning_rate": 0.05, "max_iter": 200, "max_depth": 3, "min_samples_leaf": 40,
                    "l2_regularization": 1.0}
# The threshold: the fewest patients at 1-2 (inner CV) that still finds EMERGENT_GOAL of the
# nurses' 1-2 and CRITICAL_GOAL of the critically ill; never more than SHARE_CAP of all patients.
EMERGENT_GOAL = 0.70
CRITICAL_GOAL = 0.70
SHARE_CAP = 0.21
SHARE_GRID = tuple(np.round(np.arange(0.08, SHARE_CAP + 1e-9, 0.0025), 4))
OUTER_FOLDS, INNER_FOLDS = 5, 3

Progress = Callable[[float, str], None]
Cancelled = Callable[[], bool]


@dataclass
class EsiData:
    embeddings: np.ndarray
    structured: np.ndarray  # ESI_FEATURES, raw, NaN = missing
    floors: np.ndarray  # the rules' floor combined with the ESI handbook's (A, high risk), 6 = none
    levels: np.ndarray  # the nurses' 1-5
    critical: np.ndarray  # bool: critical care / OR / cath lab, or died in the ED
    groups: np.ndarray  # hospital codes

    @property
    def risk_target(self) -> np.ndarray:
        return (self.levels <= 2) | self.critical


def esi_data(loaded: LoadedSet, encoder: TextEncoder) -> EsiData:
    """Embeddings, features and floors of every labelled visit (``loaded`` from the validation
    CSV loader, so the training data are read exactly as a site's file would be)."""
    from triage.engine.esi import esi_floor, esi_rule_floor
    from triage.engine.rules import evaluate as rules_evaluate

    intakes = loaded.intakes
    results = [rules_evaluate(i) for i in intakes]
    raw = np.vstack([structured_features(i, r, ESI_FEATURES) for i, r in zip(intakes, results)])
    floors = []
    for intake, r in zip(intakes, results):
        handbook, _ = esi_floor(intake, r.findings)
        floors.append(min(f for f in (esi_rule_floor(r.findings), handbook, 6) if f is not None))
    emb = encoder.encode([model_text(i.complaint) for i in intakes])
    return EsiData(emb, raw, np.array(floors), np.array(loaded.levels),
                   np.array([bool(c.critical) for c in loaded.cases]),
                   np.array([c.hospital for c in loaded.cases]))


# --------------------------------------------------------------------------------- fitting


def _scaler(raw: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    mean = np.nan_to_num(np.nanmean(raw, axis=0), nan=0.0)
    sd = np.nan_to_num(np.nanstd(raw, axis=0), nan=0.0)
    return mean, np.where(sd > 1e-9, sd, 1.0)


def fit(data: EsiData, idx: np.ndarray, seed: int, threshold: float = 0.5) -> EsiHead:
    """Both heads fitted on the visits ``idx``."""
    from sklearn.decomposition import PCA
    from sklearn.ensemble import HistGradientBoostingClassifier
    from sklearn.linear_model import LogisticRegression

    pca = PCA(EMBEDDING_COMPONENTS, random_state=seed).fit(data.embeddings[idx])
    projection = pca.components_ / np.sqrt(pca.explained_variance_)[:, None]
    mean, scale = _scaler(data.structured[idx])
    base = AcuityHead(projection, pca.mean_, np.zeros((5, 1)), np.zeros(5), mean, scale, 1.0, 1.0,
                      None, TREE_COMPONENTS, LEVEL_TREE_WEIGHT)
    X = base.features(data.embeddings[idx], data.structured[idx])
    Xt = base.tree_features(data.embeddings[idx], data.structured[idx])
    y = data.levels[idx]
    lr = LogisticRegression(C=C, max_iter=3000, random_state=seed).fit(X, y)
    coef = np.zeros((5, X.shape[1]))
    intercept = np.full(5, -30.0)
    for row, lv in enumerate(lr.classes_):
        coef[lv - 1], intercept[lv - 1] = lr.coef_[row], lr.intercept_[row]
    trees = HistGradientBoostingClassifier(**TREE_PARAMS, random_state=seed).fit(Xt, y)
    levels = replace(base, coef=coef, intercept=intercept,
                     trees=BoostedTrees.from_sklearn(trees, len(LEVELS), lambda lv: int(lv) - 1))
    target = data.risk_target[idx].astype(int)
    risk_lr = LogisticRegression(C=C, max_iter=3000, random_state=seed).fit(X, target)
    risk_trees = HistGradientBoostingClassifier(**RISK_TREE_PARAMS, random_state=seed).fit(Xt, target)
    return EsiHead(levels, risk_lr.coef_[0].copy(), float(risk_lr.intercept_[0]),
                   BoostedTrees.from_sklearn(risk_trees, 2, int), RISK_TREE_WEIGHT, threshold)


def scores(head: EsiHead, data: EsiData, idx: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(level probabilities, risk) for the visits ``idx``."""
    e, s = data.embeddings[idx], data.structured[idx]
    return head.levels.probabilities(e, s), head.risk(e, s)


def engine_levels(probs: np.ndarray, risk: np.ndarray, floors: np.ndarray, threshold: float) -> np.ndarray:
    """What the engine decides on the ESI scale: the head's level, never below the floors."""
    return np.minimum(esi_levels(probs, risk, threshold), floors)


def _sensitivity(decided: np.ndarray, mask: np.ndarray) -> float | None:
    return float(np.mean(decided[mask] <= 2)) if mask.any() else None


def choose_threshold(probs: np.ndarray, risk: np.ndarray, data: EsiData, idx: np.ndarray) -> float:
    """The fewest patients at 1-2 that reach both sensitivity goals (else the share cap)."""
    floors, levels, critical = data.floors[idx], data.levels[idx], data.critical[idx]
    chosen = None
    for share in SHARE_GRID:
        t = float(np.quantile(risk, 1 - share))
        decided = engine_levels(probs, risk, floors, t)
        if float(np.mean(decided <= 2)) > SHARE_CAP:
            break
        chosen = t
        if (_sensitivity(decided, levels <= 2) or 0) >= EMERGENT_GOAL and \
                (_sensitivity(decided, critical) or 0) >= CRITICAL_GOAL:
            return t
    return chosen if chosen is not None else float(np.quantile(risk, 1 - SHARE_GRID[0]))


def _splits(data: EsiData, idx: np.ndarray, folds: int, seed: int):
    from sklearn.model_selection import StratifiedGroupKFold

    strata = data.levels[idx] * 2 + data.critical[idx]
    splitter = StratifiedGroupKFold(folds, shuffle=True, random_state=seed)
    return splitter.split(idx, strata, data.groups[idx])


def select_threshold(data: EsiData, idx: np.ndarray, seed: int, folds: int = INNER_FOLDS) -> float:
    """Grouped inner CV on ``idx``: out-of-fold scores → the threshold."""
    probs, risk = np.zeros((len(idx), 5)), np.zeros(len(idx))
    for tr, te in _splits(data, idx, folds, seed):
        head = fit(data, idx[tr], seed)
        probs[te], risk[te] = scores(head, data, idx[te])
    return choose_threshold(probs, risk, data, idx)


def fold_metrics(data: EsiData, idx: np.ndarray, decided: np.ndarray, risk: np.ndarray) -> dict[str, float | None]:
    from sklearn.metrics import roc_auc_score

    m = agreement(data.levels[idx].tolist(), decided.tolist())
    critical = data.critical[idx]
    out = {k: m[k] for k in ("exact", "within_one", "under_triage", "over_triage", "qwk", "macro_f1",
                             "emergent_sensitivity")}
    out["share_1_2"] = float(np.mean(decided <= 2))
    out["critical_sensitivity"] = _sensitivity(decided, critical)
    out["critical_auc"] = float(roc_auc_score(critical, risk)) if 0 < critical.sum() < len(idx) else None
    out["nurse_share_1_2"] = float(np.mean(data.levels[idx] <= 2))
    out["nurse_critical_sensitivity"] = _sensitivity(data.levels[idx], critical)
    out["nurse_critical_auc"] = (float(roc_auc_score(critical, -data.levels[idx]))
                                 if 0 < critical.sum() < len(idx) else None)
    return out


@dataclass
class GroupedCV:
    """Per-fold figures of the whole ESI engine (floors included) and the pooled out-of-fold
    scores, from which the trade-off curve is drawn."""

    folds: list[dict[str, float | None]]
    thresholds: list[float]
    probs: np.ndarray
    risk: np.ndarray

    def summary(self) -> dict[str, dict[str, float]]:
        """metric → mean, sd, worst fold (min; max for under/over-triage and shares)."""
        out = {}
        for key in self.folds[0]:
            vals = [f[key] for f in self.folds if f[key] is not None]
            if not vals:
                continue
            worst = max(vals) if key in ("under_triage", "over_triage", "share_1_2") else min(vals)
            out[key] = {"mean": round(statistics.fmean(vals), 4),
                        "sd": round(statistics.stdev(vals), 4) if len(vals) > 1 else 0.0,
                        "worst": round(worst, 4)}
        return out


def cross_validate(data: EsiData, *, seed: int = 0, folds: int = OUTER_FOLDS,
                   progress: Progress | None = None, cancelled: Cancelled | None = None) -> GroupedCV:
    """Outer hospital-grouped CV with the threshold set by a grouped inner CV in each fold."""
    idx_all = np.arange(len(data.levels))
    per, thresholds = [], []
    probs, risk = np.zeros((len(idx_all), 5)), np.zeros(len(idx_all))
    for k, (tr, te) in enumerate(_splits(data, idx_all, folds, seed)):
        if cancelled is not None and cancelled():
            raise TrainingCancelled("training cancelled; no model file was changed")
        if progress:
            progress(k / folds, f"ESI head: hospital-grouped fold {k + 1}/{folds}")
        t = select_threshold(data, tr, seed)
        head = fit(data, tr, seed, t)
        probs[te], risk[te] = scores(head, data, te)
        decided = engine_levels(probs[te], risk[te], data.floors[te], t)
        per.append(fold_metrics(data, te, decided, risk[te]))
        thresholds.append(t)
    return GroupedCV(per, thresholds, probs, risk)


def tradeoff_curve(data: EsiData, probs: np.ndarray, risk: np.ndarray,
                   shares: Sequence[float] = tuple(np.round(np.arange(0.04, 0.405, 0.01), 3)),
                   ) -> list[dict[str, float]]:
    """Share called 1-2 vs emergent and critical sensitivity as the threshold moves, on pooled
    out-of-fold scores (floors included: the share never falls below what they force)."""
    out = []
    for share in shares:
        t = float(np.quantile(risk, 1 - share))
        decided = engine_levels(probs, risk, data.floors, t)
        out.append({"threshold": t, "share_1_2": float(np.mean(decided <= 2)),
                    "emergent_sensitivity": _sensitivity(decided, data.levels <= 2),
                    "critical_sensitivity": _sensitivity(decided, data.critical)})
    return out


def load_nhamcs(path: Path) -> LoadedSet:
    """NHAMCS in the validation-CSV format; ``level_imputed`` = 1 rows are skipped there."""
    from triage.training.evaluate import load_validation_csv

    return load_validation_csv(path)


@dataclass
class EsiTraining:
    head: EsiHead
    cv: GroupedCV
    curve: list[dict[str, float]]
    records: int
    hospitals: int
    skipped_imputed: int


def train_esi_head(path: Path, encoder: TextEncoder, *, seed: int = 0,
                   progress: Progress | None = None, cancelled: Cancelled | None = None) -> EsiTraining:
    """Grouped CV of the whole ESI engine, then the committed head on every labelled visit with
    its threshold from a grouped CV over all of them.

    Raises
    ------
    DatasetError
        the file cannot be read or lacks the validation-CSV columns.
    TrainingCancelled
        ``cancelled()`` returned True.
    """
    report = progress or (lambda f, m: None)
    loaded = load_nhamcs(path)
    data = esi_data(loaded, encoder)
    cv = cross_validate(data, seed=seed, progress=lambda f, m: report(f * 0.8, m), cancelled=cancelled)
    report(0.85, "ESI head: threshold over all hospitals (grouped CV)")
    all_idx = np.arange(len(data.levels))
    threshold = select_threshold(data, all_idx, seed, folds=OUTER_FOLDS)
    head = fit(data, all_idx, seed, threshold)
    return EsiTraining(head, cv, tradeoff_curve(data, cv.probs, cv.risk), len(data.levels),
                       len(set(data.groups.tolist())), loaded.skipped_imputed)


def esi_config(training: EsiTraining, encoder_name: str, embedding_dim: int) -> dict:
    """The manifest configuration the loader checks (``load_esi_head``)."""
    head = training.head
    return {"encoder": encoder_name, "embedding_dim": embedding_dim,
            "structured_features": list(ESI_FEATURES), "C": C,
            "embedding_components": EMBEDDING_COMPONENTS, "tree_components": TREE_COMPONENTS,
            "tree_weight": LEVEL_TREE_WEIGHT, "risk_tree_weight": RISK_TREE_WEIGHT,
            "tree_params": TREE_PARAMS, "risk_tree_params": RISK_TREE_PARAMS,
            "threshold": head.threshold,
            "decision": "risk >= threshold -> 1-2 (1 if P1 >= P2), else argmax P(3..5); then the "
                        "rules' floor as it binds on ESI (triage.engine.esi.esi_rule_floor) and "
                        "decision point A",
            "threshold_rule": f"fewest at 1-2 reaching emergent sensitivity {EMERGENT_GOAL} and "
                              f"critical sensitivity {CRITICAL_GOAL} in grouped CV, share <= {SHARE_CAP}",
            "risk_target": "nurse level 1-2 or icu_or_procedure or died_in_ed",
            "text": "triage.engine.complaint_vocabulary.model_text(complaint)"}
