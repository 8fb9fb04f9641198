"""Issue 20: each account's interface language. The sign-in window speaks the desk's language
(--language); after sign-in the account's own choice wins (screens rebuilt, menus retranslated);
a user changes their own under View > Language, an administrator anyone's under Administration >
Users; every change is the store's, audited. Dates follow the language, the store keeps ISO."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from helpers_ui import create_staff, sign_in
from triage.store import CaseStore
from ui import audit_events
from ui.app import DeskApp
from ui.i18n import current_language, format_date, format_datetime, format_number, switch_language
from ui.main_window import INTAKE, WORKLIST

PASSWORD = "correct-horse-battery"


@pytest.fixture(autouse=True)
def back_to_english(qapp):
    yield
    switch_language(qapp, "en")


@pytest.fixture
def installation(data_dir: Path) -> Path:
    """An administrator, nurse1 (Korean chosen for her by the administrator) and doc1 (desk
    default), on a real SQLite file."""
    store = CaseStore(data_dir)
    _, admin, nurse, _doctor = create_staff(store, PASSWORD, admin="Ada Admin",
                                           nurse=("nurse1", "Nina Nurse"),
                                           doctor=("doc1", "Dan Doctor"))
    store.set_user_language(admin, nurse.id, "ko")
    store.close()
    return data_dir


@pytest.fixture
def desk(qtbot, installation):
    app = DeskApp(installation, load_models=False, show_error_dialogs=False, language="en")
    yield app
    if app.window is not None:
        qtbot.addWidget(app.window)
    app.shutdown()


def tab_texts(window) -> list[str]:
    return [window.tabs.tabText(i) for i in range(window.tabs.count())]


def menu_titles(window) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def test_an_account_set_to_korean_signs_in_to_korean_screens(qtbot, desk):
    dialog = desk.start()
    assert dialog.ok_button.text() == "Sign in"  # the desk's language (--language en) first
    window = sign_in(qtbot, desk, "nurse1")
    assert current_language() == "ko"
    assert window.tab_names() == [INTAKE, WORKLIST]
    assert tab_texts(window) == ["접수", "환자 목록"]
    assert menu_titles(window) == ["세션(&S)", "보기(&V)", "사고(&I)", "도움말(&H)"]
    assert window.user_label.text().startswith("로그인: <b>Nina Nurse</b>")
    assert "간호사" in window.user_label.text()
    assert window.language_actions["ko"].isChecked()
    assert window.screen(INTAKE).findChildren(type(window.unlock_button))  # rebuilt, in Korean
    # signing out returns the desk to its own language, for the next person's sign-in window
    window.sign_out(confirm=False)
    assert current_language() == "en"
    assert window.lock_label.text() == "Signed out — sign in to go on."
    assert menu_titles(window) == ["&Session", "&View", "&Incident", "&Help"]
    qtbot.waitUntil(lambda: desk.login is not None, timeout=10_000)
    assert desk.login.ok_button.text() == "Sign in"


def test_an_account_on_the_desk_default_keeps_the_desks_language(qtbot, desk):
    window = sign_in(qtbot, desk, "doc1")
    assert current_language() == "en"
    assert tab_texts(window) == ["Worklist", "Intake"]
    assert window.language_actions[""].isChecked()
    assert window.user_label.text().startswith("Signed in: <b>Dan Doctor</b>")


def test_a_user_changes_their_own_language_from_the_view_menu(qtbot, desk):
    window = sign_in(qtbot, desk, "doc1")
    session = window.ctx.user.session
    window.language_actions["ko"].trigger()
    qtbot.waitUntil(lambda: tab_texts(window) == ["환자 목록", "접수"], timeout=10_000)
    assert window.view_menu.title() == "보기(&V)" and window.lock_action.text() == "잠금(&L)"
    assert window.ctx.user.language == "ko" and window.ctx.user.session == session  # still in
    store = desk.store
    assert store.accounts.get("doc1").language == "ko"
    admin = store.accounts.login("admin", PASSWORD)
    entries = [e for e in store.audit_entries(admin) if e.action == "user.set_language"]
    assert entries[0].username == "doc1" and entries[0].details["to"] == "ko"
    # the choice follows the account: the next sign-in is in Korean again
    window.sign_out(confirm=False)
    qtbot.waitUntil(lambda: desk.login is not None, timeout=10_000)
    # the logout's audit row (which ends the account's sessions) is written in the background:
    # let it land first, or it would end the session of the sign-in below too
    qtbot.waitUntil(lambda: not audit_events._pending, timeout=10_000)
    window = sign_in(qtbot, desk, "doc1")
    assert tab_texts(window) == ["환자 목록", "접수"]
    # and back to the desk's default
    window.language_actions[""].trigger()
    assert window.statusBar().currentMessage() == ""
    qtbot.waitUntil(lambda: tab_texts(window) == ["Worklist", "Intake"], timeout=10_000)
    assert store.accounts.get("doc1").language == ""


def test_changing_language_asks_before_discarding_an_unsaved_intake(qtbot, desk, monkeypatch):
    window = sign_in(qtbot, desk, "doc1")
    intake = window.screen(INTAKE)
    intake.fields["complaint"].setPlainText("crushing chest pain")
    assert intake.is_dirty()
    asked = []

    def no(parent, title, text, *a, **k):
        asked.append(text)
        return QMessageBox.StandardButton.No
    monkeypatch.setattr(QMessageBox, "question", no)
    window.language_actions["ko"].trigger()
    assert asked and "discard" in asked[0]
    assert desk.store.accounts.get("doc1").language == "" and tab_texts(window) == ["Worklist", "Intake"]
    assert window.language_actions[""].isChecked()  # the menu shows the account's choice again


def test_the_administrator_sets_an_accounts_language_in_users(qtbot, desk):
    window = sign_in(qtbot, desk, "admin")
    page = window.screens["Administration"].users_page
    qtbot.waitUntil(lambda: bool(page.model.users), timeout=10_000)
    assert page.select_username("doc1")
    column = page.model.HEADERS.index("Language")
    row = page.table.selectionModel().selectedRows()[0].row()
    assert page.model.data(page.model.index(row, column)) == "Desk default"
    dialog = page.edit_language()
    qtbot.addWidget(dialog)
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("ko"))
    with qtbot.waitSignal(page.changed, timeout=10_000):
        dialog.buttons.accepted.emit()
    assert "doc1" in page.message_label.text() and "한국어" in page.message_label.text()
    assert desk.store.accounts.get("doc1").language == "ko"
    qtbot.waitUntil(lambda: any(u.username == "doc1" and u.language == "ko"
                                for u in page.model.users), timeout=10_000)
    assert current_language() == "en"  # another account's choice leaves this desk as it is
    entries = [e for e in desk.store.audit_entries(window.ctx.user)
               if e.action == "user.set_language"]
    assert entries[0].username == "admin" and entries[0].object_id == str(
        desk.store.accounts.get("doc1").id)


def test_dates_and_numbers_follow_the_interface_language(qapp):
    when = datetime(2026, 3, 4, 14, 5).astimezone()  # 14:05 on this machine's clock
    switch_language(qapp, "en")
    english = format_datetime(when).replace("\u202f", " ")
    assert english == "3/4/2026 2:05 PM" and format_date(when) == "3/4/2026"
    assert format_number(12345) == "12,345" and format_number(38.2) == "38.2"
    switch_language(qapp, "ko")
    korean = format_datetime(when)
    assert korean == "2026. 3. 4. 오후 2:05" and format_date(when) == "2026. 3. 4."
    assert korean != english
    assert format_number(38.2) == "38.2"


def test_the_case_view_shows_times_in_the_accounts_format(qapp, installation):
    """The same stored case reads 3/4/2026 … in English and 2026. 3. 4. … in Korean (history,
    flowsheet columns); the store keeps ISO text."""
    from helpers_store import intake, suggestion
    from ui.case.flowsheet import Flowsheet, history_lines, local_time

    store = CaseStore(installation)
    try:
        nurse = store.accounts.login("nurse1", PASSWORD)
        doctor = store.accounts.login("doc1", PASSWORD)
        arrival = datetime(2026, 3, 4, 14, 5).astimezone()
        case_id = store.create_case(nurse, intake(arrival=arrival), suggestion())
        store.add_note(doctor, case_id, "seen")
        with store.reading() as conn:
            stored = conn.execute("SELECT arrival_time FROM cases WHERE id = ?",
                                  (case_id,)).fetchone()[0]
        assert stored.startswith("2026-03-04T")  # ISO in the store, whatever the language
        detail = store.case_detail(doctor, case_id)
        shown = {}
        for lang in ("en", "ko"):
            switch_language(qapp, lang)
            sheet = Flowsheet()
            sheet.show_vitals(detail.vitals)
            shown[lang] = (local_time(arrival), history_lines(detail),
                           sheet.horizontalHeaderItem(0).text())
            sheet.deleteLater()
        assert shown["en"][0].replace("\u202f", " ") == "3/4/2026 2:05 PM"
        assert shown["ko"][0] == "2026. 3. 4. 오후 2:05"
        assert shown["en"][1] != shown["ko"][1]
        assert shown["en"][2] != shown["ko"][2] and "\n" in shown["ko"][2]
    finally:
        store.close()
