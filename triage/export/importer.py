"""Import cases from our own JSON Lines or CSV export schema (docs/export.md).

Two passes over the file, both streaming. The first turns every row into an ``ImportedCase``
through the same checks as the intake form (``parse_intake`` / ``parse_vitals``) plus the links
between sub-records, and collects every problem with its line number; if any row is bad, nothing is
saved and ``ImportError_`` lists them all. The second pass saves every case whole, in batches that
stay hidden until the last one commits (``CaseStore.import_all``: all or nothing for anyone who
looks, other desks wait at most a batch; one ``case.import`` audit row per case and the ``import``
row in the administrator's name); a case already on record is skipped and named,
so importing the same file again changes nothing and says so. Every value passes the intake form's
rules and :mod:`triage.export.import_values` (types, lengths, finite numbers, times an export can
shift, text that encodes), so nothing imported can break a later export.

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

from triage.errors import ImportError_, InvalidIntake, StorageError, TriageError
from triage.export.csv import VITAL_COLUMNS, unescape_cell
from triage.export import import_values as check
from triage.export.jsonl import SCHEMA
from triage.intake import (MAX_COMPLAINT_CHARS, MAX_NARRATIVE_CHARS, Intake, parse_intake, parse_vitals,
                           text_problem)
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
    """What an import did. ``count`` new cases were saved; ``duplicates`` lists (line, id of the
    case already on record) for each case that was here before and was therefore not saved again."""

    count: int
    case_ids: tuple[int, ...]
    format: str
    warnings: tuple[str, ...] = field(default_factory=tuple)
    cancelled: bool = False
    duplicates: tuple[tuple[int, int], ...] = ()

    def summary(self) -> str:
        """One honest sentence for the CLI and the dialog."""
        if self.cancelled:
            return "Import cancelled: nothing was saved."
        plural = "" if self.count == 1 else "s"
        text = f"Imported {self.count:,} new case{plural}"
        if self.duplicates:
            n = len(self.duplicates)
            text += (f"; {n:,} case{'' if n == 1 else 's'} already here (imported or entered before) "
                     "left unchanged")
            if not self.count:
                text = (f"Nothing new: all {n:,} case{'' if n == 1 else 's'} of the file are already here "
                        "(imported or entered before); nothing was changed")
        return text + "."


@dataclass(frozen=True)
class _Row:
    case: ImportedCase
    left_out: str  # what of the row is not imported, in words ("" when nothing)


class _Cancelled(Exception):
    """Raised from inside the saving transaction so that it rolls back."""


def import_cases(store: Any, actor: User, path: Path, progress: Progress | None = None,
                 cancelled: Cancelled | None = None, *, merge_patients: bool = False) -> ImportResult:
    """Validate the whole file, then save every new case: all or nothing (``CaseStore.import_all``:
    in batches, hidden until the last one commits, deleted again if the import fails).

    A case already on record (the same patient, arrival time and complaint: an earlier import of
    the same file, or the case this installation exported) is not saved again; the result lists
    it, so importing a file twice is a no-op that says so. The import's ``import`` audit row
    commits with the cases (one ``case.import`` row per new case too); a failed or cancelled
    import saves nothing and is audited on its own.

    Raises
    ------
    PermissionDenied
        ``actor`` may not import (audited).
    ImportError_
        some rows are invalid: ``errors`` lists (line number, message) for each; or a case failed
        while saving (an attachment file damaged since the check). Nothing was saved.
    StorageError
        the database cannot be written (full disk, read-only, locked). Nothing was saved.
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
    left_out: list[tuple[int, str]] = []
    done, current = [0], [0]

    def cases() -> Iterator[ImportedCase]:
        done[0] = 0  # called again when the store redoes the import in one transaction
        left_out.clear()
        for row in read_rows(path, fmt):
            if cancelled():
                raise _Cancelled()
            if not isinstance(row, _Row):  # valid in the first pass: the file changed meanwhile
                raise ImportError_([(row[0], f"{row[1]} (the file changed during the import)")])
            if row.left_out:
                left_out.append((row.case.line, row.left_out))
            current[0] = row.case.line
            yield row.case
            done[0] += 1
            progress(done[0] / max(total, 1), f"{done[0]} of {total} cases")

    progress(0.0, f"importing {total} cases")
    details = {"format": fmt, "rows": total}
    try:
        ids, duplicates = store.import_all(actor, cases, details, merge_patients=merge_patients)
    except _Cancelled:
        _audit_failure(store, actor, details, cancelled=True)
        return ImportResult(0, (), fmt, (), True)
    except ImportError_ as exc:
        _audit_failure(store, actor, details, failed_line=exc.errors[0][0])
        raise ImportError_([(line, f"{message}; nothing was saved (an import is all or nothing)")
                            for line, message in exc.errors]) from exc
    except (ValueError, TriageError, OverflowError) as exc:
        line = current[0]
        _audit_failure(store, actor, details, failed_line=line)
        if isinstance(exc, StorageError):
            raise
        raise ImportError_([(line, f"{exc}; nothing was saved (an import is all or nothing)")]) from exc
    skipped = {line for line, _ in duplicates}
    warnings = [f"line {line}: not imported: {what}" for line, what in left_out if line not in skipped]
    warnings += [f"line {line}: already here as case {case_id}: not imported again"
                 for line, case_id in duplicates]
    return ImportResult(len(ids), tuple(ids), fmt, tuple(warnings), False, tuple(duplicates))


def _audit_failure(store: Any, actor: User, details: Mapping[str, Any], *, cancelled: bool = False,
                   failed_line: int | None = None) -> None:
    """Best effort: an import that saved nothing is still on record (not when the disk is full)."""
    try:
        store.record_event(actor, "import", "cases", "", {**details, "count": 0, "cancelled": cancelled,
                                                          "failed_line": failed_line})
    except TriageError:
        pass


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


def _bounded_lines(fh: io.TextIOBase) -> Iterator[tuple[int, str | None]]:
    """(line number, text) per line; text None for a line longer than ``MAX_LINE_CHARS``, which
    is skipped in bounded pieces instead of being held in memory whole."""
    line_no = 0
    while True:
        line = fh.readline(check.MAX_LINE_CHARS + 1)
        if not line:
            return
        line_no += 1
        if len(line) > check.MAX_LINE_CHARS and not line.endswith("\n"):
            while line and not line.endswith("\n"):
                line = fh.readline(1 << 20)
            yield line_no, None
            continue
        yield line_no, line


def _jsonl_rows(fh: io.TextIOBase, folder: Path) -> Iterator[_Row | tuple[int, str]]:
    for line_no, line in _bounded_lines(fh):
        if line is None:
            yield line_no, f"the line is longer than {check.MAX_LINE_CHARS:,} characters"
            continue
        if not line.strip():
            continue
        try:
            record = json.loads(line, parse_constant=check.reject_constant)
        except json.JSONDecodeError as exc:
            yield line_no, f"not valid JSON ({exc.msg} at column {exc.colno})"
            continue
        except ValueError as exc:  # NaN / Infinity
            yield line_no, f"not valid JSON: {exc}"
            continue
        except RecursionError:
            yield line_no, f"not valid JSON: nested more than {check.MAX_DEPTH} levels deep"
            continue
        if not isinstance(record, dict) or record.get("schema") != SCHEMA:
            yield line_no, f"not a case of schema {SCHEMA}"
            continue
        try:
            check.check_tree(record)
            yield _case_from_record(line_no, record, folder)
        except InvalidIntake as exc:
            yield line_no, str(exc)
        except (TriageError, KeyError, TypeError, ValueError, AttributeError, OverflowError) as exc:
            yield line_no, f"invalid value: {exc}"


def _case_from_record(line_no: int, rec: Mapping[str, Any], folder: Path) -> _Row:
    patient = _mapping(rec.get("patient"), "patient")
    for key in ("name", "mrn", "phone"):  # the form's own limits follow in _intake
        check.text(patient.get(key), f"patient {key}", 10**6)
    intake = _intake({"name": patient.get("name"), "birth_date": patient.get("birth_date"),
                      "age_years": patient.get("age"), "sex": patient.get("sex"), "mrn": patient.get("mrn"),
                      "phone": patient.get("phone"),
                      "complaint": check.text(rec.get("complaint"), "complaint", MAX_COMPLAINT_CHARS + 1),
                      "narrative": check.text(rec.get("narrative"), "narrative", MAX_NARRATIVE_CHARS + 1),
                      "arrival_mode": rec.get("arrival_mode"), "injury": rec.get("injury")})
    vitals = tuple(_vital_set(_mapping(v, "vital set")) for v in _list(rec.get("vitals"), "vitals"))
    suggestions = tuple(ImportedSuggestion(_suggestion(s), _required_time(s, "created_at"),
                                           _index(s.get("vital_set_index"), len(vitals), "vital set"))
                        for s in (_mapping(s, "suggestion") for s in _list(rec.get("suggestions"), "suggestions")))
    reviews = tuple(_review(r, _index(r.get("suggestion_index"), len(suggestions), "suggestion"))
                    for r in (_mapping(r, "review") for r in _list(rec.get("reviews"), "reviews")))
    notes = tuple(_note(_mapping(n, "note")) for n in _list(rec.get("notes"), "notes"))
    attachments = tuple(_attachment(_mapping(a, "attachment"), folder)
                        for a in _list(rec.get("attachments"), "attachments"))
    case = ImportedCase(
        line=line_no, patient=intake.patient, complaint=intake.complaint,
        arrival_time=_required_time(rec, "arrival_time"), arrival_mode=intake.arrival_mode,
        injury=intake.injury,
        status=CaseStatus(rec.get("status") or CaseStatus.WAITING.value),
        current_level=_level(rec.get("current_level"), "current_level", optional=True),
        created_by=check.text(rec.get("created_by"), "created_by"),
        closed_at=_when(rec.get("closed_at"), "closed_at"),
        is_demo=_bool(rec.get("is_demo"), "is_demo"), vitals=vitals, suggestions=suggestions,
        reviews=reviews, notes=notes, attachments=attachments, narrative=intake.narrative)
    no_file = sum(a.file is None for a in attachments)
    return _Row(case, f"{no_file} attachment files (not in the export: metadata only)" if no_file else "")


def _vital_set(raw: Mapping[str, Any]) -> ImportedVitalSet:
    vitals = replace(parse_vitals(raw), measured_at=_when(raw.get("measured_at"), "measured_at"))
    return ImportedVitalSet(vitals, _required_time(raw, "recorded_at"),
                            check.text(raw.get("recorded_by"), "recorded_by"))


def _suggestion(raw: Mapping[str, Any]) -> Suggestion:
    """A stored suggestion, every field of the type its writers and readers expect."""
    _level(raw.get("level"), "suggestion level")
    probabilities = _mapping(raw.get("probabilities"), "probabilities")
    for key, value in probabilities.items():
        _level(key, "a probabilities key")
        check.probability(value, f"probability of level {key}")
    versions = _mapping(raw.get("versions"), "versions")
    for key, value in versions.items():
        check.text(value, f"versions.{key}")
    for n, r in enumerate(_list(raw.get("reasons"), "reasons")):
        _reason(_mapping(r, f"reason {n + 1}"), f"reason {n + 1}")
    missing = _list(raw.get("missing"), "missing")
    for item in missing:
        check.text(item, "missing")
    check.probability(raw.get("confidence", 0.0), "confidence")
    check.text(raw.get("uncertainty"), "uncertainty", check.MAX_REASON_TEXT)
    _bool(raw.get("rules_only"), "rules_only")
    _level(raw.get("rule_floor"), "rule_floor", optional=True)
    _level(raw.get("model_level"), "model_level", optional=True)
    return Suggestion.from_dict(raw)


def _reason(raw: Mapping[str, Any], where: str) -> None:
    for key in ("kind", "code", "source"):
        check.text(raw.get(key), f"{where} {key}")
    check.text(raw.get("title"), f"{where} title", check.MAX_REASON_TEXT, required=True)
    check.text(raw.get("detail"), f"{where} detail", check.MAX_REASON_TEXT)
    check.finite(raw.get("weight", 0.0), f"{where} weight")
    _level(raw.get("level_floor"), f"{where} level_floor", optional=True)
    _mapping(raw.get("values"), f"{where} values")


# How an export writes an imported review's signer in one field (CSV, FHIR): read back as such.
_IMPORTED_SIGNER = re.compile(r"^.* \(imported, signed by (.+) at the source\)$")


def _source_signer(raw: Mapping[str, Any]) -> str:
    """The reviewer an earlier import recorded as the source's ("" for a review signed there)."""
    given = check.text(raw.get("imported_signed_by") or "", "imported_signed_by")
    shown = _IMPORTED_SIGNER.match(check.text(raw.get("reviewer") or "", "reviewer"))
    return given or (shown.group(1) if shown else "")


def _review(raw: Mapping[str, Any], suggestion_index: int | None) -> ImportedReview:
    decision = Decision(raw.get("decision"))
    reason = check.text(raw.get("reason"), "review reason", MAX_NOTE_CHARS + 1).strip()
    if decision is Decision.OVERRIDE and not reason:
        raise ValueError("an override review needs a reason")
    if len(reason) > MAX_NOTE_CHARS:
        raise ValueError(f"a review reason is limited to {MAX_NOTE_CHARS:,} characters")
    return ImportedReview(reviewer=check.text(raw.get("reviewer"), "reviewer"), decision=decision,
                          suggested_level=_level(raw.get("suggested_level"), "suggested_level",
                                                 optional=True),
                          final_level=_level(raw.get("final_level"), "final_level"), reason=reason,
                          signed_at=_required_time(raw, "signed_at"), suggestion_index=suggestion_index,
                          imported_signed_by=_source_signer(raw))


def _note(raw: Mapping[str, Any]) -> ImportedNote:
    text = check.text(raw.get("text"), "note", MAX_NOTE_CHARS + 1).strip()
    if not text or len(text) > MAX_NOTE_CHARS:
        raise ValueError(f"a note needs 1-{MAX_NOTE_CHARS:,} characters")
    return ImportedNote(check.text(raw.get("author"), "note author"), text, _required_time(raw, "created_at"))


def _attachment(raw: Mapping[str, Any], folder: Path) -> ImportedAttachment:
    sha = str(raw.get("sha256") or "")
    if not SHA256.fullmatch(sha):
        raise ValueError(f"attachment sha256 must be 64 hex digits, got {sha!r}")
    size = raw.get("size_bytes")
    if not isinstance(size, int) or isinstance(size, bool) or size < 0:
        raise ValueError(f"attachment size_bytes must be a whole number, got {size!r}")
    return ImportedAttachment(
        original_name=check.text(raw.get("name"), "attachment name"),
        kind=check.text(raw.get("kind"), "attachment kind") or "other", sha256=sha,
        size_bytes=size,
        added_at=_required_time(raw, "added_at"), modality=check.text(raw.get("modality"), "modality"),
        body_part=check.text(raw.get("body_part"), "body_part"), view=check.text(raw.get("view"), "view"),
        metadata={k: check.text(v, f"attachment metadata {k}", check.MAX_REASON_TEXT)
                  for k, v in _mapping(raw.get("metadata"), "attachment metadata").items()},
        assessment=_assessment(raw.get("assessment")),
        file=_attachment_file(raw.get("file"), folder))


def _assessment(raw: Any) -> ImageAssessment | None:
    """The image model's verdict; its numbers must be numbers (the case view formats them)."""
    if not raw:
        return None
    a = ImageAssessment(**_mapping(raw, "attachment assessment"))
    numbers_ok = all(n is None or (isinstance(n, (int, float)) and not isinstance(n, bool))
                     for n in (a.probability, a.ood_score))
    if not isinstance(a.assessed, bool) or not numbers_ok:
        raise ValueError("attachment assessment: assessed must be true/false, probability a number")
    if a.probability is not None:
        check.probability(a.probability, "attachment assessment probability")
    if a.ood_score is not None:
        check.finite(a.ood_score, "attachment assessment ood_score")
    for key in ("reason", "finding", "model_version", "attachment_sha256"):
        check.text(getattr(a, key), f"attachment assessment {key}", check.MAX_REASON_TEXT)
    if a.saliency_png is not None:
        raise ValueError("attachment assessment: saliency_png is not part of the export schema")
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
    from triage.export.csv import HEADER

    # strict: a file that ends inside a quoted field (a truncated copy) is an error, not a short
    # last cell with every later column silently empty.
    reader = csv.DictReader(fh, strict=True)
    try:
        fieldnames = list(reader.fieldnames or ())
    except csv.Error as exc:
        raise ImportError_([(1, f"the header is not readable as CSV ({exc})")]) from exc
    seen: set[str] = set()
    doubled = [n for n in fieldnames if n in seen or seen.add(n)]
    if doubled:
        raise ImportError_([(1, f"the header names the column {doubled[0]!r} twice (which one "
                                "counts would be a guess)")])
    unknown = [n for n in fieldnames if n not in HEADER]
    if unknown:
        raise ImportError_([(1, "the header has columns our CSV export does not write: "
                                + ", ".join(repr(n) for n in unknown[:5])
                                + " (see docs/export.md for the columns)")])
    missing = {"complaint"} - set(reader.fieldnames or ())
    if missing or not {"age_years", "birth_date"} & set(reader.fieldnames or ()):
        raise ImportError_([(1, "the header needs the columns complaint and age_years or birth_date "
                                "(see docs/export.md)")])
    last = reader.line_num
    records = iter(reader)
    while True:
        try:
            rec = next(records)
        except StopIteration:
            return
        except csv.Error as exc:  # a cell over the field limit, a NUL byte, a cut quoted field
            if "field larger" in str(exc):
                message = f"a cell is longer than {check.MAX_CSV_FIELD_CHARS:,} characters"
            elif "unexpected end of data" in str(exc) or "EOF" in str(exc):
                column = _open_column(fh, last, fieldnames)
                message = (f"the file ends inside {column} (a quote is never closed): a truncated "
                           "copy; nothing after it can be trusted")
            else:
                message = f"not readable as CSV ({exc})"
            yield last + 1, message
            return
        line_no, last = last + 1, reader.line_num  # a quoted field may span several lines
        if None in rec:  # more cells than the header
            yield line_no, (f"{len(fieldnames) + len(rec[None])} cells where the header has "
                            f"{len(fieldnames)}")
            continue
        short = [k for k, v in rec.items() if v is None]
        if short:  # fewer cells: a cut line, the later columns would be silently empty
            yield line_no, (f"the row ends before the column {short[0]!r} ({len(fieldnames) - len(short)}"
                            f" of {len(fieldnames)} cells): a truncated or damaged line")
            continue
        # unescape_cell: the export quotes cells that a spreadsheet would run as formulas.
        form: dict[str, Any] = {k: unescape_cell(v or "").strip() for k, v in rec.items() if k is not None}
        try:
            yield _case_from_csv(line_no, form)
        except InvalidIntake as exc:
            yield line_no, str(exc)
        except (TriageError, KeyError, TypeError, ValueError, OverflowError) as exc:
            yield line_no, f"invalid value: {exc}"


def _open_column(fh: io.TextIOBase, lines_before: int, fieldnames: list[str]) -> str:
    """Which column the unclosed quote of the record after line ``lines_before`` opened (read
    again, leniently, from the file: only on this error)."""
    try:
        fh.seek(0)
        tail = "".join(line for i, line in enumerate(fh) if i >= lines_before)
        cells = next(csv.reader(io.StringIO(tail)), [])
    except (OSError, ValueError, csv.Error):
        return "a quoted cell"
    if 0 < len(cells) <= len(fieldnames):
        return f"the quoted cell of column {fieldnames[len(cells) - 1]!r}"
    return "a quoted cell"


def _case_from_csv(line_no: int, form: Mapping[str, str]) -> _Row:
    for key, value in form.items():
        problem = text_problem(value)
        if problem:
            raise ValueError(f"{key} {problem}")
    intake = _intake(form)
    arrival = _required_time(form, "arrival_time") if form.get("arrival_time") else datetime.now(timezone.utc)
    created_by = check.text(form.get("created_by"), "created_by")
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
                            "reviewer": form.get("reviewer") or None, "suggested_level": level,
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
        reviews=reviews, narrative=intake.narrative)
    left = [f"{n} {what}" for n, what in ((_count(form, "vital_sets") - len(vitals), "earlier vital sets"),
                                          (_count(form, "notes"), "notes"),
                                          (_count(form, "attachments"), "attachments")) if n > 0]
    return _Row(case, ", ".join(left) + " (CSV carries only their count)" if left else "")


def _csv_suggestion(level: int, form: Mapping[str, str]) -> Suggestion:
    """The latest suggestion as CSV flattens it; each reason comes back as text ("title: detail")."""
    reasons = tuple(Reason(kind="note", code="csv_import",
                           title=check.text(text, "a reason", check.MAX_REASON_TEXT), source="CSV import")
                    for text in form.get("reasons", "").split(CSV_REASON_SEPARATOR) if text)
    try:
        versions = (json.loads(form["model_versions"], parse_constant=check.reject_constant)
                    if form.get("model_versions") else {})
    except (ValueError, RecursionError):
        raise ValueError("model_versions must be a JSON object of text") from None
    if not isinstance(versions, dict) or not all(isinstance(v, str) for v in versions.values()):
        raise ValueError("model_versions must be a JSON object of text")
    for key, value in versions.items():
        check.text(value, f"model_versions.{key}")
    return Suggestion(
        level=level, confidence=check.probability(form.get("suggestion_confidence") or 0.0, "suggestion_confidence"),
        reasons=reasons,
        probabilities={n: check.probability(form[f"p_level_{n}"], f"p_level_{n}")
                       for n in LEVELS if form.get(f"p_level_{n}")},
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
    if isinstance(value, (bool, float)):
        raise ValueError(f"{name} must be a level 1-5, got {value!r:.40}")
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
    if not isinstance(value, str):
        raise ValueError(f"{name} must be an ISO 8601 date-time, got {value!r:.40}")
    try:
        t = datetime.fromisoformat(value)
    except ValueError:
        raise ValueError(f"{name} must be an ISO 8601 date-time, got {value!r:.40}") from None
    return check.moment(t if t.tzinfo else t.replace(tzinfo=timezone.utc), name)


def _mapping(value: Any, name: str) -> Mapping[str, Any]:
    """A JSON object (absent: empty); anything else is refused, not coerced."""
    if value is None:
        return {}
    if not isinstance(value, Mapping):
        raise ValueError(f"{name} must be a JSON object, got {type(value).__name__}")
    return value


def _list(value: Any, name: str) -> list[Any]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise ValueError(f"{name} must be a JSON array, got {type(value).__name__}")
    return value


def _bool(value: Any, name: str) -> bool:
    if value is None:
        return False
    if not isinstance(value, bool):
        raise ValueError(f"{name} must be true or false, got {value!r:.40}")
    return value


def _yes_no(value: Any, name: str) -> bool | None:
    text = str(value or "").strip().lower()
    if text in ("yes", "true", "1"):
        return True
    if text in ("no", "false", "0"):
        return False
    if text:
        raise ValueError(f"{name} must be yes or no, got {value!r}")
    return None
