"""Dates without a year and record numbers with their letters (stop 34). The removal cases failed on
the previous main; the kept cases are the durations, doses and ratios the new forms must not take."""

from __future__ import annotations

import pytest

from triage.deid_text import scrub_text


@pytest.mark.parametrize("text, secret", [
    ("the coverage ends 11/30 -- told her not to worry", "11/30"),
    ("wedding Sat 14th, wants to be out", "14th"),
    ("took some pills around oct 19?? unsure", "oct 19"),
    ("prev laparotomy the 2nd of June 2015 at the Royal", "the 2nd"),
    ("admit Thu 3/9/26 to the ward", "Thu"),
    ("moved to rehab 10/11. apixaban from day 7", "10/11"),
    ("review in 2/52 (17/12) with bloods", "17/12"),
    ("다음 외래 2026.12.23(수) 오전", "(수)"),
    ("수술 내일(12/10) 예정", "12/10"),
])
def test_a_date_without_its_year(text, secret):
    assert secret not in scrub_text(text)


@pytest.mark.parametrize("text", [
    "seen 3/7 ago with the same pain",
    "pain 8/10, GCS 14/15, 2/7 hx of cough",
    "from 1/2 tabs to 2 tabs",
    "dec 5 mg tonight",
    "on 2/3 of doses",
    "HR 110 BP 120/80 SPO2 94 RA",
])
def test_durations_ratios_and_doses_stay(text):
    assert scrub_text(text) == text


@pytest.mark.parametrize("text, secret", [
    ("Medicaid (OH) MCX 448 120 936 on file", "MCX"),
    ("poison centre ref NPIS 26-08813 given", "NPIS"),
    ("| HCN 5584 221 908 KV | DOB", "KV"),
    ("Assurance AXA-SNB 88-20414 valid", "AXA-SNB"),
])
def test_the_letters_of_a_record_number_go_with_it(text, secret):
    assert secret not in scrub_text(text)


def test_a_label_before_a_record_number_stays():
    assert scrub_text("MRN 1234567 ED triage").startswith("MRN ")
