"""``self-check`` from the checkout: what a clinic's IT runs on the installed build (issue 21 §2)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def _self_check(data_dir: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO)}
    return subprocess.run([sys.executable, str(REPO / "main.py"), "--data-dir", str(data_dir),
                           "self-check", "--json"], capture_output=True, text=True, env=env,
                          timeout=300)


def test_self_check_reports_a_whole_installation(tmp_path):
    data = tmp_path / "desk"
    done = _self_check(data)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    for key in ("ok", "version", "rules_only", "example_level", "models", "database", "gui", "timings"):
        assert key in report
    assert report["ok"] is True and report["failing"] == []
    assert report["rules_only"] is False
    assert report["example_level"] in (1, 2)
    files = report["models"]["details"]["files"]
    assert files and all(f["sha256_ok"] for f in files.values())
    assert report["gui"]["details"]["platform"] == "offscreen"
    assert report["gui"]["details"]["tabs"]
    assert "probability" in report["image_model"]["details"]
    assert not data.exists(), "the self-check must not create the installation it checks"


def test_self_check_names_a_data_directory_others_can_read(tmp_path):
    data = tmp_path / "desk"
    data.mkdir(mode=0o755)
    os.chmod(data, 0o755)
    done = _self_check(data)
    assert done.returncode == 1
    report = json.loads(done.stdout)
    assert report["ok"] is False and report["failing"] == ["database"]
    assert "0o755" in report["database"]["error"]
    assert "database" in done.stderr


def test_help_about_shows_the_self_check_of_this_desk(qtbot, tmp_path):
    from triage.store import CaseStore
    from ui.context import AppContext
    from ui.main_window import MainWindow

    store = CaseStore(tmp_path / "desk")
    try:
        admin = store.accounts.create_first_admin("admin", "Admin", "a long enough secret")
        window = MainWindow(AppContext(store=store, data_dir=store.data_dir, user=admin))
        qtbot.addWidget(window)
        dialog = window.show_about()
        assert "Checking" in dialog.status.text()  # the GUI did not wait for it
        qtbot.waitUntil(lambda: dialog.report is not None, timeout=240_000)
        assert dialog.report["ok"] is True, dialog.details.toPlainText()
        text = dialog.details.toPlainText()
        assert "models loaded" in text and "hash ok" in text and dialog.report["version"] in text
        dialog.close()
    finally:
        store.close()
