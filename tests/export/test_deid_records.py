"""De-identified exports: planted identifiers must not appear in any byte of any output file."""

from __future__ import annotations

import json
from datetime import datetime, timedelta

import pydicom
import pytest
from PIL import Image
from reportlab import rl_config

from fixtures_export import leaks, inst, template  # noqa: F401 - fixtures
from triage.export.deid_records import CaseDeidentifier, age_group
from triage.export import export_cases

FORMATS = (("csv", "out.csv"), ("jsonl", "out.jsonl"), ("fhir", "out.ndjson"), ("pdf", "out.pdf"),
           ("pdf", "per_case"))




@pytest.mark.parametrize("fmt,name", FORMATS)
def test_no_identifier_survives_in_any_output_byte(inst, tmp_path, monkeypatch, fmt, name):
    monkeypatch.setattr(rl_config, "pageCompression", 0)  # PDF text stays greppable
    plain = export_cases(inst.store, inst.admin, fmt, tmp_path / "plain" / name)
    # The search works: the same export without de-identification shows the planted values.
    assert {needle for _, needle in leaks(plain.paths)} >= {"Smithfield", "Quist"}
    result = export_cases(inst.store, inst.admin, fmt, tmp_path / "deid" / name, deidentify=True)
    assert result.deidentified and result.count == 2
    assert leaks(result.paths) == []


def test_dicom_and_photo_files_are_cleaned(inst, tmp_path):
    result = export_cases(inst.store, inst.admin, "jsonl", tmp_path / "d.jsonl", deidentify=True)
    record = json.loads(result.path.read_text(encoding="utf-8").splitlines()[0])
    dicom, photo = record["attachments"]
    ds = pydicom.dcmread(tmp_path / dicom["file"])
    assert str(ds.PatientName) == record["patient"]["ref"] and ds.PatientID == record["patient"]["ref"]
    assert not ds.get("PatientBirthDate")
    assert dicom["name"] == "attachment-1" and dicom["assessment"]["attachment_sha256"] == ""
    with Image.open(tmp_path / photo["file"]) as img:
        assert not img.info.get("Author") and not img.info.get("Comment")


def test_pseudonyms_and_date_shifts_are_consistent_within_one_export(inst, tmp_path):
    result = export_cases(inst.store, inst.admin, "jsonl", tmp_path / "d.jsonl", deidentify=True)
    recs = [json.loads(line) for line in result.path.read_text(encoding="utf-8").splitlines()]
    first = next(r for r in recs if r["patient"]["age"] == "90+")
    assert first["patient"]["name"] == first["patient"]["mrn"] == first["patient"]["phone"] == ""
    assert first["patient"]["birth_date"] is None
    case = inst.store.case_detail(inst.clinician, inst.case_id)
    shift = datetime.fromisoformat(first["arrival_time"]) - case.arrival_time
    assert shift != timedelta(0) and shift.seconds == 0 and abs(shift.days) <= 365
    # Every date of the patient moves by the same offset, so intervals survive.
    for exported, original in ((first["vitals"][1]["measured_at"], case.vitals[1].vitals.measured_at),
                               (first["reviews"][0]["signed_at"], case.reviews[0].signed_at),
                               (first["notes"][0]["created_at"], case.notes[0].created_at)):
        assert datetime.fromisoformat(exported) - original == shift
    assert first["vitals"][0]["recorded_by"] == first["vitals"][1]["recorded_by"] != "nurse1"
    assert first["complaint"] == "[NAME] fell at home on [DATE], daughter on [PHONE], ref [ID]"
    assert first["notes"][0]["text"] == "Daughter of [NAME] called from [PHONE]"
    again = export_cases(inst.store, inst.admin, "jsonl", tmp_path / "e.jsonl", deidentify=True)
    refs = {json.loads(line)["patient"]["ref"] for line in again.path.read_text(encoding="utf-8").splitlines()}
    assert first["patient"]["ref"] not in refs  # unlinkable across exports


def test_case_deidentifier_is_keyed_and_deterministic():
    a, b = CaseDeidentifier(b"k" * 32), CaseDeidentifier(b"k" * 32)
    other = CaseDeidentifier(b"x" * 32)
    assert a.patient_ref(7) == b.patient_ref(7) != a.patient_ref(8)
    assert a.patient_ref(7) != other.patient_ref(7)
    shifts = {a.shift_days(i) for i in range(500)}
    assert 0 not in shifts and min(shifts) >= -365 and max(shifts) <= 365 and len(shifts) > 100


@pytest.mark.parametrize("age,text", [(None, ""), (0, "0"), (89, "89"), (90, "90+"), (104, "90+")])
def test_age_group(age, text):
    assert age_group(age) == text
