"""Demo data only in a new, empty data folder, which stays a demo for good (issue 11, item 1)."""

from __future__ import annotations

import pytest
from helpers_store import PASSWORD, intake, store_staff, suggestion, template_db  # noqa: F401

from triage import demo
from triage.errors import PermissionDenied
from triage.records import Role
from triage.store import CaseStore


def _users(store: CaseStore) -> list[str]:
    return [r[0] for r in store.conn.execute("SELECT username FROM users ORDER BY id")]


def test_a_real_installation_cannot_be_made_a_demo(store_staff):
    store, staff = store_staff
    before = _users(store)
    with pytest.raises(PermissionDenied, match="new, empty data folder"):
        store.mark_demo()
    with pytest.raises(PermissionDenied):
        demo.seed(store, 0)
    with pytest.raises(PermissionDenied):
        store.accounts.provision_demo("admin2", "Demo Admin", demo.DEMO_PASSWORD, {Role.ADMIN})
    with pytest.raises(PermissionDenied):  # demo cases, no actor
        store.seed_cases([(intake(), suggestion(3))])
    with pytest.raises(PermissionDenied):  # real cases still need someone signed in
        store.seed_cases([(intake(), suggestion(3))], demo=False)
    assert not store.is_demo() and _users(store) == before and store.count_cases() == 0
    refused = [e.details["permission"] for e in store.audit_entries(staff.admin, action="refused")]
    assert {"mark_demo", "seed_demo", "intake"} <= set(refused)
    assert store.verify_audit().ok


def test_a_folder_with_only_a_patient_is_not_empty_either(store_staff, tmp_path):
    store, staff = store_staff
    with CaseStore(tmp_path / "other") as other:  # no account yet, but a case saved somehow
        other.conn.execute("INSERT INTO patients (name, created_at) VALUES ('x', 'now')")
        with pytest.raises(PermissionDenied):
            other.mark_demo()


def test_a_demo_stays_a_demo_and_gets_no_real_administrator(tmp_path):
    with CaseStore(tmp_path / "demo") as store:
        result = demo.seed(store, 3)
        assert store.is_demo() and result.accounts_created == ("nurse", "clinician", "admin")
        assert not store.needs_first_admin()
        with pytest.raises(PermissionDenied, match="demo installation"):
            store.accounts.create_first_admin("boss", "Boss", PASSWORD)
        admin = store.accounts.login("admin", demo.DEMO_PASSWORD)
        with pytest.raises(PermissionDenied, match="demo"):
            store.accounts.create_user(admin, "boss", "Boss", PASSWORD, {Role.ADMIN})
        nurse = store.accounts.create_user(admin, "nurse3", "Nurse Three", PASSWORD, {Role.NURSE})
        with pytest.raises(PermissionDenied, match="demo"):
            store.accounts.set_roles(admin, nurse.id, {Role.NURSE, Role.ADMIN})
        store.mark_demo()  # again: nothing changes, nothing is refused
        demo.seed(store, 2)  # more demo cases in a demo are fine
        assert store.count_cases() == 5 and store.is_demo()
        assert [u.username for u in store.accounts.list_users(admin)
                if Role.ADMIN in u.roles] == ["admin"]
        assert store.verify_audit().ok


def test_the_first_administrator_only_in_an_installation_without_accounts(tmp_path):
    with CaseStore(tmp_path / "real") as store:
        assert store.needs_first_admin()
        admin = store.accounts.create_first_admin("boss", "Boss", PASSWORD)
        store.accounts.set_roles(admin, admin.id, {Role.ADMIN, Role.CLINICIAN})
        assert not store.needs_first_admin()
        with pytest.raises(PermissionDenied):
            store.accounts.create_first_admin("eve", "Eve", PASSWORD)
