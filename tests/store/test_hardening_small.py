"""Smaller holes (issue 11, item 7): bulk reads audited, record_event only in one's own name and
for its events, the audit rows behind the view-audit permission, unknown user names counted not
logged, files 0600 in 0700 folders."""

from __future__ import annotations

import os
import stat

import pytest
from helpers_store import PASSWORD, intake, store_staff, suggestion, template_db  # noqa: F401

from triage.errors import AuthenticationFailed, PermissionDenied
from triage.records import NewAttachment, Role, User
from triage.store import CaseStore
from triage.store.audit import AuditLog


def _mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def test_a_bulk_read_of_patient_records_is_audited(store_staff):
    store, staff = store_staff
    for _ in range(3):
        store.create_case(staff.nurse, intake(), suggestion(3))
    assert len(list(store.iter_cases(staff.admin))) == 3
    row = AuditLog(store.conn).entries(limit=1)[0]
    assert (row.username, row.action, row.details["count"]) == ("admin", "cases.read", 3)


def test_record_event_only_in_ones_own_name_and_for_its_events(store_staff):
    store, staff = store_staff
    before = AuditLog(store.conn).count()
    ghost = User(id=999, username="ghost", display_name="", roles=frozenset())
    with pytest.raises(PermissionDenied):
        store.record_event(ghost, "export", "cases", "", {"count": 1})
    with pytest.raises(PermissionDenied):
        store.record_event(staff.nurse, "export", "cases", "", {"count": 1})
    with pytest.raises(ValueError):
        store.record_event(staff.admin, "case.create", "case", 1)
    actions = [e.action for e in AuditLog(store.conn).entries(limit=10)
               if e.id > before]
    assert actions == ["refused", "refused"]  # the refusals, nothing in anyone's name
    store.record_event(staff.admin, "export", "cases", "", {"count": 0})
    assert AuditLog(store.conn).entries(limit=1)[0].username == "admin"


def test_the_audit_rows_need_the_view_audit_permission(store_staff):
    store, staff = store_staff
    with pytest.raises(PermissionDenied):
        store.audit.entries(staff.nurse)
    assert store.audit.entries(staff.admin, limit=1)[0].action == "refused"
    assert store.audit.count() == AuditLog(store.conn).count() and store.audit.verify().ok


def test_an_unknown_user_name_is_counted_not_logged(store_staff):
    store, _ = store_staff
    for _ in range(2):
        with pytest.raises(AuthenticationFailed):
            store.accounts.login("Tr0ub4dor&3-my-password", "whatever")
    rows = [e for e in AuditLog(store.conn).entries(limit=10) if e.action == "login.failed"]
    dump = "\n".join(f"{e.username} {e.object_id} {e.details}" for e in rows)
    assert "Tr0ub4dor" not in dump
    if hasattr(store.conn, "iterdump"):  # SQLite: nowhere in the whole file either
        assert "Tr0ub4dor" not in "\n".join(store.conn.iterdump())
    assert [e.details["unknown_user_failures"] for e in rows] == [2, 1]


def test_database_wal_shm_and_attachments_are_private(tmp_path):
    data_dir = tmp_path / "new" / "desk"
    with CaseStore(data_dir) as store:
        admin = store.accounts.create_first_admin("boss", "Boss", PASSWORD)
        nurse = store.accounts.create_user(admin, "n1", "N", PASSWORD, {Role.NURSE})
        store.create_case(nurse, intake(), suggestion(3),
                          [NewAttachment(data=b"bytes", original_name="a.png", kind="photo")])
        files = [store.db_path, f"{store.db_path}-wal", f"{store.db_path}-shm",
                 *[p for p in store.attachments_dir.rglob("*") if p.is_file()]]
        folders = [tmp_path / "new", data_dir, store.attachments_dir,
                   *[p for p in store.attachments_dir.rglob("*") if p.is_dir()]]
        assert {str(f): _mode(f) for f in files} == {str(f): 0o600 for f in files}
        assert {str(d): _mode(d) for d in folders} == {str(d): 0o700 for d in folders}


def test_the_log_file_is_private(tmp_path):
    from ui.error_dialog import setup_logging

    path = setup_logging(tmp_path / "desk")
    assert _mode(path) == 0o600 and _mode(path.parent) == 0o700 and _mode(tmp_path / "desk") == 0o700


def test_only_a_signed_in_session_acts(store_staff, tmp_path):
    """A hand-made User, an account looked up by name, or a session of another installation is
    refused; the value sign-in returns is accepted, on this connection and on another one."""
    store, staff = store_staff
    forged = User(id=staff.admin.id, username="admin", display_name="", roles=staff.admin.roles)
    for impostor in (forged, store.accounts.get("admin")):
        with pytest.raises(PermissionDenied, match="not signed in"):
            store.accounts.list_users(impostor)
    tampered = User(id=staff.admin.id, username="admin", display_name="", roles=frozenset(),
                    session=staff.nurse.session)  # another account's token
    with pytest.raises(PermissionDenied):
        store.accounts.list_users(tampered)
    with CaseStore(tmp_path / "elsewhere") as other:
        boss = other.accounts.create_first_admin("admin", "Elsewhere", PASSWORD)
        assert other.accounts.list_users(boss)
    with pytest.raises(PermissionDenied):  # same id and name, the other installation's token
        store.accounts.list_users(boss)
    signed = store.accounts.login("admin", PASSWORD)
    assert [u.username for u in store.accounts.list_users(signed)][:1] == ["admin"]
    assert refusals_named(store, "admin") >= 3


def refusals_named(store, username: str) -> int:
    return sum(e.username == username for e in AuditLog(store.conn).entries(limit=50)
               if e.action == "refused")
