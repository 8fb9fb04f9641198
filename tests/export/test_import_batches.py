"""Issue 22 §4: an import commits in batches, so other desks are not locked out for the whole file,
and yet a file is imported whole or not at all for everyone who looks: its cases stay hidden until
the last batch, a failed import deletes its batches again (audited), and an import killed mid-way
leaves nothing visible and is removed at the next open; audit verify passes after each."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from helpers_store import PASSWORD, SQLITE_ONLY, intake, store_staff, suggestion, template_db  # noqa: F401

from triage.errors import ImportError_
from triage.export.importer import import_cases
from triage.store import DB_NAME, CaseStore
from triage.store.bulk import IMPORT_BATCH

REPO = Path(__file__).resolve().parents[2]
N = 2 * IMPORT_BATCH + 300  # two whole batches and a part


def write_csv(path: Path, n: int, *, bad_line: int | None = None) -> Path:
    """``n`` new cases (one patient each); ``bad_line``: that data line's arrival time is refused
    only when the store writes it (an MRN held by another identity)."""
    rows = []
    for i in range(n):
        mrn = "CONFLICT" if i == bad_line else f"M{i:06d}"
        rows.append(f"chest pain {i},{20 + i % 70},{['F', 'M'][i % 2]},Patient {i},{mrn},"
                    f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}T{i % 24:02d}:{i % 60:02d}:00+00:00,"
                    f"{60 + i % 60},3")
    path.write_text("complaint,age_years,sex,name,mrn,arrival_time,heart_rate,suggested_level\n"
                    + "\n".join(rows) + "\n", encoding="utf-8")
    return path


def stored_cases(store: CaseStore) -> int:
    """Every cases row, hidden or not (what a query of the file would find)."""
    return store.conn.execute("SELECT count(*) FROM cases").fetchone()[0]


IMPORTER = textwrap.dedent(f"""
    import sys, time
    sys.path.insert(0, {str(REPO)!r})
    from pathlib import Path
    from triage.export.importer import import_cases
    from triage.store import CaseStore
    store = CaseStore(sys.argv[1], cache_dir=Path(sys.argv[3]))
    admin = store.accounts.login("admin", {PASSWORD!r})
    def progress(fraction, message):
        if message.startswith("{IMPORT_BATCH * 2 + 100} of"):  # two batches committed
            print("mid", flush=True)
            time.sleep(600)
    import_cases(store, admin, Path(sys.argv[2]), progress)
    print("finished", flush=True)
""")


def reopen(store: CaseStore):
    """Open the same installation again, as another process or desk would: the SQLite file's
    folder, or the server database's URL (with this test's attachment cache)."""
    if store.url.is_postgresql:
        return lambda: CaseStore(str(store.url), cache_dir=store.data_dir)
    return lambda: CaseStore(store.data_dir)


def test_an_import_killed_midway_shows_nothing_is_removed_and_imports_whole_again(store_staff, tmp_path):
    """On both backends: the importing process is SIGKILLed between two batches (on the
    server its connection drops, and the committed batches stay, marked)."""
    store, staff = store_staff
    data_dir, place = store.data_dir, store.url
    open_again = reopen(store)
    store.close()
    path = write_csv(tmp_path / "cases.csv", N)
    child = subprocess.Popen([sys.executable, "-c", IMPORTER,
                              str(place) if place.is_postgresql else str(data_dir), str(path),
                              str(data_dir)],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = child.stdout.readline().strip()
        assert line == "mid", child.stderr.read()[-2000:]
        # Mid-way: two batches are in the file, hidden; another desk can save meanwhile.
        with open_again() as desk:
            nurse = desk.accounts.login("nurse", PASSWORD)
            assert stored_cases(desk) == 2 * IMPORT_BATCH  # the running import is left alone
            assert desk.count_cases() == 0 and desk.worklist(nurse) == []
            assert desk.counts()["total"] == 0
            assert desk.find_patients(nurse, "Patient 1") == []  # its new patients too
            t0 = time.monotonic()
            own = desk.create_case(nurse, intake(), suggestion(3))
            assert time.monotonic() - t0 < 5  # one transaction used to hold the lock to the end
        child.send_signal(signal.SIGKILL)
        child.communicate(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert child.returncode == -signal.SIGKILL
    with open_again() as after:  # opening removes the killed import's rows, audited
        admin = after.accounts.login("admin", PASSWORD)
        assert stored_cases(after) == 1 and after.count_cases() == 1
        assert [c.case_id for c in after.worklist(after.accounts.login("nurse", PASSWORD))] == [own]
        assert after.conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert after.conn.execute("SELECT count(*) FROM patients WHERE mrn LIKE 'M0%'").fetchone()[0] == 0
        rolled = after.audit_entries(admin, action="import.rolled_back")
        assert len(rolled) == 1 and rolled[0].details == {"cases": 2 * IMPORT_BATCH, "why": "abandoned"}
        result = after.verify_audit()
        assert result.ok, result.message
        again = import_cases(after, admin, path)  # the re-run imports the file whole
        assert again.count == N and not again.duplicates
        assert after.count_cases() == N + 1
        result = after.verify_audit()
        assert result.ok, result.message


def test_a_failed_import_deletes_its_batches_and_the_chain_still_verifies(store_staff, tmp_path,
                                                                         monkeypatch):
    store, staff = store_staff
    # Whole batches only (no transaction cut short by the lock budget on a slow machine), so the
    # count of deleted cases is exact.
    monkeypatch.setattr("triage.store.bulk.IMPORT_LOCK_BUDGET_S", 3600.0)
    # A patient already on record under the MRN the last batch's case claims for another name.
    store.create_case(staff.nurse, intake(name="Someone Else", mrn="CONFLICT"), suggestion(3))
    path = write_csv(tmp_path / "cases.csv", N, bad_line=N - 10)
    with pytest.raises(ImportError_) as caught:
        import_cases(store, staff.admin, path)
    assert "nothing was saved" in str(caught.value)
    assert stored_cases(store) == 1 and store.count_cases() == 1
    assert store.conn.execute("SELECT count(*) FROM patients").fetchone()[0] == 1
    rolled = store.audit_entries(staff.admin, action="import.rolled_back")
    written = (N - 10) // IMPORT_BATCH * IMPORT_BATCH  # the whole batches before the bad case
    assert len(rolled) == 1 and rolled[0].details == {"cases": written, "why": "failed"}
    result = store.verify_audit()
    assert result.ok, result.message
    fixed = write_csv(tmp_path / "fixed.csv", N)
    assert import_cases(store, staff.admin, fixed).count == N
    result = store.verify_audit()
    assert result.ok, result.message
    starts = store.audit_entries(staff.admin, action="import.start")
    done = store.audit_entries(staff.admin, action="import")
    assert len(starts) == 2 and done[0].details["batches"] == -(-N // IMPORT_BATCH) and done[0].details["count"] == N


def test_a_batch_that_outlasts_the_lock_budget_commits_in_parts(store_staff, tmp_path, monkeypatch):
    """The lock budget, not only the batch size, bounds a transaction: a server's round trips
    made one batch of 250 hold PostgreSQL's write lock for over a second. With no budget at all
    every case commits on its own, and the file is still whole (hidden until the end) or gone."""
    store, staff = store_staff
    monkeypatch.setattr("triage.store.bulk.IMPORT_LOCK_BUDGET_S", 0.0)
    monkeypatch.setattr("triage.store.bulk.BATCH_PAUSE_S", 0.0)
    n = 30
    # A failure after some of those commits deletes each of them again.
    store.create_case(staff.nurse, intake(name="Someone Else", mrn="CONFLICT"), suggestion(3))
    with pytest.raises(ImportError_):
        import_cases(store, staff.admin, write_csv(tmp_path / "bad.csv", n, bad_line=n - 5))
    rolled = store.audit_entries(staff.admin, action="import.rolled_back")
    assert len(rolled) == 1 and rolled[0].details == {"cases": n - 5, "why": "failed"}
    assert store.count_cases() == 1 and stored_cases(store) == 1
    assert store.verify_audit().ok
    commits = store._own_commits
    assert import_cases(store, staff.admin, write_csv(tmp_path / "cases.csv", n)).count == n
    assert store._own_commits - commits >= n + 2  # import.start, one per case, the last one
    assert store.count_cases() == n + 1
    done = store.audit_entries(staff.admin, action="import")[0]  # newest first
    assert done.details["count"] == n and done.details["batches"] == 1  # one batch, many commits
    result = store.verify_audit()
    assert result.ok, result.message


def test_a_cancel_after_some_batches_leaves_nothing(store_staff, tmp_path):
    store, staff = store_staff
    path = write_csv(tmp_path / "cases.csv", N)
    seen: list[int] = []
    result = import_cases(store, staff.admin, path, lambda f, m: seen.append(1),
                          cancelled=lambda: len(seen) > IMPORT_BATCH + 50)
    assert result.cancelled and stored_cases(store) == 0
    # One batch had committed (hidden) before the cancel: it was deleted again, audited.
    rolled = store.audit_entries(staff.admin, action="import.rolled_back")
    assert len(rolled) == 1 and rolled[0].details == {"cases": IMPORT_BATCH, "why": "failed"}
    assert store.verify_audit().ok


def test_an_import_that_would_update_a_known_patient_runs_in_one_transaction(store_staff, tmp_path):
    """Deleting rows cannot undo a change to a patient on record: such a file is rolled back and
    written again in one transaction, so it is still whole (and still undone on failure)."""
    store, staff = store_staff
    path = write_csv(tmp_path / "cases.csv", N)
    text = path.read_text(encoding="utf-8").splitlines()
    # The last case adds a phone number to the first case's patient (same name, MRN, sex, age).
    head = text[0] + ",phone"
    last = text[1].replace("chest pain 0,", "chest pain again,").replace("2024-01-01T00:00", "2024-06-01T00:00")
    path.write_text("\n".join([head, *(t + "," for t in text[1:]), last + ",555 0100"]) + "\n",
                    encoding="utf-8")
    result = import_cases(store, staff.admin, path)
    assert result.count == N + 1 and store.count_cases() == N + 1
    assert len(store.audit_entries(staff.admin, action="import.rolled_back")) == 1
    check = store.verify_audit()
    assert check.ok, check.message


@SQLITE_ONLY
def test_a_case_hidden_in_the_file_is_named_by_audit_verify(store_staff):
    """Hiding a case by marking it as part of an unfinished import (an edit in the file) is
    caught: the mark is outside the row hash, so verify names every marked row."""
    store, staff = store_staff
    case_id = store.create_case(staff.nurse, intake(), suggestion(3))
    store.close()
    with sqlite3.connect(store.data_dir / DB_NAME) as db:
        db.execute("UPDATE cases SET import_pending = 999999 WHERE id = ?", (case_id,))
    with CaseStore(store.data_dir) as again:
        assert again.count_cases() == 0
        result = again.verify_audit()
        assert not result.ok and f"cases row {case_id}: hidden as part of import 999999" in result.message
