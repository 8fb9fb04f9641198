"""Read DICOM, PNG and JPEG into an :class:`ImageRecord`; windowing, thumbnails, clean photos.

Everything the rest of the app knows about an image passes through here, so the UI and the
database never hold a pydicom ``Dataset`` or a Pillow ``Image``: they get plain numpy pixels and
strings. Identifying header fields are kept apart (``identifiers``) from the display metadata so
that de-identification (:mod:`triage.imaging.deid`) and export can drop them in one place.

Decoders (pydicom tries the available plugins in this order; licences allow shipping):

============================  ===========================================================
Transfer syntax               Decoder
============================  ===========================================================
uncompressed, deflate         pydicom itself (zlib from the standard library)
RLE Lossless                  pydicom's own RLE decoder (MIT); pylibjpeg-rle (MIT)
JPEG 2000 (lossless/lossy)    python-gdcm (BSD/Apache-2.0), Pillow/OpenJPEG (HPND/BSD),
                              pylibjpeg-openjpeg (MIT)
HTJ2K                         pylibjpeg-openjpeg (MIT)
JPEG-LS                       python-gdcm, pyjpegls (MIT, CharLS BSD-3)
JPEG baseline / extended      python-gdcm, then Pillow (libjpeg-turbo, BSD-style)
JPEG lossless (process 14)    python-gdcm only
============================  ===========================================================

``pylibjpeg-libjpeg`` is deliberately not used: it is GPLv3. See ``docs/imaging.md``.
"""

from __future__ import annotations

import hashlib
import io
import struct
import warnings
import zlib
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any, Mapping

import numpy as np

from triage.errors import DicomReadError, ImageReadError, UnsupportedCompression

MAX_PIXELS = 120_000_000
"""Largest rows × columns × frames × samples we agree to decode (≈ 480 MB as float32)."""

MAX_INFLATED_BYTES = 256 * 1024**2
"""Largest data set a deflated DICOM file may inflate to."""

DEFLATED_SYNTAX = "1.2.840.10008.1.2.1.99"

MAX_FILE_BYTES = 2 * 1024**3
"""Files larger than this are refused before being read into memory."""

PHOTO_FORMATS = ("PNG", "JPEG")

# Tried first because they measured fastest here (the 1955×1841 JPEG 2000 chest: openjpeg
# ≈ 2× faster than gdcm); pydicom falls back to every other installed decoder if they fail.
PREFERRED_DECODERS = {
    "1.2.840.10008.1.2.4.90": "pylibjpeg",  # JPEG 2000 lossless  → pylibjpeg-openjpeg
    "1.2.840.10008.1.2.4.91": "pylibjpeg",  # JPEG 2000           → pylibjpeg-openjpeg
    "1.2.840.10008.1.2.4.50": "pillow",     # JPEG baseline       → Pillow (libjpeg-turbo)
    "1.2.840.10008.1.2.4.51": "pillow",     # JPEG extended 8-bit → Pillow
    "1.2.840.10008.1.2.4.80": "pyjpegls",   # JPEG-LS lossless    → pyjpegls (CharLS)
    "1.2.840.10008.1.2.4.81": "pyjpegls",   # JPEG-LS near-lossless
}

WINDOW_PRESETS: dict[str, tuple[float, float]] = {
    # (centre, width) in Hounsfield units: meaningful for CT; other modalities use the file's VOI.
    "Lung": (-600.0, 1500.0),
    "Mediastinum": (50.0, 350.0),
    "Soft tissue": (40.0, 400.0),
    "Bone": (400.0, 1800.0),
    "Brain": (40.0, 80.0),
    "Abdomen": (60.0, 400.0),
}

# Header fields that identify a person, a place or a moment: never shown in the metadata panel,
# handed to de-identification and the export only through ``identifiers``.
IDENTIFYING_KEYWORDS = (
    "PatientName", "PatientID", "OtherPatientIDs", "OtherPatientNames", "PatientBirthDate",
    "PatientBirthTime", "PatientSex", "PatientAge", "PatientAddress", "PatientTelephoneNumbers",
    "PatientMotherBirthName", "MilitaryRank", "EthnicGroup", "IssuerOfPatientID",
    "InstitutionName", "InstitutionAddress", "InstitutionalDepartmentName", "StationName",
    "ReferringPhysicianName", "PerformingPhysicianName", "OperatorsName", "PhysiciansOfRecord",
    "NameOfPhysiciansReadingStudy", "RequestingPhysician", "AccessionNumber", "StudyID",
    "DeviceSerialNumber", "StudyDate", "SeriesDate", "AcquisitionDate", "ContentDate",
    "StudyTime", "SeriesTime", "AcquisitionTime", "ContentTime", "AcquisitionDateTime",
    "StudyInstanceUID", "SeriesInstanceUID", "SOPInstanceUID", "FrameOfReferenceUID",
    "StudyDescription", "SeriesDescription", "ImageComments", "AdditionalPatientHistory",
)

# Non-identifying fields worth showing beside the image.
DISPLAY_KEYWORDS = (
    "Modality", "BodyPartExamined", "ViewPosition", "ImageLaterality", "Laterality",
    "PatientPosition", "PhotometricInterpretation", "BitsStored", "Manufacturer",
    "ManufacturerModelName", "SliceThickness", "KVP", "ExposureTime", "XRayTubeCurrent",
    "ImageType", "BurnedInAnnotation", "LossyImageCompression",
)


@dataclass(frozen=True)
class ImageHeader:
    """What :func:`read_header` learns without decoding pixels (for indexing and quick checks)."""

    kind: str  # "dicom" | "photo"
    modality: str
    body_part: str
    view: str
    rows: int
    columns: int
    pixel_spacing: tuple[float, float] | None
    study_date: date | None
    photometric: str
    n_frames: int
    window: tuple[float, float] | None
    transfer_syntax: str
    sha256: str
    size_bytes: int
    original_name: str
    identifiers: Mapping[str, str] = field(default_factory=dict)
    metadata: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, eq=False)  # eq on numpy pixels is ambiguous: records compare by identity
class ImageRecord:
    """A decoded image and the header facts the app needs; never a pydicom object.

    ``pixels`` is 2-D float32 for grey images, after the modality LUT (rescale slope/intercept),
    after the VOI LUT when the file carries a VOI LUT table (``voi_lut_applied``), and with
    MONOCHROME1 inverted so that higher always means brighter; ``window`` is given in the same
    space. Colour images are (H, W, 3) uint8 RGB (YBR and palette colour converted).
    """

    pixels: np.ndarray
    kind: str
    modality: str
    body_part: str
    view: str
    rows: int
    columns: int
    pixel_spacing: tuple[float, float] | None
    study_date: date | None
    photometric: str
    n_frames: int
    frame_index: int
    window: tuple[float, float] | None
    voi_lut_applied: bool
    transfer_syntax: str
    sha256: str
    size_bytes: int
    original_name: str
    identifiers: Mapping[str, str] = field(default_factory=dict)
    metadata: Mapping[str, str] = field(default_factory=dict)

    @property
    def is_colour(self) -> bool:
        return self.pixels.ndim == 3


# ---------------------------------------------------------------------------------------------
# Entry points


def read_image(source: Path | bytes, name: str = "", *, frame: int = 0) -> ImageRecord:
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
    data, name = _load(source, name)
    if _looks_like_dicom(data, name):
        return _corrupt_as_error(DicomReadError, _read_dicom, data, name, frame=frame)
    return _corrupt_as_error(ImageReadError, _read_photo, data, name)


def read_header(source: Path | bytes, name: str = "") -> ImageHeader:
    """Read only the header (``stop_before_pixels`` for DICOM, lazy open for photos).

    Raises
    ------
    DicomReadError
        Not a DICOM file, truncated, missing transfer syntax.
    ImageReadError
        Not an image we read, or too large.
    """
    data, name = _load(source, name)
    if _looks_like_dicom(data, name):
        ds = load_dataset(data, stop_before_pixels=True)
        return _corrupt_as_error(DicomReadError, _dicom_header, ds, data, name)
    with _open_photo(data) as im:
        return _corrupt_as_error(ImageReadError, _photo_header, im, data, name)


def display_pixels(record: ImageRecord, window: tuple[float, float] | None = None) -> np.ndarray:
    """uint8 pixels ready to show: the given window, else the file's window, else min-max.

    Colour images are returned unchanged. ``window`` is (centre, width) in the record's pixel
    space (for CT: Hounsfield units, see :data:`WINDOW_PRESETS`).
    """
    if record.is_colour:
        return record.pixels
    win = window if window is not None else record.window
    px = record.pixels
    if win is not None and win[1] > 0:
        return _apply_window(px, win[0], win[1])
    lo, hi = float(np.min(px)), float(np.max(px))
    if hi <= lo:
        return np.zeros(px.shape, dtype=np.uint8)
    return np.clip((px - lo) * (255.0 / (hi - lo)) + 0.5, 0, 255).astype(np.uint8)


def thumbnail_png(record: ImageRecord, size: int = 256) -> bytes:
    """A PNG no larger than ``size`` × ``size`` (aspect kept) of the record's display pixels."""
    from PIL import Image

    im = Image.fromarray(display_pixels(record))
    im.thumbnail((size, size), Image.Resampling.LANCZOS)
    out = io.BytesIO()
    im.save(out, format="PNG", optimize=False)
    return out.getvalue()


def clean_photo_bytes(data: bytes) -> bytes:
    """Re-encode a photo as it should be stored: EXIF orientation applied, no metadata at all.

    The pixels are copied into a fresh image so that no EXIF, GPS, XMP, ICC profile or PNG
    text chunk can travel along; the format (PNG or JPEG) is kept.

    Raises
    ------
    ImageReadError
        Not a PNG/JPEG photo, corrupt, or too large.
    """
    from PIL import Image, ImageOps

    with _open_photo(data) as im:
        fmt = im.format
        try:
            upright = ImageOps.exif_transpose(im)
            upright.load()
        except (OSError, ValueError, SyntaxError) as exc:
            raise ImageReadError(f"the photo cannot be decoded: {exc}") from exc
    mode = upright.mode if upright.mode in ("L", "RGB", "RGBA", "I;16") else "RGB"
    if fmt == "JPEG" and mode not in ("L", "RGB"):
        mode = "RGB"
    converted = upright if upright.mode == mode else upright.convert(mode)
    fresh = Image.frombytes(mode, converted.size, converted.tobytes())
    out = io.BytesIO()
    if fmt == "JPEG":
        fresh.save(out, format="JPEG", quality=95, subsampling=0)
    else:
        fresh.save(out, format="PNG")
    return out.getvalue()


# ---------------------------------------------------------------------------------------------
# Shared helpers


def _corrupt_as_error(error: type[ImageReadError], fn: Any, *args: Any, **kwargs: Any) -> Any:
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
        raise ImageReadError("not enough memory to read this image") from exc
    except Exception as exc:  # noqa: BLE001 - see docstring
        raise error(f"the file is corrupt ({type(exc).__name__}: {exc})") from exc


def _load(source: Path | bytes, name: str) -> tuple[bytes, str]:
    if isinstance(source, (bytes, bytearray, memoryview)):
        data = bytes(source)
    else:
        path = Path(source)
        try:
            size = path.stat().st_size
            if size > MAX_FILE_BYTES:
                raise ImageReadError(f"{path.name}: file is too large ({size} bytes)")
            data = path.read_bytes()
        except OSError as exc:
            raise ImageReadError(f"cannot read {path}: {exc.strerror or exc}") from exc
        name = name or path.name
    if not data:
        raise ImageReadError(f"{name or 'file'}: the file is empty")
    return data, name


def _looks_like_dicom(data: bytes, name: str) -> bool:
    if data[128:132] == b"DICM":
        return True
    if data[:8] == b"\x89PNG\r\n\x1a\n" or data[:3] == b"\xff\xd8\xff":
        return False
    return name.lower().endswith((".dcm", ".dicom")) or "." not in name


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _apply_window(px: np.ndarray, centre: float, width: float) -> np.ndarray:
    """DICOM linear window (PS3.3 C.11.2.1.2) to 0..255."""
    c, w = centre - 0.5, max(width - 1.0, 1.0)
    out = ((px.astype(np.float32) - c) / w + 0.5) * 255.0
    return np.clip(out + 0.5, 0, 255).astype(np.uint8)


def _guard_size(rows: int, columns: int, frames: int, samples: int, what: str) -> None:
    total = int(rows) * int(columns) * max(int(frames), 1) * max(int(samples), 1)
    if total > MAX_PIXELS:
        raise ImageReadError(
            f"{what} declares {rows}×{columns}×{frames} frames×{samples} samples = {total} values, "
            f"more than the {MAX_PIXELS} allowed (possible decompression bomb)")


# ---------------------------------------------------------------------------------------------
# DICOM


def load_dataset(data: bytes, *, stop_before_pixels: bool) -> Any:
    """A pydicom Dataset for triage-internal use (de-identification); never hand it to the UI.

    dcmread without ``force``; truncation warnings become errors.

    Raises
    ------
    DicomReadError
        Not a DICOM file, truncated, corrupt header, or no transfer syntax.
    """
    import pydicom
    from pydicom.errors import InvalidDicomError

    _guard_deflate(data)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            ds = pydicom.dcmread(io.BytesIO(data), stop_before_pixels=stop_before_pixels)
        except InvalidDicomError as exc:
            raise DicomReadError(
                "not a DICOM file (no 'DICM' file meta header); export it again from the "
                "PACS or modality as a DICOM Part 10 file") from exc
        except (EOFError, OSError) as exc:
            raise DicomReadError(f"the DICOM file is truncated: {exc}") from exc
        except MemoryError as exc:
            raise ImageReadError("not enough memory to read this DICOM header") from exc
        except Exception as exc:  # noqa: BLE001 - as in _corrupt_as_error
            raise DicomReadError(f"the DICOM header is corrupt ({type(exc).__name__}: {exc})") from exc
    for w in caught:
        msg = str(w.message)
        if "End of file reached" in msg or "truncat" in msg.lower():
            raise DicomReadError(f"the DICOM file is truncated: {msg}")
    if len(ds) == 0:
        raise DicomReadError("the DICOM file holds no data elements (truncated or empty)")
    ts = ds.file_meta.get("TransferSyntaxUID") if ds.file_meta is not None else None
    if not ts:
        raise DicomReadError(
            "the DICOM file meta header has no Transfer Syntax UID (0002,0010), so its pixel "
            "encoding is unknown; export it again from the source system")
    return ds


def _meta_end_and_syntax(data: bytes) -> tuple[int, str]:
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


def _guard_deflate(data: bytes) -> None:
    """Refuse deflated files that would inflate beyond :data:`MAX_INFLATED_BYTES`.

    pydicom inflates the whole data set in one call, so a small "zip bomb" could exhaust memory.
    """
    if data[128:132] != b"DICM":
        return
    start, syntax = _meta_end_and_syntax(data)
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


def _text(ds: Any, keyword: str) -> str:
    """A header value as a plain string ('' when absent or unreadable)."""
    try:
        value = ds.get(keyword)
        if value is None:
            return ""
        value = getattr(value, "value", value)
        if _is_multi(value):
            return "\\".join(str(v) for v in value)
        if isinstance(value, bytes):
            return ""
        return str(value).strip()
    except Exception:  # noqa: BLE001 - one malformed element must not hide the image
        return ""


def _int(ds: Any, keyword: str, default: int = 0) -> int:
    try:
        value = ds.get(keyword)
        return int(value) if value not in (None, "") else default
    except (TypeError, ValueError, OverflowError):
        return default


def _is_multi(value: Any) -> bool:
    from pydicom.multival import MultiValue

    return isinstance(value, (list, tuple, MultiValue))


def _floats(value: Any) -> list[float]:
    """All values as finite floats, or [] if any is missing or malformed."""
    if value is None or value == "":
        return []
    items = value if _is_multi(value) else [value]
    out = []
    for v in items:
        try:
            f = float(v)
        except (TypeError, ValueError, OverflowError):
            return []
        if not np.isfinite(f):
            return []
        out.append(f)
    return out


def _dicom_date(text: str) -> date | None:
    try:
        return datetime.strptime(text[:8], "%Y%m%d").date() if len(text) >= 8 else None
    except ValueError:
        return None


def _functional_attr(ds: Any, frame: int, sequence: str, keyword: str) -> Any:
    """An attribute from the per-frame, then shared functional groups (enhanced multi-frame)."""
    try:
        per_frame = ds.get("PerFrameFunctionalGroupsSequence")
        if per_frame is not None and frame < len(per_frame):
            item = per_frame[frame].get(sequence)
            if item and keyword in item[0]:
                return item[0].get(keyword)
        shared = ds.get("SharedFunctionalGroupsSequence")
        if shared:
            item = shared[0].get(sequence)
            if item and keyword in item[0]:
                return item[0].get(keyword)
    except (TypeError, AttributeError, IndexError, KeyError, ValueError):
        return None
    return None


def _header_window(ds: Any, frame: int) -> tuple[float, float] | None:
    centre = _floats(ds.get("WindowCenter")) or _floats(
        _functional_attr(ds, frame, "FrameVOILUTSequence", "WindowCenter"))
    width = _floats(ds.get("WindowWidth")) or _floats(
        _functional_attr(ds, frame, "FrameVOILUTSequence", "WindowWidth"))
    if centre and width and width[0] > 0:
        return centre[0], width[0]
    return None


def _pixel_spacing(ds: Any) -> tuple[float, float] | None:
    spacing = _floats(ds.get("PixelSpacing")) or _floats(ds.get("ImagerPixelSpacing")) or _floats(
        _functional_attr(ds, 0, "PixelMeasuresSequence", "PixelSpacing"))
    return (spacing[0], spacing[1]) if len(spacing) >= 2 else None


def _transfer_syntax(ds: Any) -> Any:
    return ds.file_meta.TransferSyntaxUID


def _dicom_header(ds: Any, data: bytes, name: str) -> ImageHeader:
    ts = _transfer_syntax(ds)
    identifiers = {k: v for k in IDENTIFYING_KEYWORDS if (v := _text(ds, k))}
    window = _header_window(ds, 0)
    metadata = {k: v for k in DISPLAY_KEYWORDS if (v := _text(ds, k))}
    rows, columns, frames = _int(ds, "Rows"), _int(ds, "Columns"), max(_int(ds, "NumberOfFrames", 1), 1)
    metadata.update({
        "TransferSyntax": ts.name,
        "Size": f"{columns} × {rows}",
        "Frames": str(frames),
    })
    spacing = _pixel_spacing(ds)
    if spacing:
        metadata["PixelSpacing"] = f"{spacing[0]:g} × {spacing[1]:g} mm"
    if window:
        metadata["Window"] = f"C {window[0]:g} / W {window[1]:g}"
    sop = ds.file_meta.get("MediaStorageSOPClassUID") or ds.get("SOPClassUID")
    if sop:
        metadata["SOPClass"] = getattr(sop, "name", str(sop))
    return ImageHeader(
        kind="dicom",
        modality=_text(ds, "Modality").upper(),
        body_part=_text(ds, "BodyPartExamined").upper(),
        view=_text(ds, "ViewPosition").upper(),
        rows=rows,
        columns=columns,
        pixel_spacing=spacing,
        study_date=_dicom_date(_text(ds, "StudyDate") or _text(ds, "SeriesDate")),
        photometric=_text(ds, "PhotometricInterpretation").upper(),
        n_frames=frames,
        window=window,
        transfer_syntax=ts.name,
        sha256=_sha256(data),
        size_bytes=len(data),
        original_name=name,
        identifiers=identifiers,
        metadata=metadata,
    )


def _check_decodable(ds: Any) -> None:
    from pydicom.pixels import get_decoder

    ts = _transfer_syntax(ds)
    if not ts.is_compressed:
        return
    try:
        decoder = get_decoder(ts)
    except NotImplementedError as exc:
        raise UnsupportedCompression(
            f"no decoder for the transfer syntax '{ts.name}' ({ts}); convert the file to an "
            "uncompressed or JPEG 2000 syntax") from exc
    if not decoder.is_available:
        raise UnsupportedCompression(
            f"the decoder for '{ts.name}' ({ts}) is not installed") from None


def _read_dicom(data: bytes, name: str, *, frame: int) -> ImageRecord:
    ds = load_dataset(data, stop_before_pixels=False)
    header = _dicom_header(ds, data, name)
    if not any(k in ds for k in ("PixelData", "FloatPixelData", "DoubleFloatPixelData")):
        sop = header.metadata.get("SOPClass", "this object")
        raise DicomReadError(f"the DICOM file has no pixel data ({sop} is not an image)")
    if header.rows <= 0 or header.columns <= 0:
        raise DicomReadError("the DICOM image declares no Rows/Columns")
    if not 0 <= frame < header.n_frames:
        raise ImageReadError(f"frame {frame} does not exist (the image has {header.n_frames})")
    samples = max(_int(ds, "SamplesPerPixel", 1), 1)
    _guard_size(header.rows, header.columns, header.n_frames, samples, "the DICOM image")
    _check_decodable(ds)
    photometric = header.photometric

    arr = _decode_frame(ds, frame, header.n_frames)
    window = header.window
    voi_applied = False
    if photometric == "PALETTE COLOR":
        arr = _palette_to_rgb(arr, ds)
    if arr.ndim == 3:
        pixels = _to_rgb8(arr, ds)
        window = None
    else:
        pixels, window, voi_applied = _grey_pixels(arr, ds, frame, photometric, window)
    return ImageRecord(
        pixels=pixels,
        kind="dicom",
        modality=header.modality,
        body_part=header.body_part,
        view=header.view,
        rows=header.rows,
        columns=header.columns,
        pixel_spacing=header.pixel_spacing,
        study_date=header.study_date,
        photometric=photometric,
        n_frames=header.n_frames,
        frame_index=frame,
        window=window,
        voi_lut_applied=voi_applied,
        transfer_syntax=header.transfer_syntax,
        sha256=header.sha256,
        size_bytes=header.size_bytes,
        original_name=name,
        identifiers=header.identifiers,
        metadata=header.metadata,
    )


def _decode_frame(ds: Any, frame: int, n_frames: int) -> np.ndarray:
    """Decode one frame only (pydicom decodes just the requested index), fastest decoder first."""
    index = frame if n_frames > 1 else None
    preferred = PREFERRED_DECODERS.get(str(_transfer_syntax(ds)), "")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            if preferred:
                try:
                    ds.pixel_array_options(index=index, decoding_plugin=preferred)
                    return ds.pixel_array
                except Exception:  # noqa: BLE001 - fall back to every installed decoder
                    pass
            ds.pixel_array_options(index=index)
            return ds.pixel_array
        except MemoryError as exc:
            raise ImageReadError("not enough memory to decode this image") from exc
        except (KeyboardInterrupt, SystemExit, GeneratorExit):
            raise
        except BaseException as exc:  # noqa: BLE001 - Rust decoders panic with a BaseException
            msg = str(exc)
            if "less than expected" in msg or "truncat" in msg.lower() or "too short" in msg:
                raise DicomReadError(f"the DICOM pixel data is truncated: {msg}") from exc
            if "does not support" in msg:
                ts = _transfer_syntax(ds)
                raise UnsupportedCompression(
                    f"no installed decoder handles '{ts.name}' ({ts}) with "
                    f"{_int(ds, 'BitsStored')}-bit samples; convert the file to an uncompressed "
                    f"or JPEG 2000 syntax (details: {msg})") from exc
            raise DicomReadError(f"the DICOM pixel data cannot be decoded: {msg}") from exc


def _palette_to_rgb(arr: np.ndarray, ds: Any) -> np.ndarray:
    from pydicom.pixels import apply_color_lut

    try:
        return apply_color_lut(arr, ds)
    except Exception as exc:  # noqa: BLE001
        raise DicomReadError(f"the palette colour lookup table is invalid: {exc}") from exc


def _to_rgb8(arr: np.ndarray, ds: Any) -> np.ndarray:
    if arr.shape[-1] == 4:
        arr = arr[..., :3]
    if arr.dtype == np.uint8:
        return np.ascontiguousarray(arr)
    if ds.get("PhotometricInterpretation") == "PALETTE COLOR":
        descriptor = ds.get("RedPaletteColorLookupTableDescriptor") or [0, 0, 16]
        bits = 8 if int(descriptor[2]) == 8 else 16  # apply_color_lut keeps the LUT's depth
    else:
        bits = _int(ds, "BitsStored", arr.dtype.itemsize * 8) or arr.dtype.itemsize * 8
    shift = max(bits - 8, 0)
    return np.ascontiguousarray((arr.astype(np.uint64) >> shift).clip(0, 255).astype(np.uint8))


def _grey_pixels(arr: np.ndarray, ds: Any, frame: int, photometric: str,
                 window: tuple[float, float] | None) -> tuple[np.ndarray, tuple[float, float] | None, bool]:
    """Modality LUT, VOI LUT table when present, MONOCHROME1 inversion (window mapped along)."""
    from pydicom.pixels import apply_modality_lut, apply_voi_lut

    lo_hi = _stored_range(ds)
    try:
        slope = _floats(_functional_attr(ds, frame, "PixelValueTransformationSequence", "RescaleSlope"))
        intercept = _floats(
            _functional_attr(ds, frame, "PixelValueTransformationSequence", "RescaleIntercept"))
        if "RescaleSlope" not in ds and (slope or intercept):
            s, i = (slope or [1.0])[0], (intercept or [0.0])[0]
            modal = arr.astype(np.float32) * np.float32(s) + np.float32(i)
        else:
            modal = apply_modality_lut(arr, ds)  # stays integer when there is no rescale
            s = (_floats(ds.get("RescaleSlope")) or [1.0])[0]
            i = (_floats(ds.get("RescaleIntercept")) or [0.0])[0]
        range_lo, range_hi = sorted((lo_hi[0] * s + i, lo_hi[1] * s + i))
        values = modal.astype(np.float32)
        voi_applied = False
        voi_seq = ds.get("VOILUTSequence")
        if voi_seq:
            descriptor = voi_seq[0].get("LUTDescriptor")
            if modal.dtype.kind == "f":
                modal = np.rint(modal).astype(np.int64)  # the LUT is indexed by integers
            values = apply_voi_lut(modal, ds, prefer_lut=True).astype(np.float32)
            bits = int(descriptor[2]) if descriptor and len(descriptor) > 2 else 16
            range_lo, range_hi = 0.0, float(2 ** min(max(bits, 1), 16) - 1)
            voi_applied = True
    except (ValueError, TypeError, IndexError, KeyError, AttributeError, OverflowError) as exc:
        raise DicomReadError(f"the DICOM rescale or VOI LUT is invalid: {exc}") from exc
    if photometric == "MONOCHROME1":
        values = np.float32(range_lo + range_hi) - values
        if window is not None:
            window = (range_lo + range_hi - window[0], window[1])
    return np.ascontiguousarray(values, dtype=np.float32), window, voi_applied


def _stored_range(ds: Any) -> tuple[float, float]:
    bits = min(max(_int(ds, "BitsStored", 16), 1), 32)
    if _int(ds, "PixelRepresentation") == 1:
        return float(-(2 ** (bits - 1))), float(2 ** (bits - 1) - 1)
    return 0.0, float(2**bits - 1)


# ---------------------------------------------------------------------------------------------
# Photos


def _open_photo(data: bytes) -> Any:
    """Open a PNG/JPEG lazily and refuse it before decoding if it is too large."""
    from PIL import Image, UnidentifiedImageError

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            im = Image.open(io.BytesIO(data), formats=list(PHOTO_FORMATS))
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise ImageReadError(f"the photo is too large to open safely: {exc}") from exc
    except UnidentifiedImageError as exc:
        raise ImageReadError(
            "not a supported image: expected a DICOM file or a PNG/JPEG photo") from exc
    except (OSError, ValueError, SyntaxError, EOFError) as exc:
        raise ImageReadError(f"the photo is corrupt: {exc}") from exc
    w, h = im.size
    try:
        _guard_size(h, w, 1, len(im.getbands()), "the photo")
    except ImageReadError:
        im.close()
        raise
    return im


def _exif_facts(im: Any) -> tuple[dict[str, str], date | None]:
    """Identifying EXIF facts (when, where, which camera) and the capture date."""
    from PIL import ExifTags

    facts: dict[str, str] = {}
    taken: date | None = None
    try:
        exif = im.getexif()
        base = dict(exif)
        sub = dict(exif.get_ifd(ExifTags.IFD.Exif))
        gps = dict(exif.get_ifd(ExifTags.IFD.GPSInfo))
    except Exception:  # noqa: BLE001 - broken EXIF is dropped, the photo is still usable
        return facts, None
    for tag, key in ((ExifTags.Base.DateTimeOriginal, "DateTimeOriginal"),
                     (ExifTags.Base.DateTime, "DateTime"), (ExifTags.Base.Make, "Make"),
                     (ExifTags.Base.Model, "Model"), (ExifTags.Base.Artist, "Artist"),
                     (ExifTags.Base.BodySerialNumber, "BodySerialNumber")):
        value = sub.get(tag, base.get(tag))
        if isinstance(value, str) and value.strip():
            facts[key] = value.strip().rstrip("\x00")
    if gps:
        facts["GPS"] = "present"
    stamp = facts.get("DateTimeOriginal") or facts.get("DateTime")
    if stamp:
        try:
            taken = datetime.strptime(stamp[:10], "%Y:%m:%d").date()
        except ValueError:
            taken = None
    return facts, taken


def _photo_header(im: Any, data: bytes, name: str) -> ImageHeader:
    identifiers, taken = _exif_facts(im)
    w, h = im.size
    orientation = 1
    try:
        orientation = int(im.getexif().get(0x0112, 1))
    except Exception:  # noqa: BLE001
        orientation = 1
    if orientation in (5, 6, 7, 8):
        w, h = h, w
    photometric = "MONOCHROME2" if im.mode in ("L", "I", "I;16", "F", "1") else "RGB"
    return ImageHeader(
        kind="photo", modality="XC", body_part="", view="", rows=h, columns=w,
        pixel_spacing=None, study_date=taken, photometric=photometric, n_frames=1, window=None,
        transfer_syntax="", sha256=_sha256(data), size_bytes=len(data), original_name=name,
        identifiers=identifiers,
        metadata={"Format": im.format or "", "Size": f"{w} × {h}", "Mode": im.mode,
                  "Modality": "XC"},
    )


def _read_photo(data: bytes, name: str) -> ImageRecord:
    from PIL import ImageOps

    with _open_photo(data) as im:
        header = _photo_header(im, data, name)
        try:
            upright = ImageOps.exif_transpose(im)
            upright.load()
        except (OSError, ValueError, SyntaxError, EOFError) as exc:
            raise ImageReadError(f"the photo cannot be decoded (truncated or corrupt): {exc}") from exc
    if header.photometric == "MONOCHROME2":
        pixels = np.asarray(upright.convert("F") if upright.mode != "L" else upright, dtype=np.float32)
    else:
        pixels = np.asarray(upright.convert("RGB"), dtype=np.uint8)
    pixels = np.ascontiguousarray(pixels)
    return ImageRecord(
        pixels=pixels, kind="photo", modality="XC", body_part="", view="",
        rows=pixels.shape[0], columns=pixels.shape[1], pixel_spacing=None,
        study_date=header.study_date, photometric=header.photometric, n_frames=1, frame_index=0,
        window=None, voi_lut_applied=False, transfer_syntax="", sha256=header.sha256,
        size_bytes=header.size_bytes, original_name=name, identifiers=header.identifiers,
        metadata=header.metadata,
    )
