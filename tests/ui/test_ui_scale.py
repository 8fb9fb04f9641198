"""The installation's triage scale in the app: chosen at first start, switched on the
administration page, and followed by the worklist (names, colours) at once."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from argon2 import PasswordHasher
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from triage import scales
from triage.intake import Intake, Patient, Sex, Vitals
from triage.records import Role
from triage.store import CaseStore
from triage.store.auth import Accounts
from triage.suggestion import Reason, Suggestion
from ui.admin.settings_page import SettingsPage
from ui.app import DeskApp
from ui.context import AppContext
from ui.login import FIRST_ADMIN
from ui.worklist import COL_LEVEL, WorklistView

PASSWORD = "correct horse battery"
FAST_HASHER = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)  # tests only


@pytest.fixture(autouse=True)
def ktas_again():
    """The active scale is process-wide: every test here starts and ends on the default."""
    scales.use(scales.DEFAULT_SCALE)
    yield
    scales.use(scales.DEFAULT_SCALE)


@pytest.fixture
def desk(data_dir):
    store = CaseStore(data_dir)
    accounts = Accounts(store, FAST_HASHER)
    admin = accounts.create_first_admin("admin", "Admin", PASSWORD)
    nurse = accounts.create_user(admin, "nurse", "Nurse", PASSWORD, {Role.NURSE})
    doctor = accounts.create_user(admin, "doc", "Doctor", PASSWORD, {Role.CLINICIAN})
    case = Intake(patient=Patient(name="P", age_years=40, sex=Sex.FEMALE), complaint="chest pain",
                  vitals=Vitals(heart_rate=90), arrival_time=datetime.now(timezone.utc) - timedelta(minutes=5))
    store.create_case(nurse, case, Suggestion(level=2, confidence=0.9, reasons=(
        Reason(kind="rule", code="test", title="test", level_floor=2),)))
    yield store, admin, nurse, doctor
    store.close()


def level_cell(view: WorklistView) -> tuple[str, str]:
    index = view.model.index(0, COL_LEVEL)
    return (view.model.data(index, Qt.ItemDataRole.DisplayRole),
            view.model.data(index, Qt.ItemDataRole.BackgroundRole).color().name().upper())


def test_switching_the_scale_changes_what_the_worklist_shows(qtbot, desk, data_dir):
    store, admin, _, doctor = desk
    worklist = WorklistView(AppContext(store=store, data_dir=data_dir, user=doctor))
    qtbot.addWidget(worklist)
    qtbot.waitUntil(lambda: worklist.model.rowCount() == 1, timeout=10_000)
    assert level_cell(worklist) == ("Emergency", scales.level(2, "KTAS").colour.upper())
    assert worklist.level_filter.itemText(2) == "2 — Emergency"

    page = SettingsPage(AppContext(store=store, data_dir=data_dir, user=admin,
                                   signals=worklist.ctx.signals))
    qtbot.addWidget(page)
    page.scale.setCurrentIndex(page.scale.findData("ESI"))
    with qtbot.waitSignal(worklist.ctx.signals.scale_changed, timeout=10_000) as changed:
        page.apply_button.click()
    assert changed.args == ["ESI"]
    assert store.triage_scale() == "ESI" and scales.active().code == "ESI"
    assert level_cell(worklist) == ("Emergent", QColor(scales.level(2, "ESI").colour).name().upper())
    assert worklist.level_filter.itemText(2) == "2 — Emergent"
    assert "ESI" in page.status.text()
    audit = [e for e in store.audit_entries(admin) if e.action == "settings.triage_scale"]
    assert audit and {k: audit[0].details[k] for k in ("from", "to")} == {"from": "", "to": "ESI"}
    assert audit[0].details["key"] == "triage_scale" and len(audit[0].details["value_sha256"]) == 64


def test_a_non_administrator_cannot_switch_and_is_told_why(qtbot, desk, data_dir):
    store, _, nurse, _ = desk
    page = SettingsPage(AppContext(store=store, data_dir=data_dir, user=nurse))
    qtbot.addWidget(page)
    page.scale.setCurrentIndex(page.scale.findData("ESI"))
    page.apply_button.click()
    qtbot.waitUntil(lambda: page.apply_button.isEnabled(), timeout=10_000)
    assert page.status.text().startswith("Not changed:") and "may not" in page.status.text()
    assert store.triage_scale() == "KTAS" and scales.active().code == "KTAS"
    assert page.scale.currentData() == "KTAS"


def test_first_start_chooses_the_scale_with_the_administrator(qtbot, data_dir):
    desk = DeskApp(data_dir, load_models=False, show_error_dialogs=False)
    try:
        dialog = desk.start()
        qtbot.addWidget(dialog)
        assert dialog.mode == FIRST_ADMIN and not dialog.scale.isHidden()
        dialog.username.setText("boss")
        dialog.password.setText(PASSWORD)
        dialog.confirm.setText(PASSWORD)
        dialog.scale.setCurrentIndex(dialog.scale.findData("ESI"))
        with qtbot.waitSignal(desk.window_shown, timeout=15_000):
            dialog.ok_button.click()
        qtbot.addWidget(desk.window)
        assert desk.store.triage_scale() == "ESI" and desk.store.triage_scale_chosen()
        assert scales.active().code == "ESI" and scales.label(2) == "2 — Emergent"
    finally:
        desk.shutdown()
