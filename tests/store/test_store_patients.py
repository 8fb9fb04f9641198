"""Finding a patient at intake and linking cases to them, on real SQLite files (issue 2 / 5)."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import replace
from datetime import date

import pytest
from helpers_store import intake, minutes_ago, store_staff, suggestion, template_db  # noqa: F401
from sqlite_utils import Database

from triage.store import migrations
from triage.errors import NotFound, PatientConflict, PermissionDenied
from triage.intake import Patient, Sex
from triage.records import WorklistQuery
from triage.store import DB_NAME, CaseStore


def _patient_count(store: CaseStore) -> int:
    return store.conn.execute("SELECT count(*) FROM patients").fetchone()[0]


def test_find_patients_by_name_mrn_and_phone_with_case_counts(store_staff):
    store, staff = store_staff
    anna = replace(intake("cough", name="Anna Lindqvist", mrn="H-1001", arrival=minutes_ago(90)),
                   patient=Patient(name="Anna Lindqvist", age_years=71, sex=Sex.FEMALE, mrn="H-1001",
                                   phone="+46 (70) 123-4567"))
    first = store.create_case(staff.nurse, anna, suggestion(3))
    store.create_case(staff.nurse, replace(anna, complaint="fever", arrival_time=minutes_ago(10)), None)
    store.create_case(staff.nurse, intake("sprain", name="Bo Anders", mrn="H-2002"), None)
    assert _patient_count(store) == 2  # the second visit found Anna by her MRN

    by_name = store.find_patients(staff.nurse, "lindq")
    assert [m.patient.name for m in by_name] == ["Anna Lindqvist"]
    match = by_name[0]
    assert match.patient_id == store.case_detail(staff.nurse, first).patient_id
    assert match.case_count == 2 and match.last_arrival is not None
    assert abs((match.last_arrival - minutes_ago(10)).total_seconds()) < 60
    assert [m.patient.mrn for m in store.find_patients(staff.nurse, "h-2002")] == ["H-2002"]
    assert [m.patient.name for m in store.find_patients(staff.nurse, "701234567")] == ["Anna Lindqvist"]
    assert store.find_patients(staff.nurse, "a") == []  # too short to mean anything
    assert store.find_patients(staff.nurse, "100%") == []  # LIKE wildcards are literal
    assert len(store.find_patients(staff.nurse, "an", limit=1)) == 1
    with pytest.raises(PermissionDenied):
        store.find_patients(staff.admin, "anna")


def test_exact_mrn_ranks_before_names_that_contain_it(store_staff):
    store, staff = store_staff
    store.create_case(staff.nurse, intake("a", name="Carl X12", mrn="X12-9"), None)
    store.create_case(staff.nurse, intake("b", name="Dora Berg", mrn="X12"), None)
    assert [m.patient.mrn for m in store.find_patients(staff.nurse, "x12")] == ["X12", "X12-9"]


def test_case_for_a_picked_patient_adds_a_revision_instead_of_overwriting(store_staff):
    store, staff = store_staff
    first = store.create_case(staff.nurse, intake("cough", name="Eva Holm", mrn="H-7"), None)
    pid = store.case_detail(staff.nurse, first).patient_id
    moved = replace(intake("fall", name="Eva Holm-Berg", mrn="H-7"),
                    patient=Patient(name="Eva Holm-Berg", age_years=58, sex=Sex.FEMALE, mrn="H-7",
                                    phone="555-0101"))
    second = store.create_case(staff.nurse, moved, suggestion(4), patient_id=pid)
    again = store.create_case(staff.nurse, replace(moved, patient=Patient(age_years=58)), None,
                              patient_id=pid)  # blanks never erase what is known

    assert _patient_count(store) == 1
    old, new, third = (store.case_detail(staff.nurse, c) for c in (first, second, again))
    assert old.patient_id == new.patient_id == third.patient_id == pid
    assert third.patient.name == "Eva Holm-Berg" and third.patient.phone == "555-0101"
    (rev,) = new.revisions
    assert (rev.kind, rev.case_id, rev.revised_by, rev.fields) == ("link", second, "nurse",
                                                                   ("name", "phone"))
    assert rev.previous == {"name": "Eva Holm", "phone": ""}
    assert rev.values == {"name": "Eva Holm-Berg", "phone": "555-0101"}
    assert old.revisions == new.revisions  # the first case shows its patient's change too
    # the worklist search follows the new name on every case of the patient
    hits = store.worklist(staff.nurse, WorklistQuery(search="holm-berg"))
    assert {h.case_id for h in hits} == {first, second, again}
    audit = store.audit_entries(staff.admin, action="case.create")[0]
    assert audit.object_id == str(again) and audit.details["patient_id"] == pid
    assert "Eva" not in json.dumps(audit.details)


def test_conflicting_mrn_or_unknown_patient_is_refused_and_saves_nothing(store_staff):
    store, staff = store_staff
    a = store.case_detail(staff.nurse, store.create_case(staff.nurse, intake(mrn="M-A"), None))
    store.create_case(staff.nurse, intake(name="Other", mrn="M-B"), None)
    cases = store.count_cases()
    with pytest.raises(PatientConflict, match="M-B"):
        store.create_case(staff.nurse, intake(mrn="M-B"), None, patient_id=a.patient_id)
    with pytest.raises(NotFound):
        store.create_case(staff.nurse, intake(mrn=""), None, patient_id=999_999)
    assert store.count_cases() == cases and _patient_count(store) == 2
    assert store.verify_audit().ok


def test_mrn_is_unique_and_blank_mrns_stay_separate_people(store_staff):
    store, staff = store_staff
    store.create_case(staff.nurse, intake(name="Unknown 1", mrn=""), None)
    store.create_case(staff.nurse, intake(name="Unknown 2", mrn=""), None)
    store.seed_cases([(intake("bulk", name="Same Person", mrn="S-1"), None)] * 3, demo=False,
                     actor=staff.nurse)
    assert _patient_count(store) == 3
    with pytest.raises(sqlite3.IntegrityError):
        store.conn.execute("INSERT INTO patients (mrn, created_at) VALUES ('S-1', 'x')")


def test_migration_merges_duplicate_mrns_and_keeps_every_old_value(data_dir):
    """An installation from before m002 (one patient row per case) upgrades without loss."""
    conn = sqlite3.connect(str(data_dir / DB_NAME), isolation_level=None)
    db = Database(conn)
    migrations.MIGRATIONS.apply(db, stop_before="m002_patient_identity_and_revisions")
    rows = [(1, "Old Name", "1950-02-03", "R-1", "111"), (2, "New Name", "1950-02-03", "R-1", "222"),
            (3, "Someone", None, "R-2", "")]
    for pid, name, born, mrn, phone in rows:
        conn.execute("INSERT INTO patients (id, name, birth_date, mrn, phone, created_at) "
                     "VALUES (?, ?, ?, ?, ?, 'then')", (pid, name, born, mrn, phone))
        conn.execute("INSERT INTO cases (patient_id, complaint, arrival_time, arrival_mode, status, "
                     "is_open, created_by, created_at, updated_at) VALUES (?, 'c', ?, 'unknown', "
                     "'waiting', 1, 'n', 'then', 'then')", (pid, f"2026-01-0{pid}"))
    conn.close()

    with CaseStore(data_dir) as store:
        assert store.backup_path is not None and store.backup_path.exists()
        patients = store.conn.execute("SELECT id, name, phone FROM patients ORDER BY id").fetchall()
        assert patients == [(2, "New Name", "222"), (3, "Someone", "")]
        assert [r[0] for r in store.conn.execute("SELECT patient_id FROM cases ORDER BY id")] == [2, 2, 3]
        (kind, pid, previous), = store.conn.execute(
            "SELECT kind, patient_id, previous FROM intake_revisions").fetchall()
        assert (kind, pid) == ("merge", 2)
        assert json.loads(previous) == {"patient_id": 1, "name": "Old Name", "birth_date": "1950-02-03",
                                        "age_years": None, "sex": "U", "mrn": "R-1", "phone": "111"}
        assert store.conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert migrations.pending(store.db) == []
        assert store.conn.execute("SELECT count(*) FROM cases").fetchone()[0] == 3


def test_patient_reads_current_demographics(store_staff):
    store, staff = store_staff
    case_id = store.create_case(staff.nurse, replace(intake(mrn="P-9"), patient=Patient(
        name="Ivo Sand", birth_date=date(1980, 5, 6), sex=Sex.MALE, mrn="P-9")), None)
    pid = store.case_detail(staff.nurse, case_id).patient_id
    assert store.patient(staff.nurse, pid) == Patient(name="Ivo Sand", birth_date=date(1980, 5, 6),
                                                      sex=Sex.MALE, mrn="P-9")
    with pytest.raises(NotFound):
        store.patient(staff.nurse, pid + 100)
