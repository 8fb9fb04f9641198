"""The interface in Korean the Qt way: a QTranslator from resources/i18n, and a committed .qm
that is what lrelease makes of the committed .ts."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from triage.store import CaseStore
from ui.i18n import I18N_DIR, install_translators
from ui.login import LOGIN, LoginDialog

import main


@pytest.fixture
def korean(qapp):
    translators = install_translators(qapp, "ko")
    yield translators
    for translator in translators:
        qapp.removeTranslator(translator)
    install_translators(qapp, "en")


def test_language_option_is_parsed():
    args = main.build_parser().parse_args(["--language", "ko", "gui"])
    assert args.language == "ko"


def test_login_window_shows_korean(qtbot, tmp_path, korean):
    assert korean, "no translator installed for ko"
    store = CaseStore(tmp_path)
    dialog = LoginDialog(store, LOGIN)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Triage Desk — 로그인"
    assert dialog.ok_button.text() == "로그인"
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    assert "사용자 이름" in texts and "비밀번호" in texts
    store.close()


def test_login_window_stays_english_without_translator(qtbot, tmp_path):
    store = CaseStore(tmp_path)
    dialog = LoginDialog(store, LOGIN)
    qtbot.addWidget(dialog)
    assert dialog.ok_button.text() == "Sign in"
    store.close()


def test_committed_qm_is_current(tmp_path):
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    if not lrelease.exists():
        lrelease = Path(shutil.which("pyside6-lrelease") or "")
    assert lrelease.is_file(), "pyside6-lrelease not found"
    out = tmp_path / "triage_ko.qm"
    subprocess.run([str(lrelease), str(I18N_DIR / "triage_ko.ts"), "-qm", str(out)],
                   check=True, capture_output=True)
    assert out.read_bytes() == (I18N_DIR / "triage_ko.qm").read_bytes(), (
        "resources/i18n/triage_ko.qm is stale: run pyside6-lrelease on triage_ko.ts")


def test_no_unfinished_korean_messages():
    text = (I18N_DIR / "triage_ko.ts").read_text(encoding="utf-8")
    assert 'type="unfinished"' not in text


def test_main_window_menus_in_korean(qtbot, tmp_path, korean):
    from ui.context import AppContext
    from ui.main_window import MainWindow

    store = CaseStore(tmp_path)
    window = MainWindow(AppContext(store=store, data_dir=tmp_path))
    qtbot.addWidget(window)
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == ["세션(&S)", "도움말(&H)"]
    assert window.lock_action.text() == "잠금(&L)" and window.tab_title("Worklist") == "환자 목록"
    window.close_without_asking()
    store.close()
