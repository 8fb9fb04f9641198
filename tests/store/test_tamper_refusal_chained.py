"""Issue 22 §3, beyond cases: a write never blesses a tamper of the other chained rows either.

An account's row, an incident and its MCI tag versions, a scale's site calibrations and an audited
settings key are edited behind the app (sqlite3 on the file, SQL on the server); the legitimate
action that would rewrite those rows, or build on them, is then refused (``TamperedRecord``,
nothing written), the refusal is recorded (``audit.tamper_found``) and ``audit verify`` still
names the edit. Before, the action's audit row recorded the edited rows afresh and verify passed
(or, for what a write builds on, the write went ahead on the forged state)."""

from __future__ import annotations

import pytest
from helpers_store import (PASSWORD, behind_the_app, found_rows, store_staff,  # noqa: F401
                           template_db, where)

from triage.errors import TamperedRecord
from triage.records import Role
from triage.store.incidents import IncidentClosed

YELLOW = {"walking": False, "breathing": True, "resp_rate": 20, "radial_pulse": True,
          "obeys_commands": True}
RED = {"walking": False, "breathing": True, "resp_rate": 36}


def past_the_trigger(store, table: str, sql: str, params: tuple) -> None:
    """Edit an append-only table as its owner could: drop SQLite's triggers, or disable the
    server's for the one statement (``ALTER TABLE … DISABLE TRIGGER``, as the table's owner)."""
    if store.url.is_postgresql:
        trigger = f"{table}_no_change"
        behind_the_app(where(store), (f"ALTER TABLE {table} DISABLE TRIGGER {trigger}", ()),
                       (sql, params), (f"ALTER TABLE {table} ENABLE TRIGGER {trigger}", ()))
    else:
        behind_the_app(where(store), (f"DROP TRIGGER IF EXISTS {table}_no_update", ()),
                       (f"DROP TRIGGER IF EXISTS {table}_no_delete", ()), (sql, params))


def assert_refused_and_named(store, caught, row: str, who: str) -> None:
    """The refusal names the row, is recorded against ``who``, and verify names the row too."""
    table, _, row_id = row.partition(":")
    assert "not saved" in str(caught.value)
    assert f"{table} row {row_id}" in str(caught.value) or f"{table} row {row_id!r}" in str(caught.value)
    [(username, details)] = found_rows(store)
    assert username == who and details["rows"] == [row]
    result = store.verify_audit()
    assert not result.ok
    assert any(p.startswith(f"{table} row {row_id}") or p.startswith(f"{table} row {row_id!r}")
               for p in result.problems), result.problems


# ------------------------------------------------------------------------------------- accounts
ACCOUNT_ACTIONS = {
    "language": lambda store, staff: store.set_user_language(staff.nurse, staff.nurse.id, "ko"),
    "roles": lambda store, staff: store.accounts.set_roles(staff.admin, staff.nurse.id,
                                                          {Role.NURSE, Role.CLINICIAN}),
    "disable": lambda store, staff: store.accounts.set_active(staff.admin, staff.nurse.id, False),
    "password": lambda store, staff: store.accounts.reset_password(staff.admin, staff.nurse.id,
                                                                   "another long password"),
    "sign-out": lambda store, staff: store.accounts.logout(staff.nurse),
}
WHO = {"language": "nurse", "roles": "admin", "disable": "admin", "password": "admin",
       "sign-out": "nurse"}


@pytest.mark.parametrize("action", sorted(ACCOUNT_ACTIONS))
def test_an_edited_account_is_not_blessed_by_a_change_to_it(store_staff, action):
    store, staff = store_staff
    uid = staff.nurse.id
    assert store.verify_audit().ok
    before = store.conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    behind_the_app(where(store), ("UPDATE users SET display_name = ? WHERE id = ?", ("Mallory", uid)))
    with pytest.raises(TamperedRecord) as caught:
        ACCOUNT_ACTIONS[action](store, staff)
    row = store.conn.execute("SELECT language, roles, active, display_name FROM users WHERE id = ?",
                             (uid,)).fetchone()
    assert (row[0], row[1], bool(row[2]), row[3]) == (None, "nurse", True, "Mallory")
    assert store.conn.execute("SELECT count(*) FROM audit_log").fetchone()[0] == before + 1
    assert_refused_and_named(store, caught, f"users:{uid}", WHO[action])


def test_a_role_granted_in_the_file_is_not_blessed_by_signing_in(store_staff):
    store, staff = store_staff
    behind_the_app(where(store), ("UPDATE users SET roles = 'admin,nurse' WHERE id = ?",
                                  (staff.nurse.id,)))
    with pytest.raises(TamperedRecord) as caught:
        store.accounts.login("nurse", PASSWORD)
    assert "sign-in" in str(caught.value)
    assert_refused_and_named(store, caught, f"users:{staff.nurse.id}", "anonymous")
    with pytest.raises(TamperedRecord):  # a wrong password must not record the row either
        store.accounts.login("nurse", "a wrong guess")
    assert store.conn.execute("SELECT failed_logins FROM users WHERE id = ?",
                              (staff.nurse.id,)).fetchone()[0] == 0


def test_an_account_added_in_the_file_cannot_sign_in(store_staff):
    store, _ = store_staff
    behind_the_app(where(store), (
        "INSERT INTO users (username, display_name, password_hash, roles, active, failed_logins, "
        "created_at, password_changed_at) SELECT 'mallory', 'M', password_hash, 'admin', 1, 0, "
        "created_at, password_changed_at FROM users WHERE username = 'nurse'", ()))
    uid = store.conn.execute("SELECT id FROM users WHERE username = 'mallory'").fetchone()[0]
    with pytest.raises(TamperedRecord, match="recorded by no audit row") as caught:
        store.accounts.login("mallory", PASSWORD)
    assert_refused_and_named(store, caught, f"users:{uid}", "anonymous")


def test_untouched_accounts_go_on(store_staff):
    store, staff = store_staff
    behind_the_app(where(store), ("UPDATE users SET display_name = 'X' WHERE id = ?", (staff.nurse.id,)))
    store.set_user_language(staff.nurse2, staff.nurse2.id, "ko")
    store.accounts.set_roles(staff.admin, staff.nurse2.id, {Role.NURSE, Role.CLINICIAN})
    assert store.accounts.login("nurse2", PASSWORD).username == "nurse2"
    assert found_rows(store) == []
    result = store.verify_audit()
    assert not result.ok and len(result.problems) == 1


# ------------------------------------------------------------------------------ MCI incidents
@pytest.fixture
def tagged(store_staff):
    store, staff = store_staff
    incident = store.declare_incident(staff.clinician, "Bus crash", "Ward entrance")
    store.tag_patient(staff.nurse, incident.id, YELLOW, tag_number="A-1")
    return store, staff, incident.id


def _tag_ids(store, incident_id):
    return [r[0] for r in store.conn.execute("SELECT id FROM mci_tags WHERE incident_id = ? AND "
                                             "tag_number = 'A-1' ORDER BY version", (incident_id,))]


TAG_ACTIONS = {
    "retag": lambda store, staff, i: store.retag_patient(staff.nurse, i, "A-1", RED),
    "override": lambda store, staff, i: store.override_tag(staff.nurse, i, "A-1", "immediate",
                                                          "open fracture"),
    "move": lambda store, staff, i: store.move_tag(staff.nurse, i, "A-1", "Area B"),
}


@pytest.mark.parametrize("action", sorted(TAG_ACTIONS))
def test_an_edited_tag_version_is_not_blessed_by_the_next_version(tagged, action):
    store, staff, incident_id = tagged
    [first] = _tag_ids(store, incident_id)
    past_the_trigger(store, "mci_tags", "UPDATE mci_tags SET category = 'minor', computed_category = 'minor' WHERE id = ?", (first,))
    with pytest.raises(TamperedRecord) as caught:
        TAG_ACTIONS[action](store, staff, incident_id)
    assert _tag_ids(store, incident_id) == [first]
    assert_refused_and_named(store, caught, f"mci_tags:{first}", "nurse")


def test_a_deleted_tag_version_is_not_blessed_by_the_next_one(tagged):
    store, staff, incident_id = tagged
    store.retag_patient(staff.nurse, incident_id, "A-1", RED)
    first, second = _tag_ids(store, incident_id)
    past_the_trigger(store, "mci_tags", "DELETE FROM mci_tags WHERE id = ?", (second,))
    with pytest.raises(TamperedRecord, match="now missing"):
        store.retag_patient(staff.nurse, incident_id, "A-1", YELLOW)
    assert _tag_ids(store, incident_id) == [first]
    assert found_rows(store)[0][1]["rows"] == [f"mci_tags:{second}"]
    assert not store.verify_audit().ok


def test_an_ended_incident_reopened_in_the_file_takes_no_tags(tagged):
    store, staff, incident_id = tagged
    store.end_incident(staff.clinician, incident_id)
    with pytest.raises(IncidentClosed):
        store.retag_patient(staff.nurse, incident_id, "A-1", RED)
    behind_the_app(where(store), ("UPDATE incidents SET is_open = 1 WHERE id = ?", (incident_id,)))
    with pytest.raises(TamperedRecord) as caught:
        store.retag_patient(staff.nurse, incident_id, "A-1", RED)
    assert len(_tag_ids(store, incident_id)) == 1
    assert_refused_and_named(store, caught, f"incidents:{incident_id}", "nurse")


def test_an_edited_incident_is_not_blessed_by_ending_it(tagged):
    store, staff, incident_id = tagged
    behind_the_app(where(store), ("UPDATE incidents SET place = 'elsewhere' WHERE id = ?", (incident_id,)))
    with pytest.raises(TamperedRecord) as caught:
        store.end_incident(staff.clinician, incident_id)
    assert store.open_incident() is not None
    assert_refused_and_named(store, caught, f"incidents:{incident_id}", "clinician")


# ------------------------------------------------------------------------ calibrations, settings
def test_an_edited_calibration_is_not_built_on_by_the_next_version(store_staff):
    store, staff = store_staff
    first = store.save_calibration(staff.admin, "ESI", 0.08, provenance={"rows": 600})
    past_the_trigger(store, "site_calibrations",
                     "UPDATE site_calibrations SET critical_threshold = 0.5 WHERE id = ?", (first.id,))
    with pytest.raises(TamperedRecord) as caught:
        store.save_calibration(staff.admin, "ESI", 0.05)
    with pytest.raises(TamperedRecord):
        store.reset_calibration(staff.admin, "ESI")
    assert [c.id for c in store.calibration_history(staff.admin, "ESI")] == [first.id]
    assert found_rows(store)[0][1]["rows"] == [f"site_calibrations:{first.id}"]
    assert f"site_calibrations row {first.id}" in str(caught.value)
    result = store.verify_audit()
    assert not result.ok and any(p.startswith(f"site_calibrations row {first.id}")
                                 for p in result.problems)
    store.save_calibration(staff.admin, "KTAS", 0.1)  # the other scale's versions are untouched


def test_a_calibration_added_in_the_file_is_not_built_on(store_staff):
    store, staff = store_staff
    behind_the_app(where(store), (
        "INSERT INTO site_calibrations (scale, version, source, critical_threshold, level_shift, "
        "provenance, created_at, created_by) VALUES ('ESI', 'esi-site-1', 'site', 0.9, 0, '{}', "
        "'2026-01-01T00:00:00+00:00', 'admin')", ()))
    forged = store.conn.execute("SELECT id FROM site_calibrations").fetchone()[0]
    with pytest.raises(TamperedRecord, match="recorded by no audit row") as caught:
        store.save_calibration(staff.admin, "ESI", 0.05)
    assert_refused_and_named(store, caught, f"site_calibrations:{forged}", "admin")


def test_an_edited_scale_is_not_blessed_by_the_next_choice(store_staff):
    store, staff = store_staff
    store.set_triage_scale(staff.admin, "ESI")
    behind_the_app(where(store), ("UPDATE settings SET value = 'KTAS' WHERE key = 'triage_scale'", ()))
    with pytest.raises(TamperedRecord) as caught:
        store.set_triage_scale(staff.admin, "ESI")
    assert store.triage_scale() == "KTAS"
    assert_refused_and_named(store, caught, "settings:triage_scale", "admin")
