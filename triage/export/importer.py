"""Import cases from our own JSON Lines or CSV export schema (docs/export.md).

Two passes over the file, both streaming. The first turns every row into an ``ImportedCase``
through the same checks as the intake form (``parse_intake`` / ``parse_vitals``) plus the links
between sub-records, and collects every problem with its line number; if any row is bad, nothing is
saved and ``ImportError_`` lists them all, so a corrected file can be imported again without
creating duplicates. The second pass saves each case whole with ``CaseStore.import_case``: one
transaction per case, with its own ``case.import`` audit row in the administrator's name.

JSON Lines restores everything its export wrote: every vital set, suggestion (with reasons),
review, note and attachment (bytes from the ``<out>_files/`` folder when the export carried them,
checked against their sha256). CSV carries one row per case: the patient, the case, its latest
vital set, latest suggestion (reasons as text) and latest review; its note and attachment counts
and earlier vital sets are named in the warnings.
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable, Iterator, Mapping

from triage.errors import ImportError_, ImportInterrupted, InvalidIntake, TriageError
from triage.export.csv import VITAL_COLUMNS, unescape_cell
from triage.export.jsonl import SCHEMA
from triage.intake import Intake, parse_intake, parse_vitals
from triage.records import (CaseStatus, Decision, ImportedAttachment, ImportedCase, ImportedNote, ImportedReview,
                      ImportedSuggestion, ImportedVitalSet, User)
from triage.scales import LEVELS
from triage.store import MAX_NOTE_CHARS
from triage.suggestion import ImageAssessment, Reason, Suggestion

Progress = Callable[[float, str], None]
Cancelled = Callable[[], bool]
MAX_REPORTED_ERRORS = 200
SHA256 = re.compile(r"[0-9a-f]{64}")
CSV_REASON_SEPARATOR = " | "  # how export_csv joins a suggestion's reasons


@dataclass(frozen=True)
class ImportResult:
    count: int
    case_ids: tuple[int, ...]
    format: str
    warnings: tuple[str, ...] = field(default_factory=tuple)
    cancelled: bool = False


@dataclass(frozen=True)
class _Row:
    case: ImportedCase
    left_out: str  # what of the row is not imported, in words ("" when nothing)


def import_cases(store: Any, actor: User, path: Path, progress: Progress | None = None,
                 cancelled: Cancelled | None = None) -> ImportResult:
    """Validate the whole file, then save each case whole in its own transaction; audit the import.

    Raises
    ------
    PermissionDenied
        ``actor`` may not import (audited).
    ImportError_
        some rows are invalid: ``errors`` lists (line number, message) for each; nothing was saved.
    ImportInterrupted
        a case failed while saving (an attachment file damaged since the check): that case and the
        rest were not saved; the ``saved`` cases before it were, each whole.
    StorageError
        the database cannot be written; the cases saved before the failure stay, each whole.
    """
    from triage.store.auth import Permission, require

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
    try:
        for row in read_rows(path, fmt):
            if cancelled():
                stopped = True
                break
            if not isinstance(row, _Row):  # valid in the first pass: the file changed meanwhile
                raise ImportError_([(row[0], f"{row[1]} (the file changed during the import)")])
            ids.append(store.import_case(actor, row.case))
            if row.left_out:
                warnings.append(f"line {row.case.line}: not imported: {row.left_out}")
            progress(len(ids) / max(total, 1), f"{len(ids)} of {total} cases")
    except ImportError_ as exc:
        _audit(store, actor, fmt, ids, total, stopped, failed_line=exc.errors[0][0])
        raise ImportInterrupted([(line, f"{message}; this case and the ones after it were not saved, the "
                                        f"{len(ids)} before it were") for line, message in exc.errors],
                                saved=len(ids)) from exc
    _audit(store, actor, fmt, ids, total, stopped)
    return ImportResult(len(ids), tuple(ids), fmt, tuple(warnings), stopped)


def _audit(store: Any, actor: User, fmt: str, ids: list[int], rows: int, cancelled: bool,
           failed_line: int | None = None) -> None:
    store.record_event(actor, "import", "cases", "", {"format": fmt, "count": len(ids), "rows": rows,
                                                      "cancelled": cancelled, "failed_line": failed_line})


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
        with open(path, encoding="utf-8-sig") as fh:  # a BOM (Excel) is fine
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
        with open(path, encoding="utf-8-sig", newline="") as fh:
            yield from (_jsonl_rows(fh, path.parent) if fmt == "jsonl" else _csv_rows(fh))
    except OSError as exc:
        raise ImportError_([(0, f"cannot read {path.name}: {exc.strerror}")]) from exc
    except UnicodeDecodeError as exc:
        raise ImportError_([(0, f"{path.name} is not UTF-8 text ({exc.reason})")]) from exc


# --------------------------------------------------------------------------- JSON Lines


def _jsonl_rows(fh: io.TextIOBase, folder: Path) -> Iterator[_Row | tuple[int, str]]:
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
            yield _case_from_record(line_no, record, folder)
        except InvalidIntake as exc:
            yield line_no, str(exc)
        except (TriageError, KeyError, TypeError, ValueError, AttributeError) as exc:
            yield line_no, f"invalid value: {exc}"


def _case_from_record(line_no: int, rec: Mapping[str, Any], folder: Path) -> _Row:
    patient = rec.get("patient") or {}
    intake = _intake({"name": patient.get("name"), "birth_date": patient.get("birth_date"),
                      "age_years": patient.get("age"), "sex": patient.get("sex"), "mrn": patient.get("mrn"),
                      "phone": patient.get("phone"), "complaint": rec.get("complaint"),
                      "arrival_mode": rec.get("arrival_mode"), "injury": rec.get("injury")})
    vitals = tuple(_vital_set(v) for v in rec.get("vitals") or ())
    suggestions = tuple(ImportedSuggestion(_suggestion(s), _required_time(s, "created_at"),
                                           _index(s.get("vital_set_index"), len(vitals), "vital set"))
                        for s in rec.get("suggestions") or ())
    reviews = tuple(_review(r, _index(r.get("suggestion_index"), len(suggestions), "suggestion"))
                    for r in rec.get("reviews") or ())
    notes = tuple(_note(n) for n in rec.get("notes") or ())
    attachments = tuple(_attachment(a, folder) for a in rec.get("attachments") or ())
    case = ImportedCase(
        line=line_no, patient=intake.patient, complaint=intake.complaint,
        arrival_time=_required_time(rec, "arrival_time"), arrival_mode=intake.arrival_mode,
        injury=intake.injury,
        status=CaseStatus(rec.get("status") or CaseStatus.WAITING.value),
        current_level=_level(rec.get("current_level"), "current_level", optional=True),
        created_by=str(rec.get("created_by") or ""), closed_at=_when(rec.get("closed_at"), "closed_at"),
        is_demo=bool(rec.get("is_demo")), vitals=vitals, suggestions=suggestions, reviews=reviews,
        notes=notes, attachments=attachments)
    no_file = sum(a.file is None for a in attachments)
    return _Row(case, f"{no_file} attachment files (not in the export: metadata only)" if no_file else "")


def _vital_set(raw: Mapping[str, Any]) -> ImportedVitalSet:
    vitals = replace(parse_vitals(raw), measured_at=_when(raw.get("measured_at"), "measured_at"))
    return ImportedVitalSet(vitals, _required_time(raw, "recorded_at"), str(raw.get("recorded_by") or ""))


def _suggestion(raw: Mapping[str, Any]) -> Suggestion:
    s = Suggestion.from_dict(raw)
    _level(s.level, "suggestion level")
    return s


def _review(raw: Mapping[str, Any], suggestion_index: int | None) -> ImportedReview:
    decision = Decision(raw.get("decision"))
    reason = str(raw.get("reason") or "").strip()
    if decision is Decision.OVERRIDE and not reason:
        raise ValueError("an override review needs a reason")
    if len(reason) > MAX_NOTE_CHARS:
        raise ValueError(f"a review reason is limited to {MAX_NOTE_CHARS:,} characters")
    return ImportedReview(reviewer=str(raw.get("reviewer") or ""), decision=decision,
                          suggested_level=_level(raw.get("suggested_level"), "suggested_level",
                                                 optional=True),
                          final_level=_level(raw.get("final_level"), "final_level"), reason=reason,
                          signed_at=_required_time(raw, "signed_at"), suggestion_index=suggestion_index)


def _note(raw: Mapping[str, Any]) -> ImportedNote:
    text = str(raw.get("text") or "").strip()
    if not text or len(text) > MAX_NOTE_CHARS:
        raise ValueError(f"a note needs 1-{MAX_NOTE_CHARS:,} characters")
    return ImportedNote(str(raw.get("author") or ""), text, _required_time(raw, "created_at"))


def _attachment(raw: Mapping[str, Any], folder: Path) -> ImportedAttachment:
    sha = str(raw.get("sha256") or "")
    if not SHA256.fullmatch(sha):
        raise ValueError(f"attachment sha256 must be 64 hex digits, got {sha!r}")
    size = raw.get("size_bytes")
    if not isinstance(size, int) or size < 0:
        raise ValueError(f"attachment size_bytes must be a whole number, got {size!r}")
    return ImportedAttachment(
        original_name=str(raw.get("name") or ""), kind=str(raw.get("kind") or "other"), sha256=sha,
        size_bytes=size,
        added_at=_required_time(raw, "added_at"), modality=str(raw.get("modality") or ""),
        body_part=str(raw.get("body_part") or ""), view=str(raw.get("view") or ""),
        metadata=dict(raw.get("metadata") or {}),
        assessment=_assessment(raw.get("assessment")),
        file=_attachment_file(raw.get("file"), folder))


def _assessment(raw: Any) -> ImageAssessment | None:
    """The image model's verdict; its numbers must be numbers (the case view formats them)."""
    if not raw:
        return None
    a = ImageAssessment(**raw)
    numbers_ok = all(n is None or isinstance(n, (int, float)) for n in (a.probability, a.ood_score))
    if not isinstance(a.assessed, bool) or not numbers_ok:
        raise ValueError("attachment assessment: assessed must be true/false, probability a number")
    return a


def _attachment_file(relative: Any, folder: Path) -> Path | None:
    """The exported file, which must lie in the export's folder (a file may not point elsewhere)."""
    if not relative:
        return None
    path = (folder / str(relative)).resolve()
    if not path.is_relative_to(folder.resolve()):
        raise ValueError(f"attachment file {relative!r} lies outside the export's folder")
    if not path.is_file():
        raise ValueError(f"attachment file {relative} is missing (copy the export's _files folder with it)")
    return path


def _index(value: Any, size: int, what: str) -> int | None:
    if value is None:
        return None
    if not isinstance(value, int) or not 0 <= value < size:
        raise ValueError(f"{what} index {value!r} does not name one of the case's {size} {what}s")
    return value


# --------------------------------------------------------------------------- CSV


def _csv_rows(fh: io.TextIOBase) -> Iterator[_Row | tuple[int, str]]:
    reader = csv.DictReader(fh)
    missing = {"complaint"} - set(reader.fieldnames or ())
    if missing or not {"age_years", "birth_date"} & set(reader.fieldnames or ()):
        raise ImportError_([(1, "the header needs the columns complaint and age_years or birth_date "
                                "(see docs/export.md)")])
    last = reader.line_num
    for rec in reader:
        line_no, last = last + 1, reader.line_num  # a quoted field may span several lines
        # unescape_cell: the export quotes cells that a spreadsheet would run as formulas.
        form: dict[str, Any] = {k: unescape_cell(v or "").strip() for k, v in rec.items() if k is not None}
        try:
            yield _case_from_csv(line_no, form)
        except InvalidIntake as exc:
            yield line_no, str(exc)
        except (TriageError, KeyError, TypeError, ValueError) as exc:
            yield line_no, f"invalid value: {exc}"


def _case_from_csv(line_no: int, form: Mapping[str, str]) -> _Row:
    intake = _intake(form)
    arrival = _required_time(form, "arrival_time") if form.get("arrival_time") else datetime.now(timezone.utc)
    created_by = form.get("created_by", "")
    vitals: tuple[ImportedVitalSet, ...] = ()
    if any(form.get(k) for k in VITAL_COLUMNS if k != "measured_at"):
        measured = _when(form.get("measured_at"), "measured_at")
        # CSV carries neither when nor by whom the set was recorded: the measurement time and the
        # case's creator are the closest values it holds.
        vitals = (ImportedVitalSet(replace(intake.vitals, measured_at=measured), measured or arrival,
                                   created_by),)
    suggestions: tuple[ImportedSuggestion, ...] = ()
    level = _level(form.get("suggested_level") or None, "suggested_level", optional=True)
    if level is not None:
        made_at = vitals[0].recorded_at if vitals else arrival
        suggestions = (ImportedSuggestion(_csv_suggestion(level, form), made_at, 0 if vitals else None),)
    reviews: tuple[ImportedReview, ...] = ()
    if form.get("decision"):
        reviews = (_review({"decision": form["decision"], "reason": form.get("review_reason"),
                            "reviewer": form.get("reviewer"), "suggested_level": level,
                            "final_level": form.get("final_level") or None,
                            "signed_at": form.get("signed_at")},
                           0 if suggestions else None),)
    case = ImportedCase(
        line=line_no, patient=intake.patient, complaint=intake.complaint, arrival_time=arrival,
        arrival_mode=intake.arrival_mode, injury=intake.injury,
        status=CaseStatus(form.get("status") or CaseStatus.WAITING.value),
        current_level=_level(form.get("current_level") or None, "current_level", optional=True),
        created_by=created_by, closed_at=_when(form.get("closed_at"), "closed_at"),
        is_demo=_yes_no(form.get("is_demo"), "is_demo") or False, vitals=vitals, suggestions=suggestions,
        reviews=reviews)
    left = [f"{n} {what}" for n, what in ((_count(form, "vital_sets") - len(vitals), "earlier vital sets"),
                                          (_count(form, "notes"), "notes"),
                                          (_count(form, "attachments"), "attachments")) if n > 0]
    return _Row(case, ", ".join(left) + " (CSV carries only their count)" if left else "")


def _csv_suggestion(level: int, form: Mapping[str, str]) -> Suggestion:
    """The latest suggestion as CSV flattens it; each reason comes back as text ("title: detail")."""
    reasons = tuple(Reason(kind="note", code="csv_import", title=text, source="CSV import")
                    for text in form.get("reasons", "").split(CSV_REASON_SEPARATOR) if text)
    versions = json.loads(form["model_versions"]) if form.get("model_versions") else {}
    if not isinstance(versions, dict):
        raise ValueError("model_versions must be a JSON object")
    return Suggestion(
        level=level, confidence=float(form.get("suggestion_confidence") or 0.0), reasons=reasons,
        probabilities={n: float(form[f"p_level_{n}"]) for n in LEVELS if form.get(f"p_level_{n}")},
        rule_floor=_level(form.get("rule_floor") or None, "rule_floor", optional=True),
        model_level=_level(form.get("model_level") or None, "model_level", optional=True),
        rules_only=_yes_no(form.get("rules_only"), "rules_only") or False, versions=versions)


def _count(form: Mapping[str, str], column: str) -> int:
    text = form.get(column) or "0"
    if not text.isdigit():
        raise ValueError(f"{column} must be a count, got {text!r}")
    return int(text)


# --------------------------------------------------------------------------- shared checks


def _intake(form: Mapping[str, Any]) -> Intake:
    """Patient, complaint, arrival mode, injury and (CSV) vitals through the intake form's checks.

    An export writes the age at arrival next to a birth date; the age is read only without one,
    so the record keeps what was entered.
    """
    birth = form.get("birth_date")
    age = None if birth else form.get("age_years")
    age = age[:-1] if isinstance(age, str) and age.endswith("+") else age  # de-identified "90+" → 90
    return parse_intake({**form, "age_years": age, "temperature": form.get("temperature_c")})


def _level(value: Any, name: str, *, optional: bool = False) -> int | None:
    if value is None and optional:
        return None
    try:
        level = int(value)
    except (TypeError, ValueError):
        raise ValueError(f"{name} must be a level 1-5, got {value!r}") from None
    if level not in LEVELS or str(level) != str(value).strip():
        raise ValueError(f"{name} must be a level 1-5, got {value!r}")
    return level


def _required_time(rec: Mapping[str, Any], name: str) -> datetime:
    when = _when(rec.get(name), name)
    if when is None:
        raise ValueError(f"{name} is required")
    return when


def _when(value: Any, name: str) -> datetime | None:
    if value in (None, ""):
        return None
    try:
        t = datetime.fromisoformat(str(value))
    except ValueError:
        raise ValueError(f"{name} must be an ISO 8601 date-time, got {value!r}") from None
    return t if t.tzinfo else t.replace(tzinfo=timezone.utc)


def _yes_no(value: Any, name: str) -> bool | None:
    text = str(value or "").strip().lower()
    if text in ("yes", "true", "1"):
        return True
    if text in ("no", "false", "0"):
        return False
    if text:
        raise ValueError(f"{name} must be yes or no, got {value!r}")
    return None
