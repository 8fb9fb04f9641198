"""Deciding on a case (issue 12 §9): "Override to" starts at the suggested level, and an override
needs a reason of a few words — typed, or picked from common reasons and completed."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from helpers_ui import create_staff

from triage.errors import InvalidReview
from triage.intake import AVPU, Intake, Patient, Sex, Vitals
from triage.records import Decision
from triage.store import CaseStore
from triage.suggestion import Reason, Suggestion
from ui.case.decision import COMMON_OVERRIDE_REASONS
from ui.case.view import CaseView
from ui.context import AppContext

PASSWORD = "correct horse battery"


@pytest.fixture
def desk(data_dir):
    store = CaseStore(data_dir)
    _, _, nurse, doctor = create_staff(store, PASSWORD)
    case_id = store.create_case(nurse, Intake(
        patient=Patient(name="Ann Example", age_years=67, sex=Sex.FEMALE),
        complaint="short of breath since last night",
        vitals=Vitals(heart_rate=112, resp_rate=24, spo2=91, avpu=AVPU.ALERT),
        arrival_time=datetime.now(timezone.utc) - timedelta(minutes=10)),
        Suggestion(level=3, confidence=0.7, reasons=(Reason("rule", "t", "test"),)))
    yield store, doctor, case_id
    store.close()


def open_view(qtbot, store, user, case_id) -> CaseView:
    view = CaseView(AppContext(store=store, data_dir=store.data_dir, user=user))
    qtbot.addWidget(view)
    view.resize(1400, 800)
    assert view.show_case(case_id)
    return view


def test_override_to_starts_at_the_suggested_level(desk, qtbot):
    store, doctor, case_id = desk
    view = open_view(qtbot, store, doctor, case_id)
    assert view.override_level.currentData() == 3
    assert "(suggested)" in view.override_level.currentText()
    assert "1" in view.override_level.itemText(0) and "(suggested)" not in view.override_level.itemText(0)
    view.override_reason.setText("Vital signs changed on re-check")
    assert not view.override_button.isEnabled()  # the suggested level is accepted, not overridden
    assert "accept" in view.override_button.toolTip()
    view.override_level.setCurrentIndex(view.override_level.findData(2))
    assert view.override_button.isEnabled()


@pytest.mark.parametrize("reason", ["x", "ok", "worse", "no"])
def test_a_one_word_reason_is_not_enough(desk, qtbot, reason):
    store, doctor, case_id = desk
    view = open_view(qtbot, store, doctor, case_id)
    view.override_level.setCurrentIndex(view.override_level.findData(2))
    qtbot.keyClicks(view.override_reason, reason)
    assert not view.override_button.isEnabled()
    assert "few words" in view.decision.override_hint.text()
    with pytest.raises(InvalidReview):  # and the store refuses it whatever the screen does
        store.review(doctor, case_id, Decision.OVERRIDE, 2, reason)


def test_a_common_reason_fills_the_field_and_can_be_completed(desk, qtbot):
    store, doctor, case_id = desk
    view = open_view(qtbot, store, doctor, case_id)
    view.override_level.setCurrentIndex(view.override_level.findData(2))
    common = view.decision.override_common
    index = common.findData(COMMON_OVERRIDE_REASONS[1])
    common.setCurrentIndex(index)
    common.activated.emit(index)
    assert view.override_reason.text() == COMMON_OVERRIDE_REASONS[1]
    assert common.currentIndex() == 0  # ready for another pick
    qtbot.keyClicks(view.override_reason, ": SpO2 88 %")
    qtbot.waitUntil(lambda: view.write_task is None, timeout=10_000)  # picking started the review
    assert view.override_button.isEnabled()
    with qtbot.waitSignal(view.case_changed, timeout=10_000):
        view.override_button.click()
    review = store.case_detail(doctor, case_id).latest_review
    assert (review.final_level, review.reason) == (2, "Vital signs changed on re-check: SpO2 88 %")
