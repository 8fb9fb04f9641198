"""Shared helpers of the store, auth, audit and fault tests.

Argon2 hashing is deliberately slow, so the accounts are created once per session in a template
installation whose database file each test copies into its own fresh ``data_dir``.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from triage.intake import AVPU, ArrivalMode, Intake, Patient, Sex, Vitals
from triage.records import Role, User
from triage.store import DB_NAME, CaseStore
from triage.store.dialect import PgConnection
from triage.store.url import DatabaseUrl
from triage.suggestion import Reason, Suggestion

PASSWORD = "correct horse battery"
ROLES = {"nurse": {Role.NURSE}, "clinician": {Role.CLINICIAN}, "admin": {Role.ADMIN},
         "nurse2": {Role.NURSE}}


@dataclass(frozen=True)
class Staff:
    nurse: User
    clinician: User
    admin: User
    nurse2: User


# The signed-in staff of each template (sessions verify in every copy: the key is in the file).
_TEMPLATE_STAFF: dict[str, Staff] = {}


def build_template(directory: Path) -> Path:
    """An installation with one administrator and one account per role (password PASSWORD)."""
    with CaseStore(directory) as store:
        admin = store.accounts.create_first_admin("admin", "Ada Admin", PASSWORD)
        for name, roles in ROLES.items():
            if name != "admin":
                store.accounts.create_user(admin, name, name.title(), PASSWORD, roles)
        staff = Staff(**{name: store.accounts.login(name, PASSWORD) for name in ROLES})
    _TEMPLATE_STAFF[str(directory / DB_NAME)] = staff
    return directory / DB_NAME


def signed_in(store: CaseStore, name: str) -> User:
    """``name`` (a template account) signed in to ``store``."""
    return store.accounts.login(name, PASSWORD)


def install(template_db: Path, data_dir: Path) -> tuple[CaseStore, Staff]:
    """A fresh copy of the template installation in ``data_dir``, opened, with its staff."""
    src = sqlite3.connect(str(template_db))
    dst = sqlite3.connect(str(data_dir / DB_NAME))
    try:
        src.backup(dst)
    finally:
        src.close()
        dst.close()
    store = CaseStore(data_dir)
    staff = _TEMPLATE_STAFF.get(str(template_db)) or Staff(
        **{name: signed_in(store, name) for name in ROLES})
    return store, staff


def intake(complaint: str = "chest pain radiating to jaw", *, name: str = "Test Patient",
           mrn: str = "MRN-1", hr: int = 104, arrival: datetime | None = None) -> Intake:
    return Intake(
        patient=Patient(name=name, age_years=58, sex=Sex.FEMALE, mrn=mrn),
        complaint=complaint,
        vitals=Vitals(heart_rate=hr, resp_rate=20, sbp=150, dbp=90, spo2=95, temperature_c=37.1,
                      pain=7, avpu=AVPU.ALERT, measured_at=datetime.now(timezone.utc)),
        arrival_mode=ArrivalMode.WALK_IN, injury=False, arrival_time=arrival)


def suggestion(level: int = 2) -> Suggestion:
    return Suggestion(level=level, confidence=0.71,
                      reasons=(Reason(kind="rule", code="hr_high", title="Heart rate above 100",
                                      level_floor=3, weight=1.0, values={"heart_rate": 104}),),
                      probabilities={1: 0.05, 2: 0.71, 3: 0.2, 4: 0.03, 5: 0.01},
                      versions={"engine": "test-1", "text_model": "t"})


def minutes_ago(n: float) -> datetime:
    return datetime.now(timezone.utc) - timedelta(minutes=n)


@pytest.fixture(scope="session")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_template(tmp_path_factory.mktemp("template"))


BACKENDS = ("sqlite", "postgresql")
# For a test about the SQLite file itself (pragmas, the attachment folder, killing a writer of
# the file): run it on that backend only, visibly, instead of the fixture's two.
SQLITE_ONLY = pytest.mark.parametrize("store_staff", ["sqlite"], indirect=True)


def build_pg_template(url: str, cache_dir: Path) -> str:
    """The template accounts in the PostgreSQL database ``url``; returns its name. Tests copy it
    (``CREATE DATABASE … TEMPLATE``, the ``pg_template`` fixture in conftest.py), as the SQLite
    tests copy ``template_db``."""
    with CaseStore(url, cache_dir=cache_dir) as store:
        admin = store.accounts.create_first_admin("admin", "Ada Admin", PASSWORD)
        for name, roles in ROLES.items():
            if name != "admin":
                store.accounts.create_user(admin, name, name.title(), PASSWORD, roles)
        _TEMPLATE_STAFF[url.rsplit("/", 1)[1]] = Staff(
            **{name: store.accounts.login(name, PASSWORD) for name in ROLES})
    return url.rsplit("/", 1)[1]


@pytest.fixture(params=BACKENDS)
def store_staff(request, template_db: Path, data_dir: Path):
    """(store, staff) on a fresh copy of the template installation, once on a SQLite file and
    once on the session's PostgreSQL server; closed after the test."""
    if request.param == "sqlite":
        store, staff = install(template_db, data_dir)
    else:
        url = request.getfixturevalue("pg_server").new_database(request.getfixturevalue("pg_template"))
        store = CaseStore(url, cache_dir=data_dir)
        staff = _TEMPLATE_STAFF.get(request.getfixturevalue("pg_template")) or Staff(
            **{name: signed_in(store, name) for name in ROLES})
    yield store, staff
    store.close()


# Tamper tests: an edit made behind the app, and the refusals it causes (audit.tamper_found).
def where(store: CaseStore) -> Path | DatabaseUrl:
    return store.url if store.url.is_postgresql else store.data_dir


def behind_the_app(place: Path | DatabaseUrl, *statements: tuple[str, tuple]) -> None:
    """Edit the data as someone holding the file or the database password would (not the app)."""
    if isinstance(place, DatabaseUrl):
        conn = PgConnection(place, listen=False)
        try:
            conn.execute("BEGIN")
            for sql, params in statements:
                conn.execute(sql, params)
            conn.execute("COMMIT")
        finally:
            conn.close()
        return
    conn = sqlite3.connect(place / "triage.db", isolation_level=None)
    try:
        for sql, params in statements:
            conn.execute(sql, params)
    finally:
        conn.close()


def found_rows(store: CaseStore) -> list[tuple[str, dict]]:
    rows = store.conn.execute("SELECT username, details FROM audit_log WHERE action = "
                              "'audit.tamper_found' ORDER BY id").fetchall()
    return [(u, json.loads(d)) for u, d in rows]
