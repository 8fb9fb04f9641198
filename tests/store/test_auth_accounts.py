"""Accounts and permissions: argon2id, lock-out, roles checked against the database, refusals audited."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import datetime, timedelta, timezone

import pytest
from helpers_store import PASSWORD, SQLITE_ONLY, intake, store_staff, suggestion, template_db  # noqa: F401

from triage.store.auth import (MAX_FAILED_LOGINS, Permission, WeakPassword, allowed, permissions_of,
                         require)
from triage.errors import AccountLocked, AuthenticationFailed, PermissionDenied
from triage.records import Decision, NewAttachment, Role, User, WorklistQuery
from triage.store import CaseStore
from triage.store.audit import AuditLog
from triage.store.dialect import PgConnection


def refusals(store: CaseStore) -> list:
    return [e for e in AuditLog(store.conn).entries(limit=1000) if e.action == "refused"]


def test_first_admin_only_once_and_needs_first_admin(data_dir):
    with CaseStore(data_dir) as store:
        assert store.needs_first_admin()
        admin = store.accounts.create_first_admin("boss", "The Boss", "long enough pw")
        assert admin.roles == frozenset({Role.ADMIN}) and not store.needs_first_admin()
        with pytest.raises(PermissionDenied):
            store.accounts.create_first_admin("mallory", "M", "long enough pw")
        assert [u.username for u in store.accounts.list_users(admin)] == ["boss"]
        assert refusals(store)[0].details == {"permission": "create_first_admin"}


@SQLITE_ONLY  # reads the whole file through sqlite3's iterdump
def test_password_is_argon2id_and_never_in_the_audit_log(store_staff):
    store, staff = store_staff
    stored = store.conn.execute("SELECT password_hash FROM users WHERE username = 'nurse'").fetchone()[0]
    assert stored.startswith("$argon2id$") and PASSWORD not in stored
    store.accounts.login("nurse", PASSWORD)
    with pytest.raises(AuthenticationFailed):
        store.accounts.login("nurse", "wrong password!")
    dump = "\n".join(store.conn.iterdump())
    audit_text = " ".join(f"{e.details} {e.object_id}" for e in AuditLog(store.conn).entries(limit=1000))
    assert PASSWORD not in audit_text and "wrong password!" not in audit_text
    assert "$argon2" not in audit_text
    assert "wrong password!" not in dump  # a failed attempt's text is stored nowhere


def test_minimum_password_length(store_staff):
    store, staff = store_staff
    with pytest.raises(WeakPassword, match="10"):
        store.accounts.create_user(staff.admin, "shorty", "S", "123456789", {Role.NURSE})
    with pytest.raises(WeakPassword):
        store.accounts.reset_password(staff.admin, staff.nurse.id, "short")


def test_login_audits_success_and_failure_without_saying_which_part_was_wrong(store_staff):
    store, _ = store_staff
    user = store.accounts.login("Nurse", PASSWORD)  # user names are case-insensitive
    assert user.username == "nurse"
    with pytest.raises(AuthenticationFailed) as unknown:
        store.accounts.login("nobody", PASSWORD)
    with pytest.raises(AuthenticationFailed) as wrong:
        store.accounts.login("nurse", "not the password")
    assert str(unknown.value) == str(wrong.value)
    actions = [e.action for e in AuditLog(store.conn).entries(limit=3)]
    assert actions == ["login.failed", "login.failed", "login"]


def test_lockout_after_five_failures_then_expiry(store_staff, monkeypatch):
    store, _ = store_staff
    for attempt in range(1, MAX_FAILED_LOGINS + 1):
        expected = AccountLocked if attempt == MAX_FAILED_LOGINS else AuthenticationFailed
        with pytest.raises(expected):
            store.accounts.login("nurse", f"bad guess {attempt}")
    with pytest.raises(AccountLocked, match="locked until"):
        store.accounts.login("nurse", PASSWORD)  # even the right password is refused now
    # Sixteen minutes pass (the clock moves; the account's row is not edited behind the app,
    # which the next sign-in would refuse as a tamper).
    later = datetime.now(timezone.utc) + timedelta(minutes=16)
    monkeypatch.setattr("triage.store.auth._now", lambda: later)
    assert store.accounts.login("nurse", PASSWORD).username == "nurse"
    assert store.verify_audit().ok


def test_success_resets_the_failure_count(store_staff):
    store, _ = store_staff
    for _ in range(MAX_FAILED_LOGINS - 1):
        with pytest.raises(AuthenticationFailed):
            store.accounts.login("nurse", "bad guess")
    store.accounts.login("nurse", PASSWORD)
    with pytest.raises(AuthenticationFailed):  # a fresh count: not locked at the fifth overall
        store.accounts.login("nurse", "bad guess")


def test_disable_reset_and_roles_take_effect_at_once(store_staff):
    store, staff = store_staff
    case_id = store.create_case(staff.nurse, intake(), suggestion(3))
    store.accounts.set_active(staff.admin, staff.nurse.id, False)
    with pytest.raises(AccountLocked, match="disabled"):
        store.accounts.login("nurse", PASSWORD)
    with pytest.raises(PermissionDenied):  # the stale User object no longer works either
        store.worklist(staff.nurse)
    store.accounts.set_active(staff.admin, staff.nurse.id, True)
    store.accounts.reset_password(staff.admin, staff.nurse.id, "a brand new secret")
    with pytest.raises(AuthenticationFailed):
        store.accounts.login("nurse", PASSWORD)
    assert store.accounts.login("nurse", "a brand new secret").id == staff.nurse.id
    store.accounts.set_roles(staff.admin, staff.nurse.id, {Role.NURSE, Role.CLINICIAN})
    with pytest.raises(PermissionDenied):  # new roles end the account's sessions (issue 25)
        store.review(staff.nurse, case_id, Decision.ACCEPT, 3)
    promoted = store.accounts.login("nurse", "a brand new secret")
    store.review(promoted, case_id, Decision.ACCEPT, 3)  # promoted: may review now
    with pytest.raises(ValueError, match="last administrator"):
        store.accounts.set_roles(staff.admin, staff.admin.id, {Role.NURSE})
    with pytest.raises(ValueError):
        store.accounts.set_active(staff.admin, staff.admin.id, False)


def test_a_forged_user_object_gains_nothing(store_staff):
    store, staff = store_staff
    forged = replace(staff.nurse, roles=frozenset(Role))
    with pytest.raises(PermissionDenied):
        store.accounts.list_users(forged)
    ghost = User(id=999, username="ghost", display_name="", roles=frozenset(Role))
    with pytest.raises(PermissionDenied):
        store.worklist(ghost)


PERMISSION_TABLE = {
    Role.NURSE: {Permission.VIEW_CASES, Permission.INTAKE, Permission.ATTACH, Permission.RETRIAGE,
                 Permission.ADD_NOTE, Permission.MCI_TAG, Permission.OWN_LANGUAGE},
    Role.CLINICIAN: {Permission.VIEW_CASES, Permission.INTAKE, Permission.ATTACH,
                     Permission.RETRIAGE, Permission.ADD_NOTE, Permission.START_REVIEW,
                     Permission.REVIEW, Permission.CLOSE_CASE, Permission.MCI_TAG,
                     Permission.RUN_INCIDENT, Permission.OWN_LANGUAGE},
    Role.ADMIN: {Permission.MANAGE_USERS, Permission.EXPORT, Permission.IMPORT,
                 Permission.VIEW_AUDIT, Permission.CONFIGURE, Permission.RUN_INCIDENT,
                 Permission.OWN_LANGUAGE},
}


@pytest.mark.parametrize("role", list(Role))
def test_permission_table(store_staff, role):
    store, staff = store_staff
    user = {Role.NURSE: staff.nurse, Role.CLINICIAN: staff.clinician, Role.ADMIN: staff.admin}[role]
    assert permissions_of({role}) == PERMISSION_TABLE[role]
    for perm in Permission:
        assert allowed(store, user, perm) == (perm in PERMISSION_TABLE[role])


def test_refused_actions_raise_and_are_audited_in_the_store(store_staff):
    store, staff = store_staff
    case_id = store.create_case(staff.nurse, intake(), suggestion(3))
    attempts = [
        lambda: store.review(staff.nurse, case_id, Decision.ACCEPT, 3),
        lambda: store.start_review(staff.nurse, case_id),
        lambda: store.close_case(staff.nurse, case_id),
        lambda: store.create_case(staff.admin, intake(), suggestion(3)),
        lambda: store.worklist(staff.admin, WorklistQuery()),
        lambda: store.add_attachments(staff.admin, case_id, [NewAttachment(b"x", "x.png", "photo")]),
        lambda: store.audit_entries(staff.clinician),
        lambda: store.accounts.create_user(staff.clinician, "eve", "Eve", "long enough pw",
                                           {Role.ADMIN}),
        lambda: require(store, staff.nurse, Permission.EXPORT, object_type="export"),
    ]
    for attempt in attempts:
        with pytest.raises(PermissionDenied):
            attempt()
    rows = refusals(store)
    assert len(rows) == len(attempts)
    assert [r.details["permission"] for r in rows[::-1][:3]] == ["review", "start_review",
                                                                 "close_case"]
    assert store.case_detail(staff.nurse, case_id).reviews == ()
    assert store.count_cases() == 1 and store.verify_audit().ok


def test_require_works_on_a_plain_connection(store_staff):
    store, staff = store_staff
    conn = (PgConnection(store.url, listen=False) if store.url.is_postgresql
            else sqlite3.connect(store.db_path, isolation_level=None))
    try:
        require(conn, staff.admin, Permission.EXPORT)
        with pytest.raises(PermissionDenied):
            require(conn, staff.nurse, Permission.IMPORT, object_type="import")
    finally:
        conn.close()
    assert refusals(store)[0].details == {"permission": "import"}
