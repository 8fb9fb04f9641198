"""Mass-casualty mode at the desk, beyond the tag form: the Incident menu (declare / end), the
incident board (counts and one list per colour), re-tag / override / moved to / history on a
selected patient, and the printed tags and report. Real SQLite store, real files."""

from __future__ import annotations

import csv
import io
import re
import stat
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMessageBox

from helpers_store import install, store_staff, template_db  # noqa: F401
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.mci.board import ColourTagsModel
from ui.mci.screen import MciScreen

RED = {"walking": False, "breathing": True, "resp_rate": 36}
YELLOW = {"walking": False, "breathing": True, "resp_rate": 20, "radial_pulse": True,
          "obeys_commands": True}
GREEN = {"walking": True}
BLACK = {"walking": False, "breathing": False, "breathing_after_airway": False}


@pytest.fixture
def mci(template_db, data_dir):  # noqa: F811 - the fixture imported above
    store, staff = install(template_db, data_dir)
    yield store, staff
    store.close()


def window_for(qtbot, store, user) -> MainWindow:
    window = MainWindow(AppContext(store=store, data_dir=store.data_dir, user=user))
    qtbot.addWidget(window)
    window.show()
    return window


def screen_for(qtbot, store, user, incident) -> MciScreen:
    screen = MciScreen(AppContext(store=store, data_dir=store.data_dir, user=user), incident)
    qtbot.addWidget(screen)
    screen.show()
    return screen


def refreshed(qtbot, board) -> None:
    with qtbot.waitSignal(board.refreshed, timeout=5000):
        board.refresh()


def pages(pdf) -> int:
    """Pages of a reportlab PDF (its page tree's /Count; no PDF reader is a dependency)."""
    found = re.findall(rb"/Count (\d+)", pdf.read_bytes())
    assert len(found) == 1, found
    return int(found[0])


def numbers(model: ColourTagsModel) -> list[str]:
    return [t.tag_number for t in model.rows]


def cell(model: ColourTagsModel, row: int, column: int) -> str:
    return model.data(model.index(row, column))


# ---------------------------------------------------------------------- the Incident menu
def test_declare_and_end_through_the_incident_menu(mci, qtbot, monkeypatch):
    store, staff = mci
    window = window_for(qtbot, store, staff.clinician)
    actions = window.incident_actions
    qtbot.waitUntil(lambda: window.incident_banner.runner.current is None
                    or window.incident_banner.runner.current.done, timeout=5000)
    assert actions.declare_action.isEnabled() and not actions.end_action.isEnabled()
    menu_titles = [a.text() for a in window.menuBar().actions()]
    assert "&Incident" in menu_titles

    actions.declare_action.trigger()
    dialog = actions.dialog
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()  # a name is required
    dialog.name.setText("Bus crash, Route 9")
    dialog.place.setText("Ward entrance")
    when = datetime.now().astimezone().replace(second=0, microsecond=0) - timedelta(minutes=20)
    dialog.when.setDateTime(QDateTime(when.replace(tzinfo=None)))
    assert ok.isEnabled()
    ok.click()
    qtbot.waitUntil(lambda: "MCI" in window.screens, timeout=5000)
    incident = store.open_incident()
    assert (incident.name, incident.place, incident.declared_by) == (
        "Bus crash, Route 9", "Ward entrance", "clinician")
    assert incident.declared_at == when  # the time typed, not the time of the click
    assert window.incident_banner.isVisible()
    assert window.tabs.widget(0) is window.screens["MCI"]
    assert not actions.declare_action.isEnabled() and actions.end_action.isEnabled()

    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes)
    actions.end_action.trigger()
    qtbot.waitUntil(lambda: "MCI" not in window.screens, timeout=5000)
    assert "Bus crash, Route 9" in asked[0]
    assert store.open_incident() is None
    assert not store.incident(staff.clinician, incident.id).is_open
    assert not window.incident_banner.isVisible()
    assert actions.declare_action.isEnabled() and not actions.end_action.isEnabled()


def test_end_not_confirmed_keeps_the_incident_open(mci, qtbot, monkeypatch):
    store, staff = mci
    store.declare_incident(staff.clinician, "Fire")
    window = window_for(qtbot, store, staff.clinician)
    qtbot.waitUntil(lambda: window.incident_actions.end_action.isEnabled(), timeout=5000)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    assert window.incident_actions.end() is None
    assert store.open_incident() is not None


def test_a_refused_declare_is_said_in_words(mci, qtbot, monkeypatch):
    store, staff = mci
    window = window_for(qtbot, store, staff.admin)
    actions = window.incident_actions
    qtbot.waitUntil(lambda: actions.declare_action.isEnabled(), timeout=5000)
    store.declare_incident(staff.clinician, "Declared at another desk")  # before this desk's poll
    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: said.append(a[2]))
    actions.declare("Fire", "")
    qtbot.waitUntil(lambda: bool(said), timeout=5000)
    assert "refused" in said[0] and "already open" in said[0]
    assert [i.name for i in store.incidents(staff.admin)] == ["Declared at another desk"]
    qtbot.waitUntil(lambda: actions.end_action.isEnabled(), timeout=5000)  # the banner re-read


def test_a_nurse_sees_the_incident_actions_disabled(mci, qtbot):
    store, staff = mci
    window = window_for(qtbot, store, staff.nurse)
    actions = window.incident_actions
    qtbot.wait(50)
    assert not actions.declare_action.isEnabled() and not actions.end_action.isEnabled()
    assert actions.open_declare() is None
    store.declare_incident(staff.clinician, "Fire")
    window.incident_banner.refresh()
    qtbot.waitUntil(lambda: "MCI" in window.screens, timeout=5000)
    assert not actions.declare_action.isEnabled() and not actions.end_action.isEnabled()
    assert actions.end(confirm=False) is None
    assert store.open_incident() is not None


# ---------------------------------------------------------------------- the board
def test_board_counts_and_lists_per_colour(mci, qtbot):
    store, staff = mci
    incident = store.declare_incident(staff.clinician, "Bus crash")
    for answers in (YELLOW, RED, GREEN, BLACK, RED, GREEN, GREEN):
        store.tag_patient(staff.nurse2, incident.id, answers)  # another desk
    store.move_tag(staff.nurse2, incident.id, "0002", "hospital: St Mary's")
    window = window_for(qtbot, store, staff.nurse)
    qtbot.waitUntil(lambda: "MCI" in window.screens, timeout=5000)
    screen = window.screens["MCI"]
    board, form = screen.board, screen.form

    # this desk tags a red patient with the optional fields; the board follows at once
    qtbot.keyClicks(form.age, "34")
    form.sex.setCurrentIndex(form.sex.findData("F"))
    qtbot.keyClicks(form.area, "Bay 3")
    qtbot.keyClicks(form.notes, "red jacket, no name")
    qtbot.keyClicks(form.answer, "NY36")
    qtbot.keyClick(form.answer, Qt.Key.Key_Return)
    with qtbot.waitSignal(board.refreshed, timeout=5000):
        qtbot.keyClick(form.answer, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(board.models["red"].rows) == 3, timeout=5000)
    stored = store.tag_history(staff.nurse, incident.id, "0008")[0]
    assert (stored.sex, stored.area, stored.notes, stored.age_years) == ("F", "Bay 3",
                                                                        "red jacket, no name", 34)
    assert (form.area.text(), form.notes.text(), form.sex.currentData()) == ("", "", "")

    assert {c: m.rowCount() for c, m in board.models.items()} == {
        "red": 3, "yellow": 1, "green": 3, "black": 1}
    said = {c: label.accessibleName() for c, label in board.count_labels.items()}
    assert said == {"red": "RED — immediate: 3", "yellow": "YELLOW — delayed: 1",
                    "green": "GREEN — minor: 3", "black": "BLACK — expectant: 1"}
    shown = board.count_labels["red"].text()
    assert ">3</div>" in shown and "RED — immediate" in shown  # the word, never the colour alone
    red = board.models["red"]
    assert numbers(red) == ["0002", "0005", "0008"]  # first tagged first
    assert numbers(board.models["green"]) == ["0003", "0006", "0007"]
    assert cell(red, 0, ColourTagsModel.MOVED) == "Hospital: St Mary's"
    assert cell(red, 2, ColourTagsModel.AGE_SEX) == "34 / F"
    assert cell(red, 2, ColourTagsModel.AREA) == "Bay 3"
    assert cell(red, 2, ColourTagsModel.WAITING) == "<1 min"
    assert cell(red, 2, ColourTagsModel.TAGGED) == stored.written_at.astimezone().strftime("%H:%M")
    assert "RED — immediate (3)" in board.list_titles["red"].text()
    assert board.over_time.text().endswith("now 3/1/3/1")


def test_waiting_time_counts_from_the_first_tag(mci, qtbot):
    store, staff = mci
    incident = store.declare_incident(staff.clinician, "Fire")
    tag = store.tag_patient(staff.nurse, incident.id, YELLOW)
    model = ColourTagsModel("yellow")
    model.set_tags([tag], tag.first_tagged_at + timedelta(minutes=75))
    assert cell(model, 0, ColourTagsModel.WAITING) == "1 h 15 min"


# ---------------------------------------------------------------------- actions on a tag
def test_retag_override_move_and_history_through_the_board(mci, qtbot):
    store, staff = mci
    incident = store.declare_incident(staff.clinician, "Bus crash")
    store.tag_patient(staff.nurse2, incident.id, YELLOW, area="Bay 1")
    store.tag_patient(staff.nurse2, incident.id, GREEN)
    screen = screen_for(qtbot, store, staff.nurse, incident)
    board, actions = screen.board, screen.actions
    refreshed(qtbot, board)
    assert not actions.retag_button.isEnabled()  # nothing selected yet
    assert board.select("0001")
    assert actions.retag_button.isEnabled() and board.selected.tag_number == "0001"

    # re-tag: the form again, pre-filled; the yellow now breathes 36 a minute → red
    dialog = actions.open_retag()
    form = dialog.form
    assert form.tag_number.text() == "0001" and form.tag_number.isReadOnly()
    assert form.area.text() == "Bay 1" and form.pending is None  # the old answers are there
    form.restart()
    qtbot.keyClicks(form.answer, "NY36")
    qtbot.keyClick(form.answer, Qt.Key.Key_Return)
    with qtbot.waitSignal(board.refreshed, timeout=5000):
        qtbot.keyClick(form.answer, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: numbers(board.models["red"]) == ["0001"], timeout=5000)
    assert not dialog.isVisible()
    assert board.selected.tag_number == "0001"  # still selected, now in the red list
    assert store.incident_tags(staff.nurse, incident.id)[0].category == "immediate"

    # override with a required reason
    dialog = actions.open_override()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    dialog.category.setCurrentIndex(dialog.category.findData("delayed"))
    assert not ok.isEnabled()
    dialog.reason.setText("bleeding controlled, RR recounted 24")
    ok.click()
    qtbot.waitUntil(lambda: numbers(board.models["yellow"]) == ["0001"], timeout=5000)
    now = store.tag_history(staff.nurse, incident.id, "0001")[-1]
    assert (now.event, now.category, now.computed_category, now.override_reason) == (
        "override", "delayed", "immediate", "bleeding controlled, RR recounted 24")
    assert cell(board.models["yellow"], 0, ColourTagsModel.TAG) == "0001 *"  # marked overridden
    assert "saved" in actions.status.text()

    # moved to a hospital
    dialog = actions.open_move()
    dialog.kind.setCurrentIndex(dialog.kind.findData("hospital"))
    dialog.place.setText("St Mary's")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: cell(board.models["yellow"], 0, ColourTagsModel.MOVED)
                    == "Hospital: St Mary's", timeout=5000)
    assert store.tag_history(staff.nurse, incident.id, "0001")[-1].moved_to == "hospital: St Mary's"
    assert store.tag_history(staff.nurse, incident.id, "0001")[-1].category == "delayed"

    # the history: every version, oldest first
    dialog = actions.open_history()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 4, timeout=5000)
    events = [dialog.table.item(r, 2).text() for r in range(4)]
    assert events == ["tagged", "re-tagged", "overridden", "moved"]
    assert dialog.table.item(2, 5).text() == "bleeding controlled, RR recounted 24"


def test_a_refused_write_is_said_on_the_board(mci, qtbot):
    store, staff = mci
    incident = store.declare_incident(staff.clinician, "Fire")
    store.tag_patient(staff.nurse, incident.id, GREEN)
    screen = screen_for(qtbot, store, staff.nurse, incident)
    refreshed(qtbot, screen.board)
    screen.board.select("0001")
    store.end_incident(staff.clinician, incident.id)  # at another desk, before this one polls
    dialog = screen.actions.open_move()
    dialog.place.setText("Ambulance 14")
    dialog.accept()
    qtbot.waitUntil(lambda: "refused" in screen.actions.status.text(), timeout=5000)
    assert "has ended" in screen.actions.status.text()
    assert store.tag_history(staff.nurse, incident.id, "0001")[-1].moved_to == ""


def test_an_administrator_reads_and_prints_the_board_but_cannot_tag(mci, qtbot):
    store, staff = mci
    incident = store.declare_incident(staff.clinician, "Fire")
    store.tag_patient(staff.nurse, incident.id, RED)
    screen = screen_for(qtbot, store, staff.admin, incident)
    refreshed(qtbot, screen.board)
    assert numbers(screen.board.models["red"]) == ["0001"]
    actions = screen.actions
    assert actions.retag_button.isHidden() and actions.override_button.isHidden()
    assert actions.move_button.isHidden()
    assert not actions.history_button.isHidden() and not actions.tags_button.isHidden()


# ---------------------------------------------------------------------- printing
def test_print_tags_and_report_write_private_files(mci, qtbot, tmp_path, monkeypatch):
    store, staff = mci
    incident = store.declare_incident(staff.clinician, "Bus crash")
    for answers in (RED, YELLOW, GREEN):
        store.tag_patient(staff.nurse, incident.id, answers)
    store.retag_patient(staff.nurse, incident.id, "0002", RED)
    screen = screen_for(qtbot, store, staff.nurse, incident)
    actions = screen.actions
    out = tmp_path / "out"
    out.mkdir()
    chosen = iter([(str(out / "tags.pdf"), "PDF (*.pdf)"),
                   (str(out / "report"), "PDF report (*.pdf)"),
                   (str(out / "report.csv"), "CSV, one row per tag version (*.csv)")])
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: next(chosen))

    with qtbot.waitSignal(actions.file_written, timeout=10000) as done:
        actions.tags_button.click()
    tags_pdf = done.args[0]
    assert tags_pdf == out / "tags.pdf" and tags_pdf.read_bytes().startswith(b"%PDF")
    assert pages(tags_pdf) == 3  # one label per patient, the re-tagged one once
    assert "written to" in actions.status.text()

    with qtbot.waitSignal(actions.file_written, timeout=10000) as done:
        actions.report_button.click()
    assert done.args[0] == out / "report.pdf"  # the suffix added
    assert (out / "report.pdf").read_bytes().startswith(b"%PDF")

    with qtbot.waitSignal(actions.file_written, timeout=10000):
        actions.report_button.click()
    rows = list(csv.DictReader(io.StringIO((out / "report.csv").read_text(encoding="utf-8"))))
    assert [(r["tag_number"], r["version"], r["colour"]) for r in rows] == [
        ("0001", "1", "red"), ("0002", "1", "yellow"), ("0003", "1", "green"), ("0002", "2", "red")]
    for name in ("tags.pdf", "report.pdf", "report.csv"):
        assert stat.S_IMODE((out / name).stat().st_mode) == 0o600, name


def test_tags_pdf_has_one_page_per_patient(mci, tmp_path):
    from triage.export.mci_report import write_incident_file

    store, staff = mci
    incident = store.declare_incident(staff.clinician, "Bus crash")
    for answers in (RED, YELLOW, GREEN, BLACK):
        store.tag_patient(staff.nurse, incident.id, answers)
    path = write_incident_file(store, staff.nurse, incident.id, "tags_pdf", tmp_path / "t.pdf")
    assert pages(path) == 4
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_a_file_that_cannot_be_written_is_said(mci, qtbot, tmp_path):
    store, staff = mci
    incident = store.declare_incident(staff.clinician, "Fire")
    screen = screen_for(qtbot, store, staff.nurse, incident)
    screen.actions.print_tags(tmp_path / "missing-folder" / "tags.pdf")
    qtbot.waitUntil(lambda: "failed" in screen.actions.status.text(), timeout=5000)
    assert not (tmp_path / "missing-folder").exists()


def test_board_and_an_override_on_both_backends(store_staff, qtbot):
    """The same worker paths on a clinic server (PostgreSQL) as on the desk's SQLite file."""
    store, staff = store_staff
    incident = store.declare_incident(staff.clinician, "Fire")
    store.tag_patient(staff.nurse2, incident.id, GREEN)
    screen = screen_for(qtbot, store, staff.clinician, incident)
    refreshed(qtbot, screen.board)
    assert screen.board.select("0001")
    dialog = screen.actions.open_override()
    dialog.category.setCurrentIndex(dialog.category.findData("immediate"))
    dialog.reason.setText("open femur fracture")
    dialog.accept()
    qtbot.waitUntil(lambda: numbers(screen.board.models["red"]) == ["0001"], timeout=5000)
    assert store.incident_counts(staff.clinician, incident.id)["red"] == 1
