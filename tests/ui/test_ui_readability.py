"""Small readability fixes (issue 12 §12): the Level column says the number once, an unnamed
patient is "Unnamed patient", the vitals table shows its last row, "Why" grows with its reasons,
"not assessed" is said once, the Age placeholder fits, and "Attach image…" opens in Documents or
the folder used last."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from helpers_ui import create_staff
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from triage import scales
from triage.intake import AVPU, Intake, Patient, Sex, Vitals
from triage.records import Decision
from triage.store import CaseStore
from triage.suggestion import ImageAssessment, Reason, Suggestion
from ui.case.view import CaseView
from ui.context import AppContext
from ui.intake.attachments import AttachmentsBox, not_assessed_text
from ui.intake.form import IntakeForm
from ui.widgets.suggestion_panel import REASONS_MAX_HEIGHT
from ui.worklist import COL_LEVEL, COL_PATIENT, WorklistView

PASSWORD = "correct horse battery"


def reasons(n: int) -> tuple[Reason, ...]:
    return tuple(Reason(kind="rule", code=f"r{i}", title=f"Finding number {i} that weighed",
                        detail="a detail line under the title", level_floor=2, weight=n - i)
                 for i in range(n))


@pytest.fixture
def desk(data_dir):
    store = CaseStore(data_dir)
    _, _, nurse, doctor = create_staff(store, PASSWORD)
    case_id = store.create_case(nurse, Intake(
        patient=Patient(name="", age_years=40, sex=Sex.MALE), complaint="found collapsed",
        vitals=Vitals(heart_rate=50, resp_rate=8, spo2=85, avpu=AVPU.PAIN),
        arrival_time=datetime.now(timezone.utc) - timedelta(minutes=3)),
        Suggestion(level=1, confidence=0.9, reasons=reasons(3)))
    for hr in (55, 60, 65):  # a few re-triages: the flowsheet has columns to show
        store.retriage(doctor, case_id, Vitals(heart_rate=hr, resp_rate=10, spo2=90), None)
    yield store, nurse, doctor, case_id
    store.close()


def test_the_level_column_says_the_number_once_and_an_unnamed_patient_is_named_so(desk, qtbot):
    store, _, doctor, _ = desk
    view = WorklistView(AppContext(store=store, data_dir=store.data_dir, user=doctor))
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=10_000)
    cell = view.model.index(0, COL_LEVEL)
    assert view.model.data(cell) == scales.level(1).name  # the icon beside it shows "1"
    assert view.model.data(cell, Qt.ItemDataRole.DecorationRole) is not None
    assert view.model.data(view.model.index(0, COL_PATIENT)) == "Unnamed patient"


def test_the_case_says_unnamed_patient_and_shows_every_vital_sign_row(desk, qtbot):
    store, _, doctor, case_id = desk
    view = CaseView(AppContext(store=store, data_dir=store.data_dir, user=doctor))
    qtbot.addWidget(view)
    view.resize(1280, 720)
    view.show()
    assert view.show_case(case_id)
    qtbot.wait(50)
    assert "Unnamed patient" in view.record.patient_label.text()
    assert "—" != view.record.patient_label.text()
    table = view.vitals_table
    last = table.rowCount() - 1
    assert table.rowViewportPosition(last) + table.rowHeight(last) <= table.viewport().height()


def test_why_grows_with_its_reasons_then_scrolls(desk, qtbot):
    store, nurse, doctor, _ = desk
    case_id = store.create_case(nurse, Intake(
        patient=Patient(name="B", age_years=50, sex=Sex.FEMALE), complaint="chest pain",
        vitals=Vitals(heart_rate=120)), Suggestion(level=2, confidence=0.8, reasons=reasons(6)))
    view = CaseView(AppContext(store=store, data_dir=store.data_dir, user=doctor))
    qtbot.addWidget(view)
    view.resize(1280, 720)
    view.show()
    assert view.show_case(case_id)
    qtbot.wait(50)
    panel = view.suggestion_panel
    scroll = panel.reasons_scroll
    assert scroll.viewport().height() > 6 * panel.fontMetrics().lineSpacing()  # not 4 lines
    # all six reasons in view, or (a large font) as tall as "Why" may grow before it scrolls
    assert scroll.verticalScrollBar().maximum() <= 8 or scroll.minimumHeight() == REASONS_MAX_HEIGHT
    assert scroll.minimumHeight() <= REASONS_MAX_HEIGHT  # beyond that it scrolls


def test_not_assessed_is_said_once():
    a = ImageAssessment(assessed=False, reason="not assessed: a photo, not a chest radiograph",
                        finding="not assessed")
    assert not_assessed_text(a) == "not assessed — a photo, not a chest radiograph"
    b = ImageAssessment(assessed=False, reason="image model not loaded", finding="not assessed")
    assert not_assessed_text(b) == "not assessed — image model not loaded"


def test_age_placeholder_fits_and_attach_opens_in_documents_then_the_last_folder(
        qtbot, desk, tmp_path, monkeypatch):
    store, nurse, _, _ = desk
    form = IntakeForm(AppContext(store=store, data_dir=store.data_dir, user=nurse))
    qtbot.addWidget(form)
    form.resize(1280, 720)
    form.show()
    age = form.fields["age_years"]
    assert age.width() >= age.fontMetrics().horizontalAdvance(age.placeholderText()) + 12

    opened = []
    picked = tmp_path / "films" / "chest.png"
    picked.parent.mkdir()
    monkeypatch.setattr(AttachmentsBox, "last_folder", "")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        lambda _parent, _title, folder, _filter: opened.append(folder) or ([], ""))
    form.attachments.pick_files()
    assert opened[-1] != "" and Path(opened[-1]).is_dir()
    assert Path(opened[-1]).resolve() != Path.cwd().resolve() or Path.cwd() == Path.home()
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        lambda _parent, _title, folder, _filter: opened.append(folder) or ([str(picked)], ""))
    monkeypatch.setattr(form.attachments, "add_file", lambda path, name="": None)
    form.attachments.pick_files()
    form.attachments.pick_files()
    assert opened[-1] == str(picked.parent)
