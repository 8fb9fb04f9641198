"""Append-only, hash-chained audit log.

Each row carries the previous row's hash and its own SHA-256 over a canonical serialisation of
its fields (id included) plus that previous hash, so altering, removing, renumbering or splicing a
row breaks the chain at that row. SQLite triggers refuse UPDATE and DELETE; the chain catches
anyone who drops the triggers first. The head (last id and hash) is also kept in ``settings`` so
that cutting rows off the end is noticed too.

Each row also carries ``wrote``: the hashes of the stored rows its change left behind (the case's
rows for a case action, the account's row for an account action; ``row_hashes``), so ``verify``
notices case data and accounts edited in the file as well, not only edited audit rows.

``append`` never opens a transaction: it runs inside the caller's (``connection.write_transaction``,
``CaseStore.transaction()``), so the audit row and the change it records commit or vanish together.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
from datetime import datetime
from typing import Any, Iterable, Mapping

from triage.records import SYSTEM_USER, AuditEntry, User, VerifyResult
from triage.store.connection import Conn, get_setting, put_setting
from triage.store.dialect import lock_audit_head
from triage.store import keys, row_hashes
from triage.store.values import iso, now_iso

GENESIS = "0" * 64
HEAD_KEY = "audit_head"

# Details are for "what happened", never clinical content or secrets: refuse such keys outright.
FORBIDDEN_DETAIL_KEYS = frozenset({
    "password", "password_hash", "hash_of_password", "complaint", "text", "note", "reason",
    "name", "patient_name", "mrn", "phone", "birth_date",
})
MAX_DETAIL_TEXT = 120
# Rows that record something seen or refused, not a change: they must not bless the stored rows.
# A write refused because its rows were altered outside the app (``tamper_guard``).
TAMPER_FOUND = "audit.tamper_found"
NO_WRITE_ACTIONS = frozenset({"refused", "login.refused", "case.view", "logout", "lock", TAMPER_FOUND})


def canonical(row: Mapping[str, Any]) -> str:
    """The exact text that is hashed: fixed keys, sorted, no whitespace, UTF-8 kept."""
    fields = {k: row[k] for k in ("id", "at", "user_id", "username", "action", "object_type",
                                  "object_id", "details", "prev_hash")}
    if row.get("wrote"):  # rows written before row hashes existed hash exactly as they did
        fields["wrote"] = row["wrote"]
    return json.dumps(fields, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def row_hash(row: Mapping[str, Any]) -> str:
    return hashlib.sha256(canonical(row).encode("utf-8")).hexdigest()


def row_mac(key: bytes, hash_hex: str) -> str:
    """HMAC-SHA256 of a row's hash (which covers every other field) under the audit key: someone
    holding only the database can recompute the hash chain, not this."""
    return hmac.new(key, hash_hex.encode("ascii"), hashlib.sha256).hexdigest()


def _check_mac(row: Mapping[str, Any], held: Mapping[str, bytes], first_mac: int | None,
               key_since: int | None) -> str:
    """Why ``row``'s MAC fails (its row named), or "" when it holds."""
    if not row["mac"]:
        if key_since is not None and row["id"] >= key_since:
            return (f"audit row {row['id']}: carries no MAC, but this installation's audit key has "
                    f"signed every row since row {key_since} (MACs stripped, or the row appended "
                    "without the key)")
        if first_mac is None:
            return ""  # written before m017_audit_row_mac: the chain alone covers it
        return (f"audit row {row['id']}: carries no MAC although row {first_mac} before it does "
                "(appended by someone without the installation's audit key)")
    key = held.get(row["mac_key"])
    if key is None:
        return (f"audit row {row['id']}: signed with audit key {row['mac_key'] or '?'}, which this "
                "desk does not hold (appended with another key, or the key file is missing here)")
    if not hmac.compare_digest(row_mac(key, row["hash"]), row["mac"]):
        return (f"audit row {row['id']}: its MAC does not match (appended or rewritten by someone "
                "without the installation's audit key)")
    return ""


def _check_details(details: Mapping[str, Any]) -> str:
    for key, value in details.items():
        if key.lower() in FORBIDDEN_DETAIL_KEYS:
            raise ValueError(f"audit details must not hold {key!r} (clinical text or a secret)")
        if isinstance(value, str) and len(value) > MAX_DETAIL_TEXT:
            raise ValueError(f"audit detail {key!r} is free text ({len(value)} characters)")
    return json.dumps(dict(details), sort_keys=True, separators=(",", ":"), ensure_ascii=False)


class AuditLog:
    """The audit table of one database connection."""

    def __init__(self, conn: Conn):
        self.conn = conn

    def append(self, who: User, action: str, object_type: str = "", object_id: object = "",
               details: Mapping[str, Any] | None = None, *, baseline: bool = False,
               removed: Iterable[str] = ()) -> int:
        """Add one row inside the caller's open transaction; returns its id.

        The row records the hashes of what its change left in the database
        (``row_hashes.snapshot_for`` the object; ``baseline``: every tracked row), and each row
        key in ``removed`` ("table:id", deleted by this change) as deleted.

        Raises
        ------
        ValueError
            ``details`` holds a forbidden key (clinical text, a password) or long free text.
        RuntimeError
            no write transaction is open (the row would commit apart from its change).
        """
        if not self.conn.in_transaction:
            raise RuntimeError("AuditLog.append must run inside the caller's transaction")
        details = dict(details or {})
        if object_type == "settings" and action not in NO_WRITE_ACTIONS:
            # The value this write left, hashed into the chain: verify names a key edited since.
            details.update(key=str(object_id), value_sha256=setting_sha256(
                get_setting(self.conn, str(object_id))))
        details_json = _check_details(details)
        lock_audit_head(self.conn)  # PostgreSQL: one appender at a time, until this commit
        last = self.conn.execute("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
        row = {
            "id": (last[0] + 1) if last else 1,
            "at": now_iso(),
            "user_id": who.id,
            "username": who.username,
            "action": action,
            "object_type": object_type,
            "object_id": "" if object_id is None else str(object_id),
            "details": details_json,
            "prev_hash": last[1] if last else GENESIS,
        }
        # A refusal wrote nothing: recording the rows then would bless an edit made in the file.
        wrote = (row_hashes.full_snapshot(self.conn) if baseline
                 else {} if action in NO_WRITE_ACTIONS
                 else row_hashes.snapshot_for(self.conn, object_type, row["object_id"]))
        row["wrote"] = row_hashes.encode({**wrote, **{k: row_hashes.REMOVED for k in removed}})
        row["hash"] = row_hash(row)
        row["mac_key"], key = keys.signing_audit_key(self.conn)
        row["mac"] = row_mac(key, row["hash"])
        self.conn.execute(
            "INSERT INTO audit_log (id, at, user_id, username, action, object_type, object_id, "
            "details, prev_hash, hash, wrote, mac, mac_key) VALUES (:id, :at, :user_id, :username, "
            ":action, :object_type, :object_id, :details, :prev_hash, :hash, :wrote, :mac, "
            ":mac_key)", row)
        put_setting(self.conn, HEAD_KEY, json.dumps({"id": row["id"], "hash": row["hash"]}))
        return row["id"]

    def verify(self, anchor: str = "") -> VerifyResult:
        """Walk the whole chain; name the first row that was altered, removed or spliced in.

        The chain alone cannot notice someone who rewrites every row *and* every hash after a
        change. ``anchor`` ("ID:HASH", the head an earlier run printed and an administrator kept
        somewhere else) closes that gap: row ID must still carry that hash."""
        anchor_id, anchor_hash = _parse_anchor(anchor)
        prev_hash, prev_id, checked = GENESIS, 0, 0
        (held, key_since), first_mac, before_macs = keys.held_audit_keys(self.conn), None, 0
        cur = self.conn.execute(
            "SELECT id, at, user_id, username, action, object_type, object_id, details, prev_hash, "
            "hash, wrote, mac, mac_key FROM audit_log ORDER BY id")
        names = [d[0] for d in cur.description]
        wrote: list[tuple[int, str]] = []
        settings_hashes: dict[str, tuple[str, int]] = {}
        for values in cur:
            row = dict(zip(names, values))
            checked += 1
            if row["object_type"] == "settings" and '"value_sha256"' in (row["details"] or ""):
                d = json.loads(row["details"])
                settings_hashes[d["key"]] = (d["value_sha256"], row["id"])
            if row["wrote"]:
                wrote.append((row["id"], row["wrote"]))
            if row["id"] != prev_id + 1:
                return VerifyResult(False, checked, row["id"],
                                    f"audit row {row['id']}: follows row {prev_id} (rows missing "
                                    "or inserted out of order)")
            if row["prev_hash"] != prev_hash:
                return VerifyResult(False, checked, row["id"],
                                    f"audit row {row['id']}: does not chain to row {prev_id} "
                                    "(a row was removed, replaced or inserted out of order)")
            if row_hash(row) != row["hash"]:
                return VerifyResult(False, checked, row["id"],
                                    f"audit row {row['id']}: contents do not match its hash "
                                    "(the row was altered)")
            bad_mac = _check_mac(row, held, first_mac, key_since)
            if bad_mac:
                return VerifyResult(False, checked, row["id"], bad_mac)
            if row["mac"] and first_mac is None:
                first_mac = row["id"]
            elif not row["mac"]:
                before_macs += 1
            if row["id"] == anchor_id and row["hash"] != anchor_hash:
                return VerifyResult(False, checked, row["id"],
                                    f"audit row {row['id']}: its hash differs from the anchor kept "
                                    "outside (the log was rewritten up to or after this row)")
            prev_hash, prev_id = row["hash"], row["id"]
        head = f"{prev_id}:{prev_hash}" if prev_id else ""
        if anchor_id is not None and prev_id < anchor_id:  # ids run 1, 2, … (checked above)
            return VerifyResult(False, checked, anchor_id,
                                f"audit log ends at row {prev_id}, before the anchored row {anchor_id}: "
                                "rows were removed", head)
        head_text = get_setting(self.conn, HEAD_KEY)
        if head_text is not None:
            recorded = json.loads(head_text)
            if recorded.get("id") != prev_id or recorded.get("hash") != prev_hash:
                return VerifyResult(False, checked, prev_id + 1,
                                    f"audit log ends at row {prev_id} but the recorded head is "
                                    f"row {recorded.get('id')}: rows were removed from the end", head)
        stored, problems = row_hashes.check(self.conn, wrote)
        problems = problems + _check_settings(self.conn, settings_hashes)
        if checked == 0 and stored:
            return VerifyResult(False, 0, None, f"the audit log is empty but the installation holds "
                                f"{stored:,} stored rows: the log was wiped", head, tuple(problems))
        if problems:
            return VerifyResult(False, checked, None,
                                f"audit chain intact ({checked} rows) but the stored data does not "
                                f"match it: {problems[0]}"
                                + (f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""),
                                head, tuple(problems))
        return VerifyResult(True, checked, None, f"audit chain intact ({checked} rows"
                            + (f", {before_macs} before MACs" if before_macs else "")
                            + (f", {checked - before_macs} signed" if checked > before_macs else "")
                            + (f", anchor row {anchor_id} matches" if anchor_id else "")
                            + f"); {stored:,} stored rows match their last audited write", head)

    def baseline(self) -> int:
        """Record every stored row as it stands (``audit.baseline``, by the system), inside the
        caller's transaction: done once, when an installation that already holds data gets row
        hashes (migration ``m005_audit_row_hashes``). Edits made before it cannot be told apart."""
        return self.append(SYSTEM_USER, "audit.baseline", "installation", "", baseline=True)

    def entries(self, limit: int = 200, offset: int = 0, *, action: str = "", username: str = "",
                object_type: str = "", object_id: str = "", since: datetime | None = None,
                until: datetime | None = None, newest_first: bool = True) -> list[AuditEntry]:
        """Rows for the viewer, filtered (exact action/user/object; ``action`` ending in '.' or
        '*' matches a prefix such as 'case.')."""
        where, params = [], []
        if action:
            if action.endswith(("*", ".")):
                where.append("action LIKE ? ESCAPE '\\'")
                params.append(action.rstrip("*").replace("_", "\\_").replace("%", "\\%") + "%")
            else:
                where.append("action = ?")
                params.append(action)
        for column, value in (("username", username), ("object_type", object_type),
                              ("object_id", object_id)):
            if value:
                where.append(f"{column} = ?")
                params.append(value)
        if since is not None:
            where.append("at >= ?")
            params.append(iso(since))
        if until is not None:
            where.append("at < ?")
            params.append(iso(until))
        sql = ("SELECT id, at, username, action, object_type, object_id, details, prev_hash, hash "
               "FROM audit_log" + (" WHERE " + " AND ".join(where) if where else "")
               + f" ORDER BY id {'DESC' if newest_first else 'ASC'} LIMIT ? OFFSET ?")
        rows = self.conn.execute(sql, [*params, int(limit), int(offset)]).fetchall()
        return [AuditEntry(id=r[0], at=datetime.fromisoformat(r[1]), username=r[2], action=r[3],
                           object_type=r[4], object_id=r[5], details=json.loads(r[6]),
                           prev_hash=r[7], hash=r[8]) for r in rows]

    def count(self) -> int:
        return self.conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]


def setting_sha256(value: str | None) -> str:
    """The hash an audited settings write records for the value it left ("" when deleted)."""
    return hashlib.sha256((value or "").encode("utf-8")).hexdigest()


def _check_settings(conn: Conn, recorded: Mapping[str, tuple[str, int]]) -> list[str]:
    """Settings rows whose value differs from the hash their last audited write recorded. Keys
    never written through an audited action (``audit_head``, the installation id, counters) have
    no record and are not checked: they are excluded explicitly by having none."""
    problems = []
    for key, (digest, audit_id) in sorted(recorded.items()):
        if key == HEAD_KEY:
            continue
        if setting_sha256(get_setting(conn, key)) != digest:
            problems.append(f"settings row {key!r}: its value differs from its last audited "
                            f"write (audit row {audit_id})")
    return problems


_ANCHOR = re.compile(r"^(\d+):([0-9a-f]{64})$")


def _parse_anchor(anchor: str) -> tuple[int | None, str]:
    """"ID:HASH" → (ID, HASH); empty → (None, ""). Raises ValueError on anything else."""
    if not anchor:
        return None, ""
    m = _ANCHOR.match(anchor.strip().lower())
    if m is None:
        raise ValueError(f"anchor {anchor!r} is not ROW:SHA256 (as printed after 'head:' by audit verify)")
    return int(m.group(1)), m.group(2)

