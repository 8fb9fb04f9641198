"""End to end through the real windows on a real database: a nurse creates a case with an image,
it appears in the worklist with its suggestion, a clinician overrides it with a reason, an
administrator sees that in the audit log and exports it."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from helpers_ui import create_staff, sign_in
from pydicom.data import get_testdata_file

from triage.records import Decision
from ui.app import DeskApp
from ui.main_window import ADMIN, CASE, INTAKE, WORKLIST

PASSWORD = "correct-horse-battery"


@pytest.fixture
def desk(qtbot, data_dir: Path):
    from triage.store import CaseStore

    store = CaseStore(data_dir)
    create_staff(store, PASSWORD, admin="Ada Admin", nurse=("nurse1", "Nina Nurse"),
                 doctor=("doc1", "Dan Doctor"))
    store.close()
    app = DeskApp(data_dir, load_models=True, show_error_dialogs=False)
    yield app
    app.shutdown()


def chest_radiograph() -> Path:
    data_store = pytest.importorskip("data_store")  # pydicom-data's files, installed, never fetched
    path = Path(data_store.__file__).parent / "data" / "RG1_UNCI.dcm"
    return path if path.exists() else Path(get_testdata_file("CT_small.dcm"))


def test_nurse_to_clinician_to_administrator(qtbot, desk, tmp_path):
    # --- the nurse: intake with an image, saved while the models load in the background
    window = sign_in(qtbot, desk, "nurse1")
    qtbot.waitUntil(lambda: desk.loader.done, timeout=60_000)
    form = window.show_area(INTAKE)
    form.attachments.add_file(chest_radiograph())
    qtbot.waitUntil(lambda: len(form.attachments.tiles) == 1, timeout=30_000)
    image = form.attachments.tiles[0].item
    for name, value in dict(name="Flow Patient", age_years="67", sex="M", complaint="chest pain and sweating",
                            heart_rate="118", resp_rate="24", sbp="95", dbp="60", spo2="93",
                            temperature="37.9", pain="8", avpu="A").items():
        form.set_value(name, value)
    with qtbot.waitSignal(form.suggestion_ready, timeout=20_000) as live:
        pass
    assert live.args[0] is not None
    with qtbot.waitSignal(desk.ctx.signals.case_saved, timeout=30_000) as saved:
        form.save()
    case_id = saved.args[0]
    nurse = desk.ctx.user
    detail = desk.store.case_detail(nurse, case_id)
    suggested = detail.latest_suggestion
    assert suggested is not None and suggested.level <= 2  # hypotension-range SBP, chest pain
    assert len(detail.attachments) == 1
    if desk.ctx.image_model is not None:  # the adult chest CR is one the model may judge
        assert image.assessment is not None and image.assessment.assessed
        stored = detail.attachments[0].assessment
        assert stored is not None and stored.probability == pytest.approx(image.assessment.probability)

    # --- it is in the worklist with its suggestion (the nurse's own worklist refreshes at once)
    worklist = window.show_area(WORKLIST)
    qtbot.waitUntil(lambda: worklist.model.row_of(case_id) is not None, timeout=10_000)
    assert worklist.model.case_at(worklist.model.row_of(case_id)).suggested_level == suggested.level

    # --- the clinician opens it from the worklist and overrides it, with a reason
    window.sign_out(confirm=False)
    window = sign_in(qtbot, desk, "doc1")
    worklist = window.show_area(WORKLIST)
    qtbot.waitUntil(lambda: worklist.model.row_of(case_id) is not None, timeout=10_000)
    row = worklist.model.row_of(case_id)
    assert worklist.model.case_at(row).suggested_level == suggested.level
    worklist.table.activated.emit(worklist.model.index(row, 0))
    case_view = window.screen(CASE)
    assert window.tabs.currentWidget() is case_view and case_view.detail.case_id == case_id
    qtbot.waitUntil(lambda: case_view.write_task is None, timeout=10_000)  # review started
    new_level = 1 if suggested.level != 1 else 2
    case_view.override_level.setCurrentIndex(case_view.override_level.findData(new_level))
    assert not case_view.override_button.isEnabled()  # no reason yet
    case_view.override_reason.setText("ECG shows ST elevation")
    assert case_view.override_button.isEnabled()
    with qtbot.waitSignal(desk.ctx.signals.case_changed, timeout=10_000):
        case_view.override_button.click()
    review = desk.store.case_detail(desk.ctx.user, case_id).latest_review
    assert (review.decision, review.final_level, review.reason) == (
        Decision.OVERRIDE, new_level, "ECG shows ST elevation")
    # the decision finished the case: it left the open worklist, and shows under "Decided today"
    qtbot.waitUntil(lambda: worklist.model.row_of(case_id) is None, timeout=10_000)
    worklist.status_filter.setCurrentText("Decided today")
    qtbot.waitUntil(lambda: worklist.model.row_of(case_id) is not None
                    and worklist.model.case_at(worklist.model.row_of(case_id)).decided_level == new_level,
                    timeout=10_000)

    # --- the administrator sees the review in the audit log and exports the case
    window.sign_out(confirm=False)
    window = sign_in(qtbot, desk, "admin")
    assert window.tab_names() == [ADMIN]
    admin_view = window.show_area(ADMIN)
    audit = admin_view.audit_page
    audit.refresh()
    actions = [(e.username, e.action, e.object_id) for e in audit.model.rows]
    assert ("doc1", "case.review", str(case_id)) in actions
    assert ("nurse1", "case.create", str(case_id)) in actions
    with qtbot.waitSignal(audit.verified, timeout=20_000) as verified:
        audit.verify()
    assert verified.args[0].ok

    dialog = admin_view.export_page.open_dialog()
    qtbot.addWidget(dialog)
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("csv"))
    dialog.deidentify_check.setChecked(False)
    out = tmp_path / "export.csv"
    dialog.out_edit.setText(str(out))
    with qtbot.waitSignal(dialog.export_done, timeout=60_000) as done:
        dialog.start_export()
    assert done.args[0].count == 1
    with out.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == 1
    text = " ".join(rows[0].values())
    assert "Flow Patient" in text and "ECG shows ST elevation" in text
    audit.refresh()
    assert any(e.action.startswith("export") and e.username == "admin" for e in audit.model.rows)
