"""Bulk writes: many demo or benchmark cases in one transaction, and whole imported cases.

Both fill the same rows as ``cases`` (its ``Insert`` declarations and row functions), so a column
added to a table is added once. ``seed_cases`` assigns the ids itself to insert thousands of rows
with one ``executemany`` per table.
"""

from __future__ import annotations

import collections
import itertools
import json
import os
import socket
import time
from datetime import datetime, timedelta, timezone
from typing import Callable, Iterable, Mapping, Sequence

from triage.errors import PermissionDenied
from triage.intake import Intake
from triage.records import SYSTEM_USER, CaseStatus, Decision, ImportedCase, User
from triage.store.audit import AuditLog
from triage.store.auth import Permission
from triage.store.blobs import Blob, Blobs, insert_attachment
from triage.store.cases import (CASE_ROWS, NOTE_ROWS, REVIEW_ROWS, SUGGESTION_ROWS, VITAL_ROWS,
                                new_case_row, note_row, review_row, suggestion_row, vital_row)
from triage.store.connection import Conn
from triage.store.patients import PatientLink, Patients, patient_values
from triage.store.values import check_level, iso, now_iso, search_text
from triage.suggestion import Suggestion

# Cases per import transaction: a 10k-case import holds the write lock per batch, not for the whole
# file (bench/bench_import.py prints the longest wait of another desk's writes).
IMPORT_BATCH = 250
# Pause after each batch: longer than the 20 ms a waiting desk sleeps between tries
# (connection._begin_write), so it gets the lock between two batches instead of after the file.
BATCH_PAUSE_S = 0.03
# The longest an import transaction goes on writing: past it, what is written commits and the rest
# of the batch follows after the pause. A server's round trips make a case several times slower
# to write than on a local file (250 cases held PostgreSQL's lock 1.4 s on a busy 2-core machine).
IMPORT_LOCK_BUDGET_S = 0.15
ABANDONED_AFTER = timedelta(hours=24)  # an unfinished import older than this is removed anyway


class BulkWrites(Patients, Blobs):
    """Seeding (demo data, benchmarks) and importing our own exports."""

    def seed_cases(self, items: Sequence[tuple[Intake, Suggestion | None]], *,
                   demo: bool = True,
                   actor: User | None = None) -> list[int]:
        """Bulk path (demo data, benchmarks): many cases in one transaction, one audit row.

        No per-case audit row and no attachments. Patients are linked by MRN as in
        ``create_case`` (a repeated MRN, also within ``items``, is one patient). With ``actor`` the
        audit row names that user, who needs the INTAKE or IMPORT permission. Without an actor it
        is a system action, allowed only for demo cases in a demo installation (``mark_demo``: a
        new, empty data folder). Imports of our exports use ``import_case`` instead (whole cases,
        audited per case).

        Raises
        ------
        PermissionDenied
            ``actor`` may neither create intakes nor import; or no actor outside a demo; or demo
            cases asked for in an installation that is not a demo (audited).
        StorageError
        """
        if actor is not None:
            self._require(actor, Permission.INTAKE, Permission.IMPORT, object_type="case")
        if (actor is None or demo) and not self.is_demo():
            with self.transaction() as conn:
                AuditLog(conn).append(actor or SYSTEM_USER, "refused", "case", "",
                                      {"permission": "seed_demo" if demo else "intake"})
            raise PermissionDenied("Demo cases go only into a demo installation (a new, empty data "
                                   "folder)" if demo else "Creating cases needs a signed-in user")
        now = now_iso()
        by = (actor or SYSTEM_USER).username
        # Authorship from the session only: the signed-in actor, or "demo" for the system's seeding
        # (issue 25 §4: a parameter let a nurse's call store cases as created by a clinician).
        created_by = actor.username if actor else "demo"
        with self.transaction() as conn:
            start = conn.execute("SELECT coalesce(max(id), 0) FROM cases").fetchone()[0] + 1
            vstart = conn.execute("SELECT coalesce(max(id), 0) FROM vital_sets").fetchone()[0] + 1
            links: list[tuple[int, PatientLink]] = []
            cases, vitals, suggestions = [], [], []
            for i, (intake, s) in enumerate(items):
                check_level(s.level if s else None, "suggestion level")
                cid, vid = start + i, vstart + i
                level = s.level if s else None
                # Same MRN, same patient (also within one batch), as create_case does.
                link = self._link_patient(conn, intake.patient, None, demo, now)
                links.append((cid, link))
                cases.append(new_case_row(intake, link.patient_id, link.name, link.mrn, level,
                                          created_by, now, demo, case_id=cid))
                vitals.append(vital_row(cid, intake.vitals, created_by, now, vital_set_id=vid))
                if s is not None:
                    suggestions.append(suggestion_row(cid, vid, s, now))
            CASE_ROWS.many(conn, cases)
            VITAL_ROWS.many(conn, vitals)
            SUGGESTION_ROWS.many(conn, suggestions)
            for cid, link in links:
                self._record_link(conn, cid, link, by, now)
            ids = [c["id"] for c in cases]
            AuditLog(conn).append(actor or SYSTEM_USER, "demo.seed" if demo else "cases.bulk_create",
                                  "case", f"{ids[0]}-{ids[-1]}" if ids else "",
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
        with self.transaction() as conn:
            return self._insert_imported(conn, actor, record, blobs, now_iso())

    def import_all(self, actor: User, records: Callable[[], Iterable[ImportedCase]],
                   details: Mapping[str, object], *, merge_patients: bool = False,
                   batch_size: int = IMPORT_BATCH) -> tuple[list[int], list[tuple[int, int]]]:
        """Every case of an import, or none as far as anyone can see; returns (new case ids,
        [(source line, id of the case already on record)]).

        The cases are read ``batch_size`` at a time and written in short transactions (each case
        with its ``case.import`` audit row; a transaction commits after the batch, or earlier once
        it has written for ``IMPORT_LOCK_BUDGET_S``), so other desks wait at most about that long
        for the write lock, not for the whole file. Until the last batch commits, every case written so far
        carries the import's id in ``cases.import_pending`` and no query shows it; the last
        transaction clears the mark on all of them at once and writes the ``import`` row
        (``details`` + counts). If anything fails (a bad case, a cancel raised by ``records``, a
        full disk), the batches already written are deleted again in one audited transaction
        (``import.rolled_back``, whose ``wrote`` names each deleted row). A process killed mid-way
        leaves marked rows that ``remove_abandoned_imports`` deletes (at the next open or import).

        ``records`` is called to get the cases (a generator function): an import that would change
        a patient already on record (``merge_patients``, or a case that adds a phone to a patient)
        cannot be undone by deleting rows, so it is rolled back and run again from a fresh
        ``records()`` in ONE transaction, as before batching.

        A case already on record (same patient name, MRN, sex and birth date, same arrival time
        and complaint; also one earlier in ``records``) is skipped and listed, so importing a
        file twice changes nothing. An MRN already held by a patient with another name or birth
        date is refused (``PatientConflict``) unless ``merge_patients``: then that patient is
        updated (and the change is in the case's patient revision, as for an intake).
        Attachment bytes are stored content-addressed as each case is reached; after a rollback
        they stay, unreferenced, as after a failed ``create_case``.

        Raises
        ------
        PermissionDenied
            ``actor`` may not import (audited).
        ImportError_, ValueError
            as ``import_case``, for one of the cases; nothing is left.
        StorageError
            the disk is read-only or full, or the database stayed locked; nothing is left (a
            rollback that itself fails leaves the marked rows for the next open to remove).
        """
        self._require(actor, Permission.IMPORT, object_type="case")
        self.remove_abandoned_imports()
        if not merge_patients:
            try:
                return self._import_batched(actor, records(), details, batch_size)
            except _WholeFile:
                pass  # rolled back already; the whole file again, in one transaction
        ids: list[int] = []
        duplicates: list[tuple[int, int]] = []
        with self.transaction() as conn:
            for record in records():
                _check_import(record)
                existing = _same_case(conn, record)
                if existing is not None:
                    duplicates.append((record.line, existing))
                    continue
                blobs = [self._import_blob(record.line, a) for a in record.attachments]
                ids.append(self._insert_imported(conn, actor, record, blobs, now_iso(),
                                                 merge_patients=merge_patients))
            AuditLog(conn).append(actor, "import", "cases", "", {
                **details, "merge_patients": merge_patients, "count": len(ids), "duplicates": len(duplicates), "cancelled": False,
                "failed_line": None})
        return ids, duplicates

    def _import_batched(self, actor: User, records: Iterable[ImportedCase],
                        details: Mapping[str, object],
                        batch_size: int) -> tuple[list[int], list[tuple[int, int]]]:
        """``import_all`` in batches under an ``import_pending`` mark (see there)."""
        with self.transaction() as conn:
            patients_before = conn.execute("SELECT coalesce(max(id), 0) FROM patients").fetchone()[0]
            import_id = AuditLog(conn).append(actor, "import.start", "cases", "", {
                **{k: v for k, v in details.items() if k in ("format", "rows")},
                "host": socket.gethostname()[:60], "pid": os.getpid(),
                "patients_before": int(patients_before)})
        ids: list[int] = []
        duplicates: list[tuple[int, int]] = []
        try:
            it = iter(records)
            while True:
                # Read (and store the attachment bytes of) the next batch before taking the lock.
                batch = collections.deque(
                    (r, [self._import_blob(r.line, a) for a in r.attachments])
                    for r in itertools.islice(it, batch_size))
                last = len(batch) < batch_size  # the last batch: show the whole file at once
                for r, _ in batch:
                    _check_import(r)
                while True:  # one transaction, or more when the batch outlasts the lock budget
                    with self.transaction() as conn:
                        now, before, began = now_iso(), len(ids), time.monotonic()
                        while batch:
                            r, blobs = batch.popleft()
                            existing = _same_case(conn, r, import_id)
                            if existing is not None:
                                duplicates.append((r.line, existing))
                            else:
                                ids.append(self._insert_imported(conn, actor, r, blobs, now,
                                                                 pending=import_id))
                            if batch and time.monotonic() - began > IMPORT_LOCK_BUDGET_S:
                                break
                        # The mark is cleared on every case of the file in a transaction of
                        # its own (on a server, 10,000 rows take a budget by themselves).
                        if last and not batch and len(ids) == before:
                            conn.execute("UPDATE cases SET import_pending = NULL WHERE "
                                         "import_pending = ?", (import_id,))
                            AuditLog(conn).append(actor, "import", "cases", "", {
                                **details, "merge_patients": False, "count": len(ids),
                                "duplicates": len(duplicates), "cancelled": False,
                                "failed_line": None, "import_id": import_id,
                                "batches": -(-(len(ids) + len(duplicates)) // batch_size) or 1})
                            return ids, duplicates
                    if len(ids) > before:  # a batch of duplicates only wrote nothing
                        time.sleep(BATCH_PAUSE_S)
                    if not batch and not last:
                        break
        except BaseException as exc:
            try:
                self._roll_back_import(actor, import_id, int(patients_before),
                                       "whole_file" if isinstance(exc, _WholeFile) else "failed")
            except Exception:  # noqa: BLE001 - the first error is the one to report
                pass  # the marked rows stay hidden; the next open or import removes them
            raise

    def remove_abandoned_imports(self) -> int:
        """Delete the cases of imports that will never finish (their process was killed, or they
        started over a day ago), each in one audited transaction (``import.rolled_back`` by the
        system); returns how many imports were removed. An import still running on this or
        another computer is left alone: its rows stay hidden until it ends. Best effort: a
        read-only database keeps the (hidden) rows.

        Raises
        ------
        StorageError
            only while reading the list; a failed removal is skipped.
        """
        from triage.errors import StorageError

        with self._lock:
            pending = [r[0] for r in self.conn.execute(
                "SELECT DISTINCT import_pending FROM cases WHERE import_pending IS NOT NULL")]
            starts = {}
            for iid in pending:
                row = self.conn.execute("SELECT at, details FROM audit_log WHERE id = ? AND "
                                        "action = 'import.start'", (iid,)).fetchone()
                if row is not None:  # else a mark made outside the app: verify names it
                    starts[iid] = (row[0], json.loads(row[1]))
        removed = 0
        for iid, (at, d) in starts.items():
            if not _abandoned(at, d):
                continue
            try:
                self._roll_back_import(SYSTEM_USER, iid, int(d.get("patients_before") or 0),
                                       "abandoned")
                removed += 1
            except StorageError:
                pass
        return removed

    def _roll_back_import(self, actor: User, import_id: int, patients_before: int,
                          reason: str) -> None:
        """Delete every row of an unfinished import in one transaction, with one
        ``import.rolled_back`` audit row that records each deleted row (``row_hashes.REMOVED``)."""
        with self.transaction() as conn:
            marked = "SELECT id FROM cases WHERE import_pending = ?"
            case_ids = [r[0] for r in conn.execute(marked, (import_id,))]
            patient_ids = sorted({r[0] for r in conn.execute(
                "SELECT patient_id FROM cases WHERE import_pending = ?", (import_id,))})
            removed: list[str] = []
            for table in ("reviews", "notes", "attachments", "suggestions", "vital_sets"):
                removed += [f"{table}:{r[0]}" for r in conn.execute(
                    f"SELECT id FROM {table} WHERE case_id IN ({marked})", (import_id,))]
                conn.execute(f"DELETE FROM {table} WHERE case_id IN ({marked})", (import_id,))
            conn.execute("DELETE FROM cases WHERE import_pending = ?", (import_id,))
            removed += [f"cases:{c}" for c in case_ids]
            # The patients this import created, now without any case.
            for pid in patient_ids:
                if pid > patients_before and conn.execute(
                        "SELECT count(*) FROM cases WHERE patient_id = ?", (pid,)).fetchone()[0] == 0:
                    conn.execute("DELETE FROM patients WHERE id = ?", (pid,))
                    removed.append(f"patients:{pid}")
            AuditLog(conn).append(actor, "import.rolled_back", "import", import_id, {
                "cases": len(case_ids), "why": reason}, removed=removed)

    def _insert_imported(self, conn: Conn, actor: User, r: ImportedCase, blobs: list[Blob | None],
                         now: str, *, merge_patients: bool = False, pending: int | None = None) -> int:
        """The rows of one imported case and its ``case.import`` audit row, in ``conn``'s
        transaction; returns the case id. ``pending``: the batched import's id, which marks the
        case hidden until its last batch.

        Raises
        ------
        _WholeFile
            ``pending`` and the case would change a patient row (not undone by deleting rows)."""
        link = self._link_patient(conn, r.patient, None, r.is_demo, now,
                                  refuse_other_identity=not merge_patients)
        if pending is not None and link.changed:
            raise _WholeFile()
        closed = r.status is CaseStatus.CLOSED
        case_id = CASE_ROWS.one(conn, {
            "patient_id": link.patient_id, "complaint": r.complaint,
            "arrival_time": iso(r.arrival_time), "arrival_mode": r.arrival_mode.value,
            "injury": None if r.injury is None else int(r.injury), "status": r.status.value,
            "is_open": int(not closed),
            "suggested_level": r.suggestions[-1].suggestion.level if r.suggestions else None,
            "decided_level": r.reviews[-1].final_level if r.reviews else None,
            "current_level": r.current_level, "created_by": r.created_by, "created_at": now,
            "updated_at": now, "closed_at": iso(r.closed_at), "is_demo": int(r.is_demo),
            "search_text": search_text(link.name, link.mrn, r.complaint), "narrative": r.narrative,
            "import_pending": pending})
        self._record_link(conn, case_id, link, actor.username, now)
        vital_ids = [VITAL_ROWS.one(conn, vital_row(case_id, v.vitals, v.recorded_by,
                                                    iso(v.recorded_at) or now))
                     for v in r.vitals]
        suggestion_ids = [SUGGESTION_ROWS.one(conn, suggestion_row(
            case_id, _created_id(vital_ids, s.vital_set_index, "vital set", r.line),
            s.suggestion, iso(s.created_at) or now)) for s in r.suggestions]
        for rv in r.reviews:
            REVIEW_ROWS.one(conn, review_row(
                case_id, _created_id(suggestion_ids, rv.suggestion_index, "suggestion", r.line),
                actor.username, rv.decision, rv.suggested_level, rv.final_level, rv.reason,
                iso(rv.signed_at), imported_signed_by=rv.imported_signed_by or rv.reviewer))
        for n in r.notes:
            NOTE_ROWS.one(conn, note_row(case_id, n.author, n.text, iso(n.created_at)))
        for a, blob in zip(r.attachments, blobs):
            insert_attachment(conn, case_id, blob or Blob(a.sha256, a.size_bytes),
                              original_name=a.original_name, kind=a.kind, modality=a.modality,
                              body_part=a.body_part, view=a.view, metadata=a.metadata,
                              assessment=a.assessment, added_at=iso(a.added_at),  # type: ignore[arg-type]
                              added_by=actor.username)
        AuditLog(conn).append(actor, "case.import", "case", case_id, {
            "line": r.line, "status": r.status.value, "level": r.current_level,
            "vital_sets": len(vital_ids), "suggestions": len(suggestion_ids),
            "reviews": len(r.reviews), "notes": len(r.notes), "attachments": len(blobs),
            "files": sum(b is not None for b in blobs), "demo": r.is_demo,
            # which files were never here, so ``verify_audit`` tells them from a deleted one
            **({"metadata_only": sorted({a.sha256 for a, b in zip(r.attachments, blobs) if b is None})}
               if any(b is None for b in blobs) else {})})
        return case_id


class _WholeFile(Exception):
    """A batched import met a case it cannot undo by deleting rows: run it in one transaction."""


def _abandoned(started_at: str, d: Mapping[str, object]) -> bool:
    """Will the import whose ``import.start`` row says this never finish? Its process on this
    computer is gone, or it started more than ``ABANDONED_AFTER`` ago (another computer)."""
    try:
        age = datetime.now(timezone.utc) - datetime.fromisoformat(started_at)
    except ValueError:
        return True
    if age > ABANDONED_AFTER:
        return True
    pid = d.get("pid")
    if d.get("host") != socket.gethostname()[:60] or not isinstance(pid, int) or pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except OSError:
        return False  # alive, another user's process
    return False


def _same_case(conn: Conn, r: ImportedCase, import_id: int | None = None) -> int | None:
    """The id of a case already on record that ``r`` repeats, or None. Cases of an unfinished
    import do not count, except those of ``import_id`` (the file repeating a case)."""
    p = patient_values(r.patient)
    row = conn.execute(
        "SELECT c.id FROM cases c JOIN patients p ON p.id = c.patient_id "
        "WHERE c.arrival_time = ? AND c.complaint = ? AND p.name = ? AND p.mrn = ? AND p.sex = ? "
        "AND coalesce(p.birth_date, '') = ? AND (c.import_pending IS NULL OR c.import_pending = ?) "
        "ORDER BY c.id LIMIT 1",
        (iso(r.arrival_time), r.complaint, p["name"], p["mrn"], p["sex"], p["birth_date"] or "",
         import_id)).fetchone()
    return row[0] if row else None


def _check_import(r: ImportedCase) -> None:
    """What the schema's CHECKs would refuse, said in words before anything is written."""
    check_level(r.current_level, "current level")
    for s in r.suggestions:
        check_level(s.suggestion.level, "suggestion level")
    for v in r.reviews:
        check_level(v.final_level, "final level")
        if v.decision is Decision.OVERRIDE and not v.reason.strip():
            raise ValueError(f"line {r.line}: an override needs a reason")


def _created_id(ids: Sequence[int], index: int | None, what: str, line: int) -> int | None:
    """The database id of the ``index``-th sub-record created for an imported case (a suggestion
    refers to its vital set, a review to its suggestion, by position); None: not linked.

    Raises
    ------
    ValueError
        the position is outside the records the case holds.
    """
    if index is None:
        return None
    if not 0 <= index < len(ids):
        raise ValueError(f"line {line}: refers to {what} {index}, the case holds {len(ids)}")
    return ids[index]
