"""Case data inside the hash chain (issue 11, item 4): each of the eight kinds of edit made directly
in the SQLite file, a row added or deleted behind the app's back, and a wiped audit log are all
reported by ``audit verify``; the untouched installation verifies."""

from __future__ import annotations

import json
import secrets
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from helpers_store import install, intake, suggestion, template_db  # noqa: F401

from triage.records import Decision, IntakeChange, NewAttachment, Role
from triage.store import CaseStore
from triage.store.audit import AuditLog, row_hash

REPO = Path(__file__).resolve().parents[2]

EDITS = {
    "cases": ["UPDATE cases SET current_level = 5"],
    "reviews": ["UPDATE reviews SET final_level = 4"],
    "notes": ["UPDATE notes SET text = 'nothing happened'"],
    "vital_sets": ["UPDATE vital_sets SET heart_rate = 80"],
    "intake_revisions": ["DROP TRIGGER intake_revisions_no_update",
                         "UPDATE intake_revisions SET new_values = '{\"complaint\": \"cough\"}'"],
    "users": ["UPDATE users SET roles = 'admin,nurse' WHERE username = 'nurse'"],
    "suggestions": ["UPDATE suggestions SET level = 5"],
    "patients": ["UPDATE patients SET name = 'Someone Else'"],
}


@pytest.fixture
def installation(template_db: Path, data_dir: Path) -> Path:
    """A closed installation with one case carrying every kind of row, changed by every write."""
    store, staff = install(template_db, data_dir)
    with store:
        case_id = store.create_case(
            staff.nurse, intake(), suggestion(3),
            [NewAttachment(data=b"\x89PNG not really", original_name="wound.png", kind="photo")])
        store.retriage(staff.nurse, case_id, intake(hr=130).vitals, suggestion(2))
        store.update_intake(staff.nurse, case_id, IntakeChange(complaint="chest pain, now worse"))
        store.add_note(staff.nurse, case_id, "Family informed")
        store.start_review(staff.clinician, case_id)
        store.review(staff.clinician, case_id, Decision.OVERRIDE, 1, "ST elevation on ECG")
        store.accounts.set_roles(staff.admin, staff.nurse2.id, {Role.NURSE, Role.CLINICIAN})
        assert store.verify_audit().ok
    return data_dir


def _edit(data_dir: Path, *statements: str) -> None:
    conn = sqlite3.connect(data_dir / "triage.db", isolation_level=None)
    try:
        for sql in statements:
            conn.execute(sql)
    finally:
        conn.close()


def _rehash_as_before_m005(data_dir: Path) -> None:
    """The chain as the code before row hashes wrote it (no ``wrote`` in any row)."""
    cols = ("id", "at", "user_id", "username", "action", "object_type", "object_id", "details",
            "prev_hash")
    conn = sqlite3.connect(data_dir / "triage.db", isolation_level=None)
    try:
        prev = "0" * 64
        for values in conn.execute(f"SELECT {', '.join(cols)} FROM audit_log ORDER BY id").fetchall():
            row = dict(zip(cols, values), prev_hash=prev)
            prev = row_hash(row)
            conn.execute("UPDATE audit_log SET prev_hash = ?, hash = ?, mac = '', mac_key = '' "
                         "WHERE id = ?", (row["prev_hash"], prev, row["id"]))
        last = conn.execute("SELECT max(id) FROM audit_log").fetchone()[0]
        conn.execute("UPDATE settings SET value = ? WHERE key = 'audit_head'",
                     (json.dumps({"id": last, "hash": prev}),))
        # nor any audit key (m017): a fresh installation id has none on this desk (the key files
        # of the template's id are shared by every test, so they stay)
        conn.execute("DELETE FROM settings WHERE key = 'audit_key_id'")
        conn.execute("UPDATE settings SET value = ? WHERE key = 'installation_id'",
                     (secrets.token_hex(16),))
    finally:
        conn.close()


def _verify(data_dir: Path):
    with CaseStore(data_dir) as store:
        return store.verify_audit()


def test_untouched_installation_verifies(installation):
    result = _verify(installation)
    assert result.ok and result.problems == () and "stored rows match" in result.message


@pytest.mark.parametrize("table", sorted(EDITS))
def test_each_kind_of_edit_in_the_file_is_reported(installation, table):
    _edit(installation, *EDITS[table])
    result = _verify(installation)
    assert not result.ok
    assert result.problems and all(p.startswith(f"{table} row ") for p in result.problems)
    assert "differs from its last audited write" in result.problems[0]


def test_rows_added_or_deleted_behind_the_apps_back_are_reported(installation):
    _edit(installation, "INSERT INTO notes (case_id, author, text, created_at) "
                        "VALUES (1, 'nurse', 'slipped in', '2026-01-01T00:00:00+00:00')")
    added = _verify(installation)
    assert not added.ok and "no audit row records it" in added.problems[0]
    _edit(installation, "DELETE FROM notes")
    deleted = _verify(installation)
    assert not deleted.ok and all("now missing (deleted)" in p for p in deleted.problems)


def test_a_wiped_audit_log_fails_and_the_cli_exits_non_zero(installation):
    _edit(installation, "DROP TRIGGER audit_log_no_delete", "DELETE FROM audit_log",
          "DELETE FROM settings WHERE key = 'audit_head'")
    result = _verify(installation)
    assert not result.ok and "audit log is empty" in result.message
    done = subprocess.run([sys.executable, "main.py", "--data-dir", str(installation), "audit",
                           "verify"], cwd=REPO, capture_output=True, text=True, timeout=120)
    assert done.returncode == 1 and "wiped" in done.stdout


def test_an_upgraded_installation_gets_one_baseline_row(installation):
    """Data written before row hashes existed is recorded once, when m005 is applied."""
    _edit(installation, "DELETE FROM _sqlite_migrations WHERE name = 'm005_audit_row_hashes'",
          "ALTER TABLE audit_log DROP COLUMN wrote", "DROP TRIGGER audit_log_no_update")
    _rehash_as_before_m005(installation)
    with CaseStore(installation) as store:
        rows = [r for r in AuditLog(store.conn).entries(limit=5) if r.action == "audit.baseline"]
        assert len(rows) == 1 and store.verify_audit().ok
