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
        )
