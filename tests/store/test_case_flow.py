"""A case's status over its life on real SQLite files: close needs a decision or a reason, reopen
is audited with a reason, a case can go back to waiting, and a decision on a stale screen is
refused with who changed what."""

from __future__ import annotations

import pytest
from helpers_store import PASSWORD, intake, store_staff, suggestion, template_db  # noqa: F401

from triage.errors import CaseChanged, CaseClosed, InvalidReview, PermissionDenied
from triage.records import CaseStatus, Decision, Role
from triage.store.audit import AuditLog
from triage.store.case_flow import detail_version


def test_closing_needs_a_decision_or_a_reason_to_close_without_review(store_staff):
    store, staff = store_staff
    case_id = store.create_case(staff.nurse, intake(), suggestion(3))
    with pytest.raises(InvalidReview, match="without review"):
        store.close_case(staff.clinician, case_id)
    with pytest.raises(InvalidReview, match="reason"):
        store.close_case(staff.clinician, case_id, without_review=" x ")
    assert store.case_detail(staff.clinician, case_id).status is CaseStatus.WAITING
    store.close_case(staff.clinician, case_id, without_review="left before being seen")
    detail = store.case_detail(staff.clinician, case_id)
    assert detail.status is CaseStatus.CLOSED
    assert [n.text for n in detail.notes] == ["Closed without review: left before being seen"]
    entry = AuditLog(store.conn).entries(limit=1)[0]
    assert entry.action == "case.close" and entry.details["reviewed"] is False
    assert "left before" not in str(entry.details)  # the reason is a note, never audit text


def test_a_decided_case_closes_without_a_reason(store_staff):
    store, staff = store_staff
    case_id = store.create_case(staff.nurse, intake(), suggestion(3))
    store.review(staff.clinician, case_id, Decision.ACCEPT, 3)
    store.close_case(staff.clinician, case_id)
    assert store.case_detail(staff.clinician, case_id).notes == ()


def test_a_clinician_reopens_a_closed_case_with_a_reason_and_it_is_audited(store_staff):
    store, staff = store_staff
    case_id = store.create_case(staff.nurse, intake(), suggestion(3))
    store.review(staff.clinician, case_id, Decision.ACCEPT, 3)
    store.close_case(staff.clinician, case_id)
    with pytest.raises(PermissionDenied):
        store.reopen_case(staff.nurse, case_id, "wrong patient closed")
    with pytest.raises(InvalidReview, match="reason"):
        store.reopen_case(staff.clinician, case_id, "")
    store.reopen_case(staff.clinician, case_id, "closed by mistake")
    detail = store.case_detail(staff.clinician, case_id)
    assert detail.status is CaseStatus.IN_REVIEW and detail.closed_at is None
    assert detail.notes[-1].text == "Reopened: closed by mistake"
    entry = AuditLog(store.conn).entries(limit=1)[0]
    assert entry.action == "case.reopen" and entry.username == "clinician"
    assert "mistake" not in str(entry.details)
    store.add_note(staff.nurse, case_id, "notes work again")  # open again
    with pytest.raises(InvalidReview, match="not closed"):
        store.reopen_case(staff.clinician, case_id, "twice")
    undecided = store.create_case(staff.nurse, intake(), suggestion(4))
    store.close_case(staff.clinician, undecided, without_review="left")
    store.reopen_case(staff.clinician, undecided, "came back")
    assert store.case_detail(staff.clinician, undecided).status is CaseStatus.WAITING


def test_a_case_goes_back_to_waiting_until_someone_decides(store_staff):
    store, staff = store_staff
    case_id = store.create_case(staff.nurse, intake(), suggestion(3))
    store.start_review(staff.clinician, case_id)
    assert store.case_detail(staff.clinician, case_id).status is CaseStatus.IN_REVIEW
    store.return_to_waiting(staff.clinician, case_id)
    assert store.case_detail(staff.clinician, case_id).status is CaseStatus.WAITING
    assert AuditLog(store.conn).entries(limit=1)[0].action == "case.return_to_waiting"
    store.review(staff.clinician, case_id, Decision.ACCEPT, 3)
    with pytest.raises(InvalidReview, match="decided"):
        store.return_to_waiting(staff.clinician, case_id)
    store.close_case(staff.clinician, case_id)
    with pytest.raises(CaseClosed):
        store.return_to_waiting(staff.clinician, case_id)


def test_a_decision_on_a_stale_screen_is_refused_and_says_who_changed_what(store_staff):
    store, staff = store_staff
    second = store.accounts.create_user(staff.admin, "doc2", "Doc Two", PASSWORD, {Role.CLINICIAN})
    case_id = store.create_case(staff.nurse, intake(), suggestion(3))
    seen_by_both = detail_version(store.case_detail(staff.clinician, case_id))
    assert store.case_version(staff.clinician, case_id) == seen_by_both
    store.review(staff.clinician, case_id, Decision.ACCEPT, 3, seen=seen_by_both)
    with pytest.raises(CaseChanged, match="clinician accepted level 3") as refused:
        store.review(second, case_id, Decision.OVERRIDE, 2, "looks worse", seen=seen_by_both)
    assert "Reload" in str(refused.value)
    detail = store.case_detail(second, case_id)
    assert [(r.reviewer, r.final_level) for r in detail.reviews] == [("clinician", 3)]
    fresh = detail_version(detail)
    store.review(second, case_id, Decision.OVERRIDE, 2, "looks worse", seen=fresh)  # after reload
    with pytest.raises(CaseChanged, match="doc2 overrode to level 2"):
        store.close_case(staff.clinician, case_id, seen=fresh)
    decided = store.case_version(second, case_id)
    store.retriage(staff.nurse, case_id, intake().vitals, suggestion(1))
    with pytest.raises(CaseChanged, match=r"re-triaged \(new suggestion: level 1\)"):
        store.review(second, case_id, Decision.ACCEPT, 1, seen=decided)
