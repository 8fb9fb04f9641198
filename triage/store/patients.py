"""Patients: one row per person, linking a new case to the right one, and intake revisions.

A non-empty MRN names one patient; linking a case to a known patient never silently overwrites a
stored value: a known value that differs replaces it through a ``link`` revision that keeps the old
one, and a blank never erases one. ``intake_revisions`` is append-only (triggers refuse UPDATE and
DELETE), so every earlier value of an edited intake stays readable.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, Mapping, Sequence

from triage.errors import NotFound, PatientConflict
from triage.intake import Patient, Sex
from triage.records import INTAKE_PATIENT_FIELDS, PatientMatch, User
from triage.store.auth import Authorized, Permission
from triage.store.connection import Conn, Insert, locked
from triage.store.values import parse_time, search_text, to_json

PATIENT_COLUMNS = ", ".join(INTAKE_PATIENT_FIELDS)
PATIENT_ROWS = Insert("patients", (*INTAKE_PATIENT_FIELDS, "is_demo", "created_at"))
REVISION_ROWS = Insert("intake_revisions", ("case_id", "patient_id", "revised_at", "revised_by",
                                            "kind", "fields", "previous", "new_values"))


@dataclass(frozen=True)
class PatientLink:
    """The patient row a new case belongs to, and what linking changed in it."""

    patient_id: int
    existed: bool
    previous: dict[str, Any]  # changed fields' stored values
    changed: dict[str, Any]  # changed fields' new values
    name: str
    mrn: str


def patient_values(p: Patient) -> dict[str, Any]:
    """A patient as its database columns."""
    return {"name": p.name, "birth_date": p.birth_date.isoformat() if p.birth_date else None,
            "age_years": p.age_years, "sex": p.sex.value, "mrn": p.mrn, "phone": p.phone}


def patient_from_row(r: Sequence[Any]) -> Patient:
    """A Patient from its columns in ``INTAKE_PATIENT_FIELDS`` order."""
    return Patient(name=r[0], birth_date=date.fromisoformat(r[1]) if r[1] else None,
                   age_years=r[2], sex=Sex(r[3]), mrn=r[4], phone=r[5])


def add_revision(conn: Conn, case_id: int | None, patient_id: int | None, kind: str,
                 previous: Mapping[str, Any], values: Mapping[str, Any], by: str, at: str) -> int:
    """The one write of an ``intake_revisions`` row; returns its id."""
    return REVISION_ROWS.one(conn, {
        "case_id": case_id, "patient_id": patient_id, "revised_at": at, "revised_by": by,
        "kind": kind, "fields": to_json(sorted(values)), "previous": to_json(dict(previous)),
        "new_values": to_json(dict(values))})


def refresh_search(conn: Conn, patient_id: int) -> None:
    """Recompute the search text of every case of a patient (after a name or MRN change)."""
    name, mrn = conn.execute("SELECT name, mrn FROM patients WHERE id = ?",
                             (patient_id,)).fetchone()
    conn.executemany("UPDATE cases SET search_text = ? WHERE id = ?",
                     [(search_text(name, mrn, complaint), cid) for cid, complaint in
                      conn.execute("SELECT id, complaint FROM cases WHERE patient_id = ?",
                                   (patient_id,)).fetchall()])


def _known(field_name: str, value: Any) -> bool:
    """Does the value say something? A blank or an unknown sex never replaces a known value."""
    return value not in (None, "") and not (field_name == "sex" and value == Sex.UNKNOWN.value)


def _like(text: str) -> str:
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


class Patients(Authorized):
    """Finding patients, and linking new cases to them (inside the caller's transaction)."""

    def _link_patient(self, conn: Conn, p: Patient, patient_id: int | None, demo: bool,
                      now: str, *, refuse_other_identity: bool = False) -> PatientLink:
        """The patient row of a new case: ``patient_id``, else the MRN's holder, else a new row.

        ``refuse_other_identity`` (imports without ``--merge-patients``): an MRN whose holder has
        another name or birth date is refused rather than renaming that patient on every case.

        Raises
        ------
        PatientConflict
            the MRN belongs to another patient than ``patient_id``.
        NotFound
            ``patient_id`` does not exist.
        """
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
        new = patient_values(p)
        if target is None:
            pid = PATIENT_ROWS.one(conn, {**new, "is_demo": int(demo), "created_at": now})
            return PatientLink(pid, False, {}, {}, p.name, p.mrn)
        row = conn.execute(f"SELECT {PATIENT_COLUMNS} FROM patients WHERE id = ?",
                           (target,)).fetchone()
        if row is None:
            raise NotFound(f"patient {target} does not exist")
        # The new case's audit row records the patient row afresh: first check it is as audited.
        self._check_patient_untampered(conn, target)  # type: ignore[attr-defined]
        current = dict(zip(INTAKE_PATIENT_FIELDS, row))
        changed = {k: v for k, v in new.items() if _known(k, v) and v != current[k]}
        identity = {k: (current[k], v) for k, v in changed.items()
                    if k in ("name", "birth_date") and current[k] not in (None, "")}
        if refuse_other_identity and patient_id is None and identity:
            what = ", ".join(f"{k} {old!r} here, {new_value!r} in the file"
                             for k, (old, new_value) in identity.items())
            raise PatientConflict(f"MRN {p.mrn} belongs to patient #{target} with another identity "
                                  f"({what}): refused, so that no patient is renamed by an import; "
                                  "correct the file, or import with --merge-patients to update "
                                  "that patient. Nothing was saved.")
        if changed:
            conn.execute(f"UPDATE patients SET {', '.join(f'{k} = ?' for k in changed)} "
                         "WHERE id = ?", (*changed.values(), target))
        merged = {**current, **changed}
        return PatientLink(target, True, {k: current[k] for k in changed}, changed,
                           merged["name"], merged["mrn"])

    def _record_link(self, conn: Conn, case_id: int, link: PatientLink, by: str,
                     now: str) -> None:
        """After a case joined a known patient: its revision row, and every case's search text
        when the name or MRN changed."""
        if not link.changed:
            return
        add_revision(conn, case_id, link.patient_id, "link", link.previous, link.changed, by, now)
        if {"name", "mrn"} & set(link.changed):
            refresh_search(conn, link.patient_id)

    @locked
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
        # Not a patient only an unfinished import's (hidden) cases hold (bulk.import_all).
        where = (f"({where}) AND NOT (EXISTS (SELECT 1 FROM cases c WHERE c.patient_id = p.id AND "
                 "c.import_pending IS NOT NULL) AND NOT EXISTS (SELECT 1 FROM cases c WHERE "
                 "c.patient_id = p.id AND c.import_pending IS NULL))")
        # Pick the page on the patients alone; count and date only its rows.
        ids = [r[0] for r in self.conn.execute(
            f"SELECT p.id FROM patients p WHERE {where} ORDER BY lower(p.mrn) = lower(?) DESC, "
            "p.name LIKE ? ESCAPE '\\' DESC, p.id DESC LIMIT ?",
            [*params, term, _like(term)[1:], int(limit)])]
        out = []
        for pid in ids:
            r = self.conn.execute(
                f"SELECT {PATIENT_COLUMNS}, (SELECT count(*) FROM cases c WHERE c.patient_id = p.id "
                "AND c.import_pending IS NULL), (SELECT max(arrival_time) FROM cases c WHERE "
                "c.patient_id = p.id AND c.import_pending IS NULL) "
                "FROM patients p WHERE p.id = ?", (pid,)).fetchone()
            out.append(PatientMatch(patient_id=pid, patient=patient_from_row(r), case_count=r[6],
                                    last_arrival=parse_time(r[7])))
        return out

    @locked
    def patient(self, actor: User, patient_id: int) -> Patient:
        """One patient's current demographics.

        Raises
        ------
        PermissionDenied, NotFound
        """
        self._require(actor, Permission.VIEW_CASES, object_type="patient", object_id=patient_id)
        row = self.conn.execute(f"SELECT {PATIENT_COLUMNS} FROM patients WHERE id = ?",
                                (patient_id,)).fetchone()
        if row is None:
            raise NotFound(f"patient {patient_id} does not exist")
        return patient_from_row(row)


