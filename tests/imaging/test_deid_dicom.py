"""PS3.15 basic-profile de-identification of real DICOM files: nothing listed survives."""

from __future__ import annotations

import io
from datetime import date, timedelta
from pathlib import Path

import numpy as np
import pydicom
import pytest
from pydicom.data import get_testdata_file
from pydicom.datadict import dictionary_VR, keyword_for_tag, tag_for_keyword
from pydicom.dataset import Dataset
from pydicom.sequence import Sequence

from triage.imaging.deid import BASIC_PROFILE, UidMap, basic_profile_tags, deidentify_dataset_bytes, deidentify_dicom
from triage.errors import DicomReadError
from triage.imaging import read_image

MARK = "SECRETJOHN"
ACTIONS = {"D", "Z", "X", "U", "Z/D", "X/Z", "X/D", "X/Z/D", "X/Z/U*"}


def dicom_bytes(name: str) -> bytes:
    path = get_testdata_file(name, download=False)
    assert path is not None, name
    return Path(path).read_bytes()


def parse(data: bytes) -> pydicom.Dataset:
    return pydicom.dcmread(io.BytesIO(data))


def to_bytes(ds: pydicom.Dataset) -> bytes:
    out = io.BytesIO()
    ds.save_as(out, enforce_file_format=True)
    return out.getvalue()


def marker_value(vr: str, n: int):
    """An identifying-looking value of the right VR; every text one contains MARK."""
    vr = vr.split(" or ")[0]
    if vr in ("AE", "CS", "SH"):
        return MARK[:10] + str(n % 100)
    if vr in ("LO", "LT", "ST", "UT", "UC"):
        return f"{MARK} lives at 1 Secret Road {n}"
    if vr == "PN":
        return f"{MARK}^Doe{n}"
    if vr == "DA":
        return "19750704"
    if vr == "DT":
        return "19750704101010"
    if vr == "TM":
        return "101010"
    if vr == "UI":
        return f"1.2.3.999.{n}"
    if vr in ("IS", "SL", "SS", "UL", "US", "SV", "UV"):
        return 7 if vr != "IS" else "7"
    if vr in ("DS", "FL", "FD"):
        return 1.5 if vr != "DS" else "1.5"
    if vr == "AS":
        return "042Y"
    if vr == "UR":
        return f"http://{MARK.lower()}.example/{n}"
    if vr == "AT":
        return 0x00100010
    return MARK.encode() + b"!!"  # OB, OW, UN, ...


def item(n: int) -> Dataset:
    inner = Dataset()
    inner.PatientName = f"{MARK}^Inner{n}"
    inner.ReferencedSOPInstanceUID = f"1.2.3.888.{n}"
    inner.StudyDate = "19750704"
    inner.OperatorsName = f"{MARK}^Operator"
    return inner


def add_every_listed_attribute(ds: Dataset, offset: int = 0) -> None:
    for n, keyword in enumerate(sorted(BASIC_PROFILE), start=offset):
        tag = tag_for_keyword(keyword)
        vr = dictionary_VR(tag).split(" or ")[0]
        if tag >> 16 == 0x0002 or keyword == "PixelData":
            continue
        if vr == "SQ":
            ds.add_new(tag, vr, Sequence([item(n)]))
        else:
            ds.add_new(tag, vr, marker_value(vr, n))


def unlisted_keywords(vr: str, count: int = 3) -> list[str]:
    """Standard attributes of a VR that Table E.1-1 does not list (the VR rules must catch them)."""
    from pydicom.datadict import DicomDictionary

    found = [entry[4] for tag, entry in sorted(DicomDictionary.items())
             if entry[0] == vr and entry[4] and entry[4] not in BASIC_PROFILE
             and tag >> 16 not in (0x0000, 0x0002, 0x0008) and "Retired" not in entry[3]
             and "Class" not in entry[4] and "TransferSyntax" not in entry[4]]
    return found[:count]


@pytest.fixture
def loaded() -> bytes:
    """A real CT file carrying every listed attribute, top-level and nested, plus private data."""
    ds = parse(dicom_bytes("CT_small.dcm"))
    add_every_listed_attribute(ds)
    nested = Dataset()
    add_every_listed_attribute(nested, offset=1000)
    ds.add_new(0x00400260, "SQ", Sequence([nested]))  # PerformedProtocolCodeSequence: not listed
    block = ds.private_block(0x0011, "ACME SECRETS", create=True)
    block.add_new(0x01, "LO", f"{MARK} private")
    ds.add_new(0x60003000, "OW", b"\x01\x02" * 8)  # overlay data
    ds.add_new(0x60004000, "LT", f"{MARK} overlay comment")
    ds.add_new(0x50000000 | 0x3000, "OW", b"\x01\x02")  # curve data (retired)
    for n, keyword in enumerate(k for vr in ("PN", "DA", "DT", "TM", "UI") for k in unlisted_keywords(vr)):
        ds.add_new(tag_for_keyword(keyword), dictionary_VR(tag_for_keyword(keyword)),
                   marker_value(dictionary_VR(tag_for_keyword(keyword)), 2000 + n))
    ds.file_meta.SourceApplicationEntityTitle = "SECRETAE"
    ds.preamble = MARK.encode() * 12 + b"\x00" * 8
    return to_bytes(ds)


def walk(ds: Dataset, depth: int = 0):
    """Every element with its nesting depth, sequences included."""
    for elem in ds:
        yield depth, elem
        if elem.VR == "SQ":
            for sub in elem.value:
                yield from walk(sub, depth + 1)


def test_table_keywords_and_actions_are_valid():
    assert len(BASIC_PROFILE) > 250
    assert set(BASIC_PROFILE.values()) <= ACTIONS
    table = basic_profile_tags()
    assert len(table) == len(BASIC_PROFILE)
    # Spot checks against PS3.15 Table E.1-1.
    assert table[0x00100010] == "Z" and table[0x00100020] == "Z"  # PatientName, PatientID
    assert table[0x0020000D] == "U" and table[0x00080018] == "U"  # Study/SOP Instance UID
    assert table[0x00080080] == "X/Z/D" and table[0x00101010] == "X"  # Institution, Age
    assert table[0x00880200] == "X"  # Icon Image Sequence


def test_no_listed_attribute_survives_anywhere(loaded):
    original = parse(loaded)
    result = deidentify_dicom(loaded, pseudonym="P-7")
    out = parse(result.data)
    table = basic_profile_tags()
    originals = {e.tag: e.value for _, e in walk(original)}
    for depth, elem in walk(out):
        action = table.get(int(elem.tag))
        if action is None:
            continue
        name = keyword_for_tag(elem.tag)
        assert "X" not in action or "Z" in action or "D" in action or "U" in action, name
        value = elem.value
        if elem.VR == "SQ":
            continue
        if name in ("PatientName", "PatientID") and depth == 0:
            assert str(value) == "P-7"
        elif action == "U" or elem.VR == "UI":
            assert value != originals.get(elem.tag) and str(value).startswith("2.25."), name
        elif action == "Z":
            assert value in ("", None, b""), name
        else:
            assert value != originals.get(elem.tag) or value in ("", None), name
    removed = [k for k, a in BASIC_PROFILE.items() if a == "X"]
    present = {keyword_for_tag(e.tag) for _, e in walk(out)}
    assert not set(removed) & present
    assert not any(e.tag.is_private for _, e in walk(out))
    assert not any(e.tag.group & 0xFF00 in (0x5000, 0x6000) for _, e in walk(out))
    assert MARK.encode() not in result.data
    # The new 2.25.<decimal uuid> UIDs are random digits: "101010" turns up in about 1 run in 1,000.
    # Take the output's own UIDs out of the bytes first, so the scan looks only at what could leak.
    new_uids = {str(e.value).encode() for _, e in walk(out) if e.VR == "UI" and e.value}
    new_uids |= {str(e.value).encode() for e in out.file_meta if e.VR == "UI" and e.value}
    scanned = result.data
    for uid in sorted(new_uids, key=len, reverse=True):
        if uid.startswith(b"2.25."):
            scanned = scanned.replace(uid, b"")
    assert b"19750704" not in scanned and b"101010" not in scanned
    assert b"SECRETAE" not in result.data
    assert b"1.2.3.999." not in result.data and b"1.2.3.888." not in result.data
    for uid in (original.StudyInstanceUID, original.SeriesInstanceUID, original.SOPInstanceUID):
        assert uid.encode() not in result.data
    assert result.data[:128] == b"\x00" * 128


def test_identity_removed_and_method_recorded():
    out = parse(deidentify_dataset_bytes(dicom_bytes("CT_small.dcm"), pseudonym="P-1"))
    assert out.PatientIdentityRemoved == "YES"
    assert "Basic Profile" in out.DeidentificationMethod
    codes = [(c.CodeValue, c.CodingSchemeDesignator) for c in out.DeidentificationMethodCodeSequence]
    assert codes == [("113100", "DCM")]
    assert out.LongitudinalTemporalInformationModified == "REMOVED"
    assert out.StudyDate == "" and out.PatientBirthDate == ""
    assert out.file_meta.MediaStorageSOPInstanceUID == out.SOPInstanceUID
    assert "SourceApplicationEntityTitle" not in out.file_meta


def test_date_shift_keeps_intervals_and_says_so():
    original = parse(dicom_bytes("CT_small.dcm"))
    original.AcquisitionDateTime = "20040119123456.5"
    data = to_bytes(original)
    out = parse(deidentify_dataset_bytes(data, date_shift_days=-45, pseudonym="P-2"))

    def day(text: str) -> date:
        return date(int(text[:4]), int(text[4:6]), int(text[6:8]))

    assert day(out.StudyDate) == day(original.StudyDate) - timedelta(days=45)
    assert day(out.ContentDate) - day(out.StudyDate) == day(original.ContentDate) - day(original.StudyDate)
    assert out.AcquisitionDateTime == (day("20040119") - timedelta(days=45)).strftime("%Y%m%d") + "123456.5"
    assert out.PatientBirthDate == ""  # a shifted birth date would still give the exact age
    assert out.StudyTime == original.StudyTime
    assert "113107" in [c.CodeValue for c in out.DeidentificationMethodCodeSequence]
    assert out.LongitudinalTemporalInformationModified == "MODIFIED"


def test_uids_map_consistently_within_an_export_and_differently_across_exports():
    first = parse(dicom_bytes("CT_small.dcm"))
    second = parse(dicom_bytes("CT_small.dcm"))
    second.SOPInstanceUID = first.SOPInstanceUID + ".2"
    ref = Dataset()
    ref.ReferencedSOPClassUID = first.SOPClassUID
    ref.ReferencedSOPInstanceUID = first.SOPInstanceUID
    second.ReferencedImageSequence = Sequence([ref])
    export = UidMap()
    a = parse(deidentify_dataset_bytes(to_bytes(first), uid_map=export))
    b = parse(deidentify_dataset_bytes(to_bytes(second), uid_map=export))
    assert a.StudyInstanceUID == b.StudyInstanceUID != first.StudyInstanceUID
    assert a.FrameOfReferenceUID == b.FrameOfReferenceUID
    assert a.SOPInstanceUID != b.SOPInstanceUID
    assert b.ReferencedImageSequence[0].ReferencedSOPInstanceUID == a.SOPInstanceUID
    assert b.ReferencedImageSequence[0].ReferencedSOPClassUID == first.SOPClassUID  # kept
    assert a.SOPClassUID == first.SOPClassUID
    other = parse(deidentify_dataset_bytes(to_bytes(first), uid_map=UidMap()))
    assert other.StudyInstanceUID != a.StudyInstanceUID
    assert len(export) >= 4


@pytest.mark.parametrize("name", ["RG1_J2KI.dcm", "emri_small_RLE.dcm", "CT_small.dcm"])
def test_pixels_are_untouched_and_the_file_still_reads(name):
    data = dicom_bytes(name)
    before = read_image(data, name)
    after = read_image(deidentify_dataset_bytes(data, pseudonym="P-3"), name)
    np.testing.assert_array_equal(before.pixels, after.pixels)
    assert after.transfer_syntax == before.transfer_syntax
    assert after.identifiers.get("PatientName") == "P-3"
    for key in ("InstitutionName", "StudyDate", "AccessionNumber", "ReferringPhysicianName"):
        assert after.identifiers.get(key, "") in ("", "ANONYMIZED")


def test_burned_in_annotation_warnings():
    assert deidentify_dicom(dicom_bytes("CT_small.dcm")).warnings == ()
    us = deidentify_dicom(dicom_bytes("US1_J2KI.dcm"))
    assert len(us.warnings) == 1 and "US" in us.warnings[0]
    ds = parse(dicom_bytes("CT_small.dcm"))
    ds.BurnedInAnnotation = "YES"
    flagged = deidentify_dicom(to_bytes(ds))
    assert any("BurnedInAnnotation" in w for w in flagged.warnings)


@pytest.mark.parametrize("name", ["no_meta.dcm", "MR_truncated.dcm"])
def test_unreadable_input_is_a_typed_error(name):
    data = dicom_bytes(name)
    if name == "MR_truncated.dcm":
        data = data[:300]
    with pytest.raises(DicomReadError):
        deidentify_dicom(data)
