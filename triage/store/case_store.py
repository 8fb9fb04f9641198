"""CaseStore: the one place that holds SQL (SQLite through sqlite-utils).

Contract used by ui/, export and the CLI. Every method that changes data takes the acting ``User``,
checks the permission through ``triage.store.auth`` (a refusal raises ``PermissionDenied`` and is audited)
and writes its audit row in the same transaction as the change. Attachment bytes are written
(fsync'd, renamed) *before* the transaction that references them, so a crash leaves at worst an
unreferenced file, never a case pointing at a missing one.

One connection per store, shared by the GUI thread and workers under a lock; other processes (a
second desk) use their own store on the same file: WAL lets them read while one writes, and a
writer waits up to ``BUSY_TIMEOUT_S`` for the lock instead of failing.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import os
import sqlite3
import tempfile
import threading
import time
from dataclasses import dataclass
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any, Callable, Iterator, Mapping, Sequence, TypeVar

from sqlite_utils import Database

from triage.store import migrations
from triage.store.audit import AuditLog, storage_error, write_transaction
from triage.store.auth import Accounts, Permission, require
from triage.errors import CaseClosed, ImportError_, InvalidReview, NotFound, PatientConflict
from triage.intake import AVPU, ArrivalMode, Intake, Patient, Sex, Vitals, parse_intake
from triage.records import (INTAKE_CASE_FIELDS, INTAKE_PATIENT_FIELDS, OPEN_STATUSES, SYSTEM_USER,
                      AttachmentInfo, AuditEntry, CaseDetail, CaseStatus, CaseSummary, Decision,
                      ImportedAttachment, ImportedCase, IntakeChange, IntakeRevision, NewAttachment,
                      Note, PatientMatch, ReviewRecord, StoredSuggestion, User, VerifyResult,
                      VitalSet, WorklistQuery)
from triage.scales import LEVELS
from triage.suggestion import ImageAssessment, Suggestion

DB_NAME = "triage.db"
ATTACHMENTS = "attachments"
BUSY_TIMEOUT_S = 10.0
MAX_NOTE_CHARS = 10_000
DEMO_KEY = "demo"
CACHE_KIB = 64 * 1024
STALE_TEMP_S = 3600  # a temp attachment file this old belongs to no living writer
SEARCH_INDEX_MAX = 2_000  # above this many trigram hits, filter the worklist index instead

_F = TypeVar("_F", bound=Callable[..., Any])


def _locked(method: _F) -> _F:
    """Serialise use of the one connection between the GUI thread and workers."""

    @functools.wraps(method)
    def wrapper(self: "CaseStore", *args: Any, **kwargs: Any) -> Any:
        with self._lock:
            return method(self, *args, **kwargs)

    return wrapper  # type: ignore[return-value]


def _iso(when: datetime | None) -> str | None:
    """UTC ISO text with a fixed width, so text order is time order (naive = UTC)."""
    if when is None:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return when.astimezone(timezone.utc).isoformat(timespec="microseconds")


def _dt(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def _now() -> str:
    return _iso(datetime.now(timezone.utc))  # type: ignore[return-value]


def _json(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)


def _check_level(level: int | None, what: str) -> None:
    if level is not None and level not in LEVELS:
        raise ValueError(f"{what} must be a level 1-5, got {level!r}")


@dataclass(frozen=True)
class _Blob:
    sha256: str
    size: int


@dataclass(frozen=True)
class _Linked:
    """The patient row a new case belongs to, and what linking changed in it."""

    patient_id: int
    existed: bool
    previous: dict[str, Any]  # changed fields' stored values
    changed: dict[str, Any]  # changed fields' new values
    name: str
    mrn: str


_PATIENT_COLUMNS = ", ".join(INTAKE_PATIENT_FIELDS)


def _patient_values(p: Patient) -> dict[str, Any]:
    """A patient as its database columns."""
    return {"name": p.name, "birth_date": p.birth_date.isoformat() if p.birth_date else None,
            "age_years": p.age_years, "sex": p.sex.value, "mrn": p.mrn, "phone": p.phone}


def _known(field_name: str, value: Any) -> bool:
    """Does the value say something? A blank or an unknown sex never replaces a known value."""
    return value not in (None, "") and not (field_name == "sex" and value == Sex.UNKNOWN.value)


def _like(text: str) -> str:
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


class CaseStore:
    """An installation's database (``<data_dir>/triage.db``) and attachment folder."""

    def __init__(self, data_dir: Path | str):
        """Open (creating or migrating) the installation in ``data_dir``.

        Raises
        ------
        StorageError
            the folder or database cannot be created, opened or migrated (read-only, full disk).
        """
        self.data_dir = Path(data_dir)
        self.db_path = self.data_dir / DB_NAME
        self.attachments_dir = self.data_dir / ATTACHMENTS
        self._lock = threading.RLock()
        self._own_commits = 0
        self.backup_path: Path | None = None
        try:
            self.attachments_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise storage_error(exc, f"the data folder {self.data_dir}") from exc
        existed = self.db_path.exists() and self.db_path.stat().st_size > 0
        try:
            conn = sqlite3.connect(str(self.db_path), timeout=BUSY_TIMEOUT_S,
                                   check_same_thread=False, isolation_level=None)
        except sqlite3.Error as exc:
            raise storage_error(exc, f"the database {self.db_path}") from exc
        self.conn = conn
        try:
            conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("PRAGMA synchronous = FULL")
            # A 100k-case worklist index stays in memory instead of being re-read per query.
            conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
            self.db = Database(conn)
            if migrations.pending(self.db):
                if existed:
                    self.backup_path = migrations.backup(self.db, self.db_path)
                with write_transaction(conn, f"the database {self.db_path}"):
                    migrations.MIGRATIONS.apply(self.db)  # re-checks pending under the lock
        except (sqlite3.Error, OSError) as exc:
            conn.close()
            raise storage_error(exc, f"the database {self.db_path}") from exc
        except BaseException:
            conn.close()
            raise
        self._sweep_stale_temp_files()

    def _sweep_stale_temp_files(self) -> None:
        """Remove attachment temp files a killed process left behind (old enough to be dead)."""
        cutoff = datetime.now(timezone.utc).timestamp() - STALE_TEMP_S
        for tmp in self.attachments_dir.glob("*/.tmp-*"):
            with contextlib.suppress(OSError):
                if tmp.stat().st_mtime < cutoff:
                    tmp.unlink()

    @classmethod
    def open(cls, data_dir: Path | str) -> "CaseStore":
        """Create/migrate (backup first), WAL, foreign_keys=ON, synchronous=FULL, busy timeout.

        Raises
        ------
        StorageError
            see ``CaseStore.__init__``.
        """
        return cls(data_dir)

    def close(self) -> None:
        with self._lock:
            self.conn.close()

    def __enter__(self) -> "CaseStore":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ plumbing

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction (BEGIN IMMEDIATE) under the store's lock.

        Raises
        ------
        StorageError
            the database is read-only, full, or stayed locked past the busy timeout.
        """
        where = f"the database {self.db_path}"
        self._begin_write(where)
        try:
            with write_transaction(self.conn, where, begun=True) as conn:
                yield conn
        finally:
            self._lock.release()
        self._own_commits += 1

    def _begin_write(self, where: str) -> None:
        """BEGIN IMMEDIATE, returning with the store's lock held. While another desk holds the
        database's write lock, wait with the store's lock *released*: this desk's other threads
        (the worklist's poll on the GUI thread) must never queue behind that wait."""
        deadline = time.monotonic() + BUSY_TIMEOUT_S
        while True:
            self._lock.acquire()
            try:
                self.conn.execute("PRAGMA busy_timeout = 0")
                try:
                    self.conn.execute("BEGIN IMMEDIATE")
                    return  # both locks held
                except sqlite3.OperationalError as exc:
                    if not str(exc).startswith("database is locked") or time.monotonic() > deadline:
                        raise storage_error(exc, where) from exc
                finally:
                    self.conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
            except BaseException:
                self._lock.release()
                raise
            self._lock.release()
            time.sleep(0.02)

    @property
    def audit(self) -> AuditLog:
        return AuditLog(self.conn)

    @property
    def accounts(self) -> Accounts:
        return Accounts(self)

    def _require(self, actor: User | None, *perms: Permission, object_type: str = "",
                 object_id: object = "") -> None:
        require(self, actor, *perms, object_type=object_type, object_id=object_id)

    def attachment_path(self, sha256: str) -> Path:
        """Where the bytes with this sha256 live: ``attachments/ab/cdef…``."""
        return self.attachments_dir / sha256[:2] / sha256[2:]

    def _put_blob(self, data: bytes) -> _Blob:
        """Store bytes once, by content: temp file, fsync, rename, fsync the folder."""
        sha = hashlib.sha256(data).hexdigest()
        path = self.attachment_path(sha)
        if path.exists() and path.stat().st_size == len(data):
            return _Blob(sha, len(data))
        tmp = None
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
            with os.fdopen(fd, "wb") as f:
                f.write(data)
                f.flush()
                os.fsync(f.fileno())
            os.replace(tmp, path)
            tmp = None
            dir_fd = os.open(path.parent, os.O_RDONLY)
            try:
                os.fsync(dir_fd)
            finally:
                os.close(dir_fd)
        except OSError as exc:
            raise storage_error(exc, f"the attachment folder {self.attachments_dir}") from exc
        finally:
            if tmp is not None:
                with contextlib.suppress(OSError):
                    os.unlink(tmp)
        return _Blob(sha, len(data))

    def _case_row(self, case_id: int) -> sqlite3.Row:
        row = self.conn.execute("SELECT id, status, suggested_level, decided_level FROM cases "
                                "WHERE id = ?", (case_id,)).fetchone()
        if row is None:
            raise NotFound(f"case {case_id} does not exist")
        return row

    def _open_case(self, case_id: int) -> tuple:
        row = self._case_row(case_id)
        if row[1] == CaseStatus.CLOSED.value:
            raise CaseClosed(f"case {case_id} is closed and can no longer be changed")
        return row

    # ------------------------------------------------------------------ settings / state

    @_locked
    def is_demo(self) -> bool:
        row = self.conn.execute("SELECT value FROM settings WHERE key = ?", (DEMO_KEY,)).fetchone()
        return bool(row and row[0] == "1")

    def mark_demo(self) -> None:
        """Mark the installation as a demo (the login screen then lists the demo accounts)."""
        with self.transaction() as conn:
            conn.execute("INSERT INTO settings (key, value) VALUES (?, '1') "
                         "ON CONFLICT(key) DO UPDATE SET value = '1'", (DEMO_KEY,))
            AuditLog(conn).append(SYSTEM_USER, "installation.mark_demo", "settings", DEMO_KEY)

    @_locked
    def needs_first_admin(self) -> bool:
        return not self.accounts.has_admin()

    @_locked
    def data_version(self) -> int:
        """Changes whenever any connection commits (PRAGMA data_version + own commits): the
        worklist polls it cheaply to refresh when another desk saves a case."""
        return int(self.conn.execute("PRAGMA data_version").fetchone()[0]) + self._own_commits

    # ------------------------------------------------------------------ writes: cases

    def _insert_vitals(self, conn: sqlite3.Connection, case_id: int, vitals: Vitals,
                       by: str, at: str) -> int:
        v = vitals
        cur = conn.execute(
            "INSERT INTO vital_sets (case_id, recorded_at, recorded_by, heart_rate, resp_rate, sbp, "
            "dbp, spo2, temperature_c, pain, avpu, gcs, on_oxygen, measured_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (case_id, at, by, v.heart_rate, v.resp_rate, v.sbp, v.dbp, v.spo2, v.temperature_c,
             v.pain, v.avpu.value if v.avpu else None, v.gcs,
             None if v.on_oxygen is None else int(v.on_oxygen), _iso(v.measured_at)))
        return int(cur.lastrowid)

    def _insert_suggestion(self, conn: sqlite3.Connection, case_id: int, vital_set_id: int | None,
                           s: Suggestion, at: str) -> int:
        d = s.to_dict()
        cur = conn.execute(
            "INSERT INTO suggestions (case_id, vital_set_id, created_at, level, confidence, "
            "engine_version, rules_only, payload) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (case_id, vital_set_id, at, s.level, float(s.confidence),
             str(s.versions.get("engine", "")), int(s.rules_only), _json(d)))
        return int(cur.lastrowid)

    def _insert_attachment(self, conn: sqlite3.Connection, case_id: int, a: NewAttachment,
                           blob: _Blob, by: str, at: str) -> int:
        assessment = a.assessment
        cur = conn.execute(
            "INSERT INTO attachments (case_id, sha256, original_name, kind, modality, body_part, "
            "view, size_bytes, marked_chest_xray, metadata, assessment, saliency_png, added_at, "
            "added_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (case_id, blob.sha256, a.original_name, a.kind, a.modality, a.body_part, a.view,
             blob.size, int(a.marked_chest_xray), _json(dict(a.metadata)),
             _json(assessment.to_dict()) if assessment else None,
             assessment.saliency_png if assessment else None, at, by))
        return int(cur.lastrowid)

    def create_case(self, actor: User, intake: Intake, suggestion: Suggestion | None,
                    attachments: Sequence[NewAttachment] = (), patient_id: int | None = None) -> int:
        """Save a new case (patient, case, vitals, attachments, suggestion, audit row) atomically.

        The case belongs to ``patient_id`` when given (a patient picked with ``find_patients``),
        else to the patient who holds the intake's MRN, else to a new patient. Linking never
        silently overwrites: a known value of the intake that differs from the stored one replaces
        it through a "link" revision that keeps the old value; a blank never erases one.

        Raises
        ------
        PermissionDenied
            ``actor`` may not create intakes (or attach images).
        NotFound
            ``patient_id`` does not exist.
        PatientConflict
            the intake's MRN belongs to another patient than ``patient_id``; nothing was saved.
        StorageError
            the disk is read-only or full, or the database stayed locked; nothing was saved.
        """
        self._require(actor, Permission.INTAKE, object_type="case")
        if attachments:
            self._require(actor, Permission.ATTACH, object_type="case")
        _check_level(suggestion.level if suggestion else None, "suggestion level")
        blobs = [self._put_blob(a.data) for a in attachments]
        now = _now()
        p = intake.patient
        arrival = _iso(intake.arrival_time) or now
        with self.transaction() as conn:
            demo = self.is_demo()
            linked = self._link_patient(conn, p, patient_id, demo, now)
            level = suggestion.level if suggestion else None
            case_id = int(conn.execute(
                "INSERT INTO cases (patient_id, complaint, arrival_time, arrival_mode, injury, "
                "status, is_open, suggested_level, current_level, created_by, created_at, "
                "updated_at, is_demo, search_text) VALUES (?, ?, ?, ?, ?, 'waiting', 1, ?, ?, ?, "
                "?, ?, ?, ?)",
                (linked.patient_id, intake.complaint, arrival, intake.arrival_mode.value,
                 None if intake.injury is None else int(intake.injury), level, level,
                 actor.username, now, now, int(demo),
                 _search_text(linked.name, linked.mrn, intake.complaint))).lastrowid)
            details: dict[str, Any] = {"level": level, "attachments": len(blobs), "demo": demo}
            if linked.existed:
                details["patient_id"] = linked.patient_id
                details["patient_fields"] = sorted(linked.changed)
            self._record_link(conn, case_id, linked, actor.username, now)
            vital_id = self._insert_vitals(conn, case_id, intake.vitals, actor.username, now)
            if suggestion is not None:
                self._insert_suggestion(conn, case_id, vital_id, suggestion, now)
            for a, blob in zip(attachments, blobs):
                self._insert_attachment(conn, case_id, a, blob, actor.username, now)
            AuditLog(conn).append(actor, "case.create", "case", case_id, details)
        return case_id

    def _link_patient(self, conn: sqlite3.Connection, p: Patient, patient_id: int | None,
                      demo: bool, now: str) -> _Linked:
        """The patient row of a new case: ``patient_id``, else the MRN's holder, else a new row."""
        # "mrn != ''" lets SQLite use the partial unique index (a bare "mrn = ?" scans).
        holder = conn.execute("SELECT id FROM patients WHERE mrn = ? AND mrn != ''",
                              (p.mrn,)).fetchone() if p.mrn else None
        if patient_id is not None:
            if holder is not None and holder[0] != patient_id:
                raise PatientConflict(f"MRN {p.mrn} belongs to another patient (#{holder[0]}), not "
                                      f"to the chosen patient #{patient_id}: pick that patient or "
                                      "correct the MRN. Nothing was saved.")
            target = patient_id
        else:
            target = holder[0] if holder is not None else None
        new = _patient_values(p)
        if target is None:
            pid = int(conn.execute(
                "INSERT INTO patients (name, birth_date, age_years, sex, mrn, phone, is_demo, "
                "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (*new.values(), int(demo), now)).lastrowid)
            return _Linked(pid, False, {}, {}, p.name, p.mrn)
        row = conn.execute(f"SELECT {_PATIENT_COLUMNS} FROM patients WHERE id = ?",
                           (target,)).fetchone()
        if row is None:
            raise NotFound(f"patient {target} does not exist")
        current = dict(zip(INTAKE_PATIENT_FIELDS, row))
        changed = {k: v for k, v in new.items() if _known(k, v) and v != current[k]}
        if changed:
            conn.execute(f"UPDATE patients SET {', '.join(f'{k} = ?' for k in changed)} "
                         "WHERE id = ?", (*changed.values(), target))
        merged = {**current, **changed}
        return _Linked(target, True, {k: current[k] for k in changed}, changed,
                       merged["name"], merged["mrn"])

    def _record_link(self, conn: sqlite3.Connection, case_id: int, linked: _Linked, by: str,
                     now: str) -> None:
        """After a case joined a known patient: its revision row, and every case's search text
        when the name or MRN changed."""
        if not linked.changed:
            return
        _add_revision(conn, case_id, linked.patient_id, "link", linked.previous, linked.changed,
                      by, now)
        if {"name", "mrn"} & set(linked.changed):
            self._refresh_search(conn, linked.patient_id)

    def _refresh_search(self, conn: sqlite3.Connection, patient_id: int) -> None:
        name, mrn = conn.execute("SELECT name, mrn FROM patients WHERE id = ?",
                                 (patient_id,)).fetchone()
        conn.executemany("UPDATE cases SET search_text = ? WHERE id = ?",
                         [(_search_text(name, mrn, complaint), cid) for cid, complaint in
                          conn.execute("SELECT id, complaint FROM cases WHERE patient_id = ?",
                                       (patient_id,)).fetchall()])

    def update_intake(self, actor: User, case_id: int, changes: IntakeChange) -> int:
        """Edit an open case's complaint, arrival mode, injury or patient demographics.

        The edit is validated as a whole intake (``parse_intake``), written as a new revision row
        holding the changed fields' previous and new values (the original is never lost), and
        audited with the changed field *names* only. Demographics belong to the patient, so every
        case of that patient shows them. Returns the revision's id.

        Raises
        ------
        PermissionDenied
            ``actor`` may not edit intakes (audited).
        NotFound
            no such case.
        CaseClosed
            the case is closed.
        InvalidIntake
            a value is invalid; ``errors`` names the field. Nothing was changed.
        PatientConflict
            the new MRN belongs to another patient.
        ValueError
            the change sets no field to a new value.
        StorageError
        """
        self._require(actor, Permission.INTAKE, object_type="case", object_id=case_id)
        given = changes.given()
        now = _now()
        with self.transaction() as conn:
            self._open_case(case_id)
            row = conn.execute(
                f"SELECT c.patient_id, c.complaint, c.arrival_mode, c.injury, {_PATIENT_COLUMNS} "
                "FROM cases c JOIN patients p ON p.id = c.patient_id WHERE c.id = ?",
                (case_id,)).fetchone()
            patient_id = row[0]
            current = dict(zip((*INTAKE_CASE_FIELDS, *INTAKE_PATIENT_FIELDS), row[1:]))
            current["injury"] = None if current["injury"] is None else bool(current["injury"])
            edited = parse_intake({**{k: "" if v is None else v for k, v in current.items()},
                                   **given})
            new = {"complaint": edited.complaint, "arrival_mode": edited.arrival_mode.value,
                   "injury": edited.injury, **_patient_values(edited.patient)}
            changed = {k: new[k] for k in given if new[k] != current[k]}
            if not changed:
                raise ValueError("The edit changes nothing: every value is as recorded")
            patient_changes = {k: v for k, v in changed.items() if k in INTAKE_PATIENT_FIELDS}
            mrn = patient_changes.get("mrn")
            if mrn:
                holder = conn.execute("SELECT id FROM patients WHERE mrn = ? AND mrn != '' "
                                      "AND id != ?", (mrn, patient_id)).fetchone()
                if holder is not None:
                    raise PatientConflict(f"MRN {mrn} belongs to another patient (#{holder[0]}); "
                                          "nothing was changed")
            case_changes = {k: v for k, v in changed.items() if k in INTAKE_CASE_FIELDS}
            if "injury" in case_changes and case_changes["injury"] is not None:
                case_changes["injury"] = int(case_changes["injury"])
            if case_changes:
                conn.execute(f"UPDATE cases SET {', '.join(f'{k} = ?' for k in case_changes)}, "
                             "updated_at = ? WHERE id = ?", (*case_changes.values(), now, case_id))
            else:
                conn.execute("UPDATE cases SET updated_at = ? WHERE id = ?", (now, case_id))
            if patient_changes:
                conn.execute(f"UPDATE patients SET "
                             f"{', '.join(f'{k} = ?' for k in patient_changes)} WHERE id = ?",
                             (*patient_changes.values(), patient_id))
            if {"name", "mrn", "complaint"} & set(changed):
                self._refresh_search(conn, patient_id)
            revision_id = _add_revision(conn, case_id, patient_id if patient_changes else None,
                                        "edit", {k: current[k] for k in changed}, changed,
                                        actor.username, now)
            AuditLog(conn).append(actor, "case.edit_intake", "case", case_id,
                                  {"revision_id": revision_id, "fields": sorted(changed)})
        return revision_id

    def retriage(self, actor: User, case_id: int, vitals: Vitals,
                 suggestion: Suggestion | None) -> int:
        """Add a new vital-sign set (never overwriting) and its suggestion; returns the set's id.

        Raises
        ------
        PermissionDenied, NotFound, CaseClosed, StorageError
        """
        self._require(actor, Permission.RETRIAGE, object_type="case", object_id=case_id)
        _check_level(suggestion.level if suggestion else None, "suggestion level")
        now = _now()
        with self.transaction() as conn:
            row = self._open_case(case_id)
            vital_id = self._insert_vitals(conn, case_id, vitals, actor.username, now)
            if suggestion is not None:
                self._insert_suggestion(conn, case_id, vital_id, suggestion, now)
                decided = row[3]
                conn.execute("UPDATE cases SET suggested_level = ?, current_level = ?, "
                             "updated_at = ? WHERE id = ?",
                             (suggestion.level, decided if decided is not None else suggestion.level,
                              now, case_id))
            else:
                conn.execute("UPDATE cases SET updated_at = ? WHERE id = ?", (now, case_id))
            AuditLog(conn).append(actor, "case.retriage", "case", case_id,
                                  {"vital_set_id": vital_id,
                                   "level": suggestion.level if suggestion else None,
                                   "previous_level": row[2]})
        return vital_id

    def start_review(self, actor: User, case_id: int) -> None:
        """Mark a case as being reviewed (waiting → in review).

        Raises
        ------
        PermissionDenied, NotFound, CaseClosed, StorageError
        """
        self._require(actor, Permission.START_REVIEW, object_type="case", object_id=case_id)
        with self.transaction() as conn:
            row = self._open_case(case_id)
            conn.execute("UPDATE cases SET status = 'in_review', updated_at = ? WHERE id = ?",
                         (_now(), case_id))
            AuditLog(conn).append(actor, "case.start_review", "case", case_id,
                                  {"from_status": row[1]})

    def review(self, actor: User, case_id: int, decision: Decision, final_level: int,
               reason: str = "") -> int:
        """Sign a clinician's decision on the latest suggestion; returns the review's id.

        Accepting keeps the suggested level; an override needs a reason (kept in the review, never
        in the audit log, which records only that a reason was given).

        Raises
        ------
        PermissionDenied
            ``actor`` is not a clinician (audited).
        InvalidReview
            an override without a reason, a level outside 1-5, or accepting a level other than the
            suggestion (or with no suggestion).
        CaseClosed
            the case is closed.
        NotFound, StorageError
        """
        self._require(actor, Permission.REVIEW, object_type="case", object_id=case_id)
        decision = Decision(decision)
        reason = (reason or "").strip()
        if final_level not in LEVELS:
            raise InvalidReview(f"Final level must be 1-5, got {final_level!r}")
        if decision is Decision.OVERRIDE and not reason:
            raise InvalidReview("An override needs a reason")
        if len(reason) > MAX_NOTE_CHARS:
            raise InvalidReview(f"The reason is limited to {MAX_NOTE_CHARS:,} characters")
        now = _now()
        with self.transaction() as conn:
            self._open_case(case_id)
            last = conn.execute("SELECT id, level FROM suggestions WHERE case_id = ? "
                                "ORDER BY id DESC LIMIT 1", (case_id,)).fetchone()
            suggestion_id, suggested = (last[0], last[1]) if last else (None, None)
            if decision is Decision.ACCEPT and suggested != final_level:
                raise InvalidReview("Accepting keeps the suggested level"
                                    + (f" ({suggested})" if suggested else
                                       "; there is no suggestion to accept: override instead"))
            review_id = int(conn.execute(
                "INSERT INTO reviews (case_id, suggestion_id, reviewer, decision, suggested_level, "
                "final_level, reason, signed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (case_id, suggestion_id, actor.username, decision.value, suggested, final_level,
                 reason, now)).lastrowid)
            conn.execute("UPDATE cases SET decided_level = ?, current_level = ?, status = "
                         "'in_review', updated_at = ? WHERE id = ?",
                         (final_level, final_level, now, case_id))
            AuditLog(conn).append(actor, "case.review", "case", case_id,
                                  {"review_id": review_id, "decision": decision.value,
                                   "suggested_level": suggested, "final_level": final_level,
                                   "reason_given": bool(reason)})
        return review_id

    def add_note(self, actor: User, case_id: int, text: str) -> int:
        """Append a free-text note to an open case; returns the note's id.

        Raises
        ------
        PermissionDenied, NotFound, CaseClosed, StorageError
        ValueError
            empty text or longer than ``MAX_NOTE_CHARS``.
        """
        self._require(actor, Permission.ADD_NOTE, object_type="case", object_id=case_id)
        text = (text or "").strip()
        if not text or len(text) > MAX_NOTE_CHARS:
            raise ValueError(f"A note needs 1-{MAX_NOTE_CHARS:,} characters")
        with self.transaction() as conn:
            self._open_case(case_id)
            note_id = int(conn.execute("INSERT INTO notes (case_id, author, text, created_at) "
                                       "VALUES (?, ?, ?, ?)",
                                       (case_id, actor.username, text, _now())).lastrowid)
            AuditLog(conn).append(actor, "case.note", "case", case_id,
                                  {"note_id": note_id, "chars": len(text)})
        return note_id

    def add_attachments(self, actor: User, case_id: int,
                        attachments: Sequence[NewAttachment]) -> list[int]:
        """Attach files to an open case (bytes stored once by sha256); returns their ids.

        Raises
        ------
        PermissionDenied, NotFound, CaseClosed, StorageError
        """
        self._require(actor, Permission.ATTACH, object_type="case", object_id=case_id)
        with self._lock:
            self._open_case(case_id)
        blobs = [self._put_blob(a.data) for a in attachments]
        now = _now()
        with self.transaction() as conn:
            self._open_case(case_id)
            ids = [self._insert_attachment(conn, case_id, a, b, actor.username, now)
                   for a, b in zip(attachments, blobs)]
            conn.execute("UPDATE cases SET updated_at = ? WHERE id = ?", (now, case_id))
            AuditLog(conn).append(actor, "case.attach", "case", case_id,
                                  {"attachment_ids": ids, "count": len(ids)})
        return ids

    def close_case(self, actor: User, case_id: int) -> None:
        """Close a case (it leaves the worklist; it stays readable and exportable).

        Raises
        ------
        PermissionDenied, NotFound, CaseClosed, StorageError
        """
        self._require(actor, Permission.CLOSE_CASE, object_type="case", object_id=case_id)
        now = _now()
        with self.transaction() as conn:
            row = self._open_case(case_id)
            conn.execute("UPDATE cases SET status = 'closed', is_open = 0, closed_at = ?, "
                         "updated_at = ? WHERE id = ?", (now, now, case_id))
            AuditLog(conn).append(actor, "case.close", "case", case_id,
                                  {"reviewed": row[3] is not None})

    def record_event(self, actor: User, action: str, object_type: str = "", object_id: object = "",
                     details: Mapping[str, Any] | None = None) -> int:
        """Audit an action that changes nothing here (an export, an import summary, a lock).

        Raises
        ------
        ValueError
            ``details`` holds clinical free text or a secret.
        StorageError
        """
        with self.transaction() as conn:
            return AuditLog(conn).append(actor, action, object_type, object_id, details)

    def seed_cases(self, items: Sequence[tuple[Intake, Suggestion | None]], *,
                   created_by: str = "demo", demo: bool = True,
                   actor: User | None = None) -> list[int]:
        """Bulk path (demo data, benchmarks): many cases in one transaction, one audit row.

        No per-case audit row and no attachments. Patients are linked by MRN as in
        ``create_case`` (a repeated MRN, also within ``items``, is one patient). With ``actor`` the
        audit row names that user,
        who needs the INTAKE or IMPORT permission; without, it is a system action. Imports of our
        exports use ``import_case`` instead (whole cases, audited per case).

        Raises
        ------
        PermissionDenied
            ``actor`` may neither create intakes nor import.
        StorageError
        """
        if actor is not None:
            self._require(actor, Permission.INTAKE, Permission.IMPORT, object_type="case")
        now = _now()
        with self.transaction() as conn:
            start = conn.execute("SELECT coalesce(max(id), 0) FROM cases").fetchone()[0] + 1
            vstart = conn.execute("SELECT coalesce(max(id), 0) FROM vital_sets").fetchone()[0] + 1
            links, cases, vitals, suggestions = [], [], [], []
            for i, (intake, s) in enumerate(items):
                _check_level(s.level if s else None, "suggestion level")
                p, v = intake.patient, intake.vitals
                cid, vid = start + i, vstart + i
                level = s.level if s else None
                # Same MRN, same patient (also within one batch), as create_case does.
                linked = self._link_patient(conn, p, None, demo, now)
                links.append((cid, linked))
                cases.append((cid, linked.patient_id, intake.complaint,
                              _iso(intake.arrival_time) or now, intake.arrival_mode.value,
                              None if intake.injury is None else int(intake.injury), level, level,
                              created_by, now, now, int(demo),
                              _search_text(linked.name, linked.mrn, intake.complaint)))
                vitals.append((vid, cid, now, created_by, v.heart_rate, v.resp_rate, v.sbp, v.dbp,
                               v.spo2, v.temperature_c, v.pain, v.avpu.value if v.avpu else None,
                               v.gcs, None if v.on_oxygen is None else int(v.on_oxygen),
                               _iso(v.measured_at)))
                if s is not None:
                    suggestions.append((cid, vid, now, s.level, float(s.confidence),
                                        str(s.versions.get("engine", "")), int(s.rules_only),
                                        _json(s.to_dict())))
            conn.executemany("INSERT INTO cases (id, patient_id, complaint, arrival_time, "
                             "arrival_mode, injury, status, is_open, suggested_level, "
                             "current_level, created_by, created_at, updated_at, is_demo, "
                             "search_text) VALUES (?, ?, ?, ?, ?, ?, 'waiting', 1, ?, ?, ?, ?, ?, "
                             "?, ?)", cases)
            conn.executemany("INSERT INTO vital_sets (id, case_id, recorded_at, recorded_by, "
                             "heart_rate, resp_rate, sbp, dbp, spo2, temperature_c, pain, avpu, "
                             "gcs, on_oxygen, measured_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                             "?, ?, ?, ?, ?)", vitals)
            conn.executemany("INSERT INTO suggestions (case_id, vital_set_id, created_at, level, "
                             "confidence, engine_version, rules_only, payload) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", suggestions)
            for cid, linked in links:
                self._record_link(conn, cid, linked, (actor or SYSTEM_USER).username, now)
            ids = [c[0] for c in cases]
            AuditLog(conn).append(actor or SYSTEM_USER, "demo.seed" if demo else "cases.bulk_create",
                                  "case",
                                  f"{ids[0]}-{ids[-1]}" if ids else "",
                                  {"count": len(ids), "demo": demo})
        return ids

    def import_case(self, actor: User, record: ImportedCase) -> int:
        """Recreate a whole exported case, its history included, in one transaction; returns its id.

        Patient, case (arrival, mode, injury, status, current level, closed at), every vital set
        (recorded at/by), every suggestion (on its vital set), reviews (on their suggestions), notes
        and attachments, plus one ``case.import`` audit row in ``actor``'s name (the source line,
        counts; no clinical text). Attachment bytes named by ``file`` are checked against their
        sha256 and stored content-addressed *before* the transaction, as ``create_case`` does; an
        attachment without ``file`` is restored as metadata only.

        Raises
        ------
        PermissionDenied
            ``actor`` may not import (audited).
        ImportError_
            an attachment file is unreadable or does not match its sha256; nothing of the case was
            saved (bytes already stored for its other attachments stay, unreferenced).
        ValueError
            the record is inconsistent: a level outside 1-5, an override without a reason, or a
            link to a vital set or suggestion the case does not hold; nothing was saved.
        StorageError
            the disk is read-only or full, or the database stayed locked; nothing was saved.
        """
        self._require(actor, Permission.IMPORT, object_type="case")
        _check_import(record)
        blobs = [self._import_blob(record.line, a) for a in record.attachments]
        r, p, now = record, record.patient, _now()
        with self.transaction() as conn:
            linked = self._link_patient(conn, p, None, r.is_demo, now)
            closed = r.status is CaseStatus.CLOSED
            case_id = int(conn.execute(
                "INSERT INTO cases (patient_id, complaint, arrival_time, arrival_mode, injury, "
                "status, is_open, suggested_level, decided_level, current_level, created_by, "
                "created_at, updated_at, closed_at, is_demo, search_text) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (linked.patient_id, r.complaint, _iso(r.arrival_time), r.arrival_mode.value,
                 None if r.injury is None else int(r.injury), r.status.value, int(not closed),
                 r.suggestions[-1].suggestion.level if r.suggestions else None,
                 r.reviews[-1].final_level if r.reviews else None, r.current_level, r.created_by,
                 now, now, _iso(r.closed_at), int(r.is_demo),
                 _search_text(linked.name, linked.mrn, r.complaint))).lastrowid)
            self._record_link(conn, case_id, linked, actor.username, now)
            vital_ids = [self._insert_vitals(conn, case_id, v.vitals, v.recorded_by,
                                             _iso(v.recorded_at) or now) for v in r.vitals]
            suggestion_ids = [self._insert_suggestion(
                conn, case_id, _linked(vital_ids, s.vital_set_index, "vital set", r.line),
                s.suggestion, _iso(s.created_at) or now) for s in r.suggestions]
            for rv in r.reviews:
                conn.execute(
                    "INSERT INTO reviews (case_id, suggestion_id, reviewer, decision, "
                    "suggested_level, final_level, reason, signed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    (case_id, _linked(suggestion_ids, rv.suggestion_index, "suggestion", r.line),
                     rv.reviewer, rv.decision.value, rv.suggested_level, rv.final_level, rv.reason,
                     _iso(rv.signed_at)))
            conn.executemany("INSERT INTO notes (case_id, author, text, created_at) VALUES (?, ?, ?, ?)",
                             [(case_id, n.author, n.text, _iso(n.created_at)) for n in r.notes])
            for a, blob in zip(r.attachments, blobs):
                conn.execute(
                    "INSERT INTO attachments (case_id, sha256, original_name, kind, modality, "
                    "body_part, view, size_bytes, metadata, assessment, added_at, added_by) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (case_id, a.sha256, a.original_name, a.kind, a.modality, a.body_part, a.view,
                     a.size_bytes, _json(dict(a.metadata)),
                     _json(a.assessment.to_dict()) if a.assessment else None,
                     _iso(a.added_at), actor.username))
            AuditLog(conn).append(actor, "case.import", "case", case_id, {
                "line": r.line, "status": r.status.value, "level": r.current_level,
                "vital_sets": len(vital_ids), "suggestions": len(suggestion_ids),
                "reviews": len(r.reviews), "notes": len(r.notes), "attachments": len(blobs),
                "files": sum(b is not None for b in blobs), "demo": r.is_demo})
        return case_id

    def _import_blob(self, line: int, a: ImportedAttachment) -> _Blob | None:
        """Store an imported attachment's bytes after checking them against the recorded sha256."""
        if a.file is None:
            return None
        try:
            data = a.file.read_bytes()
        except OSError as exc:
            raise ImportError_([(line, f"attachment {a.original_name!r}: cannot read {a.file.name} "
                                       f"({exc.strerror or exc})")]) from exc
        if hashlib.sha256(data).hexdigest() != a.sha256:
            raise ImportError_([(line, f"attachment {a.original_name!r}: {a.file.name} does not match "
                                       "the sha256 recorded in the export (damaged or replaced file)")])
        return self._put_blob(data)

    # ------------------------------------------------------------------ queries

    def _worklist_sql(self, query: WorklistQuery) -> tuple[str, str, list[Any]]:
        """(FROM clause, WHERE clause, parameters) of a worklist query.

        A term with up to ``SEARCH_INDEX_MAX`` trigram hits drives the query from the trigram
        index (those hits are then sorted); a more common or a short term filters the worklist
        index in level order, which meets LIMIT matches early.
        """
        statuses = tuple(CaseStatus(s) for s in query.statuses) or tuple(CaseStatus)
        open_flags = sorted({0 if s is CaseStatus.CLOSED else 1 for s in statuses})
        source = "cases c"
        where = [f"c.is_open IN ({','.join('?' * len(open_flags))})"]
        params: list[Any] = list(open_flags)
        if set(statuses) not in (set(OPEN_STATUSES), {CaseStatus.CLOSED}, set(CaseStatus)):
            where.append(f"c.status IN ({','.join('?' * len(statuses))})")
            params += [s.value for s in statuses]
        if query.levels:
            where.append(f"c.current_level IN ({','.join('?' * len(query.levels))})")
            params += [int(x) for x in query.levels]
        term = query.search.strip().lower()
        if term:
            phrase = '"' + term.replace('"', '""') + '"'
            hits = [r[0] for r in self.conn.execute(
                "SELECT rowid FROM case_search WHERE case_search MATCH ? LIMIT ?",
                (phrase, SEARCH_INDEX_MAX + 1))] if len(term) >= 3 else None
            if hits is not None and len(hits) <= SEARCH_INDEX_MAX:
                # CROSS JOIN keeps the hits as the outer loop (SQLite never reorders it).
                source = "json_each(?) hits CROSS JOIN cases c ON c.id = hits.value"
                params.insert(0, json.dumps(hits))
            else:
                escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
                where.append("c.search_text LIKE ? ESCAPE '\\'")
                params.append(f"%{escaped}%")
        return source, " AND ".join(where), params

    @_locked
    def find_patients(self, actor: User, text: str, limit: int = 20) -> list[PatientMatch]:
        """Patients whose name, MRN or phone contains ``text`` (case-insensitive; a phone matches
        on its digits), best first: the exact MRN, then names that start with the text, then the
        most recently registered. Fewer than 2 characters find nothing.

        Raises
        ------
        PermissionDenied
            ``actor`` may not view cases.
        """
        self._require(actor, Permission.VIEW_CASES, object_type="patient")
        term = (text or "").strip()
        if len(term) < 2:
            return []
        digits = _digits(term)
        phone = ("replace(replace(replace(replace(replace(p.phone, ' ', ''), '-', ''), '(', ''), "
                 "')', ''), '.', '')")
        where = "p.name LIKE ? ESCAPE '\\' OR p.mrn LIKE ? ESCAPE '\\' OR p.phone LIKE ? ESCAPE '\\'"
        params: list[Any] = [_like(term)] * 3
        if len(digits) >= 3 and not any(ch.isalpha() for ch in term):  # a phone number, typed
            where += f" OR (p.phone != '' AND {phone} LIKE ?)"
            params.append(f"%{digits}%")
        # Pick the page on the patients alone; count and date only its rows.
        ids = [r[0] for r in self.conn.execute(
            f"SELECT p.id FROM patients p WHERE {where} ORDER BY lower(p.mrn) = lower(?) DESC, "
            "p.name LIKE ? ESCAPE '\\' DESC, p.id DESC LIMIT ?",
            [*params, term, _like(term)[1:], int(limit)])]
        out = []
        for pid in ids:
            r = self.conn.execute(
                f"SELECT {_PATIENT_COLUMNS}, (SELECT count(*) FROM cases c WHERE c.patient_id = p.id), "
                "(SELECT max(arrival_time) FROM cases c WHERE c.patient_id = p.id) "
                "FROM patients p WHERE p.id = ?", (pid,)).fetchone()
            out.append(PatientMatch(patient_id=pid, patient=_patient(r), case_count=r[6],
                                    last_arrival=_dt(r[7])))
        return out

    @_locked
    def patient(self, actor: User, patient_id: int) -> Patient:
        """One patient's current demographics.

        Raises
        ------
        PermissionDenied, NotFound
        """
        self._require(actor, Permission.VIEW_CASES, object_type="patient", object_id=patient_id)
        row = self.conn.execute(f"SELECT {_PATIENT_COLUMNS} FROM patients WHERE id = ?",
                                (patient_id,)).fetchone()
        if row is None:
            raise NotFound(f"patient {patient_id} does not exist")
        return _patient(row)

    @_locked
    def worklist(self, actor: User, query: WorklistQuery = WorklistQuery()) -> list[CaseSummary]:
        """Cases by current level (untriaged first, then 1 → 5), then arrival time.

        Raises
        ------
        PermissionDenied
        """
        self._require(actor, Permission.VIEW_CASES)
        source, where, params = self._worklist_sql(query)
        # Pick the page's ids on the cases alone, then join the patients of those rows only.
        rows = self.conn.execute(
            "SELECT c.id, c.patient_id, p.name, p.age_years, p.birth_date, p.sex, c.complaint, "
            "c.arrival_time, c.status, c.suggested_level, c.decided_level, c.current_level, "
            "c.is_demo FROM cases c JOIN patients p ON p.id = c.patient_id WHERE c.id IN "
            f"(SELECT c.id FROM {source} WHERE {where} ORDER BY c.current_level, c.arrival_time, "
            "c.id LIMIT ? OFFSET ?) ORDER BY c.current_level, c.arrival_time, c.id",
            [*params, int(query.limit), int(query.offset)]).fetchall()
        today = date.today()
        return [CaseSummary(
            case_id=r[0], patient_id=r[1], patient_name=r[2],
            age_years=Patient(birth_date=date.fromisoformat(r[4]) if r[4] else None,
                              age_years=r[3]).age_on(today),
            sex=r[5], complaint=r[6], arrival_time=datetime.fromisoformat(r[7]),
            status=CaseStatus(r[8]), suggested_level=r[9], decided_level=r[10],
            current_level=r[11], is_demo=bool(r[12])) for r in rows]

    @_locked
    def count_worklist(self, actor: User, query: WorklistQuery = WorklistQuery()) -> int:
        """How many cases match ``query`` (ignoring its limit and offset).

        Raises
        ------
        PermissionDenied
        """
        self._require(actor, Permission.VIEW_CASES)
        source, where, params = self._worklist_sql(query)
        return int(self.conn.execute(f"SELECT count(*) FROM {source} WHERE {where}",
                                     params).fetchone()[0])

    def _details(self, case_ids: Sequence[int]) -> list[CaseDetail]:
        """Whole cases for ``case_ids`` (in that order), children loaded in one query per table."""
        if not case_ids:
            return []
        marks = ",".join("?" * len(case_ids))
        ids = list(case_ids)

        def children(sql: str) -> dict[int, list[tuple]]:
            out: dict[int, list[tuple]] = {}
            for r in self.conn.execute(sql.format(marks=marks), ids):
                out.setdefault(r[1], []).append(r)
            return out

        vitals = children("SELECT id, case_id, recorded_at, recorded_by, heart_rate, resp_rate, "
                          "sbp, dbp, spo2, temperature_c, pain, avpu, gcs, on_oxygen, measured_at "
                          "FROM vital_sets WHERE case_id IN ({marks}) ORDER BY id")
        suggestions = children("SELECT id, case_id, vital_set_id, created_at, payload FROM "
                               "suggestions WHERE case_id IN ({marks}) ORDER BY id")
        reviews = children("SELECT id, case_id, suggestion_id, reviewer, decision, "
                           "suggested_level, final_level, reason, signed_at FROM reviews "
                           "WHERE case_id IN ({marks}) ORDER BY id")
        notes = children("SELECT id, case_id, author, text, created_at FROM notes "
                         "WHERE case_id IN ({marks}) ORDER BY id")
        attachments = children(f"SELECT {_ATTACHMENT_COLUMNS} FROM attachments "
                               "WHERE case_id IN ({marks}) ORDER BY id")
        rows = {r[0]: r for r in self.conn.execute(
            "SELECT c.id, c.patient_id, p.name, p.birth_date, p.age_years, p.sex, p.mrn, p.phone, "
            "c.complaint, c.arrival_time, c.arrival_mode, c.injury, c.status, c.current_level, "
            "c.created_by, c.is_demo, c.closed_at FROM cases c JOIN patients p ON "
            f"p.id = c.patient_id WHERE c.id IN ({marks})", ids)}
        patient_ids = sorted({r[1] for r in rows.values()})
        revisions = self.conn.execute(
            "SELECT id, case_id, patient_id, revised_at, revised_by, kind, fields, previous, "
            f"new_values FROM intake_revisions WHERE case_id IN ({marks}) OR patient_id IN "
            f"({','.join('?' * len(patient_ids))}) ORDER BY id", [*ids, *patient_ids]).fetchall()
        out = []
        for cid in ids:
            r = rows.get(cid)
            if r is None:
                raise NotFound(f"case {cid} does not exist")
            out.append(CaseDetail(
                case_id=r[0], patient_id=r[1],
                patient=Patient(name=r[2], birth_date=date.fromisoformat(r[3]) if r[3] else None,
                                age_years=r[4], sex=Sex(r[5]), mrn=r[6], phone=r[7]),
                complaint=r[8], arrival_time=datetime.fromisoformat(r[9]),
                arrival_mode=ArrivalMode(r[10]), injury=None if r[11] is None else bool(r[11]),
                status=CaseStatus(r[12]), current_level=r[13], created_by=r[14],
                vitals=tuple(_vital_set(v) for v in vitals.get(cid, ())),
                suggestions=tuple(StoredSuggestion(id=s[0], case_id=s[1], vital_set_id=s[2],
                                                   created_at=datetime.fromisoformat(s[3]),
                                                   suggestion=Suggestion.from_dict(json.loads(s[4])))
                                  for s in suggestions.get(cid, ())),
                reviews=tuple(ReviewRecord(id=v[0], case_id=v[1], suggestion_id=v[2], reviewer=v[3],
                                           decision=Decision(v[4]), suggested_level=v[5],
                                           final_level=v[6], reason=v[7],
                                           signed_at=datetime.fromisoformat(v[8]))
                              for v in reviews.get(cid, ())),
                notes=tuple(Note(id=n[0], case_id=n[1], author=n[2], text=n[3],
                                 created_at=datetime.fromisoformat(n[4])) for n in notes.get(cid, ())),
                attachments=tuple(self._attachment_info(a) for a in attachments.get(cid, ())),
                is_demo=bool(r[15]), closed_at=_dt(r[16]),
                revisions=_revisions_of(cid, r[1], revisions)))
        return out

    def _attachment_info(self, a: tuple) -> AttachmentInfo:
        assessment = None
        if a[12]:
            assessment = ImageAssessment(**json.loads(a[12]), saliency_png=a[13])
        return AttachmentInfo(id=a[0], case_id=a[1], sha256=a[2], original_name=a[3], kind=a[4],
                              modality=a[5], body_part=a[6], view=a[7], size_bytes=a[8],
                              path=self.attachment_path(a[2]),
                              added_at=datetime.fromisoformat(a[9]), metadata=json.loads(a[11]),
                              assessment=assessment)

    @_locked
    def case_detail(self, actor: User, case_id: int) -> CaseDetail:
        """Everything about one case.

        Raises
        ------
        PermissionDenied, NotFound
        """
        self._require(actor, Permission.VIEW_CASES, object_type="case", object_id=case_id)
        return self._details([case_id])[0]

    def _range_where(self, start: datetime | None, end: datetime | None) -> tuple[str, list[str]]:
        where, params = ["1"], []
        if start is not None:
            where.append("arrival_time >= ?")
            params.append(_iso(start))
        if end is not None:
            where.append("arrival_time < ?")
            params.append(_iso(end))
        return " AND ".join(where), params  # type: ignore[return-value]

    def iter_cases(self, actor: User, start: datetime | None = None, end: datetime | None = None,
                   batch: int = 500) -> Iterator[CaseDetail]:
        """Cases that arrived in [start, end), oldest first, loaded ``batch`` at a time.

        Keyset paging, so a long export neither holds the lock nor a read transaction between
        batches (other desks keep saving).

        Raises
        ------
        PermissionDenied
            ``actor`` may neither view nor export cases.
        """
        self._require(actor, Permission.VIEW_CASES, Permission.EXPORT, object_type="case")
        where, params = self._range_where(start, end)
        after: tuple[str, int] = ("", 0)
        while True:
            with self._lock:
                ids = [r[0] for r in self.conn.execute(
                    f"SELECT id, arrival_time FROM cases WHERE {where} AND "
                    "(arrival_time, id) > (?, ?) ORDER BY arrival_time, id LIMIT ?",
                    [*params, *after, int(batch)])]
                if not ids:
                    return
                details = self._details(ids)
            yield from details
            last = details[-1]
            after = (_iso(last.arrival_time), last.case_id)  # type: ignore[assignment]

    @_locked
    def count_cases(self, start: datetime | None = None, end: datetime | None = None) -> int:
        where, params = self._range_where(start, end)
        return int(self.conn.execute(f"SELECT count(*) FROM cases WHERE {where}",
                                     params).fetchone()[0])

    @_locked
    def counts(self) -> dict[str, int]:
        """Case counts by status and open cases by level: {"waiting", "in_review", "closed",
        "open", "total", "level_1".."level_5", "untriaged"}."""
        out = {s.value: 0 for s in CaseStatus}
        for status, n in self.conn.execute("SELECT status, count(*) FROM cases GROUP BY status"):
            out[status] = n
        out["open"] = out[CaseStatus.WAITING.value] + out[CaseStatus.IN_REVIEW.value]
        out["total"] = out["open"] + out[CaseStatus.CLOSED.value]
        levels = dict(self.conn.execute("SELECT current_level, count(*) FROM cases WHERE "
                                        "is_open = 1 GROUP BY current_level").fetchall())
        for lv in LEVELS:
            out[f"level_{lv}"] = levels.get(lv, 0)
        out["untriaged"] = levels.get(None, 0)
        return out

    @_locked
    def attachment(self, actor: User, attachment_id: int) -> AttachmentInfo:
        """One attachment's record (its bytes are at ``.path``).

        Raises
        ------
        PermissionDenied, NotFound
        """
        self._require(actor, Permission.VIEW_CASES, Permission.EXPORT, object_type="attachment",
                      object_id=attachment_id)
        row = self.conn.execute(f"SELECT {_ATTACHMENT_COLUMNS} FROM attachments WHERE id = ?",
                                (attachment_id,)).fetchone()
        if row is None:
            raise NotFound(f"attachment {attachment_id} does not exist")
        return self._attachment_info(row)

    @_locked
    def review_pairs(self, actor: User) -> list[tuple[datetime, int, int]]:
        """(signed_at, suggested_level, final_level) for each review: the agreement dashboard.

        Raises
        ------
        PermissionDenied
        """
        self._require(actor, Permission.VIEW_CASES, Permission.EXPORT)
        return [(datetime.fromisoformat(r[0]), r[1], r[2]) for r in self.conn.execute(
            "SELECT signed_at, suggested_level, final_level FROM reviews WHERE suggested_level "
            "IS NOT NULL ORDER BY signed_at, id")]

    # ------------------------------------------------------------------ audit

    @_locked
    def verify_audit(self, anchor: str = "") -> VerifyResult:
        """Check the whole audit chain (anyone may; it reveals nothing), optionally against an
        ``anchor`` "ID:HASH" kept outside this file (see ``AuditLog.verify``)."""
        return self.audit.verify(anchor)

    @_locked
    def audit_entries(self, actor: User, limit: int = 200, offset: int = 0,
                      **filters: Any) -> list[AuditEntry]:
        """Audit rows for the viewer, newest first (administrators); see ``AuditLog.entries``.

        Raises
        ------
        PermissionDenied
        """
        self._require(actor, Permission.VIEW_AUDIT, object_type="audit_log")
        return self.audit.entries(limit, offset, **filters)


_ATTACHMENT_COLUMNS = ("id, case_id, sha256, original_name, kind, modality, body_part, view, "
                       "size_bytes, added_at, added_by, metadata, assessment, saliency_png")


def _check_import(r: ImportedCase) -> None:
    """What the schema's CHECKs would refuse, said in words before anything is written."""
    _check_level(r.current_level, "current level")
    for s in r.suggestions:
        _check_level(s.suggestion.level, "suggestion level")
    for v in r.reviews:
        _check_level(v.final_level, "final level")
        if v.decision is Decision.OVERRIDE and not v.reason.strip():
            raise ValueError(f"line {r.line}: an override needs a reason")


def _linked(ids: Sequence[int], index: int | None, what: str, line: int) -> int | None:
    """The id created for the ``index``-th sub-record (None: not linked)."""
    if index is None:
        return None
    if not 0 <= index < len(ids):
        raise ValueError(f"line {line}: refers to {what} {index}, the case holds {len(ids)}")
    return ids[index]


def _add_revision(conn: sqlite3.Connection, case_id: int | None, patient_id: int | None, kind: str,
                  previous: Mapping[str, Any], values: Mapping[str, Any], by: str, at: str) -> int:
    return int(conn.execute(
        "INSERT INTO intake_revisions (case_id, patient_id, revised_at, revised_by, kind, fields, "
        "previous, new_values) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (case_id, patient_id, at, by, kind, _json(sorted(values)), _json(dict(previous)),
         _json(dict(values)))).lastrowid)


def _search_text(name: str, mrn: str, complaint: str) -> str:
    return " | ".join((name or "", mrn or "", complaint or "")).lower()


def _patient(r: Sequence[Any]) -> Patient:
    """A Patient from its columns in ``INTAKE_PATIENT_FIELDS`` order."""
    return Patient(name=r[0], birth_date=date.fromisoformat(r[1]) if r[1] else None,
                   age_years=r[2], sex=Sex(r[3]), mrn=r[4], phone=r[5])


def _revisions_of(case_id: int, patient_id: int, rows: Sequence[tuple]) -> tuple[IntakeRevision, ...]:
    """A case's own revisions plus its patient's changes made elsewhere (patient fields only: one
    case's complaint is not another case's history)."""
    out = []
    for r in rows:
        own = r[1] == case_id
        if not own and r[2] != patient_id:
            continue
        previous, values = json.loads(r[7]), json.loads(r[8])
        if not own:
            previous = {k: v for k, v in previous.items() if k not in INTAKE_CASE_FIELDS}
            values = {k: v for k, v in values.items() if k not in INTAKE_CASE_FIELDS}
            if not values:
                continue
        out.append(IntakeRevision(id=r[0], case_id=r[1], patient_id=r[2],
                                  revised_at=datetime.fromisoformat(r[3]), revised_by=r[4],
                                  kind=r[5], fields=tuple(sorted(values)), previous=previous,
                                  values=values))
    return tuple(out)


def _vital_set(v: tuple) -> VitalSet:
    return VitalSet(
        id=v[0], case_id=v[1], recorded_at=datetime.fromisoformat(v[2]), recorded_by=v[3],
        vitals=Vitals(heart_rate=v[4], resp_rate=v[5], sbp=v[6], dbp=v[7], spo2=v[8],
                      temperature_c=v[9], pain=v[10], avpu=AVPU(v[11]) if v[11] else None,
                      gcs=v[12], on_oxygen=None if v[13] is None else bool(v[13]),
                      measured_at=_dt(v[14])))
