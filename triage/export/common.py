"""One case as the writers see it: the (possibly de-identified) record plus what each format needs.

Every writer (CSV, JSON Lines, FHIR, PDF) renders an ``ExportCase``; de-identification happens once,
here, before any writer sees the case, so no format can leak what another one removed.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace
from pathlib import PurePath
from typing import Iterable, Iterator

from triage.export.deid_records import CaseDeidentifier, age_group, deidentify_attachment
from triage.errors import ImageReadError
from triage.records import AttachmentInfo, CaseDetail

FILE_SUFFIX = {"dicom": ".dcm", "photo": ".png"}


@dataclass(frozen=True)
class ExportedAttachment:
    info: AttachmentInfo  # de-identified copy in a de-identified export
    data: bytes | None  # the bytes as exported; None when missing or withheld
    suffix: str = ".bin"  # file name extension of the exported bytes


@dataclass(frozen=True)
class ExportCase:
    detail: CaseDetail
    case_ref: str  # the case id, or the case's sequence number in a de-identified export
    patient_ref: str  # "patient-<id>", or a keyed pseudonym
    age: str  # "34", "90+" or ""
    deidentified: bool
    attachments: tuple[ExportedAttachment, ...] = ()


def prepare_cases(details: Iterable[CaseDetail], *, deid: CaseDeidentifier | None, with_files: bool,
                  warnings: list[str]) -> Iterator[ExportCase]:
    """Turn store records into export cases, one at a time (streams: a de-identified export holds
    ``PREPARED_CASES`` records at a time, to scrub their free text in one batch).

    ``with_files`` reads each attachment's bytes (de-identified when ``deid`` is given); problems
    are appended to ``warnings`` and the attachment is exported as metadata only.
    """
    for n, detail in enumerate(_prepared(details, deid), start=1):
        if deid is None:
            age = detail.patient.age_on(detail.arrival_time.date())
            yield ExportCase(detail, str(detail.case_id), f"patient-{detail.patient_id}", age_group(age),
                             False, tuple(_attachment(a, with_files, None, warnings)
                                          for a in detail.attachments))
            continue
        clean = deid.case(detail)
        ref = deid.patient_ref(detail.patient_id)
        files = tuple(_attachment(a, with_files, _Deid(deid, c, ref, deid.shift_days(detail.patient_id)),
                                  warnings) for a, c in zip(detail.attachments, clean.attachments))
        yield ExportCase(clean, str(n), ref, age_group(clean.patient.age_years), True, files)


PREPARED_CASES = 64  # a de-identified export reads this many cases ahead to scrub their texts in one batch


def _prepared(details: Iterable[CaseDetail], deid: CaseDeidentifier | None) -> Iterator[CaseDetail]:
    if deid is None:
        yield from details
        return
    chunk: list[CaseDetail] = []
    for detail in details:
        chunk.append(detail)
        if len(chunk) == PREPARED_CASES:
            deid.prepare(chunk)
            yield from chunk
            chunk = []
    if chunk:
        deid.prepare(chunk)
        yield from chunk


@dataclass(frozen=True)
class _Deid:
    """How one attachment is de-identified: the export's state, the cleaned record, the patient."""

    export: CaseDeidentifier
    info: AttachmentInfo  # the de-identified metadata
    patient_ref: str
    shift_days: int


def _attachment(original: AttachmentInfo, with_files: bool, deid: _Deid | None,
                warnings: list[str]) -> ExportedAttachment:
    info = original if deid is None else deid.info
    if not with_files:
        return ExportedAttachment(info, None)
    try:
        data = original.path.read_bytes()
    except OSError as exc:
        warnings.append(f"case {original.case_id}: attachment {original.id} could not be read ({exc.strerror})")
        return ExportedAttachment(info, None)
    digest = hashlib.sha256(data).hexdigest()
    if original.sha256 and digest != original.sha256:
        # The file on disk is not the one recorded (replaced or damaged since): never hand it out
        # as the patient's image. The record itself still says what was attached.
        warnings.append(f"case {original.case_id}: attachment {original.id} ({original.original_name}) "
                        f"withheld: the file {original.path.name} on disk has sha256 {digest[:12]}…, "
                        f"the record says {original.sha256[:12]}… (replaced or damaged since it was "
                        "attached; `audit verify` names it too)")
        return ExportedAttachment(info, None)
    if deid is None:
        suffix = PurePath(original.original_name).suffix.lower() or FILE_SUFFIX.get(original.kind, ".bin")
        return ExportedAttachment(info, data, suffix)
    try:
        clean, notes = deidentify_attachment(original, data, patient_ref=deid.patient_ref,
                                             shift_days=deid.shift_days, uid_map=deid.export.uid_map)
    except ImageReadError as exc:
        warnings.append(f"patient {deid.patient_ref}: {info.original_name} withheld: {exc}")
        return ExportedAttachment(info, None)
    warnings.extend(f"patient {deid.patient_ref}: {info.original_name}: {n}" for n in notes)
    if clean is None:
        return ExportedAttachment(info, None)
    info = replace(info, sha256=hashlib.sha256(clean).hexdigest(), size_bytes=len(clean))
    suffix = ".jpg" if original.kind == "photo" and clean[:2] == b"\xff\xd8" else FILE_SUFFIX[original.kind]
    return ExportedAttachment(info, clean, suffix)


def file_name(att: ExportedAttachment) -> str:
    """Content-addressed file name: identical images are written once, names carry nothing personal."""
    return att.info.sha256 + att.suffix
