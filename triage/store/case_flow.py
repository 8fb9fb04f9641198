"""A case's status over its life, and the version a decision is made on.

waiting ──(someone starts deciding)──► in review ──(accept/override)──► decided, in review
   ▲                                       │                                   │
   └──────────(back to waiting)────────────┘                                   ▼
closed ◄──(close: after a decision, or "without review" with a reason)─────────┘
   └──(reopen, with a reason)──► in review (decided) / waiting (not decided)

Reasons are clinical free text, so they are kept as notes on the case ("Closed without review:
…", "Reopened: …") and the audit row refers to the note; the audit log never holds the text.

A decision states the version of the case it was made on (``decision_version``: the latest review,
the latest suggestion and the status). If another desk changed any of them meanwhile, the write is
refused with ``CaseChanged`` saying who changed what, instead of silently replacing a colleague's
decision.
"""

from __future__ import annotations

from triage.errors import CaseChanged, InvalidReview
from triage.records import CaseDetail, CaseStatus, User
from triage.store.audit import AuditLog
from triage.store.auth import Permission
from triage.store.connection import Conn
from triage.store.values import now_iso

CLOSED_WITHOUT_REVIEW, REOPENED = "Closed without review: ", "Reopened: "
MIN_REASON_CHARS = 3


def decision_version(review_id: int | None, suggestion_id: int | None, status: str) -> str:
    """What a decision depends on, as one comparable string."""
    return f"r{review_id or 0}.s{suggestion_id or 0}.{status}"


def detail_version(detail: CaseDetail) -> str:
    """The ``decision_version`` of a case as a screen read it."""
    return decision_version(detail.reviews[-1].id if detail.reviews else None,
                            detail.suggestions[-1].id if detail.suggestions else None,
                            detail.status.value)


def _reason(text: str, what: str) -> str:
    text = (text or "").strip()
    if len(text) < MIN_REASON_CHARS:
        raise InvalidReview(f"{what} needs a reason (a few words)")
    return text


class CaseFlow:
    """Status changes of one case (a part of ``CaseStore``: uses its connection, permission check
    and ``_case_row`` / ``_open_case``)."""

    def _current_version(self, conn: Conn, case_id: int) -> tuple[str, dict]:
        review = conn.execute("SELECT id, reviewer, decision, final_level, signed_at FROM reviews "
                              "WHERE case_id = ? ORDER BY id DESC LIMIT 1", (case_id,)).fetchone()
        suggestion = conn.execute("SELECT id, level, created_at FROM suggestions WHERE case_id = ? "
                                  "ORDER BY id DESC LIMIT 1", (case_id,)).fetchone()
        status = conn.execute("SELECT status FROM cases WHERE id = ?", (case_id,)).fetchone()[0]
        facts = {"review": review, "suggestion": suggestion, "status": status}
        return decision_version(review[0] if review else None,
                                suggestion[0] if suggestion else None, status), facts

    def _check_version(self, conn: Conn, case_id: int, seen: str | None) -> None:
        """Raise ``CaseChanged`` (who changed what) when the case is no longer at ``seen``."""
        if seen is None:
            return
        current, facts = self._current_version(conn, case_id)
        if current == seen:
            return
        seen_review, seen_suggestion = (int(p[1:]) for p in seen.split(".")[:2])
        review, suggestion = facts["review"], facts["suggestion"]
        if review is not None and review[0] != seen_review:
            verb = "accepted level" if review[2] == "accept" else "overrode to level"
            what = f"{review[1]} {verb} {review[3]} at {str(review[4])[11:16]} UTC"
        elif suggestion is not None and suggestion[0] != seen_suggestion:
            what = f"the case was re-triaged (new suggestion: level {suggestion[1]})"
        else:
            who = conn.execute("SELECT username FROM audit_log WHERE object_type = 'case' AND "
                               "object_id = ? ORDER BY id DESC LIMIT 1", (str(case_id),)).fetchone()
            what = (f"{who[0] if who else 'someone'} changed its status to "
                    f"{facts['status'].replace('_', ' ')}")
        raise CaseChanged(f"case {case_id} changed since you opened it: {what}. "
                          "Reload the case, then decide again")

    def case_version(self, actor: User, case_id: int) -> str:
        """The case's current ``decision_version`` (what a decision made now would state)."""
        self._require(actor, Permission.VIEW_CASES, object_type="case", object_id=case_id)
        with self._lock:
            self._case_row(case_id)
            return self._current_version(self.conn, case_id)[0]

    def _note(self, conn: Conn, actor: User, case_id: int, text: str, now: str) -> int:
        """Insert a note in ``conn``'s transaction; ``CaseWrites`` (which declares the notes
        INSERT) provides it."""
        raise NotImplementedError

    def start_review(self, actor: User, case_id: int) -> None:
        """Mark a case as being reviewed (waiting → in review): someone started deciding.

        Raises
        ------
        PermissionDenied, NotFound, CaseClosed, StorageError
        """
        self._require(actor, Permission.START_REVIEW, object_type="case", object_id=case_id)
        with self.transaction() as conn:
            row = self._open_case(case_id)
            conn.execute("UPDATE cases SET status = 'in_review', updated_at = ? WHERE id = ?",
                         (now_iso(), case_id))
            AuditLog(conn).append(actor, "case.start_review", "case", case_id,
                                  {"from_status": row[1]})

    def return_to_waiting(self, actor: User, case_id: int) -> None:
        """Put a case nobody has decided yet back on the waiting list (in review → waiting).

        Raises
        ------
        InvalidReview
            the case already has a decision (it stays in review until it is closed).
        PermissionDenied, NotFound, CaseClosed, StorageError
        """
        self._require(actor, Permission.START_REVIEW, object_type="case", object_id=case_id)
        with self.transaction() as conn:
            row = self._open_case(case_id)
            if row[3] is not None:
                raise InvalidReview("A decided case stays in review until it is closed")
            conn.execute("UPDATE cases SET status = 'waiting', updated_at = ? WHERE id = ?",
                         (now_iso(), case_id))
            AuditLog(conn).append(actor, "case.return_to_waiting", "case", case_id,
                                  {"from_status": row[1]})

    def close_case(self, actor: User, case_id: int, *, without_review: str = "",
                   seen: str | None = None) -> None:
        """Close a case (it leaves the worklist; it stays readable and exportable).

        A case is closed after a decision (accepted or overridden); closing one that nobody
        decided needs ``without_review``, the reason, kept as a note. ``seen``: the
        ``decision_version`` the closing clinician saw (refused if the case changed since).

        Raises
        ------
        InvalidReview
            no decision and no reason to close without review.
        CaseChanged
            the case changed since ``seen``.
        PermissionDenied, NotFound, CaseClosed, StorageError
        """
        self._require(actor, Permission.CLOSE_CASE, object_type="case", object_id=case_id)
        now = now_iso()
        with self.transaction() as conn:
            row = self._open_case(case_id)
            self._check_version(conn, case_id, seen)
            reviewed = row[3] is not None
            details: dict[str, object] = {"reviewed": reviewed}
            if not reviewed:
                if not (without_review or "").strip():
                    raise InvalidReview("Nobody has decided on this case: accept or override the "
                                        "level first, or close it without review, with a reason")
                reason = _reason(without_review, "Closing without review")
                details["note_id"] = self._note(conn, actor, case_id, CLOSED_WITHOUT_REVIEW + reason,
                                                now)
            conn.execute("UPDATE cases SET status = 'closed', is_open = 0, closed_at = ?, "
                         "updated_at = ? WHERE id = ?", (now, now, case_id))
            AuditLog(conn).append(actor, "case.close", "case", case_id, details)

    def reopen_case(self, actor: User, case_id: int, reason: str) -> None:
        """Reopen a closed case (a clinician; the reason is kept as a note): it returns to review
        when it had a decision, else to the waiting list.

        Raises
        ------
        InvalidReview
            no reason, or the case is not closed.
        PermissionDenied, NotFound, StorageError
        """
        self._require(actor, Permission.CLOSE_CASE, object_type="case", object_id=case_id)
        reason = _reason(reason, "Reopening a case")
        now = now_iso()
        with self.transaction() as conn:
            row = self._case_row(case_id)
            if row[1] != CaseStatus.CLOSED.value:
                raise InvalidReview(f"case {case_id} is not closed")
            status = CaseStatus.IN_REVIEW if row[3] is not None else CaseStatus.WAITING
            note_id = self._note(conn, actor, case_id, REOPENED + reason, now)
            conn.execute("UPDATE cases SET status = ?, is_open = 1, closed_at = NULL, "
                         "updated_at = ? WHERE id = ?", (status.value, now, case_id))
            AuditLog(conn).append(actor, "case.reopen", "case", case_id,
                                  {"note_id": note_id, "to_status": status.value})
