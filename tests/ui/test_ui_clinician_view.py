"""The clinician's view (issue 24): no value changes without intent, one honest number, words
that explain, a decision that finishes the case, the decision first at 1280×720, outcome risks.
All offscreen at 1280×720 on a real SQLite installation."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QTabWidget, QWidget

from helpers_ui import create_staff, form, nurse, store  # noqa: F401 - fixtures
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


def shock_suggestion() -> Suggestion:
    """Level 1 set by the shock floor while the text model alone says level 2 (62 %)."""
    probs = {1: 0.2, 2: 0.62, 3: 0.1, 4: 0.05, 5: 0.03}
    return Suggestion(level=1, confidence=1.0, probabilities=probs, model_level=2, rule_floor=1,
                      reasons=(
        Reason(kind="rule", code="shock", title="Shock: SBP below 90 with a fast heart rate",
               level_floor=1, weight=5.0, values={"sbp": 88, "heart_rate": 118}),
        Reason(kind="text", code="text_acuity", title="Text model: 2 — Emergency", weight=4.0,
               values={"probabilities": {str(k): v for k, v in probs.items()}, "model_level": 2}),
        Reason(kind="missing", code="missing", title="Not recorded: respiratory rate", weight=0.7,
               values={"missing": ["resp_rate", "temperature_c", "pain"]}),
        Reason(kind="text", code="symptom_category", title="Symptom category: chest_pain",
               weight=0.8, values={"categories": [["chest_pain", 0.792], ["dyspnoea", 0.11]]})))


@pytest.fixture
def panel(qtbot):
    from ui.widgets.suggestion_panel import SuggestionPanel

    widget = SuggestionPanel()
    qtbot.addWidget(widget)
    widget.resize(520, 600)
    widget.show()
    return widget


def all_text(panel) -> str:
    from PySide6.QtGui import QTextDocument

    parts = [panel.confidence_label.text(), panel.risks_label.text()]
    for label in panel.reason_labels():
        doc = QTextDocument()
        doc.setHtml(label.text())
        parts.append(doc.toPlainText())
    return "\n".join(parts)


def test_a_floor_level_names_the_rule_and_its_values_never_100_percent(panel):
    """Item 2: the headline says what decided (the shock rule with SBP and heart rate), the text
    model's line names its own most probable level with that level's probability."""
    panel.show_suggestion(shock_suggestion())
    head = panel.confidence_label.text()
    assert "100" not in head and "Confidence" not in head
    assert "set by the rule: Shock" in head
    assert "Systolic BP 88 mmHg" in head and "Heart rate 118/min" in head
    assert "see immediately" in head and "0 min" not in head  # item 6: level 1 target
    text = all_text(panel)
    assert "most likely level 2 — Emergency, 62 %" in text


def test_a_model_level_shows_the_models_probability_and_the_top_level_is_named(panel):
    """Item 2: the model decided level 3 (34 %) though level 4 is its most probable (44 %)."""
    s = Suggestion(level=3, confidence=0.34, probabilities={1: 0.01, 2: 0.1, 3: 0.34, 4: 0.444,
                                                            5: 0.106}, model_level=3,
                   reasons=(Reason(kind="text", code="text_acuity", title="Text model: 3 — Urgency",
                                   values={"probabilities": {"3": 0.34, "4": 0.444, "1": 0.01,
                                                             "2": 0.1, "5": 0.106}}),))
    panel.show_suggestion(s)
    head = panel.confidence_label.text()
    assert "the model's level, probability 34 %" in head and "target 30 min" in head
    assert "most likely level 4 — Less urgency, 44 %" in all_text(panel)


def test_words_and_categories_read_in_clinical_terms(panel):
    """Item 3: raised / lowered urgency, no stop words or units, one heading, readable
    categories with a percent, field labels instead of code names."""
    s = shock_suggestion()
    words = Reason(kind="words", code="words", title="Words that weighed", weight=0.9,
                   values={"words": [["crushing,", 0.21], ["min", 0.1], ["since", 0.05],
                                     ["sweaty", 0.12], ["better", -0.08], ["30", 0.04]]})
    panel.show_suggestion(Suggestion(**{**s.__dict__, "reasons": s.reasons + (words,)}))
    text = all_text(panel)
    assert "raised urgency: crushing, sweaty" in text
    assert "lowered urgency: better" in text
    assert "min" not in text.split("raised urgency:")[1].split("\n")[0]
    assert text.count("Words that weighed") + text.count("weighed") <= 1  # one heading
    assert "Symptom category: chest pain 79 %" in text and "dyspnoea 11 %" in text
    assert "((" not in text and "resp_rate" not in text and "temperature_c" not in text
    assert "chest_pain" not in text


def test_outcome_risks_show_in_words_and_nothing_without_them(panel):
    """The risk heads' numbers: 'Risk of critical care 7 % (above this ED's line of 6 %)',
    'Likely admission 64 %'; nothing when the suggestion has no risks."""
    s = model_suggestion(3, risks=(OutcomeRisk("critical", 0.07, "risk-1", 0.06, "site"),
                                   OutcomeRisk("admission", 0.64, "risk-1")))
    panel.show_suggestion(s)
    assert panel.risks_label.isVisible()
    text = panel.risks_label.text()
    assert "Risk of critical care 7 % (above this ED's line of 6 %)" in text
    assert "Likely admission 64 %" in text
    below = model_suggestion(3, risks=(OutcomeRisk("critical", 0.02, "risk-1", 0.06, "site"),))
    panel.show_suggestion(below)
    assert panel.risks_label.text() == "Risk of critical care 2 % (below this ED's line of 6 %)"
    panel.show_suggestion(model_suggestion(3))
    assert not panel.risks_label.isVisible() and panel.risks_label.text() == ""


def test_a_risk_decided_level_says_so(panel):
    s = model_suggestion(2, risks=(OutcomeRisk("critical", 0.09, "risk-1", 0.06),),
                         decided_by="risk")
    panel.show_suggestion(s)
    assert "set by the outcome risk: Risk of critical care 9 %" in panel.confidence_label.text()


def test_accept_finishes_the_case_and_it_shows_under_decided_today(qtbot, installation):
    """Item 4: the first touch says 'You are reviewing'; accepting moves the case to decided
    (closed, one transaction), the wait stops at the decision, it leaves the open worklist and
    shows under 'Decided today'; 'Keep the case open' keeps it in review."""
    from triage.records import CaseStatus, WorklistQuery

    store, users, case_id = installation
    doctor = users["doctor"]
    window = window_for(qtbot, store, doctor)
    window.show_case(case_id)
    view = window.screen(CASE)
    qtbot.waitUntil(lambda: view.detail is not None, timeout=10_000)
    assert "over target" in view.waiting_label.text()  # 50 min at a 30 min target
    qtbot.keyClicks(view.override_reason, "x")  # the first touch of a decision control
    assert view.decision.state_label.text().startswith("You are reviewing")
    view.override_reason.clear()
    qtbot.waitUntil(lambda: view.write_task is None, timeout=10_000)  # the review started
    with qtbot.waitSignal(view.case_changed, timeout=10_000):
        view.accept_button.click()
    qtbot.waitUntil(lambda: view.write_task is None, timeout=10_000)
    detail = store.case_detail(doctor, case_id)
    assert detail.status is CaseStatus.CLOSED and detail.latest_review is not None
    assert view.status_label.text() == "decided"
    assert view.waiting_label.text().startswith("Decided") and "over target" not in \
        view.waiting_label.text()
    assert "case finished" in view.decision.state_label.text()
    assert store.worklist(doctor, WorklistQuery()) == []  # left the open worklist
    worklist = window.show_area(WORKLIST)
    worklist.status_filter.setCurrentText("Decided today")
    qtbot.waitUntil(lambda: worklist.model.rowCount() == 1, timeout=10_000)
    assert worklist.model.data(worklist.model.index(0, 0).siblingAtColumn(
        __import__("ui.worklist", fromlist=["COL_STATUS"]).COL_STATUS)) == "decided"
    # a case decided yesterday is not "today"
    from datetime import datetime as dt
    tomorrow = dt.now(timezone.utc) + timedelta(days=1)
    assert store.worklist(doctor, WorklistQuery(statuses=(CaseStatus.CLOSED,),
                                                decided_since=tomorrow)) == []

    # keep open: the decision is signed, the case stays in review
    second = store.create_case(users["nurse"], Intake(
        patient=Patient(name="Bo Second", age_years=30, sex=Sex.MALE), complaint="sprained ankle",
        vitals=Vitals(heart_rate=80)), model_suggestion(4))
    window.show_case(second)
    qtbot.waitUntil(lambda: view.detail is not None and view.detail.case_id == second,
                    timeout=10_000)
    view.decision.keep_open.setChecked(True)
    with qtbot.waitSignal(view.case_changed, timeout=10_000):
        view.accept_button.click()
    qtbot.waitUntil(lambda: view.write_task is None, timeout=10_000)
    assert store.case_detail(doctor, second).status is CaseStatus.IN_REVIEW
    assert "kept open" in view.decision.state_label.text()


def test_the_decision_comes_first_at_1280x720(qtbot, installation):
    """Item 5: no images → the Images pane is one line; the whole Decision box is on screen
    without scrolling; the reason box is multi-line with its placeholder readable; the
    worklist's complaint column gets the room."""
    from PySide6.QtWidgets import QPlainTextEdit

    from ui.worklist import COL_COMPLAINT, COL_PATIENT

    store, users, case_id = installation
    window = window_for(qtbot, store, users["doctor"])
    window.show_case(case_id)
    view = window.screen(CASE)
    qtbot.waitUntil(lambda: view.detail is not None, timeout=10_000)
    qtbot.wait(50)
    assert not view.images.isVisible() and view.no_images_line.isVisible()
    box = view.decision
    visible = box.visibleRegion().boundingRect()
    assert visible.height() == box.height() and visible.width() == box.width(), \
        (visible, box.size())
    reason = view.override_reason
    assert isinstance(reason, QPlainTextEdit)
    assert reason.height() >= 2.5 * reason.fontMetrics().lineSpacing()
    placeholder = reason.placeholderText()
    assert reason.fontMetrics().horizontalAdvance(placeholder) <= 3 * reason.viewport().width()
    worklist = window.show_area(WORKLIST)
    qtbot.wait(50)
    header = worklist.table.horizontalHeader()
    assert header.sectionSize(COL_COMPLAINT) > header.sectionSize(COL_PATIENT) * 1.5


def test_after_a_save_the_intake_is_back_at_the_top_in_the_note_box(qtbot, installation):
    """Item 5: the next patient starts at the top with the Note box focused."""
    store, users, _ = installation
    window = window_for(qtbot, store, users["nurse"])
    form = window.show_area(INTAKE)
    form.set_value("complaint", "ankle sprain")
    form.set_value("age_years", "30")
    form.form_scroll.verticalScrollBar().setValue(form.form_scroll.verticalScrollBar().maximum())
    with qtbot.waitSignal(form.saved, timeout=20_000):
        form.save()
    assert form.form_scroll.verticalScrollBar().value() == 0
    qtbot.waitUntil(form.note_box.edit.hasFocus, timeout=2_000)


def test_the_note_summary_reports_values_not_field_names(qtbot, form):
    """Item 6: 'Read from the note: … SpO2 91 %, room air' (it read 'on oxygen' for room air)."""
    note = "67 yo M, crushing CP since 2 h, diaphoretic, BP 88/50, HR 118, RR 24, SpO2 91% RA, GCS 14"
    with qtbot.waitSignal(form.suggestion_ready, timeout=20_000,
                          check_params_cb=lambda s: s is not None):
        form.note_box.edit.setFocus()
        form.note_box.edit.setPlainText(note)
    qtbot.waitUntil(lambda: "Read from the note" in form.note_box.summary.text(), timeout=10_000)
    summary = form.note_box.summary.text()
    assert "SpO2 91 %" in summary and "room air" in summary and "on oxygen" not in summary
    assert "Heart rate 118/min" in summary
