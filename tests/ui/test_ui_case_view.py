"""Case view on a real database: override needs a reason, accept, re-triage, notes, close, images."""

from __future__ import annotations

import sqlite3
import threading
import time
from datetime import datetime, timedelta, timezone

import numpy as np
import pytest
from pydicom.data import get_testdata_file
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog

from helpers_ui import GuiHeartbeat, create_staff
from triage.store.auth import Accounts
from triage.errors import InvalidReview
from triage.engine.image_model import overlay_png
from triage.intake import AVPU, Intake, Patient, Sex, Vitals
from triage.records import CaseStatus, Decision, IntakeChange, NewAttachment
from triage.store import CaseStore
from triage.suggestion import ImageAssessment, Reason, Suggestion
from ui.case.decision import ReasonDialog
from ui.case.view import VITAL_ROWS, CaseView
from ui.context import AppContext

PASSWORD = "correct horse battery"


def suggestion(level: int) -> Suggestion:
    return Suggestion(level=level, confidence=0.7, reasons=(
        Reason(kind="rule", code="spo2_low", title="SpO2 below 92 %", detail="SpO2 91 % < 92 %",
               level_floor=level, weight=2.0, values={"spo2": 91}),
        Reason(kind="words", code="words", title="Words that weighed",
               values={"words": [["chest", 0.3]]})))


def dicom(name: str, assessment: ImageAssessment | None = None) -> NewAttachment:
    data = open(get_testdata_file(name), "rb").read()
    return NewAttachment(data=data, original_name=name, kind="dicom", modality="CT",
                         assessment=assessment)


@pytest.fixture
def desk(data_dir):
    store = CaseStore(data_dir)
    accounts, admin, nurse, doctor = create_staff(store, PASSWORD)
    case_id = store.create_case(nurse, Intake(
        patient=Patient(name="Ann Example", age_years=67, sex=Sex.FEMALE),
        complaint="short of breath since last night",
        vitals=Vitals(heart_rate=112, resp_rate=24, sbp=135, dbp=85, spo2=91, temperature_c=38.2,
                      pain=3, avpu=AVPU.ALERT),
        arrival_time=datetime.now(timezone.utc) - timedelta(minutes=45)), suggestion(3))
    yield store, nurse, doctor, case_id
    store.close()


def view_for(qtbot, store, user, **kw) -> CaseView:
    view = CaseView(AppContext(store=store, data_dir=store.data_dir, user=user), **kw)
    qtbot.addWidget(view)
    view.resize(1400, 800)
    return view


def open_case(qtbot, view: CaseView, case_id: int) -> None:
    """Show a case (a read: it starts no write) and let any write in flight end."""
    assert view.show_case(case_id)
    qtbot.waitUntil(lambda: view.write_task is None, timeout=10_000)


def wait_for_write(qtbot, view: CaseView, task) -> None:
    assert task is not None and view.write_task is task
    qtbot.waitUntil(lambda: view.write_task is None, timeout=10_000)


def test_override_stays_disabled_until_a_reason_is_typed(desk, qtbot):
    store, _, doctor, case_id = desk
    view = view_for(qtbot, store, doctor)
    assert view.show_case(case_id)
    assert view.write_task is None  # looking at a case does not put it in review
    assert view.detail.status is CaseStatus.WAITING
    assert view.accept_button.isEnabled()
    assert view.badge.text().startswith("3")
    assert "over target" in view.waiting_label.text()  # 45 min > 30 min target of level 3
    assert len(view.suggestion_panel.reason_labels()) == 2
    view.override_level.setCurrentIndex(view.override_level.findData(2))
    assert not view.override_button.isEnabled()
    qtbot.keyClicks(view.override_reason, "   ")
    assert not view.override_button.isEnabled()
    qtbot.waitUntil(lambda: view.write_task is None, timeout=10_000)  # typing started the review
    assert view.detail.status is CaseStatus.IN_REVIEW
    view.override_reason.clear()
    qtbot.keyClicks(view.override_reason, "SpO2 falling on re-check")
    assert view.override_button.isEnabled()
    with qtbot.waitSignal(view.case_changed, timeout=10_000):
        view.override_button.click()
        assert not view.override_button.isEnabled()  # one write at a time
    review = store.case_detail(doctor, case_id).latest_review
    assert (review.decision, review.final_level, review.suggested_level, review.reason) == \
        (Decision.OVERRIDE, 2, 3, "SpO2 falling on re-check")
    assert view.badge.level == 2
    assert view.override_reason.text() == ""
    assert any("SpO2 falling" in view.history_list.item(i).text()
               for i in range(view.history_list.count()))
    assert store.audit_entries(Accounts(store).login("admin", PASSWORD), 5, action="case.review")
    # the domain refuses an override without a reason even if a screen let one through
    with pytest.raises(InvalidReview):
        store.review(doctor, case_id, Decision.OVERRIDE, 1, "  ")


def test_accept_signs_the_suggested_level(desk, qtbot):
    store, _, doctor, case_id = desk
    view = view_for(qtbot, store, doctor)
    open_case(qtbot, view, case_id)
    assert view.accept_button.isEnabled() and "3" in view.accept_button.text()
    with qtbot.waitSignal(view.case_changed, timeout=10_000):
        view.accept_button.click()
    review = store.case_detail(doctor, case_id).latest_review
    assert (review.decision, review.final_level) == (Decision.ACCEPT, 3)
    assert "saved" in view.message_label.text()


def test_invalid_retriage_vitals_name_the_range_and_save_nothing(desk, qtbot):
    store, nurse, _, case_id = desk
    view = view_for(qtbot, store, nurse)
    view.show_case(case_id)
    qtbot.keyClicks(view.retriage_edits["heart_rate"], "400")
    assert view.retriage() is None
    assert "0-300" in view.message_label.text()
    assert len(store.case_detail(nurse, case_id).vitals) == 1


def test_retriage_runs_the_engine_and_adds_a_vital_set(desk, qtbot):
    pytest.importorskip("triage.engine.engine")
    store, nurse, _, case_id = desk
    view = view_for(qtbot, store, nurse)
    view.show_case(case_id)
    for name, value in (("heart_rate", "135"), ("resp_rate", "32"), ("sbp", "85"), ("dbp", "50"),
                        ("spo2", "84"), ("temperature", "39.1"), ("pain", "6")):
        qtbot.keyClicks(view.retriage_edits[name], value)
    view.retriage_avpu.setCurrentIndex(view.retriage_avpu.findData("V"))
    with qtbot.waitSignal(view.case_changed, timeout=60_000):
        view.retriage_button.click()
    detail = store.case_detail(nurse, case_id)
    assert len(detail.vitals) == 2 and len(detail.suggestions) == 2
    assert detail.vitals[-1].vitals.spo2 == 84 and detail.vitals[-1].recorded_by == "nurse"
    assert view.vitals_table.columnCount() == 2
    spo2_row = [key for key, _ in VITAL_ROWS].index("spo2")
    assert view.vitals_table.item(spo2_row, 1).text() == "84"
    assert view.vitals_table.item(spo2_row, 0).text() == "91"
    # SpO2 84 %, SBP 85, responds to voice: no engine may call this less urgent than 2
    assert detail.latest_suggestion.level <= 2
    assert view.suggestion_panel.suggestion == detail.latest_suggestion


def test_nurse_may_add_notes_but_not_review_or_close(desk, qtbot):
    store, nurse, _, case_id = desk
    view = view_for(qtbot, store, nurse)
    view.show_case(case_id)
    assert view.detail.status is CaseStatus.WAITING
    assert not view.accept_button.isEnabled()
    assert not view.close_button.isEnabled()
    qtbot.keyClicks(view.override_reason, "anything")
    assert not view.override_button.isEnabled()
    assert view.retriage_button.isEnabled()
    assert not view.note_button.isEnabled()
    qtbot.keyClicks(view.note_edit, "family arrived")
    with qtbot.waitSignal(view.case_changed, timeout=10_000):
        view.note_button.click()
    assert [n.text for n in store.case_detail(nurse, case_id).notes] == ["family arrived"]
    assert view.note_edit.toPlainText() == ""
    # and if a button were enabled anyway, the store refuses and the screen says so
    wait_for_write(qtbot, view, view.save_close("left before being seen"))
    assert "refused" in view.message_label.text()
    assert store.case_detail(nurse, case_id).status is CaseStatus.WAITING


def test_close_ends_the_case_and_disables_actions(desk, qtbot, monkeypatch):
    store, _, doctor, case_id = desk
    view = view_for(qtbot, store, doctor)
    open_case(qtbot, view, case_id)
    view.decision.keep_open.setChecked(True)  # decide, then close by hand
    with qtbot.waitSignal(view.case_changed, timeout=10_000):
        view.accept_button.click()
    assert store.case_detail(doctor, case_id).status is CaseStatus.IN_REVIEW
    monkeypatch.setattr(ReasonDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    with qtbot.waitSignal(view.case_changed, timeout=10_000):
        view.close_button.click()
    assert store.case_detail(doctor, case_id).status is CaseStatus.CLOSED
    assert not any(b.isEnabled() for b in (view.accept_button, view.close_button,
                                           view.retriage_button))
    assert view.waiting_label.text().startswith("Decided")  # the wait stopped at the decision
    assert view.waiting_label.text().endswith("finished")


def test_image_viewer_windows_zooms_overlays_and_hides_identifiers(desk, qtbot):
    store, nurse, doctor, case_id = desk
    square = np.tile(np.arange(64, dtype=np.uint8) * 4, (64, 1))
    cam = np.zeros((7, 7), np.float32)
    cam[3, 3] = 1.0
    assessment = ImageAssessment(assessed=False, reason="not assessed: CT", finding="not assessed",
                                 saliency_png=overlay_png(square, cam))
    store.add_attachments(nurse, case_id, [dicom("CT_small.dcm", assessment)])
    view = view_for(qtbot, store, doctor)
    view.show()
    with qtbot.waitSignal(view.viewer.loaded, timeout=30_000):  # may start the reader process
        view.show_case(case_id)
    qtbot.waitUntil(lambda: view.write_task is None, timeout=10_000)  # the review started
    viewer = view.viewer
    assert viewer.record.modality == "CT"
    fields = {viewer.metadata_table.item(r, 0).text(): viewer.metadata_table.item(r, 1).text()
              for r in range(viewer.metadata_table.rowCount())}
    assert fields["Modality"] == "CT"
    assert not any("CompressedSamples" in v for v in fields.values())  # PatientName never shown
    assert "not assessed" in viewer.finding_label.text()
    before = viewer.image_item.pixmap().toImage()
    with qtbot.waitSignal(viewer.rendered, timeout=10_000):
        viewer.choose_preset("Bone")
    assert viewer.display_window() == (400.0, 1800.0)
    assert viewer.image_item.pixmap().toImage() != before
    zoom = viewer.view.zoom_factor()
    viewer.zoom_in_button.click()
    assert viewer.view.zoom_factor() == pytest.approx(zoom * 1.25)
    assert viewer.overlay_check.isEnabled() and not viewer.overlay_item.isVisible()
    viewer.overlay_check.setChecked(True)
    assert viewer.overlay_item.isVisible()
    side = min(viewer.record.pixels.shape[:2])
    assert viewer.overlay_item.sceneBoundingRect().width() == pytest.approx(side)
    assert not viewer.frames_row.isVisible()


def test_multi_frame_images_load_each_frame_in_a_worker(desk, qtbot):
    store, nurse, doctor, case_id = desk
    store.add_attachments(nurse, case_id, [dicom("emri_small.dcm")])
    view = view_for(qtbot, store, doctor)
    view.show()
    with qtbot.waitSignal(view.viewer.loaded, timeout=30_000):  # may start the reader process
        view.show_case(case_id)
    qtbot.waitUntil(lambda: view.write_task is None, timeout=10_000)  # the review started
    viewer = view.viewer
    assert viewer.frames_row.isVisible() and viewer.frame_slider.maximum() == 9
    assert not viewer.overlay_check.isEnabled()
    first = viewer.record.pixels.copy()
    with qtbot.waitSignal(viewer.loaded, timeout=30_000):
        viewer.frame_slider.setValue(5)
    assert viewer.record.frame_index == 5
    assert viewer.frame_label.text() == "6 / 10"
    assert not np.array_equal(first, viewer.record.pixels)


def test_a_review_from_another_desk_appears_and_the_image_is_not_reloaded(desk, qtbot):
    store, nurse, doctor, case_id = desk
    store.add_attachments(nurse, case_id, [dicom("CT_small.dcm")])
    view = view_for(qtbot, store, nurse)
    view.show()
    with qtbot.waitSignal(view.viewer.loaded, timeout=30_000):  # may start the reader process
        view.show_case(case_id)
    view.poll_timer.setInterval(50)
    qtbot.keyClicks(view.note_edit, "typing, not saved yet")
    record = view.viewer.record
    other_desk = CaseStore(store.data_dir)
    try:
        other_desk.review(doctor, case_id, Decision.OVERRIDE, 2, "seen on the other desk")
    finally:
        other_desk.close()
    qtbot.waitUntil(lambda: view.detail.latest_review is not None, timeout=3000)
    assert view.badge.level == 2
    assert view.note_edit.toPlainText() == "typing, not saved yet"
    assert view.viewer.record is record  # same decoded frame: nothing was reloaded


def test_nurse_edits_the_intake_in_a_dialog_and_the_original_stays_in_the_history(desk, qtbot):
    store, nurse, _, case_id = desk
    view = view_for(qtbot, store, nurse)
    assert view.show_case(case_id)
    assert view.edit_button.isEnabled() and view.edited_label.text() == ""
    dialog = view.edit_dialog()
    qtbot.addWidget(dialog)
    dialog.set_value("age_years", "200")
    assert not dialog.try_accept() and "Age" in dialog.error_label.text()  # names the field
    dialog.set_value("age_years", "67")
    assert not dialog.try_accept() and dialog.error_label.text() == "Nothing changed."
    dialog.set_value("complaint", "short of breath since yesterday morning")
    dialog.set_value("arrival_mode", "ambulance")
    assert dialog.try_accept()
    assert dialog.changes().given() == {"complaint": "short of breath since yesterday morning",
                                        "arrival_mode": "ambulance"}
    with qtbot.waitSignal(view.case_changed, timeout=10_000):
        view.save_intake_edit(dialog.changes())
    assert view.complaint_label.text() == "short of breath since yesterday morning"
    assert view.edited_label.text() == "edited 1 time (see history)"
    history = [view.history_list.item(i).text() for i in range(view.history_list.count())]
    assert any("nurse edited the intake" in h and "short of breath since last night" in h
               for h in history)
    assert store.case_detail(nurse, case_id).revisions[0].previous["arrival_mode"] == "unknown"


def test_intake_edit_refused_by_the_store_is_shown_and_closed_cases_cannot_be_edited(desk, qtbot):
    store, nurse, doctor, case_id = desk
    view = view_for(qtbot, store, doctor)
    open_case(qtbot, view, case_id)
    store.close_case(doctor, case_id, without_review="seen elsewhere")  # at another desk meanwhile
    task = view.save_intake_edit(IntakeChange(complaint="too late"))
    assert not view.edit_button.isEnabled()  # one edit at a time
    qtbot.waitUntil(lambda: view.edit_task is None, timeout=10_000)
    assert task is not None and "refused" in view.message_label.text()
    assert "closed" in view.message_label.text()
    view.reload()
    assert not view.edit_button.isEnabled()
    assert store.case_detail(doctor, case_id).complaint == "short of breath since last night"


def test_a_refused_override_says_why_and_keeps_the_reason(desk, qtbot):
    store, _, doctor, case_id = desk
    view = view_for(qtbot, store, doctor)
    open_case(qtbot, view, case_id)
    store.close_case(doctor, case_id, without_review="seen elsewhere")  # at another desk meanwhile
    view.override_level.setCurrentIndex(view.override_level.findData(2))
    qtbot.keyClicks(view.override_reason, "worse on re-check")
    qtbot.waitUntil(lambda: view.write_task is None, timeout=10_000)  # starting the review
    wait_for_write(qtbot, view, view.override())
    assert "refused" in view.message_label.text() and "closed" in view.message_label.text()
    assert view.override_reason.text() == "worse on re-check"
    assert view.override_button.isEnabled()  # enabled again: it may be tried once more
    assert store.case_detail(doctor, case_id).latest_review is None


def test_a_write_waits_for_the_database_lock_in_a_worker_and_the_gui_keeps_ticking(
        desk, qtbot, capsys):
    store, _, doctor, case_id = desk
    view = view_for(qtbot, store, doctor)
    view.show()  # its poll timer runs too
    open_case(qtbot, view, case_id)
    heartbeat = GuiHeartbeat()
    gaps = heartbeat.gaps
    released: list[float] = []
    saved: list[float] = []
    view.case_changed.connect(lambda _id: saved.append(time.perf_counter()))
    other_desk = sqlite3.connect(str(store.db_path), isolation_level=None)
    try:
        other_desk.execute("BEGIN IMMEDIATE")  # another desk holds the write lock for 1.5 s

        def release() -> None:
            other_desk.execute("COMMIT")
            released.append(time.perf_counter())

        QTimer.singleShot(1500, release)
        heartbeat.start()
        with qtbot.waitSignal(view.case_changed, timeout=15_000):
            t0 = time.perf_counter()
            view.accept_button.click()
            click_s = time.perf_counter() - t0
            assert not view.accept_button.isEnabled() and not view.close_button.isEnabled()
            assert "saving" in view.message_label.text()
        heartbeat.stop()
    finally:
        other_desk.close()
    with capsys.disabled():
        print(f"\n[case view] Accept while another desk held the write lock 1.5 s: click returned "
              f"in {click_s * 1000:.1f} ms, saved {(saved[0] - t0):.2f} s after the click, longest "
              f"GUI-thread gap {max(gaps) * 1000:.0f} ms ({len(gaps)} heartbeats)")
    assert released and saved[0] >= released[0]  # the write really waited for the lock
    assert len(gaps) > 50 and max(gaps) < 0.5  # ticking all along (10 ms timer, 2 shared cores)
    assert click_s < 0.2
    review = store.case_detail(doctor, case_id).latest_review
    assert (review.decision, review.final_level) == (Decision.ACCEPT, 3)
    assert view.detail.latest_review == review and "saved" in view.message_label.text()
    assert view.detail.status is CaseStatus.CLOSED  # the decision finished the case
    assert view.reopen_button.isEnabled()  # and the controls are back once it is saved


def test_a_case_opened_while_a_write_is_in_flight_is_shown_and_not_put_in_review(desk, qtbot):
    store, nurse, doctor, first = desk
    second = store.create_case(nurse, Intake(
        patient=Patient(name="Bo Second", age_years=30, sex=Sex.MALE), complaint="sprained ankle",
        vitals=Vitals(heart_rate=80), arrival_time=datetime.now(timezone.utc)), suggestion(4))
    view = view_for(qtbot, store, doctor)
    open_case(qtbot, view, first)
    locked, release = threading.Event(), threading.Event()

    def other_desk() -> None:  # holds the write lock, keeping the accept in flight
        conn = sqlite3.connect(str(store.db_path), isolation_level=None)
        conn.execute("BEGIN IMMEDIATE")
        locked.set()
        release.wait(0.3)  # by itself too: the GUI thread may be waiting for the store's lock
        conn.execute("COMMIT")
        conn.close()

    holder = threading.Thread(target=other_desk)
    holder.start()
    try:
        assert locked.wait(10)
        accepted = view.accept()
        assert view.show_case(second) and view.detail.case_id == second
        assert view.write_task is accepted  # still in flight: the actions wait for it
        assert not view.accept_button.isEnabled()
    finally:
        release.set()
        holder.join()
    qtbot.waitUntil(lambda: view.write_task is None, timeout=10_000)
    assert store.case_detail(doctor, first).latest_review.final_level == 3
    assert store.case_detail(doctor, second).status is CaseStatus.WAITING  # only looked at
    assert view.detail.case_id == second and view.detail.status is CaseStatus.WAITING
    assert view.accept_button.isEnabled() and "4" in view.accept_button.text()


# ------------------------------------------------------------------ the first hour at the desk (issue 12)


def test_closing_asks_first_and_an_undecided_case_needs_a_reason(desk, qtbot, monkeypatch):
    store, _, doctor, case_id = desk
    view = view_for(qtbot, store, doctor)
    open_case(qtbot, view, case_id)
    shown: list[ReasonDialog] = []

    def cancel(dialog):
        shown.append(dialog)
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(ReasonDialog, "exec", cancel)
    assert view.close_case() is None and len(shown) == 1  # asked; cancelled: nothing written
    assert store.case_detail(doctor, case_id).status is CaseStatus.WAITING
    dialog = shown[0]
    qtbot.addWidget(dialog)
    assert "without review" in dialog.windowTitle() and not dialog.ok_button.isEnabled()
    dialog.reason_edit.setText("ok")
    assert not dialog.try_accept()  # a reason of a few words
    dialog.reason_edit.setText("left before being seen")
    assert dialog.try_accept() and dialog.reason() == "left before being seen"
    wait_for_write(qtbot, view, view.save_close(dialog.reason()))
    detail = store.case_detail(doctor, case_id)
    assert detail.status is CaseStatus.CLOSED
    history = [view.history_list.item(i).text() for i in range(view.history_list.count())]
    assert any("Closed without review: left before being seen" in h for h in history)
    assert view.reopen_button.isVisible() or not view.isVisible()
    assert view.reopen_button.isEnabled() and not view.close_button.isEnabled()


def test_a_clinician_reopens_a_closed_case_with_a_reason(desk, qtbot, monkeypatch):
    store, _, doctor, case_id = desk
    view = view_for(qtbot, store, doctor)
    open_case(qtbot, view, case_id)
    wait_for_write(qtbot, view, view.accept())
    wait_for_write(qtbot, view, view.save_close())
    assert not view.note_button.isEnabled() or view.detail.status is CaseStatus.CLOSED
    asked: list[ReasonDialog] = []

    def answer(dialog):
        asked.append(dialog)
        dialog.reason_edit.setText("closed the wrong case")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ReasonDialog, "exec", answer)
    wait_for_write(qtbot, view, view.reopen_case())
    assert asked and asked[0].reason_required
    detail = store.case_detail(doctor, case_id)
    assert detail.status is CaseStatus.IN_REVIEW and detail.notes[-1].text.endswith("wrong case")
    assert view.close_button.isEnabled() and not view.reopen_button.isEnabled()
    assert store.audit_entries(Accounts(store).login("admin", PASSWORD), 5, action="case.reopen")


def test_looking_does_not_start_a_review_deciding_does_and_it_can_go_back(desk, qtbot):
    store, _, doctor, case_id = desk
    view = view_for(qtbot, store, doctor)
    view.show()
    open_case(qtbot, view, case_id)
    assert store.case_detail(doctor, case_id).status is CaseStatus.WAITING
    assert view.decision.start_button.isVisible() and not view.decision.waiting_button.isVisible()
    view.override_level.activated.emit(1)  # the clinician picks a level: starts deciding
    qtbot.waitUntil(lambda: view.write_task is None and view.detail.status is CaseStatus.IN_REVIEW,
                    timeout=10_000)
    assert store.case_detail(doctor, case_id).status is CaseStatus.IN_REVIEW
    assert view.decision.waiting_button.isVisible() and not view.decision.start_button.isVisible()
    with qtbot.waitSignal(view.case_changed, timeout=10_000):
        view.decision.waiting_button.click()
    assert store.case_detail(doctor, case_id).status is CaseStatus.WAITING
    with qtbot.waitSignal(view.case_changed, timeout=10_000):
        view.decision.start_button.click()
    assert store.case_detail(doctor, case_id).status is CaseStatus.IN_REVIEW


def test_a_second_clinician_on_a_stale_screen_is_told_who_decided_and_can_reload(desk, qtbot):
    store, _, doctor, case_id = desk
    accounts = Accounts(store)
    admin = accounts.login("admin", PASSWORD)
    from helpers_ui import FAST_HASHER
    from triage.records import Role
    other = Accounts(store, FAST_HASHER).create_user(admin, "doc2", "Doctor Two", PASSWORD,
                                                     {Role.CLINICIAN})
    view = view_for(qtbot, store, doctor)
    open_case(qtbot, view, case_id)
    view.override_level.setCurrentIndex(view.override_level.findData(2))
    qtbot.keyClicks(view.override_reason, "looks worse to me")  # deciding on what is shown
    qtbot.waitUntil(lambda: view.write_task is None, timeout=10_000)
    other_desk = CaseStore(store.data_dir)
    try:
        other_desk.review(other, case_id, Decision.ACCEPT, 3)  # the colleague accepts meanwhile
    finally:
        other_desk.close()
    view.reload()  # even once the screen shows it, the override was decided on the old case
    wait_for_write(qtbot, view, view.override())
    message = view.message_label.text()
    assert "doc2 accepted level 3" in message and "Reload" in message
    assert view.reload_button.isVisible() or not view.isVisible()
    assert view.override_reason.text() == "looks worse to me"  # what was typed is kept
    reviews = store.case_detail(doctor, case_id).reviews
    assert [(r.reviewer, r.final_level) for r in reviews] == [("doc2", 3)]  # nothing replaced
    view.reload_after_conflict()
    assert "Decide again" in view.message_label.text()
    wait_for_write(qtbot, view, view.override())  # a deliberate decision on the current case
    assert [r.reviewer for r in store.case_detail(doctor, case_id).reviews] == ["doc2", "doc"]
