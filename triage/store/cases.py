"""Case writes: create, edit the intake, re-triage, review, notes, attachments, close.

Each table's one INSERT is declared here (``CASE_ROWS``, ``VITAL_ROWS``, ``SUGGESTION_ROWS``,
``REVIEW_ROWS``, ``NOTE_ROWS``; patients and revisions in ``patients``, attachments in ``blobs``)
with a function that turns a domain value into its row, so the single-case writes here and the
bulk writes in ``bulk`` fill the same columns the same way.

Every method takes the acting ``User``, checks the permission (a refusal raises
``PermissionDenied`` and is audited) and writes its audit row in the same transaction as the change.
"""

from __future__ import annotations

from typing import Any, Mapping, Sequence

from triage.errors import CaseClosed, InvalidReview, NotFound, PatientConflict
from triage.intake import Intake, Vitals, parse_intake
from triage.records import (INTAKE_CASE_FIELDS, INTAKE_PATIENT_FIELDS, CaseStatus, Decision,
                            IntakeChange, NewAttachment, User)
from triage.scales import LEVELS
from triage.store.audit import AuditLog
from triage.store.auth import Permission
from triage.store.blobs import Blob, Blobs, insert_attachment
from triage.store.case_flow import CaseFlow
from triage.store.connection import Conn, Insert
from triage.store.patients import (PATIENT_COLUMNS, Patients, add_revision, patient_values,
                                   refresh_search)
from triage.store.tamper_guard import TamperChecks
from triage.store.values import check_level, iso, now_iso, search_text, to_json
from triage.suggestion import Suggestion

MAX_NOTE_CHARS = 10_000
# An override's reason is read later by whoever audits the decision: "x" or "ok" says nothing.
MIN_REASON_CHARS = 10
MIN_REASON_WORDS = 2
# What record_event may write, and the permissions that allow it (any one of them); the other
# actions are the store's. Signing out and locking are open to every signed-in account.
EVENT_PERMISSIONS: dict[str, tuple[Permission, ...]] = {
    "export": (Permission.EXPORT,), "import": (Permission.IMPORT,),
    "case.view": (Permission.VIEW_CASES,),
    "logout": tuple(Permission), "lock": tuple(Permission)}


def reason_problem(reason: str) -> str | None:
    """Why an override reason is too short to mean anything, or None when it will do."""
    text = (reason or "").strip()
    if not text:
        return "An override needs a reason"
    if len(text) < MIN_REASON_CHARS or len(text.split()) < MIN_REASON_WORDS:
        return (f"Give the reason in a few words (at least {MIN_REASON_WORDS} words, "
                f"{MIN_REASON_CHARS} characters)")
    return None

CASE_ROWS = Insert("cases", (
    "id", "patient_id", "complaint", "arrival_time", "arrival_mode", "injury", "status", "is_open",
    "suggested_level", "decided_level", "current_level", "created_by", "created_at", "updated_at",
    "closed_at", "is_demo", "search_text", "narrative", "idempotency_key", "import_pending"))
MAX_KEY_CHARS = 100  # a UUID is 36; anything much longer is not a key a desk made
VITAL_ROWS = Insert("vital_sets", (
    "id", "case_id", "recorded_at", "recorded_by", "heart_rate", "resp_rate", "sbp", "dbp", "spo2",
    "temperature_c", "pain", "avpu", "gcs", "on_oxygen", "o2_flow_l_min", "measured_at"))
SUGGESTION_ROWS = Insert("suggestions", (
    "case_id", "vital_set_id", "created_at", "level", "confidence", "engine_version", "rules_only",
    "payload"))
REVIEW_ROWS = Insert("reviews", (
    "case_id", "suggestion_id", "reviewer", "decision", "suggested_level", "final_level", "reason",
    "signed_at", "imported_signed_by"))
NOTE_ROWS = Insert("notes", ("case_id", "author", "text", "created_at"))


def new_case_row(intake: Intake, patient_id: int, name: str, mrn: str, level: int | None,
                 by: str, now: str, demo: bool, case_id: int | None = None,
                 idempotency_key: str | None = None) -> dict[str, Any]:
    """A new, waiting case as its row (``name``/``mrn``: the linked patient's, for the search)."""
    return {"id": case_id, "patient_id": patient_id, "complaint": intake.complaint,
            "arrival_time": iso(intake.arrival_time) or now,
            "arrival_mode": intake.arrival_mode.value,
            "injury": None if intake.injury is None else int(intake.injury),
            "status": CaseStatus.WAITING.value, "is_open": 1, "suggested_level": level,
            "current_level": level, "created_by": by, "created_at": now, "updated_at": now,
            "is_demo": int(demo), "search_text": search_text(name, mrn, intake.complaint),
            "narrative": intake.narrative, "idempotency_key": idempotency_key}


def check_idempotency_key(key: str | None) -> str | None:
    """``key`` as stored (stripped), or None for no key.

    Raises
    ------
    ValueError
        the key is empty or longer than ``MAX_KEY_CHARS``.
    """
    if key is None:
        return None
    text = str(key).strip()
    if not text or len(text) > MAX_KEY_CHARS:
        raise ValueError(f"an idempotency key is 1 to {MAX_KEY_CHARS} characters (a UUID)")
    return text


def saved_before(conn: Conn, key: str | None, actor: User) -> int | None:
    """The case a save with ``key`` already committed (a retry after a lost answer), or None.

    Raises
    ------
    ValueError
        another account's save used the key (a key is one intake's, never shared).
    """
    if key is None:
        return None
    row = conn.execute("SELECT id, created_by FROM cases WHERE idempotency_key = ?",
                       (key,)).fetchone()
    if row is None:
        return None
    if row[1] != actor.username:
        raise ValueError("this idempotency key belongs to another account's save; nothing was saved")
    return int(row[0])


def vital_row(case_id: int, v: Vitals, by: str, at: str,
              vital_set_id: int | None = None) -> dict[str, Any]:
    return {"id": vital_set_id, "case_id": case_id, "recorded_at": at, "recorded_by": by,
            "heart_rate": v.heart_rate, "resp_rate": v.resp_rate, "sbp": v.sbp, "dbp": v.dbp,
            "spo2": v.spo2, "temperature_c": v.temperature_c, "pain": v.pain,
            "avpu": v.avpu.value if v.avpu else None, "gcs": v.gcs,
            "on_oxygen": None if v.on_oxygen is None else int(v.on_oxygen),
            "o2_flow_l_min": v.o2_flow_l_min, "measured_at": iso(v.measured_at)}


def suggestion_row(case_id: int, vital_set_id: int | None, s: Suggestion,
                   at: str) -> dict[str, Any]:
    return {"case_id": case_id, "vital_set_id": vital_set_id, "created_at": at, "level": s.level,
            "confidence": float(s.confidence), "engine_version": str(s.versions.get("engine", "")),
            "rules_only": int(s.rules_only), "payload": to_json(s.to_dict())}


def review_row(case_id: int, suggestion_id: int | None, reviewer: str, decision: Decision,
               suggested_level: int | None, final_level: int, reason: str,
               signed_at: str | None, *, imported_signed_by: str | None = None) -> dict[str, Any]:
    row = {"case_id": case_id, "suggestion_id": suggestion_id, "reviewer": reviewer,
           "decision": Decision(decision).value, "suggested_level": suggested_level,
           "final_level": final_level, "reason": reason, "signed_at": signed_at}
    if imported_signed_by is not None:  # absent (NULL) for a review signed here: old hashes hold
        row["imported_signed_by"] = imported_signed_by
    return row


def note_row(case_id: int, author: str, text: str, created_at: str | None) -> dict[str, Any]:
    return {"case_id": case_id, "author": author, "text": text, "created_at": created_at}


def attach(conn: Conn, case_id: int, a: NewAttachment, blob: Blob, by: str, at: str) -> int:
    """An attachment row for a file just stored as ``blob``."""
    return insert_attachment(conn, case_id, blob, original_name=a.original_name, kind=a.kind,
                             modality=a.modality, body_part=a.body_part, view=a.view,
                             metadata=a.metadata, assessment=a.assessment, added_at=at,
                             added_by=by, marked_chest_xray=a.marked_chest_xray,
                             saliency_png=a.assessment.saliency_png if a.assessment else None)


class CaseWrites(Patients, Blobs, CaseFlow, TamperChecks):
    """Every change to one case, each in one transaction with its audit row (status changes:
    ``CaseFlow``)."""

    def _case_row(self, case_id: int) -> tuple:
        """The case's status row; inside a write transaction also the check that its rows are as
        last audited (``tamper_guard``): every case write reads this before it writes."""
        row = self.conn.execute("SELECT id, status, suggested_level, decided_level FROM cases "
                                "WHERE id = ?", (case_id,)).fetchone()
        if row is None:
            raise NotFound(f"case {case_id} does not exist")
        if self.conn.in_transaction:
            self._check_untampered(self.conn, case_id)
        return row

    def _open_case(self, case_id: int) -> tuple:
        row = self._case_row(case_id)
        if row[1] == CaseStatus.CLOSED.value:
            raise CaseClosed(f"case {case_id} is closed and can no longer be changed")
        return row

    def create_case(self, actor: User, intake: Intake, suggestion: Suggestion | None,
                    attachments: Sequence[NewAttachment] = (), patient_id: int | None = None,
                    idempotency_key: str | None = None) -> int:
        """Save a new case (patient, case, vitals, attachments, suggestion, audit row) atomically.

        ``idempotency_key``: the intake's client-generated key (a UUID), the same for every retry
        of one save. A save whose key a committed case already holds writes nothing and returns
        that case: a retry after a lost answer (the COMMIT reached the server, its reply did not
        reach the desk) never makes a second case or a second audit row. The key is unique in
        the database (``m012_idempotent_saves``), so two desks racing with one key save once.

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
        ValueError
            the key is malformed, or another account's save used it; nothing was saved.
        StorageError
            the disk is read-only or full, or the database stayed locked; nothing was saved.
        """
        self._require(actor, Permission.INTAKE, object_type="case")
        key = check_idempotency_key(idempotency_key)
        if attachments:
            self._require(actor, Permission.ATTACH, object_type="case")
        check_level(suggestion.level if suggestion else None, "suggestion level")
        blobs = [self._put_blob(a.data) for a in attachments]
        now = now_iso()
        with self.transaction() as conn:
            first = saved_before(conn, key, actor)  # under the write lock: no race with a twin
            if first is not None:
                return first
            demo = self.is_demo()
            link = self._link_patient(conn, intake.patient, patient_id, demo, now)
            level = suggestion.level if suggestion else None
            case_id = CASE_ROWS.one(conn, new_case_row(intake, link.patient_id, link.name,
                                                       link.mrn, level, actor.username, now, demo,
                                                       idempotency_key=key))
            details: dict[str, Any] = {"level": level, "attachments": len(blobs), "demo": demo}
            if link.existed:
                details["patient_id"] = link.patient_id
                details["patient_fields"] = sorted(link.changed)
            self._record_link(conn, case_id, link, actor.username, now)
            vital_id = VITAL_ROWS.one(conn, vital_row(case_id, intake.vitals, actor.username, now))
            if suggestion is not None:
                SUGGESTION_ROWS.one(conn, suggestion_row(case_id, vital_id, suggestion, now))
            for a, blob in zip(attachments, blobs):
                attach(conn, case_id, a, blob, actor.username, now)
            AuditLog(conn).append(actor, "case.create", "case", case_id, details)
        return case_id

    def update_intake(self, actor: User, case_id: int, changes: IntakeChange) -> int:
        """Edit an open case's complaint, note, arrival mode, injury or patient demographics.

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
        now = now_iso()
        with self.transaction() as conn:
            self._open_case(case_id)
            row = conn.execute(
                f"SELECT c.patient_id, c.complaint, c.arrival_mode, c.injury, c.narrative, {PATIENT_COLUMNS} "
                "FROM cases c JOIN patients p ON p.id = c.patient_id WHERE c.id = ?",
                (case_id,)).fetchone()
            patient_id = row[0]
            current = dict(zip((*INTAKE_CASE_FIELDS, *INTAKE_PATIENT_FIELDS), row[1:]))
            current["injury"] = None if current["injury"] is None else bool(current["injury"])
            edited = parse_intake({**{k: "" if v is None else v for k, v in current.items()},
                                   **given})
            new = {"complaint": edited.complaint, "arrival_mode": edited.arrival_mode.value,
                   "injury": edited.injury, "narrative": edited.narrative,
                   **patient_values(edited.patient)}
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
                refresh_search(conn, patient_id)
            revision_id = add_revision(conn, case_id, patient_id if patient_changes else None,
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
        check_level(suggestion.level if suggestion else None, "suggestion level")
        now = now_iso()
        with self.transaction() as conn:
            row = self._open_case(case_id)
            vital_id = VITAL_ROWS.one(conn, vital_row(case_id, vitals, actor.username, now))
            if suggestion is not None:
                SUGGESTION_ROWS.one(conn, suggestion_row(case_id, vital_id, suggestion, now))
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

    def review(self, actor: User, case_id: int, decision: Decision, final_level: int,
               reason: str = "", *, seen: str | None = None, finish: bool = False) -> int:
        """Sign a clinician's decision on the latest suggestion; returns the review's id.

        Accepting keeps the suggested level; an override needs a reason (kept in the review, never
        in the audit log, which records only that a reason was given). ``finish``: the decision
        finishes the case (the clinician did not ask to keep it open): it is closed in the same
        transaction, with its own "case.close" audit row, so it leaves the open worklist and its
        waiting time stops at the decision.

        Raises
        ------
        PermissionDenied
            ``actor`` is not a clinician (audited).
        InvalidReview
            an override without a reason of a few words (``reason_problem``), a level outside
            1-5, or accepting a level other than the suggestion (or with no suggestion).
        CaseClosed
            the case is closed.
        CaseChanged
            ``seen`` (the ``decision_version`` the clinician decided on) is no longer current.
        NotFound, StorageError
        """
        self._require(actor, Permission.REVIEW, object_type="case", object_id=case_id)
        if finish:
            self._require(actor, Permission.CLOSE_CASE, object_type="case", object_id=case_id)
        decision = Decision(decision)
        reason = (reason or "").strip()
        if final_level not in LEVELS:
            raise InvalidReview(f"Final level must be 1-5, got {final_level!r}")
        if decision is Decision.OVERRIDE and (problem := reason_problem(reason)):
            raise InvalidReview(problem)
        if len(reason) > MAX_NOTE_CHARS:
            raise InvalidReview(f"The reason is limited to {MAX_NOTE_CHARS:,} characters")
        now = now_iso()
        with self.transaction() as conn:
            self._open_case(case_id)
            self._check_version(conn, case_id, seen)
            last = conn.execute("SELECT id, level FROM suggestions WHERE case_id = ? "
                                "ORDER BY id DESC LIMIT 1", (case_id,)).fetchone()
            suggestion_id, suggested = (last[0], last[1]) if last else (None, None)
            if decision is Decision.ACCEPT and suggested != final_level:
                raise InvalidReview("Accepting keeps the suggested level"
                                    + (f" ({suggested})" if suggested else
                                       "; there is no suggestion to accept: override instead"))
            review_id = REVIEW_ROWS.one(conn, review_row(case_id, suggestion_id, actor.username,
                                                         decision, suggested, final_level, reason,
                                                         now))
            conn.execute("UPDATE cases SET decided_level = ?, current_level = ?, status = "
                         "'in_review', updated_at = ? WHERE id = ?",
                         (final_level, final_level, now, case_id))
            AuditLog(conn).append(actor, "case.review", "case", case_id,
                                  {"review_id": review_id, "decision": decision.value,
                                   "suggested_level": suggested, "final_level": final_level,
                                   "reason_given": bool(reason)})
            if finish:
                conn.execute("UPDATE cases SET status = 'closed', is_open = 0, closed_at = ?, "
                             "updated_at = ? WHERE id = ?", (now, now, case_id))
                AuditLog(conn).append(actor, "case.close", "case", case_id,
                                      {"reviewed": True, "review_id": review_id})
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
            note_id = NOTE_ROWS.one(conn, note_row(case_id, actor.username, text, now_iso()))
            AuditLog(conn).append(actor, "case.note", "case", case_id,
                                  {"note_id": note_id, "chars": len(text)})
        return note_id

    def _note(self, conn: Conn, actor: User, case_id: int, text: str, now: str) -> int:
        return NOTE_ROWS.one(conn, note_row(case_id, actor.username, text, now))

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
        now = now_iso()
        with self.transaction() as conn:
            self._open_case(case_id)
            ids = [attach(conn, case_id, a, b, actor.username, now)
                   for a, b in zip(attachments, blobs)]
            conn.execute("UPDATE cases SET updated_at = ? WHERE id = ?", (now, case_id))
            AuditLog(conn).append(actor, "case.attach", "case", case_id,
                                  {"attachment_ids": ids, "count": len(ids)})
        return ids

    def record_event(self, actor: User, action: str, object_type: str = "", object_id: object = "",
                     details: Mapping[str, Any] | None = None) -> int:
        """Audit an action that changes nothing here (an export, an import summary, a case opened
        for reading, a sign-out or a lock of the desk), in the name
        of ``actor`` only: the account must be signed in and hold the permission the event needs
        (``EVENT_PERMISSIONS``), so nobody can write audit rows in someone else's name or forge the
        store's own actions.

        Raises
        ------
        PermissionDenied
            ``actor`` is not signed in or lacks the event's permission (audited).
        ValueError
            not an event the store records this way, or ``details`` holds clinical free text or
            a secret.
        StorageError
        """
        if action not in EVENT_PERMISSIONS:
            raise ValueError(f"{action!r} is not an event recorded with record_event "
                             f"({', '.join(sorted(EVENT_PERMISSIONS))})")
        self._require(actor, *EVENT_PERMISSIONS[action], object_type=object_type,
                      object_id=object_id)
        with self.transaction() as conn:
            return AuditLog(conn).append(actor, action, object_type, object_id, details)
