"""Issue 12 §9 and §14 in the domain: an override reason of a few words; sign-out, lock, unlock,
a viewed case and a refused self-disable in the audit log (the chain stays verifiable)."""

from __future__ import annotations

import pytest
from helpers_store import PASSWORD, intake, store_staff, suggestion, template_db  # noqa: F401

from triage.errors import InvalidReview, PermissionDenied
from triage.records import Decision
from triage.store.audit import AuditLog
from triage.store.cases import reason_problem


@pytest.mark.parametrize("reason", ["x", "ok", "worse", "  looks  ", "deteriorat"])
def test_an_override_needs_a_reason_of_a_few_words(store_staff, reason):
    store, staff = store_staff
    case_id = store.create_case(staff.nurse, intake(), suggestion(3))
    with pytest.raises(InvalidReview, match="few words"):
        store.review(staff.clinician, case_id, Decision.OVERRIDE, 2, reason)
    assert store.case_detail(staff.clinician, case_id).reviews == ()
    store.review(staff.clinician, case_id, Decision.OVERRIDE, 2, "looks worse")
    assert store.case_detail(staff.clinician, case_id).reviews[-1].reason == "looks worse"


def test_reason_problem_reads_like_the_rule():
    assert reason_problem("") == "An override needs a reason"
    assert reason_problem("SpO2 falling") is None and reason_problem("sepsis?") is not None


def test_unlock_is_recorded_as_unlock_not_as_a_new_login(store_staff):
    store, staff = store_staff
    log = AuditLog(store.conn)
    logins = len(log.entries(limit=1000, action="login"))
    store.accounts.login("nurse", PASSWORD, purpose="unlock")
    last = log.entries(limit=1)[0]
    assert (last.username, last.action) == ("nurse", "unlock")
    assert len(log.entries(limit=1000, action="login")) == logins
    with pytest.raises(ValueError):
        store.accounts.login("nurse", PASSWORD, purpose="anything")


def test_sign_out_lock_and_a_viewed_case_are_recorded_without_blessing_rows(store_staff):
    store, staff = store_staff
    case_id = store.create_case(staff.nurse, intake(), suggestion(3))
    store.record_event(staff.clinician, "case.view", "case", case_id)
    store.record_event(staff.nurse, "lock", "user", staff.nurse.id)
    store.record_event(staff.admin, "logout", "user", staff.admin.id)  # any role signs out
    rows = AuditLog(store.conn).entries(limit=3)
    assert [(r.username, r.action) for r in rows] == [
        ("admin", "logout"), ("nurse", "lock"), ("clinician", "case.view")]
    wrote = store.conn.execute("SELECT wrote FROM audit_log ORDER BY id DESC LIMIT 3").fetchall()
    assert all(not w[0] for w in wrote)  # seen, not changed: no row hashes recorded
    with pytest.raises(PermissionDenied):  # administrators do not read cases
        store.record_event(staff.admin, "case.view", "case", case_id)
    assert store.verify_audit().ok


def test_a_refused_self_disable_is_in_the_audit_log(store_staff):
    store, staff = store_staff
    with pytest.raises(ValueError, match="own account"):
        store.accounts.set_active(staff.admin, staff.admin.id, False)
    last = AuditLog(store.conn).entries(limit=1)[0]
    assert (last.username, last.action, last.object_id) == ("admin", "refused", str(staff.admin.id))
    assert store.accounts.get("admin").active and store.verify_audit().ok
