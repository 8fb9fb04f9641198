"""CSV: one row per case for spreadsheets and statistics (columns documented in docs/export.md).

Vitals are the latest set, the suggestion the latest one and the decision the latest review; the
full history is in the JSON Lines export. The importer reads these columns back.

Formula injection (OWASP "CSV Injection"): a spreadsheet runs a cell that starts with ``=``, ``+``,
``-``, ``@``, a tab or a carriage return as a formula, so a complaint typed as ``=HYPERLINK(...)``
would become a live link or command on the admin's desk. Every text cell is quoted, and one that
starts with such a character (or with the quote itself, so the escape stays reversible) gets a
leading single quote; ``unescape_cell`` undoes it for the importer.
"""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass
from typing import IO, Any, Callable

from triage.export.common import ExportCase
from triage.export.jsonl import iso
from triage.records import ReviewRecord
from triage.scales import LEVELS
from triage.suggestion import Suggestion

VITAL_COLUMNS = ("heart_rate", "resp_rate", "sbp", "dbp", "spo2", "temperature_c", "pain", "avpu", "gcs",
                 "on_oxygen", "o2_flow_l_min", "measured_at")


# The characters OWASP lists, plus their full-width forms (some spreadsheets fold them to ASCII).
FORMULA_TRIGGERS = frozenset("=+-@\t\r\uff1d\uff0b\uff0d\uff20")
ESCAPE = "'"


def escape_cell(value: Any) -> Any:
    """``value`` made inert for a spreadsheet: text starting with a formula trigger (or with the
    escape quote) gets one leading single quote; numbers and other text are returned unchanged."""
    if isinstance(value, str) and value and (value[0] in FORMULA_TRIGGERS or value[0] == ESCAPE):
        return ESCAPE + value
    return value


def unescape_cell(value: str) -> str:
    """The inverse of ``escape_cell`` for a cell read back from our CSV: one leading quote removed."""
    return value[1:] if value.startswith(ESCAPE) else value


def _level_name(level: int | None) -> str:
    return LEVELS[level].name if level in LEVELS else ""


def _flag(value: bool | None) -> str:
    return "" if value is None else ("yes" if value else "no")


@dataclass(frozen=True)
class _Case:
    """What the columns read, looked up once per row."""

    ec: ExportCase
    vitals: dict[str, Any]  # latest set, as ``Vitals.to_dict``; empty when none
    s: Suggestion | None  # latest suggestion
    r: ReviewRecord | None  # latest review

    @classmethod
    def of(cls, ec: ExportCase) -> "_Case":
        v = ec.detail.latest_vitals
        return cls(ec, v.to_dict() if v else {}, ec.detail.latest_suggestion, ec.detail.latest_review)


def _vital(name: str) -> Callable[[_Case], Any]:
    def get(c: _Case) -> Any:
        value = c.vitals.get(name)
        return _flag(value) if isinstance(value, bool) else value
    return get


def _probability(level: int) -> Callable[[_Case], Any]:
    return lambda c: round(c.s.probabilities[level], 4) if c.s and level in c.s.probabilities else ""


def _reasons(c: _Case) -> str:
    return "" if c.s is None else " | ".join(r.title + (f": {r.detail}" if r.detail else "") for r in c.s.reasons)


COLUMNS: tuple[tuple[str, Callable[[_Case], Any]], ...] = (
    ("case_ref", lambda c: c.ec.case_ref),
    ("patient_ref", lambda c: c.ec.patient_ref),
    ("deidentified", lambda c: _flag(c.ec.deidentified)),
    ("name", lambda c: c.ec.detail.patient.name),
    ("mrn", lambda c: c.ec.detail.patient.mrn),
    ("phone", lambda c: c.ec.detail.patient.phone),
    ("birth_date", lambda c: iso(c.ec.detail.patient.birth_date)),
    ("age_years", lambda c: c.ec.age),
    ("sex", lambda c: c.ec.detail.patient.sex.value),
    ("arrival_time", lambda c: iso(c.ec.detail.arrival_time)),
    ("arrival_mode", lambda c: c.ec.detail.arrival_mode.value),
    ("injury", lambda c: _flag(c.ec.detail.injury)),
    ("complaint", lambda c: c.ec.detail.complaint),
    ("narrative", lambda c: c.ec.detail.narrative),
    ("status", lambda c: c.ec.detail.status.value),
    ("created_by", lambda c: c.ec.detail.created_by),
    *((name, _vital(name)) for name in VITAL_COLUMNS),
    ("vital_sets", lambda c: len(c.ec.detail.vitals)),
    ("suggested_level", lambda c: c.s.level if c.s else ""),
    ("suggested_level_name", lambda c: _level_name(c.s.level) if c.s else ""),
    ("suggestion_confidence", lambda c: round(c.s.confidence, 4) if c.s else ""),
    *((f"p_level_{n}", _probability(n)) for n in LEVELS),
    ("rule_floor", lambda c: c.s.rule_floor if c.s else ""),
    ("model_level", lambda c: c.s.model_level if c.s else ""),
    ("rules_only", lambda c: _flag(c.s.rules_only) if c.s else ""),
    ("model_versions", lambda c: json.dumps(dict(c.s.versions), sort_keys=True) if c.s else ""),
    ("reasons", _reasons),
    ("decision", lambda c: c.r.decision.value if c.r else ""),
    ("final_level", lambda c: c.r.final_level if c.r else ""),
    ("final_level_name", lambda c: _level_name(c.r.final_level) if c.r else ""),
    ("reviewer", lambda c: c.r.signed_by if c.r else ""),
    ("review_reason", lambda c: c.r.reason if c.r else ""),
    ("signed_at", lambda c: iso(c.r.signed_at) if c.r else ""),
    ("current_level", lambda c: c.ec.detail.current_level),
    ("notes", lambda c: len(c.ec.detail.notes)),
    ("attachments", lambda c: len(c.ec.detail.attachments)),
    ("is_demo", lambda c: _flag(c.ec.detail.is_demo)),
    ("closed_at", lambda c: iso(c.ec.detail.closed_at)),
)
HEADER = tuple(name for name, _ in COLUMNS)


class CaseCsvWriter:
    """Writes the header once, then one row per case.

    Every text cell is quoted (commas, newlines, and OWASP's advice against formula injection) and
    escaped with ``escape_cell``; numbers stay bare so a spreadsheet still reads them as numbers.
    """

    def __init__(self, out: IO[str]):
        self._writer = csv.writer(out, quoting=csv.QUOTE_NONNUMERIC)
        self._writer.writerow(HEADER)

    def write(self, ec: ExportCase) -> None:
        c = _Case.of(ec)
        self._writer.writerow([escape_cell("" if (v := get(c)) is None else v) for _, get in COLUMNS])
