"""Typed domain errors. Only ``ui/`` and the CLI turn them into words for people."""

from __future__ import annotations

from dataclasses import dataclass


class TriageError(Exception):
    """Base class of every error the domain raises on purpose."""


@dataclass(frozen=True)
class FieldError:
    """One invalid form field: which field, the value given and what is allowed."""

    field: str
    value: object
    message: str

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"


class InvalidIntake(TriageError):
    """The intake form is not valid; ``errors`` names each bad field. Nothing was saved."""

    def __init__(self, errors: list[FieldError]):
        self.errors = list(errors)
        super().__init__("; ".join(str(e) for e in self.errors))

    def for_field(self, field: str) -> FieldError | None:
        return next((e for e in self.errors if e.field == field), None)


class PermissionDenied(TriageError):
    """The signed-in user's roles do not allow the action (the refusal is audited)."""


class AuthenticationFailed(TriageError):
    """Wrong user name or password. Deliberately does not say which."""


class AccountLocked(TriageError):
    """Too many failed logins, or the account is disabled."""


class NotFound(TriageError):
    """The requested record does not exist."""


class StorageError(TriageError):
    """The database or attachment folder cannot be written (read-only, full disk, locked)."""


class InvalidReview(TriageError):
    """A review is not acceptable (an override without a reason, a level outside 1-5, accepting a
    level other than the suggestion)."""


class ModelUnavailable(TriageError):
    """A model file is missing, corrupt (hash mismatch) or cannot be loaded."""


class ImageReadError(TriageError):
    """An image file cannot be read; the message says why and what to do."""


class DicomReadError(ImageReadError):
    """A DICOM file cannot be read (not DICOM, truncated, no pixels, unsupported compression)."""


class ImageNotDecodable(ImageReadError):
    """The image decoder crashed, ran out of time or hit its memory cap on this file.

    Decoding runs in a separate process (:mod:`triage.imaging.isolation`), so this costs one
    file; the message says what happened. Other files still decode."""


class ImportError_(TriageError):
    """An import file has invalid rows; ``errors`` lists (line number, message)."""

    def __init__(self, errors: list[tuple[int, str]]):
        self.errors = list(errors)
        super().__init__("; ".join(f"line {n}: {m}" for n, m in self.errors[:20]))


class DatasetError(TriageError):
    """An evaluation/training data file cannot be read or lacks required columns."""


class UnsupportedCompression(DicomReadError):
    """The DICOM transfer syntax has no installed decoder; the message names the syntax."""


class CaseClosed(TriageError):
    """The case is closed: it can be read and exported, but no longer reviewed, edited, re-triaged,
    annotated or given attachments."""


class CaseChanged(TriageError):
    """A decision was made on a stale screen: the case changed since it was read (another
    clinician decided, it was re-triaged, closed or reopened). The message says who changed what;
    nothing was written: re-read the case, then decide again."""


class TamperedRecord(TriageError):
    """A write was refused because the rows it would rewrite differ from their last audited
    write (edited outside the app): writing would record the altered data as audited. Nothing was
    written; the discrepancy is in the audit log (``audit.tamper_found``)."""

    def __init__(self, message: str, *, mismatches: tuple = (), object_type: str = "",
                 object_id: str = "", details: dict | None = None, actor: object = None):
        super().__init__(message)
        self.mismatches = mismatches
        self.actor = actor  # who the refusal is recorded against (None: the store's acting user)
        self.object_type, self.object_id = object_type, object_id
        self.details = dict(details or {})  # row keys and hashes, for the audit row


class WeakPassword(TriageError):
    """The new password is too short (the message says the minimum)."""


class ExportCancelled(TriageError):
    """The export was cancelled; its partial output has been removed."""


class TrainingCancelled(TriageError):
    """Training was cancelled by the caller; no model file was changed."""


class ImportInterrupted(ImportError_):
    """A valid import file stopped at a case that could not be saved (e.g. a damaged attachment
    file): ``saved`` cases before it were saved, each whole; that case and the rest were not."""

    def __init__(self, errors: list[tuple[int, str]], saved: int):
        self.saved = saved
        super().__init__(errors)


class PatientConflict(TriageError):
    """The intake names a patient (an MRN, or a chosen patient) that contradicts another patient
    already on record; nothing was saved. The message says which and what to do."""
