"""Free-text scrubbing and photo de-identification."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from triage.imaging.deid import deidentify_photo, scrub_text
from triage.errors import ImageReadError


def test_known_names_and_ids_are_removed_in_any_case():
    text = "Pt John Smith (MRN A1234567) says john was fine; Mrs SMITH called."
    out = scrub_text(text, ["John Smith", "A1234567"])
    assert "john" not in out.lower() and "smith" not in out.lower()
    assert "A1234567" not in out
    assert "says" in out and "called" in out


@pytest.mark.parametrize("secret", [
    "jane.doe+er@example-hospital.org",
    "+44 20 7946 0958", "(555) 123-4567", "555-123-4567", "0612345678",
    "2024-03-14", "14/03/2024", "3.14.24", "14 March 2024", "Mar 14, 2024",
    "ID 987654321", "NHS 943 476 5919", "SSN 123-45-6789",
])
def test_contact_details_dates_and_numbers_are_removed(secret):
    out = scrub_text(f"Seen today, contact {secret} for follow-up.")
    digits = "".join(c for c in secret if c.isdigit())
    assert secret not in out
    if digits:
        assert digits[:4] not in "".join(c for c in out if c.isdigit())
    assert out.startswith("Seen today, contact") and out.endswith("for follow-up.")


def test_vital_signs_and_clinical_numbers_are_kept():
    text = "BP 120/80, HR 110, RR 22, T 38.5, SpO2 94% on 2 L, pain 7/10, GCS 15, age 67"
    assert scrub_text(text, ["Smith"]) == text


def test_empty_and_unknown_inputs():
    assert scrub_text("") == ""
    assert scrub_text("chest pain", []) == "chest pain"
    assert scrub_text("chest pain", ["", " ", "x"]) == "chest pain"


def test_photo_loses_gps_and_exif_but_keeps_the_picture():
    im = Image.new("RGB", (30, 20), (10, 200, 10))
    exif = Image.Exif()
    exif[0x013B] = "Dr Who"
    exif.get_ifd(0x8825)[2] = (52.0, 22.0, 1.0)
    buf = io.BytesIO()
    im.save(buf, format="JPEG", exif=exif.tobytes(), quality=95)
    clean = deidentify_photo(buf.getvalue())
    with Image.open(io.BytesIO(clean)) as out:
        assert out.size == (30, 20)
        assert len(out.getexif()) == 0
        assert abs(out.getpixel((15, 10))[1] - 200) < 8
    assert b"Dr Who" not in clean


def test_photo_that_is_not_an_image_is_a_typed_error():
    with pytest.raises(ImageReadError):
        deidentify_photo(b"%PDF-1.7 not a photo")
