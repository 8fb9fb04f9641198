"""DICOM: header facts without pixels, and one decoded frame as an :class:`ImageRecord`.

dcmread never uses ``force``; whatever a malformed file makes pydicom raise becomes a
:class:`DicomReadError`. Decoding runs native code (gdcm, OpenJPEG, CharLS) that can abort the
process on a hostile file, so untrusted files are decoded through
:mod:`triage.imaging.isolation`, which calls into this module in a child process.

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

import io
import warnings
from datetime import date, datetime
from typing import Any

import numpy as np

from triage.errors import DicomReadError, ImageNotDecodable, ImageReadError, UnsupportedCompression
from triage.imaging.guards import guard_deflate, guard_size
from triage.imaging.record import DISPLAY_KEYWORDS, IDENTIFYING_KEYWORDS, ImageHeader, ImageRecord, sha256_hex

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

    guard_deflate(data)
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
            raise ImageNotDecodable("not enough memory to read this DICOM header") from exc
        except Exception as exc:  # noqa: BLE001 - as in as_read_error
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


def dicom_header(ds: Any, data: bytes, name: str) -> ImageHeader:
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
        sha256=sha256_hex(data),
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


def read_dicom(data: bytes, name: str, *, frame: int) -> ImageRecord:
    ds = load_dataset(data, stop_before_pixels=False)
    header = dicom_header(ds, data, name)
    if not any(k in ds for k in ("PixelData", "FloatPixelData", "DoubleFloatPixelData")):
        sop = header.metadata.get("SOPClass", "this object")
        raise DicomReadError(f"the DICOM file has no pixel data ({sop} is not an image)")
    if header.rows <= 0 or header.columns <= 0:
        raise DicomReadError("the DICOM image declares no Rows/Columns")
    if not 0 <= frame < header.n_frames:
        raise ImageReadError(f"frame {frame} does not exist (the image has {header.n_frames})")
    samples = max(_int(ds, "SamplesPerPixel", 1), 1)
    guard_size(header.rows, header.columns, header.n_frames, samples, "the DICOM image")
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
            raise ImageNotDecodable("not enough memory to decode this image") from exc
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


