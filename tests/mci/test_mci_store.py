"""Incidents and tags in the store, on SQLite and the test PostgreSQL server: permissions, audit
rows, history kept, the board's order, counts, and tamper evidence like a case's."""

from __future__ import annotations

import sqlite3

import pytest
from helpers_store import store_staff, template_db  # noqa: F401

from triage.errors import NotFound, PermissionDenied
from triage.store import DB_NAME
from triage.store.dialect import is_postgres
from triage.store.incidents import IncidentClosed

RED = {"walking": False, "breathing": True, "resp_rate": 36}
YELLOW = {"walking": False, "breathing": True, "resp_rate": 20, "radial_pulse": True,
          "obeys_commands": True}
GREEN = {"walking": True}


def _audit(store, prefix):
    return [r for r in store.conn.execute("SELECT action, object_type, object_id FROM audit_log "
                                          "ORDER BY id").fetchall() if r[0].startswith(prefix)]


def test_declare_tag_retag_override_move_end(store_staff):
    store, staff = store_staff
    assert store.open_incident() is None
    incident = store.declare_incident(staff.clinician, "Bus crash, Route 9", "Ward entrance")
    assert store.open_incident().id == incident.id
    with pytest.raises(PermissionDenied):
        store.declare_incident(staff.admin, "Second one")  # one open incident at a time

    a = store.tag_patient(staff.nurse, incident.id, YELLOW, tag_number="A-100", sex="F", age_years=40)
    b = store.tag_patient(staff.nurse2, incident.id, GREEN)
    c = store.tag_patient(staff.nurse, incident.id, {"walking": False, "breathing": True,
                                                   "resp_rate": 50, "pulse_palpable": True}, age_years=5)
    assert (a.category, b.category, c.category) == ("delayed", "minor", "immediate")
    assert b.tag_number == "0001" and c.tag_number == "0002"
    assert c.method == "JUMPSTART" and any("RR 50 > 45" in r for r in c.reasons)
    with pytest.raises(ValueError, match="already used"):
        store.tag_patient(staff.nurse, incident.id, GREEN, tag_number="a-100")

    worse = store.retag_patient(staff.nurse, incident.id, "A-100", RED)
    assert worse.version == 2 and worse.category == "immediate" and worse.event == "retag"
    assert worse.sex == "F"  # kept when not given
    over = store.override_tag(staff.nurse, incident.id, "0001", "delayed", "open femur fracture")
    assert over.category == "delayed" and over.computed_category == "minor" and over.overridden
    with pytest.raises(ValueError, match="reason"):
        store.override_tag(staff.nurse, incident.id, "0001", "immediate", " ")
    moved = store.move_tag(staff.nurse, incident.id, "0001", "Area B")
    assert moved.category == "delayed" and moved.moved_to == "Area B"  # the override stays

    history = store.tag_history(staff.clinician, incident.id, "A-100")
    assert [h.category for h in history] == ["delayed", "immediate"]
    board = store.incident_tags(staff.nurse, incident.id)
    assert [t.tag_number for t in board] == ["A-100", "0002", "0001"]  # red first, by first tag time
    assert store.incident_counts(staff.admin, incident.id) == {"red": 2, "yellow": 1, "green": 0,
                                                                "black": 0}
    ended = store.end_incident(staff.admin, incident.id)
    assert not ended.is_open and store.open_incident() is None
    with pytest.raises(IncidentClosed):
        store.tag_patient(staff.nurse, incident.id, GREEN)
    actions = [a[0] for a in _audit(store, "mci.") + _audit(store, "incident.")]
    assert actions.count("mci.tag") == 3 and "mci.retag" in actions and "mci.override" in actions
    assert "mci.disposition" in actions and "incident.declare" in actions and "incident.end" in actions
    assert store.verify_audit().ok


def test_who_may_do_what(store_staff):
    store, staff = store_staff
    with pytest.raises(PermissionDenied):
        store.declare_incident(staff.nurse, "Drill")
    incident = store.declare_incident(staff.admin, "Drill")
    with pytest.raises(PermissionDenied):
        store.tag_patient(staff.admin, incident.id, GREEN)  # administrators do not tag patients
    with pytest.raises(NotFound):
        store.retag_patient(staff.nurse, incident.id, "9999", RED)
    refused = [r for r in store.conn.execute("SELECT action FROM audit_log").fetchall()
               if r[0] == "refused"]
    assert len(refused) >= 2


def test_a_tag_edited_in_the_file_fails_verify(store_staff):
    store, staff = store_staff
    if is_postgres(store.conn):
        pytest.skip("the file edit is SQLite's; PostgreSQL refuses UPDATE on mci_tags by trigger")
    incident = store.declare_incident(staff.clinician, "Fire")
    store.tag_patient(staff.nurse, incident.id, RED, tag_number="T1")
    assert store.verify_audit().ok
    path = store.data_dir / DB_NAME
    raw = sqlite3.connect(str(path))
    raw.execute("DROP TRIGGER mci_tags_no_update")
    raw.execute("UPDATE mci_tags SET category = 'minor', computed_category = 'minor'")
    raw.commit()
    raw.close()
    result = store.verify_audit()
    assert not result.ok
    assert any("mci_tags" in p for p in result.problems)


def test_tags_are_append_only(store_staff):
    store, staff = store_staff
    incident = store.declare_incident(staff.clinician, "Flood")
    store.tag_patient(staff.nurse, incident.id, RED, tag_number="T1")
    with pytest.raises(Exception, match="append-only"):
        with store.transaction() as conn:
            conn.execute("UPDATE mci_tags SET category = 'minor'")


def test_a_retag_corrects_the_sex_and_keeps_it_otherwise(store_staff):
    store, staff = store_staff
    incident = store.declare_incident(staff.clinician, "Fire")
    store.tag_patient(staff.nurse, incident.id, YELLOW, tag_number="7", sex="F")
    kept = store.retag_patient(staff.nurse, incident.id, "7", RED)
    corrected = store.retag_patient(staff.nurse, incident.id, "7", RED, sex="M")
    assert (kept.sex, corrected.sex, corrected.version) == ("F", "M", 3)
    with pytest.raises(ValueError, match="sex"):
        store.retag_patient(staff.nurse, incident.id, "7", RED, sex="X")
    assert [t.sex for t in store.tag_history(staff.nurse, incident.id, "7")] == ["F", "F", "M"]
    assert store.verify_audit().ok
