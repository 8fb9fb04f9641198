"""Free-text scrubbing (``triage.deid_text``) and photo de-identification."""

from __future__ import annotations

import io
import socket
import unicodedata
from datetime import date

import pytest
from PIL import Image

from triage.deid_text import KnownIdentifiers, TextScrubber, scrub_text
from triage.errors import ImageReadError
from triage.imaging.deid import deidentify_photo

PATIENT = KnownIdentifiers(names=("José Álvarez-Quintana",), numbers=("HX-4471982",), phones=("(617) 555-0142",),
                           dates=(date(1931, 3, 7),))


def test_known_names_and_ids_are_removed_in_any_case():
    text = "Pt John Smith (MRN A1234567) says john was fine; Mrs SMITH called."
    out = scrub_text(text, ["John Smith", "A1234567"])
    assert "john" not in out.lower() and "smith" not in out.lower()
    assert "A1234567" not in out
    assert "says" in out and "called" in out


@pytest.mark.parametrize("secret", [
    "jane.doe+er@example-hospital.org",
    "+44 20 7946 0958", "(555) 123-4567", "555-123-4567", "0612345678",
    "2024-03-14", "14/03/2024", "3.14.24", "14 March 2024", "Mar 14, 2024", "7th March 1951", "March 7th, 1951",
    "7-Mar-1951",
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


@pytest.mark.parametrize("written", [
    "José Álvarez-Quintana", unicodedata.normalize("NFD", "José Álvarez-Quintana"), "Jose Alvarez-Quintana",
    "JOSE ALVAREZ-QUINTANA", "Quintana", "Álvarez", "alvarez", "J. Alvarez-Quintana", "Mr Quintana's",
    unicodedata.normalize("NFD", "Álvarez"),
])
def test_the_patients_name_in_any_spelling(written):
    out = scrub_text(f"Pt {written} fell at home.", PATIENT)
    folded = unicodedata.normalize("NFKD", out).lower()
    assert "alvarez" not in folded and "quintana" not in folded and "jose" not in folded
    assert out.startswith("Pt ") and out.endswith(" fell at home.")


@pytest.mark.parametrize("written", ["7th March 1931", "March 7th, 1931", "7-Mar-1931", "07/03/1931", "1931-03-07",
                                     "03/07/1931", "7.3.31", "19310307", "7 Mar. 1931", "7th of March, 1931"])
def test_the_birth_date_in_any_format(written):
    out = scrub_text(f"DOB {written}, lives alone.", PATIENT)
    assert "1931" not in out and "March" not in out and "Mar" not in out.replace("[", "")
    assert out == "DOB [DATE], lives alone."


@pytest.mark.parametrize("written", ["(617) 555-0142", "617-555-0142", "617.555.0142", "6175550142", "+1 617 555 0142",
                                     "555-0142", "HX-4471982", "HX4471982", "4471982", "MRN 447 1982"])
def test_the_patients_phone_and_record_number_in_any_format(written):
    out = scrub_text(f"Call back on {written} today.", PATIENT)
    digits = "".join(c for c in out if c.isdigit())
    assert "0142" not in digits and "1982" not in digits, out


def test_an_email_that_contains_the_name_goes_whole():
    # The name must not be replaced first, leaving "[NAME].[NAME]@example.org" for a pattern to miss.
    out = scrub_text("Results to jose.alvarez-quintana@example.org please", PATIENT)
    assert out == "Results to [EMAIL] please"


@pytest.mark.parametrize("text,gone", [
    ("Daughter Maria-Luisa Ferreira at bedside", ("Maria", "Ferreira")),
    ("NOK: Pádraig O'Sullivan, neighbour", ("draig", "Sullivan")),
    ("Björn Lindqvist (husband) will bring tablets", ("rn", "Lindqvist")),
    ("Discussed with Dr. Anne-Claire Dubreuil and Dr van der Berg", ("Anne", "Claire", "Dubreuil", "Berg")),
    ("Lives at 14 Larkspur Lane, Hollowbrook BS7 9QT", ("14", "Larkspur", "Hollowbrook", "BS7", "9QT")),
    ("Home zip 02139-4307", ("02139", "4307")),
    ("GP Dr Mulcahy, Main St, Ballyvourney, P12 XK84.", ("Mulcahy", "Main", "Ballyvourney", "P12", "XK84")),
    ("Monitor at 192.168.14.27 and 2001:db8:85a3::8a2e:370:7334", ("192", "8a2e")),
    ("See https://www.example.org/family-page for photos", ("example", "family")),
    ("93-year-old lady, aged 96 per daughter", ("93", "96")),
    ("NHS 943 476 5919, SSN 219-09-9999, Medicare 1EG4-TE5-MK72", ("943", "5919", "219", "1EG4")),
    ("Last seen 14/02/2023 and on 3rd June 2021", ("14/02", "2023", "June", "2021")),
])
def test_other_identifiers(text, gone):
    out = scrub_text(text)
    assert not [g for g in gone if g in out], out


CLINICAL = ("known Parkinson's disease, Bell's palsy last year, Addison's disease on hydrocortisone, Crohn's flare, "
            "Down syndrome. Parkinson. Addison. Crohn. Cushing's syndrome, Guillain-Barré syndrome, Murphy's sign "
            "positive. On amlodipine 5 mg, apixaban 5 mg BD, Augmentin, salbutamol nebs, Co-codamol 30/500. "
            "BP 120/80, HR 110, SpO2 94% on air, RR 22, T 38.5, GCS 15, pain 7/10, BM 6.2, NEWS2 5. "
            "Pain for 2 hours, vomiting 3 days, 6/52 post-op, 67-year-old, aged 45, 89-year-old. "
            "Platelets 150000, CK 15000, 1000 ML, 2000 IU, 1200 CC. "
            "Referred to Cardiology, discussed with ED registrar, seen by GP, brought in by ambulance.")


def test_clinical_words_vitals_and_durations_are_kept():
    assert scrub_text(CLINICAL) == CLINICAL
    assert scrub_text(CLINICAL, PATIENT) == CLINICAL


def test_a_patient_named_like_an_eponym():
    known = KnownIdentifiers(names=("Grace Addison",))
    out = scrub_text("Mrs Addison has Addison's disease; Grace Addison's son called.", known)
    assert out == "Mrs [NAME] has Addison's disease; [NAME]'s son called."


def test_nothing_is_downloaded(monkeypatch):
    """Building the analyzer and scrubbing reach no network (Presidio's defaults would fetch a
    spaCy model, tldextract a suffix list)."""
    def refuse(*args, **kwargs):
        raise AssertionError(f"network access attempted: {args}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    scrubber = TextScrubber()  # a fresh analyzer, built under the patch
    text = "Email jose@example.org, see www.example.com, call +44 7700 900461, DOB 7th March 1931"
    assert scrubber.scrub(text, PATIENT) == "Email [EMAIL], see [URL], call [PHONE], DOB [DATE]"


def test_findings_map_back_to_the_original_characters():
    nfd = unicodedata.normalize("NFD", "José")
    text = f"{nfd} ok"
    (finding,) = TextScrubber().find(text, PATIENT)
    assert (finding.start, finding.end, finding.entity) == (0, len(nfd), "PERSON")


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
