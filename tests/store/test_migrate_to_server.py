"""migrate-to-server: a real SQLite installation copied into a real PostgreSQL database."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import psycopg
import pytest
from helpers_store import PASSWORD, SQLITE_ONLY, intake, store_staff, suggestion, template_db  # noqa: F401

from triage.records import Decision, NewAttachment
from triage.store import dialect
from triage.store.server_copy import ServerCopyError, copy_to_server
from triage.store.url import parse, sqlite_url

REPO_ROOT = Path(__file__).resolve().parents[2]
SCAN = b"DICM fake scan bytes" * 50


def _fill(store, staff) -> None:
    """Two cases, one with an attachment, a review, a note and an intake edit: every table."""
    a = store.create_case(staff.nurse, intake(), suggestion(2), attachments=[
        NewAttachment(data=SCAN, original_name="chest.dcm", kind="dicom")])
    store.create_case(staff.nurse, intake("fall, wrist pain", name="Bo Other", mrn="MRN-2"),
                      suggestion(4))
    store.review(staff.clinician, a, Decision.OVERRIDE, final_level=1, reason="looks worse")
    store.add_note(staff.clinician, a, "seen by the registrar")


def _tables(url) -> dict[str, int]:
    with psycopg.connect(url.conninfo()) as c:
        return {t: c.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("users", "cases", "attachments", "blobs", "reviews", "notes", "audit_log")}


@SQLITE_ONLY  # the source of the copy is a desk's SQLite installation
def test_copy_moves_everything_and_the_chain_verifies_on_the_server(store_staff, data_dir, pg_server):
    store, staff = store_staff
    _fill(store, staff)
    head = store.verify_audit().head
    store.close()
    target = parse(pg_server.new_database())
    report = copy_to_server(sqlite_url(data_dir), target, staff.admin)
    from triage.store import CaseStore

    with CaseStore(data_dir) as desk:  # the desk's chain now ends with its "server.migrate" row
        desk_head = desk.verify_audit().head
    assert int(desk_head.split(":")[0]) == int(head.split(":")[0]) + 1
    assert report.chain.ok and report.chain.head == desk_head  # same rows, same hashes
    assert report.counts["cases"] == 2 and report.counts["reviews"] == 1 and report.blobs == 1
    conn = dialect.connect(target)
    try:
        sha = hashlib.sha256(SCAN).hexdigest()
        assert dialect.get_blob(conn, sha) == SCAN
        # the sequences moved past the copied ids: a new row does not collide
        conn.execute("BEGIN IMMEDIATE")
        new_id = conn.execute("INSERT INTO patients (name, created_at) VALUES ('N', 't')").lastrowid
        conn.execute("ROLLBACK")
        assert new_id > 2
    finally:
        conn.close()


@SQLITE_ONLY  # the source of the copy is a desk's SQLite installation
def test_a_non_empty_target_is_refused_and_left_unchanged(store_staff, data_dir, pg_server):
    store, staff = store_staff
    _fill(store, staff)
    store.close()
    target = parse(pg_server.new_database())
    copy_to_server(sqlite_url(data_dir), target, staff.admin)
    before = _tables(target)
    with pytest.raises(ServerCopyError, match="already holds data"):
        copy_to_server(sqlite_url(data_dir), target, staff.admin)
    assert _tables(target) == before


@SQLITE_ONLY  # the source of the copy is a desk's SQLite installation
def test_a_missing_attachment_file_refuses_the_copy_and_commits_nothing(store_staff, data_dir,
                                                                         pg_server):
    store, staff = store_staff
    _fill(store, staff)
    store.close()
    sha = hashlib.sha256(SCAN).hexdigest()
    (data_dir / "attachments" / sha[:2] / sha[2:]).unlink()
    target = parse(pg_server.new_database())
    with pytest.raises(ServerCopyError, match="missing"):
        copy_to_server(sqlite_url(data_dir), target, staff.admin)
    assert set(_tables(target).values()) == {0}


@SQLITE_ONLY  # the source of the copy is a desk's SQLite installation
def test_cli_migrate_to_server_prints_the_counts_and_the_head(store_staff, data_dir, pg_server):
    store, staff = store_staff
    _fill(store, staff)
    store.close()
    target = pg_server.new_database()
    env = {**os.environ, "TRIAGE_PASSWORD": PASSWORD}
    refused = subprocess.run([sys.executable, "main.py", "migrate-to-server", "--user", "nurse",
                              "--from", f"sqlite:///{data_dir / 'triage.db'}", "--to", target],
                             cwd=REPO_ROOT, capture_output=True, text=True, timeout=120, env=env)
    assert refused.returncode == 2 and "may not" in refused.stderr  # administrators only
    done = subprocess.run([sys.executable, "main.py", "migrate-to-server", "--user", "admin",
                           "--from", f"sqlite:///{data_dir / 'triage.db'}", "--to", target],
                          cwd=REPO_ROOT, capture_output=True, text=True, timeout=120, env=env)
    assert done.returncode == 0, done.stderr
    assert "cases 2" in done.stdout and "audit chain intact" in done.stdout
    again = subprocess.run([sys.executable, "main.py", "migrate-to-server", "--user", "admin",
                            "--from", f"sqlite:///{data_dir / 'triage.db'}", "--to", target],
                           cwd=REPO_ROOT, capture_output=True, text=True, timeout=120, env=env)
    assert again.returncode == 2 and "already holds data" in again.stderr


@SQLITE_ONLY
def test_the_copy_needs_an_administrator_is_audited_on_both_sides_and_carries_no_secret(
        store_staff, data_dir, pg_server):
    import sqlite3

    from triage.errors import PermissionDenied

    store, staff = store_staff
    _fill(store, staff)
    store.close()
    raw = sqlite3.connect(str(data_dir / "triage.db"))  # a round-2 desk still holding its key
    raw.execute("INSERT INTO settings (key, value) VALUES ('session_key', 'abcd') "
                "ON CONFLICT(key) DO UPDATE SET value = 'abcd'")
    raw.commit()
    raw.close()
    target = pg_server.new_database()
    with pytest.raises(PermissionDenied):
        copy_to_server(sqlite_url(data_dir), parse(target), staff.nurse)
    report = copy_to_server(sqlite_url(data_dir), parse(target), staff.admin)
    assert report.skipped_settings == ("session_key",)
    with psycopg.connect(parse(target).conninfo()) as c:
        assert c.execute("SELECT 1 FROM settings WHERE key = 'session_key'").fetchone() is None
        actions = [r[0] for r in c.execute("SELECT action FROM audit_log WHERE object_type = 'server' ORDER BY id")]
    assert actions == ["refused", "server.migrate", "server.migrated"]  # the nurse's try, audited
    desk = sqlite3.connect(str(data_dir / "triage.db"))
    assert [r[0] for r in desk.execute("SELECT action FROM audit_log WHERE object_type = 'server'")] == \
        ["refused", "server.migrate"]
    desk.close()
