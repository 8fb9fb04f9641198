"""Every screen works at 1280×720 (issue 12 item 5): opening a case, attaching an image or
switching area never raises the window's minimum size, and the controls stay reachable (columns
scroll, splitters trade widths, Save stays in sight)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydicom.data import get_testdata_file
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QHeaderView, QScrollArea, QTabWidget, QWidget

from helpers_ui import create_staff
from triage.engine.fallback import rules_only
from triage.intake import Intake, Patient, Sex, Vitals
from triage.records import NewAttachment
from triage.store import CaseStore
from ui.app import apply_style
from ui.context import AppContext
from ui.main_window import ADMIN, CASE, INTAKE, WORKLIST, MainWindow

PASSWORD = "correct horse battery"
SIZE = (1280, 720)


@pytest.fixture
def installation(data_dir):
    store = CaseStore(data_dir)
    _, admin, nurse, doctor = create_staff(store, PASSWORD)
    intake = Intake(
        patient=Patient(name="Annabel Example-Featherstonehaugh-Cholmondeley", age_years=67,
                        sex=Sex.FEMALE),
        complaint="short of breath since last night, worse lying flat, productive cough " * 3,
        vitals=Vitals(heart_rate=112, resp_rate=24, sbp=135, dbp=85, spo2=91))
    case_id = store.create_case(nurse, intake, rules_only(intake))
    scan = Path(get_testdata_file("CT_small.dcm")).read_bytes()
    store.add_attachments(nurse, case_id, [NewAttachment(data=scan, original_name="CT_small.dcm",
                                                         kind="dicom", modality="CT")])
    yield store, {"admin": admin, "nurse": nurse, "doctor": doctor}, case_id
    store.close()


def window_for(qtbot, store, user) -> MainWindow:
    apply_style(QApplication.instance())  # the real app's style sheet widens controls
    window = MainWindow(AppContext(store=store, data_dir=store.data_dir, user=user))
    qtbot.addWidget(window)
    window.resize(*SIZE)
    window.show()
    qtbot.waitExposed(window)
    return window


def fits(window: MainWindow) -> None:
    hint = window.minimumSizeHint()
    assert (window.width(), window.height()) == SIZE
    assert hint.width() <= SIZE[0] and hint.height() <= SIZE[1], hint.toTuple()
    assert window.statusBar().geometry().bottom() < SIZE[1]  # the status bar is on screen


def reachable(qtbot, widget: QWidget) -> None:
    """On screen, or one vertical scroll away inside a scroll area, and never clipped sideways."""
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    if parent is not None:
        parent.ensureWidgetVisible(widget)
    # all of its width: a column narrower than its content would clip buttons on the right
    qtbot.waitUntil(lambda: widget.visibleRegion().boundingRect().width() == widget.width(),
                    timeout=2_000)


def test_a_case_with_an_image_fits_1280x720_and_every_action_is_reachable(qtbot, installation):
    store, users, case_id = installation
    window = window_for(qtbot, store, users["doctor"])
    window.show_case(case_id)
    view = window.screen(CASE)
    with qtbot.waitSignal(view.viewer.loaded, timeout=30_000):
        pass
    qtbot.wait(50)
    fits(window)
    for widget in (view.accept_button, view.override_reason, view.close_button,
                   view.retriage_button, view.note_edit, view.note_button, view.edit_button,
                   view.history_list, view.viewer.view):
        reachable(qtbot, widget)
    window.resize(*SIZE)  # asking again changes nothing: no minimum size crept up
    fits(window)


def test_the_intake_with_an_image_keeps_save_in_sight_at_1280x720(qtbot, installation):
    store, users, _ = installation
    window = window_for(qtbot, store, users["nurse"])
    form = window.screen(INTAKE)
    form.attachments.add_file(Path(get_testdata_file("CT_small.dcm")))
    qtbot.waitUntil(lambda: len(form.attachments.tiles) == 1, timeout=20_000)
    qtbot.wait(50)
    fits(window)
    assert not form.save_button.visibleRegion().isEmpty()  # without scrolling
    assert not form.new_button.visibleRegion().isEmpty()
    reachable(qtbot, form.attachments.tiles[0])


@pytest.mark.parametrize("role, areas", [("nurse", [INTAKE, WORKLIST]),
                                         ("doctor", [WORKLIST, INTAKE]),
                                         ("admin", [ADMIN])])
def test_every_area_fits_1280x720(qtbot, installation, role, areas):
    store, users, _ = installation
    window = window_for(qtbot, store, users[role])
    for area in areas:
        screen = window.show_area(area)
        pages = screen.findChildren(QTabWidget)
        for tabs in pages or [None]:
            for index in range(tabs.count() if tabs is not None else 1):
                if tabs is not None:
                    tabs.setCurrentIndex(index)
                qtbot.wait(20)
                fits(window)
        assert not any(a.isVisible() and a.viewport().height() < 40
                       for a in screen.findChildren(QAbstractScrollArea)
                       if not isinstance(a, QHeaderView))  # no list or text box squashed shut
