"""JSON Lines: one case per line with every field (vitals history, suggestions with reasons, reviews,
notes, attachment metadata). Schema ``triage-desk/case@1``, documented in docs/export.md; the
importer reads the same shape back.

Internal database ids are not written: sub-records refer to each other by position (a suggestion's
``vital_set_index``, a review's ``suggestion_index``), so a file means the same in any installation.
"""

from __future__ import annotations

import json
import math
from datetime import date, datetime
from typing import IO, Any

from triage.export.common import ExportCase, file_name
from triage.records import CaseDetail

SCHEMA = "triage-desk/case@1"


def iso(value: date | datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _index(items: tuple, ident: int | None) -> int | None:
    return next((i for i, item in enumerate(items) if item.id == ident), None)


def case_record(ec: ExportCase, files_dir: str = "") -> dict[str, Any]:
    """The JSON object for one case; ``files_dir`` names the folder the attachment files went to."""
    d: CaseDetail = ec.detail
    p = d.patient
    return {
        "schema": SCHEMA,
        "case_ref": ec.case_ref,
        "deidentified": ec.deidentified,
        "patient": {"ref": ec.patient_ref, "name": p.name, "birth_date": iso(p.birth_date), "age": ec.age,
                    "sex": p.sex.value, "mrn": p.mrn, "phone": p.phone},
        "complaint": d.complaint,
        "narrative": d.narrative,
        "arrival_time": iso(d.arrival_time),
        "arrival_mode": d.arrival_mode.value,
        "injury": d.injury,
        "status": d.status.value,
        "current_level": d.current_level,
        "created_by": d.created_by,
        "is_demo": d.is_demo,
        "closed_at": iso(d.closed_at),
        "vitals": [{"recorded_at": iso(v.recorded_at), "recorded_by": v.recorded_by, **v.vitals.to_dict()}
                   for v in d.vitals],
        "suggestions": [{"created_at": iso(s.created_at), "vital_set_index": _index(d.vitals, s.vital_set_id),
                         **s.suggestion.to_dict()} for s in d.suggestions],
        "reviews": [{"reviewer": r.reviewer, "decision": r.decision.value, "suggested_level": r.suggested_level,
                     "final_level": r.final_level, "reason": r.reason, "signed_at": iso(r.signed_at),
                     "suggestion_index": _index(d.suggestions, r.suggestion_id),
                     **({"imported_signed_by": r.imported_signed_by} if r.imported_signed_by else {})}
                    for r in d.reviews],
        "notes": [{"author": n.author, "text": n.text, "created_at": iso(n.created_at)} for n in d.notes],
        "attachments": [{
            "name": a.info.original_name, "kind": a.info.kind, "modality": a.info.modality,
            "body_part": a.info.body_part, "view": a.info.view, "sha256": a.info.sha256,
            "size_bytes": a.info.size_bytes, "added_at": iso(a.info.added_at), "metadata": dict(a.info.metadata),
            "assessment": a.info.assessment.to_dict() if a.info.assessment else None,
            "file": f"{files_dir}/{file_name(a)}" if files_dir and a.data is not None else None,
        } for a in ec.attachments],
    }


def write_case(out: IO[str], ec: ExportCase, files_dir: str = "") -> None:
    out.write(strict_json(case_record(ec, files_dir)))
    out.write("\n")


def finite_only(value: Any) -> Any:
    """``value`` with every NaN or infinite float replaced by None (JSON null).

    JSON has no NaN or Infinity; Python's ``json`` writes them anyway and most readers (and FHIR)
    then refuse the whole file. The import refuses such numbers, but a store written before that
    check may still hold one: it is exported as "unknown", never as an invalid token.
    """
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        return {k: finite_only(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [finite_only(v) for v in value]
    return value


def strict_json(value: Any, **kwargs: Any) -> str:
    """JSON text that any reader accepts: non-finite numbers become null, and ``allow_nan=False``
    guarantees none slips through."""
    return json.dumps(finite_only(value), ensure_ascii=False, allow_nan=False,
                      **{"default": str, **kwargs})
