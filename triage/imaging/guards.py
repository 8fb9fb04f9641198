"""Limits that keep a hostile or broken file from taking the process's memory or time.

Every byte the reader sees passes :func:`load_source` (regular files only, reads capped by the
bytes actually read, never by what ``stat`` claims: ``/dev/zero`` reports size 0), and every
decode is preceded by :func:`guard_size` (declared pixel count) and, for deflated DICOM,
:func:`guard_deflate` (inflated size counted in bounded steps). The decoder process
(:mod:`triage.imaging.isolation`) adds a memory cap and a time limit on top.
"""

from __future__ import annotations

import os
import stat
import struct
import zlib
from pathlib import Path
from typing import Any

from triage.errors import DicomReadError, ImageNotDecodable, ImageReadError

MAX_PIXELS = 120_000_000
"""Largest rows × columns × frames × samples we agree to decode (≈ 480 MB as float32)."""

MAX_INFLATED_BYTES = 64 * 1024**2
"""Largest data set a deflated DICOM file may inflate to.

pydicom inflates the whole data set at once and keeps several copies while parsing it (a 235 KB
file inflating to 240 MB took about 2 GB), and the deflated syntax is rare for images, so the
bound is tight."""

DEFLATED_SYNTAX = "1.2.840.10008.1.2.1.99"

MAX_FILE_BYTES = 1024**3
"""Files larger than this are refused; counted by bytes actually read, not by ``stat``."""

CHUNK_BYTES = 1 << 20


def as_read_error(error: type[ImageReadError], fn: Any, *args: Any, **kwargs: Any) -> Any:
    """Run one reading step; whatever a malformed file makes pydicom or Pillow raise becomes ours.

    The parsers raise a wide and version-dependent set of exceptions on bad input (fuzzing
    found BytesLengthException, zlib.error, struct.error, ...); the file is at fault in every
    case, so the caller gets one typed error that names the cause.
    """
    try:
        return fn(*args, **kwargs)
    except ImageReadError:
        raise
    except MemoryError as exc:
        raise ImageNotDecodable("not enough memory to read this image") from exc
    except Exception as exc:  # noqa: BLE001 - see docstring
        raise error(f"the file is corrupt ({type(exc).__name__}: {exc})") from exc


def load_source(source: Path | bytes, name: str) -> tuple[bytes, str]:
    """The file's bytes, read safely, and the name to show.

    Only regular files are read: a FIFO would block forever and ``/dev/zero`` or
    ``/dev/urandom`` never end (and report ``st_size`` 0, so a size check on ``stat`` alone lets
    them through). The read stops one byte past :data:`MAX_FILE_BYTES` counted as actually read,
    so a file that grows while being read cannot exceed it either.

    Raises
    ------
    ImageReadError
        Not a regular file, unreadable, empty, or larger than :data:`MAX_FILE_BYTES`.
    """
    if isinstance(source, (bytes, bytearray, memoryview)):
        data = bytes(source)
        if len(data) > MAX_FILE_BYTES:
            raise ImageReadError(f"{name or 'file'}: file is too large ({len(data)} bytes; "
                                 f"at most {MAX_FILE_BYTES})")
    else:
        path = Path(source)
        name = name or path.name
        data = _read_regular_file(path, name)
    if not data:
        raise ImageReadError(f"{name or 'file'}: the file is empty")
    return data, name


def _read_regular_file(path: Path, name: str) -> bytes:
    try:
        # O_NONBLOCK: opening a FIFO with no writer would otherwise block before fstat can refuse it.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError as exc:
        raise ImageReadError(f"cannot read {path}: {exc.strerror or exc}") from exc
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise ImageReadError(f"{name}: not a regular file (a device, pipe or socket cannot "
                                 "be read as an image)")
        chunks, total = [], 0
        while True:
            chunk = os.read(fd, min(CHUNK_BYTES, MAX_FILE_BYTES + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
            if total > MAX_FILE_BYTES:
                raise ImageReadError(f"{name}: file is too large (more than {MAX_FILE_BYTES} bytes)")
        return b"".join(chunks)
    except OSError as exc:
        raise ImageReadError(f"cannot read {path}: {exc.strerror or exc}") from exc
    finally:
        os.close(fd)


def guard_size(rows: int, columns: int, frames: int, samples: int, what: str) -> None:
    total = int(rows) * int(columns) * max(int(frames), 1) * max(int(samples), 1)
    if total > MAX_PIXELS:
        raise ImageReadError(
            f"{what} declares {rows}×{columns}×{frames} frames×{samples} samples = {total} values, "
            f"more than the {MAX_PIXELS} allowed (possible decompression bomb)")


def meta_end_and_syntax(data: bytes) -> tuple[int, str]:
    """Walk the file meta group (always explicit VR little endian) without pydicom."""
    pos, syntax = 132, ""
    while pos + 8 <= len(data):
        group, element = struct.unpack_from("<HH", data, pos)
        if group != 0x0002:
            break
        vr = data[pos + 4:pos + 6]
        if vr in (b"OB", b"OW", b"OF", b"SQ", b"UT", b"UN", b"UC", b"UR", b"OD", b"OL", b"OV"):
            if pos + 12 > len(data):
                break
            length, header = struct.unpack_from("<I", data, pos + 8)[0], 12
        else:
            length, header = struct.unpack_from("<H", data, pos + 6)[0], 8
        value = data[pos + header:pos + header + length]
        if element == 0x0010:
            syntax = value.rstrip(b"\x00 ").decode("ascii", "replace")
        pos += header + length
    return pos, syntax


def guard_deflate(data: bytes) -> None:
    """Refuse deflated files that would inflate beyond :data:`MAX_INFLATED_BYTES`.

    pydicom inflates the whole data set in one call, so a small "zip bomb" could exhaust memory.
    """
    if data[128:132] != b"DICM":
        return
    start, syntax = meta_end_and_syntax(data)
    if syntax != DEFLATED_SYNTAX:
        return
    inflater = zlib.decompressobj(-zlib.MAX_WBITS)
    inflated, pos, pending = 0, start, b""
    try:
        while not inflater.eof:
            if not pending:
                if pos >= len(data):
                    break
                pending, pos = data[pos:pos + 65536], pos + 65536
            inflated += len(inflater.decompress(pending, 1 << 20))  # bounded memory
            pending = inflater.unconsumed_tail
            if inflated > MAX_INFLATED_BYTES:
                raise DicomReadError(
                    f"the deflated DICOM data set inflates to more than {MAX_INFLATED_BYTES} "
                    "bytes (possible decompression bomb)")
    except zlib.error as exc:
        raise DicomReadError(f"the deflated DICOM data set is corrupt: {exc}") from exc

