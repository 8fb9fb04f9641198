"""The oxygen flow of a vital set (issue 12, item 10): stored and read back on both backends,
covered by the audit chain, and older vital sets (no flow column when hashed) still verify."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

from helpers_store import install, intake, store_staff, suggestion, template_db  # noqa: F401

from triage.store import CaseStore
from triage.store.migrations import M006_OXYGEN_FLOW
from triage.store.row_hashes import row_digest


def _on_oxygen(flow: float | None):
    base = intake("short of breath")
    return replace(base, vitals=replace(base.vitals, spo2=89, on_oxygen=True, o2_flow_l_min=flow))


def test_flow_is_stored_and_read_back_with_its_vital_set(store_staff):
    store, staff = store_staff
    case_id = store.create_case(staff.nurse, _on_oxygen(2.5), suggestion(2))
    store.retriage(staff.nurse, case_id, _on_oxygen(None).vitals, suggestion(2))
    room_air = replace(_on_oxygen(None).vitals, on_oxygen=False)
    store.retriage(staff.nurse, case_id, room_air, suggestion(3))
    sets = store.case_detail(staff.nurse, case_id).vitals
    assert [(s.vitals.on_oxygen, s.vitals.o2_flow_l_min) for s in sets] == [
        (True, 2.5), (True, None), (False, None)]
    assert isinstance(sets[0].vitals.o2_flow_l_min, float)
    assert store.verify_audit().ok


def test_a_flow_edited_in_the_file_is_reported(template_db: Path, data_dir: Path):
    store, staff = install(template_db, data_dir)
    with store:
        store.create_case(staff.nurse, _on_oxygen(2.0), suggestion(2))
    conn = sqlite3.connect(data_dir / "triage.db", isolation_level=None)
    conn.execute("UPDATE vital_sets SET o2_flow_l_min = 15")
    conn.close()
    with CaseStore(data_dir) as store:
        result = store.verify_audit()
    assert not result.ok and result.problems[0].startswith("vital_sets row ")


def test_a_set_hashed_before_the_column_existed_still_matches():
    names, values = ["id", "case_id", "heart_rate"], [7, 3, 90]
    before = row_digest("vital_sets", names, values)
    assert row_digest("vital_sets", [*names, "o2_flow_l_min"], [*values, None]) == before
    assert row_digest("vital_sets", [*names, "o2_flow_l_min"], [*values, 4.0]) != before


def test_migration_adds_an_empty_flow_to_older_sets(tmp_path):
    db = sqlite3.connect(tmp_path / "old.db")
    db.execute("CREATE TABLE vital_sets (id INTEGER PRIMARY KEY, spo2 INTEGER)")
    db.execute("INSERT INTO vital_sets (spo2) VALUES (94)")
    db.execute(M006_OXYGEN_FLOW.format(real="REAL"))
    assert db.execute("SELECT spo2, o2_flow_l_min FROM vital_sets").fetchall() == [(94, None)]
