"""The triage engine: rules + text model (+ image verdicts) → one ``Suggestion`` with its reasons.

The rules set a floor that the models can never lower; the models may only raise urgency. When a
model file is missing or corrupt the engine still answers, from the rules alone, and says so.
Everything here is deterministic for the same input.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping, Sequence

from models.registry import MODELS_DIR, read_manifest

from triage import scales
from triage.errors import ModelUnavailable
from triage.explain import top_level, word_effects
from triage.engine.esi import esi_head_suggestion, esi_rule_floor, esi_suggestion
from triage.intake import Intake
from triage.engine.rules import RULES_VERSION, RuleResult
from triage.engine.rules import evaluate as evaluate_rules
from triage.suggestion import ImageAssessment, Reason, Suggestion

ENGINE_VERSION = "engine-1.2.0"
# Without a model and with no rule firing, nothing argues for a level: stay on the safe side of
# the median ED patient rather than guess "non-urgent".
RULES_ONLY_LEVEL = 3
IMAGE_FLOOR = 3  # "possible pneumonia" on a chest radiograph → at least urgent
PNEUMONIA = "possible pneumonia"
# Two levels are "close" when the runner-up has at least this share of the top probability.
CLOSE_RATIO = 0.6
MISSING_WORDS = {
    "spo2": "an SpO2 reading", "pain": "a pain score", "heart_rate": "a heart rate",
    "resp_rate": "a respiratory rate", "sbp": "a blood pressure", "temperature_c": "a temperature",
    "avpu": "a consciousness level (AVPU/GCS)", "age_years": "the patient's age",
    "complaint": "the presenting complaint",
}
# Which missing information decides between levels first (physiology before history).
DECIDING_ORDER = ("avpu", "spo2", "resp_rate", "sbp", "heart_rate", "pain", "temperature_c",
                  "complaint", "age_years")
SCALES = ("KTAS", "ESI")  # ESI: see triage/esi.py


@dataclass(frozen=True)
class ModelStatus:
    """One model as the models page shows it."""

    name: str
    version: str = ""
    sha256: str = ""
    loaded: bool = False
    error: str = ""
    metrics: Mapping[str, Any] = field(default_factory=dict)


class Engine:
    """Rules + text model. Build it with ``Engine.load()``; ``suggest`` is thread-safe to call
    from one worker at a time (the encoder keeps a small cache)."""

    def __init__(self, text_model: Any | None, statuses: Sequence[ModelStatus]):
        self._text = text_model
        self._statuses = list(statuses)
        self.versions: dict[str, str] = {"engine": ENGINE_VERSION, "rules": RULES_VERSION}
        for s in self._statuses:
            if s.loaded:
                self.versions[s.name] = s.version

    @property
    def rules_only(self) -> bool:
        return self._text is None

    @property
    def esi_head_loaded(self) -> bool:
        """True when ESI suggestions come from the head trained on US departments."""
        return self._text is not None and getattr(self._text, "esi", None) is not None

    @classmethod
    def load(cls, models_dir: Path = MODELS_DIR) -> "Engine":
        """Load the text model from ``models_dir``. Never raises: a missing or corrupt model file
        leaves an engine that works from the rules alone, with the error in ``status()``."""
        from triage.engine.text_model import (ACUITY_MODEL, ESI_MODEL, SYMPTOM_MODEL, TextEncoder,
                                              TextModel, load_acuity_head, load_esi_head,
                                              load_symptom_head)

        try:
            manifest = read_manifest(models_dir)
        except (OSError, ValueError, TypeError) as exc:
            manifest, manifest_error = {}, f"manifest unreadable: {exc}"
        else:
            manifest_error = ""

        def status(name: str, error: str = "") -> ModelStatus:
            e = manifest.get(name)
            return ModelStatus(name, e.version if e else "", e.sha256 if e else "", not error,
                               error, dict(e.metrics) if e else {})

        errors: dict[str, str] = {}

        def attempt(name: str, loader: Any) -> Any:
            if manifest_error:
                errors[name] = manifest_error
                return None
            try:
                return loader(models_dir)[0]
            except ModelUnavailable as exc:
                errors[name] = str(exc)
                return None

        acuity = attempt(ACUITY_MODEL, load_acuity_head)
        symptom = attempt(SYMPTOM_MODEL, load_symptom_head)
        esi = attempt(ESI_MODEL, load_esi_head)
        text = None
        if acuity is not None:
            try:
                text = TextModel(TextEncoder(), acuity, symptom, esi)
            except Exception as exc:  # encoder package absent or broken: keep the rules working
                errors[ACUITY_MODEL] = f"text encoder unavailable: {exc}"
        if text is None:
            for name in (SYMPTOM_MODEL, ESI_MODEL):
                errors.setdefault(name, "needs the acuity model's encoder")
        return cls(text, [status(name, errors.get(name, ""))
                          for name in (ACUITY_MODEL, SYMPTOM_MODEL, ESI_MODEL)])

    @classmethod
    def without_models(cls, why: str) -> "Engine":
        """An engine on the rules alone, made instantly: used while the models load or when their
        process is gone; every suggestion says the models did not judge it, and ``why``."""
        from triage.engine.text_model import ACUITY_MODEL

        return cls(None, [ModelStatus(ACUITY_MODEL, error=why)])

    def status(self) -> list[ModelStatus]:
        return list(self._statuses)

    # ------------------------------------------------------------------------------ suggest

    def suggest(self, intake: Intake, images: Sequence[ImageAssessment] = (), *,
                scale: str = "KTAS") -> Suggestion:
        """The suggested level for ``intake`` with its reasons (never raises on odd input).

        ``scale`` "ESI" re-expresses the level on the ESI v4 scale (see ``triage.engine.esi``)."""
        return self._suggest_many([intake], images, attributions=True, scale=scale)[0]

    def suggest_many(self, intakes: Sequence[Intake], *, scale: str = "KTAS") -> list[Suggestion]:
        """Suggestions for many intakes, the encoder batched (no word attributions: evaluation)."""
        return self._suggest_many(intakes, (), attributions=False, scale=scale)

    def levels(self, intakes: Sequence[Intake], *, scale: str = "KTAS", chunk: int = 1024) -> list[int]:
        """Only the levels, computed a chunk at a time so that a 400,000-row data set does not
        hold 400,000 suggestions in memory."""
        return [s.level for start in range(0, len(intakes), chunk)
                for s in self.suggest_many(intakes[start:start + chunk], scale=scale)]

    def assess(self, intakes: Sequence[Intake], *, scale: str = "KTAS", chunk: int = 1024,
               ) -> tuple[list[int], list[float]]:
        """The levels and an urgency score per intake (higher = more urgent), a chunk at a time:
        what a validation needs to rank the critically ill (``critical_auc``).

        The score is the model's risk (``urgency``), or ``(5 - level) / 4`` on the rules alone."""
        levels: list[int] = []
        scores: list[float] = []
        for start in range(0, len(intakes), chunk):
            for s, risk in self._assess_many(intakes[start:start + chunk], (), attributions=False,
                                             scale=scale):
                levels.append(s.level)
                scores.append(risk if risk is not None else (5 - s.level) / 4)
        return levels, scores

    def _suggest_many(self, intakes: Sequence[Intake], images: Sequence[ImageAssessment], *,
                      attributions: bool, scale: str) -> list[Suggestion]:
        return [s for s, _ in self._assess_many(intakes, images, attributions=attributions, scale=scale)]

    def _assess_many(self, intakes: Sequence[Intake], images: Sequence[ImageAssessment], *,
                     attributions: bool, scale: str) -> list[tuple[Suggestion, float | None]]:
        if scale not in SCALES:
            raise ValueError(f"scale must be one of {', '.join(SCALES)}, got {scale!r}")
        rules = [evaluate_rules(i) for i in intakes]
        preds = (self._text.predict(intakes, rules, attributions=attributions, scale=scale)
                 if self._text is not None and intakes else [None] * len(intakes))
        esi_head = scale == "ESI" and self.esi_head_loaded
        # The model's own level is named on the scale it was trained for: the ESI head's on ESI,
        # the KTAS head's on KTAS (even when the handbook then maps it to ESI below).
        names = "ESI" if esi_head else "KTAS"
        out = [self._combine(i, r, p, images, esi_rule_floor(r.findings) if esi_head else r.floor,
                             names=names)
               for i, r, p in zip(intakes, rules, preds)]
        if scale == "ESI":
            # With the ESI head the level is already on the ESI scale (the rules' floor applied);
            # without it the KTAS-shaped level is mapped by the handbook (``esi_level``).
            mapping = esi_head_suggestion if self.esi_head_loaded else esi_suggestion
            out = [mapping(s, i) for s, i in zip(out, intakes)]
        return [(s, p.urgency if p is not None else None) for s, p in zip(out, preds)]

    def _combine(self, intake: Intake, rules: RuleResult, pred: Any | None,
                 images: Sequence[ImageAssessment], rule_floor: int | None, *,
                 names: str = "KTAS") -> Suggestion:
        """``rule_floor``: the rules' floor as it binds on this scale (``rules.floor`` on KTAS;
        on ESI with the ESI head, ``esi_rule_floor``); ``names``: the scale whose level names the
        reasons use (never the process-wide active scale, which the model process does not set)."""
        reasons: list[Reason] = list(rules.findings)
        missing = _missing(intake, rules)
        probs: dict[int, float] = dict(pred.probabilities) if pred is not None else {}
        model_level = pred.level if pred is not None else None
        image_reasons = [_image_reason(image, names) for image in images]
        reasons += image_reasons
        # Every floor (rules, an image finding) can only make the level more urgent.
        floors = [f for f in (rule_floor, *(r.level_floor for r in image_reasons)) if f is not None]
        floor = min(floors) if floors else None
        if model_level is not None:
            level = min(model_level, floor) if floor is not None else model_level
        else:
            level = floor if floor is not None else RULES_ONLY_LEVEL
        decided_by_floor = floor is not None and level == floor and (model_level is None or floor < model_level)
        if pred is not None:
            confidence = 1.0 if decided_by_floor else probs[level]
            reasons += _text_reasons(pred, model_level, names)
        else:
            confidence = 1.0 if decided_by_floor else 0.0
            reasons.append(Reason(
                kind="note", code="rules_only", weight=10.0,
                title="Rules only: the text model is unavailable",
                detail=(f"No rule fired; level {RULES_ONLY_LEVEL} is a cautious default — "
                        "a clinician must assess." if floor is None else
                        "The level is the most urgent rule floor; the model could not refine it."),
                values={"errors": {s.name: s.error for s in self._statuses if s.error}}))
        uncertainty = _uncertainty(probs, level, floor, missing) if probs else ""
        if uncertainty:
            reasons.append(Reason(kind="uncertainty", code="close_levels", title=uncertainty,
                                  weight=0.95, values={"probabilities": {str(k): round(v, 4)
                                                                         for k, v in probs.items()}}))
        elif rules.questions:  # a time-critical floor assumed "within hours": ask for the onset
            uncertainty = rules.questions[0]
            reasons.append(Reason(kind="uncertainty", code="ask_onset", title=uncertainty, weight=0.95))
        if missing:
            reasons.append(Reason(kind="missing", code="missing", weight=0.7,
                                  title="Not recorded: " + ", ".join(MISSING_WORDS.get(m, m) for m in missing),
                                  values={"missing": list(missing)}))
        reasons.sort(key=lambda r: (-r.weight, r.kind, r.code))
        versions = dict(self.versions)
        for image in images:
            if image.model_version:
                versions["image"] = image.model_version
        return Suggestion(level=level, confidence=round(float(confidence), 4), reasons=tuple(reasons),
                          probabilities={k: round(v, 4) for k, v in probs.items()},
                          rule_floor=rules.floor, model_level=model_level, uncertainty=uncertainty,
                          missing=missing, rules_only=pred is None, versions=versions)


def _missing(intake: Intake, rules: RuleResult) -> tuple[str, ...]:
    names = list(rules.missing)
    if not (intake.complaint or "").strip() and "complaint" not in names:
        names.append("complaint")
    return tuple(dict.fromkeys(names))


def _image_reason(image: ImageAssessment, scale: str) -> Reason:
    if not image.assessed:
        return Reason(kind="image", code="image_not_assessed", weight=0.5,
                      title="Image not assessed", detail=image.reason,
                      values={"attachment_sha256": image.attachment_sha256})
    values = {"probability": image.probability, "attachment_sha256": image.attachment_sha256}
    if image.finding == PNEUMONIA:
        return Reason(kind="image", code="image_pneumonia", level_floor=IMAGE_FLOOR,
                      weight=6 - IMAGE_FLOOR + 0.35, title="Chest radiograph: possible pneumonia",
                      detail=f"The image model raises the level to at least {IMAGE_FLOOR} "
                             f"({scales.level(IMAGE_FLOOR, scale).name}); it never lowers it.",
                      values=values, source=image.model_version)
    return Reason(kind="image", code="image_no_finding", weight=0.5,
                  title=f"Chest radiograph: {image.finding or 'no finding'}",
                  detail="Does not change the level.", values=values, source=image.model_version)


def _text_reasons(pred: Any, model_level: int, scale: str) -> list[Reason]:
    probs = pred.probabilities
    # The line names the model's most probable level with that level's probability: the decided
    # level (cost-sensitive) may differ, and a number beside another level misleads (issue 24).
    top, p_top = top_level(probs) or (model_level, probs[model_level])
    out = [Reason(kind="text", code="text_acuity", weight=6 - model_level + 0.05,
                  title=f"Text model: most likely {scales.label(top, scale)}, "
                        f"{p_top:.0%}".replace("%", " %"),
                  detail="From the complaint and the intake; a rule floor can still raise the "
                         "level." + (f" It decides {scales.label(model_level, scale)}: it errs "
                                     "towards urgency." if model_level != top else ""),
                  values={"probabilities": {str(k): round(v, 4) for k, v in probs.items()},
                          "model_level": model_level})]
    if pred.words:
        out.append(Reason(kind="words", code="words", weight=0.9, title="Words that weighed",
                          detail=words_detail(pred.words),
                          values={"words": [[w, m] for w, m in pred.words]}))
    if pred.symptoms:
        top, p = pred.symptoms[0]
        out.append(Reason(kind="text", code="symptom_category", weight=0.8,
                          title=f"Symptom category: {top.replace('_', ' ')} {p:.0%}".replace("%", " %"),
                          detail="",
                          values={"categories": [[c, round(q, 4)] for c, q in pred.symptoms]}))
    return out


def words_detail(words: Sequence[tuple[str, float]]) -> str:
    """'Raised urgency: crushing, sweaty. Lowered urgency: better.' (clinical words only; a
    weight is the change in the expected level when the word is left out)."""
    raised, lowered = word_effects(words)
    parts = ([f"Raised urgency: {', '.join(raised)}."] if raised else []) + \
            ([f"Lowered urgency: {', '.join(lowered)}."] if lowered else [])
    return " ".join(parts) or "No single word changed the level."


def _uncertainty(probs: Mapping[int, float], level: int, floor: int | None,
                 missing: Sequence[str]) -> str:
    """'between level 2 and 3 — an SpO2 reading would decide' when the model's top two are close
    and the rules have not already fixed the level."""
    ranked = sorted(probs.items(), key=lambda kv: (-kv[1], kv[0]))
    (a, pa), (b, pb) = ranked[0], ranked[1]
    if pb < CLOSE_RATIO * pa or abs(a - b) != 1 or level not in (a, b):
        return ""
    if floor is not None and floor <= min(a, b):
        return ""
    deciding = [MISSING_WORDS[m] for m in DECIDING_ORDER if m in missing][:2]
    what = " / ".join(deciding) if deciding else "a clinician's assessment of the complaint"
    lo, hi = sorted((a, b))
    return f"between level {lo} and {hi} — {what} would decide"
