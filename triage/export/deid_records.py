"""De-identification of case records for export: pseudonyms, date shifting, age groups, text scrubbing.

One ``CaseDeidentifier`` lives for one export. It draws a random key at creation, so pseudonyms and
date offsets are consistent inside that export (the same patient gets the same reference and the
same shift in every row) yet cannot be linked between two exports. Method (HIPAA Safe Harbor in
spirit): names, MRN, phone and birth date are removed; the patient and staff are referred to by
keyed pseudonyms; every date of a patient is shifted by that patient's random offset (±1-365 days,
so intervals between events are kept); ages over 89 become "90+"; free text is scanned for the
patient's own name, MRN, phone and birth date in any spelling, and for names of other people,
dates, ages over 89, contact details, places and record numbers (``triage.deid_text``, Presidio with
local recognizers). DICOM pixel files go through the PS3.15 basic profile (``triage.imaging.deid``);
photos are re-encoded without metadata.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any, Iterable, Iterator, Mapping

from triage.deid_text import KnownIdentifiers, scrub_text, warm_texts
from triage.imaging.deid import UidMap, deidentify_dicom, deidentify_photo
from triage.intake import Patient
from triage.records import AttachmentInfo, CaseDetail
from triage.suggestion import ImageAssessment, Suggestion

MAX_SHIFT_DAYS = 365
OLDEST_SHOWN_AGE = 89  # ages above are grouped (Safe Harbor: 90 or older is one category)


def age_group(age: int | None) -> str:
    """Age as exported: whole years, "90+" above 89, "" when unknown."""
    if age is None:
        return ""
    return f"{OLDEST_SHOWN_AGE + 1}+" if age > OLDEST_SHOWN_AGE else str(age)


def known_identifiers(p: Patient) -> KnownIdentifiers:
    """The patient's own values that free text must never carry out of a de-identified export."""
    return KnownIdentifiers(names=tuple(v for v in (p.name,) if v), numbers=tuple(v for v in (p.mrn,) if v),
                            phones=tuple(v for v in (p.phone,) if v),
                            dates=(p.birth_date,) if p.birth_date else ())


def _scrub_value(value: Any, known: KnownIdentifiers) -> Any:
    if isinstance(value, str):
        return scrub_text(value, known)
    if isinstance(value, Mapping):
        return {k: _scrub_value(v, known) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_scrub_value(v, known) for v in value]
    return value


class CaseDeidentifier:
    """Per-export de-identification state (random key → pseudonyms and per-patient date offsets)."""

    def __init__(self, key: bytes | None = None, local_names: tuple[str, ...] = ()):
        """``local_names``: the installation's own names (staff, and the clinic's list: see
        ``triage.export.local_names``), removed from every case's free text like the patient's own."""
        self._key = key or secrets.token_bytes(32)
        self.local_names = tuple(local_names)
        self.uid_map = UidMap()  # one map per export: a study's files keep referring to each other

    def _digest(self, purpose: str, value: object) -> bytes:
        return hmac.new(self._key, f"{purpose}:{value}".encode(), hashlib.sha256).digest()

    def patient_ref(self, patient_id: int) -> str:
        return "P-" + self._digest("patient", patient_id).hex()[:12].upper()

    def staff_ref(self, username: str) -> str:
        return "staff-" + self._digest("staff", username).hex()[:8] if username else ""

    def shift_days(self, patient_id: int) -> int:
        """This patient's offset in days: ±1…365, never 0, the same for every date of the patient."""
        n = int.from_bytes(self._digest("date", patient_id)[:4], "big") % (2 * MAX_SHIFT_DAYS)
        return n - MAX_SHIFT_DAYS if n < MAX_SHIFT_DAYS else n - MAX_SHIFT_DAYS + 1

    def prepare(self, details: Iterable[CaseDetail]) -> None:
        """Analyse the free text of ``details`` ahead, in one batch (``triage.deid_text.warm_texts``),
        before ``case`` is called for each: the NER costs a third as much per note in a batch."""
        warm_texts(t for d in details for t in _texts(d))

    def case(self, detail: CaseDetail) -> CaseDetail:
        """A copy of ``detail`` with identifiers removed, dates shifted and free text scrubbed.

        The copy's ``patient`` keeps only sex and the (ungrouped) age at arrival; render the age
        with ``age_group``. Attachment bytes are handled separately (``deidentify_attachment``).
        """
        p = detail.patient
        known = known_identifiers(p)
        if self.local_names:
            known = replace(known, names=known.names + self.local_names)
        shift = timedelta(days=self.shift_days(detail.patient_id))

        def when(t: datetime | None) -> datetime | None:
            return None if t is None else t + shift

        def text(s: str) -> str:
            return scrub_text(s, known)

        staff = self.staff_ref

        age = p.age_on(detail.arrival_time.date())
        patient = Patient(name="", birth_date=None, age_years=age, sex=p.sex, mrn="", phone="")
        return replace(
            detail,
            patient=patient,
            complaint=text(detail.complaint),
            narrative=text(detail.narrative),  # the intake's note: free text like the complaint
            arrival_time=when(detail.arrival_time),
            created_by=staff(detail.created_by),
            closed_at=when(detail.closed_at),
            vitals=tuple(replace(v, recorded_at=when(v.recorded_at), recorded_by=staff(v.recorded_by),
                                 vitals=replace(v.vitals, measured_at=when(v.vitals.measured_at)))
                         for v in detail.vitals),
            suggestions=tuple(replace(s, created_at=when(s.created_at),
                                      suggestion=self._suggestion(s.suggestion, known))
                              for s in detail.suggestions),
            reviews=tuple(replace(r, reviewer=staff(r.reviewer), reason=text(r.reason),
                                  imported_signed_by=staff(r.imported_signed_by)
                                  if r.imported_signed_by else "",
                                  signed_at=when(r.signed_at)) for r in detail.reviews),
            notes=tuple(replace(n, author=staff(n.author), text=text(n.text),
                                created_at=when(n.created_at)) for n in detail.notes),
            attachments=tuple(replace(a, original_name=f"attachment-{i + 1}", added_at=when(a.added_at),
                                      metadata=_scrub_value(dict(a.metadata), known),
                                      assessment=_assessment(a.assessment, known))
                              for i, a in enumerate(detail.attachments)),
        )

    @staticmethod
    def _suggestion(s: Suggestion, known: KnownIdentifiers) -> Suggestion:
        # Word attributions and rule details can quote the complaint, so they are scrubbed too.
        reasons = tuple(replace(r, title=scrub_text(r.title, known), detail=scrub_text(r.detail, known),
                                values=_scrub_value(dict(r.values), known)) for r in s.reasons)
        return replace(s, reasons=reasons, uncertainty=scrub_text(s.uncertainty, known))


def _texts(d: CaseDetail) -> Iterator[str]:
    """The free text of a case that ``CaseDeidentifier.case`` scrubs (not attachment metadata or
    rule values: few, short, and scrubbed one at a time as before)."""
    yield d.complaint
    yield d.narrative
    for r in d.reviews:
        yield r.reason
    for n in d.notes:
        yield n.text
    for s in d.suggestions:
        yield s.suggestion.uncertainty
        for reason in s.suggestion.reasons:
            yield reason.title
            yield reason.detail
    for a in d.attachments:
        if a.assessment is not None:
            yield a.assessment.reason


def _assessment(a: ImageAssessment | None, known: KnownIdentifiers) -> ImageAssessment | None:
    if a is None:
        return None
    # The original file's hash would link the export back to the identified image.
    return replace(a, reason=scrub_text(a.reason, known), attachment_sha256="")


def deidentify_attachment(info: AttachmentInfo, data: bytes, *, patient_ref: str, shift_days: int,
                          uid_map: UidMap) -> tuple[bytes | None, tuple[str, ...]]:
    """De-identified bytes of one attachment and what to check by eye (burned-in text), or
    (None, why) when its kind cannot be de-identified safely.

    Raises
    ------
    ImageReadError
        (or ``DicomReadError``) when the stored file cannot be read.
    """
    if info.kind == "dicom":
        result = deidentify_dicom(data, uid_map=uid_map, date_shift_days=shift_days, pseudonym=patient_ref)
        return result.data, result.warnings
    if info.kind == "photo":
        return deidentify_photo(data), ()
    return None, ("only DICOM files and photos can be de-identified",)
