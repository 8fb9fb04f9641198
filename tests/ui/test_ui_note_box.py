"""The intake's Note box on a real database: values from the note fill empty fields in the "from
the note" style, the nurse's values are never overwritten (the difference is shown beside the
field), hovering a field highlights its words, the note is saved with the case."""

from __future__ import annotations


from PySide6.QtCore import QEvent, QPointF
from PySide6.QtGui import QEnterEvent
from PySide6.QtWidgets import QApplication

from triage.store import CaseStore
from ui.context import AppContext
from ui.intake.form import IntakeForm

from helpers_ui import form, nurse, store  # noqa: F401,E402 - fixtures


PASSWORD = "correct-horse-battery"
NOTE = "67 yo M, crushing CP since 2 h, diaphoretic, BP 88/50, HR 118, RR 24, SpO2 91% RA, GCS 14"


def type_note(qtbot, form: IntakeForm, text: str) -> None:
    with qtbot.waitSignal(form.note_box.applied, timeout=5_000):
        form.note_box.edit.setPlainText(text)


def test_pasted_note_fills_the_empty_fields_in_the_note_style_and_suggests(qtbot, form):
    with qtbot.waitSignal(form.suggestion_ready, timeout=20_000,
                          check_params_cb=lambda s: s is not None) as blocker:
        type_note(qtbot, form, NOTE)
    v = form.values()
    assert (v["age_years"], v["sex"], v["sbp"], v["dbp"], v["heart_rate"], v["resp_rate"], v["spo2"],
            v["gcs"]) == ("67", "M", "88", "50", "118", "24", "91", "14")
    assert v["on_oxygen"] is False
    assert "crushing CP" in v["complaint"] and "88/50" not in v["complaint"]
    assert form.note_box.is_from_note("heart_rate")
    assert "italic" in form.fields["heart_rate"].styleSheet()
    assert "HR 118" in form.fields["heart_rate"].toolTip()
    assert blocker.args[0].level == 1  # shock: SBP < 90 with HR ≥ 100
    assert "Read from the note" in form.note_box.summary.text()


def test_a_value_typed_by_the_nurse_is_kept_and_the_difference_shown_beside_it(qtbot, form):
    form.set_value("heart_rate", "96")
    type_note(qtbot, form, NOTE)
    assert form.values()["heart_rate"] == "96"
    assert not form.note_box.is_from_note("heart_rate")
    assert "the note says 118" in form.note_box.conflict_text("heart_rate")
    assert form.values()["sbp"] == "88"  # the empty ones still fill
    # Two values in the note: the field stays empty, the conflict is named.
    type_note(qtbot, form, "HR 130, later HR 98, BP 100/60")
    assert form.values()["heart_rate"] == "96"
    assert "two values" in form.note_box.conflict_text("heart_rate")


def test_editing_the_note_updates_its_own_values_but_never_the_nurses(qtbot, form):
    type_note(qtbot, form, "HR 118, RR 24")
    form.set_value("resp_rate", "30")  # the nurse corrects one: it is hers now
    type_note(qtbot, form, "HR 120")
    v = form.values()
    assert v["heart_rate"] == "120" and v["resp_rate"] == "30"
    type_note(qtbot, form, "knee pain")  # the note no longer says a heart rate: taken back
    assert form.values()["heart_rate"] == "" and form.values()["resp_rate"] == "30"
    assert form.fields["heart_rate"].styleSheet() == ""


def test_two_values_in_the_note_leave_the_field_empty_with_the_conflict_beside_it(qtbot, form):
    type_note(qtbot, form, "62 yo F, SpO2 92% then 88%, RR 28")
    assert form.values()["spo2"] == ""
    assert "two values" in form.note_box.conflict_text("spo2")
    assert form.values()["resp_rate"] == "28"


def test_hovering_a_field_highlights_its_words_and_tabbing_through_confirms(qtbot, form):
    type_note(qtbot, form, NOTE)
    field = form.fields["heart_rate"]
    QApplication.sendEvent(field, QEnterEvent(QPointF(2, 2), QPointF(2, 2), QPointF(2, 2)))
    start, end = form.note_box.hovered_span()
    assert NOTE[start:end] == "HR 118"
    QApplication.sendEvent(field, QEvent(QEvent.Type.Leave))
    assert form.note_box.hovered_span() is None
    field.setFocus()
    form.fields["resp_rate"].setFocus()  # tabbed on: the value is confirmed as the nurse's
    qtbot.waitUntil(lambda: not form.note_box.is_from_note("heart_rate"), timeout=2_000)
    assert field.styleSheet() == ""


def test_note_is_saved_with_the_case_and_ctrl_n_clears_it(qtbot, form, store):
    type_note(qtbot, form, NOTE)
    with qtbot.waitSignal(form.saved, timeout=20_000) as blocker:
        form.save()
    detail = store.case_detail(form.ctx.user, blocker.args[0])
    assert detail.narrative == NOTE
    assert detail.latest_vitals.heart_rate == 118 and detail.patient.age_years == 67
    assert form.note_box.edit.toPlainText() == "" and not form.note_box.filled


def test_case_view_shows_the_note_and_an_edit_of_it_is_a_revision(qtbot, data_dir):
    from dataclasses import replace

    from helpers_ui import create_staff
    from triage.intake import Intake, Patient
    from triage.suggestion import Suggestion
    from ui.case.view import CaseView

    store = CaseStore(data_dir)
    try:
        _, _, nurse, _ = create_staff(store, PASSWORD)
        with_note = store.create_case(nurse, replace(Intake(Patient(age_years=67), "crushing CP"),
                                                     narrative=NOTE), Suggestion(2, 0.7, ()))
        without = store.create_case(nurse, Intake(Patient(age_years=30), "ankle sprain"),
                                    Suggestion(4, 0.7, ()))
        view = CaseView(AppContext(store=store, data_dir=data_dir, user=nurse))
        qtbot.addWidget(view)
        view.show()
        assert view.show_case(without)
        assert not view.narrative_label.isVisible()
        assert view.show_case(with_note)
        assert view.narrative_label.text() == NOTE and view.narrative_label.isVisible()
        dialog = view.edit_dialog()
        qtbot.addWidget(dialog)
        dialog.set_value("narrative", NOTE + ", T 38.9")
        assert dialog.try_accept() and dialog.changes().given() == {"narrative": NOTE + ", T 38.9"}
        with qtbot.waitSignal(view.case_changed, timeout=10_000):
            view.save_intake_edit(dialog.changes())
        assert view.narrative_label.text() == NOTE + ", T 38.9"
        assert store.case_detail(nurse, with_note).revisions[-1].previous == {"narrative": NOTE}
    finally:
        store.close()


def test_a_long_pasted_letter_is_read_in_a_worker_and_still_fills_the_fields(qtbot, form):
    from ui.intake.note_box import LONG_NOTE_CHARS

    letter = "Dear colleague, thank you for seeing this patient. " * 80 + NOTE
    assert len(letter) > LONG_NOTE_CHARS
    with qtbot.waitSignal(form.note_box.applied, timeout=10_000):
        form.note_box.edit.setPlainText(letter)
    assert form.note_box.runner.current is not None  # it went through the worker
    assert form.values()["heart_rate"] == "118" and form.values()["narrative"] == letter


def test_tab_from_the_note_goes_on_to_the_patient_fields(qtbot, form):
    from PySide6.QtCore import Qt

    form.note_box.edit.setFocus()
    qtbot.waitUntil(form.note_box.edit.hasFocus, timeout=2_000)
    qtbot.keyClick(form.note_box.edit, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: form.focusWidget() is form.search_edit, timeout=2_000)


def test_temperature_from_the_note_follows_the_forms_unit(qtbot, form):
    form.set_temperature_unit("F")
    type_note(qtbot, form, "febrile 38.5 C, HR 100")
    assert form.values()["temperature"] == "101.3" and form.values()["temperature_unit"] == "F"
