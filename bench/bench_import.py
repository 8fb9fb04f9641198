"""Import speed and the other desks' wait (issues 11.6, 22 §4): a CSV of N new cases, then the
same file again, on a SQLite file or on a PostgreSQL server.

While the first import runs, a second process (another desk) takes the database's write lock in a
loop, as the store's ``_begin_write`` does (SQLite: BEGIN IMMEDIATE; PostgreSQL: BEGIN and the
advisory write lock, one 200 ms slice in the server's queue; retried every 20 ms while locked),
commits at once and sleeps 5 ms, and records how long each try waited: its longest wait is what a
desk saving during the import waits at worst (target ≤ 300 ms). The import's own longest lock
hold is timed too (each of its write transactions, lock taken to COMMIT returned). A repeated
import checks each case against the store (same patient, arrival and complaint) and writes
nothing. ``--merge-patients`` imports as ``import --merge-patients`` does: in ONE transaction (a
change to a patient on record cannot be undone by deleting batches), so the lock is held for the
whole file.

    .venv/bin/python -m bench.bench_import [--cases 2000 10000] [--backend sqlite|postgres|both]
        [--merge-patients] [--database postgresql://… (an EMPTY database; default: a throw-away
        server started as tests/pg_server.py does)]
"""

from __future__ import annotations

import argparse
import contextlib
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def write_csv(path: Path, n: int) -> None:
    rows = [f"chest pain and shortness of breath {i},{20 + i % 70},{['F', 'M'][i % 2]},"
            f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}T{i % 24:02d}:{i % 60:02d}:{(i // 60) % 60:02d}+00:00,"
            f"{60 + i % 60},{94 + i % 5},3,0.6,0.1,0.2,0.6,0.05,0.05" for i in range(n)]
    path.write_text("complaint,age_years,sex,arrival_time,heart_rate,spo2,suggested_level,"
                    "suggestion_confidence,p_level_1,p_level_2,p_level_3,p_level_4,p_level_5\n"
                    + "\n".join(rows) + "\n", encoding="utf-8")


WRITER = """
import select, sys, time
sys.path.insert(0, sys.argv[2])
from triage.store.dialect import PgConnection
from triage.store.url import parse
import sqlite3
if "://" in sys.argv[1]:
    db = PgConnection(parse(sys.argv[1]), listen=False)
    db.execute("PRAGMA busy_timeout = 0")  # one slice in the server's queue, as the store
else:
    db = sqlite3.connect(sys.argv[1], timeout=0, isolation_level=None)
waits = []
print("ready", flush=True)
while not select.select([sys.stdin], [], [], 0)[0]:
    t = time.perf_counter()
    while True:  # as connection._begin_write: try, and poll every 20 ms while another desk writes
        try:
            db.execute("BEGIN IMMEDIATE")
            break
        except sqlite3.OperationalError:
            time.sleep(0.02)
    waits.append(time.perf_counter() - t)
    db.execute("COMMIT")
    time.sleep(0.005)
waits.sort()
print(len(waits), waits[-1], waits[len(waits) // 2], waits[int(len(waits) * 0.99)], flush=True)
"""
TARGET_WAIT_MS = 300


def timed_transactions(store) -> list[float]:
    """Time every write transaction of ``store`` from the lock taken to COMMIT returned."""
    holds: list[float] = []
    plain = store.transaction

    @contextlib.contextmanager
    def timed():
        with plain() as conn:
            t = time.perf_counter()
            yield conn
        holds.append(time.perf_counter() - t)

    store.transaction = timed
    return holds


def run(n: int, backend: str, place: str, merge_patients: bool = False) -> None:
    """One import of ``n`` new cases into an empty installation: the SQLite folder ``place``, or
    the empty PostgreSQL database whose URL it is."""
    from triage.export.importer import import_cases
    from triage.store import CaseStore

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        path = folder / "cases.csv"
        write_csv(path, n)
        store = (CaseStore(place, cache_dir=folder / "cache") if backend == "postgres"
                 else CaseStore(folder / "data"))
        with store:
            admin = store.accounts.create_first_admin("admin", "Admin", "correct horse battery")
            marks: list[float] = []

            def progress(fraction: float, message: str) -> None:
                if not marks and fraction > 0:
                    marks.append(time.perf_counter())  # first case handed to the store

            target = place if backend == "postgres" else str(store.db_path)
            desk = subprocess.Popen([sys.executable, "-c", WRITER, target, str(REPO)],
                                    stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
            assert desk.stdout.readline().strip() == "ready"
            holds = timed_transactions(store)
            t0 = time.perf_counter()
            first = import_cases(store, admin, path, progress, merge_patients=merge_patients)
            t1 = time.perf_counter()
            out, _ = desk.communicate("stop\n", timeout=120)
            tries, longest, median, p99 = out.split()
            tries = int(tries)
            longest, median, p99 = (float(longest) * 1000, float(median) * 1000, float(p99) * 1000)
            longest_hold, n_tx, shown = max(holds) * 1000, len(holds), holds[-1] * 1000
            batches = max(holds[1:-1] or [0.0]) * 1000
            again = import_cases(store, admin, path)
            t2 = time.perf_counter()
        assert first.count == n and again.count == 0 and len(again.duplicates) == n
        mode = " --merge-patients" if merge_patients else ""
        print(f"{backend}{mode}, {n:,} cases: import {t1 - t0:.2f} s ({n / (t1 - t0):,.0f} "
              f"cases/s; pass 2 {t1 - marks[0]:.2f} s); same file again {t2 - t1:.2f} s, {n:,} "
              "duplicates, nothing written")
        print(f"  the import's longest write-lock hold: {longest_hold:.0f} ms ({n_tx} write "
              f"transactions; longest batch {batches:.0f} ms, the last one, which clears the "
              f"hidden mark on every case, {shown:.0f} ms)")
        print(f"  another desk's write-lock wait during the import: longest {longest:.0f} ms "
              f"(target ≤ {TARGET_WAIT_MS} ms), median {median:.1f} ms, p99 {p99:.0f} ms, "
              f"{tries:,} writes", flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, nargs="+", default=[2000, 10000])
    parser.add_argument("--backend", choices=("sqlite", "postgres", "both"), default="sqlite")
    parser.add_argument("--merge-patients", action="store_true",
                        help="import as --merge-patients does (one transaction for the file)")
    parser.add_argument("--database", default="", help="an EMPTY PostgreSQL database to use "
                        "(once: with several --cases, let the bench start its own server)")
    args = parser.parse_args(argv)
    backends = ("sqlite", "postgres") if args.backend == "both" else (args.backend,)
    server = None
    try:
        for backend in backends:
            for n in args.cases:
                place = ""
                if backend == "postgres":
                    if args.database:
                        place = args.database
                    else:
                        if server is None:
                            sys.path.insert(0, str(REPO / "tests"))
                            from pg_server import start_server

                            server = start_server()
                        place = server.new_database()
                run(n, backend, place, args.merge_patients)
    finally:
        if server is not None:
            from pg_server import stop_server

            stop_server(server)
    return 0


if __name__ == "__main__":
    sys.exit(main())
