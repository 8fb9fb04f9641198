"""Imported reviews keep their reviewer only as imported data (issue 25): the review's author is
the importing account, the source's reviewer is stored apart (``reviews.imported_signed_by``,
m017) and every view of it — the case view's history, CSV, JSON Lines, FHIR, PDF — says
"imported, signed by X at the source", never that X signed it here."""

from __future__ import annotations

import json

import pytest
from reportlab import rl_config

from fixtures_export import PASSWORD, copy_installation, template  # noqa: F401 - fixture
from helpers_store import store_staff, template_db  # noqa: F401 - fixtures
from triage.export import export_cases
from triage.export.importer import import_cases
from triage.records import Decision
from triage.store import CaseStore
from ui.case.flowsheet import history_lines

SOURCE = "imported, signed by doc1 at the source"


@pytest.fixture
def inst(template, tmp_path):
    """The export fixture's installation in its own folder (``data_dir`` is the target's)."""
    installation = copy_installation(template, tmp_path / "source")
    yield installation
    installation.store.close()


@pytest.fixture
def imported(inst, store_staff, tmp_path):
    """The export fixture's cases (doc1 reviewed one) imported into a store of either backend by
    its administrator; returns (store, admin, the imported cases)."""
    exported = export_cases(inst.store, inst.admin, "jsonl", tmp_path / "source.jsonl",
                            with_files=False)
    store, staff = store_staff
    import_cases(store, staff.admin, exported.path)
    return store, staff.admin, list(store.iter_cases(staff.admin))


def test_an_imported_review_is_authored_by_the_importer_and_names_the_source_reviewer(imported):
    store, admin, cases = imported
    reviews = [r for c in cases for r in c.reviews]
    assert reviews and all(r.reviewer == admin.username for r in reviews)  # the author of the write
    assert {r.imported_signed_by for r in reviews} == {"doc1"}
    assert all(SOURCE in r.signed_by for r in reviews)
    # stored so: no review row claims doc1 (who has no account here) signed it on this installation
    rows = store.conn.execute("SELECT reviewer, imported_signed_by FROM reviews").fetchall()
    assert rows and all(r == (admin.username, "doc1") for r in rows)
    reviewed = next(c for c in cases if c.reviews)
    assert any(SOURCE in line for line in history_lines(reviewed))  # the case view's history
    assert store.verify_audit().ok


def test_a_review_signed_here_is_shown_as_before(inst):
    review = inst.store.case_detail(inst.clinician, inst.case_id).reviews[0]
    assert review.imported_signed_by == "" and review.signed_by == "doc1"
    assert inst.store.conn.execute("SELECT imported_signed_by FROM reviews").fetchone()[0] is None


def test_exports_show_an_imported_review_as_imported(imported, tmp_path, monkeypatch):
    store, admin, _ = imported
    csv_text = export_cases(store, admin, "csv", tmp_path / "out.csv").path.read_text(encoding="utf-8")
    assert SOURCE in csv_text
    lines = export_cases(store, admin, "jsonl", tmp_path / "out.jsonl",
                         with_files=False).path.read_text(encoding="utf-8").splitlines()
    reviews = [r for line in lines for r in json.loads(line)["reviews"]]
    assert reviews and all(r["reviewer"] == admin.username and r["imported_signed_by"] == "doc1"
                           for r in reviews)
    fhir = export_cases(store, admin, "fhir", tmp_path / "out.ndjson").path.read_text(encoding="utf-8")
    assert SOURCE in fhir
    monkeypatch.setattr(rl_config, "pageCompression", 0)  # text readable in the bytes
    pdf = export_cases(store, admin, "pdf", tmp_path / "out.pdf").path.read_bytes()
    assert b"imported, signed by doc1" in pdf


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_reimporting_keeps_the_first_source_reviewer(imported, tmp_path, fmt):
    """An export of imported reviews, imported again elsewhere, still names doc1 as the source."""
    store, admin, _ = imported
    again = export_cases(store, admin, fmt, tmp_path / f"again.{fmt}", with_files=False)
    with CaseStore(tmp_path / "third") as other:
        admin3 = other.accounts.create_first_admin("admin3", "Third Admin", PASSWORD)
        import_cases(other, admin3, again.path)
        reviews = [r for c in other.iter_cases(admin3) for r in c.reviews]
    assert reviews and {r.imported_signed_by for r in reviews} == {"doc1"}
    assert {r.reviewer for r in reviews} == {"admin3"}
    assert Decision.OVERRIDE in {r.decision for r in reviews}
