"""Reading guards: only regular files, reads capped by bytes actually read, bombs refused early."""

from __future__ import annotations

import os
import resource
import struct
import subprocess
import sys
import threading
import zlib
from pathlib import Path

import pytest

from triage import imaging
from triage.errors import DicomReadError, ImageReadError
from triage.imaging import guards

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_an_endless_device_is_refused_not_a_memory_error(device):
    if not Path(device).exists():
        pytest.skip(f"{device} does not exist here")
    for read in (imaging.read_image, imaging.read_header, imaging.thumbnail_of):
        with pytest.raises(ImageReadError, match="not a regular file"):
            read(Path(device))


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_a_fifo_is_refused_at_once_instead_of_hanging(tmp_path):
    fifo = tmp_path / "scan.dcm"
    os.mkfifo(fifo)
    outcome: list[BaseException | None] = []

    def read() -> None:
        try:
            imaging.read_header(fifo)
            outcome.append(None)
        except BaseException as exc:  # noqa: BLE001 - reported below
            outcome.append(exc)

    worker = threading.Thread(target=read, daemon=True)
    worker.start()
    worker.join(10)
    assert not worker.is_alive(), "reading a FIFO hung"
    assert isinstance(outcome[0], ImageReadError) and "not a regular file" in str(outcome[0])


def test_reads_are_capped_by_bytes_read_not_by_what_stat_says(monkeypatch):
    status = Path("/proc/self/smaps")
    if not status.exists() or status.stat().st_size != 0:
        pytest.skip("needs a regular file whose stat size is 0 (Linux /proc)")
    monkeypatch.setattr(guards, "MAX_FILE_BYTES", 100)
    with pytest.raises(ImageReadError, match="too large"):
        guards.load_source(status, "")


def test_a_file_over_the_cap_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(guards, "MAX_FILE_BYTES", 1000)
    big = tmp_path / "big.dcm"
    big.write_bytes(b"\x00" * 5000)
    with pytest.raises(ImageReadError, match="too large"):
        guards.load_source(big, "")
    with pytest.raises(ImageReadError, match="too large"):
        guards.load_source(b"\x00" * 5000, "big.dcm")


def deflate_bomb(rows: int = 10950, columns: int = 10950) -> bytes:
    """A ~235 KB deflated DICOM whose 16-bit pixels (under MAX_PIXELS) inflate to ~240 MB."""
    from pydicom.dataset import Dataset, FileMetaDataset
    from pydicom.filebase import DicomBytesIO
    from pydicom.filewriter import write_dataset, write_file_meta_info
    from pydicom.uid import DeflatedExplicitVRLittleEndian, SecondaryCaptureImageStorage

    meta = FileMetaDataset()
    meta.TransferSyntaxUID = DeflatedExplicitVRLittleEndian
    meta.MediaStorageSOPClassUID = SecondaryCaptureImageStorage
    meta.MediaStorageSOPInstanceUID = "1.2.3.4"
    ds = Dataset()
    ds.SOPClassUID, ds.SOPInstanceUID, ds.Modality = SecondaryCaptureImageStorage, "1.2.3.4", "OT"
    ds.Rows, ds.Columns, ds.SamplesPerPixel, ds.PhotometricInterpretation = rows, columns, 1, "MONOCHROME2"
    ds.BitsAllocated, ds.BitsStored, ds.HighBit, ds.PixelRepresentation = 16, 16, 15, 0
    head = DicomBytesIO()
    head.is_little_endian, head.is_implicit_VR = True, False
    write_dataset(head, ds)
    nbytes = rows * columns * 2
    packer = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
    body = [packer.compress(head.getvalue() + struct.pack("<HH2sHI", 0x7FE0, 0x0010, b"OW", 0, nbytes))]
    chunk = b"\x00" * (1 << 22)
    for _ in range(nbytes // len(chunk)):
        body.append(packer.compress(chunk))
    body.append(packer.compress(b"\x00" * (nbytes % len(chunk))) + packer.flush())
    fmeta = DicomBytesIO()
    fmeta.is_little_endian, fmeta.is_implicit_VR = True, False
    write_file_meta_info(fmeta, meta, enforce_standard=True)
    return b"\x00" * 128 + b"DICM" + fmeta.getvalue() + b"".join(body)


def test_a_small_deflated_file_that_inflates_to_hundreds_of_mb_is_refused_before_parsing():
    bomb = deflate_bomb()
    assert len(bomb) < 300_000
    for read in (imaging.read_header, imaging.read_image):
        with pytest.raises(DicomReadError, match="decompression bomb"):
            read(bomb, "bomb.dcm")


def test_refusing_the_deflate_bomb_costs_little_memory(tmp_path):
    """Peak memory of a fresh process that refuses the bomb (was ~2 GB when it was decoded)."""
    path = tmp_path / "bomb.dcm"
    path.write_bytes(deflate_bomb())
    code = ("import resource, sys\n"
            "from triage.errors import DicomReadError\n"
            "from triage.imaging import read_header, decode_image\n"
            "base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
            "for read in (read_header, decode_image):\n"
            "    try:\n        read(sys.argv[1])\n    except DicomReadError:\n        pass\n"
            "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - base)\n")
    run = subprocess.run([sys.executable, "-c", code, str(path)], cwd=REPO, capture_output=True,
                         text=True, timeout=120)
    assert run.returncode == 0, run.stderr[-800:]
    assert int(run.stdout.strip()) < 100 * 1024  # KiB: under 100 MB above the interpreter's own
