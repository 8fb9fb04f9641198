"""Issue 22 §3: a tamper followed by a legitimate action on the same case is still reported.

The write that follows an edit made behind the app's back (sqlite3 on the file, or SQL on the
server) refuses to record the altered rows as audited: it writes nothing, says so, and records the
discrepancy (``audit.tamper_found``); ``audit verify`` still names the edit afterwards. Before,
the clinician's review re-hashed the edited row into its own audit row and verify passed."""

from __future__ import annotations

import pytest
from helpers_store import (behind_the_app, found_rows, intake, store_staff, suggestion,  # noqa: F401
                           template_db, where)

from triage.errors import TamperedRecord
from triage.records import Decision


@pytest.fixture
def case_in_review(store_staff):
    store, staff = store_staff
    cid = store.create_case(staff.nurse, intake("crushing chest pain"), suggestion(2))
    store.start_review(staff.clinician, cid)
    assert store.verify_audit().ok
    return store, staff, cid


def test_a_review_after_an_edited_case_is_refused_and_the_edit_stays_visible(case_in_review):
    store, staff, cid = case_in_review
    behind_the_app(where(store), ("UPDATE cases SET complaint = ? WHERE id = ?", ("mild cough", cid)))
    with pytest.raises(TamperedRecord) as caught:
        store.review(staff.clinician, cid, Decision.ACCEPT, 2)
    assert f"case {cid}" in str(caught.value) and f"cases row {cid}" in str(caught.value)
    assert "not saved" in str(caught.value)
    assert store.conn.execute("SELECT count(*) FROM reviews WHERE case_id = ?", (cid,)).fetchone()[0] == 0
    [(who, details)] = found_rows(store)
    assert who == "clinician" and details["rows"] == [f"cases:{cid}"]
    assert details["expected"][0] != details["found"][0]
    result = store.verify_audit()
    assert not result.ok and any(f"cases row {cid}" in p for p in result.problems)


def test_a_forged_review_row_is_not_blessed_by_a_note(case_in_review):
    store, staff, cid = case_in_review
    behind_the_app(where(store), (
        "INSERT INTO reviews (case_id, reviewer, decision, suggested_level, final_level, reason, "
        "signed_at) VALUES (?, 'clinician', 'override', 2, 5, 'looks fine', "
        "'2026-01-01T00:00:00+00:00')", (cid,)))
    with pytest.raises(TamperedRecord, match="recorded by no audit row"):
        store.add_note(staff.nurse, cid, "patient asks for water")
    assert store.conn.execute("SELECT count(*) FROM notes WHERE case_id = ?", (cid,)).fetchone()[0] == 0
    assert found_rows(store)[0][0] == "nurse"
    assert not store.verify_audit().ok


def test_an_edited_patient_is_not_blessed_by_the_next_case_of_that_patient(store_staff):
    store, staff = store_staff
    first = store.create_case(staff.nurse, intake(name="Jane Roe", mrn="MRN-77"), suggestion(3))
    pid = store.conn.execute("SELECT patient_id FROM cases WHERE id = ?", (first,)).fetchone()[0]
    behind_the_app(where(store), ("UPDATE patients SET birth_date = ? WHERE id = ?", ("1901-01-01", pid)))
    with pytest.raises(TamperedRecord, match=f"patients row {pid}"):
        store.create_case(staff.nurse, intake(name="Jane Roe", mrn="MRN-77"), suggestion(3))
    assert store.conn.execute("SELECT count(*) FROM cases").fetchone()[0] == 1
    assert not store.verify_audit().ok


def test_writes_to_untouched_cases_go_on(case_in_review):
    """The check is per case: an edit to one case does not stop the desk working on the others,
    and an untouched case's whole life passes through it."""
    store, staff, cid = case_in_review
    other = store.create_case(staff.nurse, intake("ankle sprain", mrn="MRN-2", name="Other"), suggestion(4))
    behind_the_app(where(store), ("UPDATE cases SET complaint = ? WHERE id = ?", ("x", cid)))
    store.add_note(staff.nurse, other, "ice pack given")
    store.start_review(staff.clinician, other)
    store.review(staff.clinician, other, Decision.OVERRIDE, 5, "minor injury, walking fine", finish=True)
    assert found_rows(store) == []
    result = store.verify_audit()
    assert not result.ok and len(result.problems) == 1 and f"cases row {cid}" in result.problems[0]
