"""What a suggestion's numbers mean, in one place, so every screen and report says the same.

A clinician lost trust when a level set by a rule floor read "Confidence 100 %" while the text
model beneath said "62 % for level 2": the two figures answered different questions. Here the
headline says *what decided* the level (a rule floor and the values it read, an outcome risk
above the installation's line, or the model with its own probability), never a made-up 100 %;
the text model's line names its most probable level with that level's probability; word
attributions are split into the words that raised and lowered urgency, without stop words and
units. The UI (with its translations), the PDF and the FHIR export read these values.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Mapping, Sequence

from triage import scales
from triage.intake import FIELD_LABELS
from triage.suggestion import OutcomeRisk, Reason, Suggestion

FLOOR, RISK, MODEL, DEFAULT = "floor", "risk", "head", "default"

# Field labels for every key a reason reads (FIELD_LABELS plus the vital signs' record names).
VALUE_LABELS = {
    **FIELD_LABELS, "temperature_c": "Temperature", "on_oxygen": "Oxygen",
    "o2_flow_l_min": "Oxygen flow", "news2": "NEWS2", "shock_index": "Shock index",
    "probability": "Probability", "model_level": "Model level", "onset_hours": "Onset (hours)",
    "map": "Mean arterial pressure", "words": "Words", "categories": "Symptom categories",
    "missing": "Not recorded", "age": "Age", "pain_site": "Pain site",
}
UNITS = {"spo2": " %", "heart_rate": "/min", "resp_rate": "/min", "temperature_c": " °C",
         "temperature": " °C", "sbp": " mmHg", "dbp": " mmHg", "o2_flow_l_min": " L/min"}

# Words that say nothing to a clinician about urgency: function words, units, time words.
NOT_CLINICAL_WORDS = frozenset(
    "a an the and or of to in on at for with without my me i i'm im is was am are be been have "
    "has had it it's this that since from by as his her he she their our your you we they very "
    "some any when then than so but also just yes pt patient "
    "min mins minute minutes h hr hrs hour hours day days week weeks month months year years yr "
    "yrs ago today yesterday last night morning evening x mg ml l kg cm mm mmhg bpm".split())
_EDGE = re.compile(r"^[^\w]+|[^\w]+$")
_NUMBERISH = re.compile(r"^[\d.,:/%°+-]+\w{0,3}$")


@dataclass(frozen=True)
class Basis:
    """What decided a suggestion's level.

    decided_by: FLOOR (a rule or image floor), RISK (an outcome risk above the line), MODEL (the
    model's own level) or DEFAULT (no model, no rule: the cautious default).
    rule: the floor's reason (FLOOR); risk: the risk (RISK); probability: the model's own
    probability for the level, only when the model decided (MODEL), else None.
    """

    level: int
    decided_by: str
    rule: Reason | None = None
    risk: OutcomeRisk | None = None
    probability: float | None = None


def basis_of(s: Suggestion) -> Basis:
    """The basis of ``s``: ``s.decided_by`` when the engine recorded it, else worked out from the
    floors and the model level (suggestions stored before the engine recorded it)."""
    floors = [r for r in s.reasons if r.level_floor is not None and r.level_floor == s.level]
    rule = max(floors, key=lambda r: r.weight) if floors else None
    decided = s.decided_by
    if not decided:
        if rule is not None and (s.model_level is None or s.level < s.model_level):
            decided = FLOOR
        elif s.model_level is not None and s.probabilities:
            decided = MODEL
        else:
            decided = FLOOR if rule is not None else DEFAULT
    if decided == FLOOR and rule is None:
        decided = DEFAULT if not s.probabilities else MODEL
    if decided == RISK:
        risk = s.risk("critical") or next((r for r in s.risks if r.above_threshold), None)
        return Basis(s.level, RISK, risk=risk)
    if decided == MODEL:
        p = s.probabilities.get(s.level)
        return Basis(s.level, MODEL, probability=None if p is None else float(p))
    return Basis(s.level, decided, rule=rule if decided == FLOOR else None)


def top_level(probabilities: Mapping[Any, float]) -> tuple[int, float] | None:
    """The model's most probable level and its probability (ties: the more urgent level)."""
    if not probabilities:
        return None
    level, p = min(((int(k), float(v)) for k, v in probabilities.items()), key=lambda kv: (-kv[1], kv[0]))
    return level, p


def value_label(key: str) -> str:
    return VALUE_LABELS.get(key, key.replace("_", " ").capitalize())


def readable_value(key: str, value: Any) -> str:
    """'SpO2 91 %', 'Oxygen: room air', 'Heart rate 118/min': what a clinician reads on a chart."""
    if key == "on_oxygen":
        return "on oxygen" if value else "room air"
    if isinstance(value, bool):
        return f"{value_label(key)} {'yes' if value else 'no'}"
    if isinstance(value, float):
        value = f"{value:.3g}"
    if isinstance(value, (list, tuple)):
        if key == "missing":
            return "Not recorded: " + ", ".join(value_label(str(v)) for v in value)
        value = ", ".join(str(v) for v in value)
    return f"{value_label(key)} {value}{UNITS.get(key, '')}"


def clinical_word(word: str) -> str:
    """``word`` without punctuation, or '' when it is a stop word, unit, time word or number."""
    bare = _EDGE.sub("", str(word))
    if not bare or bare.lower() in NOT_CLINICAL_WORDS or _NUMBERISH.match(bare):
        return ""
    return bare


def word_effects(words: Sequence[Any], *, limit: int = 6) -> tuple[list[str], list[str]]:
    """(words that raised urgency, words that lowered it), strongest first, clinical words only.

    A weight is the change in the expected level number when the word is left out: positive
    means the case would be *less* urgent without it, so the word raised urgency."""
    raised: list[tuple[float, str]] = []
    lowered: list[tuple[float, str]] = []
    seen: set[str] = set()
    for item in words:
        if not (isinstance(item, (list, tuple)) and len(item) == 2):
            continue
        word, weight = item
        bare = clinical_word(word)
        try:
            w = float(weight)
        except (TypeError, ValueError):
            continue
        if not bare or bare.lower() in seen or w == 0:
            continue
        seen.add(bare.lower())
        (raised if w > 0 else lowered).append((abs(w), bare))
    raised.sort(key=lambda t: -t[0])
    lowered.sort(key=lambda t: -t[0])
    return [w for _, w in raised[:limit]], [w for _, w in lowered[:limit]]


def categories(values: Mapping[str, Any]) -> list[tuple[str, float]]:
    """Symptom categories as (readable label, probability), most likely first."""
    out = []
    for item in values.get("categories") or ():
        if isinstance(item, (list, tuple)) and len(item) == 2:
            try:
                out.append((str(item[0]).replace("_", " "), float(item[1])))
            except (TypeError, ValueError):
                continue
    return sorted(out, key=lambda t: -t[1])


def target_text(level: int, scale: str | None = None) -> str:
    """'immediately' for a level whose target is 0 minutes, else 'within 30 min'."""
    minutes = scales.level(level, scale).target_minutes
    return "immediately" if minutes == 0 else f"within {minutes} min"


def risk_text(risk: OutcomeRisk) -> str:
    """'Risk of critical care 7 % (above this ED's line of 6 %)' / 'Likely admission 64 %'."""
    p = f"{risk.probability:.0%}".replace("%", " %")
    if risk.outcome == "critical":
        text = f"Risk of critical care {p}"
    elif risk.outcome == "admission":
        text = f"{'Likely' if risk.probability >= 0.5 else 'Chance of'} admission {p}"
    else:
        text = f"Risk of {risk.outcome.replace('_', ' ')} {p}"
    if risk.threshold is not None:
        line = f"{risk.threshold:.0%}".replace("%", " %")
        side = "above" if risk.above_threshold else "below"
        text += f" ({side} this ED's line of {line})"
    return text


def headline_text(s: Suggestion, scale: str | None = None) -> str:
    """The headline in English (PDF, FHIR text): what decided the level, with its number."""
    b = basis_of(s)
    name = scales.label(s.level, scale)
    if b.decided_by == FLOOR and b.rule is not None:
        read = ", ".join(readable_value(k, v) for k, v in b.rule.values.items()
                         if k not in ("attachment_sha256", "words", "categories"))
        return f"Level {name} — set by: {b.rule.title}" + (f" ({read})" if read else "")
    if b.decided_by == RISK and b.risk is not None:
        return f"Level {name} — set by the outcome risk: {risk_text(b.risk)}"
    if b.decided_by == MODEL and b.probability is not None:
        return f"Level {name} — the model's level, probability {b.probability:.0%}".replace("%", " %")
    return f"Level {name} — cautious default (no rule fired, no model): a clinician must assess"
