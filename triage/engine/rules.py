"""Deterministic triage rules: each finding sets a level floor the models can never lower.

The thresholds are the first-order modifiers of KTAS 2016 / CTAS 2016 (consciousness, breathing,
circulation, temperature, pain) plus the high-risk presentations of KTAS / CTAS / ESI v4 (decision
points A and B) found in the complaint text, and NEWS2. Each floor comes from a manual and is
never lowered to agree better with one data set (docs/rules.md lists each floor with its source);
``bench/rules_check.py`` measures what the floors do on the KTAS and NHAMCS data. Where a manual
says "level 2 if within hours" and the onset is not stated, the floor is 2 and the result carries a
question asking for the onset.

Age changes what a normal heart rate, breathing rate and blood pressure are; where the age is
unknown the adult thresholds apply (both the KTAS and the US ED data are adults).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace
from datetime import date

from triage.engine import complaint_text
from triage.engine.complaint_text import CTAS, ESI, KTAS
from triage.intake import AVPU, RANGES, Intake, Vitals
from triage.engine.news2 import SOURCE as NEWS2_SOURCE
from triage.engine.news2 import News2Result, news2
from triage.suggestion import Reason

RULES_VERSION = "rules-2026.12.2"

# Category bonus so that at the same floor the more basic physiology is listed first.
_PRIORITY = {"consciousness": 0.6, "breathing": 0.5, "circulation": 0.4, "flag": 0.3,
             "temperature": 0.2, "news2": 0.15, "pain": 0.1}

# Heart rate by age (PALS / CTAS paediatric vital-sign tables): (up to age, brady ≤, tachy ≥ for
# level 2, tachy ≥ for level 3). Adults: ≤ 40 or ≥ 150 → 2, 130-149 → 3.
_HR_BANDS = ((0, 80, 200, 180), (2, 70, 180, 160), (5, 60, 160, 140), (11, 50, 150, 130),
             (math.inf, 40, 150, 130))
# Respiratory rate by age: (up to age, ≥ for level 2, ≥ for level 1). Low: ≤ 8 → 2, ≤ 6 → 1.
_RR_BANDS = ((0, 60, 70), (2, 50, 60), (5, 40, 50), (11, 35, 45), (math.inf, 30, 36))
RR_LOW_2, RR_LOW_1 = 8, 6
SPO2_LEVEL_1, SPO2_LEVEL_2, SPO2_LEVEL_3 = 85, 90, 92  # strictly below
SBP_SHOCK, SBP_LOW = 70, 90  # adults, strictly below
SHOCK_HR = 100  # adults: SBP < 90 with HR ≥ 100 is shock (ESI danger zone, ATLS class III)
# Upper GI bleeding with HR ≥ 100 or SBP < 100 (Rockall "tachycardia" / "shock") or altered
# consciousness or syncope: KTAS / CTAS "bleeding with abnormal vital signs" → level 2.
GI_BLEED_HR, GI_BLEED_SBP = 100, 100
SHOCK_INDEX = 1.0
SBP_VERY_HIGH, DBP_VERY_HIGH = 220, 130
TEMP_HIGH, TEMP_LOW_2, TEMP_LOW_3, FEVER = 40.0, 32.0, 35.0, 38.0
SIRS_HR, SIRS_RR = 90, 20  # strictly above
_ADULT_AGE = 40
CHILD_CHEST_PAIN_AGE = 18
_IMMUNOSUPPRESSED = re.compile(
    r"\b(?:chemo|neutropeni|immunosuppress|immunocompromis|transplant|steroid|hiv|aids\b|"
    r"leukemi|lymphoma|cancer|malignan|oncology|dialysis|end stage renal|asplen|splenectomy)\w*")
_REPORTED_FEVER = re.compile(r"\b(?:fever|febrile|pyrexi|high temperature|chills|rigors)\w*")
# Fever in a young infant (under 3 months) is level 2 in CTAS 2016 (temperature modifier, < 3 months
# ≥ 38.0 °C) and in the ESI v4 handbook (ch. 6: febrile infants ≤ 28 days are ESI 2, 1-3 months
# considered for ESI 2); the age in days comes from the birth date, or from the complaint's words.
YOUNG_INFANT_DAYS = 90
_YOUNG_INFANT_TEXT = re.compile(
    r"\b(?:new\s*born|neonat\w*|\d{1,2}\s*-?\s*(?:days?|d|weeks?|wks?)[\s-]*old|"
    r"[0-2](?:\.\d)?\s*-?\s*(?:months?|mos?|mths?)[\s-]*old)\b")
_DIAPHORESIS = re.compile(r"\b(?:diaphore\w*|sweaty|sweating|clammy|cold sweats?|drenched in sweat|"
                          r"excessive sweating|perspiration)")
_SYNCOPE = re.compile(r"\b(?:syncope|syncopal|fainted|fainting|passed out|loss of consciousness|collapse\w*)")
_HYPERTENSIVE_SYMPTOMS = re.compile(
    r"\b(?:headache|chest|shortness of breath|dyspn|breathing difficulty|confus|weakness|vision|"
    r"blurred|seizure|dysarthria|slurred|numb|epistaxis|nasal bleeding)\w*")


@dataclass(frozen=True)
class RuleResult:
    """What the rules found.

    findings: the reasons, most weighty first (kind "rule" or "news2"). floor: the most urgent
    level any finding demands, None when none fired. news2: the NEWS2 total (a lower bound when
    vitals are missing) or None. missing: inputs the rules would have read but were not given.
    questions: the onset questions of time-critical floors that assumed "within hours".
    """

    findings: tuple[Reason, ...]
    floor: int | None
    news2: int | None
    missing: tuple[str, ...]
    questions: tuple[str, ...] = ()  # what to ask because a floor assumed the worse answer (onset)


def _num(value: object) -> int | float | None:
    """A finite number or None; odd values (strings, NaN, bools) read as not measured."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) else None


def _avpu(value: object) -> AVPU | None:
    """AVPU from the enum or its letter ("v", "Voice"); anything else reads as not measured."""
    if isinstance(value, AVPU) or value is None:
        return value
    try:
        return AVPU(str(value).strip().upper()[:1])
    except ValueError:
        return None


def _fmt(x: float) -> str:
    return f"{x:g}"


class _Findings:
    """Collects findings; one per code, keeping the most urgent."""

    def __init__(self) -> None:
        self._by_code: dict[str, Reason] = {}

    def add(self, category: str, code: str, title: str, detail: str, floor: int | None,
            values: dict[str, object], source: str, kind: str = "rule") -> None:
        weight = (6 - floor if floor is not None else 1) + _PRIORITY[category]
        reason = Reason(kind=kind, code=code, title=title, detail=detail, level_floor=floor,
                        weight=round(weight, 2), values=values, source=source)
        old = self._by_code.get(code)
        if old is None or (floor is not None and (old.level_floor is None or floor < old.level_floor)):
            self._by_code[code] = reason

    def result(self) -> tuple[Reason, ...]:
        return tuple(sorted(self._by_code.values(), key=lambda r: (-r.weight, r.code)))


def _band(bands: tuple[tuple[float, ...], ...], age: float | None) -> tuple[float, ...]:
    age = _ADULT_AGE if age is None else age  # unknown age: adult thresholds
    return next(b for b in bands if age <= b[0])


def _consciousness(f: _Findings, avpu: AVPU | None, gcs: float | None) -> bool:
    """AVPU / GCS: U or GCS ≤ 8 → 1; V, P or GCS 9-13 → 2. Returns "altered" (V, P, U, GCS ≤ 13).

    KTAS 2016 / CTAS 2016 level of consciousness: any response short of alert is level 2 (ESI
    decision point B: "confused, lethargic or disoriented"). A patient confused at baseline
    (dementia) cannot be told from new confusion on a triage form, so V is 2 and a clinician may
    overrule it with the history in hand.
    """
    src = f"{KTAS}; {CTAS} level of consciousness"
    if avpu == AVPU.UNRESPONSIVE:
        f.add("consciousness", "unresponsive", "Unresponsive", "AVPU U: responds to nothing", 1,
              {"avpu": "U"}, src)
    elif avpu == AVPU.PAIN:
        f.add("consciousness", "altered_consciousness", "Responds only to pain",
              "AVPU P: responds only to pain", 2, {"avpu": "P"}, src)
    elif avpu == AVPU.VOICE:
        f.add("consciousness", "altered_consciousness", "Responds only to voice",
              "AVPU V: responds only to voice", 2, {"avpu": "V"}, src)
    if gcs is not None:
        if gcs <= 8:
            f.add("consciousness", "unresponsive", "Unconscious (GCS ≤ 8)", f"GCS {_fmt(gcs)} ≤ 8", 1,
                  {"gcs": gcs}, src)
        elif gcs <= 13:
            f.add("consciousness", "altered_consciousness", "Altered consciousness (GCS 9-13)",
                  f"GCS {_fmt(gcs)} is 9-13", 2, {"gcs": gcs}, src)
    return avpu in (AVPU.VOICE, AVPU.PAIN, AVPU.UNRESPONSIVE) or (gcs is not None and gcs <= 13)


def _circulation(f: _Findings, hr: float | None, sbp: float | None, dbp: float | None,
                 age: float | None, altered: bool, complaint: str) -> None:
    """Shock (KTAS / CTAS "shock: hypoperfusion" → 1): SBP below the age limit with a fast heart
    (≥ 100 in adults), diaphoresis or altered consciousness, or SBP < 70; hypotension alone → 2."""
    src = f"{KTAS}; {CTAS} hemodynamic modifiers"
    _, brady, tachy2, tachy3 = _band(_HR_BANDS, age)
    child = age is not None and age < 12
    low = SBP_LOW if not child else min(SBP_LOW, 70 + 2 * age if age >= 1 else 70)  # PALS
    shock = SBP_SHOCK if not child else low - 20
    shock_hr = tachy3 if child else SHOCK_HR
    if sbp is not None and sbp < low:
        signs = []
        if hr is not None and hr >= shock_hr:
            signs.append(f"HR {_fmt(hr)}/min ≥ {shock_hr:g}")
        sweat = complaint_text.first_affirmed(_DIAPHORESIS, complaint)
        if sweat is not None:
            signs.append(f"\u201c{sweat.group(0)}\u201d")
        if altered:
            signs.append("altered consciousness")
        if sbp < shock or signs:
            why = (f"SBP {_fmt(sbp)} mmHg < {_fmt(shock)}" if sbp < shock else
                   f"SBP {_fmt(sbp)} mmHg < {_fmt(low)} with " + ", ".join(signs))
            values = {"sbp": sbp, "heart_rate": hr}
            if sweat is not None:
                values["text"] = sweat.group(0)
            f.add("circulation", "shock", "Shock", why, 1, values, src)
        else:
            f.add("circulation", "hypotension", "Hypotension", f"SBP {_fmt(sbp)} mmHg < {_fmt(low)} mmHg", 2,
                  {"sbp": sbp}, src)
    if not child and hr is not None and sbp is not None and sbp > 0 and hr / sbp >= SHOCK_INDEX:
        # Reported without a floor: in the KTAS data a shock index ≥ 1.0 alone matched level 2 in a
        # third of cases and level 3 or more urgent in 80 %; hypotension and extreme heart rates
        # carry the floors.
        f.add("circulation", "shock_index", "Shock index ≥ 1.0",
              f"HR {_fmt(hr)} / SBP {_fmt(sbp)} = {hr / sbp:.2f} ≥ {SHOCK_INDEX:.1f}", None,
              {"heart_rate": hr, "sbp": sbp}, "Allgöwer shock index; " + src)
    if hr is not None:
        band = "adult" if not child else f"age {_fmt(age)}"
        if hr <= brady:
            f.add("circulation", "bradycardia", "Severe bradycardia", f"HR {_fmt(hr)}/min ≤ {brady:g} ({band})",
                  2, {"heart_rate": hr, "age": age}, src)
        elif hr >= tachy2:
            f.add("circulation", "tachycardia", "Severe tachycardia", f"HR {_fmt(hr)}/min ≥ {tachy2:g} ({band})",
                  2, {"heart_rate": hr, "age": age}, src)
        elif hr >= tachy3:
            f.add("circulation", "tachycardia", "Tachycardia",
                  f"HR {_fmt(hr)}/min is {tachy3:g}-{tachy2 - 1:g} ({band})", 3,
                  {"heart_rate": hr, "age": age}, src)
    very_high = ((sbp is not None and sbp >= SBP_VERY_HIGH) or (dbp is not None and dbp >= DBP_VERY_HIGH))
    if very_high and not child:
        symptom = complaint_text.first_affirmed(_HYPERTENSIVE_SYMPTOMS, complaint)
        bp = f"BP {_fmt(sbp) if sbp is not None else '?'}/{_fmt(dbp) if dbp is not None else '?'} mmHg"
        if symptom is not None:
            f.add("circulation", "hypertension", "Severe hypertension with symptoms",
                  f"{bp} (≥ {SBP_VERY_HIGH}/{DBP_VERY_HIGH}) with {symptom.group(0)}", 2,
                  {"sbp": sbp, "dbp": dbp, "symptom": symptom.group(0)}, src)
        else:
            f.add("circulation", "hypertension", "Severe hypertension",
                  f"{bp} (≥ {SBP_VERY_HIGH}/{DBP_VERY_HIGH}) without symptoms", 3,
                  {"sbp": sbp, "dbp": dbp}, src)


def _breathing(f: _Findings, rr: float | None, spo2: float | None, age: float | None,
               on_oxygen: bool | None, altered: bool) -> None:
    """SpO2 and breathing rate (KTAS / CTAS respiratory modifiers). Respiratory failure — SpO2 < 90 %
    on oxygen, or with a breathing rate in the level-2 band (≥ 30 in adults) or altered
    consciousness — is level 1 ("severe respiratory distress": the patient is tiring or failing)."""
    src = f"{KTAS}; {CTAS} respiratory modifiers"
    _, high2, high1 = _band(_RR_BANDS, age)
    if spo2 is not None and spo2 < SPO2_LEVEL_2:
        signs = []
        if on_oxygen is True:
            signs.append("on oxygen")
        if rr is not None and rr >= high2:
            signs.append(f"RR {_fmt(rr)}/min ≥ {high2:g}")
        if altered:
            signs.append("altered consciousness")
        if signs:
            f.add("breathing", "respiratory_failure", "Respiratory failure",
                  f"SpO2 {_fmt(spo2)} % < {SPO2_LEVEL_2} % " + ", ".join(signs), 1,
                  {"spo2": spo2, "on_oxygen": on_oxygen, "resp_rate": rr}, src)
    if spo2 is not None:
        if spo2 < SPO2_LEVEL_1:
            f.add("breathing", "hypoxaemia", "Severe hypoxaemia", f"SpO2 {_fmt(spo2)} % < {SPO2_LEVEL_1} %", 1,
                  {"spo2": spo2}, src)
        elif spo2 < SPO2_LEVEL_2:
            f.add("breathing", "hypoxaemia", "Hypoxaemia", f"SpO2 {_fmt(spo2)} % < {SPO2_LEVEL_2} %", 2,
                  {"spo2": spo2}, src)
        elif spo2 < SPO2_LEVEL_3:
            f.add("breathing", "hypoxaemia", "Mild hypoxaemia", f"SpO2 {_fmt(spo2)} % < {SPO2_LEVEL_3} %", 3,
                  {"spo2": spo2}, src)
    if rr is not None:
        if rr <= RR_LOW_1 or rr >= high1:
            f.add("breathing", "respiratory_rate", "Extreme respiratory rate",
                  f"RR {_fmt(rr)}/min " + (f"≤ {RR_LOW_1}" if rr <= RR_LOW_1 else f"≥ {high1:g}"), 1,
                  {"resp_rate": rr, "age": age}, src)
        elif rr <= RR_LOW_2 or rr >= high2:
            f.add("breathing", "respiratory_rate", "Abnormal respiratory rate",
                  f"RR {_fmt(rr)}/min " + (f"≤ {RR_LOW_2}" if rr <= RR_LOW_2 else f"≥ {high2:g}"), 2,
                  {"resp_rate": rr, "age": age}, src)


def _temperature(f: _Findings, temp: float | None, hr: float | None, rr: float | None,
                 sbp: float | None, complaint: str) -> None:
    src = f"{CTAS} temperature modifier; {KTAS}"
    if temp is None or FEVER > temp >= TEMP_LOW_3:
        _reported_fever(f, temp, complaint, src)
    if temp is None:
        return
    if temp < TEMP_LOW_2:
        f.add("temperature", "hypothermia", "Severe hypothermia", f"T {_fmt(temp)} °C < {TEMP_LOW_2:g} °C", 2,
              {"temperature_c": temp}, src)
        return
    if temp <= TEMP_LOW_3:
        f.add("temperature", "hypothermia", "Hypothermia", f"T {_fmt(temp)} °C ≤ {TEMP_LOW_3:g} °C", 3,
              {"temperature_c": temp}, src)
        return
    if temp >= TEMP_HIGH:
        f.add("temperature", "hyperthermia", "Very high fever", f"T {_fmt(temp)} °C ≥ {TEMP_HIGH:g} °C", 2,
              {"temperature_c": temp}, src)
        return
    if temp < FEVER:
        return
    sirs = []
    if hr is not None and hr > SIRS_HR:
        sirs.append(f"HR {_fmt(hr)} > {SIRS_HR}")
    if rr is not None and rr > SIRS_RR:
        sirs.append(f"RR {_fmt(rr)} > {SIRS_RR}")
    immuno = complaint_text.first_affirmed(_IMMUNOSUPPRESSED, complaint)
    risks = []
    if immuno is not None:
        risks.append(f"immunosuppression ({immuno.group(0)})")
    if len(sirs) == 2:
        risks.append("SIRS: " + ", ".join(sirs))
    if sbp is not None and sbp < 100:
        risks.append(f"SBP {_fmt(sbp)} < 100")
    values = {"temperature_c": temp, "heart_rate": hr, "resp_rate": rr, "sbp": sbp}
    if risks:
        f.add("temperature", "fever_high_risk", "Fever with risk factors",
              f"T {_fmt(temp)} °C ≥ {FEVER:g} with " + "; ".join(risks), 2, values, src)
    elif sirs:
        f.add("temperature", "fever_unwell", "Fever with abnormal vital signs",
              f"T {_fmt(temp)} °C ≥ {FEVER:g} with {sirs[0]}", 3, values, src)
    else:
        f.add("temperature", "fever", "Fever", f"T {_fmt(temp)} °C ≥ {FEVER:g}, other vital signs normal", 4,
              values, src)


def _age_in_days(intake: Intake) -> int | None:
    """Days since birth on the day of arrival (today when not yet arrived); None without a birth date."""
    patient = getattr(intake, "patient", None)
    born = getattr(patient, "birth_date", None)
    if born is None:
        return None
    arrival = getattr(intake, "arrival_time", None)
    try:
        on = arrival.date() if arrival is not None else date.today()
        days = (on - born).days
    except (AttributeError, TypeError, ValueError):
        return None
    return days if days >= 0 else None


def _febrile_young_infant(f: _Findings, temp: float | None, age: float | None, days: int | None,
                          complaint: str) -> list[str]:
    """Fever (measured ≥ 38.0 °C, or reported) under 3 months old → 2. An infant of unknown months
    (age 0 years, no birth date, no age in the complaint) with a measured fever is given the same
    floor and the suggestion asks for the age in months: the manual's floor assumes the worse answer.
    Returns the question to ask, if any."""
    if age is None or age >= 1:
        return []
    measured = temp is not None and temp >= FEVER
    reported = complaint_text.first_affirmed(_REPORTED_FEVER, complaint) is not None
    if not (measured or reported):
        return []
    src = f"{CTAS} temperature modifier (under 3 months, ≥ {FEVER:g} °C); {ESI} ch. 6 (febrile infant)"
    fever = f"T {_fmt(temp)} °C" if measured else "fever reported"
    values = {"temperature_c": temp, "age_days": days}
    said_young = _YOUNG_INFANT_TEXT.search(complaint)
    if (days is not None and days < YOUNG_INFANT_DAYS) or (days is None and said_young):
        how_old = f"{days} days old" if days is not None else f"'{said_young.group(0)}'"
        f.add("temperature", "febrile_young_infant", "Fever in an infant under 3 months",
              f"{fever} at {how_old}", 2, values, src)
        return []
    if days is None and measured:
        f.add("temperature", "febrile_young_infant", "Fever in an infant of unknown months",
              f"{fever} under 1 year, age in months not recorded (under 3 months is level 2)", 2,
              values, src)
        return ["How many months old is the infant? Fever under 3 months is level 2; an older "
                "infant follows the other signs."]
    return []


def _reported_fever(f: _Findings, temp: float | None, complaint: str, src: str) -> None:
    """Fever reported (not measured: antipyretics, or not yet taken) in an immunosuppressed patient:
    CTAS and the ESI handbook treat the report like a measured fever — neutropenic sepsis cannot wait."""
    fever = complaint_text.first_affirmed(_REPORTED_FEVER, complaint)
    immuno = complaint_text.first_affirmed(_IMMUNOSUPPRESSED, complaint)
    if fever is None or immuno is None:
        return
    measured = "not measured" if temp is None else f"measured T {_fmt(temp)} °C"
    f.add("temperature", "fever_high_risk", "Reported fever with immunosuppression",
          f"Complaint reports \u201c{fever.group(0)}\u201d with {immuno.group(0)} ({measured})", 2,
          {"temperature_c": temp, "text": f"{fever.group(0)}; {immuno.group(0)}"}, src)


def _pain(f: _Findings, pain: float | None, complaint: str) -> None:
    """KTAS / CTAS pain modifier: severe (8-10) central → 2, peripheral → 3; moderate (4-7) → 3 / 4."""
    if pain is None or pain < 4:
        return
    site = complaint_text.pain_site(complaint, normalised=True) or "peripheral"
    severe = pain >= 8
    floor = {("central", True): 2, ("peripheral", True): 3,
             ("central", False): 3, ("peripheral", False): 4}[(site, severe)]
    f.add("pain", "pain", f"{'Severe' if severe else 'Moderate'} {site} pain",
          f"NRS {_fmt(pain)}/10 ({'8-10' if severe else '4-7'}), {site} pain from the complaint", floor,
          {"pain": pain, "site": site}, f"{KTAS} pain modifier; {CTAS}")


def _red_flags(f: _Findings, complaint: str, age: float | None, hr: float | None, sbp: float | None,
               altered: bool) -> list[str]:
    """Complaint red flags as findings; returns the questions of floors that assumed the worse answer."""
    questions = []
    for flag in complaint_text.red_flags(complaint, normalised=True):
        floor, detail = flag.level_floor, f"Complaint mentions \u201c{flag.matched_text}\u201d"
        values: dict[str, object] = {"text": flag.matched_text}
        if flag.question:
            detail += f". {flag.question}"
            questions.append(flag.question)
        if flag.code == "cardiac_chest_pain" and age is not None and age < CHILD_CHEST_PAIN_AGE:
            floor = 3  # chest pain in children is rarely cardiac (CTAS paediatric)
            detail += f"; age {_fmt(age)}"
        if flag.code == "gi_bleeding":
            unstable = _gi_bleed_instability(complaint, hr, sbp, altered)
            if unstable:
                floor = min(floor, 2)
                detail += " with " + ", ".join(unstable)
                values.update(heart_rate=hr, sbp=sbp)
        f.add("flag", flag.code, flag.title, detail, floor, values, flag.source)
    return questions


def _gi_bleed_instability(complaint: str, hr: float | None, sbp: float | None, altered: bool) -> list[str]:
    """Why a GI bleed is level 2 (KTAS / CTAS: bleeding with abnormal vital signs), if it is."""
    out = []
    if hr is not None and hr >= GI_BLEED_HR:
        out.append(f"HR {_fmt(hr)}/min ≥ {GI_BLEED_HR}")
    if sbp is not None and sbp < GI_BLEED_SBP:
        out.append(f"SBP {_fmt(sbp)} mmHg < {GI_BLEED_SBP}")
    if altered:
        out.append("altered consciousness")
    syncope = complaint_text.first_affirmed(_SYNCOPE, complaint)
    if syncope is not None:
        out.append(f"\u201c{syncope.group(0)}\u201d")
    return out


_NEWS2_NAMES = {"resp_rate": "RR", "spo2": "SpO2", "on_oxygen": "oxygen", "sbp": "SBP",
                "heart_rate": "HR", "consciousness": "consciousness", "temperature_c": "temperature"}


def _news2(f: _Findings, score: News2Result | None) -> None:
    if score is None:
        return
    parts = ", ".join(f"{_NEWS2_NAMES[k]} +{v}" for k, v in score.scores.items() if v)
    bound = ("" if score.complete else
             " (lower bound: " + ", ".join(_NEWS2_NAMES[k] for k in score.missing) + " not recorded)")
    detail = f"NEWS2 {score.total}{bound}" + (f": {parts}" if parts else "")
    if score.total >= 7:
        floor, title = 2, "NEWS2 ≥ 7 (high risk)"
    elif score.total >= 5:
        floor, title = 3, "NEWS2 5-6 (medium risk)"
    elif score.single_3:
        floor, title = 3, "NEWS2 single parameter scored 3"
    else:
        floor, title = None, f"NEWS2 {score.total} ({score.band} risk)"
    f.add("news2", "news2", title, detail, floor, {"total": score.total, **score.scores}, NEWS2_SOURCE,
          kind="news2")


def evaluate(intake: Intake) -> RuleResult:
    """Apply every rule to ``intake``; pure and deterministic.

    Missing or odd values (None, NaN, strings) are read as not measured and listed in
    ``missing``; they never raise.
    """
    vitals = getattr(intake, "vitals", None)
    if not isinstance(vitals, Vitals):
        vitals = Vitals()
    complaint = complaint_text.normalise(getattr(intake, "complaint", "") or "")
    try:
        age = _num(intake.age)
    except (AttributeError, TypeError, ValueError):  # a hand-built Patient with an odd birth date
        age = None
    if age is not None and age < 0:
        age = None
    f = _Findings()
    vitals = _with_stated_vitals(f, vitals, complaint)
    hr, rr, sbp, dbp = (_num(vitals.heart_rate), _num(vitals.resp_rate), _num(vitals.sbp), _num(vitals.dbp))
    spo2, temp, pain, gcs = (_num(vitals.spo2), _num(vitals.temperature_c), _num(vitals.pain), _num(vitals.gcs))
    avpu = _avpu(vitals.avpu)
    oxygen = vitals.on_oxygen if isinstance(vitals.on_oxygen, bool) else None

    altered = _consciousness(f, avpu, gcs)
    altered = altered or complaint_text.first_affirmed(_ALTERED_TEXT, complaint) is not None
    _breathing(f, rr, spo2, age, oxygen, altered)
    _circulation(f, hr, sbp, dbp, age, altered, complaint)
    _temperature(f, temp, hr, rr, sbp, complaint)
    infant_question = _febrile_young_infant(f, temp, age, _age_in_days(intake), complaint)
    _pain(f, pain, complaint)
    questions = _red_flags(f, complaint, age, hr, sbp, altered) + infant_question
    score = news2(replace(vitals, heart_rate=hr, resp_rate=rr, sbp=sbp, spo2=spo2, temperature_c=temp,
                          gcs=gcs, avpu=avpu, on_oxygen=oxygen))
    _news2(f, score)

    findings = f.result()
    floors = [r.level_floor for r in findings if r.level_floor is not None]
    missing = [name for name, value in (("heart_rate", hr), ("resp_rate", rr), ("sbp", sbp), ("spo2", spo2),
                                         ("temperature_c", temp), ("pain", pain)) if value is None]
    if avpu is None and gcs is None:
        missing.insert(0, "avpu")
    if age is None:
        missing.append("age_years")
    if not complaint:
        missing.append("complaint")
    return RuleResult(findings=findings, floor=min(floors) if floors else None,
                      news2=score.total if score is not None else None, missing=tuple(missing),
                      questions=tuple(dict.fromkeys(questions)))


# Altered consciousness said in words (ESI decision point B: confused, lethargic, disoriented).
_ALTERED_TEXT = re.compile(r"\b(?:altered mental|altered (?:level of )?consciousness|confus\w*|drowsy|"
                           r"disorient\w*|letharg\w*|obtunded|stupor\w*|unresponsive|unconscious)")
_STATED_LIMITS = {"heart_rate": RANGES["heart_rate"], "resp_rate": RANGES["resp_rate"], "sbp": RANGES["sbp"],
                  "dbp": RANGES["dbp"], "spo2": RANGES["spo2"], "gcs": RANGES["gcs"],
                  "temperature_c": RANGES["temperature_c"]}


def _with_stated_vitals(f: _Findings, vitals: Vitals, complaint: str) -> Vitals:
    """Fill vital signs the fields left empty from the complaint text ("SBP 88, HR 118", "SpO2 86
    on oxygen", "responds to voice"): a nurse in a hurry types them there, and a floor that
    ignores them would miss shock. A value in a field always wins; implausible numbers are
    ignored; what was read is listed as a finding without a floor so the clinician sees it."""
    stated = complaint_text.stated_vitals(complaint, normalised=True)
    used: dict[str, object] = {}
    for name, value in stated.items():
        if name == "on_oxygen":
            if vitals.on_oxygen is None:
                used[name] = True
        elif name == "avpu":
            if vitals.avpu is None and vitals.gcs is None:
                used[name] = AVPU(value)
        elif getattr(vitals, name) is None:
            limit = _STATED_LIMITS[name]
            if limit.low <= float(value) <= limit.high:  # type: ignore[arg-type]
                used[name] = value
    if not used:
        return vitals
    shown = {k: (v.value if isinstance(v, AVPU) else v) for k, v in used.items()}
    f.add("consciousness", "stated_vitals", "Vital signs read from the complaint",
          ", ".join(f"{k} {v}" for k, v in shown.items()) + " (the fields were empty)", None, shown,
          "complaint text")
    return replace(vitals, **used)
