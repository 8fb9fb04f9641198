"""Decode an image in the calling process: the dispatch between DICOM and photo.

Native decoders can abort the whole process on a hostile file (gdcm throws a C++ exception that
ends in SIGABRT), so nothing outside :mod:`triage.imaging.isolation`'s child process should call
:func:`decode_image` on untrusted bytes; use :func:`triage.imaging.read_image`.
:func:`read_header` decodes no pixels and is safe anywhere.
"""

from __future__ import annotations

from pathlib import Path

from triage.errors import DicomReadError, ImageReadError
from triage.imaging.dicom import dicom_header, load_dataset, read_dicom
from triage.imaging.guards import as_read_error, load_source
from triage.imaging.photo import open_photo, photo_header, read_photo
from triage.imaging.record import ImageHeader, ImageRecord

def decode_image(source: Path | bytes, name: str = "", *, frame: int = 0) -> ImageRecord:
    """Read a DICOM file or a PNG/JPEG photo and decode one frame.

    Parameters
    ----------
    source : Path or bytes
        The file, or its bytes (as received from a drop or the store).
    name : str
        Original file name, kept for display; defaults to the path's name.
    frame : int
        Which frame of a multi-frame DICOM to decode (0-based).

    Raises
    ------
    DicomReadError
        Not a DICOM file, truncated, missing transfer syntax, no pixel data, corrupt pixel data.
    UnsupportedCompression
        The transfer syntax has no installed decoder (its name is in the message).
    ImageReadError
        Not an image we read, too large (decompression-bomb guard), frame out of range.
    """
    data, name = load_source(source, name)
    if looks_like_dicom(data, name):
        return as_read_error(DicomReadError, read_dicom, data, name, frame=frame)
    return as_read_error(ImageReadError, read_photo, data, name)


def read_header(source: Path | bytes, name: str = "") -> ImageHeader:
    """Read only the header (``stop_before_pixels`` for DICOM, lazy open for photos).

    Raises
    ------
    DicomReadError
        Not a DICOM file, truncated, missing transfer syntax.
    ImageReadError
        Not an image we read, or too large.
    """
    data, name = load_source(source, name)
    if looks_like_dicom(data, name):
        ds = load_dataset(data, stop_before_pixels=True)
        return as_read_error(DicomReadError, dicom_header, ds, data, name)
    with open_photo(data) as im:
        return as_read_error(ImageReadError, photo_header, im, data, name)


def looks_like_dicom(data: bytes, name: str) -> bool:
    if data[128:132] == b"DICM":
        return True
    if data[:8] == b"\x89PNG\r\n\x1a\n" or data[:3] == b"\xff\xd8\xff":
        return False
    return name.lower().endswith((".dcm", ".dicom")) or "." not in name

