"""The installation's triage scale: stored in the database, changed only by an administrator,
every change audited with the old and new value (on SQLite and PostgreSQL alike)."""

from __future__ import annotations

import hashlib

import sqlite3

import pytest
from helpers_store import PASSWORD, store_staff, template_db  # noqa: F401
from sqlite_utils import Database

from triage.errors import PermissionDenied
from triage.store import DB_NAME, CaseStore, migrations


def _scale_audit(store) -> list[dict]:
    return [e.details for e in store.audit_entries(store.accounts.login("admin", PASSWORD))
            if e.action == "settings.triage_scale"]


def test_a_new_installation_speaks_ktas_until_the_administrator_chooses(store_staff):
    store, _ = store_staff
    assert store.triage_scale() == "KTAS"
    assert store.triage_scale_chosen() is False


def test_the_administrator_switches_the_scale_and_it_is_audited(store_staff):
    store, staff = store_staff
    assert store.set_triage_scale(staff.admin, "esi") == "ESI"
    assert store.triage_scale() == "ESI" and store.triage_scale_chosen()
    assert store.set_triage_scale(staff.admin, "KTAS") == "KTAS"
    sha = {v: hashlib.sha256(v.encode()).hexdigest() for v in ("ESI", "KTAS")}
    assert _scale_audit(store)[:2] == [  # the value's hash puts the settings row in the chain
        {"from": "ESI", "to": "KTAS", "key": "triage_scale", "value_sha256": sha["KTAS"]},
        {"from": "", "to": "ESI", "key": "triage_scale", "value_sha256": sha["ESI"]}]
    store.set_triage_scale(staff.admin, "KTAS")  # no change: no audit row
    assert len(_scale_audit(store)) == 2


@pytest.mark.parametrize("who", ["nurse", "clinician"])
def test_only_an_administrator_may_change_it_and_a_refusal_is_audited(store_staff, who):
    store, staff = store_staff
    with pytest.raises(PermissionDenied):
        store.set_triage_scale(getattr(staff, who), "ESI")
    assert store.triage_scale() == "KTAS" and not store.triage_scale_chosen()
    refused = [e for e in store.audit_entries(staff.admin) if e.action == "refused"]
    assert refused and refused[0].object_id == "triage_scale"


def test_an_unknown_scale_is_refused_and_changes_nothing(store_staff):
    store, staff = store_staff
    with pytest.raises(ValueError, match="KTAS, ESI"):
        store.set_triage_scale(staff.admin, "CTAS")
    assert not store.triage_scale_chosen() and _scale_audit(store) == []


def test_the_choice_survives_reopening(data_dir):
    with CaseStore(data_dir) as store:
        admin = store.accounts.create_first_admin("admin", "Ada Admin", PASSWORD)
        store.set_triage_scale(admin, "ESI")
        store.close()
    with CaseStore(data_dir) as store:
        assert store.triage_scale() == "ESI"
        store.close()


def test_migration_records_ktas_for_an_installation_that_already_had_accounts(data_dir):
    """Before m003 the app spoke only KTAS: an upgraded installation keeps it, recorded."""
    conn = sqlite3.connect(str(data_dir / DB_NAME), isolation_level=None)
    migrations.MIGRATIONS.apply(Database(conn), stop_before="m003_triage_scale")
    conn.execute("INSERT INTO users (username, display_name, password_hash, roles, active, failed_logins, "
                 "created_at, password_changed_at) VALUES ('old', 'Old', 'x', 'admin', 1, 0, 'then', 'then')")
    conn.close()
    with CaseStore(data_dir) as store:
        assert store.triage_scale() == "KTAS" and store.triage_scale_chosen()
        store.close()
