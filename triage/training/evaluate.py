"""Data set loaders (KTAS, MIMIC-IV-ED) and the agreement metrics used to judge the engine.

Both loaders turn a published file format into ``Intake`` objects plus a reference level, so the
engine is scored on exactly what a nurse would type. Malformed values never stop a load: they
become missing values and are counted, because an evaluation run on data we have never seen must
finish and say how much it had to ignore. Columns known only after triage (the nurse's level,
diagnosis, disposition, length of stay...) are never read.
"""

from __future__ import annotations

import csv
import gzip
import io
import math
import re
import zlib
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator, Sequence

from triage.errors import DatasetError
from triage.intake import AVPU, RANGES, ArrivalMode, Intake, Patient, Sex, Vitals

LEVELS = (1, 2, 3, 4, 5)
KTAS_MISSING = {"", "??", "#BOŞ!", "#BOS!", "#NULL!", "NA", "nan"}
# The only KTAS columns a model may see; everything else (KTAS_RN, Diagnosis in ED, Disposition,
# Error_group, Length of stay_min, KTAS duration_min, mistriage) is known only after triage.
KTAS_INPUT_COLUMNS = ("Sex", "Age", "Arrival mode", "Injury", "Chief_complain", "Mental", "Pain",
                      "NRS_pain", "SBP", "DBP", "HR", "RR", "BT", "Saturation")
KTAS_LABEL = "KTAS_expert"
MIMIC_TRIAGE_COLUMNS = ("stay_id", "temperature", "heartrate", "resprate", "o2sat", "sbp", "dbp",
                        "pain", "acuity", "chiefcomplaint")


@dataclass(frozen=True)
class LabelledCase:
    intake: Intake
    level: int  # the reference level (KTAS expert or ESI acuity)
    # Known only after triage: labels for a validation, never inputs (None = not recorded).
    hospital: str = ""
    admitted: bool | None = None
    critical: bool | None = None  # critical care / operating room / cath lab, or died in the ED


@dataclass
class LoadedSet:
    """Cases with a reference level, and what the loader had to skip or ignore."""

    cases: list[LabelledCase]
    rows: int = 0
    skipped: int = 0  # rows without a usable reference level
    malformed: int = 0  # individual values that were present but unreadable / impossible
    malformed_fields: dict[str, int] = field(default_factory=dict)
    skipped_imputed: int = 0  # rows with level_imputed = 1 (validation CSV only)
    columns: tuple[str, ...] = ()  # the header as read (validation CSV only)

    @property
    def has_outcomes(self) -> bool:
        return bool({"icu_or_procedure", "died_in_ed", "admitted"} & set(self.columns))

    @property
    def intakes(self) -> list[Intake]:
        return [c.intake for c in self.cases]

    @property
    def levels(self) -> list[int]:
        return [c.level for c in self.cases]


class _Counter:
    """Collects malformed values per field while a file is parsed."""

    def __init__(self) -> None:
        self.fields: Counter[str] = Counter()

    def bad(self, name: str) -> None:
        self.fields[name] += 1


def _number(text: str | None, name: str, bad: _Counter, missing: set[str] = KTAS_MISSING,
            rng_name: str | None = None) -> float | None:
    if text is None:
        return None
    s = text.strip()
    if s in missing or s.lower() in {"nan", "null", "none"}:
        return None
    try:
        value = float(s.replace(",", "."))
    except ValueError:
        bad.bad(name)
        return None
    if math.isnan(value) or math.isinf(value):
        bad.bad(name)
        return None
    rng = RANGES.get(rng_name or name)
    if rng is not None and not rng.low <= value <= rng.high:
        bad.bad(name)
        return None
    return value


def _int(value: float | None) -> int | None:
    return None if value is None else int(round(value))


def _level(text: str | None) -> int | None:
    try:
        value = float((text or "").strip().replace(",", "."))
    except ValueError:
        return None
    return int(value) if value in LEVELS else None


def _read_rows(path: Path, encoding: str, delimiter: str, required: Iterable[str]) -> Iterator[dict[str, str]]:
    """The rows of a delimited file (``.gz`` decompressed: PhysioNet ships MIMIC-IV-ED so)."""
    try:
        raw = Path(path).read_bytes()
        if Path(path).suffix == ".gz":
            raw = gzip.decompress(raw)
    except (OSError, EOFError, zlib.error) as exc:
        raise DatasetError(f"cannot read {path}: {getattr(exc, 'strerror', None) or exc}") from exc
    text = raw.decode(encoding, errors="replace").lstrip("\ufeff")
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter)
    header = [h.strip() for h in (reader.fieldnames or [])]
    reader.fieldnames = header
    absent = [c for c in required if c not in header]
    if absent:
        raise DatasetError(f"{path} is missing the column(s) {', '.join(absent)}; "
                           f"found: {', '.join(header) or 'no header'}")
    return iter(reader)


# --------------------------------------------------------------------------------------- KTAS

_KTAS_ARRIVAL = {1: ArrivalMode.WALK_IN, 2: ArrivalMode.AMBULANCE, 3: ArrivalMode.PRIVATE_VEHICLE,
                 4: ArrivalMode.AMBULANCE, 5: ArrivalMode.OTHER, 6: ArrivalMode.OTHER,
                 7: ArrivalMode.OTHER}
_KTAS_MENTAL = {1: AVPU.ALERT, 2: AVPU.VOICE, 3: AVPU.PAIN, 4: AVPU.UNRESPONSIVE}


def _code(text: str | None, name: str, allowed: Iterable[int], bad: _Counter) -> int | None:
    value = _number(text, name, bad, rng_name="-")
    if value is None:
        return None
    if value not in set(allowed):
        bad.bad(name)
        return None
    return int(value)


def ktas_intake(row: dict[str, str], bad: _Counter) -> Intake:
    """One KTAS row → ``Intake`` (reads only ``KTAS_INPUT_COLUMNS``)."""
    sex = {1: Sex.FEMALE, 2: Sex.MALE}.get(_code(row.get("Sex"), "Sex", (1, 2), bad) or 0, Sex.UNKNOWN)
    age = _int(_number(row.get("Age"), "Age", bad, rng_name="age_years"))
    arrival = _KTAS_ARRIVAL.get(_code(row.get("Arrival mode"), "Arrival mode", range(1, 8), bad) or 0,
                                ArrivalMode.UNKNOWN)
    injury_code = _code(row.get("Injury"), "Injury", (1, 2), bad)
    mental = _code(row.get("Mental"), "Mental", (1, 2, 3, 4), bad)
    pain_flag = _code(row.get("Pain"), "Pain", (0, 1), bad)
    pain = _int(_number(row.get("NRS_pain"), "NRS_pain", bad, rng_name="pain"))
    if pain is None and pain_flag == 0:
        pain = 0  # "no pain" is recorded as Pain=0 with an empty NRS
    vitals = Vitals(
        sbp=_int(_number(row.get("SBP"), "SBP", bad, rng_name="sbp")),
        dbp=_int(_number(row.get("DBP"), "DBP", bad, rng_name="dbp")),
        heart_rate=_int(_number(row.get("HR"), "HR", bad, rng_name="heart_rate")),
        resp_rate=_int(_number(row.get("RR"), "RR", bad, rng_name="resp_rate")),
        temperature_c=_number(row.get("BT"), "BT", bad, rng_name="temperature_c"),
        spo2=_int(_number(row.get("Saturation"), "Saturation", bad, rng_name="spo2")),
        pain=pain,
        avpu=_KTAS_MENTAL.get(mental or 0),
    )
    complaint = (row.get("Chief_complain") or "").strip()
    return Intake(patient=Patient(age_years=age, sex=sex), complaint=complaint, vitals=vitals,
                  arrival_mode=arrival, injury=None if injury_code is None else injury_code == 2)


def load_ktas(path: Path) -> LoadedSet:
    """Read a file in the published KTAS format (``;``, Windows-1254, comma decimals).

    Raises
    ------
    DatasetError
        the file cannot be read or lacks the input columns or ``KTAS_expert``.
    """
    rows = _read_rows(path, "cp1254", ";", (*KTAS_INPUT_COLUMNS, KTAS_LABEL))
    bad = _Counter()
    cases: list[LabelledCase] = []
    skipped = count = 0
    for count, row in enumerate(rows, 1):
        level = _level(row.get(KTAS_LABEL))
        if level is None:
            skipped += 1
            continue
        cases.append(LabelledCase(ktas_intake(row, bad), level))
    return LoadedSet(cases, rows=count, skipped=skipped, malformed=sum(bad.fields.values()),
                     malformed_fields=dict(bad.fields))


# ---------------------------------------------------------------------------------- MIMIC-IV-ED

_UNABLE = re.compile(r"^(u/?a|uta|unable.*|unab.*|asleep|sleeping|intubated|sedated|critical|"
                     r"nonverbal|non-verbal|n/?a|\?+|-+)$")
_NO_PAIN = re.compile(r"^(denies|none|no pain|no|0/10)$")
_PAIN_NUMBERS = re.compile(r"\d+(?:\.\d+)?")


def parse_pain(text: str | None, bad: _Counter) -> int | None:
    """MIMIC-IV-ED free-text pain → 0-10, or None when not assessable.

    "8" → 8, "8-9" → 9 (the higher, as a nurse would triage), "10/10" → 10, "UA"/"unable" → None,
    "denies" → 0; anything else that cannot be read is counted as malformed.
    """
    s = (text or "").strip().lower()
    if not s or _UNABLE.match(s):
        return None
    if _NO_PAIN.match(s):
        return 0
    s = re.sub(r"/\s*10\b", "", s)
    numbers = [float(n) for n in _PAIN_NUMBERS.findall(s)]
    if not numbers:
        bad.bad("pain")
        return None
    value = max(numbers)
    if not 0 <= value <= 10:
        bad.bad("pain")
        return None
    return int(math.ceil(value))


def _temperature_f(text: str | None, bad: _Counter) -> float | None:
    value = _number(text, "temperature", bad, missing={""}, rng_name="-")
    if value is None:
        return None
    if RANGES["temperature_f"].low <= value <= RANGES["temperature_f"].high:
        return round((value - 32) * 5 / 9, 1)
    if RANGES["temperature_c"].low <= value <= RANGES["temperature_c"].high:
        return round(value, 1)  # charted in °C by mistake: a known MIMIC quirk, still usable
    bad.bad("temperature")
    return None


_TRANSPORT = {"WALK IN": ArrivalMode.WALK_IN, "AMBULANCE": ArrivalMode.AMBULANCE,
              "HELICOPTER": ArrivalMode.HELICOPTER, "OTHER": ArrivalMode.OTHER,
              "UNKNOWN": ArrivalMode.UNKNOWN}


def _data_file(directory: Path, name: str) -> Path:
    """``name`` in ``directory``, or its gzipped form ``name.gz`` when only that is there."""
    plain = Path(directory) / name
    gz = plain.with_name(name + ".gz")
    return gz if not plain.exists() and gz.exists() else plain


def _edstays(directory: Path) -> dict[str, tuple[Sex, ArrivalMode]]:
    path = _data_file(directory, "edstays.csv")
    if not path.exists():
        return {}
    out: dict[str, tuple[Sex, ArrivalMode]] = {}
    for row in _read_rows(path, "utf-8", ",", ("stay_id",)):
        sex = {"F": Sex.FEMALE, "M": Sex.MALE}.get((row.get("gender") or "").strip().upper(), Sex.UNKNOWN)
        mode = _TRANSPORT.get((row.get("arrival_transport") or "").strip().upper(), ArrivalMode.UNKNOWN)
        out[(row.get("stay_id") or "").strip()] = (sex, mode)
    return out


def mimic_intake(row: dict[str, str], stay: tuple[Sex, ArrivalMode] | None, bad: _Counter) -> Intake:
    """One MIMIC-IV-ED triage row (+ its edstays row) → ``Intake`` (age is not in these files)."""
    def num(col: str, rng: str) -> int | None:
        return _int(_number(row.get(col), col, bad, missing={""}, rng_name=rng))

    sbp, dbp = num("sbp", "sbp"), num("dbp", "dbp")
    vitals = Vitals(heart_rate=num("heartrate", "heart_rate"), resp_rate=num("resprate", "resp_rate"),
                    sbp=sbp, dbp=dbp, spo2=num("o2sat", "spo2"),
                    temperature_c=_temperature_f(row.get("temperature"), bad),
                    pain=parse_pain(row.get("pain"), bad))
    sex, mode = stay or (Sex.UNKNOWN, ArrivalMode.UNKNOWN)
    return Intake(patient=Patient(sex=sex), complaint=(row.get("chiefcomplaint") or "").strip(),
                  vitals=vitals, arrival_mode=mode)


def load_mimic_ed(directory: Path) -> LoadedSet:
    """Read a MIMIC-IV-ED ``triage.csv`` (and ``edstays.csv`` when present) from ``directory``.

    Raises
    ------
    DatasetError
        no readable ``triage.csv`` or it lacks the columns listed in ``MIMIC_TRIAGE_COLUMNS``.
    """
    directory = Path(directory)
    if directory.is_file():
        directory = directory.parent
    rows = _read_rows(_data_file(directory, "triage.csv"), "utf-8", ",", MIMIC_TRIAGE_COLUMNS)
    stays = _edstays(directory)
    bad = _Counter()
    cases: list[LabelledCase] = []
    skipped = count = 0
    for count, row in enumerate(rows, 1):
        level = _level(row.get("acuity"))
        if level is None:
            if (row.get("acuity") or "").strip():
                bad.bad("acuity")
            skipped += 1
            continue
        cases.append(LabelledCase(mimic_intake(row, stays.get((row.get("stay_id") or "").strip()), bad),
                                  level))
    return LoadedSet(cases, rows=count, skipped=skipped, malformed=sum(bad.fields.values()),
                     malformed_fields=dict(bad.fields))


# ------------------------------------------------------------------------------ validation CSV

# The one format any site can export (``../shared/data/README.md``, "The validation CSV").
VALIDATION_NUMBERS = {"age_years": "age_years", "heart_rate": "heart_rate", "resp_rate": "resp_rate",
                      "sbp": "sbp", "dbp": "dbp", "spo2": "spo2", "pain": "pain", "gcs": "gcs"}
VALIDATION_VITALS = ("temperature_c", "temperature_f", "heart_rate", "resp_rate", "sbp", "dbp",
                     "spo2", "pain", "avpu", "gcs")
VALIDATION_OUTCOMES = ("admitted", "icu_or_procedure", "died_in_ed")
_VALIDATION_SEX = {"F": Sex.FEMALE, "FEMALE": Sex.FEMALE, "M": Sex.MALE, "MALE": Sex.MALE,
                   "O": Sex.OTHER, "OTHER": Sex.OTHER, "U": Sex.UNKNOWN, "UNKNOWN": Sex.UNKNOWN}
_VALIDATION_ARRIVAL = {"AMBULANCE": ArrivalMode.AMBULANCE, "WALK-IN": ArrivalMode.WALK_IN,
                       "WALK IN": ArrivalMode.WALK_IN, "WALKIN": ArrivalMode.WALK_IN,
                       "HELICOPTER": ArrivalMode.HELICOPTER, "PRIVATE VEHICLE": ArrivalMode.PRIVATE_VEHICLE,
                       "OTHER": ArrivalMode.OTHER, "UNKNOWN": ArrivalMode.UNKNOWN}
_AVPU = {"A": AVPU.ALERT, "V": AVPU.VOICE, "P": AVPU.PAIN, "U": AVPU.UNRESPONSIVE}


class _Row:
    """One validation row's cells, read by name, with every unreadable value counted."""

    def __init__(self, row: dict[str, str | None], bad: _Counter):
        self.row, self.bad = row, bad

    def text(self, name: str) -> str:
        value = self.row.get(name)
        return value.strip() if isinstance(value, str) else ""

    def number(self, name: str) -> int | None:
        return _int(_number(self.row.get(name), name, self.bad, missing={""}, rng_name=name))

    def flag(self, name: str) -> bool | None:
        s = self.text(name).lower()
        if not s:
            return None
        if s in {"1", "1.0", "yes", "y", "true"}:
            return True
        if s in {"0", "0.0", "no", "n", "false"}:
            return False
        self.bad.bad(name)
        return None

    def choice(self, name: str, table: dict[str, object]) -> object | None:
        s = self.text(name)
        if not s:
            return None
        value = table.get(s.upper())
        if value is None:
            self.bad.bad(name)
        return value


def validation_intake(row: dict[str, str | None], bad: _Counter) -> Intake:
    """One validation-CSV row → ``Intake``; outcome columns and the level are never read here."""
    r = _Row(row, bad)
    temperature = _number(row.get("temperature_c"), "temperature_c", bad, missing={""})
    if temperature is None and r.text("temperature_f"):
        fahrenheit = _number(row.get("temperature_f"), "temperature_f", bad, missing={""})
        temperature = None if fahrenheit is None else round((fahrenheit - 32) * 5 / 9, 1)
    gcs = r.number("gcs")
    vitals = Vitals(heart_rate=r.number("heart_rate"), resp_rate=r.number("resp_rate"),
                    sbp=r.number("sbp"), dbp=r.number("dbp"), spo2=r.number("spo2"),
                    temperature_c=temperature, pain=r.number("pain"),
                    avpu=r.choice("avpu", _AVPU),  # type: ignore[arg-type]
                    gcs=gcs, on_oxygen=r.flag("on_oxygen"))
    patient = Patient(age_years=r.number("age_years"),
                      sex=r.choice("sex", _VALIDATION_SEX) or Sex.UNKNOWN)  # type: ignore[arg-type]
    return Intake(patient=patient, complaint=r.text("complaint"), vitals=vitals,
                  arrival_mode=r.choice("arrival", _VALIDATION_ARRIVAL) or ArrivalMode.UNKNOWN,  # type: ignore[arg-type]
                  injury=r.flag("injury"))


def load_validation_csv(path: Path) -> LoadedSet:
    """Read a validation CSV (``../shared/data/README.md``): a header, any column order, unknown
    columns ignored, empty cells not recorded; ``level_imputed`` = 1 rows skipped and counted.

    A row without a readable level 1-5 is skipped (an unreadable one is also counted malformed);
    any other unreadable value becomes "not recorded" and is counted per column.

    Raises
    ------
    DatasetError
        the file cannot be read, has no ``level`` column, or has neither ``complaint`` nor any
        vital-sign column.
    """
    rows = _read_rows(path, "utf-8", ",", ("level",))
    header = tuple(getattr(rows, "fieldnames", None) or ())
    if "complaint" not in header and not set(VALIDATION_VITALS) & set(header):
        raise DatasetError(f"{path} needs a complaint column or at least one vital sign "
                           f"({', '.join(VALIDATION_VITALS)})")
    bad = _Counter()
    cases: list[LabelledCase] = []
    skipped = imputed = count = 0
    outcomes = bool(set(VALIDATION_OUTCOMES) & set(header))
    for count, row in enumerate(rows, 1):
        r = _Row(row, bad)
        if r.flag("level_imputed"):
            imputed += 1
            skipped += 1
            continue
        level = _level(row.get("level"))
        if level is None:
            if r.text("level"):
                bad.bad("level")
            skipped += 1
            continue
        critical = None
        if outcomes:
            icu, died = r.flag("icu_or_procedure"), r.flag("died_in_ed")
            critical = None if icu is None and died is None else bool(icu or died)
        cases.append(LabelledCase(validation_intake(row, bad), level, hospital=r.text("hospital"),
                                  admitted=r.flag("admitted") if outcomes else None, critical=critical))
    return LoadedSet(cases, rows=count, skipped=skipped, malformed=sum(bad.fields.values()),
                     malformed_fields=dict(sorted(bad.fields.items())), skipped_imputed=imputed,
                     columns=header)


def first_malformed_row(path: Path) -> tuple[int, str] | None:
    """The first data row (2 = the row after the header) holding a present but unreadable or
    impossible value, and the column: what ``calibrate`` refuses a file on (``evaluate csv`` only
    counts them), so that a site's line is never fitted on a file it half understood."""
    rows = _read_rows(path, "utf-8", ",", ("level",))
    for number, row in enumerate(rows, 2):
        bad = _Counter()
        r = _Row(row, bad)
        if r.flag("level_imputed"):
            continue
        if r.text("level") and _level(row.get("level")) is None:
            return number, "level"
        validation_intake(row, bad)
        for name in VALIDATION_OUTCOMES:
            r.flag(name)
        if bad.fields:
            return number, sorted(bad.fields)[0]
    return None


# ------------------------------------------------------------------------------------- metrics


def agreement(reference: Sequence[int], predicted: Sequence[int]) -> dict[str, object]:
    """Agreement of predicted with reference levels (1 = most urgent).

    ``under_triage``: share predicted less urgent (a larger number) than the reference;
    ``emergent_sensitivity``: share of reference level 1-2 cases predicted 1-2 (None if there are
    none); ``confusion[i][j]``: reference level i+1 predicted as j+1.

    Raises
    ------
    ValueError
        the two sequences differ in length or hold a level outside 1-5.
    """
    from sklearn.metrics import cohen_kappa_score, f1_score

    ref, pred = list(map(int, reference)), list(map(int, predicted))
    if len(ref) != len(pred):
        raise ValueError(f"{len(ref)} reference levels but {len(pred)} predictions")
    if any(v not in LEVELS for v in (*ref, *pred)):
        raise ValueError("levels must be 1-5")
    n = len(ref)
    confusion = [[0] * 5 for _ in LEVELS]
    for r, p in zip(ref, pred):
        confusion[r - 1][p - 1] += 1
    if n == 0:
        return {"n": 0, "exact": None, "within_one": None, "under_triage": None, "over_triage": None,
                "qwk": None, "macro_f1": None, "emergent_sensitivity": None, "confusion": confusion}
    emergent = [p <= 2 for r, p in zip(ref, pred) if r <= 2]
    same = len(set(ref) | set(pred)) == 1
    qwk = 1.0 if same else float(cohen_kappa_score(ref, pred, labels=list(LEVELS), weights="quadratic"))
    present = sorted(set(ref))
    return {
        "n": n,
        "exact": sum(r == p for r, p in zip(ref, pred)) / n,
        "within_one": sum(abs(r - p) <= 1 for r, p in zip(ref, pred)) / n,
        "under_triage": sum(p > r for r, p in zip(ref, pred)) / n,
        "over_triage": sum(p < r for r, p in zip(ref, pred)) / n,
        "qwk": qwk,
        "macro_f1": float(f1_score(ref, pred, labels=present, average="macro", zero_division=0)),
        "emergent_sensitivity": (sum(emergent) / len(emergent)) if emergent else None,
        "confusion": confusion,
    }


def expected_calibration_error(probabilities: Sequence[Sequence[float]], reference: Sequence[int],
                               bins: int = 10) -> float:
    """Top-label ECE: |accuracy - confidence| averaged over equal-width confidence bins."""
    total = len(reference)
    if total == 0:
        return 0.0
    sums = [[0, 0.0, 0.0] for _ in range(bins)]  # count, confidence, correct
    for probs, ref in zip(probabilities, reference):
        top = max(range(len(probs)), key=lambda i: probs[i])
        conf = float(probs[top])
        b = sums[min(int(conf * bins), bins - 1)]
        b[0] += 1
        b[1] += conf
        b[2] += float(top + 1 == ref)
    return sum(abs(c - k) for n, c, k in sums if n) / total


def evaluate_engine(loaded: LoadedSet, predict: Callable[[Sequence[Intake]], list[int]],
                    ) -> dict[str, object]:
    """Run ``predict`` (a batch → levels function, e.g. ``Engine.levels``) and score it."""
    result = agreement(loaded.levels, predict(loaded.intakes)) if loaded.cases else agreement([], [])
    result.update(rows=loaded.rows, skipped=loaded.skipped, malformed=loaded.malformed,
                  malformed_fields=loaded.malformed_fields)
    return result


def _auc(labels: Sequence[bool], scores: Sequence[float]) -> float | None:
    from sklearn.metrics import roc_auc_score

    if len(set(labels)) < 2:
        return None
    return float(roc_auc_score([int(v) for v in labels], list(scores)))


def outcome_metrics(cases: Sequence[LabelledCase], predicted: Sequence[int],
                    urgency: Sequence[float]) -> dict[str, object]:
    """How the levels treat the patients who turned out ill, beside the nurses' levels.

    ``critical_sensitivity``: of the critically ill (critical care / OR / cath lab, or died in the
    ED), the share put at level 1-2; ``critical_auc``: how well ``urgency`` (higher = more urgent)
    ranks them first; ``admitted_share_1_2``: of the admitted, the share put at 1-2. The
    ``reference_`` figures are the same for the file's own (nurse) levels."""
    crit = [(c.critical, p, u, c.level) for c, p, u in zip(cases, predicted, urgency) if c.critical is not None]
    adm = [(p, c.level) for c, p in zip(cases, predicted) if c.admitted]
    sick = [x for x in crit if x[0]]
    return {
        "critical_n": len(sick),
        "critical_sensitivity": (sum(p <= 2 for _, p, _, _ in sick) / len(sick)) if sick else None,
        "critical_auc": _auc([x[0] for x in crit], [x[2] for x in crit]),
        "reference_critical_sensitivity": (sum(r <= 2 for *_, r in sick) / len(sick)) if sick else None,
        "reference_critical_auc": _auc([x[0] for x in crit], [-x[3] for x in crit]),
        "admitted_n": len(adm),
        "admitted_share_1_2": (sum(p <= 2 for p, _ in adm) / len(adm)) if adm else None,
        "reference_admitted_share_1_2": (sum(r <= 2 for _, r in adm) / len(adm)) if adm else None,
    }


def calibration_slope(probabilities: Sequence[float], labels: Sequence[bool]) -> float | None:
    """Slope of the logistic recalibration of the labels on logit(p): 1 is ideal, below 1 the
    risks are too extreme, above 1 too timid (None with a single class)."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    y = np.asarray([int(v) for v in labels])
    if len(set(y.tolist())) < 2:
        return None
    q = np.clip(np.asarray(probabilities, dtype=np.float64), 1e-6, 1 - 1e-6)
    logit = np.log(q / (1 - q))
    return float(LogisticRegression(C=1e6, max_iter=1000).fit(logit[:, None], y).coef_[0, 0])


def risk_metrics(cases: Sequence[LabelledCase], risks: dict[str, Sequence[float | None]],
                 ) -> dict[str, object]:
    """AUC, Brier score and calibration slope of each calibrated outcome risk against the file's
    outcomes (``critical``: icu_or_procedure or died_in_ed; ``admission``: admitted); the AUC of
    the file's own levels beside it (``reference_admission_auc``)."""
    out: dict[str, object] = {}
    for outcome, attr in (("critical", "critical"), ("admission", "admitted")):
        rows = [(bool(getattr(c, attr)), float(p), c.level) for c, p in zip(cases, risks.get(outcome, ()))
                if getattr(c, attr) is not None and p is not None]
        if not rows:
            continue
        y, p = [r[0] for r in rows], [r[1] for r in rows]
        if outcome == "admission":
            out["admission_auc"] = _auc(y, p)
            out["reference_admission_auc"] = _auc(y, [-r[2] for r in rows])
        out[f"{outcome}_brier"] = sum((q - v) ** 2 for q, v in zip(p, y)) / len(rows)
        out[f"{outcome}_calibration_slope"] = calibration_slope(p, y)
        out[f"{outcome}_mean_risk"] = sum(p) / len(p)
        out[f"{outcome}_observed"] = sum(y) / len(y)
    return out


def validation_metrics(cases: Sequence[LabelledCase], predicted: Sequence[int],
                       urgency: Sequence[float], *, outcomes: bool,
                       risks: dict[str, Sequence[float | None]] | None = None) -> dict[str, object]:
    """Agreement with the reference levels, shares at level 1-2, and (``outcomes``) how the
    critically ill and the admitted fared, with the calibrated risks' AUC / Brier / slope."""
    ref = [c.level for c in cases]
    result = agreement(ref, predicted)
    n = len(ref)
    result["share_1_2"] = (sum(p <= 2 for p in predicted) / n) if n else None
    result["reference_share_1_2"] = (sum(r <= 2 for r in ref) / n) if n else None
    if outcomes:
        result.update(outcome_metrics(cases, predicted, urgency))
        if risks is not None:
            result.update(risk_metrics(cases, risks))
    return result


def evaluate_validation(loaded: LoadedSet, assess: Callable[[Sequence[Intake]], tuple], *,
                        by_hospital: bool = False) -> dict[str, object]:
    """Score ``assess`` (a batch → (levels, urgency scores[, risks]) function, e.g.
    ``Engine.assess(..., risks=True)``; risks = {"critical": [...], "admission": [...]}) on a
    validation CSV; ``by_hospital`` adds the same figures per ``hospital`` under ``groups``."""
    answer = assess(loaded.intakes) if loaded.cases else ([], [])
    levels, urgency = answer[0], answer[1]
    risks = answer[2] if len(answer) > 2 and any(v is not None for v in answer[2].get("critical", ())) else None
    result = validation_metrics(loaded.cases, levels, urgency, outcomes=loaded.has_outcomes, risks=risks)
    result.update(rows=loaded.rows, skipped=loaded.skipped, skipped_imputed=loaded.skipped_imputed,
                  malformed=loaded.malformed, malformed_fields=loaded.malformed_fields)
    if by_hospital:
        groups: dict[str, list[int]] = {}
        for k, case in enumerate(loaded.cases):
            groups.setdefault(case.hospital or "(none)", []).append(k)
        result["groups"] = {
            name: validation_metrics([loaded.cases[k] for k in idx], [levels[k] for k in idx],
                                     [urgency[k] for k in idx], outcomes=loaded.has_outcomes,
                                     risks=None if risks is None else
                                     {o: [v[k] for k in idx] for o, v in risks.items()})
            for name, idx in sorted(groups.items())}
    return result
