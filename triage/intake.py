"""Intake dataclasses (patient, vitals, complaint) and their validation.

The form hands us strings; ``parse_intake`` turns them into typed, range-checked values or raises
``InvalidIntake`` naming every bad field, the value and the allowed range. Nothing is saved from an
invalid form because the store only accepts an ``Intake``.
"""

from __future__ import annotations

import enum
import math
import re
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from typing import Any, Mapping

from triage.errors import FieldError, InvalidIntake


class AVPU(str, enum.Enum):
    ALERT = "A"
    VOICE = "V"
    PAIN = "P"
    UNRESPONSIVE = "U"


class Sex(str, enum.Enum):
    FEMALE = "F"
    MALE = "M"
    OTHER = "O"
    UNKNOWN = "U"


class ArrivalMode(str, enum.Enum):
    WALK_IN = "walk_in"
    PRIVATE_VEHICLE = "private_vehicle"
    AMBULANCE = "ambulance"
    HELICOPTER = "helicopter"
    OTHER = "other"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class Range:
    low: float
    high: float
    unit: str

    def text(self) -> str:
        return f"{self.low:g}-{self.high:g} {self.unit}".strip()


# Physiologically possible (not normal) ranges: a value outside is a typo, not a sick patient.
RANGES: dict[str, Range] = {
    "heart_rate": Range(0, 300, "/min"),
    "resp_rate": Range(0, 80, "/min"),
    "sbp": Range(0, 300, "mmHg"),
    "dbp": Range(0, 200, "mmHg"),
    "spo2": Range(30, 100, "%"),
    "temperature_c": Range(25, 45, "°C"),
    "temperature_f": Range(77, 113, "°F"),
    "pain": Range(0, 10, ""),
    "gcs": Range(3, 15, ""),
    "o2_flow_l_min": Range(0.5, 60, "L/min"),  # low-flow nasal cannula up to high-flow nasal oxygen
    "age_years": Range(0, 120, "years"),
}

FIELD_LABELS = {
    "heart_rate": "Heart rate",
    "resp_rate": "Respiratory rate",
    "sbp": "Systolic BP",
    "dbp": "Diastolic BP",
    "spo2": "SpO2",
    "temperature": "Temperature",
    "pain": "Pain (NRS)",
    "gcs": "GCS",
    "o2_flow_l_min": "Oxygen flow",
    "age_years": "Age",
    "birth_date": "Date of birth",
    "complaint": "Complaint",
    "sex": "Sex",
    "avpu": "Consciousness (AVPU)",
    "arrival_mode": "Arrival mode",
    "name": "Patient name",
    "narrative": "Note",
}

MAX_COMPLAINT_CHARS = 10_000
MAX_NAME_CHARS = 200  # the longest real names are well under 100 characters
MAX_MRN_CHARS = 64
MAX_PHONE_CHARS = 40
MAX_NARRATIVE_CHARS = 20_000  # a pasted referral letter or hand-over note (issue 13)


@dataclass(frozen=True)
class Patient:
    name: str = ""
    birth_date: date | None = None
    age_years: int | None = None
    sex: Sex = Sex.UNKNOWN
    mrn: str = ""  # hospital / medical record number
    phone: str = ""

    def age_on(self, when: date | None = None) -> int | None:
        """Age in whole years on ``when`` (today): from the birth date when known, else as entered."""
        if self.birth_date is None:
            return self.age_years
        when = when or date.today()
        years = when.year - self.birth_date.year
        if (when.month, when.day) < (self.birth_date.month, self.birth_date.day):
            years -= 1
        return max(years, 0)


@dataclass(frozen=True)
class Vitals:
    """One set of vital signs; any value may be missing (None). Temperature is stored in °C."""

    heart_rate: int | None = None
    resp_rate: int | None = None
    sbp: int | None = None
    dbp: int | None = None
    spo2: int | None = None
    temperature_c: float | None = None
    pain: int | None = None  # numeric rating scale 0-10
    avpu: AVPU | None = None
    gcs: int | None = None
    on_oxygen: bool | None = None
    o2_flow_l_min: float | None = None  # supplemental oxygen flow, if known; only with on_oxygen
    measured_at: datetime | None = None  # UTC

    def missing(self) -> list[str]:
        """Names of the core vital signs that were not measured."""
        core = ("heart_rate", "resp_rate", "sbp", "spo2", "temperature_c", "avpu", "pain")
        return [name for name in core if getattr(self, name) is None]

    def to_dict(self) -> dict[str, Any]:
        return {
            "heart_rate": self.heart_rate,
            "resp_rate": self.resp_rate,
            "sbp": self.sbp,
            "dbp": self.dbp,
            "spo2": self.spo2,
            "temperature_c": self.temperature_c,
            "pain": self.pain,
            "avpu": self.avpu.value if self.avpu else None,
            "gcs": self.gcs,
            "on_oxygen": self.on_oxygen,
            "o2_flow_l_min": self.o2_flow_l_min,
            "measured_at": self.measured_at.isoformat() if self.measured_at else None,
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> "Vitals":
        at = d.get("measured_at")
        return cls(
            heart_rate=d.get("heart_rate"),
            resp_rate=d.get("resp_rate"),
            sbp=d.get("sbp"),
            dbp=d.get("dbp"),
            spo2=d.get("spo2"),
            temperature_c=d.get("temperature_c"),
            pain=d.get("pain"),
            avpu=AVPU(d["avpu"]) if d.get("avpu") else None,
            gcs=d.get("gcs"),
            on_oxygen=d.get("on_oxygen"),
            o2_flow_l_min=d.get("o2_flow_l_min"),
            measured_at=datetime.fromisoformat(at) if isinstance(at, str) and at else None,
        )


@dataclass(frozen=True)
class Intake:
    """Everything the nurse knows at triage. Images are analysed separately (see engine.suggest)."""

    patient: Patient
    complaint: str
    vitals: Vitals = field(default_factory=Vitals)
    arrival_mode: ArrivalMode = ArrivalMode.UNKNOWN
    injury: bool | None = None
    arrival_time: datetime | None = None  # UTC; the store fills "now" when None
    narrative: str = ""  # the free-text note the intake was read from, kept as written

    @property
    def age(self) -> int | None:
        return self.patient.age_on()


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


# --------------------------------------------------------------------------- parsing / validation


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and value.strip() == "")


_TRUE = {"1", "true", "yes", "y", "on"}
_FALSE = {"0", "false", "no", "n", "off"}


def _flag(field_name: str, value: object, errors: list[FieldError]) -> bool | None:
    """A yes/no field: a bool, 0/1, or words such as "yes"/"no" (``bool("no")`` would be True)."""
    if _blank(value):
        return None
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    errors.append(FieldError(field_name, value, f"{field_name.replace('_', ' ').capitalize()} "
                                                f"must be yes or no, got {value!r}"))
    return None


def text_problem(value: object) -> str:
    """Why a text value cannot be stored and exported as it is ("" when it can).

    A lone surrogate (``"\\ud800"``, which JSON allows) cannot be encoded as UTF-8, so it would
    break every later export and the database's search text; a NUL or another control character
    (tab and newlines aside) is never typed into a form and truncates text in C libraries.
    """
    if not isinstance(value, str):
        return ""
    if _SURROGATE.search(value):
        return "contains an invalid character (a lone UTF-16 surrogate)"
    if _CONTROL.search(value):
        return "contains a control character"
    return ""


_SURROGATE = re.compile("[\ud800-\udfff]")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _number(field_name: str, value: object, errors: list[FieldError], *, integer: bool,
            rng: Range | None = None, label: str | None = None) -> float | int | None:
    if _blank(value):
        return None
    label = label or FIELD_LABELS.get(field_name, field_name)
    text = str(value).strip().replace(",", ".")
    try:
        number = float(text)
    except ValueError:
        errors.append(FieldError(field_name, value, f"{label} must be a number, got {value!r}"))
        return None
    if math.isnan(number) or math.isinf(number):
        errors.append(FieldError(field_name, value, f"{label} must be a number, got {value!r}"))
        return None
    if integer and number != int(number):
        errors.append(FieldError(field_name, value, f"{label} must be a whole number, got {value!r}"))
        return None
    if rng is not None and not (rng.low <= number <= rng.high):
        errors.append(FieldError(field_name, value,
                                 f"{label} {text} is outside the possible range {rng.text()}"))
        return None
    return int(number) if integer else number


def parse_vitals(raw: Mapping[str, object], *, temperature_unit: str = "C",
                 measured_at: datetime | None = None) -> Vitals:
    """Validate a mapping of form strings/numbers into ``Vitals``.

    ``temperature`` is read in ``temperature_unit`` ("C" or "F") and stored in °C.

    Raises
    ------
    InvalidIntake
        naming each field outside its physiologically possible range.
    """
    errors: list[FieldError] = []
    values: dict[str, Any] = {}
    for name in ("heart_rate", "resp_rate", "sbp", "dbp", "spo2", "pain", "gcs"):
        values[name] = _number(name, raw.get(name), errors, integer=True, rng=RANGES[name])
    unit = (temperature_unit or "C").strip().upper().lstrip("°")
    temp_raw = raw.get("temperature", raw.get("temperature_c"))
    if unit not in ("C", "F"):
        errors.append(FieldError("temperature", temperature_unit,
                                 f"Temperature unit must be °C or °F, got {temperature_unit!r}"))
        values["temperature_c"] = None
    elif unit == "F":
        t = _number("temperature", temp_raw, errors, integer=False, rng=RANGES["temperature_f"])
        values["temperature_c"] = None if t is None else round((t - 32) * 5 / 9, 1)
    else:
        t = _number("temperature", temp_raw, errors, integer=False, rng=RANGES["temperature_c"])
        values["temperature_c"] = None if t is None else round(float(t), 1)
    if values["sbp"] is not None and values["dbp"] is not None and values["dbp"] >= values["sbp"]:
        errors.append(FieldError("dbp", raw.get("dbp"),
                                 f"Diastolic BP {values['dbp']} must be lower than systolic BP {values['sbp']}"))
    avpu_raw = raw.get("avpu")
    avpu = None
    if not _blank(avpu_raw):
        text = avpu_raw.value if isinstance(avpu_raw, AVPU) else str(avpu_raw).strip().upper()[:1]
        try:
            avpu = AVPU(text)
        except ValueError:
            errors.append(FieldError("avpu", avpu_raw, "Consciousness must be one of A, V, P, U"))
    oxygen = _flag("on_oxygen", raw.get("on_oxygen"), errors)
    flow_raw = raw.get("o2_flow_l_min")
    flow = _number("o2_flow_l_min", flow_raw, errors, integer=False, rng=RANGES["o2_flow_l_min"])
    if flow is not None and oxygen is not True:
        # A flow with room air (or with no oxygen answer) contradicts itself: one of the two is a
        # slip, and guessing which would record a treatment that may not have been given.
        errors.append(FieldError("o2_flow_l_min", flow_raw,
                                 "Oxygen flow is only recorded with \"On oxygen\" "
                                 f"(oxygen is {'room air' if oxygen is False else 'not recorded'})"))
        flow = None
    if errors:
        raise InvalidIntake(errors)
    return Vitals(avpu=avpu, on_oxygen=oxygen, o2_flow_l_min=None if flow is None else float(flow),
                  measured_at=measured_at or utcnow(), **values)


def parse_intake(form: Mapping[str, object], *, temperature_unit: str = "C",
                 today: date | None = None) -> Intake:
    """Validate a whole intake form (a mapping of field name → value) into an ``Intake``.

    Required: a complaint, and the patient's age or date of birth (an unknown patient gets an
    estimated age). Raises ``InvalidIntake`` listing every bad field at once.
    """
    errors: list[FieldError] = []
    complaint = str(form.get("complaint") or "").strip()
    if not complaint:
        errors.append(FieldError("complaint", form.get("complaint"), "Complaint is required"))
    elif len(complaint) > MAX_COMPLAINT_CHARS:
        errors.append(FieldError("complaint", f"{len(complaint)} characters",
                                 f"Complaint is limited to {MAX_COMPLAINT_CHARS:,} characters"))
    narrative = str(form.get("narrative") or "").strip()
    if len(narrative) > MAX_NARRATIVE_CHARS:
        errors.append(FieldError("narrative", f"{len(narrative)} characters",
                                 f"Note is limited to {MAX_NARRATIVE_CHARS:,} characters"))
    for key, limit, label in (("name", MAX_NAME_CHARS, "Patient name"), ("mrn", MAX_MRN_CHARS, "MRN"),
                              ("phone", MAX_PHONE_CHARS, "Phone")):
        text = str(form.get(key) or "").strip()
        if len(text) > limit:
            errors.append(FieldError(key, f"{len(text)} characters",
                                     f"{label} is limited to {limit:,} characters"))
    for key in ("complaint", "narrative", "name", "mrn", "phone"):
        problem = text_problem(form.get(key))
        if problem:
            errors.append(FieldError(key, "(not shown)", f"{FIELD_LABELS.get(key, key.upper())} {problem}"))
    birth = form.get("birth_date")
    birth_date: date | None = None
    if isinstance(birth, date):
        birth_date = birth
    elif not _blank(birth):
        try:
            birth_date = date.fromisoformat(str(birth).strip())
        except ValueError:
            errors.append(FieldError("birth_date", birth, "Date of birth must be YYYY-MM-DD"))
    today = today or date.today()
    if birth_date is not None and not (0 <= (today - birth_date).days <= 120 * 366):
        errors.append(FieldError("birth_date", birth, "Date of birth must be in the last 120 years"))
        birth_date = None
    age = _number("age_years", form.get("age_years"), errors, integer=True, rng=RANGES["age_years"])
    if birth_date is None and age is None and not any(e.field in ("birth_date", "age_years") for e in errors):
        errors.append(FieldError("age_years", form.get("age_years"),
                                 "Age or date of birth is required (estimate it if unknown)"))
    sex_raw = form.get("sex")
    sex = Sex.UNKNOWN
    if not _blank(sex_raw):
        try:
            sex = sex_raw if isinstance(sex_raw, Sex) else Sex(str(sex_raw).strip().upper()[:1])
        except ValueError:
            errors.append(FieldError("sex", sex_raw, "Sex must be F, M, O or U"))
    mode_raw = form.get("arrival_mode")
    mode = ArrivalMode.UNKNOWN
    if not _blank(mode_raw):
        try:
            mode = mode_raw if isinstance(mode_raw, ArrivalMode) else ArrivalMode(str(mode_raw).strip())
        except ValueError:
            allowed = ", ".join(m.value for m in ArrivalMode)
            errors.append(FieldError("arrival_mode", mode_raw, f"Arrival mode must be one of {allowed}"))
    injury = _flag("injury", form.get("injury"), errors)
    vitals = Vitals()
    try:
        vitals = parse_vitals(form, temperature_unit=str(form.get("temperature_unit") or temperature_unit))
    except InvalidIntake as exc:
        errors.extend(exc.errors)
    if errors:
        raise InvalidIntake(errors)
    patient = Patient(
        name=str(form.get("name") or "").strip(),
        birth_date=birth_date,
        age_years=int(age) if age is not None else None,
        sex=sex,
        mrn=str(form.get("mrn") or "").strip(),
        phone=str(form.get("phone") or "").strip(),
    )
    arrival = form.get("arrival_time")
    return Intake(
        patient=patient,
        complaint=complaint,
        vitals=vitals,
        arrival_mode=mode,
        injury=injury,
        arrival_time=arrival if isinstance(arrival, datetime) else None,
        narrative=narrative,
    )
