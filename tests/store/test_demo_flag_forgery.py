"""Demo is how an installation was made, not a writable flag (issue 25 §1): one row in
``settings`` plus ``seed-demo`` gave a real installation an administrator with the published demo
password."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from triage.demo import DEMO_PASSWORD
from triage.errors import AuthenticationFailed
from triage.store import DB_NAME, CaseStore

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "a long enough secret"


def _forge_demo_flag(data: Path) -> None:
    raw = sqlite3.connect(str(data / DB_NAME))
    raw.execute("INSERT INTO settings (key, value) VALUES ('demo', '1') "
                "ON CONFLICT(key) DO UPDATE SET value = '1'")
    raw.commit()
    raw.close()


def test_a_forged_demo_flag_opens_no_door(tmp_path):
    data = tmp_path / "real"
    with CaseStore(data) as store:
        store.accounts.create_first_admin("chief", "Chief", PASSWORD)
    _forge_demo_flag(data)
    with CaseStore(data) as store:
        assert store.is_demo() is False  # the login screen lists no demo accounts
        assert store.needs_first_admin() is False
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, str(ROOT / "main.py"), "--data-dir", str(data),
                           "seed-demo", "--cases", "3"], capture_output=True, text=True, env=env,
                          timeout=120)
    assert done.returncode == 2 and "already holds accounts" in done.stderr
    with CaseStore(data) as store:
        assert [u.username for u in store.accounts.list_users(store.accounts.login("chief", PASSWORD))] == ["chief"]
        try:
            store.accounts.login("admin", DEMO_PASSWORD)
            raise AssertionError("a demo administrator got in")
        except AuthenticationFailed:
            pass
        assert store.count_cases() == 0


def test_a_real_demo_still_seeds(tmp_path):
    data = tmp_path / "demo"
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    for _ in range(2):  # seeding a demo twice adds cases, as before
        done = subprocess.run([sys.executable, str(ROOT / "main.py"), "--data-dir", str(data),
                               "seed-demo", "--cases", "2"], capture_output=True, text=True, env=env,
                              timeout=120)
        assert done.returncode == 0, done.stderr
    with CaseStore(data) as store:
        assert store.is_demo() and store.count_cases() == 4
