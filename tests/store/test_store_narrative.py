"""The intake's free-text note (issue 13): stored with the case, an edit is a revision, older
databases gain the column empty."""

from __future__ import annotations

import sqlite3
from dataclasses import replace

from helpers_store import intake, store_staff, suggestion, template_db  # noqa: F401

from triage.records import IntakeChange
from triage.store.migrations import M004_CASE_NARRATIVE

NOTE = "67 yo M, crushing CP since 2 h, BP 88/50, HR 118"


def test_note_is_stored_read_back_and_edited_as_a_revision(store_staff):
    store, staff = store_staff
    case_id = store.create_case(staff.nurse, replace(intake("chest pain"), narrative=NOTE), suggestion(2))
    assert store.case_detail(staff.nurse, case_id).narrative == NOTE
    revision = store.update_intake(staff.nurse, case_id, IntakeChange(narrative=NOTE + ", RR 24"))
    d = store.case_detail(staff.nurse, case_id)
    assert d.narrative == NOTE + ", RR 24"
    last = d.revisions[-1]
    assert (last.id, last.fields, last.previous, last.values) == (
        revision, ("narrative",), {"narrative": NOTE}, {"narrative": NOTE + ", RR 24"})
    # The audit names the field, never the note's words.
    entry = store.audit_entries(staff.admin, action="case.edit_intake")[-1]
    assert "narrative" in str(entry.details) and "crushing" not in str(entry.details)


def test_a_case_without_a_note_reads_back_empty(store_staff):
    store, staff = store_staff
    case_id = store.create_case(staff.nurse, intake("ankle sprain"), suggestion(4))
    assert store.case_detail(staff.nurse, case_id).narrative == ""


def test_migration_adds_the_column_with_an_empty_default(tmp_path):
    db = sqlite3.connect(tmp_path / "old.db")
    db.execute("CREATE TABLE cases (id INTEGER PRIMARY KEY, complaint TEXT NOT NULL)")
    db.execute("INSERT INTO cases (complaint) VALUES ('old case')")
    db.execute(M004_CASE_NARRATIVE)
    assert db.execute("SELECT complaint, narrative FROM cases").fetchall() == [("old case", "")]
