"""Import of our JSON Lines and CSV exports into a real store: validation with line numbers,
all-or-nothing on bad files, round trips, permissions and the audit row."""

from __future__ import annotations

import json
import shutil

import pytest

from fixtures_export import ARRIVAL, MRN, NAME, PASSWORD, copy_installation, make_installation
from triage.errors import ImportError_, PermissionDenied
from triage.export import export_cases
from triage.importer import import_cases
from triage.store import CaseStore


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    installation = make_installation(tmp_path_factory.mktemp("template"))
    installation.store.close()
    return installation


@pytest.fixture
def inst(template, data_dir):
    installation = copy_installation(template, data_dir)
    yield installation
    installation.store.close()


@pytest.fixture(scope="module")
def empty_installation(tmp_path_factory):
    folder = tmp_path_factory.mktemp("empty")
    with CaseStore.open(folder) as store:
        admin = store.accounts.create_first_admin("admin2", "Admin", PASSWORD)
    return folder, admin


@pytest.fixture
def target(empty_installation, tmp_path):
    """An installation with only an administrator: a fresh copy of the files for each test."""
    folder, admin = empty_installation
    shutil.copytree(folder, tmp_path / "target")
    store = CaseStore.open(tmp_path / "target")
    yield store, admin
    store.close()


def _details(store, admin):
    return list(store.iter_cases(admin))


def test_jsonl_round_trip_restores_intake_and_suggestion(inst, target, tmp_path):
    exported = export_cases(inst.store, inst.admin, "jsonl", tmp_path / "cases.jsonl")
    store, admin = target
    result = import_cases(store, admin, exported.path)
    assert result.count == 2 and result.format == "jsonl" and not result.cancelled
    original = inst.store.case_detail(inst.clinician, inst.case_id)
    copy = next(d for d in _details(store, admin) if d.patient.name == NAME)
    assert (copy.patient.mrn, copy.patient.birth_date, copy.complaint) == \
        (MRN, original.patient.birth_date, original.complaint)
    assert copy.arrival_time == ARRIVAL and copy.arrival_mode == original.arrival_mode
    assert copy.latest_vitals.heart_rate == original.vitals[0].vitals.heart_rate
    assert copy.latest_vitals.measured_at == original.vitals[0].vitals.measured_at
    assert copy.latest_suggestion.reasons == original.suggestions[0].suggestion.reasons
    assert copy.latest_suggestion.probabilities == original.suggestions[0].suggestion.probabilities
    assert any("1 later vital sets" in w and "1 reviews" in w and "2 attachments" in w for w in result.warnings)
    audit = store.conn.execute("SELECT username, details FROM audit_log WHERE action = 'import'").fetchall()
    assert [(u, json.loads(d)["count"]) for u, d in audit] == [("admin2", 2)]


def test_csv_round_trip_of_a_deidentified_export(inst, target, tmp_path):
    exported = export_cases(inst.store, inst.admin, "csv", tmp_path / "cases.csv", deidentify=True)
    store, admin = target
    result = import_cases(store, admin, exported.path)
    assert result.count == 2 and result.format == "csv"
    ages = sorted(d.patient.age_years for d in _details(store, admin))
    assert ages == [41, 90]  # "90+" comes back as 90
    copy = next(d for d in _details(store, admin) if d.patient.age_years == 90)
    latest = inst.store.case_detail(inst.clinician, inst.case_id).latest_vitals
    assert (copy.latest_vitals.spo2, copy.latest_vitals.temperature_c) == (latest.spo2, latest.temperature_c)
    assert copy.patient.name == "" and copy.latest_suggestion is None


def test_bad_csv_rows_are_reported_with_line_numbers_and_nothing_is_saved(target, tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text(
        "complaint,age_years,heart_rate,spo2,injury\n"
        "\"chest pain,\nradiating\",54,90,97,no\n"  # a valid row spanning lines 2-3
        "headache,30,400,97,no\n"  # line 4: heart rate impossible
        ",30,80,97,no\n"  # line 5: complaint missing
        "cough,200,80,97,maybe\n"  # line 6: age and injury invalid
        "fever,40,80,99,yes\n", encoding="utf-8")
    store, admin = target
    with pytest.raises(ImportError_) as err:
        import_cases(store, admin, path)
    lines = [n for n, _ in err.value.errors]
    assert lines == [4, 5, 6]
    assert "Heart rate" in err.value.errors[0][1] and "Complaint" in err.value.errors[1][1]
    assert "injury" in err.value.errors[2][1]
    assert store.count_cases() == 0


def test_bad_jsonl_lines_are_reported(inst, target, tmp_path):
    exported = export_cases(inst.store, inst.admin, "jsonl", tmp_path / "cases.jsonl")
    good = exported.path.read_text(encoding="utf-8").splitlines()
    broken = json.loads(good[0])
    broken["suggestions"][0]["level"] = 9
    wrong_schema = {**json.loads(good[1]), "schema": "other"}
    path = tmp_path / "mixed.jsonl"
    path.write_text("\n".join([good[0], "{not json", json.dumps(broken), "", json.dumps(wrong_schema),
                               good[1]]) + "\n", encoding="utf-8")
    store, admin = target
    with pytest.raises(ImportError_) as err:
        import_cases(store, admin, path)
    assert [n for n, _ in err.value.errors] == [2, 3, 5]
    assert "level" in err.value.errors[1][1]
    assert store.count_cases() == 0


def test_only_administrators_import(inst, tmp_path):
    exported = export_cases(inst.store, inst.admin, "csv", tmp_path / "c.csv")
    before = inst.store.count_cases()
    with pytest.raises(PermissionDenied):
        import_cases(inst.store, inst.nurse, exported.path)
    assert inst.store.count_cases() == before


def test_cancelled_import_keeps_whole_cases_only(inst, target, tmp_path):
    exported = export_cases(inst.store, inst.admin, "jsonl", tmp_path / "c.jsonl")
    store, admin = target
    calls = []
    result = import_cases(store, admin, exported.path, cancelled=lambda: calls.append(1) or len(calls) > 1)
    assert result.cancelled and result.count == 1 == store.count_cases()
    case = _details(store, admin)[0]
    assert case.vitals and case.latest_suggestion is not None  # whole: vitals and suggestion saved together
