"""The engine's level re-expressed on the Emergency Severity Index (ESI v4).

The engine thinks on a KTAS-shaped urgency scale; ESI asks other questions in this order
(Gilboy et al., ESI Implementation Handbook 2012):

A. needs an immediate life-saving intervention, or is unresponsive (AVPU P or U; without an
   AVPU, a complaint that says so) → ESI 1 (engine level 1 covers the rest);
B. a high-risk situation, new confusion/lethargy, or severe pain/distress → ESI 2;
C. how many kinds of resources (labs, imaging, IV fluids, procedures…) will the visit need?
   none → ESI 5, one → ESI 4, two or more → ESI 3;
D. danger-zone vital signs move a would-be ESI 3 to ESI 2.

ESI 2 here: engine level 2, a handbook high-risk finding whatever its KTAS floor, the adult
danger-zone vitals, or a text-model probability of level 1-2 of at least one in three (the handbook
asks "would you give your last bed to this patient?" — a third is our reading of "at risk").
Resources cannot be seen by an urgency scale, so they are estimated from the complaint: visits
the handbook counts as needing no resource (a prescription refill, a wound check) or one (a simple
laceration, an ankle sprain, a sore throat) in a patient the engine rates less urgent (level 4-5)
with calm vital signs; everything else needs work-up (ESI 3). Older patients (65+) are never put
below ESI 3: their "simple" falls and sprains need more than one resource.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Mapping, Sequence

from triage.engine.complaint_text import first_affirmed, normalise
from triage.intake import AVPU, Intake
from triage.suggestion import Reason, Suggestion

SOURCE = "ESI v4 Implementation Handbook (2012)"
DANGER_HR, DANGER_RR, DANGER_SPO2 = 100, 20, 92  # adults: HR > 100, RR > 20, SpO2 < 92 %
HIGH_RISK_P = 1 / 3
# Rule findings the handbook calls high risk even where the KTAS floor is 3: a KTAS expert may
# rate an old stroke sign 3; ESI does not wait for the onset time.
HIGH_RISK_FINDINGS = {"stroke_signs": "signs of a stroke"}
OLDER_ADULT_AGE = 65
SEVERE_PAIN = 7  # the handbook's "severe pain" (≥ 7/10) is never a no- or one-resource visit

_UNRESPONSIVE = re.compile(r"\b(?:unresponsive|unconscious|unarousable|obtunded)\b")
_NO_RESOURCE = re.compile(
    r"\b(?:(?:medication|prescription|med|medicine|script) refill|refill|suture removal|"
    r"staple removal|stitches? removal|remove (?:sutures|stitches|staples)|wound check|"
    r"dressing change|work note|sick note|cold symptoms|common cold|runny nose|nasal congestion|"
    r"insect bite|bug bite|mosquito bite|poison ivy|sunburn)\b")
_ONE_RESOURCE = re.compile(
    r"\b(?:laceration|lac|cut|sprain\w*|(?:ankle|wrist|finger|toe|foot|hand|thumb|heel) "
    r"(?:pain|injury|swelling|sprain)|splinter|dental|tooth ?ache|tooth pain|toothache|"
    r"sore throat|pharyngitis|throat pain|ear ?ache|ear pain|otalgia|conjunctivitis|pink eye|"
    r"eye redness|red eye|rash|urticaria|hives|dysuria|burning (?:on |with )?urination|"
    r"(?:animal|dog|cat) bite|minor burn|abrasion|contusion|bruise|nosebleed|epistaxis)\b")


def resources_expected(complaint: str) -> tuple[int, str] | None:
    """``(0 or 1, matched words)`` when the complaint is one the handbook counts as a visit
    with no or one resource; None when work-up (two or more) is the safe assumption."""
    text = normalise(complaint)
    for count, pattern in ((0, _NO_RESOURCE), (1, _ONE_RESOURCE)):
        m = first_affirmed(pattern, text)
        if m is not None:
            return count, m.group(0)
    return None


def _unresponsive(intake: Intake) -> str:
    """Decision point A: the handbook counts a patient who responds only to pain (P) or not at
    all (U) as unresponsive — ESI 1. Without a recorded AVPU, the complaint saying so counts."""
    avpu = intake.vitals.avpu
    if avpu in (AVPU.PAIN, AVPU.UNRESPONSIVE):
        return f"AVPU {avpu.value}: unresponsive (ESI decision point A)"
    if avpu is None and intake.vitals.gcs is None:
        m = first_affirmed(_UNRESPONSIVE, normalise(intake.complaint))
        if m is not None:
            return f"\u201c{m.group(0)}\u201d and no consciousness level recorded (ESI decision point A)"
    return ""


def _danger_zone(intake: Intake) -> list[str]:
    v, why = intake.vitals, []
    if v.heart_rate is not None and v.heart_rate > DANGER_HR:
        why.append(f"heart rate {v.heart_rate} > {DANGER_HR}")
    if v.resp_rate is not None and v.resp_rate > DANGER_RR:
        why.append(f"respiratory rate {v.resp_rate} > {DANGER_RR}")
    if v.spo2 is not None and v.spo2 < DANGER_SPO2:
        why.append(f"SpO2 {v.spo2} % < {DANGER_SPO2} %")
    return why


def esi_level(level: int, intake: Intake, probabilities: Mapping[int, float],
              reasons: Sequence[Reason] = ()) -> tuple[int, list[str]]:
    """The ESI level for an engine (KTAS-shaped) ``level``, with the criteria that decided it:
    what made it ESI 2, or the resource estimate behind ESI 4-5 (empty for ESI 1 and 3)."""
    if level == 1:
        return 1, []
    unresponsive = _unresponsive(intake)
    if unresponsive:
        return 1, [unresponsive]
    why = ["high-risk presentation (engine level 2)"] if level == 2 else []
    why += [f"{HIGH_RISK_FINDINGS[r.code]} (ESI high-risk situation)" for r in reasons
            if r.kind == "rule" and r.code in HIGH_RISK_FINDINGS]
    why += _danger_zone(intake)
    emergent = probabilities.get(1, 0.0) + probabilities.get(2, 0.0)
    if level > 2 and emergent >= HIGH_RISK_P:
        why.append(f"text model gives level 1-2 a probability of {emergent:.0%}")
    if why:
        return 2, why
    if level < 4 or (intake.age is not None and intake.age >= OLDER_ADULT_AGE) or \
            (intake.vitals.pain is not None and intake.vitals.pain >= SEVERE_PAIN):
        return 3, []
    expected = resources_expected(intake.complaint)
    if expected is not None:
        count, words = expected
        return 5 - count, [f"{'no resource' if count == 0 else 'one resource'} expected (\u201c{words}\u201d)"]
    if level == 5:
        return 4, ["non-urgent: at most one resource expected"]
    return 3, []


def esi_suggestion(suggestion: Suggestion, intake: Intake) -> Suggestion:
    """``suggestion`` re-expressed on the ESI scale, saying why in a note."""
    esi, why = esi_level(suggestion.level, intake, suggestion.probabilities, suggestion.reasons)
    detail = f"Engine level {suggestion.level} on the KTAS-shaped scale"
    if esi == 2 and why:
        detail += ": ESI 2 because " + "; ".join(why)
    elif esi >= 4:
        detail += f": ESI {esi} because " + "; ".join(why)
    elif esi == 3 and suggestion.level >= 3:
        detail += ": ESI 3, work-up with two or more resources expected"
    note = Reason(kind="note", code="esi_scale", weight=0.6, title=f"ESI level {esi}", detail=detail,
                  values={"engine_level": suggestion.level, "criteria": why}, source=SOURCE)
    reasons = tuple(sorted((*suggestion.reasons, note), key=lambda r: (-r.weight, r.kind, r.code)))
    return replace(suggestion, level=esi, reasons=reasons)


# How the rules' (KTAS-shaped) floors bind on the ESI scale when the ESI head decides:
# - floors 1-2 are the handbook's decision points A and B (life-saving intervention, high risk,
#   confusion, danger) and bind as they are — except the KTAS severe-pain floor: ESI v4 asks the
#   nurse to *consider* ESI 2 for pain >= 7/10 (decision point B), it does not require it, so on
#   the ESI scale that finding binds at 3 (a patient in severe pain is never a one-resource visit)
#   and is named. On US data the KTAS pain floor put 10 % of all visits at 1-2 with the same
#   critical-outcome rate as everyone else (2.7 % vs 2.5 %).
# - floors 3-5 grade urgency on KTAS; ESI grades 3-5 by expected resources, which the ESI head
#   learned from the nurses, so they bind only when ESI_BINDS_LOWER_FLOORS is set.
ESI_CONSIDERED = {"pain": 3}
ESI_BINDS_LOWER_FLOORS = False


def esi_rule_floor(findings: Sequence[Reason], *, lower: bool = ESI_BINDS_LOWER_FLOORS) -> int | None:
    """The rules' floor as it binds on the ESI scale (see ``ESI_CONSIDERED``)."""
    floors = []
    for r in findings:
        if r.level_floor is None:
            continue
        level = max(r.level_floor, ESI_CONSIDERED.get(r.code, r.level_floor))
        if level <= 2 or lower:
            floors.append(level)
    return min(floors) if floors else None


def esi_floor(intake: Intake, reasons: Sequence[Reason]) -> tuple[int | None, list[str]]:
    """What the ESI handbook fixes whatever the ESI head says: decision point A (unresponsive →
    ESI 1) and the high-risk findings that are ESI 2 even where the KTAS floor is lower."""
    unresponsive = _unresponsive(intake)
    if unresponsive:
        return 1, [unresponsive]
    why = [f"{HIGH_RISK_FINDINGS[r.code]} (ESI high-risk situation)" for r in reasons
           if r.kind == "rule" and r.code in HIGH_RISK_FINDINGS]
    return (2, why) if why else (None, [])


def esi_head_suggestion(suggestion: Suggestion, intake: Intake) -> Suggestion:
    """``suggestion`` already on the ESI scale (decided by the ESI head, floored by the rules):
    decision point A and the handbook's high-risk findings still apply, and danger-zone vital
    signs are named for the nurse to consider (decision point D) without forcing ESI 2 — on US
    data that rule alone called nearly half of all visits ESI 1-2."""
    floor, why = esi_floor(intake, suggestion.reasons)
    level = min(suggestion.level, floor) if floor is not None else suggestion.level
    danger = _danger_zone(intake) if level >= 3 else []
    detail = "Level from the ESI head (US emergency departments), the rules' floor applied"
    if floor is not None and floor < suggestion.level:
        detail += f"; ESI {level} because " + "; ".join(why)
    if danger:
        detail += "; danger-zone vital signs (" + ", ".join(danger) + "): consider ESI 2"
    note = Reason(kind="note", code="esi_scale", weight=0.6, title=f"ESI level {level}", detail=detail,
                  values={"engine_level": suggestion.level, "criteria": why, "danger_zone": danger},
                  source=SOURCE)
    reasons = tuple(sorted((*suggestion.reasons, note), key=lambda r: (-r.weight, r.kind, r.code)))
    return replace(suggestion, level=level, reasons=reasons)
