"""Issue 22 §3: what lay outside the audit chain — attachment files on disk and settings rows —
is now checked by ``audit verify``; each tamper below, made behind the app's back, is named."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from helpers_store import PASSWORD, intake, store_staff, suggestion, template_db  # noqa: F401

from triage.records import NewAttachment
from triage.store import CaseStore

REPO = Path(__file__).resolve().parents[2]
DATA = b"\x89PNG fake image bytes for the chain test"


def cli(data_dir: Path, *extra: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "main.py", "--data-dir", str(data_dir), "audit",
                           "verify", *extra], cwd=REPO, capture_output=True, text=True, timeout=60)


@pytest.fixture
def with_attachment(store_staff):
    """A SQLite store with one case holding one attachment: (data folder, case id, attachment
    id, path of its file)."""
    store, staff = store_staff
    if store.url.is_postgresql:
        pytest.skip("files on disk are the SQLite store's; a server keeps the bytes in blobs")
    cid = store.create_case(staff.nurse, intake(), suggestion(3))
    (aid,) = store.add_attachments(staff.nurse, cid, [NewAttachment(DATA, "x.png", "photo")])
    path = store.attachment_path(hashlib.sha256(DATA).hexdigest())
    assert store.verify_audit().ok
    store.close()
    return store.data_dir, cid, aid, path


def test_a_replaced_attachment_file_is_named_and_quick_skips_it(with_attachment):
    data_dir, cid, aid, path = with_attachment
    path.chmod(0o600)
    path.write_bytes(b"other bytes")
    with CaseStore(data_dir) as store:
        result = store.verify_audit()
        assert store.verify_audit(quick=True).ok
    assert not result.ok
    text = " ".join(result.problems)
    assert f"attachment {aid} of case {cid}: file changed" in text
    assert hashlib.sha256(DATA).hexdigest() in text
    assert hashlib.sha256(b"other bytes").hexdigest() in text
    out = cli(data_dir)
    assert out.returncode == 1 and f"attachment {aid}" in out.stdout
    assert cli(data_dir, "--quick").returncode == 0


def test_a_deleted_attachment_file_is_named(with_attachment):
    data_dir, cid, aid, path = with_attachment
    path.unlink()
    with CaseStore(data_dir) as store:
        result = store.verify_audit()
    assert not result.ok and f"attachment {aid} of case {cid}: file missing" in result.message


def test_a_settings_value_edited_in_the_file_is_named(store_staff):
    store, staff = store_staff
    if store.url.is_postgresql:
        pytest.skip("the sqlite3 tamper below is the SQLite file's")
    store.set_triage_scale(staff.admin, "ESI")
    assert store.verify_audit().ok
    store.close()
    conn = sqlite3.connect(store.data_dir / "triage.db", isolation_level=None)
    conn.execute("UPDATE settings SET value = 'KTAS' WHERE key = 'triage_scale'")
    conn.close()
    with CaseStore(store.data_dir) as reopened:
        result = reopened.verify_audit()
    assert not result.ok and "settings row 'triage_scale'" in result.message


def test_unaudited_settings_are_not_checked(store_staff):
    """``audit_head`` and other keys never written through an audited action carry no record."""
    store, staff = store_staff
    if store.url.is_postgresql:
        pytest.skip("SQLite file")
    store.set_triage_scale(staff.admin, "ESI")
    store.close()
    conn = sqlite3.connect(store.data_dir / "triage.db", isolation_level=None)
    conn.execute("INSERT INTO settings (key, value) VALUES ('unrelated', 'x')")
    conn.close()
    with CaseStore(store.data_dir) as reopened:
        assert reopened.verify_audit().ok


def test_the_demo_flag_written_into_a_real_installation_is_named(tmp_path):
    """The demo flag is in the chain: flipping it in the file is named by verify (issue 25)."""
    store = CaseStore(tmp_path / "demo")
    store.mark_demo()
    assert store.verify_audit().ok
    store.conn.execute("UPDATE settings SET value = '0' WHERE key = 'demo'")
    store.conn.commit()
    result = store.verify_audit()
    assert not result.ok and "settings row 'demo'" in result.message
    store.close()
