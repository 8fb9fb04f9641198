"""Sessions that end, and a key outside the database (issue 25 §2): a copy of ``triage.db`` can
mint no session; logout, lock-out, disable, new roles and a new password end a session."""

from __future__ import annotations

import os
import shutil
import stat
from dataclasses import replace

import pytest
from helpers_store import PASSWORD, SQLITE_ONLY, store_staff, template_db  # noqa: F401

from triage.errors import AccountLocked, AuthenticationFailed, PermissionDenied
from triage.records import Role
from triage.store import DB_NAME, CaseStore
from triage.store.auth import _session_mac, session_valid
from triage.store.keys import key_dir


def _works(store, user) -> bool:
    """The store lets ``user`` do what the account's roles allow (the worklist, or accounts)."""
    try:
        if Role.ADMIN in user.roles:
            store.accounts.list_users(user)
        else:
            store.worklist(user)
        return True
    except PermissionDenied:
        return False


@SQLITE_ONLY
def test_a_copy_of_the_database_alone_mints_nothing(store_staff, tmp_path, monkeypatch):
    store, staff = store_staff
    assert _works(store, staff.admin)
    assert store.conn.execute("SELECT 1 FROM settings WHERE key = 'session_key'").fetchone() is None
    copy = tmp_path / "stolen"
    copy.mkdir()
    shutil.copy2(store.data_dir / DB_NAME, copy / DB_NAME)
    # The thief's computer: no key file for this installation.
    monkeypatch.setenv("TRIAGE_KEY_DIR", str(tmp_path / "thief-keys"))
    with CaseStore(copy) as stolen:
        from triage.store.keys import read_key

        assert read_key(stolen.conn) is None
        forged_with_nothing = [replace(staff.admin, session=f"{staff.admin.id}.{10**13}.{_session_mac(k, staff.admin.id, 10**13)}")
                               for k in (b"", b"\0" * 32)]
        assert not any(session_valid(stolen.conn, u) for u in forged_with_nothing)
    monkeypatch.undo()
    # And nothing in the database file names the key.
    key_file = next(key_dir().glob("*.session.key"))
    assert key_file.read_text().strip().encode() not in (store.data_dir / DB_NAME).read_bytes()


@SQLITE_ONLY
def test_the_key_file_is_private(store_staff):
    store, staff = store_staff
    store.accounts.login("admin", PASSWORD)
    for f in key_dir().glob("*.session.key"):
        assert stat.S_IMODE(f.stat().st_mode) == 0o600
    assert stat.S_IMODE(key_dir().stat().st_mode) == 0o700


def test_logout_ends_the_session(store_staff):
    store, staff = store_staff
    nurse = store.accounts.login("nurse", PASSWORD)
    assert _works(store, nurse)
    store.accounts.logout(nurse)
    assert not _works(store, nurse)
    assert _works(store, store.accounts.login("nurse", PASSWORD))  # a new sign-in works
    actions = [r[0] for r in store.conn.execute("SELECT action FROM audit_log WHERE action = 'session.end'")]
    assert actions == ["session.end"]
    assert store.verify_audit().ok


def test_a_password_reset_ends_the_session(store_staff):
    store, staff = store_staff
    nurse = store.accounts.login("nurse", PASSWORD)
    store.accounts.reset_password(staff.admin, nurse.id, "a brand new secret")
    assert not _works(store, nurse)


def test_new_roles_end_the_session(store_staff):
    store, staff = store_staff
    nurse = store.accounts.login("nurse", PASSWORD)
    store.accounts.set_roles(staff.admin, nurse.id, {Role.NURSE, Role.CLINICIAN})
    assert not _works(store, nurse)


def test_disable_ends_the_session_even_after_enabling_again(store_staff):
    store, staff = store_staff
    nurse = store.accounts.login("nurse", PASSWORD)
    store.accounts.set_active(staff.admin, nurse.id, False)
    store.accounts.set_active(staff.admin, nurse.id, True)
    assert not _works(store, nurse)


def test_a_lock_out_ends_the_session(store_staff):
    store, staff = store_staff
    nurse = store.accounts.login("nurse", PASSWORD)
    with pytest.raises((AuthenticationFailed, AccountLocked)):
        for _ in range(5):
            try:
                store.accounts.login("nurse", "wrong guess")
            except AuthenticationFailed:
                continue
    assert not _works(store, nurse)


def test_rotating_the_key_ends_every_session(tmp_path):
    # An installation of its own: the template's copies share one installation id (and key).
    with CaseStore(tmp_path / "desk") as store:
        admin = store.accounts.create_first_admin("admin", "Admin", PASSWORD)
        store.accounts.create_user(admin, "nurse", "Nurse", PASSWORD, {Role.NURSE})
        admin = store.accounts.login("admin", PASSWORD)
        nurse = store.accounts.login("nurse", PASSWORD)
        store.accounts.rotate_session_key(admin)
        assert not _works(store, nurse) and not _works(store, admin)
        assert _works(store, store.accounts.login("nurse", PASSWORD))


def test_a_late_logout_spares_a_sign_in_made_after_sign_out_was_chosen(store_staff):
    """The desk writes a sign-out in a worker: a sign-in made before that worker runs must live."""
    import time

    store, staff = store_staff
    old = store.accounts.login("nurse", PASSWORD)
    chosen_ms = time.time_ns() // 1_000_000  # Sign out chosen at the desk
    time.sleep(0.005)
    again = store.accounts.login("nurse", PASSWORD)  # signed in again before the worker ran
    store.accounts.logout(old, requested_ms=chosen_ms)  # the worker lands now
    assert not _works(store, old)
    assert _works(store, again)
    third = store.accounts.login("nurse", PASSWORD)
    store.accounts.logout(again, requested_ms=chosen_ms)  # the session signed out always ends
    assert not _works(store, again)
    assert _works(store, third)  # issued after it: lives on
    store.accounts.logout(third)
    assert not _works(store, third)
    assert store.verify_audit().ok
