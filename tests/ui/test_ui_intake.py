"""The nurse's intake form on a real database: validation, live suggestion, images, save."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydicom.data import get_testdata_file
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from helpers_ui import GuiHeartbeat
from ui.intake.form import IntakeForm

from helpers_ui import form, nurse, store  # noqa: F401,E402 - fixtures


def fill(form: IntakeForm, **values: object) -> None:
    for name, value in values.items():
        form.set_value(name, value)


def wait_saved(qtbot, form: IntakeForm) -> int:
    with qtbot.waitSignal(form.saved, timeout=20_000) as blocker:
        form.save()
    return blocker.args[0]


def test_invalid_vitals_block_saving_with_the_range_in_the_message(qtbot, form, store):
    fill(form, complaint="dizzy", age_years="40", heart_rate="400", spo2="101")
    form.save()
    assert form.field_error("heart_rate") == "Heart rate 400 is outside the possible range 0-300 /min"
    assert form.field_error("spo2") == "SpO2 101 is outside the possible range 30-100 %"
    assert form.status_label.text().startswith("Not saved")
    assert form.focusWidget() is form.fields["heart_rate"]
    assert store.count_cases() == 0
    # what was typed is still there
    assert form.values()["complaint"] == "dizzy"


def test_required_fields_are_named_on_save_only(qtbot, form, store):
    fill(form, heart_rate="80")
    with qtbot.waitSignal(form.validated, timeout=5_000):
        pass  # the live check after the debounce
    assert form.field_error("complaint") == ""  # not nagging while typing
    form.save()
    assert form.field_error("complaint") == "Complaint is required"
    assert "Age or date of birth is required" in form.field_error("age_years")
    assert store.count_cases() == 0


def test_live_validation_shows_a_typo_at_once(qtbot, form):
    with qtbot.waitSignal(form.validated, timeout=5_000) as blocker:
        form.fields["resp_rate"].setFocus()
        qtbot.keyClicks(form.fields["resp_rate"], "1o")
    assert [e.field for e in blocker.args[0]] == ["resp_rate"]
    assert "must be a number" in form.field_error("resp_rate")


def test_debounced_rules_suggestion_while_models_load(qtbot, form):
    assert form.ctx.engine is None
    with qtbot.waitSignal(form.suggestion_ready, timeout=10_000) as blocker:
        fill(form, complaint="short of breath", spo2="82", heart_rate="128", age_years="70")
    suggestion = blocker.args[0]
    assert suggestion is not None and suggestion.rules_only
    assert suggestion.level <= 2
    assert form.panel.badge.level == suggestion.level
    assert form.panel.badge.text().startswith(f"{suggestion.level} — ")
    assert "rules only" in form.panel.status_label.text()
    kinds = [label.property("kind") for label in form.panel.reason_labels()]
    assert "rule" in kinds
    assert any("82" in label.text() for label in form.panel.reason_labels())


def test_a_burst_of_keystrokes_makes_one_suggestion(qtbot, form):
    got: list[object] = []
    form.suggestion_ready.connect(got.append)
    form.fields["complaint"].setFocus()
    qtbot.keyClicks(form.fields["complaint"], "chest pain radiating to the left arm")
    qtbot.waitUntil(lambda: len(got) >= 1, timeout=10_000)
    qtbot.wait(500)
    assert len(got) == 1


def test_save_creates_the_case_clears_the_form_and_announces_it(qtbot, form, store, nurse):
    fill(form, name="Jane Roe", mrn="MRN-77", age_years="54", sex="F", complaint="abd pain, vomiting",
         arrival_mode="ambulance", injury=False, heart_rate="96", resp_rate="18", sbp="132",
         dbp="84", spo2="97", pain="6", avpu="A", temperature="101.3")
    form.set_temperature_unit("F")
    announced: list[int] = []
    form.ctx.signals.case_saved.connect(announced.append)
    case_id = wait_saved(qtbot, form)
    assert announced == [case_id]
    detail = store.case_detail(nurse, case_id)
    assert detail.patient.name == "Jane Roe" and detail.patient.mrn == "MRN-77"
    assert detail.complaint == "abd pain, vomiting"
    vitals = detail.latest_vitals
    assert (vitals.heart_rate, vitals.sbp, vitals.dbp, vitals.pain) == (96, 132, 84, 6)
    assert vitals.temperature_c == pytest.approx(38.5, abs=0.05)  # 101.3 °F
    assert detail.injury is False
    assert form.values()["complaint"] == "" and form.values()["name"] == ""
    assert f"#{case_id}" in form.status_label.text()


def test_keyboard_enter_moves_on_and_shortcuts_save_and_clear(qtbot, form, store, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    form.window().activateWindow()
    form.fields["name"].setFocus()
    qtbot.keyClicks(form.fields["name"], "John Doe")
    qtbot.keyClick(form.fields["name"], Qt.Key.Key_Return)
    assert QApplication.focusWidget() is form.fields["mrn"]
    qtbot.keyClick(form.fields["mrn"], Qt.Key.Key_Return)
    assert QApplication.focusWidget() is form.fields["birth_date"]
    fill(form, age_years="30", complaint="cut finger")
    with qtbot.waitSignal(form.saved, timeout=20_000):
        qtbot.keyClick(form.fields["complaint"], Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert store.count_cases() == 1
    fill(form, complaint="will be cleared")
    qtbot.keyClick(form.fields["complaint"], Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert form.values()["complaint"] == ""


def test_a_bad_file_shows_its_error_and_loses_nothing(qtbot, form):
    fill(form, complaint="fell on wrist", age_years="12")
    task = form.attachments.add_file(b"this is not an image at all", "scan.dcm")
    qtbot.waitUntil(lambda: not form.attachments.busy, timeout=10_000)
    assert task.is_cancelled() is False
    message = form.attachments.error_label.text()
    assert message.startswith("scan.dcm: ") and len(message) > len("scan.dcm: ") + 5
    assert form.attachments.tiles == []
    assert form.values()["complaint"] == "fell on wrist"


def test_dicom_attachment_is_read_in_a_worker_and_saved_with_the_case(qtbot, form, store, nurse):
    path = Path(get_testdata_file("CT_small.dcm"))
    form.attachments.add_file(path)
    qtbot.waitUntil(lambda: len(form.attachments.tiles) == 1, timeout=20_000)
    tile = form.attachments.tiles[0]
    assert tile.item.record.modality == "CT"
    assert tile.finding.text()  # says whether/why it was (not) assessed
    fill(form, complaint="head injury", age_years="33", avpu="A")
    case_id = wait_saved(qtbot, form)
    detail = store.case_detail(nurse, case_id)
    assert [(a.original_name, a.kind, a.modality) for a in detail.attachments] == [
        ("CT_small.dcm", "dicom", "CT")]
    assert detail.attachments[0].path.read_bytes() == path.read_bytes()
    assert form.attachments.tiles == []


def test_find_an_earlier_patient_fills_the_patient_fields(qtbot, form, store):
    fill(form, name="Oskar Lindqvist", mrn="MRN-4411", birth_date="1961-03-04", sex="M",
         complaint="cough", phone="555-0101")
    wait_saved(qtbot, form)
    form.search_edit.setText("Lindqvist")
    form.search_patients()
    qtbot.waitUntil(lambda: form.search_results.isVisible() and form.search_results.count() > 0,
                    timeout=10_000)
    assert "Oskar Lindqvist" in form.search_results.item(0).text()
    form._use_found_patient()
    values = form.values()
    assert (values["name"], values["mrn"], values["birth_date"], values["sex"], values["phone"]) == (
        "Oskar Lindqvist", "MRN-4411", "1961-03-04", "M", "555-0101")


def test_picking_a_found_patient_links_the_new_case_to_them(qtbot, form, store, nurse):
    fill(form, name="Oskar Lindqvist", birth_date="1961-03-04", sex="M", complaint="cough",
         phone="555-0101")  # no MRN: only the pick can link the next visit
    first = store.case_detail(nurse, wait_saved(qtbot, form))
    fill(form, name="Oskar Lind", birth_date="1961-03-04", sex="M", complaint="cough")  # someone else
    wait_saved(qtbot, form)
    form.search_edit.setText("0101")  # by phone
    form.search_patients()
    qtbot.waitUntil(lambda: form.search_results.isVisible() and form.search_results.count() > 0,
                    timeout=10_000)
    assert form.search_results.count() == 1 and "1 visit" in form.search_results.item(0).text()
    form._use_found_patient()
    assert form.linked_patient_id == first.patient_id and "Oskar Lindqvist" in form.linked_label.text()
    fill(form, phone="555-0202", complaint="fever and cough")
    second = store.case_detail(nurse, wait_saved(qtbot, form))
    assert second.patient_id == first.patient_id and second.patient.phone == "555-0202"
    (revision,) = second.revisions
    assert revision.previous == {"phone": "555-0101"} and revision.kind == "link"
    assert form.linked_patient_id is None and form.linked_label.text() == "New patient"
    assert [m.case_count for m in store.find_patients(nurse, "Lindqvist")] == [2]


@pytest.fixture(scope="module")
def hosted_models():
    """The committed models in their own process, as the app runs them."""
    from triage.errors import ModelUnavailable
    from ui.widgets.model_loader import ModelHost

    host = ModelHost()
    engine = host.load_engine()
    try:
        image_model = host.load_image_model()
    except ModelUnavailable:
        image_model = None
    yield engine, image_model
    host.shutdown()


def test_gui_stays_responsive_while_an_image_loads_and_a_suggestion_runs(qtbot, form, hosted_models,
                                                                         capsys):
    """A 10 ms heartbeat on the GUI thread: the longest gap is the longest GUI stall."""
    engine, image_model = hosted_models
    form.ctx.engine, form.ctx.image_model = engine, image_model
    pydicom_data = pytest.importorskip("data_store")
    chest = Path(pydicom_data.__file__).parent / "data" / "RG1_J2KI.dcm"  # 1955×1841 JPEG 2000
    if not chest.exists():
        pytest.skip("pydicom-data RG1_J2KI.dcm not installed")
    with qtbot.waitSignal(form.suggestion_ready, timeout=30_000):  # first use warms rules + encoder
        fill(form, complaint="cough", age_years="6")
    timer = GuiHeartbeat()
    gaps = timer.gaps
    timer.start()
    qtbot.wait(1000)  # baseline: what the machine's load alone costs the GUI thread
    idle_ms = max(gaps) * 1000
    gaps.clear()
    form.attachments.add_file(chest)
    with qtbot.waitSignal(form.suggestion_ready, timeout=20_000):
        fill(form, complaint="fever and cough, short of breath", age_years="6", spo2="91",
             heart_rate="150", resp_rate="40")
    qtbot.waitUntil(lambda: len(form.attachments.tiles) == 1, timeout=30_000)
    timer.stop()
    assessment = form.attachments.tiles[0].item.assessment
    assert (assessment is not None) == (image_model is not None)
    longest_ms = max(gaps) * 1000
    with capsys.disabled():
        print(f"\n[intake] longest GUI-thread stall during image load + engine suggestion "
              f"({'rules only' if engine.rules_only else 'rules + text model'}"
              f"{', image assessed' if assessment is not None else ''}): {longest_ms:.0f} ms "
              f"({len(gaps)} heartbeats; idle baseline on this machine now: {idle_ms:.0f} ms)")
    assert longest_ms < 400  # generous for 2 shared cores under load; the target is 100 ms


def test_dropping_a_file_attaches_it(qtbot, form):
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    path = Path(get_testdata_file("MR_small.dcm"))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    form.attachments.dropEvent(event)
    qtbot.waitUntil(lambda: len(form.attachments.tiles) == 1, timeout=20_000)
    assert form.attachments.tiles[0].item.name == "MR_small.dcm"
    assert form.attachments.tiles[0].item.record.modality == "MR"


@pytest.mark.parametrize("level", [1, 2, 3, 4, 5])
def test_level_badge_says_number_and_name_never_colour_alone(qtbot, level):
    from triage import scales
    from ui.widgets.level_badge import LevelBadge, level_icon

    badge = LevelBadge(level)
    qtbot.addWidget(badge)
    lv = scales.level(level)
    assert badge.text() == f"{lv.number} — {lv.name}"
    assert lv.colour in badge.styleSheet()
    assert str(lv.target_minutes) in badge.toolTip()
    assert not level_icon(level).isNull()
    badge.set_level(None)
    assert badge.text() == "— no level"


def test_a_photo_marked_as_chest_radiograph_is_assessed_again(qtbot, form, hosted_models):
    """A photo is not judged until the nurse ticks 'chest radiograph' (the model's input gate)."""
    import io

    from PIL import Image

    from triage import imaging

    engine, image_model = hosted_models
    if image_model is None:
        pytest.skip("the image model is not committed")
    form.ctx.engine, form.ctx.image_model = engine, image_model
    data_store = pytest.importorskip("data_store")
    film = imaging.read_image(Path(data_store.__file__).parent / "data" / "RG1_UNCI.dcm")
    buffer = io.BytesIO()
    Image.fromarray(imaging.display_pixels(film)).convert("RGB").resize((512, 482)).save(buffer, "PNG")
    form.attachments.add_file(buffer.getvalue(), "phone-photo-of-film.png")
    qtbot.waitUntil(lambda: len(form.attachments.tiles) == 1, timeout=30_000)
    tile = form.attachments.tiles[0]
    assert tile.item.record.kind == "photo" and not tile.chest.isHidden()
    assert tile.item.assessment is not None and not tile.item.assessment.assessed
    with qtbot.waitSignal(form.attachments.changed, timeout=30_000):
        tile.chest.setChecked(True)
    assert tile.item.marked_chest_xray
    assert tile.item.assessment.assessed, tile.item.assessment.reason
    assert tile.item.attachment().marked_chest_xray


def test_a_crashed_decoder_process_is_a_clear_error_and_the_next_image_still_reads():
    from triage.errors import ImageReadError
    from ui.widgets.image_reader import read_image_isolated

    data = Path(get_testdata_file("CT_small.dcm")).read_bytes()
    hostile = Path(__file__).parents[1] / "data" / "attacks" / "jpegls_rows_plus_one.dcm"
    with pytest.raises(ImageReadError, match="decoder crashed"):  # gdcm aborts on this file
        read_image_isolated(hostile.read_bytes(), hostile.name)
    assert read_image_isolated(data, "CT_small.dcm").modality == "CT"


# ------------------------------------------------------------------ the first hour at the desk (issue 12)


def test_ctrl_n_asks_before_discarding_a_half_filled_form_and_its_image(qtbot, form, monkeypatch):
    asked: list[str] = []
    answer = [QMessageBox.StandardButton.No]

    def question(_parent, title, text, *_a, **_k):
        asked.append(text)
        return answer[0]

    monkeypatch.setattr(QMessageBox, "question", question)
    form.attachments.add_file(Path(get_testdata_file("CT_small.dcm")))
    qtbot.waitUntil(lambda: len(form.attachments.tiles) == 1, timeout=20_000)
    fill(form, complaint="half typed")
    form.fields["complaint"].setFocus()
    qtbot.keyClick(form.fields["complaint"], Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert len(asked) == 1 and "attached images" in asked[0]
    assert form.values()["complaint"] == "half typed" and len(form.attachments.tiles) == 1
    answer[0] = QMessageBox.StandardButton.Yes
    assert form.new_case()
    assert form.values()["complaint"] == "" and form.attachments.tiles == []
    assert form.new_case() and len(asked) == 2  # an empty form is not asked about


def test_oxygen_is_a_three_way_choice_and_room_air_is_saved_as_such(qtbot, form, store, nurse):
    combo = form.fields["on_oxygen"]
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "— not recorded", "Room air", "On oxygen"]
    assert form.values()["on_oxygen"] is None
    fill(form, complaint="cough", age_years="40", spo2="95", on_oxygen=False)
    assert form.values()["on_oxygen"] is False
    first = wait_saved(qtbot, form)
    fill(form, complaint="cough", age_years="41", spo2="95", on_oxygen=True)
    assert form.values()["on_oxygen"] is True
    second = wait_saved(qtbot, form)
    third = (fill(form, complaint="cough", age_years="42"), wait_saved(qtbot, form))[1]
    assert [store.case_detail(nurse, c).latest_vitals.on_oxygen for c in (first, second, third)] \
        == [False, True, None]


def test_one_invalid_field_is_marked_and_the_rest_still_suggests(qtbot, form):
    with qtbot.waitSignal(form.suggestion_ready, timeout=10_000) as blocker:
        fill(form, complaint="short of breath", age_years="70", spo2="82", heart_rate="400")
    suggestion = blocker.args[0]
    assert suggestion is not None and suggestion.level <= 2  # SpO2 82 % still counts
    assert "0-300" in form.field_error("heart_rate")
    assert "heart rate" in form.panel.status_label.text()
    assert "heart_rate" in suggestion.missing or not any(
        "400" in label.text() for label in form.panel.reason_labels())


def test_not_saved_goes_away_once_the_fields_are_fixed(qtbot, form):
    fill(form, complaint="dizzy", heart_rate="400")
    form.save()
    assert form.status_label.text().startswith("Not saved")
    fill(form, heart_rate="90")
    with qtbot.waitSignal(form.validated, timeout=5_000):
        pass
    assert form.status_label.text().startswith("Not saved")  # the age is still missing
    assert "400" not in form.status_label.text() and "Age" in form.status_label.text()
    fill(form, age_years="50")
    with qtbot.waitSignal(form.validated, timeout=5_000):
        pass
    assert form.status_label.text() == ""


def test_an_implausible_pulse_pressure_warns_but_does_not_block(qtbot, form, store):
    fill(form, complaint="headache", age_years="50", sbp="130", dbp="20")
    with qtbot.waitSignal(form.validated, timeout=5_000):
        pass
    assert form.warnings() and "Pulse pressure 110" in form.warnings()[0]
    fill(form, dbp="80")
    with qtbot.waitSignal(form.validated, timeout=5_000):
        pass
    assert form.warnings() == []
    fill(form, dbp="20")
    wait_saved(qtbot, form)
    assert store.count_cases() == 1


def test_saved_says_the_level_it_was_saved_at(qtbot, form, store, nurse):
    fill(form, complaint="chest pain", age_years="60", spo2="85")
    case_id = wait_saved(qtbot, form)
    level = store.case_detail(nurse, case_id).latest_suggestion.level
    from triage import scales
    assert form.status_label.text().startswith(f"Case #{case_id} saved at level {scales.label(level)}")
