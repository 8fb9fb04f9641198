"""The triage engine: rules + text model (+ image verdicts) → one ``Suggestion`` with its reasons.

The rules set a floor that the models can never lower; the models may only raise urgency. When a
model file is missing or corrupt the engine still answers, from the rules alone, and says so.
Everything here is deterministic for the same input.
"""

from __future__ import annotations

import math
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Mapping, Sequence

from models.registry import MODELS_DIR, read_manifest

from triage import scales
from triage.errors import ModelUnavailable
from triage.explain import top_level, word_effects
from triage.engine.esi import esi_floor, esi_head_suggestion, esi_rule_floor, esi_suggestion
from triage.engine.operating_point import CaseSignals, OperatingPoint, level_for
from triage.intake import Intake
from triage.engine.rules import RULES_VERSION, RuleResult
from triage.engine.rules import evaluate as evaluate_rules
from triage.suggestion import ImageAssessment, OutcomeRisk, Reason, Suggestion

ENGINE_VERSION = "engine-1.3.0"  # 1.3: outcome risks; P(critical) over the site's line → 1-2
# Without risk heads no case crosses a line (the risk path is off).
NO_LINE = float("inf")
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

    def __init__(self, text_model: Any | None, statuses: Sequence[ModelStatus],
                 risk_model: Any | None = None):
        self._text = text_model
        self._risk = risk_model if text_model is not None else None  # it reads the encoder
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

    @property
    def risk_loaded(self) -> bool:
        """True when suggestions carry P(critical) and P(admission)."""
        return self._risk is not None

    def default_point(self, scale: str) -> OperatingPoint:
        """The shipped operating point of ``scale`` (from the risk model's manifest entry); with
        no risk heads, a line no case crosses."""
        if self._risk is not None and scale in self._risk.points:
            return self._risk.points[scale]
        return OperatingPoint(scale, NO_LINE, "shipped", "", provenance={"why": "no risk heads"})

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

        from triage.engine.risk_model import RISK_MODEL, load_risk_model

        acuity = attempt(ACUITY_MODEL, load_acuity_head)
        symptom = attempt(SYMPTOM_MODEL, load_symptom_head)
        esi = attempt(ESI_MODEL, load_esi_head)
        risk = attempt(RISK_MODEL, load_risk_model)
        if risk is not None and esi is not None and risk.esi_head_threshold is not None:
            # Beside the risk path the ESI head keeps only its own confident 1-2 calls: the line
            # chosen together with the risk line on grouped CV (manifest: outcome_risk).
            esi = replace(esi, threshold=risk.esi_head_threshold)
        text = None
        if acuity is not None:
            try:
                text = TextModel(TextEncoder(), acuity, symptom, esi)
            except Exception as exc:  # encoder package absent or broken: keep the rules working
                errors[ACUITY_MODEL] = f"text encoder unavailable: {exc}"
        if text is None:
            for name in (SYMPTOM_MODEL, ESI_MODEL, RISK_MODEL):
                errors.setdefault(name, "needs the acuity model's encoder")
        return cls(text, [status(name, errors.get(name, ""))
                          for name in (ACUITY_MODEL, SYMPTOM_MODEL, ESI_MODEL, RISK_MODEL)],
                   risk if text is not None else None)

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
                scale: str = "KTAS", point: OperatingPoint | None = None) -> Suggestion:
        """The suggested level for ``intake`` with its reasons (never raises on odd input).

        ``scale`` "ESI" re-expresses the level on the ESI v4 scale (see ``triage.engine.esi``).
        ``point``: the installation's line (None: the shipped default for ``scale``)."""
        return self._run([intake], images, attributions=True, scale=scale, point=point)[0][0]

    def suggest_many(self, intakes: Sequence[Intake], *, scale: str = "KTAS",
                     point: OperatingPoint | None = None) -> list[Suggestion]:
        """Suggestions for many intakes, the encoder batched (no word attributions: evaluation)."""
        return [s for s, _, _ in self._run(intakes, (), attributions=False, scale=scale, point=point)]

    def _bulk(self) -> "AbstractContextManager[object]":
        """Every core and large encoder batches for a whole file of cases (``levels``,
        ``signals``, ``assess``); nothing to do on the rules alone."""
        return self._text.encoder.bulk() if self._text is not None else nullcontext()

    def levels(self, intakes: Sequence[Intake], *, scale: str = "KTAS", chunk: int = 1024,
               point: OperatingPoint | None = None) -> list[int]:
        """Only the levels, computed a chunk at a time so that a 400,000-row data set does not
        hold 400,000 suggestions in memory."""
        with self._bulk():
            return [s.level for start in range(0, len(intakes), chunk)
                    for s in self.suggest_many(intakes[start:start + chunk], scale=scale,
                                               point=point)]

    def signals(self, intakes: Sequence[Intake], *, scale: str = "KTAS", chunk: int = 1024,
                ) -> list[CaseSignals]:
        """What the engine knows of each case before it draws the line (floor, level head,
        P(critical), P(admission)), a chunk at a time: ``operating_point.level_for(signals, p)``
        gives exactly the level ``suggest(..., point=p)`` would, so a calibration can sweep lines
        over thousands of visits without running the engine again."""
        out: list[CaseSignals] = []
        with self._bulk():
            for start in range(0, len(intakes), chunk):
                out += [sig for _, sig, _ in self._run(intakes[start:start + chunk], (),
                                                    attributions=False, scale=scale, point=None)]
        return out

    def assess(self, intakes: Sequence[Intake], *, scale: str = "KTAS", chunk: int = 1024,
               point: OperatingPoint | None = None, risks: bool = False,
               ) -> tuple[list[int], list[float]] | tuple[list[int], list[float], dict[str, list]]:
        """The levels and an urgency score per intake (higher = more urgent), a chunk at a time:
        what a validation needs to rank the critically ill (``critical_auc``).

        The score is P(critical) when the risk heads are loaded, else the level model's risk
        (``urgency``), or ``(5 - level) / 4`` on the rules alone. ``risks``: also return
        ``{"critical": [...], "admission": [...]}`` (None per case where not estimated)."""
        levels: list[int] = []
        scores: list[float] = []
        outcome: dict[str, list] = {"critical": [], "admission": []}
        with self._bulk():
            for start in range(0, len(intakes), chunk):
                for s, sig, model_risk in self._run(intakes[start:start + chunk], (),
                                                    attributions=False, scale=scale, point=point):
                    levels.append(s.level)
                    urgency = sig.p_critical if sig.p_critical is not None else model_risk
                    scores.append(urgency if urgency is not None else (5 - s.level) / 4)
                    outcome["critical"].append(sig.p_critical)
                    outcome["admission"].append(sig.p_admission)
        return (levels, scores, outcome) if risks else (levels, scores)

    def _run(self, intakes: Sequence[Intake], images: Sequence[ImageAssessment], *,
             attributions: bool, scale: str, point: OperatingPoint | None,
             ) -> list[tuple[Suggestion, CaseSignals, float | None]]:
        """Floors, then the risk line, then the level head: each suggestion with its signals."""
        if scale not in SCALES:
            raise ValueError(f"scale must be one of {', '.join(SCALES)}, got {scale!r}")
        point = point or self.default_point(scale)
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
        risk = self._risks(intakes, rules) if self._risk is not None and intakes else None
        result = []
        for k, (s, intake, r, p) in enumerate(zip(out, intakes, rules, preds)):
            floor = self._scale_floor(intake, r, images, scale, esi_head)
            # The head's own level on this scale, before the floors: the KTAS head's or the ESI
            # head's decision; the level as given where the handbook mapped it (ESI without the
            # ESI head) or on the rules alone (so that ``level_for`` reproduces it exactly).
            head = p.level if p is not None and (scale == "KTAS" or esi_head) else s.level
            sig = CaseSignals(rule_floor=floor, head_probabilities=dict(s.probabilities),
                              head_level=head,
                              p_critical=float(risk["critical"][k]) if risk is not None else None,
                              p_admission=float(risk["admission"][k]) if risk is not None else None,
                              head_urgency=float(p.urgency) if p is not None else None,
                              head_line=self._head_line(scale, esi_head) if p is not None else None)
            level, why = level_for(sig, point)
            if p is None:
                why = "floor" if floor is not None and floor <= s.level else "default"
            if why == "head" and 2 < level < s.level:  # the site's lower line moved it up
                s = self._with_site_lower(s, level, sig, point)
            level = min(level, s.level)  # the risk path only ever raises urgency
            lifted = why == "head" and level <= 2 < (head or 3)  # the site's head intercept
            if lifted:
                s = self._with_site_lift(s, level, sig, point)
            result.append((self._with_risk(s, level, why, sig, point), sig,
                           p.urgency if p is not None else None))
        return result

    def _head_line(self, scale: str, esi_head: bool) -> float:
        """The urgency at which the level head itself calls 1-2: the ESI head's threshold; on
        KTAS (the head's levels are its most probable ones) an even chance."""
        if scale == "ESI" and esi_head:
            return float(self._text.esi.threshold)
        return 0.5

    def _scale_floor(self, intake: Intake, rules: RuleResult, images: Sequence[ImageAssessment],
                     scale: str, esi_head: bool) -> int | None:
        """The floor as it binds on ``scale``: the rules' (on ESI with the head: as they bind on
        ESI, plus decision point A and the handbook's high-risk findings), and image findings."""
        floors: list[int] = []
        if scale == "ESI" and not esi_head:
            # The handbook maps floors 1-2 to ESI 1-2; below that the resource estimate decides.
            floors += [f for f in (rules.floor,) if f is not None and f <= 2]
        else:
            floors += [f for f in ((esi_rule_floor(rules.findings) if esi_head else rules.floor),)
                       if f is not None]
            floors += [IMAGE_FLOOR for i in images if i.assessed and i.finding == PNEUMONIA]
            if esi_head:
                handbook, _ = esi_floor(intake, rules.findings)
                floors += [handbook] if handbook is not None else []
        return min(floors) if floors else None

    def _risks(self, intakes: Sequence[Intake], rules: Sequence[RuleResult]) -> dict[str, Any]:
        from triage.engine.complaint_vocabulary import model_text

        emb = self._text.encoder.encode([model_text(i.complaint) for i in intakes])  # memo hits
        return self._risk.predict(self._risk.features(emb, intakes, rules))

    def _with_site_lift(self, s: Suggestion, level: int, sig: CaseSignals,
                        point: OperatingPoint) -> Suggestion:
        """``s`` at ``level`` (1-2) because the site's intercept lifted the level head's urgency
        over its own line, with the reason that says so in numbers."""
        u, line = float(sig.head_urgency or 0.0), float(sig.head_line or 0.5)
        site_line = 1 / (1 + math.exp(-(math.log(line / (1 - line)) - point.level_shift)))
        reason = Reason(kind="text", code="site_head_line", level_floor=2, weight=6 - level + 0.25,
                        title=(f"Level head's urgency {_percent(u)} — above this ED's line of "
                               f"{_percent(site_line)}"),
                        detail=(f"This ED's calibration ({point.version or 'site'}) calls level 1-2 "
                                f"from a lower urgency than the shipped line ({_percent(line)}), "
                                "fitted on its own nurses' past levels."),
                        values={"head_urgency": round(u, 4), "site_line": round(site_line, 4),
                                "level_shift": point.level_shift, "point_version": point.version},
                        source="site calibration")
        reasons = sorted((*s.reasons, reason), key=lambda r: (-r.weight, r.kind, r.code))
        return replace(s, level=level, reasons=tuple(reasons), decided_by="head",
                       confidence=round(float(s.probabilities.get(level, 0.0)), 4))

    @staticmethod
    def _with_site_lower(s: Suggestion, level: int, sig: CaseSignals, point: OperatingPoint) -> Suggestion:
        """``s`` at ``level`` (3 or 4) because the site's line between 3 and 4-5 moved it up from the
        head's own level, with the reason that says so."""
        if point.source == "site":
            title = f"Level {level} rather than {sig.head_level} — this ED's own line below 1-2"
            detail = (f"This ED's calibration ({point.version or 'site'}) moves cases the level head "
                      f"puts at {sig.head_level} up to {level} sooner than the shipped head does, "
                      "fitted on its own nurses' past levels.")
        else:
            title = f"Level {level} rather than {sig.head_level} — the shipped line below 1-2"
            detail = (f"The shipped line between 3 and 4-5 ({point.version or 'shipped'}) moves cases "
                      f"the level head puts at {sig.head_level} up to {level}: chosen on hospital-grouped "
                      "cross-validation so that hospitals whose nurses call more visits 3 are rarely "
                      "under-called. A site's own calibration replaces it.")
        reason = Reason(kind="text", code="site_lower_line", level_floor=level, weight=6 - level + 0.25,
                        title=title, detail=detail,
                        values={"head_level": sig.head_level, "lower_shift": point.lower_shift,
                                "point_version": point.version, "point_source": point.source},
                        source="site calibration" if point.source == "site" else "shipped line")
        reasons = sorted((*s.reasons, reason), key=lambda r: (-r.weight, r.kind, r.code))
        return replace(s, level=level, reasons=tuple(reasons), decided_by="head",
                       confidence=round(float(s.probabilities.get(level, 0.0)), 4))

    def _with_risk(self, s: Suggestion, level: int, why: str, sig: CaseSignals,
                   point: OperatingPoint) -> Suggestion:
        """``s`` with its risks, the reason that says which of floor / risk / head decided, and
        the level raised to 1-2 where P(critical) passed the line."""
        if sig.p_critical is None:
            return replace(s, decided_by=why)
        version = self.versions.get("outcome_risk", "")
        line = point.critical_threshold if point.critical_threshold <= 1.0 else None
        risks = (OutcomeRisk("critical", round(sig.p_critical, 4), version, line, point.source),
                 OutcomeRisk("admission", round(float(sig.p_admission or 0.0), 4), version, None))
        where = "this ED's line" if point.source == "site" else "the shipped line"
        pc = _percent(sig.p_critical)
        if why == "risk":
            title = f"Risk of critical care {pc} — above {where} of {_percent(line or 0)}"
            detail = (f"P(critical) decided: level {level} (the level head alone: {sig.head_level}). "
                      "Learned from what happened to patients (critical care, operating room, "
                      "cath lab, death in the ED), not from nurses' levels.")
            weight = 6 - level + 0.3
        else:
            side = "above" if line is not None and sig.p_critical >= line else "below"
            title = (f"Risk of critical care {pc}" + (f" ({side} {where} of {_percent(line)})"
                                                      if line is not None else ""))
            decider = {"floor": "a manual floor", "head": "the level head",
                       "default": "the cautious default"}.get(why, why)
            detail = f"The level was decided by {decider}."
            weight = 0.85
        values = {"p_critical": round(sig.p_critical, 4), "threshold": line, "decided_by": why,
                  "point_source": point.source, "point_version": point.version}
        reasons = [*s.reasons,
                   Reason(kind="risk", code="risk_critical", title=title, detail=detail,
                          level_floor=2 if why == "risk" else None, weight=weight, values=values,
                          source=f"outcome_risk {version}"),
                   Reason(kind="risk", code="risk_admission", weight=0.84,
                          title=f"Likely admission {_percent(float(sig.p_admission or 0.0))}",
                          detail="Calibrated probability of admission (or transfer to a hospital bed).",
                          values={"p_admission": round(float(sig.p_admission or 0.0), 4)},
                          source=f"outcome_risk {version}")]
        reasons.sort(key=lambda r: (-r.weight, r.kind, r.code))
        confidence = s.confidence if level == s.level else round(float(s.probabilities.get(level, 0.0)), 4)
        return replace(s, level=level, reasons=tuple(reasons), risks=risks, decided_by=why,
                       confidence=confidence)

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


def _percent(p: float) -> str:
    """"12 %", "3.4 %", "0.4 %": one decimal under 10 %, where the lines of an ED sit."""
    return f"{p * 100:.1f} %" if p < 0.1 else f"{p * 100:.0f} %"


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
