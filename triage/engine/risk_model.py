"""The outcome risks: calibrated P(critical) and P(admission) from triage-time inputs.

Both heads were taught by what happened to patients after triage (critical care, operating room,
cath lab or death in the ED; admission), never by the nurses' levels: a sick patient's physiology
is the same at every hospital, while where a nurse draws the 2/3 line is a local habit. They read
only what the nurse has at triage: the complaint (its MiniLM embedding projected onto principal
axes fitted on the training complaints), the structured intake with missing-value indicators
(``text_model.structured_features`` on ``ESI_FEATURES``: vital signs, age, arrival, pain, GCS /
AVPU, the rules' floor and NEWS2) and which manual findings fired (the complaint's vocabulary
categories).

Each head is gradient-boosted trees (``boosted_trees.BoostedTrees``; monotone where physiology
dictates) whose raw log-odds go through a calibration map fitted on hospital-grouped out-of-fold
scores: isotonic (a step function, stored as its knots) or Platt (``sigmoid(a·raw + b)``).
Weights are safetensors arrays, the configuration JSON in ``models/manifest.json``; no pickle, no
scikit-learn at run time.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Mapping, Sequence

import numpy as np

from models.registry import MODELS_DIR, ModelEntry, ModelFileError, verified_path

from triage.engine.boosted_trees import BoostedTrees
from triage.engine.operating_point import OperatingPoint
from triage.engine.text_model import ESI_FEATURES, structured_features
from triage.errors import ModelUnavailable
from triage.intake import Intake

if TYPE_CHECKING:
    from triage.engine.rules import RuleResult

RISK_MODEL = "outcome_risk"
OUTCOMES = ("critical", "admission")
# Features whose rise can only mean more danger (a tree may not learn that a lower SpO2 or a
# lower GCS is safer because the few such patients in one fold happened to go home).
MONOTONE_UP = ("hr_high", "hr_low", "rr_high", "rr_low", "sbp_low", "spo2_low", "gcs_low",
               "news2", "avpu_voice", "avpu_pain", "avpu_unresponsive", "shock_index_high",
               "temp_low", "on_oxygen", "floor_1", "floor_2")
MONOTONE_DOWN = ("spo2",)


@dataclass(frozen=True)
class Calibration:
    """raw log-odds → probability. ``kind`` "isotonic": piecewise-linear through the knots
    (``x`` increasing raw values, ``y`` probabilities, flat beyond the ends); "platt":
    ``sigmoid(a * raw + b)``."""

    kind: str
    x: np.ndarray = field(default_factory=lambda: np.zeros(0))
    y: np.ndarray = field(default_factory=lambda: np.zeros(0))
    a: float = 1.0
    b: float = 0.0

    def __call__(self, raw: np.ndarray) -> np.ndarray:
        raw = np.asarray(raw, dtype=np.float64)
        if self.kind == "isotonic":
            return np.clip(np.interp(raw, self.x, self.y), 0.0, 1.0)
        return 1.0 / (1.0 + np.exp(-(self.a * raw + self.b)))


@dataclass(frozen=True)
class RiskHead:
    """One outcome: trees on the risk features, then the calibration map."""

    trees: BoostedTrees
    calibration: Calibration

    def raw(self, X: np.ndarray) -> np.ndarray:
        r = self.trees.raw(X)
        return r[:, 1] - r[:, 0]

    def probability(self, X: np.ndarray) -> np.ndarray:
        return self.calibration(self.raw(X))


@dataclass(frozen=True)
class RiskModel:
    """Both heads with the complaint projection and the shipped operating points."""

    projection: np.ndarray  # (components, dim) principal axes / their standard deviations
    projection_mean: np.ndarray  # (dim,)
    findings: tuple[str, ...]  # rule-finding codes read as 0/1 features, in order
    heads: Mapping[str, RiskHead]
    version: str = ""
    points: Mapping[str, OperatingPoint] = field(default_factory=dict)  # scale → shipped default
    esi_head_threshold: float | None = None  # the ESI head's own 1-2 line beside the risk path

    @property
    def components(self) -> int:
        return int(self.projection.shape[0])

    def features_from(self, embeddings: np.ndarray, structured_raw: np.ndarray,
                      finding_codes: Sequence[set[str]]) -> np.ndarray:
        """[projected complaint, ESI_FEATURES as measured (NaN = missing), findings 0/1]."""
        projected = (np.asarray(embeddings, dtype=np.float64) - self.projection_mean) @ self.projection.T
        flags = np.array([[float(c in codes) for c in self.findings] for codes in finding_codes],
                         dtype=np.float64).reshape(len(finding_codes), len(self.findings))
        return np.hstack([projected, structured_raw, flags])

    def features(self, embeddings: np.ndarray, intakes: Sequence[Intake],
                 rules: Sequence["RuleResult"]) -> np.ndarray:
        raw = np.vstack([structured_features(i, r, ESI_FEATURES) for i, r in zip(intakes, rules)]) \
            if intakes else np.zeros((0, len(ESI_FEATURES)))
        return self.features_from(embeddings, raw, [finding_codes(r) for r in rules])

    def predict(self, X: np.ndarray) -> dict[str, np.ndarray]:
        return {name: head.probability(X) for name, head in self.heads.items()}

    def tensors(self) -> dict[str, np.ndarray]:
        out = {"projection": np.ascontiguousarray(self.projection, dtype=np.float32),
               "projection_mean": np.ascontiguousarray(self.projection_mean, dtype=np.float32)}
        for name, head in self.heads.items():
            out.update(head.trees.tensors(f"{name}.trees."))
            if head.calibration.kind == "isotonic":
                out[f"{name}.iso_x"] = np.ascontiguousarray(head.calibration.x, dtype=np.float64)
                out[f"{name}.iso_y"] = np.ascontiguousarray(head.calibration.y, dtype=np.float64)
        return out


def finding_codes(rules: "RuleResult | None") -> set[str]:
    """The codes of the manual findings that fired (rules and red flags; not notes)."""
    if rules is None:
        return set()
    return {r.code for r in rules.findings if r.kind in ("rule", "news2")}


def monotone_constraints(names: Sequence[str]) -> list[int]:
    return [1 if n in MONOTONE_UP else -1 if n in MONOTONE_DOWN else 0 for n in names]


def feature_names(components: int, findings: Sequence[str]) -> list[str]:
    return ([f"complaint_pc{k + 1}" for k in range(components)] + list(ESI_FEATURES)
            + [f"finding:{c}" for c in findings])


def calibration_config(c: Calibration) -> dict[str, Any]:
    return {"kind": c.kind} if c.kind == "isotonic" else {"kind": "platt", "a": c.a, "b": c.b}


def load_risk_model(models_dir: Path = MODELS_DIR) -> tuple[RiskModel, ModelEntry]:
    """The risk heads after checking their file against the manifest.

    Raises
    ------
    ModelUnavailable
        the file is missing, corrupt, or its configuration does not match this code.
    """
    from safetensors.numpy import load_file

    try:
        path, entry = verified_path(RISK_MODEL, models_dir)
        arrays = load_file(str(path))
    except ModelFileError as exc:
        raise ModelUnavailable(str(exc)) from exc
    except Exception as exc:  # a truncated / non-safetensors file with a matching hash
        raise ModelUnavailable(f"model {RISK_MODEL!r} cannot be read: {exc}") from exc
    cfg = entry.config
    if tuple(cfg.get("structured_features", ())) != ESI_FEATURES:
        raise ModelUnavailable(f"{RISK_MODEL} was trained on other features; retrain it "
                               "(python main.py train risk)")
    try:
        heads = {}
        for name in OUTCOMES:
            cal = cfg["calibration"][name]
            calibration = (Calibration("isotonic", arrays[f"{name}.iso_x"].astype(np.float64),
                                       arrays[f"{name}.iso_y"].astype(np.float64))
                           if cal["kind"] == "isotonic" else
                           Calibration("platt", a=float(cal["a"]), b=float(cal["b"])))
            heads[name] = RiskHead(BoostedTrees.from_tensors(arrays, f"{name}.trees."), calibration)
        points = {scale: OperatingPoint.from_dict({**p, "scale": scale, "source": "shipped",
                                                   "version": entry.version})
                  for scale, p in cfg["operating_points"].items()}
        t = cfg["esi_head_threshold"]  # null: the ESI head's own 1-2 line is off (risk path only)
        model = RiskModel(arrays["projection"].astype(np.float64),
                          arrays["projection_mean"].astype(np.float64),
                          tuple(cfg["findings"]), heads, entry.version, points,
                          float("inf") if t is None else float(t))
    except KeyError as exc:
        raise ModelUnavailable(f"{RISK_MODEL} lacks {exc}; retrain it") from exc
    except (ValueError, TypeError) as exc:
        raise ModelUnavailable(f"{RISK_MODEL}: {exc}; retrain it") from exc
    width = model.components + len(ESI_FEATURES) + len(model.findings)
    if model.projection.shape[1] != int(cfg["embedding_dim"]) or any(
            int(h.trees.feature.max(initial=0)) >= width for h in heads.values()):
        raise ModelUnavailable(f"{RISK_MODEL} weights do not match its manifest")
    return model, entry
