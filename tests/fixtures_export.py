"""A real installation with identifying values planted everywhere, for the export/import tests.

Test modules import the ``template`` (module-scoped) and ``inst`` (a fresh copy per test) fixtures."""

from __future__ import annotations

import io
import shutil
from dataclasses import dataclass, replace
from datetime import date, datetime, timezone
from pathlib import Path

import pydicom
import pytest
from PIL import Image
from PIL.PngImagePlugin import PngInfo
from pydicom.data import get_testdata_file

from triage.intake import parse_intake, parse_vitals
from triage.records import Decision, NewAttachment, Role, User
from triage.store import CaseStore
from triage.suggestion import ImageAssessment, Reason, Suggestion

PASSWORD = "correct horse battery"
NAME = "Johanna Smithfield"
MRN = "MRN7734921"
PHONE = "+1 555 867 5309"
BIRTH = date(1931, 5, 17)  # over 89 at arrival: the age must be grouped
ARRIVAL = datetime(2023, 6, 15, 8, 30, tzinfo=timezone.utc)
OTHER_NAME = "Bartholomew Quist"
# Every spelling of the planted values that must not survive de-identification.
IDENTIFIERS = ("Smithfield", "Johanna", "MRN7734921", "7734921", "867 5309", "867-5309", "8675309",
               "1931-05-17", "19310517", "Quist", "Bartholomew", "2023-06-15", "20230615")


@dataclass
class Installation:
    store: CaseStore
    admin: User
    nurse: User
    clinician: User
    case_id: int
    other_case_id: int


def dicom_with_identifiers() -> bytes:
    """pydicom's real CT test file with the patient's name, ID and birth date written into it."""
    ds = pydicom.dcmread(get_testdata_file("CT_small.dcm"))
    ds.PatientName = "Smithfield^Johanna"
    ds.PatientID = MRN
    ds.PatientBirthDate = "19310517"
    ds.StudyDate = "20230615"
    out = io.BytesIO()
    ds.save_as(out)
    return out.getvalue()


def photo_with_metadata() -> bytes:
    meta = PngInfo()
    meta.add_text("Author", NAME)
    meta.add_text("Comment", f"{MRN} {PHONE}")
    out = io.BytesIO()
    Image.new("RGB", (64, 48), (200, 120, 90)).save(out, format="PNG", pnginfo=meta)
    return out.getvalue()


def saliency_png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (32, 32), (255, 0, 0)).save(out, format="PNG")
    return out.getvalue()


def suggestion(level: int, words: list) -> Suggestion:
    reasons = (
        Reason(kind="rule", code="spo2_low", title="SpO2 below 92%", detail="SpO2 89 % on room air",
               level_floor=2, weight=1.0, values={"spo2": 89}, source="KTAS 2016"),
        Reason(kind="words", code="words", title="Words that weighed", weight=0.4, values={"words": words}),
    )
    probs = {1: 0.05, 2: 0.6, 3: 0.25, 4: 0.07, 5: 0.03}
    return Suggestion(level=level, confidence=probs[level], reasons=reasons, probabilities=probs,
                      rule_floor=2, model_level=3, uncertainty="between level 2 and 3",
                      versions={"engine": "1.0.0", "text_model": "ktas-minilm 0.3"})


def make_installation(data_dir: Path) -> Installation:
    store = CaseStore(data_dir)
    accounts = store.accounts
    admin = accounts.create_first_admin("admin", "Admin", PASSWORD)
    nurse = accounts.create_user(admin, "nurse1", "Nurse One", PASSWORD, {Role.NURSE})
    clinician = accounts.create_user(admin, "doc1", "Doctor One", PASSWORD, {Role.CLINICIAN})
    intake = parse_intake({
        "name": NAME, "birth_date": BIRTH.isoformat(), "sex": "F", "mrn": MRN, "phone": PHONE,
        "complaint": f"{NAME} fell at home on 2023-06-14, daughter on 555-867-5309, ref {MRN}",
        "heart_rate": "112", "resp_rate": "24", "sbp": "92", "dbp": "60", "spo2": "89",
        "temperature": "38.6", "pain": "7", "avpu": "V", "gcs": "13", "arrival_mode": "ambulance",
        "injury": True}, today=date(2023, 6, 15))
    intake = replace(intake, arrival_time=ARRIVAL, vitals=replace(intake.vitals, measured_at=ARRIVAL))
    assessment = ImageAssessment(assessed=True, reason="chest radiograph in scope", probability=0.81,
                                 finding="possible pneumonia", model_version="cnn 0.2",
                                 saliency_png=saliency_png())
    attachments = [
        NewAttachment(data=dicom_with_identifiers(), original_name="smithfield_ct.dcm", kind="dicom",
                      modality="CT", body_part="CHEST", view="AX", assessment=assessment),
        NewAttachment(data=photo_with_metadata(), original_name="johanna_wound.png", kind="photo",
                      modality="XC", body_part="LEG"),
    ]
    case_id = store.create_case(nurse, intake, suggestion(2, [["smithfield", 0.3], ["fell", 0.2]]),
                                attachments)
    later = parse_vitals({"heart_rate": 104, "resp_rate": 22, "sbp": 100, "dbp": 64, "spo2": 93,
                          "temperature": 38.1, "pain": 5, "avpu": "A"}, measured_at=ARRIVAL.replace(hour=9))
    store.retriage(nurse, case_id, later, suggestion(3, [["fell", 0.2]]))
    store.add_note(nurse, case_id, f"Daughter of Johanna called from {PHONE}")
    store.start_review(clinician, case_id)
    store.review(clinician, case_id, Decision.OVERRIDE, 2, "Mrs Smithfield looks worse than the vitals")
    other = parse_intake({"name": OTHER_NAME, "age_years": "41", "sex": "M", "complaint": "cut finger",
                          "heart_rate": "80", "spo2": "98"})
    other = replace(other, arrival_time=ARRIVAL.replace(hour=11))
    other_id = store.create_case(nurse, other, None)
    return Installation(store, admin, nurse, clinician, case_id, other_id)


def copy_installation(template: Installation, data_dir: Path) -> Installation:
    """A fresh copy (database file and attachments) of a closed template installation.

    Creating accounts hashes passwords with argon2 (about 0.6 s each), so the tests build one
    installation per module and give every test its own copy of the files.
    """
    shutil.copytree(template.store.data_dir, data_dir, dirs_exist_ok=True)
    return replace(template, store=CaseStore(data_dir))


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


def all_output_bytes(paths) -> dict[Path, bytes]:
    """Every file an export wrote, folders walked."""
    out: dict[Path, bytes] = {}
    for p in paths:
        p = Path(p)
        files = [f for f in p.rglob("*") if f.is_file()] if p.is_dir() else [p]
        out.update({f: f.read_bytes() for f in files})
    return out


def leaks(paths) -> list[tuple[str, str]]:
    """(file name, identifier) for each planted identifier found in any output byte, any case."""
    found = []
    for path, data in all_output_bytes(paths).items():
        low = data.lower()
        found += [(path.name, needle) for needle in IDENTIFIERS if needle.lower().encode() in low]
    return found
