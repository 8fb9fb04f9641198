"""A site's calibrations in the store (issue 18 §3): versioned, append-only, audited, in the chain,
administrators only, reversible to the shipped default; on SQLite and PostgreSQL."""

from __future__ import annotations

import sqlite3

import pytest
from helpers_store import store_staff, template_db  # noqa: F401

from triage.errors import PermissionDenied
from triage.store import DB_NAME
from triage.store.dialect import is_postgres


def test_save_show_history_and_reset(store_staff):
    store, staff = store_staff
    assert store.calibration("ESI") is None
    first = store.save_calibration(staff.admin, "ESI", 0.08, provenance={"rows": 600, "sha256": "ab"})
    second = store.save_calibration(staff.admin, "ESI", 0.05, provenance={"rows": 900})
    assert store.calibration("ESI").id == second.id and store.calibration("ESI").critical_threshold == 0.05
    assert store.calibration("KTAS") is None  # per scale
    assert first.version != second.version
    store.reset_calibration(staff.admin, "ESI")
    assert store.calibration("ESI") is None
    history = store.calibration_history(staff.admin, "ESI")
    assert [h.source for h in history] == ["shipped", "site", "site"]
    actions = [r[0] for r in store.conn.execute(
        "SELECT action FROM audit_log WHERE object_type = 'calibration' ORDER BY id").fetchall()]
    assert actions == ["calibration.save", "calibration.save", "calibration.reset"]
    assert store.verify_audit().ok


def test_only_administrators_calibrate(store_staff):
    store, staff = store_staff
    for user in (staff.nurse, staff.clinician):
        with pytest.raises(PermissionDenied):
            store.save_calibration(user, "ESI", 0.05)
        with pytest.raises(PermissionDenied):
            store.reset_calibration(user, "ESI")
    assert store.calibration("ESI") is None


def test_impossible_values_are_refused(store_staff):
    store, staff = store_staff
    with pytest.raises(ValueError):
        store.save_calibration(staff.admin, "ESI", 1.5)
    with pytest.raises(ValueError):
        store.save_calibration(staff.admin, "MTS", 0.1)


def test_calibrations_are_append_only(store_staff):
    store, staff = store_staff
    store.save_calibration(staff.admin, "KTAS", 0.1)
    with pytest.raises(Exception, match="append-only"):
        with store.transaction() as conn:
            conn.execute("UPDATE site_calibrations SET critical_threshold = 0.9")


def test_a_threshold_edited_in_the_file_fails_verify(store_staff):
    store, staff = store_staff
    if is_postgres(store.conn):
        pytest.skip("the file edit is SQLite's; PostgreSQL refuses the UPDATE by trigger")
    store.save_calibration(staff.admin, "ESI", 0.05)
    raw = sqlite3.connect(str(store.data_dir / DB_NAME))
    raw.execute("DROP TRIGGER site_calibrations_no_update")
    raw.execute("UPDATE site_calibrations SET critical_threshold = 0.99")
    raw.commit()
    raw.close()
    result = store.verify_audit()
    assert not result.ok and any("site_calibrations" in p for p in result.problems)
