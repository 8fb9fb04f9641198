"""Fuzzing the image reader: mutated real files never crash, hang or exhaust memory.

The mutated files are read in a separate process with a memory cap, watched case by case: a
segfault in a C decoder, a case that runs past its time limit, or any exception other than
``ImageReadError`` fails the test and names the seed and the case, so it can be replayed.
"""

from __future__ import annotations

import io
import multiprocessing as mp
import queue
import random
import time
import zlib
from pathlib import Path

import pytest
from PIL import Image
from pydicom.data import get_testdata_file
from pydicom.filereader import read_file_meta_info
from pydicom.uid import DeflatedExplicitVRLittleEndian

from triage.errors import DicomReadError, ImageReadError
from triage.imaging import MAX_INFLATED_BYTES, decode_image, read_header, read_image

SEED = 20261127
CASES_PER_SEED = 40
CASE_LIMIT_S = 5.0
MEMORY_CAP = 3 * 1024**3

SEED_FILES = [
    "CT_small.dcm", "MR_small_RLE.dcm", "MR_small_jp2klossless.dcm",
    "emri_small_jpeg_ls_lossless.dcm", "SC_rgb_jpeg_dcmtk.dcm", "SC_rgb_jpeg_gdcm.dcm",
    "image_dfl.dcm", "examples_palette.dcm", "vlut_04.dcm", "US1_J2KR.dcm",
]


def _photo(fmt: str) -> bytes:
    im = Image.new("RGB", (48, 32), (200, 30, 30))
    exif = Image.Exif()
    exif[0x0112] = 6
    out = io.BytesIO()
    im.save(out, format=fmt, exif=exif.tobytes())
    return out.getvalue()


def _seeds() -> list[tuple[str, bytes]]:
    seeds = []
    for name in SEED_FILES:
        path = get_testdata_file(name, download=False)
        assert path is not None, name
        seeds.append((name, Path(path).read_bytes()))
    return seeds + [("photo.jpg", _photo("JPEG")), ("photo.png", _photo("PNG"))]


def _huge_dimensions(data: bytes, rng: random.Random) -> bytes:
    """Rewrite Rows/Columns (explicit VR LE 'US' elements) to large values, if present."""
    out = bytearray(data)
    for element in (b"\x10\x00", b"\x11\x00"):
        at = out.find(b"\x28\x00" + element + b"US\x02\x00")
        if at >= 0:
            out[at + 8:at + 10] = rng.choice([0xFFFF, 0x8000, 0x0000, 0x4001]).to_bytes(2, "little")
    at = out.find(b"\x28\x00\x08\x00IS")
    if at >= 0:  # NumberOfFrames
        length = int.from_bytes(out[at + 6:at + 8], "little")
        out[at + 8:at + 8 + length] = b"9" * length
    return bytes(out)


def mutate(data: bytes, rng: random.Random) -> tuple[str, bytes]:
    kind = rng.choice(["flip", "flip", "truncate", "insert", "zero", "huge", "huge_flip", "dup"])
    buf = bytearray(data)
    if kind == "flip":
        for _ in range(rng.randint(1, 24)):
            buf[rng.randrange(len(buf))] ^= 1 << rng.randrange(8)
    elif kind == "truncate":
        del buf[rng.randrange(1, len(buf)):]
    elif kind == "insert":
        at = rng.randrange(len(buf))
        buf[at:at] = rng.randbytes(rng.randint(1, 64))
    elif kind == "zero":
        at = rng.randrange(len(buf))
        buf[at:at + rng.randint(1, 256)] = b"\x00" * len(buf[at:at + 256])
    elif kind == "dup":
        at = rng.randrange(len(buf))
        buf[at:at] = buf[max(0, at - 200):at]
    else:
        buf = bytearray(_huge_dimensions(data, rng))
        if kind == "huge_flip":
            buf[rng.randrange(len(buf))] ^= 0xFF
    return kind, bytes(buf)


def _worker(seed: int, n_cases: int, progress, results) -> None:
    """Runs in the child: read every case, report unexpected outcomes."""
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CAP, MEMORY_CAP))
    rng = random.Random(seed)
    seeds = _seeds()
    unexpected = []
    for index in range(n_cases):
        name, data = seeds[index % len(seeds)]
        kind, case = mutate(data, rng)
        progress[0], progress[1] = index, time.monotonic()
        frame = rng.choice([0, 0, 1, 5])
        # decode_image: the decoder itself, in this watched child (read_image would add its own worker)
        for reader in (lambda: read_header(case, name), lambda: decode_image(case, name, frame=frame)):
            try:
                reader()
            except ImageReadError:
                pass
            except BaseException as exc:  # noqa: BLE001 - this is what the fuzz test looks for
                unexpected.append(f"case {index} ({name}, {kind}): {type(exc).__name__}: {exc}")
    progress[0] = n_cases
    results.put(unexpected)


def _run_fuzz(seed: int, n_cases: int) -> list[str]:
    ctx = mp.get_context("spawn")
    progress = ctx.Array("d", [-1.0, time.monotonic()], lock=False)
    results = ctx.Queue()
    proc = ctx.Process(target=_worker, args=(seed, n_cases, progress, results), daemon=True)
    proc.start()
    started = time.monotonic()
    try:
        while True:
            if not results.empty():
                return results.get()
            if not proc.is_alive():
                try:
                    return results.get(timeout=1.0)
                except queue.Empty:
                    pass
                pytest.fail(f"reader process died (exit {proc.exitcode}) at case "
                            f"{int(progress[0])} of seed {seed}")
            case_started = progress[1] if progress[0] >= 0 else started
            if time.monotonic() - case_started > CASE_LIMIT_S + (30 if progress[0] < 0 else 0):
                pytest.fail(f"case {int(progress[0])} of seed {seed} ran past {CASE_LIMIT_S}s")
            time.sleep(0.02)
    finally:
        if proc.is_alive():
            proc.kill()
        proc.join(5)


@pytest.mark.slow
@pytest.mark.parametrize("seed", [SEED, SEED + 1, SEED + 2])
def test_mutated_files_only_ever_give_a_record_or_image_read_error(seed):
    assert _run_fuzz(seed, CASES_PER_SEED * len(SEED_FILES) // 4) == []


def test_mutator_really_changes_the_files():
    rng = random.Random(SEED)
    seeds = _seeds()
    changed = sum(mutate(data, rng)[1] != data for _, data in seeds * 5)
    assert changed >= len(seeds) * 5 - 2


def test_deflate_bomb_is_refused_quickly():
    path = Path(get_testdata_file("image_dfl.dcm", download=False))
    data = path.read_bytes()
    meta = read_file_meta_info(path)
    assert meta.TransferSyntaxUID == DeflatedExplicitVRLittleEndian
    end = 132 + 12 + meta.FileMetaInformationGroupLength
    packer = zlib.compressobj(1, zlib.DEFLATED, -zlib.MAX_WBITS)
    zeros = b"\x00" * (1 << 20)
    body = b"".join(packer.compress(zeros) for _ in range(MAX_INFLATED_BYTES // len(zeros) + 8))
    bomb = data[:end] + body + packer.flush()
    assert len(bomb) < 2_000_000
    start = time.perf_counter()
    with pytest.raises(DicomReadError, match="decompression bomb"):
        read_image(bomb, "bomb.dcm")
    assert time.perf_counter() - start < 5.0
