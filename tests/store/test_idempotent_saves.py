"""A save happens once (issue 22, section 2): a retried save with the same idempotency key returns
the case its first try committed, on both backends, also when the COMMIT's answer was lost on the
network (a real PostgreSQL server behind tests/net_proxy.py)."""

from __future__ import annotations

import re
import sys
import threading
import time
import uuid
from pathlib import Path

import pytest
from helpers_store import PASSWORD, intake, store_staff, suggestion, template_db  # noqa: F401

from triage.errors import StorageError
from triage.store import CaseStore
from triage.store.dialect import PgConnection
from triage.store.url import parse

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from net_proxy import NetProxy  # noqa: E402


def _counts(conn) -> tuple[int, int]:
    cases = conn.execute("SELECT count(*) FROM cases").fetchone()[0]
    audits = conn.execute("SELECT count(*) FROM audit_log WHERE action = 'case.create'").fetchone()[0]
    return int(cases), int(audits)


def test_a_retried_save_with_the_same_key_returns_the_first_case_and_writes_nothing(store_staff):
    store, staff = store_staff
    key = str(uuid.uuid4())
    first = store.create_case(staff.nurse, intake(), suggestion(2), idempotency_key=key)
    with store.reading() as conn:
        before = _counts(conn)
    again = store.create_case(staff.nurse, intake(), suggestion(2), idempotency_key=key)
    with store.reading() as conn:
        assert _counts(conn) == before == (1, 1)
    assert again == first
    other = store.create_case(staff.nurse, intake(), suggestion(2), idempotency_key=str(uuid.uuid4()))
    assert other != first  # a new intake (a new key) is a new case
    unkeyed = store.create_case(staff.nurse, intake(), suggestion(2))  # callers without keys
    assert unkeyed not in (first, other)
    with pytest.raises(ValueError, match="another account"):  # a key is one intake's, not shared
        store.create_case(staff.nurse2, intake(), suggestion(2), idempotency_key=key)
    with pytest.raises(ValueError, match="idempotency key"):
        store.create_case(staff.nurse, intake(), suggestion(2), idempotency_key=" ")
    assert store.verify_audit().ok


def test_the_key_is_unique_in_the_database(store_staff):
    store, staff = store_staff
    key = str(uuid.uuid4())
    store.create_case(staff.nurse, intake(), suggestion(2), idempotency_key=key)
    with pytest.raises(Exception, match="(?i)unique|constraint"):
        with store.transaction() as conn:  # a second row with the key, past the store's check
            conn.execute("INSERT INTO cases (patient_id, complaint, arrival_time, arrival_mode, "
                         "status, is_open, created_by, created_at, updated_at, idempotency_key) "
                         "SELECT patient_id, complaint, arrival_time, arrival_mode, status, "
                         "is_open, created_by, created_at, updated_at, idempotency_key FROM cases")


SLOW_COMMIT = """
CREATE FUNCTION slow_commit() RETURNS trigger LANGUAGE plpgsql AS $f$
BEGIN PERFORM pg_sleep(1.5); RETURN NULL; END $f$;
CREATE CONSTRAINT TRIGGER slow_commit AFTER INSERT ON cases DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION slow_commit();
"""


def test_a_save_whose_commit_answer_is_lost_lands_once_when_retried(pg_server, pg_template,
                                                                    tmp_path):
    """The COMMIT reaches the server and commits; its answer never reaches the desk (the proxy
    swallows it, then the connection resets). The desk retries with the same key: one case, one
    ``case.create`` audit row."""
    url = pg_server.new_database(pg_template)
    direct = PgConnection(parse(url), listen=False)
    # The test's own server-side delay at COMMIT time, so the proxy can swallow exactly its answer.
    direct.raw.execute(SLOW_COMMIT)
    port = int(re.search(r":(\d+)/", url).group(1))
    proxy = NetProxy("127.0.0.1", port)
    store = CaseStore(url.replace(f":{port}/", f":{proxy.port}/"), cache_dir=tmp_path / "desk")
    try:
        nurse = store.accounts.login("nurse", PASSWORD)
        key = str(uuid.uuid4())
        outcome: list[object] = []

        def save() -> None:
            try:
                outcome.append(store.create_case(nurse, intake(mrn="LOST-1"), suggestion(2),
                                                 idempotency_key=key))
            except BaseException as exc:  # noqa: BLE001 - the test looks at it
                outcome.append(exc)

        worker = threading.Thread(target=save)
        worker.start()
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:  # the desk's COMMIT is running on the server
            active = direct.raw.execute(
                "SELECT count(*) FROM pg_stat_activity WHERE application_name = 'triage-desk' "
                "AND wait_event = 'PgSleep'").fetchone()[0]  # the deferred trigger: at COMMIT
            if active:
                break
            time.sleep(0.01)
        else:
            pytest.fail("the save never reached its COMMIT")
        proxy.swallow_replies()
        deadline = time.monotonic() + 20
        while _counts(direct) != (1, 1) and time.monotonic() < deadline:
            time.sleep(0.05)  # committed on the server; the desk has not heard
        assert _counts(direct) == (1, 1)
        time.sleep(0.3)
        assert worker.is_alive() and not outcome  # the answer was lost: the desk still waits
        proxy.resume()  # the network is back (a swallowed answer stays lost) ...
        proxy.kill_connections()  # ... and the dropped line is noticed
        worker.join(timeout=30)
        assert not worker.is_alive() and len(outcome) == 1
        # The store either reports the lost line or has already retried the save itself on a new
        # connection; either way the key lets nothing through twice.
        assert isinstance(outcome[0], (int, StorageError)), outcome
        case_id = store.create_case(nurse, intake(mrn="LOST-1"), suggestion(2),
                                    idempotency_key=key)  # the desk's retry, same key
        assert outcome[0] in (case_id,) or isinstance(outcome[0], StorageError)
        assert _counts(direct) == (1, 1)
        assert direct.execute("SELECT id FROM cases WHERE idempotency_key = ?",
                              (key,)).fetchone()[0] == case_id
        assert store.verify_audit().ok
    finally:
        store.close()
        proxy.stop()
        direct.close()
