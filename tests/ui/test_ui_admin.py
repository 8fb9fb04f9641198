"""Administration screens on a real database: access, users, audit viewer + verify, export,
models page, agreement dashboard."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta, timezone

import pytest
from helpers_ui import FAST_HASHER, create_staff
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QLabel

from triage.store.auth import Accounts
from triage.errors import PermissionDenied
from triage.intake import Intake, Patient, Sex, Vitals
from triage.records import Decision, Role
from triage.store import DB_NAME, CaseStore
from triage.suggestion import Reason, Suggestion
from ui.admin import AdminView
from ui.admin.agreement_page import rates_over_time, summarise
from ui.admin.models_page import format_metrics, model_rows
from ui.context import AppContext

PASSWORD = "correct horse battery"


def suggestion(level: int) -> Suggestion:
    return Suggestion(level=level, confidence=0.6, reasons=(Reason("rule", "t", "test"),))


def intake(i: int) -> Intake:
    return Intake(patient=Patient(name=f"Patient {i}", age_years=30 + i % 50, sex=Sex.MALE),
                  complaint="abdominal pain", vitals=Vitals(heart_rate=80 + i % 40),
                  arrival_time=datetime.now(timezone.utc) - timedelta(minutes=i))


@pytest.fixture
def desk(data_dir):
    store = CaseStore(data_dir)
    accounts, admin, nurse, doctor = create_staff(store, PASSWORD)
    ids = [store.create_case(nurse, intake(i), suggestion(1 + i % 5)) for i in range(6)]
    # three reviews: agree, suggestion under-triaged (3 → 2), suggestion over-triaged (2 → 4)
    store.review(doctor, ids[2], Decision.ACCEPT, 3)
    store.review(doctor, ids[1], Decision.OVERRIDE, 1, "worse than it looks")
    store.review(doctor, ids[3], Decision.OVERRIDE, 5, "minor injury only")
    yield store, admin, nurse, doctor, ids
    store.close()


def admin_view(qtbot, store, user) -> AdminView:
    view = AdminView(AppContext(store=store, data_dir=store.data_dir, user=user))
    qtbot.addWidget(view)
    view.resize(1200, 700)
    if view.tabs is not None:  # the users page lists the accounts in a worker
        qtbot.waitUntil(lambda: bool(view.users_page.model.users), timeout=10_000)
    return view


def test_a_nurse_gets_no_administration_and_the_domain_refuses(desk, qtbot):
    store, _, nurse, doctor, _ = desk
    for user in (nurse, doctor):
        view = admin_view(qtbot, store, user)
        assert view.tabs is None
        assert "administrator role" in view.findChild(QLabel, "AdminRefused").text()
    with pytest.raises(PermissionDenied):
        Accounts(store).list_users(nurse)
    with pytest.raises(PermissionDenied):
        store.audit_entries(nurse)


def test_users_page_creates_a_user_and_keeps_the_dialog_open_on_errors(desk, qtbot):
    store, admin, _, _, _ = desk
    view = admin_view(qtbot, store, admin)
    page = view.users_page
    page.accounts = Accounts(store, FAST_HASHER)
    assert [u.username for u in page.model.users] == ["admin", "doc", "nurse"]
    dialog = page.new_user()
    qtbot.keyClicks(dialog.username_edit, "triage2")
    qtbot.keyClicks(dialog.display_name_edit, "Second Nurse")
    qtbot.keyClicks(dialog.password_edit, "a long enough password")
    qtbot.keyClicks(dialog.repeat_edit, "a long enough pasword")  # a typo nobody can see
    dialog.roles_box.checks[Role.CLINICIAN].setChecked(True)
    dialog.buttons.accepted.emit()
    assert page.write_task is None and "differ" in dialog.error_label.text()  # nothing sent
    assert Accounts(store).get("triage2") is None and dialog.repeat_edit.text() == ""
    dialog.password_edit.clear()
    qtbot.keyClicks(dialog.password_edit, "short")
    qtbot.keyClicks(dialog.repeat_edit, "short")
    dialog.buttons.accepted.emit()
    assert not dialog.buttons.isEnabled() and not page.new_button.isEnabled()  # in flight
    qtbot.waitUntil(lambda: page.write_task is None, timeout=10_000)
    assert "at least 10" in dialog.error_label.text() and dialog.isVisible()
    assert dialog.username_edit.text() == "triage2" and dialog.buttons.isEnabled()  # kept
    dialog.password_edit.clear()
    dialog.repeat_edit.clear()
    qtbot.keyClicks(dialog.password_edit, "a long enough password")
    qtbot.keyClicks(dialog.repeat_edit, "a long enough password")
    with qtbot.waitSignal(page.refreshed, timeout=10_000):
        dialog.buttons.accepted.emit()
    assert not dialog.isVisible()
    created = Accounts(store).get("triage2")
    assert created is not None and created.roles == {Role.NURSE, Role.CLINICIAN}
    assert "triage2" in [u.username for u in page.model.users]
    assert Accounts(store, FAST_HASHER).login("triage2", "a long enough password").id == created.id

    assert page.select_username("triage2")
    with qtbot.waitSignal(page.refreshed, timeout=10_000):
        assert page.toggle_active() is not None
        assert not page.toggle_button.isEnabled()
    assert not Accounts(store).get("triage2").active
    assert page.selected_user().username == "triage2"  # the selection survives the re-read
    assert page.toggle_button.text() == "Enable"
    roles = page.edit_roles()
    roles.roles_box.checks[Role.NURSE].setChecked(False)
    with qtbot.waitSignal(page.refreshed, timeout=10_000):
        roles.buttons.accepted.emit()
    assert Accounts(store).get("triage2").roles == {Role.CLINICIAN}
    assert page.select_username("triage2")
    reset = page.reset_password()
    qtbot.keyClicks(reset.password_edit, "another long password")
    qtbot.keyClicks(reset.repeat_edit, "another long password")
    with qtbot.waitSignal(page.changed, timeout=10_000):
        reset.buttons.accepted.emit()
    assert not reset.isVisible() and "reset" in page.message_label.text()
    stored_hash = store.conn.execute("SELECT password_hash FROM users WHERE username = ?",
                                     ("triage2",)).fetchone()[0]
    assert FAST_HASHER.verify(stored_hash, "another long password")  # (the account is disabled)
    assert store.audit_entries(admin, 1, action="user.reset_password")
    assert page.select_username("admin")
    assert page.toggle_active() is not None  # one cannot disable oneself: said, not crashed
    qtbot.waitUntil(lambda: page.write_task is None, timeout=10_000)
    assert "own account" in page.message_label.text()
    assert Accounts(store).get("admin").active and page.toggle_button.isEnabled()
    refused = store.audit_entries(admin, 1, action="refused")[0]  # the attempt is on record
    assert refused.object_id == str(admin.id) and "own account" in refused.details["why"]


def test_audit_page_shows_rows_and_verifies_the_chain(desk, qtbot):
    store, admin, _, _, _ = desk
    view = admin_view(qtbot, store, admin)
    page = view.audit_page
    model = page.model
    actions = [model.rows[r].action for r in range(model.rowCount())]
    assert actions[0] == "case.review" and "case.create" in actions and "user.create" in actions
    assert [e.id for e in model.rows] == sorted((e.id for e in model.rows), reverse=True)
    page.action_edit.setText("user")
    page.refresh()
    assert {e.action for e in model.rows} == {"user.create", "user.create_first_admin"}
    with qtbot.waitSignal(page.verified, timeout=10_000):
        page.verify_button.click()
    assert page.last_result.ok and page.last_result.rows_checked == store.audit.count()
    assert "intact" in page.verify_label.text()
    assert page.last_result.head and page.last_result.head in page.verify_label.text()  # to keep elsewhere

    # an attacker drops the triggers and edits a row: the page names the row
    conn = sqlite3.connect(str(store.data_dir / DB_NAME))
    triggers = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='trigger' "
                                           "AND tbl_name='audit_log'")]
    for name in triggers:
        conn.execute(f"DROP TRIGGER {name}")
    conn.execute("UPDATE audit_log SET username = 'mallory' WHERE id = 3")
    conn.commit()
    conn.close()
    with qtbot.waitSignal(page.verified, timeout=10_000):
        page.verify_button.click()
    assert not page.last_result.ok and page.last_result.first_bad_id == 3
    assert "BROKEN at row 3" in page.verify_label.text()


def test_paging_of_the_audit_log(desk, qtbot):
    store, admin, _, _, _ = desk
    view = admin_view(qtbot, store, admin)
    page = view.audit_page
    page.model.page_size = 4
    page.refresh()
    assert page.model.rowCount() == 4 and page.model.canFetchMore()
    while page.model.canFetchMore():
        page.model.fetchMore()
    assert page.model.rowCount() == store.audit.count()


def test_export_dialog_exports_to_a_file_and_can_be_cancelled(desk, qtbot, tmp_path):
    store, admin, _, _, _ = desk
    view = admin_view(qtbot, store, admin)
    dialog = view.export_page.open_dialog()  # a child of the page: closed with the view
    out = tmp_path / "out" / "cases.csv"
    dialog.out_edit.setText(str(out))
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("csv"))
    assert dialog.out_edit.text() == str(out)
    with qtbot.waitSignal(dialog.export_done, timeout=60_000) as blocker:
        dialog.start_button.click()
        assert not dialog.start_button.isEnabled() and dialog.cancel_button.isEnabled()
    result = blocker.args[0]
    assert result.count == 6 and result.deidentified and out.exists()
    assert dialog.progress_bar.value() == 100 and "Exported 6" in dialog.status_label.text()
    assert "Patient 1" not in out.read_text(encoding="utf-8")  # de-identified by default
    assert store.audit_entries(admin, 1, action="export")[0].details["count"] == 6

    # cancel: enough cases that the worker is still exporting when Cancel is clicked
    store.seed_cases([(intake(i), suggestion(3)) for i in range(600)], demo=False, actor=admin)
    out2 = tmp_path / "out" / "big.jsonl"
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("jsonl"))
    dialog.out_edit.setText(str(out2))
    dialog.start_button.click()
    with qtbot.waitSignal(dialog.task.signals.cancelled, timeout=60_000):
        dialog.cancel_button.click()
    assert "cancelled" in dialog.status_label.text()
    assert dialog.start_button.isEnabled() and not dialog.cancel_button.isEnabled()
    assert not out2.exists() and not list(out2.parent.glob(".big*"))
    assert len(store.audit_entries(admin, 10, action="export")) == 1


def test_models_page_lists_the_manifest_and_load_state(desk, qtbot, models_dir):
    store, admin, _, _, _ = desk
    view = admin_view(qtbot, store, admin)
    page = view.models_page
    rows = model_rows(view.ctx, models_dir)
    assert page.table.rowCount() == len(rows)
    from models.registry import read_manifest
    manifest = read_manifest(models_dir)
    assert {r.name for r in rows} >= set(manifest)
    for row in rows:
        if row.name in manifest:
            assert row.sha256 == manifest[row.name].sha256
            assert row.version == manifest[row.name].version
        assert not row.loaded  # nothing loaded in this context
    if "image_cnn" in manifest:
        view.ctx.image_model_error = "chest X-ray model unavailable: test"
        page.refresh()
        image_row = next(r for r in page.rows if r.name == "image_cnn")
        assert image_row.state == "not loaded: chest X-ray model unavailable: test"


def test_agreement_dashboard_counts_reviews(desk, qtbot):
    store, admin, _, _, _ = desk
    view = admin_view(qtbot, store, admin)
    page = view.agreement_page
    s = page.summary
    assert s.n == 3
    assert s.matrix[2][2] == 1 and s.matrix[1][0] == 1 and s.matrix[3][4] == 1
    assert sum(map(sum, s.matrix)) == 3
    assert (s.exact, s.under, s.over) == pytest.approx((1 / 3, 1 / 3, 1 / 3))
    assert "3 reviews" in page.summary_label.text()
    assert page.rates.periods and page.rates.under[-1] == pytest.approx(100 / 3)
    page.grab()  # the charts paint without error


def test_rates_over_time_buckets_by_day_or_week():
    day0 = datetime(2026, 1, 5, 9, tzinfo=timezone.utc)
    pairs = [(day0, 3, 3), (day0, 4, 2), (day0 + timedelta(days=2), 2, 3)]
    daily = rates_over_time(pairs)
    assert daily.periods == ("01-05", "01-06", "01-07")
    assert daily.under == (50.0, None, 0.0) and daily.over == (0.0, None, 100.0)
    weekly = rates_over_time(pairs + [(day0 + timedelta(days=100), 1, 1)])
    assert weekly.periods[0] == "wk 01-05" and len(weekly.periods) == 15
    assert summarise([]).n == 0


def test_metrics_are_flattened_by_block_with_mean_and_sd():
    metrics = {"val": {"accuracy": 0.96181, "n": 524}, "cv": {"exact": {"mean": 0.6914, "sd": 0.0372}},
               "seed": 0}
    assert format_metrics(metrics) == "val: accuracy 0.962, n 524; cv: exact 0.691±0.037; seed 0"
    assert format_metrics(metrics, limit=1) == "val: accuracy 0.962 …"


def test_export_dialog_date_range_selects_cases_by_arrival(desk, qtbot, tmp_path):
    store, admin, _, _, _ = desk
    view = admin_view(qtbot, store, admin)
    dialog = view.export_page.open_dialog()
    dialog.all_dates.setChecked(False)
    assert dialog.from_date.isEnabled()
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("jsonl"))
    for (start, end), expected in (((QDate(2020, 1, 1), QDate(2020, 1, 2)), 0),
                                   ((QDate.currentDate().addDays(-1), QDate.currentDate()), 6)):
        dialog.from_date.setDate(start)
        dialog.to_date.setDate(end)
        dialog.out_edit.setText(str(tmp_path / f"range{expected}.jsonl"))
        with qtbot.waitSignal(dialog.export_done, timeout=60_000) as blocker:
            dialog.start_button.click()
        assert blocker.args[0].count == expected
    dialog.from_date.setDate(QDate(2021, 1, 1))
    dialog.to_date.setDate(QDate(2020, 1, 1))
    assert dialog.start_export() is None and "before the start" in dialog.status_label.text()


def test_export_asks_before_replacing_a_file_and_keeps_it_when_told_no(desk, qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox
    store, admin, _, _, _ = desk
    view = admin_view(qtbot, store, admin)
    dialog = view.export_page.open_dialog()  # a child of the page: closed with the view
    out = tmp_path / "cases.csv"
    out.write_text("keep me", encoding="utf-8")
    dialog.out_edit.setText(str(out))
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a) or QMessageBox.StandardButton.No)
    assert dialog.start_export() is None
    assert asked and out.read_text(encoding="utf-8") == "keep me"
    assert "kept" in dialog.status_label.text()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(dialog.export_done, timeout=60_000):
        dialog.start_button.click()
    assert out.read_text(encoding="utf-8") != "keep me"
    assert "Exported 6" in dialog.status_label.text()
    dialog.all_dates.setChecked(False)  # a new choice: the old success line goes
    assert dialog.status_label.text() == "" and dialog.progress_bar.value() == 0


def test_export_to_an_unwritable_folder_says_so_plainly(desk, qtbot, tmp_path):
    import os
    store, admin, _, _, _ = desk
    view = admin_view(qtbot, store, admin)
    dialog = view.export_page.open_dialog()  # a child of the page: closed with the view
    blocker = tmp_path / "notes.txt"  # a file where a folder should be: unwritable even for root
    blocker.write_text("x", encoding="utf-8")
    dialog.out_edit.setText(str(blocker / "exports" / "cases.csv"))
    assert dialog.start_export() is None
    assert "is a file, not a folder" in dialog.status_label.text()
    if os.geteuid() == 0:
        return  # root writes into a read-only folder: the permission case needs a normal user
    locked = tmp_path / "locked"
    locked.mkdir(mode=0o500)
    dialog.out_edit.setText(str(locked / "sub" / "cases.csv"))
    assert dialog.start_export() is None  # no worker, no exception, no traceback dialog
    text = dialog.status_label.text()
    assert "cannot write to the folder" in text and str(locked) in text and "Traceback" not in text
    assert store.audit_entries(admin, 10, action="export") == []


def test_identifiable_export_does_not_carry_over_to_another_format(desk, qtbot):
    store, admin, _, _, _ = desk
    view = admin_view(qtbot, store, admin)
    dialog = view.export_page.open_dialog()  # a child of the page: closed with the view
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("csv"))
    assert dialog.start_button.text() == "Export de-identified CSV"
    assert "review free text" in dialog.deid_note.text()  # free-text scrubbing is rules, not a promise
    dialog.deidentify_check.setChecked(False)
    assert dialog.start_button.text() == "Export identifiable CSV"
    assert "Names" in dialog.deid_note.text()
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("fhir"))
    assert dialog.deidentify_check.isChecked()
    assert dialog.start_button.text() == "Export de-identified FHIR"
    assert "review free text" in dialog.deid_note.text()
    assert "de-identification is on again" in dialog.status_label.text()


def test_models_page_speaks_plainly_and_keeps_training_keys_out_of_the_table(desk, qtbot, models_dir):
    from models.registry import read_manifest
    store, admin, _, _, _ = desk
    view = admin_view(qtbot, store, admin)
    page = view.models_page
    manifest = read_manifest(models_dir)
    table = "\n".join(page.table.item(r, c).text() for r in range(page.table.rowCount())
                      for c in range(page.table.columnCount()))
    for raw in ("chosen_C", "ece_after", "ece_before", "cv_5fold", "val_auc", "±"):
        assert raw not in table
    headers = [page.table.horizontalHeaderItem(c).text() for c in range(page.table.columnCount())]
    assert headers == ["Model", "What it does", "Learned from", "Version", "Validated figures", "State"]
    rows = {row.name: row for row in page.rows}
    if "text_acuity" in manifest:
        acuity = rows["text_acuity"]
        assert "1,014" in acuity.learned_from and acuity.version == manifest["text_acuity"].version
        cv = manifest["text_acuity"].metrics["cv_5fold_engine"]
        assert f"right level {cv['exact']['mean'] * 100:.0f} %" in acuity.figures
        assert f"under-triaged {cv['under_triage']['mean'] * 100:.0f} %" in acuity.figures
        assert "_" not in acuity.figures  # no raw keys
    if "image_cnn" in manifest:
        image = rows["image_cnn"]
        assert "finds 95 % of pneumonia cases" in image.figures and "paediatric" in image.learned_from
    assert all(page.table.item(r, 5).text() in ("Loaded",) or
               page.table.item(r, 5).text().startswith(("Not loaded", "Loading"))
               for r in range(page.table.rowCount()))
    page.table.setCurrentCell(0, 0)
    details = page.details.toPlainText()
    assert page.rows[0].sha256 in details  # the technical facts stay one click away


def test_agreement_page_says_one_review_and_its_axis_stops_at_100(data_dir, qtbot):
    from ui.widgets.charts import axis_max, period_label_rect, value_label_rect, y_label_rect
    from PySide6.QtCore import QPointF, QRectF
    store = CaseStore(data_dir)
    try:
        _, admin, nurse, doctor = create_staff(store, PASSWORD)
        case = store.create_case(nurse, intake(1), suggestion(3))
        store.review(doctor, case, Decision.OVERRIDE, 1, "worse than it looks")
        view = admin_view(qtbot, store, admin)
        page = view.agreement_page
        assert "1 review</b>" in page.summary_label.text()
        assert page.rates.under == (100.0,)
        page.grab()
    finally:
        store.close()
    assert axis_max([100.0]) == 100.0 and axis_max([96.0]) == 100.0 and axis_max([33.3]) == 40.0
    assert axis_max([]) == 10.0
    plot = QRectF(48, 46, 400, 200)
    first_date = period_label_rect(0, 5, plot.left(), plot)
    assert not first_date.intersects(y_label_rect(plot.bottom(), 48))  # "0%" beside, not over
    for s_index in (0, 1):
        zero = value_label_rect(QPointF(plot.left(), plot.bottom()), s_index, plot)
        assert not zero.intersects(first_date) and zero.bottom() <= plot.bottom()
        top = value_label_rect(QPointF(plot.left(), plot.top()), s_index, plot)
        assert top.top() >= plot.top()


def test_lock_unlock_sign_out_and_a_viewed_case_reach_the_audit_log(desk, qtbot):
    from ui.app import DeskApp
    from ui.case.view import CaseView
    store, admin, nurse, doctor, ids = desk

    def rows(action):
        return [e for e in store.audit_entries(admin, 50, action=action) if e.username == "doc"]

    app = DeskApp(store.data_dir, load_models=False, show_error_dialogs=False)
    try:
        dialog = app.start()
        qtbot.addWidget(dialog)
        dialog.username.setText("doc")
        dialog.password.setText(PASSWORD)
        with qtbot.waitSignal(dialog.accepted, timeout=15_000):
            dialog.ok_button.click()
        window = app.window
        qtbot.addWidget(window)
        logins = len(rows("login"))
        window.lock()
        qtbot.waitUntil(lambda: bool(rows("lock")), timeout=10_000)
        if window.unlock_dialog is None:  # offscreen, the app may not count as active
            window._open_unlock_dialog()
        window.unlock_dialog.password.setText(PASSWORD)
        with qtbot.waitSignal(window.unlocked, timeout=15_000):
            window.unlock_dialog.ok_button.click()
        assert len(rows("unlock")) == 1 and len(rows("login")) == logins  # not a second login

        view = CaseView(AppContext(store=store, data_dir=store.data_dir, user=doctor))
        qtbot.addWidget(view)
        assert view.show_case(ids[0])
        qtbot.waitUntil(lambda: bool(rows("case.view")), timeout=10_000)
        assert rows("case.view")[0].object_id == str(ids[0])

        window.sign_out()
        qtbot.waitUntil(lambda: bool(rows("logout")), timeout=10_000)
    finally:
        app.shutdown()


def test_audit_details_read_as_text_and_keep_the_json(desk, qtbot):
    import json
    from PySide6.QtCore import Qt
    from triage.errors import AuthenticationFailed
    store, admin, _, _, _ = desk
    with pytest.raises(AuthenticationFailed):
        Accounts(store, FAST_HASHER).login("nurse", "not the password")
    view = admin_view(qtbot, store, admin)
    model = view.audit_page.model
    row = next(r for r in range(model.rowCount()) if model.rows[r].action == "login.failed")
    cell = model.index(row, len(model.HEADERS) - 1)
    text = model.data(cell)
    assert text == "Failed attempts: 1 · Locked: no" and "{" not in text
    assert json.loads(model.data(cell, Qt.ItemDataRole.ToolTipRole)) == {"failures": 1, "locked": False}
