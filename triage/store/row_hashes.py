"""Hashes of the stored rows an audited change wrote, so the audit chain covers the data too.

Every audit row about a case carries, in its ``wrote`` column, the hash of each row of that case as
the change left it (the case, its patient, vital sets, suggestions, reviews, notes, attachments
and intake revisions); every audit row about an account carries the hash of that ``users`` row.
``wrote`` is part of the audit row's own hash, so it cannot be changed without breaking the chain.

``check`` then re-hashes every current row and compares it with the hash its last audited write
recorded: a row edited in the file, a row added without the app, or a row deleted, is reported.

What it cannot see (docs/store.md, "What the audit chain proves"): someone who rewrites the rows,
the ``wrote`` hashes and every later audit hash consistently, unless an anchor kept outside the
computer is checked; and an edit to an account row that a later legitimate change to it absorbed
before the next check (the later change records the row as it then stands). A case's rows are
checked before each write instead (``tamper_guard``), so an edit to them is never absorbed.
"""

from __future__ import annotations

import hashlib
import json
from decimal import Decimal
from typing import Any, Iterable, Iterator, Mapping, Sequence

from triage.store.connection import Conn

# Tables whose rows the chain covers, and how a row of each belongs to a case.
CASE_CHILDREN = ("vital_sets", "suggestions", "reviews", "notes", "attachments", "intake_revisions")
MCI_TABLES = ("incidents", "mci_tags")  # mass-casualty incidents and their tag versions
CALIBRATION_TABLES = ("site_calibrations",)  # a site's operating points (store.calibrations)
TRACKED = ("users", "patients", "cases", *CASE_CHILDREN, *MCI_TABLES, *CALIBRATION_TABLES)
# Derived columns, recomputed by writes to other rows (a patient's new name changes the search text
# of all their cases): not part of a row's audited content. ``import_pending`` is cleared on every
# case of an import by its last batch (``bulk``); ``verify`` reports any case still marked.
DERIVED = {"cases": frozenset({"search_text", "import_pending"})}
REMOVED = ""  # the digest a ``wrote`` entry records for a row its change deleted (an import's rollback)
# Columns a migration added after the chain began hashing rows: left out of a row's content while
# NULL, so a row written (and hashed) before the column existed still matches its recorded hash.
ADDED_LATER = {"vital_sets": frozenset({"o2_flow_l_min"}), "users": frozenset({"sessions_revoked_at", "language"}),
               "cases": frozenset({"idempotency_key"}), "reviews": frozenset({"imported_signed_by"})}
HASH_CHARS = 32  # 128 bits of SHA-256: ample to notice an edit, half the space in the log


def _plain(value: Any) -> Any:
    """A column value as JSON the same way on both backends."""
    if isinstance(value, (bytes, bytearray, memoryview)):
        return {"sha256": hashlib.sha256(bytes(value)).hexdigest()}
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, Decimal):
        return float(value)
    return value


def row_digest(table: str, names: Sequence[str], values: Sequence[Any]) -> str:
    """The hash of one row's content (by column name; derived columns left out)."""
    skip = DERIVED.get(table, frozenset())
    later = ADDED_LATER.get(table, frozenset())
    content = {n: _plain(v) for n, v in zip(names, values)
               if n not in skip and not (v is None and n in later)}
    text = json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                      default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:HASH_CHARS]


def _rows(conn: Conn, table: str, where: str, params: Sequence[Any]) -> Iterator[tuple[str, str]]:
    cur = conn.execute(f"SELECT * FROM {table} WHERE {where}", params)
    names = [d[0] for d in cur.description]
    at = names.index("id")
    for values in cur.fetchall():
        yield f"{table}:{values[at]}", row_digest(table, names, values)


def case_ids(object_id: str) -> tuple[int, int] | None:
    """The case id range an audit row's ``object_id`` names: "12" or "12-40" (a bulk write)."""
    first, _, last = object_id.partition("-")
    if not first.isdigit() or (last and not last.isdigit()):
        return None
    return int(first), int(last or first)


def case_snapshot(conn: Conn, first: int, last: int) -> dict[str, str]:
    """The hashes of every row of cases ``first``..``last`` and of their patients."""
    span = (first, last)
    out = dict(_rows(conn, "cases", "id BETWEEN ? AND ?", span))
    out.update(_rows(conn, "patients", "id IN (SELECT patient_id FROM cases WHERE id BETWEEN ? "
                     "AND ?)", span))
    for table in CASE_CHILDREN:
        out.update(_rows(conn, table, "case_id BETWEEN ? AND ?", span))
    return out


def snapshot_for(conn: Conn, object_type: str, object_id: str) -> dict[str, str]:
    """What an audit row about ``object_type``/``object_id`` records: the rows of that case (or
    cases) or that account as they stand in the transaction; nothing for other objects."""
    if object_type == "case":
        span = case_ids(object_id)
        return case_snapshot(conn, *span) if span else {}
    if object_type == "incident" and object_id.isdigit():
        return dict(_rows(conn, "incidents", "id = ?", (int(object_id),)))
    if object_type == "mci_tag":  # "incident/tag number": every version of that patient's tag
        incident, _, number = object_id.partition("/")
        if incident.isdigit():
            return dict(_rows(conn, "mci_tags", "incident_id = ? AND tag_number = ?",
                              (int(incident), number)))
        return {}
    if object_type == "calibration" and object_id.isdigit():
        return dict(_rows(conn, "site_calibrations", "id = ?", (int(object_id),)))
    if object_type == "user" and object_id.isdigit():
        return dict(_rows(conn, "users", "id = ?", (int(object_id),)))
    return {}


def full_snapshot(conn: Conn) -> dict[str, str]:
    """Every tracked row (the baseline recorded when an installation first gets row hashes)."""
    out: dict[str, str] = {}
    for table in TRACKED:
        out.update(_rows(conn, table, "1 = 1", ()))
    return out


def encode(snapshot: Mapping[str, str]) -> str:
    return json.dumps(dict(snapshot), sort_keys=True, separators=(",", ":")) if snapshot else ""


def check(conn: Conn, recorded: Iterable[tuple[int, str]], limit: int = 200) -> tuple[int, list[str]]:
    """Compare every tracked row with its last audited hash.

    ``recorded``: (audit id, ``wrote`` text) in audit order. Returns (rows checked, problems),
    at most ``limit`` problems named (then a count of the rest)."""
    latest: dict[str, tuple[str, int]] = {}
    for audit_id, wrote in recorded:
        if wrote:
            for key, digest in json.loads(wrote).items():
                latest[key] = (digest, audit_id)
    problems: list[str] = []
    more = checked = 0

    def report(text: str) -> None:
        nonlocal more
        if len(problems) < limit:
            problems.append(text)
        else:
            more += 1

    for table in TRACKED:
        for key, digest in _rows(conn, table, "1 = 1", ()):
            checked += 1
            last = latest.pop(key, None)
            if last is not None and last[0] == REMOVED:
                report(f"{table} row {key.split(':')[1]}: deleted by audit row {last[1]}, yet "
                       "present (written outside the app)")
            elif last is None:
                report(f"{table} row {key.split(':')[1]}: no audit row records it (written "
                       "outside the app)")
            elif last[0] != digest:
                report(f"{table} row {key.split(':')[1]}: its content differs from its last "
                       f"audited write (audit row {last[1]})")
    for key, (digest, audit_id) in sorted(latest.items(), key=lambda kv: kv[1][1]):
        if digest == REMOVED:
            continue  # deleted by an audited change (a rolled-back import), and still gone
        table, _, row_id = key.partition(":")
        report(f"{table} row {row_id}: recorded by audit row {audit_id}, now missing (deleted)")
    for case_id, import_id in conn.execute("SELECT id, import_pending FROM cases WHERE "
                                           "import_pending IS NOT NULL ORDER BY id").fetchall():
        report(f"cases row {case_id}: hidden as part of import {import_id}, which has not finished "
               "(running now, or killed: the next open removes a killed one)")
    if more:
        problems.append(f"… and {more:,} more")
    return checked, problems
