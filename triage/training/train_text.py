"""Reproducible training of the text heads (``python main.py train text``).

Acuity: the whole engine (rules floor + head + cost-sensitive decision) is scored by 5-fold
stratified cross-validation on ``ktas_train.csv``; inside each training fold a 3-fold inner CV
picks the regularisation, fits the calibration temperature and picks the decision rule's
under-triage cost, so every reported figure comes from records the choices never saw.
Symptom: phrases of ``medical_speech_intent.csv`` deduplicated, majority label per phrase,
5-fold CV split by phrase.
"""

from __future__ import annotations

import csv
import json
import statistics
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Sequence

import numpy as np

from models.registry import MODELS_DIR, ModelEntry, sha256_file, write_entry

from triage.engine.complaint_vocabulary import model_text
from triage.errors import DatasetError, TrainingCancelled
from triage.intake import ArrivalMode, Intake, Sex
from triage.training.evaluate import LoadedSet, agreement, expected_calibration_error, load_ktas
from triage.training.data_paths import SHARED_DATA
from triage.engine.boosted_trees import BoostedTrees
from triage.training.train_esi import esi_config, train_esi_head
from triage.engine.text_model import (ACUITY_MODEL, ENCODER_NAME, ESI_MODEL, LEVELS, STRUCTURED_FEATURES, SYMPTOM_MODEL,
                         AcuityHead, SymptomHead, TextEncoder, softmax, structured_features, temper)

KTAS_FILE = "ktas_train.csv"
NHAMCS_FILE = "nhamcs2010_ed.csv"  # the ESI head (triage.training.train_esi)
SPEECH_FILE = "medical_speech_intent.csv"
MODEL_VERSION = "1.3.0"  # 1.1: whitened projection; 1.2: + boosted trees; 1.3: RFV vocabulary, ESI head
C_GRID = (0.03, 0.1, 0.3, 1.0)
EMBEDDING_COMPONENTS = 32
# Boosted trees averaged with the logistic head (weight TREE_WEIGHT) on the leading
# TREE_COMPONENTS projected axes + the raw structured inputs. Settings from comparing a handful
# of configurations by 3 × 5-fold CV (docs/models.md): the blend raised exact agreement by ~1 point.
TREE_COMPONENTS = 16
TREE_WEIGHT = 0.5
TREE_PARAMS = {"learning_rate": 0.05, "max_iter": 100, "max_depth": 3, "min_samples_leaf": 20,
               "l2_regularization": 1.0}
UNDER_COST_GRID = (1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0, 4.0)
TEMPERATURE_GRID = tuple(np.round(np.arange(0.5, 3.01, 0.05), 2))
# The decision rule's under-triage cost is the one with the best exact agreement among those
# that under-triage at most this often (inner CV): the issue-15 target, below the KTAS triage
# nurses (10.3 %).
UNDER_TRIAGE_BUDGET = 0.08

Progress = Callable[[float, str], None]
Cancelled = Callable[[], bool]


@dataclass
class TrainReport:
    acuity_cv: dict[str, tuple[float, float]]  # metric → (mean, sd) over the outer folds
    symptom_cv: dict[str, tuple[float, float]]
    chosen: dict[str, float]  # C, temperature, under_cost of the committed head
    files: dict[str, str] = field(default_factory=dict)  # model name → sha256
    esi_cv: dict[str, dict[str, float]] = field(default_factory=dict)  # metric → mean, sd, worst

    def lines(self) -> list[str]:
        out = ["acuity (whole engine: rules floor + head), 5-fold stratified CV, mean ± sd:"]
        out += [f"  {k:22s} {m:.3f} ± {s:.3f}" for k, (m, s) in self.acuity_cv.items()]
        out.append("symptom head, 5-fold CV split by phrase, mean ± sd:")
        out += [f"  {k:22s} {m:.3f} ± {s:.3f}" for k, (m, s) in self.symptom_cv.items()]
        out.append("committed head: " + ", ".join(f"{k}={v:g}" for k, v in self.chosen.items()))
        if self.esi_cv:
            out.append("ESI head (whole ESI engine), 5-fold hospital-grouped CV, mean ± sd, worst fold:")
            out += [f"  {k:28s} {v['mean']:.3f} ± {v['sd']:.3f}  worst {v['worst']:.3f}"
                    for k, v in self.esi_cv.items()]
        out += [f"wrote {name} sha256 {digest}" for name, digest in self.files.items()]
        return out


def _check(cancelled: Cancelled | None) -> None:
    if cancelled is not None and cancelled():
        raise TrainingCancelled("training cancelled; no model file was changed")


# ---------------------------------------------------------------------------------- acuity


@dataclass
class AcuityData:
    embeddings: np.ndarray
    structured: np.ndarray  # raw, NaN = missing
    floors: np.ndarray  # rule floor per case, 6 = none
    levels: np.ndarray
    masked: np.ndarray  # structured features of a copy of each case with some inputs removed


# Inputs that a desk may not have (yet) when it asks for a suggestion, and that another data set
# may lack altogether (MIMIC-IV-ED has no age). Each is removed with this probability in the
# masked copy of every training case.
MASKABLE = {"heart_rate": "vitals", "resp_rate": "vitals", "sbp": "vitals", "dbp": "vitals",
            "spo2": "vitals", "temperature_c": "vitals", "pain": "vitals", "avpu": "vitals",
            "age_years": "patient", "sex": "patient", "arrival_mode": "intake", "injury": "intake"}
MASK_PROBABILITY = 0.3


def masked_copy(intake: Intake, rng: np.random.Generator) -> Intake:
    """``intake`` with each ``MASKABLE`` input independently removed (p = ``MASK_PROBABILITY``).

    In the KTAS file missing vital signs mostly mean a patient in cardiac arrest; without these
    copies the head would learn "no vitals typed yet → level 1" instead of reading the rules."""
    drop = {name for name in MASKABLE if rng.random() < MASK_PROBABILITY}
    blank = {"sex": Sex.UNKNOWN, "arrival_mode": ArrivalMode.UNKNOWN}
    vitals = replace(intake.vitals, **{n: None for n in drop if MASKABLE[n] == "vitals"})
    patient = replace(intake.patient, **{n: blank.get(n) for n in drop if MASKABLE[n] == "patient"},
                      **({"birth_date": None} if "age_years" in drop else {}))
    return replace(intake, vitals=vitals, patient=patient,
                   **{n: blank.get(n) for n in drop if MASKABLE[n] == "intake"})


def acuity_data(loaded: LoadedSet, encoder: TextEncoder, seed: int = 0) -> AcuityData:
    from triage.engine.rules import evaluate as rules_evaluate

    def features(intakes: Sequence[Intake]) -> tuple[np.ndarray, np.ndarray]:
        results = [rules_evaluate(i) for i in intakes]
        raw = np.vstack([structured_features(i, r) for i, r in zip(intakes, results)])
        return raw, np.array([r.floor if r.floor is not None else 6 for r in results])

    emb = encoder.encode([model_text(i.complaint) for i in loaded.intakes])
    raw, floors = features(loaded.intakes)
    rng = np.random.default_rng(seed)
    masked, _ = features([masked_copy(i, rng) for i in loaded.intakes])
    return AcuityData(emb, raw, floors, np.array(loaded.levels), masked)


def _scaler(raw: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    mean = np.nan_to_num(np.nanmean(raw, axis=0), nan=0.0)
    sd = np.nan_to_num(np.nanstd(raw, axis=0), nan=0.0)
    return mean, np.where(sd > 1e-9, sd, 1.0)


def _fit(data: AcuityData, idx: np.ndarray, C: float, seed: int) -> AcuityHead:
    from sklearn.decomposition import PCA
    from sklearn.linear_model import LogisticRegression

    pca = PCA(EMBEDDING_COMPONENTS, random_state=seed).fit(data.embeddings[idx])
    # Whitened: every component gets unit variance like the standardised structured inputs, so
    # one C regularises text and vitals alike (raw components were ~10x smaller, i.e. the text
    # was penalised far more than the vitals; whitening raised CV exact from 0.712 to 0.722).
    projection = pca.components_ / np.sqrt(pca.explained_variance_)[:, None]
    mean, scale = _scaler(data.structured[idx])
    head = AcuityHead(projection, pca.mean_, np.zeros((5, 1)), np.zeros(5), mean, scale, 1.0, 1.0)
    X = head.features(np.vstack([data.embeddings[idx]] * 2),
                      np.vstack([data.structured[idx], data.masked[idx]]))
    lr = LogisticRegression(C=C, max_iter=3000, random_state=seed).fit(X, np.tile(data.levels[idx], 2))
    coef = np.zeros((5, X.shape[1]))
    intercept = np.full(5, -30.0)  # a level absent from this fold is never predicted
    for row, lv in enumerate(lr.classes_):
        coef[lv - 1], intercept[lv - 1] = lr.coef_[row], lr.intercept_[row]
    return AcuityHead(projection, pca.mean_, coef, intercept, mean, scale, 1.0, 1.0)


def _fit_trees(data: AcuityData, idx: np.ndarray, head: AcuityHead, seed: int) -> BoostedTrees:
    """Boosted trees on the same records (and masked copies) as ``head``, sharing its projection."""
    from sklearn.ensemble import HistGradientBoostingClassifier

    view = replace(head, tree_components=TREE_COMPONENTS)
    X = np.vstack([view.tree_features(data.embeddings[idx], data.structured[idx]),
                   view.tree_features(data.embeddings[idx], data.masked[idx])])
    model = HistGradientBoostingClassifier(**TREE_PARAMS, random_state=seed)
    model.fit(X, np.tile(data.levels[idx], 2))
    return BoostedTrees.from_sklearn(model, len(LEVELS), lambda level: int(level) - 1)


def _with_trees(head: AcuityHead, trees: BoostedTrees) -> AcuityHead:
    return replace(head, trees=trees, tree_components=TREE_COMPONENTS, tree_weight=TREE_WEIGHT)


def _logits(head: AcuityHead, data: AcuityData, idx: np.ndarray) -> np.ndarray:
    return head.logits(head.features(data.embeddings[idx], data.structured[idx]))


def _probabilities(head: AcuityHead, data: AcuityData, idx: np.ndarray) -> np.ndarray:
    return head.probabilities(data.embeddings[idx], data.structured[idx])


def _nll(logits: np.ndarray, levels: np.ndarray, T: float) -> float:
    p = softmax(logits / T)[np.arange(len(levels)), levels - 1]
    return float(-np.log(np.clip(p, 1e-12, 1)).mean())


def engine_levels(probs: np.ndarray, floors: np.ndarray, under_cost: float) -> np.ndarray:
    """What the engine decides: the head's cost-sensitive level, never below the rules' floor."""
    from triage.engine.text_model import expected_cost_levels

    return np.minimum(expected_cost_levels(probs, under_cost), floors)


def choose_under_cost(levels: np.ndarray, probs: np.ndarray, floors: np.ndarray) -> float:
    """Best exact agreement within the under-triage budget (else the least under-triage)."""
    scored = []
    for u in UNDER_COST_GRID:
        decided = engine_levels(probs, floors, u)
        scored.append((float(np.mean(decided > levels)), float(np.mean(decided == levels)), u))
    within = [s for s in scored if s[0] <= UNDER_TRIAGE_BUDGET]
    if within:
        return max(within, key=lambda s: (s[1], -s[2]))[2]
    return min(scored, key=lambda s: (s[0], s[2]))[2]


def select(data: AcuityData, idx: np.ndarray, seed: int, folds: int = 3) -> dict[str, float]:
    """Choose C (inner-CV log-loss), then temperature and under-triage cost on the inner
    out-of-fold predictions — only ever from ``idx``."""
    from sklearn.model_selection import StratifiedKFold

    y = data.levels[idx]
    splitter = StratifiedKFold(folds, shuffle=True, random_state=seed)
    oof = {C: np.zeros((len(idx), 5)) for C in C_GRID}
    oof_trees = np.zeros((len(idx), 5))
    for tr, te in splitter.split(idx, y):
        for C in C_GRID:
            head = _fit(data, idx[tr], C, seed)
            oof[C][te] = _logits(head, data, idx[te])
        trees = _fit_trees(data, idx[tr], head, seed)  # the projection does not depend on C
        view = _with_trees(head, trees)
        oof_trees[te] = trees.probabilities(view.tree_features(data.embeddings[idx[te]],
                                                               data.structured[idx[te]]))
    C = min(C_GRID, key=lambda c: _nll(oof[c], y, 1.0))
    mixture = (1 - TREE_WEIGHT) * softmax(oof[C]) + TREE_WEIGHT * oof_trees
    T = min(TEMPERATURE_GRID, key=lambda t: _nll(np.log(mixture), y, float(t)))
    probs = temper(mixture, float(T))
    cost = choose_under_cost(y, probs, data.floors[idx])
    return {"C": C, "temperature": float(T), "under_cost": float(cost)}


def _committed(data: AcuityData, idx: np.ndarray, chosen: dict[str, float], seed: int) -> AcuityHead:
    """The head as the engine will use it: logistic part with the chosen C, temperature and
    under-triage cost, plus the boosted trees, all fitted on ``idx``."""
    head = _fit(data, idx, chosen["C"], seed)
    head = replace(head, temperature=chosen["temperature"], under_cost=chosen["under_cost"])
    return _with_trees(head, _fit_trees(data, idx, head, seed))


def _mean_sd(values: Sequence[float | None]) -> tuple[float, float]:
    vals = [v for v in values if v is not None]
    if not vals:
        return (float("nan"), float("nan"))
    return (statistics.fmean(vals), statistics.stdev(vals) if len(vals) > 1 else 0.0)


def cross_validate_acuity(data: AcuityData, *, seed: int = 0, folds: int = 5,
                          progress: Progress | None = None, cancelled: Cancelled | None = None,
                          oof: dict[str, np.ndarray] | None = None,
                          ) -> dict[str, tuple[float, float]]:
    """Outer stratified CV of the whole engine with nested model selection (``oof``, when
    given, receives the out-of-fold probabilities and decided levels for the trade-off curve)."""
    from sklearn.model_selection import StratifiedKFold

    keys = ("exact", "within_one", "under_triage", "over_triage", "qwk", "macro_f1",
            "emergent_sensitivity")
    per: dict[str, list[float | None]] = defaultdict(list)
    splitter = StratifiedKFold(folds, shuffle=True, random_state=seed)
    all_idx = np.arange(len(data.levels))
    for k, (tr, te) in enumerate(splitter.split(all_idx, data.levels)):
        _check(cancelled)
        if progress:
            progress(k / folds * 0.7, f"cross-validation fold {k + 1}/{folds}")
        chosen = select(data, tr, seed)
        head = _committed(data, tr, chosen, seed)
        probs = _probabilities(head, data, te)
        decided = engine_levels(probs, data.floors[te], chosen["under_cost"])
        if oof is not None:
            oof.setdefault("probs", np.zeros((len(all_idx), 5)))[te] = probs
            oof.setdefault("decided", np.zeros(len(all_idx), dtype=int))[te] = decided
        m = agreement(data.levels[te].tolist(), decided.tolist())
        for key in keys:
            per[key].append(m[key])
        head_only = engine_levels(probs, np.full(len(te), 6), chosen["under_cost"])
        per["head_only_exact"].append(float(np.mean(head_only == data.levels[te])))
        uncalibrated = _probabilities(replace(head, temperature=1.0), data, te)
        per["ece_before"].append(expected_calibration_error(uncalibrated, data.levels[te]))
        per["ece_after"].append(expected_calibration_error(probs, data.levels[te]))
        per["chosen_C"].append(chosen["C"])
        per["chosen_under_cost"].append(chosen["under_cost"])
    return {key: _mean_sd(vals) for key, vals in per.items()}


def ktas_tradeoff(data: AcuityData, oof: dict[str, np.ndarray],
                  thresholds: Sequence[float] = tuple(np.round(np.arange(0.05, 0.96, 0.05), 2)),
                  ) -> list[dict[str, float]]:
    """The KTAS curve: the engine's level, raised to 2 when the out-of-fold P(level 1-2) reaches
    the threshold — share called 1-2 vs emergent sensitivity (no outcomes in the KTAS file)."""
    p12 = oof["probs"][:, 0] + oof["probs"][:, 1]
    emergent = data.levels <= 2
    out = []
    for t in thresholds:
        decided = np.where(p12 >= t, np.minimum(oof["decided"], 2), oof["decided"])
        out.append({"threshold": float(t), "share_1_2": float(np.mean(decided <= 2)),
                    "emergent_sensitivity": float(np.mean(decided[emergent] <= 2))})
    return out


def ktas_nurse_point(path: Path) -> dict[str, float]:
    """The KTAS triage nurses (``KTAS_RN``) against the expert panel: share called 1-2 and
    emergent sensitivity. A reference for the plot, never a model input."""
    import io

    text = Path(path).read_bytes().decode("cp1254", errors="replace")
    pairs = []
    for row in csv.DictReader(io.StringIO(text, newline=""), delimiter=";"):
        try:
            pairs.append((int(row["KTAS_RN"]), int(row["KTAS_expert"])))
        except (KeyError, TypeError, ValueError):
            continue
    nurse = np.array([n for n, _ in pairs])
    expert = np.array([e for _, e in pairs])
    return {"share_1_2": float(np.mean(nurse <= 2)),
            "emergent_sensitivity": float(np.mean(nurse[expert <= 2] <= 2)), "n": len(pairs)}


# --------------------------------------------------------------------------------- symptom


def speech_phrases(path: Path) -> tuple[list[str], list[str]]:
    """Deduplicated phrases with their majority prompt (ties → alphabetical, for determinism).

    Raises
    ------
    DatasetError
        the file cannot be read or lacks ``phrase`` / ``prompt``.
    """
    try:
        with open(path, encoding="utf-8", newline="") as f:
            reader = csv.DictReader(f)
            if not {"phrase", "prompt"} <= set(reader.fieldnames or ()):
                raise DatasetError(f"{path} lacks the phrase/prompt columns")
            votes: dict[str, Counter[str]] = defaultdict(Counter)
            for row in reader:
                phrase = " ".join((row["phrase"] or "").split())
                if phrase:
                    votes[phrase.lower()][row["prompt"].strip()] += 1
    except OSError as exc:
        raise DatasetError(f"cannot read {path}: {exc}") from exc
    phrases = sorted(votes)
    labels = [min(votes[p].items(), key=lambda kv: (-kv[1], kv[0]))[0] for p in phrases]
    return phrases, labels


def _fit_symptom(X: np.ndarray, y: list[str], labels: tuple[str, ...], seed: int) -> SymptomHead:
    from sklearn.linear_model import LogisticRegression

    lr = LogisticRegression(C=10.0, max_iter=3000, random_state=seed).fit(X, y)
    coef = np.zeros((len(labels), X.shape[1]))
    intercept = np.full(len(labels), -30.0)
    for row, name in enumerate(lr.classes_):
        coef[labels.index(name)], intercept[labels.index(name)] = lr.coef_[row], lr.intercept_[row]
    return SymptomHead(coef, intercept, labels)


def train_symptom(path: Path, encoder: TextEncoder, *, seed: int = 0, folds: int = 5,
                  ) -> tuple[SymptomHead, dict[str, tuple[float, float]], int]:
    from sklearn.model_selection import KFold

    phrases, y = speech_phrases(path)
    labels = tuple(sorted(set(y)))
    X = encoder.encode([model_text(p) for p in phrases])
    acc, top3 = [], []
    for tr, te in KFold(folds, shuffle=True, random_state=seed).split(X):
        head = _fit_symptom(X[tr], [y[i] for i in tr], labels, seed)
        p = head.probabilities(X[te])
        truth = np.array([labels.index(y[i]) for i in te])
        acc.append(float(np.mean(p.argmax(1) == truth)))
        top3.append(float(np.mean([t in np.argsort(-row)[:3] for row, t in zip(p, truth)])))
    head = _fit_symptom(X, y, labels, seed)
    return head, {"accuracy": _mean_sd(acc), "top3_accuracy": _mean_sd(top3)}, len(phrases)


# ------------------------------------------------------------------------------------ main


def _save(name: str, tensors: dict[str, np.ndarray], entry: dict, models_dir: Path) -> str:
    from safetensors.numpy import save_file

    path = Path(models_dir) / f"{name}.safetensors"
    tmp = path.with_suffix(".safetensors.tmp")
    # One metadata key: safetensors writes a map's keys in random order, and the file must be
    # byte-identical from run to run (same seed, same data → same sha256).
    save_file(tensors, str(tmp), metadata={"model": f"{name} {MODEL_VERSION}"})
    tmp.replace(path)
    digest = sha256_file(path)
    write_entry(ModelEntry(name=name, file=path.name, version=MODEL_VERSION, sha256=digest,
                           created=datetime.now(timezone.utc).isoformat(timespec="seconds"),
                           card=f"{name}.md", **entry), models_dir)
    return digest


def _rounded(cv: dict[str, tuple[float, float]]) -> dict[str, dict[str, float]]:
    return {k: {"mean": round(m, 4), "sd": round(s, 4)} for k, (m, s) in cv.items()}


def train(data_dir: Path = SHARED_DATA, models_dir: Path = MODELS_DIR, *, seed: int = 0,
          progress: Progress | None = None, cancelled: Cancelled | None = None) -> TrainReport:
    """Train both heads from ``data_dir``, write their weights + manifest entries, return the CV.

    Raises
    ------
    DatasetError
        a data file is missing or unreadable.
    TrainingCancelled
        ``cancelled()`` returned True; nothing was written.
    """
    report = progress or (lambda f, m: None)
    np.random.seed(seed)
    ktas_path, speech_path = Path(data_dir) / KTAS_FILE, Path(data_dir) / SPEECH_FILE
    for p in (ktas_path, speech_path):
        if not p.is_file():
            raise DatasetError(f"training data {p} not found")
    report(0.0, "loading the encoder and the KTAS records")
    encoder = TextEncoder()
    data = acuity_data(load_ktas(ktas_path), encoder, seed)
    oof: dict[str, np.ndarray] = {}
    cv = cross_validate_acuity(data, seed=seed, progress=lambda f, m: report(f * 0.6, m),
                               cancelled=cancelled, oof=oof)
    _check(cancelled)
    report(0.45, "choosing the committed acuity head")
    chosen = select(data, np.arange(len(data.levels)), seed, folds=5)
    head = _committed(data, np.arange(len(data.levels)), chosen, seed)
    report(0.5, "training the symptom head")
    symptom, symptom_cv, n_phrases = train_symptom(speech_path, encoder, seed=seed)
    _check(cancelled)
    nhamcs_path = Path(data_dir) / NHAMCS_FILE
    esi = None
    if nhamcs_path.is_file():
        esi = train_esi_head(nhamcs_path, encoder, seed=seed, cancelled=cancelled,
                             progress=lambda f, m: report(0.55 + 0.4 * f, m))
    _check(cancelled)
    ktas_data = {"file": KTAS_FILE, "sha256": sha256_file(ktas_path), "records": len(data.levels)}
    files = {
        ACUITY_MODEL: _save(ACUITY_MODEL, head.tensors(), {
            "data": ktas_data, "labels": tuple(str(lv) for lv in LEVELS),
            "metrics": {"cv_5fold_engine": _rounded(cv), "seed": seed,
                        "tradeoff_curve": [{k: round(v, 4) for k, v in row.items()}
                                           for row in ktas_tradeoff(data, oof)],
                        "nurse_point": {k: round(v, 4) for k, v in ktas_nurse_point(ktas_path).items()}},
            "config": {"encoder": ENCODER_NAME, "embedding_dim": encoder.dim,
                       "structured_features": list(STRUCTURED_FEATURES), "C": chosen["C"],
                       "embedding_components": EMBEDDING_COMPONENTS,
                       "temperature": chosen["temperature"], "under_cost": chosen["under_cost"],
                       "tree_components": TREE_COMPONENTS, "tree_weight": TREE_WEIGHT,
                       "tree_params": TREE_PARAMS, "trees": len(head.trees.roots),
                       "text": "triage.engine.complaint_vocabulary.model_text(complaint)"},
        }, models_dir),
        SYMPTOM_MODEL: _save(SYMPTOM_MODEL, symptom.tensors(), {
            "data": {"file": SPEECH_FILE, "sha256": sha256_file(speech_path), "phrases": n_phrases},
            "labels": symptom.labels,
            "metrics": {"cv_5fold_by_phrase": _rounded(symptom_cv), "seed": seed},
            "config": {"encoder": ENCODER_NAME, "embedding_dim": encoder.dim, "C": 10.0},
        }, models_dir),
    }
    if esi is not None:
        files[ESI_MODEL] = _save(ESI_MODEL, esi.head.tensors(), {
            "data": {"file": NHAMCS_FILE, "sha256": sha256_file(nhamcs_path), "records": esi.records,
                     "hospitals": esi.hospitals, "skipped_imputed": esi.skipped_imputed},
            "labels": tuple(str(lv) for lv in LEVELS),
            "metrics": {"cv_5fold_hospital_grouped_engine": esi.cv.summary(),
                        "cv_thresholds": [round(t, 4) for t in esi.cv.thresholds],
                        "tradeoff_curve": [{k: round(v, 4) for k, v in row.items()} for row in esi.curve],
                        "seed": seed},
            "config": esi_config(esi, ENCODER_NAME, encoder.dim),
        }, models_dir)
    report(1.0, "done")
    return TrainReport(cv, symptom_cv, chosen, files, esi.cv.summary() if esi is not None else {})


def report_json(report: TrainReport) -> str:
    return json.dumps({"acuity_cv": _rounded(report.acuity_cv),
                       "symptom_cv": _rounded(report.symptom_cv), "esi_cv": report.esi_cv,
                       "chosen": report.chosen, "files": report.files}, indent=2)

