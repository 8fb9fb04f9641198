"""Shared fixtures. Area-specific fixtures live in the test modules (or tests/fixtures_*.py)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
# Session keys live outside the database, in a 0600 file per installation (triage/store/keys.py):
# the tests' keys go to a folder of their own, not the user's configuration folder.
if "TRIAGE_KEY_DIR" not in os.environ:
    import tempfile

    os.environ["TRIAGE_KEY_DIR"] = tempfile.mkdtemp(prefix="triage-test-keys-")

REPO = Path(__file__).resolve().parent.parent
SHARED_DATA = REPO.parent / "shared" / "data"


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A fresh, empty installation directory per test (a real SQLite file goes in it)."""
    d = tmp_path / "data"
    d.mkdir()
    return d


@pytest.fixture(scope="session")
def shared_data() -> Path:
    if not SHARED_DATA.is_dir():
        pytest.skip("../shared/data is not present")
    return SHARED_DATA


@pytest.fixture(scope="session")
def models_dir() -> Path:
    return REPO / "models"


@pytest.fixture(scope="session")
def pg_server():
    """A real PostgreSQL server for this session (tests/pg_server.py), stopped at the end.

    Fails, never skips, when it cannot start: the store suite must have run on both backends."""
    from pg_server import PgServerError, start_server, stop_server

    try:
        server = start_server()
    except PgServerError as exc:
        pytest.fail(f"the test PostgreSQL server could not start: {exc}", pytrace=False)
    yield server
    stop_server(server)


@pytest.fixture(scope="session")
def pg_template(pg_server, tmp_path_factory: pytest.TempPathFactory) -> str:
    """A PostgreSQL database with the store tests' accounts, copied per test (helpers_store)."""
    from helpers_store import build_pg_template

    return build_pg_template(pg_server.new_database(), tmp_path_factory.mktemp("pg-template"))
