"""A write never blesses a tamper: before it rewrites a case's rows, they are checked against
their last audited hashes.

Every audited change records the hashes of the rows it left (``row_hashes``), and ``audit
verify`` compares each stored row with the last hash recorded for it. A row edited in the file
and then rewritten by a legitimate change would be recorded afresh by that change's audit row,
and the edit would no longer be visible. So each write to a case first re-hashes the case's rows
(and its patient's) as they stand and compares them with their last audited hashes. On a
difference the write is refused (``TamperedRecord``, nothing written) and the discrepancy is
recorded in an ``audit.tamper_found`` row, which records no row hashes, so it blesses nothing.

The last audited hash of a row is found without walking the log. The latest audit row about the
case records every row of the case. Whichever case of the patient was audited last recorded the
patient row. Bulk writes ("12-40" object ids: the demo seed and bulk creation) and the baseline
(``audit.baseline``) are the only other rows that record case rows. Index:
``audit_log (object_type, object_id, id)`` (m019).

The other chained rows get the same check, one function per table family, before the write that
rewrites them or builds on them: an account's row (every ``user`` audit row records it: sign-in,
sign-out, roles, password, enabling, language), an incident's row and every version of an MCI tag
(a re-tag copies the last version and its audit row records all of them), a scale's site
calibrations (a new version is numbered after them), and an audited settings key (its last
``value_sha256``). For these families a row that no audit row records is refused too (a forged
account or calibration), and a row that the last audit row about the object recorded but that is
gone is named as deleted. Settings keys that no audited write ever recorded are not checked, as
``audit verify`` does not check them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Iterable

import sqlite3

from triage.errors import StorageError, TamperedRecord
from triage.records import SYSTEM_USER
from triage.store import row_hashes
from triage.store.audit import TAMPER_FOUND, AuditLog, setting_sha256
from triage.store.connection import Conn, StoreConnection, get_setting, write_transaction

RANGE_ACTIONS = ("demo.seed", "cases.bulk_create")  # audit rows whose object id is "first-last"
BASELINE_ACTION = "audit.baseline"


@dataclass(frozen=True)
class RowMismatch:
    """One row that differs from its last audited write."""

    key: str  # "table:id"
    expected: str | None  # the hash its last audited write recorded (None: no audit row records it)
    found: str  # the hash of the row as it stands
    audit_id: int | None  # the audit row that recorded ``expected``

    def describe(self) -> str:
        table, _, row_id = self.key.partition(":")
        if self.expected is None:
            return f"{table} row {row_id} is recorded by no audit row (written outside the app)"
        if self.expected == row_hashes.REMOVED:
            return f"{table} row {row_id} was deleted by audit row {self.audit_id}, yet is present"
        if self.found == row_hashes.REMOVED:
            return (f"{table} row {row_id} was recorded by audit row {self.audit_id} and is now "
                    "missing (deleted outside the app)")
        return (f"{table} row {row_id} differs from its last audited write "
                f"(audit row {self.audit_id})")


def _merge(latest: dict[str, tuple[str, int]], rows: Iterable[tuple[int, str]]) -> None:
    for audit_id, wrote in rows:
        if not wrote:
            continue
        for key, digest in json.loads(wrote).items():
            if key not in latest or latest[key][1] < audit_id:
                latest[key] = (digest, audit_id)


def _in_range(object_id: str, case_ids: set[int]) -> bool:
    span = row_hashes.case_ids(object_id)
    return span is not None and any(span[0] <= c <= span[1] for c in case_ids)


def _last_audited(conn: Conn, case_ids: set[int]) -> dict[str, tuple[str, int]]:
    """key → (hash, audit id) from every audit row that can hold the rows of ``case_ids``'s
    cases and their patients' rows."""
    latest: dict[str, tuple[str, int]] = {}
    for case_id in case_ids:
        _merge(latest, conn.execute(
            "SELECT id, wrote FROM audit_log WHERE object_type = 'case' AND object_id = ? "
            "AND wrote IS NOT NULL AND wrote <> '' ORDER BY id DESC LIMIT 1",
            (str(case_id),)).fetchall())
    _merge(latest, [(i, w) for i, o, w in conn.execute(
        f"SELECT id, object_id, wrote FROM audit_log WHERE action IN ({', '.join('?' for _ in RANGE_ACTIONS)}) "
        "AND object_type = 'case'", RANGE_ACTIONS).fetchall() if _in_range(o, case_ids)])
    _merge(latest, conn.execute("SELECT id, wrote FROM audit_log WHERE action = ?",
                                (BASELINE_ACTION,)).fetchall())
    return latest


def _compare(current: dict[str, str], latest: dict[str, tuple[str, int]]) -> list[RowMismatch]:
    if not latest:
        return []  # nothing about these rows was ever audited (an installation before row hashes)
    out = []
    for key, digest in sorted(current.items()):
        last = latest.get(key)
        if last is None:
            out.append(RowMismatch(key, None, digest, None))
        elif last[0] != digest:
            out.append(RowMismatch(key, last[0], digest, last[1]))
    return out


def _patient_cases(conn: Conn, patient_id: int, limit: int = 500) -> set[int]:
    """The patient's cases whose audit rows may hold the patient row: the most recent ``limit``
    (a patient row is re-recorded by every write to any of them)."""
    return {r[0] for r in conn.execute("SELECT id FROM cases WHERE patient_id = ? ORDER BY id DESC "
                                       "LIMIT ?", (patient_id, limit)).fetchall()}


def case_mismatches(conn: Conn, case_id: int) -> list[RowMismatch]:
    """The rows of case ``case_id`` (and its patient's row) that differ from their last audited
    write, as they stand in ``conn``'s transaction."""
    current = row_hashes.case_snapshot(conn, case_id, case_id)
    row = conn.execute("SELECT patient_id FROM cases WHERE id = ?", (case_id,)).fetchone()
    patient_key = f"patients:{row[0]}" if row and row[0] is not None else None
    own = _last_audited(conn, {case_id})
    if patient_key is not None and patient_key in current:
        others = _last_audited(conn, _patient_cases(conn, row[0]) | {case_id})
        if patient_key in others:
            own[patient_key] = others[patient_key]
    return _compare(current, own)


def patient_mismatches(conn: Conn, patient_id: int) -> list[RowMismatch]:
    """The patient row of ``patient_id`` against its last audited write (before a new case of
    that patient records it afresh)."""
    key = f"patients:{patient_id}"
    current = {k: v for k, v in row_hashes._rows(conn, "patients", "id = ?", (patient_id,))}
    cases = _patient_cases(conn, patient_id)
    if key not in current or not cases:
        return []
    latest = _last_audited(conn, cases)
    return _compare(current, {key: latest[key]} if key in latest else {})


# ------------------------------------------------------------------ the other chained families
def _records_rows(conn: Conn) -> bool:
    """Whether the chain records row hashes at all (else nothing can be compared)."""
    return conn.execute("SELECT 1 FROM audit_log WHERE wrote IS NOT NULL AND wrote <> '' "
                        "LIMIT 1").fetchone() is not None


def _object_mismatches(conn: Conn, current: dict[str, str], object_type: str,
                       object_ids: Iterable[object]) -> list[RowMismatch]:
    """``current`` (the rows of one object as they stand) against the last audit row about each
    of ``object_ids`` (and the baseline): edited, unrecorded and deleted rows."""
    own: dict[str, tuple[str, int]] = {}
    for object_id in object_ids:
        _merge(own, conn.execute(
            "SELECT id, wrote FROM audit_log WHERE object_type = ? AND object_id = ? "
            "AND wrote IS NOT NULL AND wrote <> '' ORDER BY id DESC LIMIT 1",
            (object_type, str(object_id))).fetchall())
    latest = dict(own)
    if set(current) - set(own):
        _merge(latest, conn.execute("SELECT id, wrote FROM audit_log WHERE action = ?",
                                    (BASELINE_ACTION,)).fetchall())
    if not latest and not _records_rows(conn):
        return []  # an installation from before row hashes (none recorded yet)
    out = [RowMismatch(k, latest[k][0] if k in latest else None, v,
                       latest[k][1] if k in latest else None)
           for k, v in sorted(current.items()) if k not in latest or latest[k][0] != v]
    out += [RowMismatch(k, digest, row_hashes.REMOVED, audit_id)
            for k, (digest, audit_id) in sorted(own.items())
            if k not in current and digest != row_hashes.REMOVED]
    return out


def user_mismatches(conn: Conn, user_id: int) -> list[RowMismatch]:
    """Account ``user_id``'s row against its last audited write (before a sign-in, a sign-out,
    or a change of roles, password, state or language rewrites it)."""
    return _object_mismatches(conn, row_hashes.snapshot_for(conn, "user", str(user_id)), "user",
                              [user_id])


def incident_mismatches(conn: Conn, incident_id: int) -> list[RowMismatch]:
    """The incident's row (its open/ended state decides whether tags may be written)."""
    return _object_mismatches(conn, row_hashes.snapshot_for(conn, "incident", str(incident_id)),
                              "incident", [incident_id])


def tag_mismatches(conn: Conn, incident_id: int, tag_number: str) -> list[RowMismatch]:
    """Every version of one MCI tag: a re-tag, override or move copies the last version, and its
    audit row records all of them afresh."""
    object_id = f"{incident_id}/{tag_number}"
    return _object_mismatches(conn, row_hashes.snapshot_for(conn, "mci_tag", object_id),
                              "mci_tag", [object_id])


def calibration_mismatches(conn: Conn, scale: str) -> list[RowMismatch]:
    """Every stored calibration of ``scale`` (append-only, one audit row each): the next version
    is numbered after them and replaces the one in force."""
    current = dict(row_hashes._rows(conn, "site_calibrations", "scale = ?", (scale,)))
    return _object_mismatches(conn, current, "calibration",
                              [key.partition(":")[2] for key in current])


def setting_mismatches(conn: Conn, key: str) -> list[RowMismatch]:
    """An audited settings key against the value hash its last audited write recorded (keys no
    audited write recorded, counters and the audit head, are not checked: ``audit verify``
    does not check them either)."""
    row = conn.execute("SELECT id, details FROM audit_log WHERE object_type = 'settings' AND "
                       "object_id = ? AND details LIKE ? ORDER BY id DESC LIMIT 1",
                       (key, '%"value_sha256"%')).fetchone()
    if row is None:
        return []
    expected = json.loads(row[1]).get("value_sha256")
    found = setting_sha256(get_setting(conn, key))
    return [] if found == expected else [RowMismatch(f"settings:{key}", expected, found, row[0])]


def refuse_if_tampered(mismatches: list[RowMismatch], what: str, object_type: str,
                       object_id: object, actor: object = None) -> None:
    """Raise ``TamperedRecord`` naming the rows when there are any. Call it inside the write
    transaction, before anything is written: the store's ``transaction()`` rolls back and records
    the refusal as ``audit.tamper_found`` against ``actor`` (else the acting user)."""
    if mismatches:
        raise TamperedRecord(
            f"{what}: {mismatches[0].describe()}"
            + (f" (and {len(mismatches) - 1} more rows)" if len(mismatches) > 1 else "")
            + ". The change was not saved, so that it does not record the altered data as "
              "audited; the discrepancy is recorded in the audit log. Ask an administrator to "
              "run audit verify.", mismatches=tuple(mismatches), object_type=object_type,
            object_id=str(object_id), details=found_details(mismatches), actor=actor)


def found_details(mismatches: Iterable[RowMismatch]) -> dict[str, object]:
    """What the ``audit.tamper_found`` row keeps: row keys and hashes only (no clinical text)."""
    rows = list(mismatches)[:50]
    return {"rows": [m.key for m in rows], "expected": [m.expected for m in rows],
            "found": [m.found for m in rows], "audit_ids": [m.audit_id for m in rows]}


class TamperChecks(StoreConnection):
    """Mixed into ``CaseStore``: the check a case write makes before it rewrites the case's rows,
    and the audit row of a refusal."""

    def _check_untampered(self, conn: Conn, case_id: int) -> None:
        """Inside a write transaction, before anything is written: refuse (``TamperedRecord``)
        when case ``case_id``'s rows differ from their last audited write."""
        refuse_if_tampered(case_mismatches(conn, case_id), f"case {case_id}", "case", case_id)

    def _check_patient_untampered(self, conn: Conn, patient_id: int) -> None:
        """Before a new case of an existing patient records the patient row afresh."""
        refuse_if_tampered(patient_mismatches(conn, patient_id), f"patient {patient_id}",
                           "patient", patient_id)

    def _tamper_found(self, exc: TamperedRecord) -> None:
        """The audit row of a write refused because its rows were altered outside the app: row
        keys and hashes only, and no row hashes of its own (``TAMPER_FOUND`` is a no-write
        action), so that it blesses nothing. Best effort: the refusal stands even if this row
        cannot be written (a full disk)."""
        actor = exc.actor or getattr(self._acting, "user", None) or SYSTEM_USER
        try:
            with write_transaction(self.conn, self.where) as conn:
                AuditLog(conn).append(actor, TAMPER_FOUND, exc.object_type, exc.object_id,
                                      exc.details)
            self._own_commits += 1
        except (StorageError, sqlite3.Error, ValueError):
            pass


def refuse_if_user_tampered(conn: Conn, user_id: int, what: str, actor: Any) -> None:
    """Inside the write transaction: refuse (``TamperedRecord``, recorded against ``actor``)
    when the account's row differs from its last audited write."""
    refuse_if_tampered(user_mismatches(conn, user_id), f"{what} account {user_id}", "user",
                       user_id, actor)
