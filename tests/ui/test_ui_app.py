"""The app shell: start-up time, login, first administrator, tabs by role, lock, error hook."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from helpers_ui import GuiHeartbeat, create_staff
from triage import demo
from triage.store.auth import Accounts
from triage.errors import PermissionDenied
from triage.records import Role
from ui.app import DeskApp
from ui.login import FIRST_ADMIN, LOGIN, LoginDialog
from ui.main_window import ADMIN, INTAKE, WORKLIST, tabs_for
from ui.widgets.model_loader import LOADED, PARTIAL, RULES_ONLY, ModelLoader

REPO = Path(__file__).resolve().parents[2]
PASSWORD = "correct-horse-battery"

STARTUP_PROBE = r"""
import json, os, sys, time
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv)
from ui.app import DeskApp, apply_style
apply_style(app)
desk = DeskApp(Path(sys.argv[1]), load_models=True, show_error_dialogs=False)
dialog = desk.start()
def shown():
    print(json.dumps({"login_visible": dialog.isVisible(),
                      "seconds": time.time() - float(os.environ["PROBE_T0"])}), flush=True)
    os._exit(0)
QTimer.singleShot(0, shown)
app.exec()
"""


@pytest.fixture
def accounts_db(data_dir: Path):
    """An installation with one administrator, one nurse and one clinician."""
    from triage.store import CaseStore

    store = CaseStore(data_dir)
    create_staff(store, PASSWORD, admin="Ada Admin", nurse=("nurse1", "Nina Nurse"),
                 doctor=("doc1", "Dan Doctor"))
    store.close()
    return data_dir


@pytest.fixture
def desk(qtbot, accounts_db):
    app = DeskApp(accounts_db, load_models=False, show_error_dialogs=False)
    yield app
    if app.window is not None:
        qtbot.addWidget(app.window)
    app.shutdown()


def sign_in(qtbot, dialog: LoginDialog, username: str, password: str = PASSWORD) -> None:
    qtbot.addWidget(dialog)
    dialog.username.setText(username)
    dialog.password.setText(password)
    with qtbot.waitSignal(dialog.accepted, timeout=15_000):
        dialog.ok_button.click()


def test_login_window_shows_within_two_seconds_of_launch(data_dir, capsys):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO)}
    env["PROBE_T0"] = repr(time.time())
    out = subprocess.run([sys.executable, "-c", STARTUP_PROBE, str(data_dir)], cwd=REPO, env=env,
                         capture_output=True, text=True, timeout=60)
    result = json.loads(out.stdout.strip().splitlines()[-1])
    with capsys.disabled():
        print(f"\n[app] login window visible {result['seconds']:.2f} s after launch")
    assert result["login_visible"] is True
    assert result["seconds"] <= 4.0  # target 2 s; margin for 2 cores shared with the suite


def test_first_start_asks_for_the_administrator_then_opens_administration(qtbot, data_dir):
    desk = DeskApp(data_dir, load_models=False, show_error_dialogs=False)
    try:
        dialog = desk.start()
        qtbot.addWidget(dialog)
        assert dialog.mode == FIRST_ADMIN
        dialog.username.setText("boss")
        dialog.display_name.setText("Bo Boss")
        dialog.password.setText("short")
        dialog.confirm.setText("short")
        with qtbot.waitSignal(dialog.ok_button.clicked):
            dialog.ok_button.click()
        qtbot.waitUntil(lambda: dialog.ok_button.isEnabled(), timeout=10_000)
        assert "at least 10 characters" in dialog.error_label.text()
        dialog.password.setText(PASSWORD)
        dialog.confirm.setText(PASSWORD)
        with qtbot.waitSignal(desk.window_shown, timeout=15_000):
            dialog.ok_button.click()
        qtbot.addWidget(desk.window)
        assert desk.window.tab_names() == [ADMIN]
        assert "Bo Boss" in desk.window.user_label.text()
        assert not desk.store.needs_first_admin()
    finally:
        desk.shutdown()


def test_demo_accounts_are_listed_only_in_a_demo_installation(qtbot, accounts_db, tmp_path):
    from triage.store import CaseStore

    store = CaseStore(accounts_db)
    try:
        plain = LoginDialog(store, LOGIN)
        qtbot.addWidget(plain)
        assert plain.demo_label.isHidden()
        store.close()  # demo data goes only into a new, empty folder (issue 11 item 1)
        store = CaseStore(tmp_path / "demo-folder")
        demo.seed(store, 2)
        shown = LoginDialog(store, LOGIN)
        qtbot.addWidget(shown)
        text = shown.demo_label.text()
        assert not shown.demo_label.isHidden()
        assert all(a.username in text for a in demo.DEMO_ACCOUNTS)
        assert demo.DEMO_PASSWORD in text
    finally:
        store.close()


def test_wrong_password_says_so_and_keeps_the_dialog_open(qtbot, desk):
    dialog = desk.start()
    qtbot.addWidget(dialog)
    dialog.username.setText("nurse1")
    dialog.password.setText("wrong password!")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: dialog.ok_button.isEnabled(), timeout=10_000)
    assert dialog.error_label.text() == "Wrong user name or password."
    assert dialog.isVisible() and desk.window is None
    assert dialog.password.text() == ""


@pytest.mark.parametrize("username, tabs", [
    ("nurse1", [INTAKE, WORKLIST]),
    ("doc1", [WORKLIST, INTAKE]),
    ("admin", [ADMIN]),
])
def test_tabs_follow_the_role(qtbot, desk, username, tabs):
    sign_in(qtbot, desk.start(), username)
    assert desk.window.tab_names() == tabs
    assert username in desk.window.user_label.text()


def test_a_nurse_cannot_reach_administration_and_the_domain_refuses_anyway(qtbot, desk):
    sign_in(qtbot, desk.start(), "nurse1")
    window = desk.window
    assert ADMIN not in window.tab_names() and window.screen(ADMIN) is None
    nurse = desk.ctx.user
    assert ADMIN not in tabs_for(nurse)
    with pytest.raises(PermissionDenied):
        Accounts(desk.store).list_users(nurse)
    with pytest.raises(PermissionDenied):
        Accounts(desk.store).create_user(nurse, "mallory", "M", PASSWORD, {Role.ADMIN})
    with pytest.raises(PermissionDenied):
        desk.store.audit_entries(nurse)


def test_idle_lock_keeps_the_unsaved_form_and_unlocks_with_the_password(qtbot, accounts_db):
    desk = DeskApp(accounts_db, load_models=False, show_error_dialogs=False, idle_minutes=0.004)
    try:
        sign_in(qtbot, desk.start(), "nurse1")
        window = desk.window
        qtbot.addWidget(window)
        form = window.screen(INTAKE)
        form.set_value("complaint", "half-typed complaint")
        with qtbot.waitSignal(window.locked, timeout=5_000):
            pass
        assert window.is_locked
        unlock = window.unlock_dialog
        assert unlock.username.text() == "nurse1" and unlock.username.isReadOnly()
        unlock.password.setText("not the password")
        unlock.ok_button.click()
        qtbot.waitUntil(lambda: unlock.ok_button.isEnabled(), timeout=10_000)
        assert window.is_locked
        unlock.password.setText(PASSWORD)
        with qtbot.waitSignal(window.unlocked, timeout=10_000):
            unlock.ok_button.click()
        assert not window.is_locked
        assert window.screen(INTAKE) is form
        assert form.values()["complaint"] == "half-typed complaint"
    finally:
        desk.shutdown()


def test_sign_out_asks_about_unsaved_input_and_returns_to_login(qtbot, desk, monkeypatch):
    sign_in(qtbot, desk.start(), "nurse1")
    window = desk.window
    window.screen(INTAKE).set_value("complaint", "unsaved")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    window.sign_out()
    assert desk.ctx.user is not None and window.tab_names() == [INTAKE, WORKLIST]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.sign_out()
    assert desk.ctx.user is None and window.tab_names() == []
    assert desk.login is not None and desk.login.isVisible()
    sign_in(qtbot, desk.login, "admin")
    assert window.tab_names() == [ADMIN]


def test_unexpected_errors_are_logged_shown_copyable_and_threads_are_covered(qtbot, data_dir):
    desk = DeskApp(data_dir, load_models=False, show_error_dialogs=True)
    try:
        try:
            raise RuntimeError("boom in a slot")
        except RuntimeError as exc:
            sys.excepthook(type(exc), exc, exc.__traceback__)
        qtbot.waitUntil(lambda: desk.reporter.dialog is not None, timeout=5_000)
        dialog = desk.reporter.dialog
        qtbot.addWidget(dialog)
        assert "RuntimeError: boom in a slot" in dialog.report_edit.toPlainText()
        dialog.copy_report()
        assert "boom in a slot" in QGuiApplication.clipboard().text()

        def crash() -> None:
            raise ValueError("boom in a thread")

        thread = threading.Thread(target=crash, name="loader")
        thread.start()
        thread.join()
        qtbot.waitUntil(lambda: len(desk.reporter.reports) == 2, timeout=5_000)
        assert "thread loader" in desk.reporter.reports[1]
        log = (data_dir / "logs" / "triage-desk.log").read_text(encoding="utf-8")
        assert "boom in a slot" in log and "boom in a thread" in log
    finally:
        desk.shutdown()


def test_models_load_in_the_background_and_the_status_bar_says_so(qtbot, accounts_db, capsys):
    desk = DeskApp(accounts_db, load_models=True, show_error_dialogs=False)
    heartbeat = GuiHeartbeat()
    gaps = heartbeat.gaps
    try:
        heartbeat.start()
        dialog = desk.start()
        qtbot.waitUntil(lambda: desk.loader.warmed, timeout=30_000)  # a person types meanwhile
        at_login = max(gaps)  # the warm-up imports the screens while the login shows
        gaps.clear()
        sign_in(qtbot, dialog, "nurse1")
        window = desk.window
        qtbot.addWidget(window)
        beats = len(gaps)
        qtbot.waitUntil(lambda: len(gaps) > beats + 1, timeout=5_000)  # the stall is counted when it ends
        signing_in = max(gaps)  # includes building and first painting the main window
        gaps.clear()
        loading = not desk.loader.done
        qtbot.waitUntil(lambda: desk.loader.done, timeout=60_000)
        heartbeat.stop()
        with capsys.disabled():
            print(f"\n[app] models loaded in a separate process: {desk.loader.state}; longest GUI-thread "
                  f"stall: {at_login * 1000:.0f} ms while the login shows, "
                  f"{signing_in * 1000:.0f} ms while signing in and building the window, "
                  f"{max(gaps or [0]) * 1000:.0f} ms afterwards while loading ({len(gaps)} heartbeats, "
                  f"still loading at window: {loading})")
        assert max(gaps or [0]) < 0.5  # target 0.1 s; generous for 2 shared cores
        assert window.model_label.text() == desk.loader.state
        assert desk.loader.state in (LOADED, PARTIAL, RULES_ONLY)
        assert "engine:" in window.model_label.toolTip()
        if desk.ctx.engine is None:  # only when the engine module itself is absent
            assert desk.loader.state == RULES_ONLY and desk.loader.engine_error
    finally:
        desk.shutdown()


def test_missing_model_files_leave_the_desk_on_rules_and_it_says_so(qtbot, data_dir, tmp_path):
    engine = pytest.importorskip("triage.engine.engine")
    image_model = pytest.importorskip("triage.engine.image_model")
    from triage.store import CaseStore
    from ui.context import AppContext
    from ui.intake.form import IntakeForm

    empty = tmp_path / "no-models"
    empty.mkdir()
    store = CaseStore(data_dir)
    try:
        ctx = AppContext(store=store, data_dir=data_dir)
        loader = ModelLoader(ctx, engine_loader=lambda: engine.Engine.load(empty),
                             image_loader=lambda: image_model.ImageModel.load(empty))
        with qtbot.waitSignal(loader.finished, timeout=60_000):
            loader.start()
        assert loader.state == RULES_ONLY
        assert ctx.engine is not None and ctx.image_model is None and ctx.image_model_error
        form = IntakeForm(ctx)
        qtbot.addWidget(form)
        with qtbot.waitSignal(form.suggestion_ready, timeout=20_000) as blocker:
            form.set_value("complaint", "headache")
            form.set_value("age_years", "30")
        assert blocker.args[0].rules_only
        assert "rules only" in form.panel.confidence_label.text()
    finally:
        store.close()


def test_an_unusable_data_folder_is_a_clear_message_not_a_traceback(qapp, tmp_path, monkeypatch, capsys):
    from PySide6.QtWidgets import QMessageBox

    from ui.app import run_app

    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: shown.append(a[2]))
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    assert run_app(blocker / "data") == 2
    assert shown and "cannot use the data folder" in shown[0] and "Nothing was changed" in shown[0]
    assert "error: Triage Desk cannot use the data folder" in capsys.readouterr().err


# ------------------------------------------------------------------ the first hour at the desk (issue 12)


@pytest.mark.parametrize("username, landing", [("nurse1", "patient_search"), ("doc1", None)])
def test_after_sign_in_the_first_field_of_the_landing_tab_has_the_keyboard(qtbot, desk, username,
                                                                          landing):
    sign_in(qtbot, desk.start(), username)
    window = desk.window
    qtbot.addWidget(window)
    screen = window.tabs.currentWidget()
    qtbot.waitUntil(lambda: window.focusWidget() is not None
                    and screen.isAncestorOf(window.focusWidget()), timeout=5_000)
    if landing:
        assert window.focusWidget().objectName() == landing
    if username == "nurse1":  # and the shortcuts work without a click first
        form = window.screen(INTAKE)
        qtbot.keyClicks(window.focusWidget(), "Lindqvist")
        assert form.search_edit.text() == "Lindqvist"


def test_the_window_close_button_asks_before_discarding_an_unsaved_intake(qtbot, desk, monkeypatch):
    sign_in(qtbot, desk.start(), "nurse1")
    window = desk.window
    qtbot.addWidget(window)
    asked: list[str] = []
    answer = [QMessageBox.StandardButton.No]

    def question(_parent, title, *_a, **_k):
        asked.append(title)
        return answer[0]

    monkeypatch.setattr(QMessageBox, "question", question)
    assert window.close() and asked == []  # nothing typed: closes without asking
    window.show()
    window.set_user(desk.ctx.user)
    window.screen(INTAKE).set_value("complaint", "unsaved")
    assert not window.close() and window.isVisible() and asked == ["Quit"]
    assert window.screen(INTAKE).values()["complaint"] == "unsaved"
    answer[0] = QMessageBox.StandardButton.Yes
    assert window.close() and not window.isVisible()


def test_an_idle_lock_while_another_program_has_the_keyboard_takes_no_keystrokes(
        qtbot, accounts_db, monkeypatch):
    import ui.main_window as main_window

    desk = DeskApp(accounts_db, load_models=False, show_error_dialogs=False)
    try:
        sign_in(qtbot, desk.start(), "nurse1")
        window = desk.window
        qtbot.addWidget(window)
        monkeypatch.setattr(main_window, "app_is_active", lambda: False)  # another app is in front
        window.lock()
        assert window.is_locked and window.unlock_dialog is None  # no password field to type into
        assert window.lock_label.text().startswith("🔒 Locked")
        window._app_state_changed(Qt.ApplicationState.ApplicationActive)  # the nurse comes back
        assert window.unlock_dialog is not None and window.unlock_dialog.isVisible()
        sign_in(qtbot, window.unlock_dialog, "nurse1")
        assert not window.is_locked
    finally:
        desk.shutdown()


def test_after_sign_out_the_sign_in_window_is_in_front_and_says_signed_out(qtbot, desk):
    sign_in(qtbot, desk.start(), "doc1")
    window = desk.window
    qtbot.addWidget(window)
    window.activateWindow()
    window.sign_out()
    assert window.lock_label.text().startswith("Signed out") and "Locked" not in window.lock_label.text()
    assert not window.unlock_button.isVisible()
    login = desk.login
    qtbot.addWidget(login)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is login, timeout=5_000)
    assert login.windowTitle().endswith("sign in") and login.isVisible()


def test_a_new_installation_folder_is_private_from_the_start(qtbot, tmp_path):
    """The desk creates its data folder 0700 (a plain mkdir left it 0755 under umask 022, which the
    installed build's self-check caught)."""
    import os
    import stat

    old = os.umask(0o022)
    try:
        app = DeskApp(tmp_path / "share" / "TriageDesk", load_models=False, show_error_dialogs=False)
    finally:
        os.umask(old)
    try:
        for folder in (tmp_path / "share", tmp_path / "share" / "TriageDesk"):
            assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder
    finally:
        app.shutdown()
