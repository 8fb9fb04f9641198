"""Imports refuse what they cannot take whole (issue 25 §6): a CSV cut inside a quoted field, a
duplicated or unknown header column, a short row, and an MRN that would rename a patient."""

from __future__ import annotations

import pytest
from fixtures_export import PASSWORD

from triage.errors import ImportError_
from triage.export.importer import import_cases
from triage.intake import Intake, Patient
from triage.store import CaseStore
from triage.store.auth import Role

TABLES = ("patients", "cases", "vital_sets")


@pytest.fixture
def target(tmp_path):
    store = CaseStore(tmp_path / "target")
    admin = store.accounts.create_first_admin("admin", "Admin", PASSWORD)
    yield store, admin
    store.close()


def _count(store, table):
    return store.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def _refused(store, admin, path, **kw):
    with pytest.raises(ImportError_) as err:
        import_cases(store, admin, path, **kw)
    assert all(_count(store, t) == 0 for t in TABLES)
    return err.value.errors


def test_a_csv_truncated_inside_a_quoted_field_is_refused_naming_row_and_column(target, tmp_path):
    store, admin = target
    path = tmp_path / "cut.csv"
    path.write_text("complaint,age_years,heart_rate,spo2\n"
                    "cough,30,80,97\n"
                    "\"chest pain, radiating to the", encoding="utf-8")
    (line, message), = _refused(store, admin, path)
    assert line == 3 and "'complaint'" in message and "truncated" in message


def test_a_row_with_fewer_cells_than_the_header_is_refused(target, tmp_path):
    store, admin = target
    path = tmp_path / "short.csv"
    path.write_text("complaint,age_years,heart_rate,spo2\ncough,30,80,97\nfever,40\n", encoding="utf-8")
    (line, message), = _refused(store, admin, path)
    assert line == 3 and "'heart_rate'" in message


def test_a_duplicated_header_column_is_refused(target, tmp_path):
    store, admin = target
    path = tmp_path / "twice.csv"
    path.write_text("complaint,age_years,spo2,spo2\ncough,30,97,80\n", encoding="utf-8")
    (line, message), = _refused(store, admin, path)
    assert line == 1 and "'spo2' twice" in message


def test_an_unknown_column_is_refused(target, tmp_path):
    store, admin = target
    path = tmp_path / "unknown.csv"
    path.write_text("complaint,age_years,blood_group\ncough,30,0+\n", encoding="utf-8")
    (line, message), = _refused(store, admin, path)
    assert line == 1 and "'blood_group'" in message


def test_an_mrn_of_another_patient_is_refused_unless_merge_patients(target, tmp_path):
    store, admin = target
    nurse = store.accounts.create_user(admin, "nurse", "Nurse", PASSWORD, {Role.NURSE})
    store.create_case(nurse, Intake(patient=Patient(name="Kim Minji", age_years=40, mrn="M-1",
                                                    phone="010-1111"), complaint="cough"), None)
    path = tmp_path / "rename.csv"
    path.write_text("complaint,age_years,name,mrn,phone\nfever,40,Lee Jisoo,M-1,010-9999\n", encoding="utf-8")
    with pytest.raises(ImportError_) as err:
        import_cases(store, admin, path)
    (line, message), = err.value.errors
    assert line == 2 and "M-1" in message and "--merge-patients" in message
    assert store.conn.execute("SELECT name, phone FROM patients").fetchall() == [("Kim Minji", "010-1111")]
    assert _count(store, "cases") == 1
    result = import_cases(store, admin, path, merge_patients=True)
    assert result.count == 1
    assert store.conn.execute("SELECT name FROM patients").fetchall() == [("Lee Jisoo",)]


def test_the_same_patient_again_still_imports(target, tmp_path):
    store, admin = target
    path = tmp_path / "again.csv"
    path.write_text("complaint,age_years,name,mrn\nfever,40,Lee Jisoo,M-2\ncough,40,Lee Jisoo,M-2\n",
                    encoding="utf-8")
    assert import_cases(store, admin, path).count == 2
    assert _count(store, "patients") == 1
