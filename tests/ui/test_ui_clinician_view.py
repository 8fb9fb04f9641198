"""The clinician's view (issue 24): no value changes without intent, one honest number, words
that explain, a decision that finishes the case, the decision first at 1280×720, outcome risks.
All offscreen at 1280×720 on a real SQLite installation."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QTabWidget, QWidget

from helpers_ui import create_staff
from triage.intake import AVPU, Intake, Patient, Sex, Vitals
from triage.store import CaseStore
from triage.suggestion import OutcomeRisk, Reason, Suggestion
from ui.context import AppContext
from ui.main_window import ADMIN, CASE, INTAKE, WORKLIST, MainWindow

PASSWORD = "correct horse battery"
SIZE = (1280, 720)


def model_suggestion(level: int = 3, **kw) -> Suggestion:
    probs = {1: 0.01, 2: 0.1, 3: 0.34, 4: 0.444, 5: 0.106}
    return Suggestion(level=level, confidence=probs[level], probabilities=probs, model_level=level,
                      reasons=(Reason(kind="words", code="words", title="Words that weighed",
                                      values={"words": [["crushing", 0.2], ["min", 0.1],
                                                        ["sweaty", 0.12], ["better", -0.08]]}),),
                      **kw)


@pytest.fixture
def installation(data_dir):
    store = CaseStore(data_dir)
    _, admin, nurse, doctor = create_staff(store, PASSWORD)
    intake = Intake(
        patient=Patient(name="Ann Example", age_years=67, sex=Sex.FEMALE),
        complaint="chest pain since an hour, sweaty",
        vitals=Vitals(heart_rate=112, resp_rate=24, sbp=135, dbp=85, spo2=95, temperature_c=37.2,
                      pain=6, avpu=AVPU.ALERT),
        arrival_time=datetime.now(timezone.utc) - timedelta(minutes=50))
    case_id = store.create_case(nurse, intake, model_suggestion(3))
    yield store, {"admin": admin, "nurse": nurse, "doctor": doctor}, case_id
    store.close()


def window_for(qtbot, store, user) -> MainWindow:
    window = MainWindow(AppContext(store=store, data_dir=store.data_dir, user=user))
    qtbot.addWidget(window)
    window.resize(*SIZE)
    window.show()
    qtbot.waitExposed(window)
    return window


def value_of(control: QWidget):
    if isinstance(control, QComboBox):
        return control.currentIndex(), control.currentText()
    return control.text()


def wheel_over(control: QWidget, steps: int) -> None:
    centre = QPointF(control.rect().center())
    event = QWheelEvent(centre, QPointF(control.mapToGlobal(control.rect().center())), QPoint(0, 0),
                        QPoint(0, 120 * steps), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(control, event)


def test_the_wheel_over_a_control_changes_nothing_anywhere(qtbot, installation, data_dir):
    """Item 1: the app installs the guard; scrolling over every combo and spin box of the case
    view, the intake, the worklist and the administration changes none of them."""
    from ui.app import DeskApp

    desk = DeskApp(data_dir, load_models=False, show_error_dialogs=False)  # installs the guard
    try:
        store, users, case_id = installation
        for role, areas in (("doctor", [CASE, INTAKE, WORKLIST]), ("admin", [ADMIN])):
            window = window_for(qtbot, store, users[role])
            if role == "doctor":
                window.show_case(case_id)
                qtbot.waitUntil(lambda: window.screen(CASE).detail is not None, timeout=10_000)
            controls = 0
            for area in areas:
                screen = window.show_area(area)
                qtbot.wait(20)
                found = []
                for tabs in screen.findChildren(QTabWidget) or [None]:
                    for index in range(tabs.count() if tabs is not None else 1):
                        if tabs is not None:
                            tabs.setCurrentIndex(index)
                            qtbot.wait(10)
                        found += [w for w in screen.findChildren(QWidget)
                                  if isinstance(w, (QComboBox, QAbstractSpinBox)) and w.isVisible()
                                  and w.isEnabled() and w not in found]
                for control in found:
                    if isinstance(control, QComboBox) and control.count() > 1:
                        control.setCurrentIndex(1)  # room to move both ways
                    before = value_of(control)
                    assert control.focusPolicy() == Qt.FocusPolicy.StrongFocus, control
                    wheel_over(control, -1)
                    wheel_over(control, 1)
                    wheel_over(control, 1)
                    assert value_of(control) == before, (area, control.objectName(), before)
                controls += len(found)
            assert controls >= (3 if role == "doctor" else 1), role  # the scan saw them
            # a control the user clicked into (focused) still takes the wheel
            if role == "doctor":
                view = window.show_area(CASE)
                combo = view.override_level
                combo.setFocus()
                qtbot.waitUntil(combo.hasFocus, timeout=2_000)
                start = combo.currentIndex()
                wheel_over(combo, -1)
                assert combo.currentIndex() != start
    finally:
        desk.shutdown()
