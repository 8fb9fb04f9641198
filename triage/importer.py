"""Import cases from our own JSON Lines or CSV export schema (docs/export.md).

Two passes over the file, both streaming. The first validates every row through the same checks as
the intake form (``parse_intake``) and collects every problem with its line number; if any row is
bad, nothing is saved and ``ImportError_`` lists them all, so a corrected file can be imported again
without creating duplicates. The second pass saves each case with one ``create_case`` call: one
transaction, so a case is saved whole or not at all.

What is restored: the intake (patient, complaint, arrival, the first set of vitals) and the
suggestion made on it (JSON Lines only: CSV does not carry the reasons). Later vital sets, reviews,
notes and attachments stay in the file; they are counted in the warnings because the store has no
single transaction an administrator may use to recreate them.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable, Iterator, Mapping

from .errors import ImportError_, InvalidIntake, TriageError
from .export_jsonl import SCHEMA
from .intake import Intake, Vitals, parse_intake
from .records import User
from .suggestion import Suggestion

Progress = Callable[[float, str], None]
Cancelled = Callable[[], bool]
MAX_REPORTED_ERRORS = 200


@dataclass(frozen=True)
class ImportResult:
    count: int
    case_ids: tuple[int, ...]
    format: str
    warnings: tuple[str, ...] = field(default_factory=tuple)
    cancelled: bool = False


@dataclass(frozen=True)
class _Row:
    line: int
    intake: Intake
    suggestion: Suggestion | None
    left_out: str  # what of the row is not imported, in words ("" when nothing)


def import_cases(store: Any, actor: User, path: Path, progress: Progress | None = None,
                 cancelled: Cancelled | None = None) -> ImportResult:
    """Validate the whole file, then save each case in its own transaction; audit the import.

    Raises
    ------
    PermissionDenied
        ``actor`` may not import (audited).
    ImportError_
        some rows are invalid: ``errors`` lists (line number, message) for each; nothing was saved.
    StorageError
        the database cannot be written; the cases saved before the failure stay, each whole.
    """
    from .auth import Permission, require

    require(store, actor, Permission.IMPORT)
    path = Path(path)
    progress = progress or (lambda fraction, message: None)
    cancelled = cancelled or (lambda: False)
    fmt = detect_format(path)
    total, errors = 0, []
    for item in read_rows(path, fmt):
        total += 1
        if isinstance(item, tuple):
            errors.append(item)
            if len(errors) >= MAX_REPORTED_ERRORS:
                break
    if errors:
        raise ImportError_(errors)
    ids: list[int] = []
    warnings: list[str] = []
    stopped = False
    progress(0.0, f"importing {total} cases")
    for row in read_rows(path, fmt):
        if cancelled():
            stopped = True
            break
        if not isinstance(row, _Row):  # valid in the first pass: the file changed meanwhile
            raise ImportError_([(row[0], f"{row[1]} (the file changed during the import; "
                                         f"{len(ids)} cases before this line were saved)")])
        # One case per call: its own transaction and its own audit row. ``seed_cases`` rather
        # than ``create_case`` because an administrator holds IMPORT, not INTAKE (checked above).
        ids += store.seed_cases([(row.intake, row.suggestion)], created_by=actor.username, demo=False)
        if row.left_out:
            warnings.append(f"line {row.line}: not imported: {row.left_out}")
        progress(len(ids) / max(total, 1), f"{len(ids)} of {total} cases")
    store.record_event(actor, "import", "cases", "", {"format": fmt, "count": len(ids), "rows": total,
                                                      "cancelled": stopped})
    return ImportResult(len(ids), tuple(ids), fmt, tuple(warnings), stopped)


def detect_format(path: Path) -> str:
    """"jsonl" or "csv", from the suffix or else the first character.

    Raises
    ------
    ImportError_
        the file is a FHIR export (``.ndjson``) or cannot be read.
    """
    suffix = path.suffix.lower()
    if suffix == ".ndjson":
        raise ImportError_([(0, f"{path.name} looks like a FHIR export: import the JSON Lines or CSV "
                                "export of the same cases instead")])
    if suffix in (".jsonl", ".json"):
        return "jsonl"
    if suffix == ".csv":
        return "csv"
    try:
        with open(path, encoding="utf-8") as fh:
            head = fh.read(1)
    except (OSError, UnicodeDecodeError) as exc:
        raise ImportError_([(0, f"cannot read {path.name}: {exc}")]) from exc
    return "jsonl" if head == "{" else "csv"


def read_rows(path: Path, fmt: str) -> Iterator[_Row | tuple[int, str]]:
    """Each case of the file as a validated ``_Row``, or (line number, message) when it is invalid.

    Raises
    ------
    ImportError_
        the file cannot be opened or decoded, or a CSV lacks the required columns.
    """
    try:
        with open(path, encoding="utf-8", newline="") as fh:
            yield from (_jsonl_rows(fh) if fmt == "jsonl" else _csv_rows(fh))
    except OSError as exc:
        raise ImportError_([(0, f"cannot read {path.name}: {exc.strerror}")]) from exc
    except UnicodeDecodeError as exc:
        raise ImportError_([(0, f"{path.name} is not UTF-8 text ({exc.reason})")]) from exc


def _jsonl_rows(fh: io.TextIOBase) -> Iterator[_Row | tuple[int, str]]:
    for line_no, line in enumerate(fh, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield line_no, f"not valid JSON ({exc.msg} at column {exc.colno})"
            continue
        if not isinstance(record, dict) or record.get("schema") != SCHEMA:
            yield line_no, f"not a case of schema {SCHEMA}"
            continue
        try:
            yield _row_from_record(line_no, record)
        except InvalidIntake as exc:
            yield line_no, str(exc)
        except (TriageError, KeyError, TypeError, ValueError, AttributeError) as exc:
            yield line_no, f"invalid value: {exc}"


def _row_from_record(line_no: int, rec: Mapping[str, Any]) -> _Row:
    patient = rec.get("patient") or {}
    vitals = list(rec.get("vitals") or [])
    first = vitals[0] if vitals else {}
    form = {**first, "temperature": first.get("temperature_c"), "name": patient.get("name"),
            "birth_date": patient.get("birth_date"), "age_years": _age(patient.get("age")),
            "sex": patient.get("sex"), "mrn": patient.get("mrn"), "phone": patient.get("phone"),
            "complaint": rec.get("complaint"), "arrival_mode": rec.get("arrival_mode"),
            "injury": rec.get("injury")}
    intake = _intake(form, rec.get("arrival_time"), first.get("measured_at") or first.get("recorded_at"),
                     bool(vitals))
    suggestions = list(rec.get("suggestions") or [])
    on_first = [s for s in suggestions if s.get("vital_set_index") in (0, None)]
    suggestion = Suggestion.from_dict(on_first[0]) if on_first else None
    if suggestion is not None and not 1 <= suggestion.level <= 5:
        raise ValueError(f"suggested level must be 1-5, got {suggestion.level}")
    left = [f"{n} {what}" for n, what in ((len(vitals) - 1, "later vital sets"),
                                          (len(suggestions) - len(on_first[:1]), "later suggestions"),
                                          (len(rec.get("reviews") or []), "reviews"),
                                          (len(rec.get("notes") or []), "notes"),
                                          (len(rec.get("attachments") or []), "attachments")) if n > 0]
    return _Row(line_no, intake, suggestion, ", ".join(left))


def _csv_rows(fh: io.TextIOBase) -> Iterator[_Row | tuple[int, str]]:
    reader = csv.DictReader(fh)
    missing = {"complaint"} - set(reader.fieldnames or ())
    if missing or not {"age_years", "birth_date"} & set(reader.fieldnames or ()):
        raise ImportError_([(1, "the header needs the columns complaint and age_years or birth_date "
                                "(see docs/export.md)")])
    last = reader.line_num
    for rec in reader:
        line_no, last = last + 1, reader.line_num  # a quoted field may span several lines
        form: dict[str, Any] = {k: v for k, v in rec.items() if k is not None}
        form["age_years"] = _age(form.get("age_years"))
        form["temperature"] = form.get("temperature_c")
        has_vitals = any((form.get(k) or "").strip() for k in ("heart_rate", "resp_rate", "sbp", "spo2",
                                                               "temperature_c", "pain", "avpu"))
        try:
            for key in ("injury", "on_oxygen"):
                form[key] = _yes_no(form.get(key), key)
            intake = _intake(form, form.get("arrival_time"), form.get("measured_at"), has_vitals)
        except InvalidIntake as exc:
            yield line_no, str(exc)
            continue
        except ValueError as exc:
            yield line_no, f"invalid value: {exc}"
            continue
        yield _Row(line_no, intake, None, "suggestion (CSV carries no reasons)" if form.get("suggested_level")
                   else "")


def _intake(form: Mapping[str, Any], arrival: Any, measured: Any, has_vitals: bool) -> Intake:
    intake = parse_intake(form)
    arrival_time = _when(arrival, "arrival_time")
    vitals = replace(intake.vitals, measured_at=_when(measured, "measured_at") or arrival_time) if has_vitals \
        else Vitals()
    return replace(intake, arrival_time=arrival_time, vitals=vitals)


def _when(value: Any, name: str) -> datetime | None:
    if value in (None, ""):
        return None
    try:
        t = datetime.fromisoformat(str(value))
    except ValueError:
        raise ValueError(f"{name} must be an ISO 8601 date-time, got {value!r}") from None
    return t if t.tzinfo else t.replace(tzinfo=timezone.utc)


def _age(value: Any) -> Any:
    """A de-identified export writes ages over 89 as "90+": import them as 90."""
    return value[:-1] if isinstance(value, str) and value.endswith("+") else value


def _yes_no(value: Any, name: str) -> bool | None:
    text = str(value or "").strip().lower()
    if text in ("yes", "true", "1"):
        return True
    if text in ("no", "false", "0"):
        return False
    if text:
        raise ValueError(f"{name} must be yes or no, got {value!r}")
    return None
