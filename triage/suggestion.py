"""What the engine hands back: a level with its reasons, as data.

The UI, the PDF report and the FHIR export all render these same records, so every place shows
the same basis for a suggestion.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Mapping


@dataclass(frozen=True)
class Reason:
    """One piece of the basis of a suggestion.

    kind: "rule" (a deterministic finding), "news2", "text" (text model), "words" (attributions),
    "image", "missing" (information that is absent), "uncertainty", "note".
    level_floor: the most urgent level this reason demands (rules, image), or None.
    weight: ordering key; reasons are shown sorted by weight, largest first.
    values: the inputs it read, e.g. {"spo2": 88} or {"words": [["chest", 0.31], ...]}.
    source: where the rule comes from (e.g. "KTAS 2016 §…", "NEWS2 (RCP 2017)").
    """

    kind: str
    code: str
    title: str
    detail: str = ""
    level_floor: int | None = None
    weight: float = 0.0
    values: Mapping[str, Any] = field(default_factory=dict)
    source: str = ""

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["values"] = dict(self.values)
        return d

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> "Reason":
        return cls(**{k: d[k] for k in cls.__dataclass_fields__ if k in d})


@dataclass(frozen=True)
class ImageAssessment:
    """The image model's verdict on one image, or why it did not judge it."""

    assessed: bool
    reason: str  # why (not) assessed, in words
    probability: float | None = None  # P(pneumonia) when assessed
    finding: str = ""  # "possible pneumonia", "no pneumonia detected", "not assessed"
    model_version: str = ""
    saliency_png: bytes | None = None  # overlay image (PNG) when assessed
    attachment_sha256: str = ""
    ood_score: float | None = None

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d.pop("saliency_png")
        return d


@dataclass(frozen=True)
class OutcomeRisk:
    """One calibrated outcome risk of a suggestion, learned from outcomes (not from nurses' levels).

    outcome: "critical" (ICU / OR / cath lab or died in the ED) or "admission" (admitted or
    transferred to a hospital bed).
    probability: calibrated P(outcome) in [0, 1].
    model_version: the risk head's version (models/manifest.json).
    threshold: the installation's line for this outcome when one applies (P(critical) at or above
    it puts the case at 1-2), else None. ``above_threshold`` says which side this case is on.
    line_source: whose line it is: "site" (fitted by ``calibrate``) or "shipped" (the default).
    """

    outcome: str
    probability: float
    model_version: str = ""
    threshold: float | None = None
    line_source: str = ""

    @property
    def above_threshold(self) -> bool:
        return self.threshold is not None and self.probability >= self.threshold

    def describe(self) -> str:
        """In a clinician's words: "Risk of critical care 7 % (above this ED's line of 6 %)"; "the
        shipped line" while the site has not calibrated its own."""
        name = {"critical": "Risk of critical care", "admission": "Likely admission"}.get(
            self.outcome, f"Risk of {self.outcome}")
        pct = self.probability * 100
        text = f"{name} {pct:.0f} %" if pct >= 1 else f"{name} {pct:.1f} %"
        if self.threshold is not None:
            side = "above" if self.above_threshold else "below"
            where = {"site": "this ED's line", "shipped": "the shipped line"}.get(self.line_source, "the line")
            text += f" ({side} {where} of {self.threshold * 100:.0f} %)"
        return text

    def to_dict(self) -> dict[str, Any]:
        return {"outcome": self.outcome, "probability": self.probability,
                "model_version": self.model_version, "threshold": self.threshold,
                "line_source": self.line_source}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> "OutcomeRisk":
        t = d.get("threshold")
        return cls(outcome=str(d["outcome"]), probability=float(d["probability"]),
                   model_version=str(d.get("model_version", "")),
                   threshold=None if t is None else float(t),
                   line_source=str(d.get("line_source", "")))


@dataclass(frozen=True)
class Suggestion:
    level: int
    confidence: float  # probability mass the models give to ``level`` (1.0 for a pure rule floor)
    reasons: tuple[Reason, ...]
    probabilities: Mapping[int, float] = field(default_factory=dict)  # levels 1-5 → p
    rule_floor: int | None = None  # the most urgent level any rule demands
    model_level: int | None = None  # what the models alone would say
    uncertainty: str = ""  # e.g. "between level 2 and 3: a full set of vitals would decide"
    missing: tuple[str, ...] = ()
    rules_only: bool = False  # True when the models were unavailable
    versions: Mapping[str, str] = field(default_factory=dict)  # engine, rules, text model, image model
    risks: tuple[OutcomeRisk, ...] = ()  # calibrated outcome risks (empty without the risk heads)
    decided_by: str = ""  # "floor", "risk", "head" or "default" (operating_point.level_for)

    def risk(self, outcome: str) -> OutcomeRisk | None:
        """The risk for ``outcome`` ("critical" / "admission"), or None when not estimated."""
        return next((r for r in self.risks if r.outcome == outcome), None)

    def to_dict(self) -> dict[str, Any]:
        return {
            "level": self.level,
            "confidence": self.confidence,
            "reasons": [r.to_dict() for r in self.reasons],
            "probabilities": {str(k): v for k, v in self.probabilities.items()},
            "rule_floor": self.rule_floor,
            "model_level": self.model_level,
            "uncertainty": self.uncertainty,
            "missing": list(self.missing),
            "rules_only": self.rules_only,
            "versions": dict(self.versions),
            "risks": [r.to_dict() for r in self.risks],
            "decided_by": self.decided_by,
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> "Suggestion":
        return cls(
            level=int(d["level"]),
            confidence=float(d.get("confidence", 0.0)),
            reasons=tuple(Reason.from_dict(r) for r in d.get("reasons", ())),
            probabilities={int(k): float(v) for k, v in (d.get("probabilities") or {}).items()},
            rule_floor=d.get("rule_floor"),
            model_level=d.get("model_level"),
            uncertainty=d.get("uncertainty", ""),
            missing=tuple(d.get("missing", ())),
            rules_only=bool(d.get("rules_only", False)),
            versions=dict(d.get("versions") or {}),
            risks=tuple(OutcomeRisk.from_dict(r) for r in d.get("risks") or ()),
            decided_by=str(d.get("decided_by", "")),
        )
