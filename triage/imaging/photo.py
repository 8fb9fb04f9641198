"""Photos (PNG, JPEG): header facts from EXIF, decoded pixels, and a metadata-free re-encoding.

Pillow opens lazily, so :func:`open_photo` can refuse a decompression bomb from the declared size
before any pixel is decoded.
"""

from __future__ import annotations

import io
import warnings
from datetime import date, datetime
from typing import Any

import numpy as np

from triage.errors import ImageReadError
from triage.imaging.guards import guard_size
from triage.imaging.record import ImageHeader, ImageRecord, sha256_hex

PHOTO_FORMATS = ("PNG", "JPEG")


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

    with open_photo(data) as im:
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



def open_photo(data: bytes) -> Any:
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
        guard_size(h, w, 1, len(im.getbands()), "the photo")
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


def photo_header(im: Any, data: bytes, name: str) -> ImageHeader:
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
        transfer_syntax="", sha256=sha256_hex(data), size_bytes=len(data), original_name=name,
        identifiers=identifiers,
        metadata={"Format": im.format or "", "Size": f"{w} × {h}", "Mode": im.mode,
                  "Modality": "XC"},
    )


def read_photo(data: bytes, name: str) -> ImageRecord:
    from PIL import ImageOps

    with open_photo(data) as im:
        header = photo_header(im, data, name)
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
