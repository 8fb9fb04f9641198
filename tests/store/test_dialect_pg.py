"""The SQLite → PostgreSQL dialect on a real server: translation, schema versions, locks, NOTIFY."""

from __future__ import annotations

import select
import sqlite3
import threading

import pytest
from helpers_store import store_staff, template_db  # noqa: F401

from triage.store import dialect
from triage.store.url import parse


@pytest.fixture
def pg_url(pg_server):
    return parse(pg_server.new_database())


def test_placeholders_like_and_nulls_first_are_translated_outside_quotes():
    t = dialect.to_postgres("SELECT c.id FROM cases c WHERE c.search_text LIKE ? ESCAPE '\\' AND "
                            "x = '50%?' ORDER BY c.current_level, c.id LIMIT ?")
    assert t.sql == ("SELECT c.id FROM cases c WHERE c.search_text ILIKE %s ESCAPE '\\' AND "
                     "x = '50%%?' ORDER BY c.current_level NULLS FIRST, c.id LIMIT %s")
    named = dialect.to_postgres("INSERT INTO notes (case_id, text) VALUES (:case_id, :text)")
    assert named.sql.endswith("VALUES (%(case_id)s, %(text)s) RETURNING id") and named.returning_id
    assert not dialect.to_postgres("INSERT INTO settings (key, value) VALUES (?, ?)").returning_id
    assert dialect.to_postgres("INSERT INTO cases (id, complaint) VALUES (?, ?)").explicit_id_table == "cases"
    assert "::" in dialect.to_postgres("SELECT x::text FROM t").sql  # a cast is not a :name


def test_schema_is_created_once_and_versioned_like_sqlite(pg_url):
    conns = []
    errors = []

    def open_one():
        try:
            conns.append(dialect.connect(pg_url))
        except Exception as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=open_one) for _ in range(4)]  # four desks start at once
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    try:
        assert errors == []
        names = [r[0] for r in conns[0].execute(
            "SELECT name FROM schema_migrations ORDER BY name").fetchall()]
        assert names == [name for name, _ in dialect.PG_MIGRATIONS]
        assert dialect.pg_pending(conns[0]) == []
    finally:
        for c in conns:
            c.close()


def test_write_lock_is_one_writer_per_database_and_busy_zero_reports_locked(pg_url):
    a, b = dialect.connect(pg_url), dialect.connect(pg_url)
    try:
        a.execute("BEGIN IMMEDIATE")
        b.execute("PRAGMA busy_timeout = 0")
        with pytest.raises(sqlite3.OperationalError, match="^database is locked"):
            b.execute("BEGIN IMMEDIATE")
        assert not b.in_transaction
        a.execute("COMMIT")
        b.execute("BEGIN IMMEDIATE")
        b.execute("ROLLBACK")
    finally:
        a.close()
        b.close()


def test_a_commit_moves_the_other_desks_data_version(pg_url):
    a, b = dialect.connect(pg_url), dialect.connect(pg_url)
    try:
        before = b.execute("PRAGMA data_version").fetchone()[0]
        a.execute("BEGIN IMMEDIATE")
        a.execute("INSERT INTO settings (key, value) VALUES ('k', 'v')")
        a.execute("COMMIT")
        assert b.wait_for_change(5.0) or b.execute("PRAGMA data_version").fetchone()[0] != before
    finally:
        a.close()
        b.close()


def test_constraint_and_append_only_refusals_are_sqlite_integrity_errors(pg_url):
    c = dialect.connect(pg_url)
    try:
        c.execute("BEGIN IMMEDIATE")
        c.execute("INSERT INTO audit_log (id, at, username, action, prev_hash, hash) "
                  "VALUES (1, 't', 'u', 'a', 'p', 'h')")
        c.execute("COMMIT")
        for sql in ("DELETE FROM audit_log", "UPDATE audit_log SET action = 'x'",
                    "TRUNCATE audit_log"):
            with pytest.raises(sqlite3.IntegrityError, match="append-only"):
                c.execute(sql)
        c.execute("INSERT INTO users (username, display_name, password_hash, roles, created_at, "
                  "password_changed_at) VALUES ('Ann', 'A', 'h', 'nurse', 't', 't')")
        with pytest.raises(sqlite3.IntegrityError):  # user names are case-insensitive (citext)
            c.execute("INSERT INTO users (username, display_name, password_hash, roles, "
                      "created_at, password_changed_at) VALUES ('ann', 'A', 'h', 'nurse', 't', 't')")
    finally:
        c.close()


def test_an_unreachable_server_is_an_operational_error_that_says_so(pg_server):
    url = parse(f"postgresql://nobody@127.0.0.1:1/none?connect_timeout=2")
    with pytest.raises(sqlite3.OperationalError, match="unreachable"):
        dialect.connect(url)


def test_a_desk_survives_a_server_restart_without_restarting_the_app(pg_server, pg_template,
                                                                      tmp_path):
    """After a restart the next read or save reconnects by itself (nothing was in flight; a save
    cut off mid-transaction is tests/store/test_pg_concurrency.py's), and the worklist notices it
    may have missed other desks' commits."""
    from helpers_store import PASSWORD, intake, suggestion

    from triage.store import CaseStore

    store = CaseStore(pg_server.new_database(pg_template), cache_dir=tmp_path)
    try:
        nurse = store.accounts.login("nurse", PASSWORD)
        store.create_case(nurse, intake(), suggestion(3))
        version = store.data_version()
        pg_server.restart()
        store.create_case(nurse, intake("second"), suggestion(3))
        assert store.count_cases() == 2 and store.verify_audit().ok
        pg_server.restart()
        assert store.count_cases() == 2  # a read reconnects too
        assert store.data_version() != version
    finally:
        store.close()


def test_change_fd_becomes_readable_on_another_desks_commit_and_drains_without_blocking(
        store_staff):
    """The push the worklist's QSocketNotifier waits on: PostgreSQL's LISTEN socket turns readable
    when another desk commits and ``drain_changes`` consumes it without a round trip; SQLite has
    no fd (its desks poll ``data_version``) and nothing to drain."""
    from helpers_store import PASSWORD, intake, suggestion

    from triage.store import CaseStore

    store, _staff = store_staff
    fd = store.change_fd()
    if store.url.is_sqlite:
        assert fd is None and store.drain_changes() == 0
        return
    assert isinstance(fd, int)
    store.drain_changes()
    assert select.select([fd], [], [], 0)[0] == []  # nothing waiting: drain returns at once
    assert store.drain_changes() == 0
    before = store.data_version()
    other = CaseStore(store.url, cache_dir=store.data_dir / "other-desk")
    try:
        other.create_case(other.accounts.login("nurse", PASSWORD), intake(), suggestion(3))
    finally:
        other.close()
    assert select.select([fd], [], [], 5.0)[0] == [fd]
    assert store.drain_changes() >= 1
    assert store.drain_changes() == 0
    assert store.data_version() != before


def test_a_dropped_listener_counts_as_a_change_and_the_next_poll_reconnects_it(pg_url):
    conn = dialect.connect(pg_url)
    admin = dialect.connect(pg_url)
    try:
        fd = conn.change_fd()
        admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                      "WHERE application_name = 'triage-desk-listen' AND datname = current_database()")
        drained = 0
        for _ in range(10):  # as the notifier would: the server's error, then (maybe later) EOF
            if conn.change_fd() is None:
                break
            assert select.select([fd], [], [], 5.0)[0] == [fd]
            drained += conn.drain_changes()
        assert drained == 1  # the loss counts as one change: commits may have been missed
        assert conn.change_fd() is None  # dropped, not left readable for the event loop to spin
        before = conn.execute("PRAGMA data_version").fetchone()[0]  # the fallback poll
        assert isinstance(conn.change_fd(), int)
        assert conn.execute("PRAGMA data_version").fetchone()[0] == before  # no spurious change
    finally:
        conn.close()
        admin.close()


def test_a_server_lost_inside_a_write_is_the_stores_error_at_the_audit_lock_too(pg_url):
    """The audit head's advisory lock is taken inside the change's transaction; a server lost just
    then must surface as ``PgConnectionLost`` (a ``StorageError``: "nothing was saved, try again"),
    not as a raw driver error that crashed a desk process under a server restart."""
    from triage.errors import StorageError

    conn = dialect.connect(pg_url)
    admin = dialect.connect(pg_url)
    try:
        conn.execute("BEGIN IMMEDIATE")
        pid = conn.execute("SELECT pg_backend_pid()").fetchone()[0]
        admin.execute("SELECT pg_terminate_backend(%s)" % int(pid))
        with pytest.raises(StorageError):
            dialect.lock_audit_head(conn)
        conn.execute("ROLLBACK")  # a lost connection's rollback is a no-op, as the store does it
        assert conn.execute("SELECT 1").fetchone()[0] == 1  # and the next statement reconnects
    finally:
        conn.close()
        admin.close()
