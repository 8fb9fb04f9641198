"""Editing an intake on a real database: every edit is a revision, the original is never lost."""

from __future__ import annotations

import json

import pytest
from helpers_store import intake, store_staff, suggestion, template_db  # noqa: F401

from triage.errors import CaseClosed, InvalidIntake, NotFound, PatientConflict, PermissionDenied
from triage.intake import ArrivalMode, Sex
from triage.records import Decision, IntakeChange, WorklistQuery


def _audit(store, staff, action):
    return store.audit_entries(staff.admin, action=action)


def test_nurse_edit_keeps_the_original_in_a_revision(store_staff):
    store, staff = store_staff
    case_id = store.create_case(staff.nurse, intake("chest pain radiating to jaw"), suggestion(2))
    rev1 = store.update_intake(staff.nurse, case_id, IntakeChange(
        complaint="chest pain radiating to left arm", arrival_mode="ambulance", injury="yes"))
    rev2 = store.update_intake(staff.nurse2, case_id, IntakeChange(name="Test Patient-Ek", sex="M",
                                                                   phone="555 0199"))
    d = store.case_detail(staff.nurse, case_id)
    assert (d.complaint, d.arrival_mode, d.injury) == ("chest pain radiating to left arm",
                                                       ArrivalMode.AMBULANCE, True)
    assert (d.patient.name, d.patient.sex, d.patient.phone) == ("Test Patient-Ek", Sex.MALE, "555 0199")
    first, second = d.revisions
    assert (first.id, first.kind, first.revised_by, first.fields) == (
        rev1, "edit", "nurse", ("arrival_mode", "complaint", "injury"))
    assert first.previous == {"complaint": "chest pain radiating to jaw", "arrival_mode": "walk_in",
                              "injury": False}
    assert first.values["complaint"] == "chest pain radiating to left arm"
    assert (second.id, second.revised_by, second.fields) == (rev2, "nurse2", ("name", "phone", "sex"))
    assert second.previous == {"name": "Test Patient", "sex": "F", "phone": ""}
    # vitals and suggestion are untouched; the worklist search follows the edit
    assert d.latest_vitals.heart_rate == 104 and d.latest_suggestion.level == 2
    assert [c.case_id for c in store.worklist(staff.nurse, WorklistQuery(search="left arm"))] == [case_id]
    assert store.worklist(staff.nurse, WorklistQuery(search="radiating to jaw")) == []
    # the audit names the fields, never their clinical text
    rows = _audit(store, staff, "case.edit_intake")
    assert [(r.username, r.details["fields"]) for r in reversed(rows)] == [
        ("nurse", ["arrival_mode", "complaint", "injury"]), ("nurse2", ["name", "phone", "sex"])]
    assert "arm" not in json.dumps([r.details for r in rows]) and store.verify_audit().ok
    # revisions are append-only
    with pytest.raises(Exception, match="append-only"):
        store.conn.execute("UPDATE intake_revisions SET previous = '{}'")


def test_admin_is_refused_and_the_refusal_is_audited(store_staff):
    store, staff = store_staff
    case_id = store.create_case(staff.nurse, intake(), None)
    with pytest.raises(PermissionDenied):
        store.update_intake(staff.admin, case_id, IntakeChange(complaint="changed"))
    refused = _audit(store, staff, "refused")[0]
    assert (refused.username, refused.object_id, refused.details["permission"]) == (
        "admin", str(case_id), "intake")
    assert store.case_detail(staff.nurse, case_id).revisions == ()


def test_clinician_may_edit_but_not_a_closed_case(store_staff):
    store, staff = store_staff
    case_id = store.create_case(staff.nurse, intake(), suggestion(3))
    store.update_intake(staff.clinician, case_id, IntakeChange(injury="no", arrival_mode="helicopter"))
    store.review(staff.clinician, case_id, Decision.ACCEPT, 3)
    store.close_case(staff.clinician, case_id)
    with pytest.raises(CaseClosed):
        store.update_intake(staff.nurse, case_id, IntakeChange(complaint="too late"))
    d = store.case_detail(staff.nurse, case_id)
    assert d.complaint == "chest pain radiating to jaw" and len(d.revisions) == 1
    assert d.revisions[0].fields == ("arrival_mode",)  # injury was already "no": not a change
    with pytest.raises(NotFound):
        store.update_intake(staff.nurse, 999_999, IntakeChange(complaint="x"))


@pytest.mark.parametrize("change, field", [
    (IntakeChange(complaint=""), "complaint"),
    (IntakeChange(age_years="130"), "age_years"),
    (IntakeChange(age_years=""), "age_years"),  # neither age nor birth date left
    (IntakeChange(birth_date="03/04/1961"), "birth_date"),
    (IntakeChange(arrival_mode="teleport"), "arrival_mode"),
    (IntakeChange(injury="maybe"), "injury"),
    (IntakeChange(sex="X"), "sex"),
])
def test_invalid_value_names_the_field_and_changes_nothing(store_staff, change, field):
    store, staff = store_staff
    case_id = store.create_case(staff.nurse, intake(), None)
    before = store.case_detail(staff.nurse, case_id)
    with pytest.raises(InvalidIntake) as info:
        store.update_intake(staff.nurse, case_id, change)
    assert [e.field for e in info.value.errors] == [field]
    assert store.case_detail(staff.nurse, case_id) == before
    assert _audit(store, staff, "case.edit_intake") == []


def test_no_change_and_taken_mrn_are_refused(store_staff):
    store, staff = store_staff
    case_id = store.create_case(staff.nurse, intake(mrn="E-1"), None)
    store.create_case(staff.nurse, intake(name="Someone Else", mrn="E-2"), None)
    with pytest.raises(ValueError, match="changes nothing"):
        store.update_intake(staff.nurse, case_id, IntakeChange(complaint="chest pain radiating to jaw"))
    with pytest.raises(PatientConflict, match="E-2"):
        store.update_intake(staff.nurse, case_id, IntakeChange(mrn="E-2"))
    store.update_intake(staff.nurse, case_id, IntakeChange(mrn="E-3", birth_date="1966-01-02"))
    d = store.case_detail(staff.nurse, case_id)
    assert d.patient.mrn == "E-3" and d.patient.birth_date.isoformat() == "1966-01-02"
    assert d.revisions[-1].previous == {"mrn": "E-1", "birth_date": None}


def test_patient_edit_shows_on_the_patients_other_case_without_its_complaint(store_staff):
    store, staff = store_staff
    first = store.create_case(staff.nurse, intake("headache", mrn="K-1"), None)
    second = store.create_case(staff.nurse, intake("back pain", mrn="K-1"), None)
    store.update_intake(staff.nurse, second, IntakeChange(complaint="low back pain", name="Kim Ny"))
    other = store.case_detail(staff.nurse, first)
    assert other.patient.name == "Kim Ny" and other.complaint == "headache"
    (rev,) = other.revisions
    assert rev.case_id == second and rev.fields == ("name",) and "complaint" not in rev.previous
    assert store.case_detail(staff.nurse, second).revisions[0].fields == ("complaint", "name")
