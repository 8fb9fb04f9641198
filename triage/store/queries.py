"""Case reads: the worklist (with search), counts, whole cases, and the paged bulk read.

Every read runs under the store's lock (``@locked``) except ``iter_cases``, which takes it per
batch so that a long export never holds it, nor a read transaction, between batches.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any, Iterator, Sequence

from triage.errors import NotFound
from triage.intake import AVPU, ArrivalMode, Patient, Sex, Vitals
from triage.records import (INTAKE_CASE_FIELDS, OPEN_STATUSES, CaseDetail, CaseStatus, CaseSummary,
                            Decision, IntakeRevision, Note, ReviewRecord, StoredSuggestion, User,
                            VitalSet, WorklistQuery)
from triage.scales import LEVELS
from triage.store.audit import AuditLog
from triage.store.auth import Permission
from triage.store.blobs import ATTACHMENT_COLUMNS, Blobs
from triage.store.connection import locked
from triage.store.dialect import is_postgres
from triage.store.values import iso, parse_time
from triage.suggestion import Suggestion

SEARCH_INDEX_MAX = 2_000  # above this many trigram hits, filter the worklist index instead


class CaseQueries(Blobs):
    """What the worklist, the case view, the dashboards and the exports read."""

    def _worklist_sql(self, query: WorklistQuery) -> tuple[str, str, list[Any]]:
        """(FROM clause, WHERE clause, parameters) of a worklist query.

        A term with up to ``SEARCH_INDEX_MAX`` trigram hits drives the query from the trigram
        index (those hits are then sorted); a more common or a short term filters the worklist
        index in level order, which meets LIMIT matches early.
        """
        statuses = tuple(CaseStatus(s) for s in query.statuses) or tuple(CaseStatus)
        open_flags = sorted({0 if s is CaseStatus.CLOSED else 1 for s in statuses})
        source = "cases c"
        # An import's cases appear only when its last batch commits (bulk.import_all).
        where = [f"c.is_open IN ({','.join('?' * len(open_flags))})", "c.import_pending IS NULL"]
        params: list[Any] = list(open_flags)
        if set(statuses) not in (set(OPEN_STATUSES), {CaseStatus.CLOSED}, set(CaseStatus)):
            where.append(f"c.status IN ({','.join('?' * len(statuses))})")
            params += [s.value for s in statuses]
        if query.decided_since is not None:  # "Decided today": closed on a decision since then
            where.append("c.decided_level IS NOT NULL AND c.closed_at >= ?")
            params.append(iso(query.decided_since))
        if query.levels:
            where.append(f"c.current_level IN ({','.join('?' * len(query.levels))})")
            params += [int(x) for x in query.levels]
        term = query.search.strip().lower()
        if term:
            phrase = '"' + term.replace('"', '""') + '"'
            hits = [r[0] for r in self.conn.execute(
                "SELECT rowid FROM case_search WHERE case_search MATCH ? LIMIT ?",
                (phrase, SEARCH_INDEX_MAX + 1))] if len(term) >= 3 and not is_postgres(self.conn) \
                else None  # PostgreSQL: the LIKE below runs on a pg_trgm index
            if hits is not None and len(hits) <= SEARCH_INDEX_MAX:
                # CROSS JOIN keeps the hits as the outer loop (SQLite never reorders it).
                source = "json_each(?) hits CROSS JOIN cases c ON c.id = hits.value"
                params.insert(0, json.dumps(hits))
            else:
                escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
                where.append("c.search_text LIKE ? ESCAPE '\\'")
                params.append(f"%{escaped}%")
        return source, " AND ".join(where), params

    @locked
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

    @locked
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
                          "sbp, dbp, spo2, temperature_c, pain, avpu, gcs, on_oxygen, measured_at, "
                          "o2_flow_l_min "
                          "FROM vital_sets WHERE case_id IN ({marks}) ORDER BY id")
        suggestions = children("SELECT id, case_id, vital_set_id, created_at, payload FROM "
                               "suggestions WHERE case_id IN ({marks}) ORDER BY id")
        reviews = children("SELECT id, case_id, suggestion_id, reviewer, decision, "
                           "suggested_level, final_level, reason, signed_at, imported_signed_by FROM reviews "
                           "WHERE case_id IN ({marks}) ORDER BY id")
        notes = children("SELECT id, case_id, author, text, created_at FROM notes "
                         "WHERE case_id IN ({marks}) ORDER BY id")
        attachments = children(f"SELECT {ATTACHMENT_COLUMNS} FROM attachments "
                               "WHERE case_id IN ({marks}) ORDER BY id")
        rows = {r[0]: r for r in self.conn.execute(
            "SELECT c.id, c.patient_id, p.name, p.birth_date, p.age_years, p.sex, p.mrn, p.phone, "
            "c.complaint, c.arrival_time, c.arrival_mode, c.injury, c.status, c.current_level, "
            "c.created_by, c.is_demo, c.closed_at, c.narrative FROM cases c JOIN patients p ON "
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
                                           signed_at=datetime.fromisoformat(v[8]),
                                           imported_signed_by=v[9] or "")
                              for v in reviews.get(cid, ())),
                notes=tuple(Note(id=n[0], case_id=n[1], author=n[2], text=n[3],
                                 created_at=datetime.fromisoformat(n[4])) for n in notes.get(cid, ())),
                attachments=tuple(self._attachment_info(a) for a in attachments.get(cid, ())),
                is_demo=bool(r[15]), closed_at=parse_time(r[16]),
                revisions=_revisions_of(cid, r[1], revisions), narrative=r[17] or ""))
        return out

    @locked
    def case_detail(self, actor: User, case_id: int) -> CaseDetail:
        """Everything about one case.

        Raises
        ------
        PermissionDenied, NotFound
        """
        self._require(actor, Permission.VIEW_CASES, object_type="case", object_id=case_id)
        return self._details([case_id])[0]

    def _range_where(self, start: datetime | None, end: datetime | None) -> tuple[str, list[str]]:
        where, params = ["import_pending IS NULL"], []  # not an unfinished import's cases
        if start is not None:
            where.append("arrival_time >= ?")
            params.append(iso(start))
        if end is not None:
            where.append("arrival_time < ?")
            params.append(iso(end))
        return " AND ".join(where), params  # type: ignore[return-value]

    def iter_cases(self, actor: User, start: datetime | None = None, end: datetime | None = None,
                   batch: int = 500) -> Iterator[CaseDetail]:
        """Cases that arrived in [start, end), oldest first, loaded ``batch`` at a time.

        Keyset paging, so a long export neither holds the lock nor a read transaction between
        batches (other desks keep saving). A bulk read of patient records is audited
        (``cases.read``: who, the range and how many cases) when the iteration starts.

        Raises
        ------
        PermissionDenied
            ``actor`` may neither view nor export cases.
        StorageError
            the audit row cannot be written.
        """
        self._require(actor, Permission.VIEW_CASES, Permission.EXPORT, object_type="case")
        where, params = self._range_where(start, end)
        with self.transaction() as conn:
            count = conn.execute(f"SELECT count(*) FROM cases WHERE {where}", params).fetchone()[0]
            AuditLog(conn).append(actor, "cases.read", "cases", "", {
                "start": iso(start), "end": iso(end), "count": int(count)})
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
            after = (iso(last.arrival_time), last.case_id)  # type: ignore[assignment]

    @locked
    def count_cases(self, start: datetime | None = None, end: datetime | None = None) -> int:
        where, params = self._range_where(start, end)
        return int(self.conn.execute(f"SELECT count(*) FROM cases WHERE {where}",
                                     params).fetchone()[0])

    @locked
    def counts(self) -> dict[str, int]:
        """Case counts by status and open cases by level: {"waiting", "in_review", "closed",
        "open", "total", "level_1".."level_5", "untriaged"}."""
        out = {s.value: 0 for s in CaseStatus}
        for status, n in self.conn.execute("SELECT status, count(*) FROM cases WHERE import_pending IS NULL "
                                         "GROUP BY status"):
            out[status] = n
        out["open"] = out[CaseStatus.WAITING.value] + out[CaseStatus.IN_REVIEW.value]
        out["total"] = out["open"] + out[CaseStatus.CLOSED.value]
        levels = dict(self.conn.execute("SELECT current_level, count(*) FROM cases WHERE "
                                        "is_open = 1 AND import_pending IS NULL GROUP BY current_level").fetchall())
        for lv in LEVELS:
            out[f"level_{lv}"] = levels.get(lv, 0)
        out["untriaged"] = levels.get(None, 0)
        return out

    @locked
    def review_pairs(self, actor: User) -> list[tuple[datetime, int, int]]:
        """(signed_at, suggested_level, final_level) for each review: the agreement dashboard.

        Raises
        ------
        PermissionDenied
        """
        self._require(actor, Permission.VIEW_CASES, Permission.EXPORT)
        return [(datetime.fromisoformat(r[0]), r[1], r[2]) for r in self.conn.execute(
            "SELECT signed_at, suggested_level, final_level FROM reviews WHERE suggested_level "
            "IS NOT NULL AND case_id IN (SELECT id FROM cases WHERE import_pending IS NULL) "
            "ORDER BY signed_at, id")]


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
                      o2_flow_l_min=None if v[15] is None else float(v[15]),
                      measured_at=parse_time(v[14])))
