"""CSV: one row per case for spreadsheets and statistics (columns documented in docs/export.md).

Vitals are the latest set, the suggestion the latest one and the decision the latest review; the
full history is in the JSON Lines export. The importer reads these columns back.
"""

from __future__ import annotations

import csv
import json
from typing import IO, Any, Callable

from .export_case import ExportCase
from .export_jsonl import iso
from .scales import LEVELS

VITAL_COLUMNS = ("heart_rate", "resp_rate", "sbp", "dbp", "spo2", "temperature_c", "pain", "avpu", "gcs",
                 "on_oxygen", "measured_at")


def _level_name(level: int | None) -> str:
    return LEVELS[level].name if level in LEVELS else ""


def _flag(value: bool | None) -> str:
    return "" if value is None else ("yes" if value else "no")


def _suggestion(field: str) -> Callable[[ExportCase], Any]:
    def get(ec: ExportCase) -> Any:
        s = ec.detail.latest_suggestion
        return "" if s is None else getattr(s, field)
    return get


def _review(field: str) -> Callable[[ExportCase], Any]:
    def get(ec: ExportCase) -> Any:
        r = ec.detail.latest_review
        return "" if r is None else getattr(r, field)
    return get


def _vital(name: str) -> Callable[[ExportCase], Any]:
    def get(ec: ExportCase) -> Any:
        v = ec.detail.latest_vitals
        value = None if v is None else v.to_dict()[name]
        return _flag(value) if isinstance(value, bool) else value
    return get


def _probability(level: int) -> Callable[[ExportCase], Any]:
    def get(ec: ExportCase) -> Any:
        s = ec.detail.latest_suggestion
        return "" if s is None or level not in s.probabilities else round(s.probabilities[level], 4)
    return get


def _reasons(ec: ExportCase) -> str:
    s = ec.detail.latest_suggestion
    return "" if s is None else " | ".join(r.title + (f": {r.detail}" if r.detail else "") for r in s.reasons)


COLUMNS: tuple[tuple[str, Callable[[ExportCase], Any]], ...] = (
    ("case_ref", lambda ec: ec.case_ref),
    ("patient_ref", lambda ec: ec.patient_ref),
    ("deidentified", lambda ec: _flag(ec.deidentified)),
    ("name", lambda ec: ec.detail.patient.name),
    ("mrn", lambda ec: ec.detail.patient.mrn),
    ("phone", lambda ec: ec.detail.patient.phone),
    ("birth_date", lambda ec: iso(ec.detail.patient.birth_date)),
    ("age_years", lambda ec: ec.age),
    ("sex", lambda ec: ec.detail.patient.sex.value),
    ("arrival_time", lambda ec: iso(ec.detail.arrival_time)),
    ("arrival_mode", lambda ec: ec.detail.arrival_mode.value),
    ("injury", lambda ec: _flag(ec.detail.injury)),
    ("complaint", lambda ec: ec.detail.complaint),
    ("status", lambda ec: ec.detail.status.value),
    ("created_by", lambda ec: ec.detail.created_by),
    *((name, _vital(name)) for name in VITAL_COLUMNS),
    ("vital_sets", lambda ec: len(ec.detail.vitals)),
    ("suggested_level", _suggestion("level")),
    ("suggested_level_name", lambda ec: _level_name(ec.detail.latest_suggestion.level)
     if ec.detail.latest_suggestion else ""),
    ("suggestion_confidence", lambda ec: round(ec.detail.latest_suggestion.confidence, 4)
     if ec.detail.latest_suggestion else ""),
    *((f"p_level_{n}", _probability(n)) for n in LEVELS),
    ("rule_floor", _suggestion("rule_floor")),
    ("model_level", _suggestion("model_level")),
    ("rules_only", lambda ec: _flag(ec.detail.latest_suggestion.rules_only) if ec.detail.latest_suggestion else ""),
    ("model_versions", lambda ec: json.dumps(dict(ec.detail.latest_suggestion.versions), sort_keys=True)
     if ec.detail.latest_suggestion else ""),
    ("reasons", _reasons),
    ("decision", lambda ec: ec.detail.latest_review.decision.value if ec.detail.latest_review else ""),
    ("final_level", _review("final_level")),
    ("final_level_name", lambda ec: _level_name(ec.detail.latest_review.final_level)
     if ec.detail.latest_review else ""),
    ("reviewer", _review("reviewer")),
    ("review_reason", _review("reason")),
    ("signed_at", lambda ec: iso(ec.detail.latest_review.signed_at) if ec.detail.latest_review else ""),
    ("current_level", lambda ec: ec.detail.current_level),
    ("notes", lambda ec: len(ec.detail.notes)),
    ("attachments", lambda ec: len(ec.detail.attachments)),
    ("is_demo", lambda ec: _flag(ec.detail.is_demo)),
    ("closed_at", lambda ec: iso(ec.detail.closed_at)),
)
HEADER = tuple(name for name, _ in COLUMNS)


class CaseCsvWriter:
    """Writes the header once, then one row per case (``csv`` quoting handles commas and newlines)."""

    def __init__(self, out: IO[str]):
        self._writer = csv.writer(out)
        self._writer.writerow(HEADER)

    def write(self, ec: ExportCase) -> None:
        self._writer.writerow(["" if (v := get(ec)) is None else v for _, get in COLUMNS])
