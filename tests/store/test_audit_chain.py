"""The audit trail: append-only triggers, the hash chain, and tampering with the file directly."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from helpers_store import PASSWORD, intake, store_staff, suggestion, template_db  # noqa: F401

from triage.store.audit import AuditLog, row_hash, row_mac
from triage.store.keys import read_key
from triage.records import Decision
from triage.store import CaseStore
from triage.store.dialect import PgConnection
from triage.store.url import DatabaseUrl

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def busy_store(store_staff):
    """A store with a dozen audit rows of different kinds; returns where it lives: the data folder
    (SQLite) or the server database's URL (PostgreSQL)."""
    store, staff = store_staff
    for level in (2, 3, 4):
        cid = store.create_case(staff.nurse, intake(), suggestion(level))
        store.start_review(staff.clinician, cid)
        store.review(staff.clinician, cid, Decision.OVERRIDE, 1, "worse on reassessment")
    store.close()
    return store.url if store.url.is_postgresql else store.data_dir


def raw_connection(where: Path | DatabaseUrl):
    """A connection around the store, as someone with the database's password would have."""
    if isinstance(where, DatabaseUrl):
        return PgConnection(where, listen=False)
    return sqlite3.connect(where / "triage.db", isolation_level=None)


def attacker(where: Path | DatabaseUrl):
    """A raw connection that first drops the append-only triggers, as an attacker would."""
    conn = raw_connection(where)
    if isinstance(where, DatabaseUrl):
        conn.execute("ALTER TABLE audit_log DISABLE TRIGGER USER")
    else:
        conn.execute("DROP TRIGGER audit_log_no_update")
        conn.execute("DROP TRIGGER audit_log_no_delete")
    return conn


def verify(where: Path | DatabaseUrl):
    with CaseStore(where) as store:
        return store.verify_audit()


def db_args(where: Path | DatabaseUrl) -> list[str]:
    return ["--database", str(where)] if isinstance(where, DatabaseUrl) else ["--data-dir", str(where)]


def cli_verify(where: Path | DatabaseUrl) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "main.py", *db_args(where), "audit",
                           "verify"], cwd=REPO, capture_output=True, text=True, timeout=60)


def test_untouched_chain_verifies_and_cli_exits_zero(busy_store):
    result = verify(busy_store)
    assert result.ok and result.first_bad_id is None and result.rows_checked >= 12
    done = cli_verify(busy_store)
    assert done.returncode == 0 and "intact" in done.stdout


def test_triggers_refuse_update_and_delete(busy_store):
    conn = raw_connection(busy_store)
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        conn.execute("UPDATE audit_log SET username = 'mallory' WHERE id = 3")
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        conn.execute("DELETE FROM audit_log WHERE id = 3")
    conn.close()
    assert verify(busy_store).ok


def test_altered_row_is_named(busy_store):
    conn = attacker(busy_store)
    conn.execute("UPDATE audit_log SET username = 'mallory' WHERE id = 7")
    conn.close()
    result = verify(busy_store)
    assert not result.ok and result.first_bad_id == 7 and "altered" in result.message
    done = cli_verify(busy_store)
    assert done.returncode == 1 and "row 7" in done.stdout


def test_altered_details_with_recomputed_hash_breaks_the_next_link(busy_store):
    """Rewriting a row *and* its hash: its MAC (m017) no longer matches, so that very row is
    named; without MACs the break would show at the next link."""
    conn = attacker(busy_store)
    row = dict(zip(("id", "at", "user_id", "username", "action", "object_type", "object_id",
                    "details", "prev_hash", "wrote"),
                   conn.execute("SELECT id, at, user_id, username, action, object_type, object_id, "
                                "details, prev_hash, wrote FROM audit_log WHERE id = 5").fetchone()))
    row["details"] = json.dumps({"final_level": 5})
    conn.execute("UPDATE audit_log SET details = ?, hash = ? WHERE id = 5",
                 (row["details"], row_hash(row)))
    conn.close()
    result = verify(busy_store)
    assert not result.ok and result.first_bad_id == 5 and "MAC does not match" in result.message


def _rewrite_chain_from(conn: sqlite3.Connection, first: int, details: str,
                        key: bytes | None = None) -> None:
    """The attack the chain alone cannot see: change row ``first`` and recompute every hash after
    it, the settings' recorded head included (and, given the audit ``key`` as root on the desk
    holds it, every MAC)."""
    cols = ("id", "at", "user_id", "username", "action", "object_type", "object_id", "details",
            "prev_hash", "wrote")
    prev = conn.execute("SELECT hash FROM audit_log WHERE id = ?", (first - 1,)).fetchone()[0]
    for values in conn.execute(f"SELECT {', '.join(cols)} FROM audit_log WHERE id >= ? ORDER BY id",
                               (first,)).fetchall():
        row = dict(zip(cols, values), prev_hash=prev)
        if row["id"] == first:
            row["details"] = details
        prev = row_hash(row)
        conn.execute("UPDATE audit_log SET details = ?, prev_hash = ?, hash = ? WHERE id = ?",
                     (row["details"], row["prev_hash"], prev, row["id"]))
        if key is not None:
            conn.execute("UPDATE audit_log SET mac = ? WHERE id = ?", (row_mac(key, prev), row["id"]))
    last = conn.execute("SELECT max(id) FROM audit_log").fetchone()[0]
    conn.execute("UPDATE settings SET value = ? WHERE key = 'audit_head'",
                 (json.dumps({"id": last, "hash": prev}),))


def test_a_kept_anchor_catches_a_rewritten_chain(busy_store):
    done = cli_verify(busy_store)
    anchor = done.stdout.split("head: ")[1].split()[0]
    assert done.returncode == 0 and ":" in anchor
    conn = attacker(busy_store)
    _rewrite_chain_from(conn, 5, json.dumps({"final_level": 5}), key=read_key(conn, "audit"))
    conn.close()
    assert verify(busy_store).ok  # consistent again: with the key, chain and MACs are fooled
    with CaseStore(busy_store) as store:
        result = store.verify_audit(anchor)
    anchored_id = int(anchor.split(":")[0])
    assert not result.ok and result.first_bad_id == anchored_id and "anchor" in result.message
    out = subprocess.run([sys.executable, "main.py", *db_args(busy_store), "audit", "verify",
                          "--anchor", anchor], cwd=REPO, capture_output=True, text=True, timeout=60)
    assert out.returncode == 1 and "anchor" in out.stdout


def test_anchor_past_the_end_and_malformed_anchor(busy_store):
    head = verify(busy_store).head
    row, digest = head.split(":")
    with CaseStore(busy_store) as store:
        assert store.verify_audit(head).ok
        gone = store.verify_audit(f"{int(row) + 5}:{digest}")
        assert not gone.ok and "removed" in gone.message
        with pytest.raises(ValueError, match="ROW:SHA256"):
            store.verify_audit("yesterday's hash")
    out = subprocess.run([sys.executable, "main.py", *db_args(busy_store), "audit", "verify",
                          "--anchor", "nonsense"], cwd=REPO, capture_output=True, text=True, timeout=60)
    assert out.returncode == 2 and "ROW:SHA256" in out.stderr


def test_removed_row_is_named(busy_store):
    conn = attacker(busy_store)
    conn.execute("DELETE FROM audit_log WHERE id = 4")
    conn.close()
    result = verify(busy_store)
    assert not result.ok and result.first_bad_id == 5


def test_removed_last_rows_are_noticed(busy_store):
    conn = attacker(busy_store)
    last = conn.execute("SELECT max(id) FROM audit_log").fetchone()[0]
    conn.execute("DELETE FROM audit_log WHERE id >= ?", (last - 1,))
    conn.close()
    result = verify(busy_store)
    assert not result.ok and result.first_bad_id == last - 1 and "end" in result.message


def test_row_inserted_out_of_order_is_named(busy_store):
    """A forged row with a correct own hash, chained to an older row instead of the last one."""
    conn = attacker(busy_store)
    last = conn.execute("SELECT max(id) FROM audit_log").fetchone()[0]
    older_hash = conn.execute("SELECT hash FROM audit_log WHERE id = 2").fetchone()[0]
    row = {"id": last + 1, "at": "2020-01-01T00:00:00.000000+00:00", "user_id": 1,
           "username": "admin", "action": "case.review", "object_type": "case", "object_id": "1",
           "details": "{}", "prev_hash": older_hash}
    row["hash"] = row_hash(row)
    conn.execute("INSERT INTO audit_log (id, at, user_id, username, action, object_type, "
                 "object_id, details, prev_hash, hash) VALUES (:id, :at, :user_id, :username, "
                 ":action, :object_type, :object_id, :details, :prev_hash, :hash)", row)
    conn.close()
    result = verify(busy_store)
    assert not result.ok and result.first_bad_id == last + 1


def test_swapped_rows_are_named(busy_store):
    conn = attacker(busy_store)
    conn.execute("UPDATE audit_log SET id = -1 WHERE id = 3")
    conn.execute("UPDATE audit_log SET id = 3 WHERE id = 4")
    conn.execute("UPDATE audit_log SET id = 4 WHERE id = -1")
    conn.close()
    result = verify(busy_store)
    assert not result.ok and result.first_bad_id == 3


def test_append_needs_the_callers_transaction_and_refuses_clinical_text(store_staff):
    store, staff = store_staff
    log = AuditLog(store.conn)
    with pytest.raises(RuntimeError):
        log.append(staff.nurse, "case.view", "case", 1)
    with pytest.raises(ValueError, match="complaint"):
        with store.transaction():
            log.append(staff.nurse, "case.view", "case", 1, {"complaint": "chest pain"})
    with pytest.raises(ValueError, match="free text"):
        with store.transaction():
            log.append(staff.nurse, "case.view", "case", 1, {"summary": "x" * 500})
    assert store.verify_audit().ok


def test_entries_filter_for_the_viewer(busy_store):
    with CaseStore(busy_store) as store:
        admin = store.accounts.login("admin", PASSWORD)
        reviews = store.audit_entries(admin, action="case.review")
        assert len(reviews) == 3 and all(e.username == "clinician" for e in reviews)
        assert [e.id for e in reviews] == sorted((e.id for e in reviews), reverse=True)
        case_rows = store.audit_entries(admin, action="case.", object_id="1", newest_first=False)
        assert [e.action for e in case_rows] == ["case.create", "case.start_review", "case.review"]
        assert len(store.audit_entries(admin, limit=2, offset=1)) == 2
