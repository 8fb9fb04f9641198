"""Authorship from the session only (issue 25 §4; from the security helper's branch)."""

from __future__ import annotations

import pytest
from helpers_store import intake, store_staff, suggestion, template_db  # noqa: F401


def test_seeded_cases_are_authored_by_the_session_not_a_parameter(store_staff):
    store, staff = store_staff
    with pytest.raises(TypeError):
        store.seed_cases([(intake(), suggestion(3))], demo=False, actor=staff.nurse,
                         created_by="clinician")
    (cid,) = store.seed_cases([(intake(), suggestion(3))], demo=False, actor=staff.nurse)
    row = store.conn.execute("SELECT created_by FROM cases WHERE id = ?", (cid,)).fetchone()
    assert row[0] == staff.nurse.username
