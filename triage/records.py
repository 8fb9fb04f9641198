"""Typed records that cross the store boundary (the UI and export never see SQL rows)."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, Mapping

from triage.intake import ArrivalMode, Patient, Vitals
from triage.suggestion import ImageAssessment, Suggestion


class Role(str, enum.Enum):
    NURSE = "nurse"
    CLINICIAN = "clinician"
    ADMIN = "admin"


class CaseStatus(str, enum.Enum):
    WAITING = "waiting"
    IN_REVIEW = "in_review"
    CLOSED = "closed"


OPEN_STATUSES = (CaseStatus.WAITING, CaseStatus.IN_REVIEW)


class Decision(str, enum.Enum):
    ACCEPT = "accept"
    OVERRIDE = "override"


@dataclass(frozen=True)
class User:
    """An account. ``session`` is set only on the value sign-in returns (``Accounts.login``):
    the store checks it on every action, so a ``User`` built by hand acts for nobody."""

    id: int
    username: str
    display_name: str
    roles: frozenset[Role]
    active: bool = True
    session: str = field(default="", repr=False, compare=False)
    # The account's interface language (one of ``LANGUAGES``), or "" for the desk's default.
    language: str = field(default="", compare=False)

    def has(self, role: Role) -> bool:
        return role in self.roles


# Interface languages an account may choose (the desktop app has a translation for each; English
# is the source text). The domain only stores the code: the words live in ``ui``.
LANGUAGES = ("en", "ko")


def check_language(language: str | None) -> str:
    """``language`` as stored: a code of ``LANGUAGES``, or "" (None, "") for the desk's default.

    Raises
    ------
    ValueError
        ``language`` is neither empty nor one of ``LANGUAGES``.
    """
    code = (language or "").strip().lower()
    if code and code not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}; choose one of {', '.join(LANGUAGES)} "
                         "or the desk's default")
    return code


SYSTEM_USER = User(id=0, username="system", display_name="System", roles=frozenset())


@dataclass(frozen=True)
class NewAttachment:
    """An image or file to attach to a case. The store copies the bytes in, content-addressed."""

    data: bytes
    original_name: str
    kind: str  # "dicom" | "photo" | "other"
    modality: str = ""  # CR, DX, CT, MR, XC (photo), …
    body_part: str = ""
    view: str = ""
    metadata: Mapping[str, Any] = field(default_factory=dict)  # non-identifying fields only
    assessment: ImageAssessment | None = None
    marked_chest_xray: bool = False


@dataclass(frozen=True)
class AttachmentInfo:
    id: int
    case_id: int
    sha256: str
    original_name: str
    kind: str
    modality: str
    body_part: str
    view: str
    size_bytes: int
    path: Path  # where the stored bytes are
    added_at: datetime
    metadata: Mapping[str, Any] = field(default_factory=dict)
    assessment: ImageAssessment | None = None


@dataclass(frozen=True)
class VitalSet:
    id: int
    case_id: int
    vitals: Vitals
    recorded_at: datetime
    recorded_by: str  # username


@dataclass(frozen=True)
class StoredSuggestion:
    id: int
    case_id: int
    vital_set_id: int | None
    created_at: datetime
    suggestion: Suggestion


@dataclass(frozen=True)
class ReviewRecord:
    id: int
    case_id: int
    suggestion_id: int | None
    reviewer: str  # username
    decision: Decision
    suggested_level: int | None
    final_level: int
    reason: str
    signed_at: datetime
    # An imported review: ``reviewer`` is the account that imported it (the author of the write),
    # this the reviewer the source named, kept only as imported data (m017).
    imported_signed_by: str = ""

    @property
    def signed_by(self) -> str:
        """Who to show as the signer: an imported review never passes as signed here."""
        if self.imported_signed_by:
            return f"{self.reviewer} (imported, signed by {self.imported_signed_by} at the source)"
        return self.reviewer


@dataclass(frozen=True)
class Note:
    id: int
    case_id: int
    author: str
    text: str
    created_at: datetime


@dataclass(frozen=True)
class CaseSummary:
    """One worklist row."""

    case_id: int
    patient_id: int
    patient_name: str
    age_years: int | None
    sex: str
    complaint: str
    arrival_time: datetime
    status: CaseStatus
    suggested_level: int | None
    decided_level: int | None  # the clinician's final level, once reviewed
    current_level: int | None  # decided if reviewed, else suggested
    is_demo: bool = False


@dataclass(frozen=True)
class CaseDetail:
    case_id: int
    patient_id: int
    patient: Patient
    complaint: str
    arrival_time: datetime
    arrival_mode: ArrivalMode
    injury: bool | None
    status: CaseStatus
    current_level: int | None
    created_by: str
    vitals: tuple[VitalSet, ...]  # oldest first; re-triage appends
    suggestions: tuple[StoredSuggestion, ...]  # oldest first
    reviews: tuple[ReviewRecord, ...]
    notes: tuple[Note, ...]
    attachments: tuple[AttachmentInfo, ...]
    is_demo: bool = False
    closed_at: datetime | None = None
    revisions: tuple["IntakeRevision", ...] = ()  # intake edits, oldest first
    narrative: str = ""  # the free-text note the intake was read from (issue 13)

    @property
    def latest_vitals(self) -> Vitals | None:
        return self.vitals[-1].vitals if self.vitals else None

    @property
    def latest_suggestion(self) -> Suggestion | None:
        return self.suggestions[-1].suggestion if self.suggestions else None

    @property
    def latest_review(self) -> ReviewRecord | None:
        return self.reviews[-1] if self.reviews else None


@dataclass(frozen=True)
class WorklistQuery:
    statuses: tuple[CaseStatus, ...] = OPEN_STATUSES
    levels: tuple[int, ...] = ()  # empty = all
    search: str = ""  # matches patient name, MRN or complaint
    decided_since: datetime | None = None  # only cases decided and closed at or after this time
    limit: int = 200
    offset: int = 0


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: datetime
    username: str
    action: str
    object_type: str
    object_id: str
    details: Mapping[str, Any]
    prev_hash: str
    hash: str


@dataclass(frozen=True)
class VerifyResult:
    ok: bool
    rows_checked: int
    first_bad_id: int | None = None
    message: str = ""
    head: str = ""  # "ID:HASH" of the last row read: keep it elsewhere, pass it back as an anchor
    # Stored rows that do not match their last audited write, or that no audit row records.
    problems: tuple[str, ...] = ()


# --------------------------------------------------------------------------- imports
# A case read back from one of our exports, handed whole to ``CaseStore.import_case``. These live
# here, beside the other types that cross the store boundary, because the store must not depend on
# the importer (which pulls in the export writers). Sub-records refer to each other by position,
# as the JSON Lines file does; the store maps positions to the ids it creates.


@dataclass(frozen=True)
class ImportedVitalSet:
    vitals: Vitals
    recorded_at: datetime
    recorded_by: str  # username as exported (a pseudonym in a de-identified file)


@dataclass(frozen=True)
class ImportedSuggestion:
    suggestion: Suggestion
    created_at: datetime
    vital_set_index: int | None  # position in ``ImportedCase.vitals`` it was made on


@dataclass(frozen=True)
class ImportedReview:
    reviewer: str
    decision: Decision
    suggested_level: int | None
    final_level: int
    reason: str
    signed_at: datetime
    suggestion_index: int | None  # position in ``ImportedCase.suggestions`` it decided on
    imported_signed_by: str = ""  # the source already held it as imported: its first reviewer


@dataclass(frozen=True)
class ImportedNote:
    author: str
    text: str
    created_at: datetime


@dataclass(frozen=True)
class ImportedAttachment:
    """An attachment's record; ``file`` holds its exported bytes, or None (metadata only)."""

    original_name: str
    kind: str
    sha256: str
    size_bytes: int
    added_at: datetime
    modality: str = ""
    body_part: str = ""
    view: str = ""
    metadata: Mapping[str, Any] = field(default_factory=dict)
    assessment: ImageAssessment | None = None
    file: Path | None = None


@dataclass(frozen=True)
class ImportedCase:
    """One whole case of an import file; ``line`` is where it starts (for errors and the audit)."""

    line: int
    patient: Patient
    complaint: str
    arrival_time: datetime
    arrival_mode: ArrivalMode
    injury: bool | None
    status: CaseStatus
    current_level: int | None
    created_by: str
    closed_at: datetime | None = None
    is_demo: bool = False
    vitals: tuple[ImportedVitalSet, ...] = ()  # oldest first
    suggestions: tuple[ImportedSuggestion, ...] = ()
    reviews: tuple[ImportedReview, ...] = ()
    notes: tuple[ImportedNote, ...] = ()
    attachments: tuple[ImportedAttachment, ...] = ()
    narrative: str = ""


# --------------------------------------------------------------------------- patients and edits


@dataclass(frozen=True)
class PatientMatch:
    """One patient found at intake: who, how many cases they have here and when they last came."""

    patient_id: int
    patient: Patient
    case_count: int
    last_arrival: datetime | None


INTAKE_CASE_FIELDS = ("complaint", "arrival_mode", "injury", "narrative")
INTAKE_PATIENT_FIELDS = ("name", "birth_date", "age_years", "sex", "mrn", "phone")


@dataclass(frozen=True)
class IntakeChange:
    """New values for an open case's intake, as the form holds them (text or typed values).

    ``None`` leaves a field as it is; ``""`` clears it. The store validates the result with
    ``parse_intake``, so a bad value is refused the same way as at intake.
    """

    complaint: object = None
    arrival_mode: object = None
    injury: object = None
    narrative: object = None  # the free-text note (issue 13)
    name: object = None
    birth_date: object = None
    age_years: object = None
    sex: object = None
    mrn: object = None
    phone: object = None

    def given(self) -> dict[str, object]:
        """The fields this change sets (name → value)."""
        return {name: getattr(self, name) for name in (*INTAKE_CASE_FIELDS, *INTAKE_PATIENT_FIELDS)
                if getattr(self, name) is not None}


@dataclass(frozen=True)
class IntakeRevision:
    """One change to an intake: who, when, which fields, and their values before and after.

    ``kind`` is "edit" (``update_intake``), "link" (a new case for a known patient changed their
    demographics) or "merge" (patients with one MRN merged when the schema was upgraded).
    """

    id: int
    case_id: int | None
    patient_id: int | None
    revised_at: datetime
    revised_by: str
    kind: str
    fields: tuple[str, ...]
    previous: Mapping[str, Any]
    values: Mapping[str, Any]
