"""The PostgreSQL schema lives in ``triage/store/sql/postgresql/*.sql`` (issue 22 §5).

Each file is one migration, named like its SQLite twin in ``triage/store/migrations.py``; the
server records only the names in ``schema_migrations``, so what matters is that a file ships,
loads, is never edited after release, and builds the same tables and columns as SQLite.
"""

from __future__ import annotations

import hashlib
import sqlite3
import tomllib
from pathlib import Path

import psycopg
import pytest
from sqlite_utils import Database

from triage.errors import StorageError
from triage.store import DB_NAME, CaseStore, dialect, migrations

REPO = Path(__file__).resolve().parents[2]
SQL_DIR = REPO / "triage" / "store" / "sql" / "postgresql"

# The sha256 of each shipped script: the text the Python strings of dialect.py held before the
# move (so a server migrated by an older build and one migrated now ran the same SQL). A shipped
# migration is never edited (STYLE.md §3): change the schema with a new file, and pin it here.
SHIPPED = {
    "m001_initial": "a1555a6f760c216ec4daa7022c25b5441cd4a7c926a2644346421f333c4756c9",
    "m002_patient_identity_and_revisions":
        "4bb1f5c120cb4c75281cb8df6aea037bd833dd133ff9f2f70b07354c058fdbf3",
    "m003_triage_scale": "8ac9809e9795fc2d346147c83e89a78feb4f418f53e0298e5378bcc0dc70b2b3",
    "m004_case_narrative": "68b9058941523ea751f3e3dbec12313eb3692ad432955fb301f5ae8912c6017b",
    "m005_audit_row_hashes": "581f10b8d55bb25afcfad2c5222164f0bf060226e25c962debd92ae25f3dea96",
    "m006_oxygen_flow": "c354fda7a13b5ac59e70dcc29f37f232238865b1987908528086962dd4e89603",
    "m011_mass_casualty": "4c4936a4c399101e1322c684deb481827d249ca57ebdbc68875a48f9d909178d",
    "m013_session_revocation": "1b026b5acba3dfb2046c3a3b711d797d8872e1b3b3fc75e2db3f53cc7974ff2a",
    "m014_site_calibration": "586d3dc01cbe03ad0a2eddbbd11ac2e7b563af4082679c33f3a66b17c495748a",
    "m015_idempotent_saves": "4ccb758a7ed7e173a3881b452b77db9a8988f5f79fe64ff24004c6a92600cb33",
    "m017_audit_row_mac": "95ffa24b666182fe465650bf1f696e9375a1e6738ac6f949018a442b8c066c67",
    "m018_import_batches": "c3a3b2e5836913ac68012464d31e947c5dfd19442de31484309878000f5eea9f",
    "m019_audit_object_index": "000603fc21e8e6ca46e6c30546c0130bb684ee5251b4a05092bac58b6736f826",
    "m020_user_language": "e7674b4e13f5efe072e4e46a6126e9175f63313f6f66b22242790b7179def70b",
}

# Tables one backend has by design. SQLite: sqlite-utils' bookkeeping and the FTS5 trigram index
# with its shadow tables; PostgreSQL: the bookkeeping and the attachment bytes (no shared folder).
SQLITE_ONLY_TABLES = {"_sqlite_migrations", "case_search", "case_search_config",
                      "case_search_data", "case_search_docsize", "case_search_idx"}
PG_ONLY_TABLES = {"schema_migrations", "blobs"}
# SQLite's declared type -> the PostgreSQL types that stand for it (ids and references are BIGINT).
TYPES = {"INTEGER": {"integer", "bigint"}, "TEXT": {"text"}, "REAL": {"double precision"},
         "BLOB": {"bytea"}}
# Columns whose type differs on purpose: user names compare case-insensitively (COLLATE NOCASE).
KNOWN_TYPES = {("users", "username"): "citext"}


def sqlite_names() -> list[str]:
    """The SQLite migrations in the order they apply (all of them are pending on an empty file)."""
    return migrations.pending(Database(memory=True))


def test_every_migration_has_its_file_and_it_loads():
    files = sorted(p.stem for p in SQL_DIR.glob("*.sql"))
    loaded = dict(dialect.pg_migrations())
    assert list(loaded) == files == sqlite_names()
    assert [name for name, _ in dialect.PG_MIGRATIONS] == files  # the old name still answers
    for name, script in loaded.items():
        assert script == (SQL_DIR / f"{name}.sql").read_bytes().decode("utf-8")
        assert script.strip().endswith(";"), name


def test_shipped_migrations_are_unchanged():
    loaded = dict(dialect.pg_migrations())
    changed = {name: hashlib.sha256(loaded[name].encode("utf-8")).hexdigest()
               for name in SHIPPED if name in loaded}
    assert set(changed) == set(SHIPPED), "a shipped migration's file is gone"
    assert changed == SHIPPED, "a shipped migration was edited: add a new migration instead"


def test_statements_shared_with_sqlite_are_in_the_files_as_written():
    loaded = dict(dialect.pg_migrations())
    shared = {"m003_triage_scale": [migrations.M003_TRIAGE_SCALE],
              "m004_case_narrative": [migrations.M004_CASE_NARRATIVE],
              "m005_audit_row_hashes": [migrations.M005_AUDIT_ROW_HASHES],
              "m013_session_revocation": [migrations.M013_SESSION_REVOCATION],
              "m015_idempotent_saves": list(migrations.M015_IDEMPOTENT_SAVES),
              "m018_import_batches": list(migrations.M018_IMPORT_BATCHES),
              "m019_audit_object_index": [migrations.M019_AUDIT_OBJECT_INDEX],
              "m020_user_language": [migrations.M020_USER_LANGUAGE],
              "m017_audit_row_mac": list(migrations.M017_AUDIT_ROW_MAC)}
    for name, statements in shared.items():
        for statement in statements:
            assert statement in loaded[name], (name, statement)


def test_the_build_ships_the_files():
    """The wheel carries package data only as pyproject.toml lists it (include-package-data is
    off): every schema file must match that list, or an installed server desk cannot migrate."""
    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = config["tool"]["setuptools"]["package-data"]["triage.store"]
    package = REPO / "triage" / "store"
    shipped = {p for pattern in patterns for p in package.glob(pattern)}
    assert set(SQL_DIR.glob("*.sql")) <= shipped
    assert shipped


def test_missing_files_are_a_clear_storage_error(monkeypatch):
    dialect.pg_migrations.cache_clear()
    monkeypatch.setattr(dialect, "SQL_FOLDER", ("sql", "no-such-folder"))
    try:
        with pytest.raises(StorageError, match="schema files are missing.*reinstall"):
            dialect.pg_migrations()
    finally:
        monkeypatch.undo()
        dialect.pg_migrations.cache_clear()
    assert dialect.pg_migrations()


# ---------------------------------------------------------------------------- same schema

def sqlite_schema(db_file: Path) -> dict[str, list[tuple]]:
    """{table: [(column, type, not null, default)]} in column order, from PRAGMA table_info."""
    conn = sqlite3.connect(str(db_file))
    try:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
        schema = {}
        for table in tables:
            schema[table] = [(name, decl.upper(), bool(notnull) or bool(pk), default)
                             for _cid, name, decl, notnull, default, pk
                             in conn.execute(f"PRAGMA table_info('{table}')")]
        return schema
    finally:
        conn.close()


def pg_schema(url: str) -> dict[str, list[tuple]]:
    """The same shape from information_schema; defaults without their ``::text`` cast."""
    schema: dict[str, list[tuple]] = {}
    with psycopg.connect(url) as conn:
        for table, column, data_type, udt, nullable, default in conn.execute(
                "SELECT table_name, column_name, data_type, udt_name, is_nullable, column_default "
                "FROM information_schema.columns WHERE table_schema = 'public' "
                "ORDER BY table_name, ordinal_position"):
            kind = udt if data_type == "USER-DEFINED" else data_type
            if default is not None:
                default = default.removesuffix("::text")
            schema.setdefault(table, []).append((column, kind, nullable == "NO", default))
    return schema


def differences(lite: dict[str, list[tuple]], pg: dict[str, list[tuple]]) -> list[str]:
    """What differs between the two schemas beyond the known, intended differences."""
    found = []
    lite_tables, pg_tables = set(lite) - SQLITE_ONLY_TABLES, set(pg) - PG_ONLY_TABLES
    found += [f"only in SQLite: table {t}" for t in sorted(lite_tables - pg_tables)]
    found += [f"only in PostgreSQL: table {t}" for t in sorted(pg_tables - lite_tables)]
    for table in sorted(lite_tables & pg_tables):
        lite_cols, pg_cols = lite[table], pg[table]
        if [c[0] for c in lite_cols] != [c[0] for c in pg_cols]:
            found.append(f"{table}: columns {[c[0] for c in lite_cols]} on SQLite, "
                         f"{[c[0] for c in pg_cols]} on PostgreSQL")
            continue
        for (name, decl, lite_nn, lite_default), (_, kind, pg_nn, pg_default) in zip(lite_cols,
                                                                                    pg_cols):
            allowed = {KNOWN_TYPES[(table, name)]} if (table, name) in KNOWN_TYPES \
                else TYPES.get(decl, set())
            if kind not in allowed:
                found.append(f"{table}.{name}: {decl} on SQLite, {kind} on PostgreSQL")
            if lite_nn != pg_nn:
                found.append(f"{table}.{name}: NOT NULL {lite_nn} on SQLite, {pg_nn} on PostgreSQL")
            if lite_default != pg_default:
                found.append(f"{table}.{name}: default {lite_default!r} on SQLite, "
                             f"{pg_default!r} on PostgreSQL")
    return found


@pytest.fixture
def both_schemas(pg_server, data_dir: Path):
    """A new installation on each backend, opened as the app opens it (every migration applied);
    returns the SQLite file and the PostgreSQL URL."""
    url = pg_server.new_database()
    with CaseStore(data_dir):
        pass
    with CaseStore(url, cache_dir=data_dir):
        pass
    return data_dir / DB_NAME, url


def test_postgresql_schema_has_the_sqlite_tables_and_columns(both_schemas):
    db_file, url = both_schemas
    lite, pg = sqlite_schema(db_file), pg_schema(url)
    assert differences(lite, pg) == []
    assert {"cases", "audit_log", "mci_tags", "site_calibrations"} <= set(pg)  # not vacuous


def test_a_column_on_one_backend_only_is_reported(both_schemas):
    """The comparison itself can fail: a twin that forgot a column is named."""
    db_file, url = both_schemas
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("ALTER TABLE cases ADD COLUMN forgotten_on_sqlite TEXT")
        conn.execute("ALTER TABLE notes ALTER COLUMN author DROP NOT NULL")
        conn.execute("ALTER TABLE vital_sets ALTER COLUMN pain TYPE TEXT")
    found = differences(sqlite_schema(db_file), pg_schema(url))
    assert any("cases: columns" in f and "forgotten_on_sqlite" in f for f in found)
    assert "notes.author: NOT NULL True on SQLite, False on PostgreSQL" in found
    assert "vital_sets.pain: INTEGER on SQLite, text on PostgreSQL" in found
