"""Decoding in a worker process: a native decoder that aborts costs one file, not the app (issue 11.3).

The attack files in tests/data/attacks are pydicom's own samples with one attribute changed; each
made ``python main.py analyze-image`` exit 134 (gdcm::Exception, SIGABRT) before decoding moved
into :mod:`triage.imaging.isolation`.
"""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

import pytest
from pydicom.data import get_testdata_file

from triage import imaging
from triage.errors import ImageNotDecodable, ImageReadError
from triage.imaging.isolation import DecoderPool

REPO = Path(__file__).resolve().parents[2]
ATTACKS = REPO / "tests" / "data" / "attacks"
ABORTING = ["jpegls_rows_plus_one.dcm", "j2k_ybr_full_422.dcm", "jpeg_lossless_bits32.dcm"]


def sample(name: str) -> Path:
    path = get_testdata_file(name, download=False)
    assert path is not None, name
    return Path(path)


@pytest.mark.parametrize("name", ABORTING)
def test_the_attack_file_really_aborts_a_process_that_decodes_it_in_process(name):
    """The reproduction: without isolation the whole interpreter dies with SIGABRT."""
    code = ("import sys; from triage.imaging import decode_image; "
            f"decode_image(sys.argv[1])")
    run = subprocess.run([sys.executable, "-c", code, str(ATTACKS / name)], cwd=REPO,
                         capture_output=True, text=True, timeout=120)
    assert run.returncode in (-6, 134), (run.returncode, run.stderr[-500:])
    assert "gdcm::Exception" in run.stderr


@pytest.mark.parametrize("name", ABORTING)
def test_an_aborting_decoder_is_a_typed_error_and_the_next_image_still_reads(name):
    with pytest.raises(ImageNotDecodable, match="crashed on this file.*SIGABRT"):
        imaging.read_image(ATTACKS / name)
    with pytest.raises(ImageNotDecodable):
        imaging.thumbnail_of((ATTACKS / name).read_bytes(), name)
    assert imaging.read_image(sample("CT_small.dcm")).modality == "CT"


def test_analyze_image_reports_the_file_instead_of_aborting(models_dir):
    name = ABORTING[0]  # the CLI path is the same for all three
    run = subprocess.run([sys.executable, "main.py", "analyze-image", str(ATTACKS / name)],
                         cwd=REPO, capture_output=True, text=True, timeout=180)
    assert run.returncode == 2, (run.returncode, run.stderr[-800:])
    assert f"error: {name}: the image decoder crashed on this file" in run.stderr


def test_typed_errors_from_the_decoder_come_back_unchanged():
    from triage.errors import DicomReadError

    with pytest.raises(DicomReadError, match="no pixel data"):
        imaging.read_image(sample("rtplan.dcm"))
    assert not issubclass(DicomReadError, ImageNotDecodable)


def test_a_decode_past_the_time_limit_is_stopped_and_the_worker_replaced():
    pool = DecoderPool(timeout_s=0.01)
    try:
        with pytest.raises(ImageNotDecodable, match="took longer than"):
            pool.read_image(sample("RG1_J2KI.dcm"))  # a 1955×1841 JPEG 2000: ~0.3 s to decode
        pool.timeout = 60.0
        assert pool.read_image(sample("RG1_J2KI.dcm")).rows == 1955
    finally:
        pool.shutdown()


def test_a_decode_past_the_memory_cap_is_a_typed_error():
    import numpy as np
    import pydicom
    from pydicom.dataset import FileMetaDataset
    from pydicom.uid import ExplicitVRLittleEndian, SecondaryCaptureImageStorage, generate_uid
    import io

    ds = pydicom.Dataset()
    ds.file_meta = FileMetaDataset()
    ds.file_meta.TransferSyntaxUID = ExplicitVRLittleEndian
    ds.file_meta.MediaStorageSOPClassUID = SecondaryCaptureImageStorage
    ds.file_meta.MediaStorageSOPInstanceUID = generate_uid()
    ds.SOPClassUID, ds.SOPInstanceUID = SecondaryCaptureImageStorage, ds.file_meta.MediaStorageSOPInstanceUID
    ds.Modality, ds.Rows, ds.Columns = "OT", 6000, 6000  # 36 M values: allowed by MAX_PIXELS
    ds.SamplesPerPixel, ds.PhotometricInterpretation = 1, "MONOCHROME2"
    ds.BitsAllocated, ds.BitsStored, ds.HighBit, ds.PixelRepresentation = 8, 8, 7, 0
    ds.PixelData = np.zeros((6000, 6000), np.uint8).tobytes()
    out = io.BytesIO()
    ds.save_as(out, enforce_file_format=True)
    pool = DecoderPool(memory_bytes=400 * 1024**2)  # the worker needs ~210 MB before decoding
    try:
        with pytest.raises(ImageNotDecodable):
            pool.read_image(out.getvalue(), "big.dcm")
        assert pool.read_image(sample("CT_small.dcm")).modality == "CT"
    finally:
        pool.shutdown()


def test_two_threads_decode_at_once():
    results: list[object] = []

    def read() -> None:
        results.append(imaging.read_image(sample("MR_small.dcm")).modality)

    threads = [threading.Thread(target=read) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert results == ["MR"] * 4


def test_clean_photo_bytes_runs_in_the_worker_and_refuses_garbage():
    import io

    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (20, 10), (1, 2, 3)).save(buf, "PNG")
    assert imaging.clean_photo_bytes(buf.getvalue()).startswith(b"\x89PNG")
    with pytest.raises(ImageReadError):
        imaging.clean_photo_bytes(b"not a photo at all", "x.png")


def test_pdf_export_with_an_aborting_attachment_completes_and_names_the_file(tmp_path):
    from tests.fixtures_export import make_installation
    from triage.export import export_cases
    from triage.intake import parse_intake
    from triage.records import NewAttachment

    inst = make_installation(tmp_path / "inst")
    try:
        bad = (ATTACKS / "jpegls_rows_plus_one.dcm").read_bytes()
        intake = parse_intake({"name": "Ann Other", "age_years": "50", "sex": "F",
                               "complaint": "headache", "heart_rate": "80"})
        inst.store.create_case(inst.nurse, intake, None, [NewAttachment(
            data=bad, original_name="hostile.dcm", kind="dicom", modality="MR")])
        result = export_cases(inst.store, inst.admin, "pdf", tmp_path / "report.pdf")
        assert result.count == 3 and result.path.read_bytes().startswith(b"%PDF")
        assert any("hostile.dcm" in w and "could not be decoded" in w for w in result.warnings), \
            result.warnings
        per_case = export_cases(inst.store, inst.admin, "pdf", tmp_path / "reports")
        assert len(per_case.paths) == 3
        assert any("hostile.dcm" in w for w in per_case.warnings)
    finally:
        inst.store.close()


def test_large_pixels_come_back_through_shared_memory_and_leave_no_block_behind():
    from triage.imaging import isolation

    data = sample("RG1_UNCI.dcm").read_bytes()
    direct = imaging.decode_image(data, "RG1_UNCI.dcm")
    worker = isolation._Worker(isolation.DECODER_MEMORY_BYTES, 60.0)
    try:
        status, payload = worker.request("read", (data, "RG1_UNCI.dcm", 0), "RG1_UNCI.dcm", 60.0)
    finally:
        worker.stop()
    assert status == "shared"  # 14 MB of float32: over SHARED_MEMORY_MIN_BYTES
    block = Path("/dev/shm") / payload[1].lstrip("/")
    record = isolation._pixels_from_shared_memory(payload)
    assert not block.exists()  # unlinked once copied
    assert record.pixels.flags.writeable and record.pixels.shape == direct.pixels.shape
    assert (record.pixels == direct.pixels).all() and record.sha256 == direct.sha256
    assert (imaging.read_image(data, "RG1_UNCI.dcm").pixels == direct.pixels).all()
