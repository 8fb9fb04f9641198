"""START and JumpSTART: the mass-casualty sorting algorithms, as tables a clinician can check.

When thirty patients arrive at once an ED stops using its 5-level scale and sorts with a
mass-casualty algorithm in under a minute a patient. The two in use in North America and much of
the world:

- **START** (Simple Triage and Rapid Treatment; Newport Beach Fire Department and Hoag Hospital,
  1983; as taught by CHEMM, US HHS: https://chemm.hhs.gov/startadult.htm) for adults:
  walks → minor; not breathing after the airway is repositioned → expectant, breathing after it →
  immediate; respiratory rate over 30 → immediate; radial pulse absent or capillary refill over
  2 s → immediate; cannot follow simple commands → immediate; otherwise → delayed.
- **JumpSTART** (Romig LE, "Pediatric triage. A system to JumpSTART your triage of young
  patients at MCIs", JEMS 2002;27(7):52-63; CHEMM https://chemm.hhs.gov/startpediatric.htm) for
  children (under 8 years here, or "looks like a child"): walks → minor; apnoeic: breathing after
  the airway is positioned → immediate, else no peripheral pulse → expectant, else 5 rescue
  breaths: breathing → immediate, not → expectant; respiratory rate under 15 or over 45 →
  immediate; no palpable peripheral pulse → immediate; AVPU "P" with posturing or an
  inappropriate response to pain, or "U" → immediate; otherwise (A, V, P appropriate) → delayed.

Answers that were not assessed are ``None``. When the algorithm needs an answer it did not get,
every branch still possible is followed and the most urgent category among them is given, with
the missing answers named: a patient is never put in a lighter category for want of an answer.

Pure functions, no I/O, no Qt: the tag form, the command line (``mci tag``) and the tests all call
``tag``.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from typing import Any, Callable, Mapping

START, JUMPSTART = "START", "JUMPSTART"
METHODS = (START, JUMPSTART)
CHILD_AGE_YEARS = 8  # JumpSTART below this age when no method is named

IMMEDIATE, DELAYED, MINOR, EXPECTANT = "immediate", "delayed", "minor", "expectant"
CATEGORIES = (IMMEDIATE, DELAYED, MINOR, EXPECTANT)
# Most urgent first: the order in which an unanswered question resolves (an unknown is never
# lighter than the worst still possible) and in which the board lists patients.
URGENCY_ORDER = {IMMEDIATE: 0, DELAYED: 1, MINOR: 2, EXPECTANT: 3}
COLOURS = {IMMEDIATE: "red", DELAYED: "yellow", MINOR: "green", EXPECTANT: "black"}
START_RR_LIMIT = 30  # START: "respirations over 30 per minute" → immediate
START_CAP_REFILL_S = 2  # START: capillary refill over 2 seconds → immediate
JUMPSTART_RR_LOW, JUMPSTART_RR_HIGH = 15, 45  # JumpSTART: RR < 15 or > 45 → immediate
AVPU_VALUES = ("A", "V", "P", "U")
SOURCES = {
    START: "START (Newport Beach Fire Dept./Hoag Hospital 1983; CHEMM, US HHS)",
    JUMPSTART: "JumpSTART (Romig, JEMS 2002; CHEMM, US HHS)",
}


class AssessmentError(ValueError):
    """An answer of the wrong kind or out of range (named in the message)."""


@dataclass(frozen=True)
class Assessment:
    """What the tagger observed. Every answer is optional: ``None`` means "not assessed"."""

    method: str | None = None  # "START" / "JUMPSTART"; None: JumpSTART under 8 years
    age_years: float | None = None
    looks_like_child: bool | None = None
    walking: bool | None = None
    breathing: bool | None = None
    breathing_after_airway: bool | None = None
    resp_rate: int | None = None
    resp_rate_over_30: bool | None = None  # START: "> 30" ticked without a count
    radial_pulse: bool | None = None
    cap_refill_s: float | None = None
    obeys_commands: bool | None = None
    pulse_palpable: bool | None = None  # JumpSTART: palpable peripheral pulse
    breathing_after_rescue_breaths: bool | None = None
    avpu: str | None = None
    posturing_or_inappropriate_pain_response: bool | None = None

    def __post_init__(self) -> None:
        if self.method is not None and self.method not in METHODS:
            raise AssessmentError(f"method must be START or JUMPSTART, got {self.method!r}")
        if self.age_years is not None and not 0 <= self.age_years <= 130:
            raise AssessmentError(f"age_years must be 0-130, got {self.age_years}")
        if self.resp_rate is not None and not 0 <= self.resp_rate <= 150:
            raise AssessmentError(f"resp_rate must be 0-150 per minute, got {self.resp_rate}")
        if self.cap_refill_s is not None and not 0 <= self.cap_refill_s <= 60:
            raise AssessmentError(f"cap_refill_s must be 0-60 seconds, got {self.cap_refill_s}")
        if self.avpu is not None and self.avpu not in AVPU_VALUES:
            raise AssessmentError(f"avpu must be one of A, V, P, U, got {self.avpu!r}")

    @property
    def chosen_method(self) -> str:
        if self.method:
            return self.method
        if self.looks_like_child or (self.age_years is not None and self.age_years < CHILD_AGE_YEARS):
            return JUMPSTART
        return START

    def answers(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self) if getattr(self, f.name) is not None}

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any]) -> "Assessment":
        """From JSON-like data (the command line, a stored tag); unknown keys and wrong types
        raise ``AssessmentError`` naming the field."""
        known = {f.name: f for f in fields(cls)}
        unknown = sorted(set(data) - set(known))
        if unknown:
            raise AssessmentError(f"unknown field(s): {', '.join(unknown)}")
        values: dict[str, Any] = {}
        for name, value in data.items():
            if value is None:
                continue
            values[name] = _coerce(name, value)
        return cls(**values)


_BOOLS = {"looks_like_child", "walking", "breathing", "breathing_after_airway", "resp_rate_over_30",
          "radial_pulse", "obeys_commands", "pulse_palpable", "breathing_after_rescue_breaths",
          "posturing_or_inappropriate_pain_response"}


def _coerce(name: str, value: Any) -> Any:
    if name in _BOOLS:
        if isinstance(value, bool):
            return value
        if isinstance(value, str) and value.strip().lower() in ("y", "yes", "true", "1"):
            return True
        if isinstance(value, str) and value.strip().lower() in ("n", "no", "false", "0"):
            return False
        raise AssessmentError(f"{name} must be true or false, got {value!r}")
    if name == "resp_rate":
        if isinstance(value, bool) or not isinstance(value, (int, float)) or value != int(value):
            raise AssessmentError(f"resp_rate must be a whole number per minute, got {value!r}")
        return int(value)
    if name in ("age_years", "cap_refill_s"):
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise AssessmentError(f"{name} must be a number, got {value!r}")
        return float(value)
    if name == "method":
        if not isinstance(value, str):
            raise AssessmentError(f"method must be START or JUMPSTART, got {value!r}")
        return value.strip().upper().replace("-", "")
    if name == "avpu":
        if not isinstance(value, str):
            raise AssessmentError(f"avpu must be one of A, V, P, U, got {value!r}")
        return value.strip().upper()
    return value


@dataclass(frozen=True)
class TagResult:
    """The category with the branch that decided it, in words.

    missing: answers the algorithm needed and did not get; then ``category`` is the most urgent
    category still possible and ``provisional`` is True.
    """

    category: str
    method: str
    reasons: tuple[str, ...]
    missing: tuple[str, ...] = ()
    possible: tuple[str, ...] = ()
    source: str = ""

    @property
    def colour(self) -> str:
        return COLOURS[self.category]

    @property
    def provisional(self) -> bool:
        return bool(self.missing)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"category": self.category, "colour": self.colour,
                               "method": self.method, "reasons": list(self.reasons)}
        if self.missing:
            out["missing"] = list(self.missing)
            out["possible"] = list(self.possible)
        return out


class _Needs(Exception):
    def __init__(self, name: str):
        self.name = name


# The values a missing answer is tried with: one representative of every branch it can take.
_TRIALS: dict[str, tuple[Any, ...]] = {
    "walking": (True, False), "breathing": (True, False), "breathing_after_airway": (True, False),
    "radial_pulse": (True, False), "obeys_commands": (True, False), "pulse_palpable": (True, False),
    "breathing_after_rescue_breaths": (True, False), "avpu": AVPU_VALUES,
    "posturing_or_inappropriate_pain_response": (True, False),
    "resp_rate": (10, 20, 40, 50),
}


class _Path:
    """One walk through the algorithm: reads answers, records the branch in words."""

    def __init__(self, a: Assessment):
        self.a = a
        self.reasons: list[str] = []

    def get(self, name: str) -> Any:
        value = getattr(self.a, name)
        if value is None:
            raise _Needs(name)
        return value

    def done(self, category: str, why: str) -> str:
        self.reasons.append(f"{why} → {category}")
        return category

    def note(self, why: str) -> None:
        self.reasons.append(why)


def _start(p: _Path) -> str:
    if p.get("walking"):
        return p.done(MINOR, "walks")
    p.note("does not walk")
    if not p.get("breathing"):
        if p.get("breathing_after_airway"):
            return p.done(IMMEDIATE, "not breathing; breathes after the airway is repositioned")
        return p.done(EXPECTANT, "not breathing, even after the airway is repositioned")
    over = p.a.resp_rate_over_30 if p.a.resp_rate is None else p.a.resp_rate > START_RR_LIMIT
    if over is None:
        raise _Needs("resp_rate")
    if over:
        rr = f"RR {p.a.resp_rate}" if p.a.resp_rate is not None else "RR"
        return p.done(IMMEDIATE, f"{rr} > {START_RR_LIMIT}")
    p.note(f"RR {p.a.resp_rate} ≤ {START_RR_LIMIT}" if p.a.resp_rate is not None
           else f"RR ≤ {START_RR_LIMIT}")
    pulse, refill = p.a.radial_pulse, p.a.cap_refill_s
    if pulse is False:
        return p.done(IMMEDIATE, "radial pulse absent")
    if refill is not None and refill > START_CAP_REFILL_S:
        return p.done(IMMEDIATE, f"capillary refill {refill:g} s > {START_CAP_REFILL_S} s")
    if pulse is None and refill is None:
        raise _Needs("radial_pulse")
    p.note("radial pulse present" if pulse else f"capillary refill {refill:g} s ≤ {START_CAP_REFILL_S} s")
    if not p.get("obeys_commands"):
        return p.done(IMMEDIATE, "does not obey simple commands")
    return p.done(DELAYED, "obeys simple commands")


def _jumpstart(p: _Path) -> str:
    if p.get("walking"):
        return p.done(MINOR, "walks")
    p.note("does not walk")
    if not p.get("breathing"):
        if p.get("breathing_after_airway"):
            return p.done(IMMEDIATE, "apnoeic; breathes after the airway is positioned")
        if not p.get("pulse_palpable"):
            return p.done(EXPECTANT, "apnoeic after airway positioning and no palpable pulse")
        if p.get("breathing_after_rescue_breaths"):
            return p.done(IMMEDIATE, "apnoeic with a pulse; breathes after 5 rescue breaths")
        return p.done(EXPECTANT, "apnoeic with a pulse; no breathing after 5 rescue breaths")
    rr = p.get("resp_rate")
    if rr < JUMPSTART_RR_LOW:
        return p.done(IMMEDIATE, f"RR {rr} < {JUMPSTART_RR_LOW}")
    if rr > JUMPSTART_RR_HIGH:
        return p.done(IMMEDIATE, f"RR {rr} > {JUMPSTART_RR_HIGH}")
    p.note(f"RR {rr} within {JUMPSTART_RR_LOW}-{JUMPSTART_RR_HIGH}")
    if not p.get("pulse_palpable"):
        return p.done(IMMEDIATE, "no palpable peripheral pulse")
    p.note("peripheral pulse palpable")
    avpu = p.get("avpu")
    if avpu == "U":
        return p.done(IMMEDIATE, "AVPU U (unresponsive)")
    if avpu == "P":
        if p.get("posturing_or_inappropriate_pain_response"):
            return p.done(IMMEDIATE, "AVPU P with posturing or an inappropriate response to pain")
        return p.done(DELAYED, "AVPU P, responds appropriately to pain")
    return p.done(DELAYED, f"AVPU {avpu}")


_ALGORITHMS: dict[str, Callable[[_Path], str]] = {START: _start, JUMPSTART: _jumpstart}


def tag(assessment: Assessment) -> TagResult:
    """The category under the assessment's method (START, or JumpSTART for a child)."""
    method = assessment.chosen_method
    run = _ALGORITHMS[method]
    outcomes: dict[str, list[str]] = {}
    missing: list[str] = []
    def explore(a: Assessment) -> None:
        path = _Path(a)
        try:
            category = run(path)
        except _Needs as need:
            if need.name not in missing:
                missing.append(need.name)
            for value in _TRIALS[need.name]:
                explore(replace(a, **{need.name: value}))
            return
        outcomes.setdefault(category, path.reasons)

    explore(assessment)
    worst = min(outcomes, key=URGENCY_ORDER.__getitem__)
    if not missing:
        return TagResult(worst, method, tuple(outcomes[worst]), source=SOURCES[method])
    # What is known for sure: the branch as far as the first unanswered question.
    known = _Path(assessment)
    try:
        run(known)
    except _Needs:
        pass
    names = ", ".join(m.replace("_", " ") for m in missing)
    reasons = (*known.reasons, f"not assessed: {names} → {worst} until assessed "
               f"(the most urgent category still possible)")
    possible = tuple(sorted(outcomes, key=URGENCY_ORDER.__getitem__))
    return TagResult(worst, method, reasons, tuple(missing), possible, SOURCES[method])
