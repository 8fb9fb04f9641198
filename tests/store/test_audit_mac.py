"""Appends that verify (issue 25, m017_audit_row_mac): each audit row carries an HMAC under the
audit key kept outside the database, so rows appended by someone holding only the database fail
``audit verify``, naming the row; rows written before MACs verify by the chain alone."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from helpers_store import intake, store_staff, suggestion, template_db  # noqa: F401
from test_audit_chain import attacker, raw_connection, verify

from triage.records import SYSTEM_USER, Decision
from triage.store import CaseStore
from triage.store.audit import GENESIS, AuditLog, row_hash
from triage.store.keys import (AUDIT_KEY_ID, AuditKeyMissing, audit_key_path, key_dir, key_id,
                               read_key)
from triage.store.url import DatabaseUrl


@pytest.fixture
def written(store_staff):
    """A store with a few audit rows, all signed; returns where it lives."""
    store, staff = store_staff
    cid = store.create_case(staff.nurse, intake(), suggestion(3))
    store.start_review(staff.clinician, cid)
    store.review(staff.clinician, cid, Decision.ACCEPT, 3, "")
    store.close()
    return store.url if store.url.is_postgresql else store.data_dir


def _next_row(conn) -> dict:
    last = conn.execute("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    return {"id": last[0] + 1, "at": "2026-12-06T00:00:00.000000+00:00", "user_id": 1,
            "username": "admin", "action": "user.create", "object_type": "user", "object_id": "9",
            "details": "{}", "prev_hash": last[1], "wrote": ""}


def _insert(conn, row: dict, mac: str = "", mac_key: str = "") -> None:
    """The raw INSERT an attacker writes: the sha256 chain recomputed, the recorded head moved."""
    row["hash"] = row_hash(row)
    conn.execute("INSERT INTO audit_log (id, at, user_id, username, action, object_type, object_id, "
                 "details, prev_hash, hash, wrote, mac, mac_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
                 "?, ?, ?, ?, ?)", (row["id"], row["at"], row["user_id"], row["username"],
                                     row["action"], row["object_type"], row["object_id"],
                                     row["details"], row["prev_hash"], row["hash"], row["wrote"],
                                     mac, mac_key))
    conn.execute("UPDATE settings SET value = ? WHERE key = 'audit_head'",
                 (json.dumps({"id": row["id"], "hash": row["hash"]}),))


def test_every_row_is_signed_and_verifies(written):
    result = verify(written)
    assert result.ok and "signed" in result.message and "before MACs" not in result.message
    conn = raw_connection(written)
    macs = conn.execute("SELECT mac, mac_key FROM audit_log").fetchall()
    recorded = conn.execute("SELECT value FROM settings WHERE key = ?", (AUDIT_KEY_ID,)).fetchone()[0]
    key = read_key(conn, "audit")
    conn.close()
    assert key is not None and recorded == key_id(key)
    assert macs and all(len(m) == 64 and k == recorded for m, k in macs)
    # the key is not in the database: no setting holds it
    conn = raw_connection(written)
    values = [r[0] for r in conn.execute("SELECT value FROM settings").fetchall()]
    conn.close()
    assert key.hex() not in "".join(values)


def test_a_raw_insert_with_a_recomputed_chain_fails_naming_the_row(written):
    conn = raw_connection(written)
    row = _next_row(conn)
    _insert(conn, row)
    conn.close()
    result = verify(written)
    assert not result.ok and result.first_bad_id == row["id"]
    assert f"audit row {row['id']}: carries no MAC" in result.message


def test_the_stores_own_append_without_the_key_is_refused_and_a_forged_key_fails(written, tmp_path,
                                                                                 monkeypatch):
    """Someone holding only the database (another computer: no key folder of this desk)."""
    monkeypatch.setenv("TRIAGE_KEY_DIR", str(tmp_path / "elsewhere"))
    conn = raw_connection(written)
    conn.execute("BEGIN")
    with pytest.raises(AuditKeyMissing, match="does not hold the installation's audit key"):
        AuditLog(conn).append(SYSTEM_USER, "user.create", "user", "9")
    conn.execute("ROLLBACK")
    # erase the recorded fingerprint: the append then makes its own key, which verify knows not
    conn.execute("BEGIN")
    conn.execute("DELETE FROM settings WHERE key = ?", (AUDIT_KEY_ID,))
    forged = AuditLog(conn).append(SYSTEM_USER, "user.create", "user", "9")
    conn.execute("COMMIT")
    conn.close()
    monkeypatch.undo()  # back on the desk, with its key folder
    result = verify(written)
    assert not result.ok and result.first_bad_id == forged
    assert "which this desk does not hold" in result.message


def test_stripping_every_mac_cannot_pass_the_rows_off_as_written_before_macs(written):
    conn = attacker(written)
    conn.execute("UPDATE audit_log SET mac = '', mac_key = ''")
    conn.close()
    result = verify(written)
    assert not result.ok and result.first_bad_id is not None and "carries no MAC" in result.message


def test_rows_written_before_macs_verify_and_are_reported(written):
    """An installation upgraded to m017: its earlier rows have no MAC and no key signed them."""
    conn = attacker(written)
    conn.execute("UPDATE audit_log SET mac = '', mac_key = ''")
    conn.execute("DELETE FROM settings WHERE key = ?", (AUDIT_KEY_ID,))
    conn.execute("UPDATE settings SET value = ? WHERE key = 'installation_id'", ("ab" * 16,))
    old = conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    conn.close()
    try:
        with CaseStore(written) as store:
            assert store.verify_audit().ok
            assert f"{old} before MACs" in store.verify_audit().message
            admin = store.accounts.login("admin", "correct horse battery")
            store.accounts.logout(admin)  # two new, signed rows after the old ones
            result = store.verify_audit()
        assert result.ok and f"{old} before MACs" in result.message and "2 signed" in result.message
        conn = raw_connection(written)  # the triggers are gone already
        conn.execute("UPDATE audit_log SET mac = '' WHERE id = ?", (old + 2,))
        conn.close()
        stripped = verify(written)
        assert not stripped.ok and stripped.first_bad_id == old + 2
    finally:
        for f in key_dir().glob(f"{'ab' * 16}.*.key"):
            f.unlink()


def test_rotating_the_audit_key_keeps_earlier_rows_verifiable(store_staff, tmp_path, monkeypatch):
    store, staff = store_staff
    # rotate in a copy of the key folder: the template's key files are shared by every test
    shutil.copytree(key_dir(), tmp_path / "keys")
    monkeypatch.setenv("TRIAGE_KEY_DIR", str(tmp_path / "keys"))
    before = read_key(store.conn, "audit")
    store.accounts.rotate_audit_key(staff.admin)
    after = read_key(store.conn, "audit")
    assert before and after and before != after
    store.create_case(staff.nurse, intake(), suggestion(2))
    result = store.verify_audit()
    ids = {r[0] for r in store.conn.execute("SELECT DISTINCT mac_key FROM audit_log").fetchall()}
    assert result.ok and {key_id(before), key_id(after)} <= ids
    # a nurse may not rotate it (refused and audited)
    from triage.errors import PermissionDenied
    with pytest.raises(PermissionDenied):
        store.accounts.rotate_audit_key(staff.nurse)


@pytest.mark.parametrize("store_staff", ["postgresql"], indirect=True)
def test_clinic_desks_share_the_installation_audit_key(store_staff, tmp_path, monkeypatch):
    """A second desk on the server writes only once the administrator copied the key file to it;
    a desk with another key is refused before it writes a row."""
    store, staff = store_staff
    url: DatabaseUrl = store.url
    key_file = audit_key_path(store.conn)
    assert key_file.is_file()
    desk_b = tmp_path / "desk-b-keys"
    monkeypatch.setenv("TRIAGE_KEY_DIR", str(desk_b))
    with CaseStore(url, cache_dir=tmp_path / "b") as b:
        count = b.audit.count()
        with pytest.raises(AuditKeyMissing, match="Copy the file"):
            b.accounts.login("nurse", "correct horse battery")  # a login is a row too
        assert b.audit.count() == count  # nothing was written
        assert "which this desk does not hold" in b.verify_audit().message  # nor can it verify
    # desk B made a key of its own (a mistake): still refused, naming both fingerprints
    desk_b.mkdir(mode=0o700, exist_ok=True)
    (desk_b / key_file.name).write_text("11" * 32 + " 1\n")
    with CaseStore(url, cache_dir=tmp_path / "b") as b:
        with pytest.raises(AuditKeyMissing, match=key_id(bytes.fromhex("11" * 32))):
            b.accounts.login("nurse", "correct horse battery")
    shutil.copy2(key_file, desk_b / key_file.name)  # what the administrator does
    with CaseStore(url, cache_dir=tmp_path / "b") as b:
        b.create_case(b.accounts.login("nurse", "correct horse battery"), intake(), suggestion(3))
        assert b.verify_audit().ok
    monkeypatch.undo()
    assert store.verify_audit().ok  # desk A verifies desk B's rows with the same key


@pytest.mark.parametrize("store_staff", ["sqlite"], indirect=True)
def test_the_rotate_audit_key_command(written, tmp_path):
    import os
    import subprocess
    import sys

    keys = tmp_path / "keys"
    shutil.copytree(key_dir(), keys)  # the template's key files are shared by every test
    env = {**os.environ, "TRIAGE_KEY_DIR": str(keys), "TRIAGE_PASSWORD": "correct horse battery"}
    repo = Path(__file__).resolve().parents[2]
    done = subprocess.run([sys.executable, "main.py", "--data-dir", str(written), "users",
                           "rotate-audit-key", "--user", "admin"], cwd=repo, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and "new audit key" in done.stdout, done.stderr
    assert len(list(keys.glob("*.audit-*.key"))) == 1  # the old key, kept for verify
    check = subprocess.run([sys.executable, "main.py", "--data-dir", str(written), "audit",
                            "verify"], cwd=repo, env=env, capture_output=True, text=True, timeout=120)
    assert check.returncode == 0 and "signed" in check.stdout
