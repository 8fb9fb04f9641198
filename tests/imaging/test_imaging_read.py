"""Reading real DICOM files (pydicom's and pydicom-data's examples) and photos into ImageRecords."""

from __future__ import annotations

import hashlib
import io
import struct
import time
import zlib
from datetime import date
from pathlib import Path

import numpy as np
import pydicom
import pytest
from PIL import Image
from pydicom.data import get_testdata_file
from pydicom.pixels import apply_voi_lut

from triage.errors import DicomReadError, ImageReadError, UnsupportedCompression
from triage.imaging import (
    MAX_PIXELS,
    WINDOW_PRESETS,
    ImageHeader,
    ImageRecord,
    clean_photo_bytes,
    display_pixels,
    read_header,
    read_image,
    thumbnail_png,
)


def dicom(name: str) -> Path:
    """A pydicom / pydicom-data example file, found locally (never downloaded)."""
    path = get_testdata_file(name, download=False)
    assert path is not None, f"{name} missing: install the pinned pydicom and pydicom-data"
    return Path(path)


def raw(name: str) -> pydicom.Dataset:
    return pydicom.dcmread(dicom(name))


def to_bytes(ds: pydicom.Dataset) -> bytes:
    out = io.BytesIO()
    ds.save_as(out, enforce_file_format=True)
    return out.getvalue()


# --- DICOM: what a record holds ----------------------------------------------------------------


def test_ct_pixels_are_hounsfield_units_after_the_modality_lut():
    ds = raw("CT_small.dcm")
    rec = read_image(dicom("CT_small.dcm"))
    expected = ds.pixel_array * float(ds.RescaleSlope) + float(ds.RescaleIntercept)
    assert rec.kind == "dicom" and rec.modality == "CT"
    assert rec.pixels.dtype == np.float32 and rec.pixels.shape == (128, 128)
    np.testing.assert_array_equal(rec.pixels, expected.astype(np.float32))
    assert rec.pixel_spacing == pytest.approx((0.661468, 0.661468))
    assert rec.study_date == date(2004, 1, 19)
    assert rec.transfer_syntax == "Explicit VR Little Endian"


def test_chest_cr_monochrome1_is_inverted_and_its_window_follows():
    ds = raw("RG1_UNCI.dcm")
    rec = read_image(dicom("RG1_UNCI.dcm"))
    top = 2 ** int(ds.BitsStored) - 1
    assert (rec.modality, rec.body_part, rec.view, rec.photometric) == ("CR", "CHEST", "PA", "MONOCHROME1")
    assert (rec.rows, rec.columns) == (1955, 1841)
    np.testing.assert_array_equal(rec.pixels, (top - ds.pixel_array.astype(np.float32)))
    centre, width = float(ds.WindowCenter), float(ds.WindowWidth)
    assert rec.window == pytest.approx((top - centre, width))
    # After inversion bone (the spine, mid-image) is brighter than the lung fields beside it.
    mid = rec.pixels[800:1200, 880:960].mean()
    lung = rec.pixels[800:1200, 350:600].mean()
    assert mid > lung


def test_identifying_fields_are_kept_apart_from_display_metadata():
    rec = read_image(dicom("CT_small.dcm"))
    ds = raw("CT_small.dcm")
    assert rec.identifiers["PatientName"] == str(ds.PatientName)
    assert rec.identifiers["PatientID"] == ds.PatientID
    assert rec.identifiers["StudyInstanceUID"] == ds.StudyInstanceUID
    shown = " ".join(rec.metadata.values())
    for value in (str(ds.PatientName), ds.PatientID, ds.StudyInstanceUID, ds.InstitutionName):
        assert value not in shown
    assert rec.metadata["Modality"] == "CT"


@pytest.mark.parametrize("reference, encoded", [
    ("MR_small.dcm", "MR_small_jp2klossless.dcm"),       # JPEG 2000 lossless
    ("MR_small.dcm", "MR_small_jpeg_ls_lossless.dcm"),   # JPEG-LS
    ("MR_small.dcm", "MR_small_RLE.dcm"),                # RLE
    ("MR_small.dcm", "MR_small_bigendian.dcm"),          # explicit big endian
    ("MR_small.dcm", "MR_small_implicit.dcm"),           # implicit VR little endian
    ("RG1_UNCR.dcm", "RG1_J2KR.dcm"),                    # JPEG 2000 reversible, 1955×1841
    ("SC_rgb.dcm", "SC_rgb_jpeg_gdcm.dcm"),              # JPEG lossless (gdcm)
    ("SC_rgb.dcm", "SC_rgb_rle.dcm"),                    # RLE colour
    ("SC_rgb.dcm", "SC_rgb_16bit.dcm"),                  # 16-bit RGB → 8-bit
    ("US1_UNCR.dcm", "US1_J2KR.dcm"),                    # JPEG 2000 colour (YBR_RCT)
])
def test_lossless_syntaxes_decode_to_the_same_pixels(reference, encoded):
    a, b = read_image(dicom(reference)), read_image(dicom(encoded))
    assert a.pixels.dtype == b.pixels.dtype
    np.testing.assert_array_equal(a.pixels, b.pixels)


@pytest.mark.parametrize("encoded", ["SC_rgb_jpeg_dcmtk.dcm", "SC_ybr_full_uncompressed.dcm",
                                     "SC_ybr_full_422_uncompressed.dcm"])
def test_ybr_and_jpeg_baseline_come_out_as_rgb(encoded):
    ref = read_image(dicom("SC_rgb.dcm")).pixels.astype(int)
    rec = read_image(dicom(encoded))
    assert rec.pixels.dtype == np.uint8 and rec.pixels.shape == (100, 100, 3)
    assert np.abs(rec.pixels.astype(int) - ref).mean() < 3


@pytest.mark.parametrize("name, frame", [("US1_J2KI.dcm", 0), ("JPEGLSNearLossless_16.dcm", 0),
                                         ("color3d_jpeg_baseline.dcm", 60)])
def test_preferred_decoders_agree_with_gdcm(name, frame):
    """Lossy syntaxes: our first-choice decoder (openjpeg, CharLS, Pillow) matches GDCM's output."""
    ds = raw(name)
    multi = int(ds.get("NumberOfFrames", 1) or 1) > 1
    ds.pixel_array_options(index=frame if multi else None, decoding_plugin="gdcm")
    reference = ds.pixel_array
    rec = read_image(dicom(name), frame=frame)
    if rec.pixels.ndim == 3:
        np.testing.assert_array_equal(rec.pixels, reference)
    else:
        np.testing.assert_array_equal(rec.pixels, reference.astype(np.float32))


def test_multiframe_decodes_the_chosen_frame_only():
    ds = raw("emri_small.dcm")
    assert ds.NumberOfFrames == 10
    for frame in (0, 4, 9):
        rec = read_image(dicom("emri_small.dcm"), frame=frame)
        assert (rec.n_frames, rec.frame_index) == (10, frame)
        np.testing.assert_array_equal(rec.pixels, ds.pixel_array[frame].astype(np.float32))
    with pytest.raises(ImageReadError, match="frame 10 does not exist"):
        read_image(dicom("emri_small.dcm"), frame=10)


def test_voi_lut_table_is_applied_when_the_file_has_one():
    ds = raw("vlut_04.dcm")
    rec = read_image(dicom("vlut_04.dcm"))
    assert rec.voi_lut_applied
    np.testing.assert_array_equal(rec.pixels, apply_voi_lut(ds.pixel_array, ds).astype(np.float32))
    assert not read_image(dicom("CT_small.dcm")).voi_lut_applied


def test_palette_colour_and_deflate_are_read():
    pal = read_image(dicom("examples_palette.dcm"))
    assert pal.pixels.shape[-1] == 3 and pal.pixels.dtype == np.uint8 and pal.pixels.std() > 0
    dfl = read_image(dicom("image_dfl.dcm"))
    assert dfl.transfer_syntax.startswith("Deflated") and dfl.pixels.std() > 0


def test_jpeg_2000_chest_matches_the_uncompressed_file_and_reads_fast():
    start = time.perf_counter()
    rec = read_image(dicom("RG1_J2KI.dcm"))
    elapsed = time.perf_counter() - start
    np.testing.assert_array_equal(rec.pixels, read_image(dicom("RG1_UNCI.dcm")).pixels)
    assert rec.transfer_syntax == "JPEG 2000 Image Compression"
    assert elapsed < 5.0


def test_bytes_and_path_give_the_same_record_with_the_original_hash():
    path = dicom("MR_small.dcm")
    data = path.read_bytes()
    from_path, from_bytes = read_image(path), read_image(data, "scan.dcm")
    assert from_path.sha256 == from_bytes.sha256 == hashlib.sha256(data).hexdigest()
    assert from_path.size_bytes == len(data)
    assert (from_path.original_name, from_bytes.original_name) == ("MR_small.dcm", "scan.dcm")
    np.testing.assert_array_equal(from_path.pixels, from_bytes.pixels)


def test_header_is_read_without_pixels_and_agrees_with_the_image():
    header = read_header(dicom("RG3_J2KI.dcm"))
    rec = read_image(dicom("RG3_J2KI.dcm"))
    assert isinstance(header, ImageHeader) and not hasattr(header, "pixels")
    for name in ("modality", "body_part", "view", "rows", "columns", "n_frames", "sha256",
                 "transfer_syntax", "photometric", "study_date"):
        assert getattr(header, name) == getattr(rec, name), name
    assert (header.modality, header.body_part) == ("CR", "EXTREMITY")


# --- DICOM: clear errors -----------------------------------------------------------------------


def test_not_dicom():
    with pytest.raises(DicomReadError, match="not a DICOM file"):
        read_image(dicom("no_meta.dcm"))
    with pytest.raises(DicomReadError, match="not a DICOM file"):
        read_image(b"\x00" * 128 + b"NOPE" + b"garbage" * 20, "x.dcm")
    with pytest.raises(ImageReadError, match="not a supported image"):
        read_image(b"just some text, not an image", "notes.txt")
    with pytest.raises(ImageReadError, match="empty"):
        read_image(b"", "empty.dcm")


def test_missing_transfer_syntax():
    with pytest.raises(DicomReadError, match="Transfer Syntax UID"):
        read_image(dicom("meta_missing_tsyntax.dcm"))


@pytest.mark.parametrize("name", ["MR_truncated.dcm", "emri_small_jpeg_2k_lossless_too_short.dcm"])
def test_truncated(name):
    with pytest.raises(DicomReadError, match="truncated"):
        read_image(dicom(name))


def test_truncated_by_cutting_a_real_file():
    data = dicom("CT_small.dcm").read_bytes()
    with pytest.raises(DicomReadError, match="truncated"):
        read_image(data[: len(data) - 5000], "cut.dcm")


def test_no_pixel_data():
    with pytest.raises(DicomReadError, match="no pixel data"):
        read_image(dicom("rtplan.dcm"))


def test_unsupported_compression_is_named():
    # 12-bit JPEG extended: only the GPL pylibjpeg-libjpeg decodes it, and we do not ship it.
    with pytest.raises(UnsupportedCompression, match="JPEG Extended"):
        read_image(dicom("JPGExtended.dcm"))


def test_unknown_compressed_syntax_is_named():
    ds = raw("JPEG2000.dcm")
    ds.file_meta.TransferSyntaxUID = pydicom.uid.MPEG2MPML
    with pytest.raises(UnsupportedCompression, match="MPEG2"):
        read_image(to_bytes(ds), "video.dcm")


def test_size_guard_refuses_huge_declared_images_before_decoding():
    ds = raw("CT_small.dcm")
    ds.Rows, ds.Columns = 65535, 65535
    start = time.perf_counter()
    with pytest.raises(ImageReadError, match="decompression bomb"):
        read_image(to_bytes(ds), "bomb.dcm")
    assert time.perf_counter() - start < 2.0
    assert 65535 * 65535 > MAX_PIXELS


# --- display -----------------------------------------------------------------------------------


def test_window_presets_and_the_file_window():
    rec = read_image(dicom("CT_small.dcm"))
    centre, width = WINDOW_PRESETS["Lung"]
    shown = display_pixels(rec, (centre, width))
    assert shown.dtype == np.uint8 and shown.shape == rec.pixels.shape
    assert (shown[rec.pixels <= centre - width / 2] == 0).all()
    assert (shown[rec.pixels >= centre + width / 2] == 255).all()
    soft = display_pixels(rec, WINDOW_PRESETS["Soft tissue"])
    assert not np.array_equal(shown, soft)
    # No window anywhere → min-max over the whole range.
    full = display_pixels(rec)
    assert full.min() == 0 and full.max() == 255
    mr = read_image(dicom("MR_small.dcm"))
    assert mr.window == (600.0, 1600.0)
    np.testing.assert_array_equal(display_pixels(mr), display_pixels(mr, (600.0, 1600.0)))


def test_display_of_colour_is_unchanged_and_flat_images_do_not_divide_by_zero():
    rgb = read_image(dicom("SC_rgb.dcm"))
    assert display_pixels(rgb) is rgb.pixels
    flat = ImageRecord(**{**rgb.__dict__, "pixels": np.full((4, 4), 7.0, np.float32)})
    assert (display_pixels(flat) == 0).all()


def test_thumbnail_keeps_aspect_and_is_a_png():
    rec = read_image(dicom("JPEG2000.dcm"))  # 1024 × 256
    png = thumbnail_png(rec, 128)
    with Image.open(io.BytesIO(png)) as im:
        assert im.format == "PNG"
        assert max(im.size) == 128 and im.size == (32, 128)


# --- photos ------------------------------------------------------------------------------------


def make_photo(fmt: str = "JPEG", orientation: int = 6, size=(60, 40)) -> bytes:
    """A real photo: left half red, right half blue, with EXIF orientation, GPS and a date."""
    im = Image.new("RGB", size, (0, 0, 255))
    im.paste((255, 0, 0), (0, 0, size[0] // 2, size[1]))
    exif = Image.Exif()
    exif[0x0112] = orientation
    exif[0x0110] = "PhoneCam 9"
    exif[0x013B] = "Dr Jane Example"
    exif.get_ifd(0x8769)[0x9003] = "2025:03:14 09:26:53"
    gps = exif.get_ifd(0x8825)
    gps[1], gps[2], gps[3], gps[4] = "N", (52.0, 22.0, 1.0), "E", (4.0, 53.0, 2.0)
    out = io.BytesIO()
    im.save(out, format=fmt, exif=exif.tobytes(), **({"quality": 95} if fmt == "JPEG" else {}))
    return out.getvalue()


def test_photo_is_read_upright_with_exif_facts_kept_apart():
    rec = read_image(make_photo(), "wound.jpg")
    assert (rec.kind, rec.modality, rec.photometric) == ("photo", "XC", "RGB")
    # Orientation 6 = rotate 90° clockwise to view: 60×40 becomes 40 wide, 60 tall.
    assert rec.pixels.shape == (60, 40, 3) and (rec.rows, rec.columns) == (60, 40)
    top, bottom = rec.pixels[5, 20], rec.pixels[-5, 20]
    assert top[0] > 200 and top[2] < 60   # red (was the left half) is now on top
    assert bottom[2] > 200 and bottom[0] < 60
    assert rec.identifiers["GPS"] == "present"
    assert rec.identifiers["Artist"] == "Dr Jane Example"
    assert rec.study_date == date(2025, 3, 14)
    assert "Dr Jane" not in " ".join(rec.metadata.values())


@pytest.mark.parametrize("fmt", ["JPEG", "PNG"])
def test_clean_photo_has_no_metadata_and_is_upright(fmt):
    original = make_photo(fmt)
    clean = clean_photo_bytes(original)
    with Image.open(io.BytesIO(clean)) as im:
        assert im.format == fmt
        assert im.size == (40, 60)
        assert len(im.getexif()) == 0
        assert not {"exif", "icc_profile", "xmp", "XML:com.adobe.xmp"} & set(im.info)
    assert b"Dr Jane Example" not in clean and b"PhoneCam" not in clean
    rec = read_image(clean, "clean." + fmt.lower())
    assert rec.identifiers == {}


def test_png_text_chunks_are_dropped():
    from PIL import PngImagePlugin

    info = PngImagePlugin.PngInfo()
    info.add_text("Comment", "Patient: John Doe, MRN 12345678")
    out = io.BytesIO()
    Image.new("L", (8, 8), 128).save(out, format="PNG", pnginfo=info)
    clean = clean_photo_bytes(out.getvalue())
    assert b"John Doe" not in clean
    rec = read_image(clean, "x.png")
    assert rec.photometric == "MONOCHROME2" and rec.pixels.dtype == np.float32


def _png_with_declared_size(width: int, height: int) -> bytes:
    data = bytearray(make_photo("PNG", orientation=1, size=(4, 4)))
    ihdr = struct.pack(">II", width, height) + bytes(data[24:29])
    data[16:29] = ihdr
    data[29:33] = struct.pack(">I", zlib.crc32(b"IHDR" + ihdr) & 0xFFFFFFFF)
    return bytes(data)


def test_photo_decompression_bomb_is_refused_before_decoding():
    bomb = _png_with_declared_size(50_000, 50_000)
    start = time.perf_counter()
    with pytest.raises(ImageReadError, match="too large|decompression bomb"):
        read_image(bomb, "bomb.png")
    with pytest.raises(ImageReadError):
        clean_photo_bytes(bomb)
    assert time.perf_counter() - start < 2.0


def test_corrupt_photo_is_a_clear_error():
    data = make_photo()
    with pytest.raises(ImageReadError):
        read_image(data[: len(data) // 3] + b"\x00" * 10, "cut.jpg")
