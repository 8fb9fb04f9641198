"""Many desks on one PostgreSQL server, as real processes: no torn cases, no forked audit chain.

Scaled to keep the suite fast (the issue's 8 desks x 200 cases is ``bench/bench_pg.py``'s job):
4 desk processes save cases with attachments while 2 clinician processes review them; a desk is
SIGKILLed mid-run; the server is restarted under running desks. Afterwards every case is whole,
every id unique, every acknowledged case present, and the audit chain verifies.
"""

from __future__ import annotations

import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import psycopg
import pytest

from triage.store import CaseStore

REPO_ROOT = Path(__file__).resolve().parents[2]
DESKS, CLINICIANS, PER_DESK = 8, 4, 200

from helpers_store import PASSWORD  # noqa: E402

DESK = textwrap.dedent(f"""
    import sys, time
    sys.path.insert(0, {str(REPO_ROOT)!r}); sys.path.insert(0, {str(REPO_ROOT / 'tests')!r})
    from helpers_store import PASSWORD, intake, suggestion
    from triage.errors import StorageError
    from triage.records import NewAttachment
    from triage.store import CaseStore
    url, desk, n, cache = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]

    def reconnect():
        while True:
            try:
                return CaseStore(url, cache_dir=cache)
            except StorageError:  # the server is restarting: wait for it
                time.sleep(0.2)

    store = reconnect()
    nurse = store.accounts.login("nurse", PASSWORD)
    i = 0
    while i < n:
        scan = NewAttachment(data=f"scan of desk {{desk}} case {{i}}".encode() * 40,
                             original_name="scan.png", kind="photo")
        try:
            cid = store.create_case(nurse, intake(f"desk {{desk}} case {{i}}", mrn=f"D{{desk}}-{{i}}"),
                                    suggestion(3), [scan] if i % 3 == 0 else [])
        except StorageError:  # the server went away: nothing was saved; reconnect and retry
            time.sleep(0.2)
            try:
                store.close()
            except Exception:
                pass
            store = reconnect()
            continue
        print(f"saved {{cid}} {{1 if i % 3 == 0 else 0}}", flush=True)
        i += 1
    print("done", flush=True)
""")

CLINICIAN = textwrap.dedent(f"""
    import sys, time
    sys.path.insert(0, {str(REPO_ROOT)!r})
    from triage.errors import TriageError
    from triage.records import Decision, WorklistQuery
    from triage.store import CaseStore
    store = CaseStore(sys.argv[1], cache_dir=sys.argv[3])
    me = store.accounts.login("clinician", {PASSWORD!r})
    reviewed, deadline = 0, time.monotonic() + float(sys.argv[2])
    while time.monotonic() < deadline:
        for row in store.worklist(me, WorklistQuery(limit=20)):
            try:
                store.start_review(me, row.case_id)
                store.review(me, row.case_id, Decision.ACCEPT, row.current_level or 3)
                reviewed += 1
            except TriageError:
                pass  # the other clinician took it first: refused, nothing changed
        time.sleep(0.05)
    print(f"reviewed {{reviewed}}", flush=True)
""")


def _desk(url: str, desk: int, n: int, cache: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", DESK, url, str(desk), str(n), str(cache)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _acknowledged(out: str) -> dict[int, int]:
    """case id -> attachments it was saved with, for every save the desk saw return."""
    return {int(line.split()[1]): int(line.split()[2]) for line in out.splitlines()
            if line.startswith("saved ")}


def _assert_whole(url: str, acknowledged: dict[int, int]) -> None:
    """Every case has its patient, vitals, suggestion, case.create audit row and attachment
    bytes; every acknowledged case is there with the attachments it was saved with."""
    with psycopg.connect(url) as c:
        ids = [r[0] for r in c.execute("SELECT id FROM cases ORDER BY id")]
        assert len(ids) == len(set(ids))
        assert set(acknowledged) <= set(ids), "an acknowledged case is missing"
        torn = c.execute("""
            SELECT c.id FROM cases c
            WHERE (SELECT count(*) FROM vital_sets v WHERE v.case_id = c.id) < 1
               OR (SELECT count(*) FROM suggestions s WHERE s.case_id = c.id) <> 1
               OR NOT EXISTS (SELECT 1 FROM patients p WHERE p.id = c.patient_id)
               OR NOT EXISTS (SELECT 1 FROM audit_log a WHERE a.action = 'case.create'
                                                         AND a.object_id = c.id::text)""").fetchall()
        assert torn == []
        orphans = c.execute("SELECT count(*) FROM attachments a WHERE NOT EXISTS "
                            "(SELECT 1 FROM blobs b WHERE b.sha256 = a.sha256)").fetchone()[0]
        assert orphans == 0
        for cid, n in acknowledged.items():
            got = c.execute("SELECT count(*) FROM attachments WHERE case_id = %s", (cid,)).fetchone()[0]
            assert got == n, f"case {cid}: {got} attachments, saved with {n}"
        creates = c.execute("SELECT count(*) FROM audit_log WHERE action = 'case.create'").fetchone()[0]
        assert creates == len(ids)


def _verify(url: str, cache: Path) -> None:
    with CaseStore(url, cache_dir=cache) as store:
        result = store.verify_audit()
    assert result.ok, result.message


@pytest.fixture
def server_db(pg_server, pg_template):
    return pg_server.new_database(pg_template)


@pytest.mark.slow
def test_desks_save_while_clinicians_review_and_a_killed_desk_leaves_nothing_torn(
        server_db, tmp_path):
    url = server_db
    desks = [_desk(url, d, PER_DESK, tmp_path / f"desk{d}") for d in range(DESKS)]
    victim = _desk(url, 99, 10_000, tmp_path / "victim")  # saves until killed
    clinicians = [subprocess.Popen([sys.executable, "-c", CLINICIAN, url, "8", str(tmp_path / f"c{i}")],
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                  for i in range(CLINICIANS)]
    victim_lines = []
    assert victim.stdout is not None
    while len(victim_lines) < 4:  # it has saved a few: kill it somewhere inside the next save
        line = victim.stdout.readline()
        assert line, victim.stderr.read() if victim.stderr else "victim desk died"
        victim_lines.append(line)
    victim.send_signal(signal.SIGKILL)
    rest = victim.stdout.read()  # the same buffered reader as readline (communicate would skip it)
    victim.wait(timeout=30)
    assert victim.returncode == -signal.SIGKILL
    acknowledged = _acknowledged("".join(victim_lines) + rest)
    for p in desks:
        out, err = p.communicate(timeout=180)
        assert p.returncode == 0 and "done" in out, err
        acknowledged.update(_acknowledged(out))
    reviewed = 0
    for p in clinicians:
        out, err = p.communicate(timeout=180)
        assert p.returncode == 0, err
        reviewed += int(out.split()[-1])
    assert reviewed > 0  # the clinicians did work alongside the desks
    assert len(acknowledged) >= DESKS * PER_DESK + 4
    _assert_whole(url, acknowledged)
    _verify(url, tmp_path / "check")
    with psycopg.connect(url) as c:  # every review committed with its audit row
        reviews = c.execute("SELECT count(*) FROM reviews").fetchone()[0]
        audited = c.execute("SELECT count(*) FROM audit_log WHERE action = 'case.review'").fetchone()[0]
    assert reviews == audited >= reviewed


@pytest.mark.slow
def test_a_server_restart_under_running_desks_loses_nothing_acknowledged(server_db, pg_server,
                                                                         tmp_path):
    url = server_db
    desks = [_desk(url, d, 30, tmp_path / f"desk{d}") for d in range(2)]
    first = []
    for p in desks:  # both desks are saving
        assert p.stdout is not None
        first.append(p.stdout.readline())
    pg_server.restart()  # fast shutdown: open transactions are rolled back, connections cut
    outs = []
    try:
        for p, line in zip(desks, first):
            out = p.stdout.read()  # the same buffered reader as readline (communicate would skip it)
            err = p.stderr.read() if p.stderr else ""
            p.wait(timeout=180)
            assert p.returncode == 0 and "done" in out, err
            outs.append(line + out)
    finally:  # a failed run must not leave a desk reconnecting forever to a stopped server
        for p in desks:
            if p.poll() is None:
                p.kill()
    acknowledged = {}
    for out in outs:
        acknowledged.update(_acknowledged(out))
    assert len(acknowledged) == 60
    _assert_whole(url, acknowledged)
    _verify(url, tmp_path / "check")
