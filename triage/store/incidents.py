"""Mass-casualty incidents and their START / JumpSTART tags, kept like cases are.

An incident is declared (name, place, time) and ended by an administrator or a clinician with
``run_incident``; while one is open every desk shows its banner and the tag form. Each tag,
re-tag, override and disposition ("moved to") is a new version of the patient's tag in the
append-only ``mci_tags`` table, written in one transaction with its audit row, whose ``wrote``
hashes cover the tag's rows (``row_hashes``): the same tamper evidence as a case.

The category is computed here, in the domain, from the answers (``triage.mci.algorithms.tag``):
the form shows the same function's answer as the nurse types, but what is stored never depends on
the screen. An override keeps both (the computed category and the nurse's, with the reason).
"""

from __future__ import annotations

import json
import re
from datetime import datetime
from typing import Any, Mapping, Sequence

from triage.errors import NotFound, PermissionDenied
from triage.mci.algorithms import CATEGORIES, COLOURS, Assessment, tag
from triage.mci.records import Incident, MciTag, answers_json
from triage.records import User
from triage.store.audit import AuditLog
from triage.store.auth import Permission
from triage.store.blobs import Blobs
from triage.store.connection import Conn, Insert, locked
from triage.store.dialect import is_postgres, put_blob
from triage.store.tamper_guard import incident_mismatches, refuse_if_tampered, tag_mismatches
from triage.store.values import iso, now_iso, parse_time

TAG_NUMBER = re.compile(r"^[A-Za-z0-9][A-Za-z0-9-]{0,31}$")
MAX_FIELD = {"name": 120, "place": 120, "area": 60, "moved_to": 120, "notes": 1000,
             "override_reason": 500}
SEXES = ("", "F", "M", "O", "U")
# Who may read an incident's board: the desk's clinical staff, and whoever runs the incident.
READERS = (Permission.VIEW_CASES, Permission.RUN_INCIDENT)

TAG_ROWS = Insert("mci_tags", (
    "incident_id", "tag_number", "version", "event", "method", "answers", "computed_category",
    "category", "reasons", "override_reason", "sex", "age_years", "area", "moved_to", "notes",
    "photo_sha256", "written_by", "written_at"))
INCIDENT_ROWS = Insert("incidents", ("name", "place", "declared_at", "declared_by", "is_open",
                                     "created_at"))
_TAG_COLUMNS = ", ".join(("id", *TAG_ROWS.columns))


class IncidentClosed(PermissionDenied):
    """The incident has ended: its tags can be read and exported, not changed."""


def _text(name: str, value: str | None) -> str:
    text = (value or "").strip()
    if len(text) > MAX_FIELD[name]:
        raise ValueError(f"{name.replace('_', ' ')} is longer than {MAX_FIELD[name]} characters")
    return text


def _incident(row: Sequence[Any]) -> Incident:
    return Incident(id=int(row[0]), name=row[1], place=row[2], declared_at=parse_time(row[3]),
                    declared_by=row[4], ended_at=parse_time(row[5]) if row[5] else None,
                    ended_by=row[6] or "")


def _tag(row: Sequence[Any], first_at: str) -> MciTag:
    (tid, incident_id, number, version, event, method, answers, computed, category, reasons,
     override_reason, sex, age, area, moved_to, notes, photo, by, at) = row
    decoded = json.loads(reasons)
    return MciTag(id=int(tid), incident_id=int(incident_id), tag_number=number, version=int(version),
                  event=event, method=method, answers=json.loads(answers),
                  computed_category=computed, category=category,
                  reasons=tuple(decoded.get("reasons", ())), missing=tuple(decoded.get("missing", ())),
                  override_reason=override_reason, sex=sex,
                  age_years=float(age) if age is not None else None, area=area, moved_to=moved_to,
                  notes=notes, photo_sha256=photo, written_by=by, written_at=parse_time(at),
                  first_tagged_at=parse_time(first_at))


class Incidents(Blobs):
    """The part of ``CaseStore`` that runs mass-casualty incidents."""

    # ------------------------------------------------------------------------------ reads
    @locked
    def open_incident(self) -> Incident | None:
        """The installation's open incident, if any (every desk polls or is pushed this)."""
        row = self.conn.execute("SELECT id, name, place, declared_at, declared_by, ended_at, "
                                "ended_by FROM incidents WHERE is_open = 1").fetchone()
        return _incident(row) if row else None

    @locked
    def incidents(self, actor: User, limit: int = 50) -> list[Incident]:
        self._require(actor, *READERS)
        rows = self.conn.execute("SELECT id, name, place, declared_at, declared_by, ended_at, "
                                 "ended_by FROM incidents ORDER BY id DESC LIMIT ?", (limit,)).fetchall()
        return [_incident(r) for r in rows]

    @locked
    def incident(self, actor: User, incident_id: int) -> Incident:
        self._require(actor, *READERS, object_type="incident", object_id=incident_id)
        return self._incident_row(self.conn, incident_id)

    def _incident_row(self, conn: Conn, incident_id: int) -> Incident:
        row = conn.execute("SELECT id, name, place, declared_at, declared_by, ended_at, ended_by "
                           "FROM incidents WHERE id = ?", (incident_id,)).fetchone()
        if row is None:
            raise NotFound(f"No incident {incident_id}")
        return _incident(row)

    @locked
    def incident_tags(self, actor: User, incident_id: int) -> list[MciTag]:
        """Every patient's tag as it stands now (latest version), most urgent first, then by the
        time first tagged: the board's order."""
        self._require(actor, *READERS, object_type="incident", object_id=incident_id)
        rows = self.conn.execute(
            f"SELECT {_TAG_COLUMNS}, (SELECT min(f.written_at) FROM mci_tags f WHERE "
            "f.incident_id = t.incident_id AND f.tag_number = t.tag_number) FROM mci_tags t "
            "WHERE t.incident_id = ? AND t.version = (SELECT max(version) FROM mci_tags m WHERE "
            "m.incident_id = t.incident_id AND m.tag_number = t.tag_number)",
            (incident_id,)).fetchall()
        return sorted((_tag(r[:-1], r[-1]) for r in rows), key=lambda t: t.sort_key)

    @locked
    def tag_history(self, actor: User, incident_id: int, tag_number: str) -> list[MciTag]:
        """Every version of one patient's tag, oldest first."""
        self._require(actor, *READERS, object_type="incident", object_id=incident_id)
        rows = self.conn.execute(f"SELECT {_TAG_COLUMNS} FROM mci_tags WHERE incident_id = ? AND "
                                 "tag_number = ? ORDER BY version", (incident_id, tag_number)).fetchall()
        if not rows:
            raise NotFound(f"No tag {tag_number} in incident {incident_id}")
        return [_tag(r, rows[0][-1]) for r in rows]

    @locked
    def all_tag_versions(self, actor: User, incident_id: int) -> list[MciTag]:
        """Every version of every tag (the report's re-tags and its counts over time)."""
        self._require(actor, *READERS, object_type="incident", object_id=incident_id)
        rows = self.conn.execute(f"SELECT {_TAG_COLUMNS} FROM mci_tags WHERE incident_id = ? "
                                 "ORDER BY written_at, id", (incident_id,)).fetchall()
        first: dict[str, str] = {}
        for r in rows:
            first.setdefault(r[2], r[-1])
        return [_tag(r, first[r[2]]) for r in rows]

    def incident_counts(self, actor: User, incident_id: int) -> dict[str, int]:
        """Patients per colour now ({"red": 4, "yellow": 7, "green": 12, "black": 1})."""
        counts = {COLOURS[c]: 0 for c in CATEGORIES}
        for t in self.incident_tags(actor, incident_id):
            counts[t.colour] += 1
        return counts

    @locked
    def next_tag_number(self, incident_id: int) -> str:
        """The next free number when the nurse has no pre-printed tag: one past the highest
        all-digit number in use, four digits."""
        rows = self.conn.execute("SELECT DISTINCT tag_number FROM mci_tags WHERE incident_id = ?",
                                 (incident_id,)).fetchall()
        used = [int(r[0]) for r in rows if r[0].isdigit()]
        return f"{(max(used) + 1) if used else 1:04d}"

    # ------------------------------------------------------------------------------ writes
    def declare_incident(self, actor: User, name: str, place: str = "",
                         declared_at: datetime | None = None) -> Incident:
        """Open an incident (one at a time per installation).

        Raises
        ------
        PermissionDenied
            ``actor`` lacks ``run_incident``, or an incident is already open.
        ValueError
            no name, or a field too long.
        """
        self._require(actor, Permission.RUN_INCIDENT, object_type="incident")
        name, place = _text("name", name), _text("place", place)
        if not name:
            raise ValueError("An incident needs a name (e.g. 'Bus crash, Route 9')")
        now = now_iso()
        with self.transaction() as conn:
            if conn.execute("SELECT 1 FROM incidents WHERE is_open = 1").fetchone():
                raise PermissionDenied("An incident is already open: end it before declaring another")
            incident_id = INCIDENT_ROWS.one(conn, {
                "name": name, "place": place, "declared_at": iso(declared_at) if declared_at else now,
                "declared_by": actor.username, "is_open": 1, "created_at": now})
            AuditLog(conn).append(actor, "incident.declare", "incident", incident_id)
            return self._incident_row(conn, incident_id)

    def end_incident(self, actor: User, incident_id: int) -> Incident:
        """End the incident: its tags stay readable and exportable, and nothing more is written."""
        self._require(actor, Permission.RUN_INCIDENT, object_type="incident", object_id=incident_id)
        with self.transaction() as conn:
            refuse_if_tampered(incident_mismatches(conn, incident_id), f"incident {incident_id}",
                               "incident", incident_id, actor)
            current = self._incident_row(conn, incident_id)
            if not current.is_open:
                raise IncidentClosed(f"Incident {incident_id} has already ended")
            conn.execute("UPDATE incidents SET is_open = 0, ended_at = ?, ended_by = ? WHERE id = ?",
                         (now_iso(), actor.username, incident_id))
            count = conn.execute("SELECT count(DISTINCT tag_number) FROM mci_tags WHERE "
                                 "incident_id = ?", (incident_id,)).fetchone()[0]
            AuditLog(conn).append(actor, "incident.end", "incident", incident_id, {"patients": int(count)})
            return self._incident_row(conn, incident_id)

    def tag_patient(self, actor: User, incident_id: int, answers: Mapping[str, Any], *,
                    tag_number: str = "", override: str = "", override_reason: str = "",
                    sex: str = "", age_years: float | None = None, area: str = "", notes: str = "",
                    photo: bytes | None = None) -> MciTag:
        """Tag a new patient (``tag_number`` typed or scanned from the pre-printed tag, or blank
        for the next free one). ``override``: a category the nurse chose over the algorithm's,
        with ``override_reason`` (both are kept).

        Raises
        ------
        PermissionDenied (incident ended, no ``mci_tag``), ValueError (a bad answer or field,
        a tag number already used), StorageError
        """
        answers = dict(answers)
        if age_years is not None:
            answers.setdefault("age_years", age_years)
        return self._write_tag(actor, incident_id, "tag", answers, tag_number=tag_number,
                               override=override, override_reason=override_reason, sex=sex,
                               age_years=age_years, area=area, notes=notes, photo=photo, new=True)

    def retag_patient(self, actor: User, incident_id: int, tag_number: str,
                      answers: Mapping[str, Any], *, override: str = "", override_reason: str = "",
                      area: str | None = None, notes: str | None = None,
                      sex: str | None = None, photo: bytes | None = None) -> MciTag:
        """Re-assess a tagged patient (a yellow who turns red): a new version, history kept.
        ``sex`` (and area, notes): None keeps the last version's; a value corrects it."""
        return self._write_tag(actor, incident_id, "retag", answers, tag_number=tag_number,
                               override=override, override_reason=override_reason, area=area,
                               notes=notes, sex=sex, photo=photo)

    def override_tag(self, actor: User, incident_id: int, tag_number: str, category: str,
                     reason: str) -> MciTag:
        """The nurse's category over the algorithm's, with a reason (the computed one is kept)."""
        return self._write_tag(actor, incident_id, "override", None, tag_number=tag_number,
                               override=category, override_reason=reason)

    def move_tag(self, actor: User, incident_id: int, tag_number: str, moved_to: str) -> MciTag:
        """A disposition: moved to an area, a hospital or a transport unit, at this time."""
        if not (moved_to or "").strip():
            raise ValueError("Say where the patient was moved to")
        return self._write_tag(actor, incident_id, "disposition", None, tag_number=tag_number,
                               moved_to=moved_to)

    def _write_tag(self, actor: User, incident_id: int, event: str,
                   answers: Mapping[str, Any] | None, *, tag_number: str, override: str = "",
                   override_reason: str = "", sex: str | None = None,
                   age_years: float | None = None, area: str | None = None,
                   notes: str | None = None, moved_to: str | None = None,
                   photo: bytes | None = None, new: bool = False) -> MciTag:
        self._require(actor, Permission.MCI_TAG, object_type="incident", object_id=incident_id)
        tag_number = (tag_number or "").strip().upper()
        if tag_number and not TAG_NUMBER.match(tag_number):
            raise ValueError("A tag number is 1-32 letters, digits or '-'")
        if override and override not in CATEGORIES:
            raise ValueError(f"override must be one of {', '.join(CATEGORIES)}")
        override_reason = _text("override_reason", override_reason)
        if override and not override_reason:
            raise ValueError("An override needs a reason")
        if sex is not None and sex not in SEXES:
            raise ValueError("sex must be F, M, O or U")
        if age_years is not None and not 0 <= age_years <= 130:
            raise ValueError("age must be 0-130 years")
        blob = self._put_blob(photo) if photo else None
        now = now_iso()
        with self.transaction() as conn:
            # The incident's state decides whether tags may change; a re-tag copies the last
            # version and its audit row records every version afresh (tamper_guard).
            refuse_if_tampered(incident_mismatches(conn, incident_id), f"incident {incident_id}",
                               "incident", incident_id, actor)
            if tag_number:
                refuse_if_tampered(tag_mismatches(conn, incident_id, tag_number),
                                   f"tag {tag_number}", "mci_tag", f"{incident_id}/{tag_number}",
                                   actor)
            incident = self._incident_row(conn, incident_id)
            if not incident.is_open:
                raise IncidentClosed(f"Incident {incident.name!r} has ended: tags can no longer change")
            if new and not tag_number:
                tag_number = self._next_number(conn, incident_id)
            previous = self._latest(conn, incident_id, tag_number)
            if new and previous is not None:
                raise ValueError(f"Tag {tag_number} is already used in this incident: re-tag it instead")
            if not new and previous is None:
                raise NotFound(f"No tag {tag_number} in this incident")
            row = self._next_row(previous, incident_id, tag_number, event, answers, now, actor)
            if answers is None and event != "override" and previous is not None:
                # a disposition keeps the category in force, an override of it included
                row["category"], row["override_reason"] = previous["category"], previous["override_reason"]
            if override:
                row["category"], row["override_reason"] = override, override_reason
            elif event in ("tag", "retag"):
                row["category"], row["override_reason"] = row["computed_category"], ""
            for name, value in (("sex", sex), ("area", area), ("notes", notes),
                                ("moved_to", moved_to)):
                if value is not None:
                    row[name] = _text(name, value) if name in MAX_FIELD else value
            if age_years is not None:
                row["age_years"] = float(age_years)
            if blob is not None:
                if is_postgres(conn):
                    put_blob(conn, blob.sha256, blob.data or b"")
                row["photo_sha256"] = blob.sha256
            TAG_ROWS.one(conn, row)
            AuditLog(conn).append(actor, f"mci.{event}", "mci_tag", f"{incident_id}/{tag_number}",
                                  {"version": row["version"], "category": row["category"],
                                   "computed": row["computed_category"],
                                   "overridden": row["category"] != row["computed_category"]})
            first = conn.execute("SELECT min(written_at) FROM mci_tags WHERE incident_id = ? AND "
                                 "tag_number = ?", (incident_id, tag_number)).fetchone()[0]
            stored = conn.execute(f"SELECT {_TAG_COLUMNS} FROM mci_tags WHERE incident_id = ? AND "
                                  "tag_number = ? AND version = ?",
                                  (incident_id, tag_number, row["version"])).fetchone()
            return _tag(stored, first)

    @staticmethod
    def _next_number(conn: Conn, incident_id: int) -> str:
        rows = conn.execute("SELECT DISTINCT tag_number FROM mci_tags WHERE incident_id = ?",
                            (incident_id,)).fetchall()
        used = [int(r[0]) for r in rows if r[0].isdigit()]
        return f"{(max(used) + 1) if used else 1:04d}"

    @staticmethod
    def _latest(conn: Conn, incident_id: int, tag_number: str) -> dict[str, Any] | None:
        cur = conn.execute(f"SELECT {', '.join(TAG_ROWS.columns)} FROM mci_tags WHERE incident_id = ? "
                           "AND tag_number = ? ORDER BY version DESC LIMIT 1", (incident_id, tag_number))
        row = cur.fetchone()
        return dict(zip(TAG_ROWS.columns, row)) if row else None

    @staticmethod
    def _next_row(previous: dict[str, Any] | None, incident_id: int, tag_number: str, event: str,
                  answers: Mapping[str, Any] | None, now: str, actor: User) -> dict[str, Any]:
        row: dict[str, Any] = dict(previous) if previous else {
            "incident_id": incident_id, "tag_number": tag_number, "version": 0, "sex": "",
            "age_years": None, "area": "", "moved_to": "", "notes": "", "photo_sha256": "",
            "override_reason": ""}
        row.update(version=int(row["version"]) + 1, event=event, written_by=actor.username,
                   written_at=now)
        if answers is not None:
            given = dict(answers)
            if row.get("age_years") is not None and "age_years" not in given:
                given["age_years"] = row["age_years"]
            assessment = Assessment.from_mapping(given)
            result = tag(assessment)
            row.update(method=result.method, answers=answers_json(assessment.answers()),
                       computed_category=result.category,
                       reasons=json.dumps({"reasons": list(result.reasons),
                                           "missing": list(result.missing)}, ensure_ascii=False))
            if row.get("age_years") is None and assessment.age_years is not None:
                row["age_years"] = assessment.age_years
        elif previous is None:
            raise ValueError("A new tag needs the assessment's answers")
        return row
