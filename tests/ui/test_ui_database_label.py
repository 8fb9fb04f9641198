"""The sign-in and first-start screens say which database the desk is on (issue 14 §1)."""

from __future__ import annotations

import pytest

from triage.store import CaseStore
from ui.login import FIRST_ADMIN, LOGIN, LoginDialog


@pytest.mark.parametrize("mode", [LOGIN, FIRST_ADMIN])
def test_sign_in_shows_the_sqlite_file(qtbot, data_dir, mode):
    with CaseStore(data_dir) as store:
        dialog = LoginDialog(store, mode)
        qtbot.addWidget(dialog)
        assert dialog.database_label.text() == f"Database: this computer ({data_dir / 'triage.db'})"


def test_sign_in_shows_the_server_never_a_password(qtbot, pg_server, tmp_path, monkeypatch):
    monkeypatch.setenv("PGPASSWORD", "not-shown-anywhere")
    url = pg_server.new_database()
    with CaseStore(url, cache_dir=tmp_path) as store:
        dialog = LoginDialog(store, FIRST_ADMIN)
        qtbot.addWidget(dialog)
        text = dialog.database_label.text()
    assert text.startswith("Database: server 127.0.0.1:") and "not-shown" not in text
