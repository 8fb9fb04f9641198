"""Clinic server figures: the store on PostgreSQL beside the same figures on SQLite.

Run: ``python -m bench.bench_pg [--sizes 1000 100000] [--repeat 50] [--desks 8] [--per-desk 50]
[--database postgresql://…]``; ``--fill 1000000`` instead fills that many cases straight in SQL
and times the worklist there. Without ``--database`` it starts a throw-away PostgreSQL server
(the test suite's ``tests/pg_server.py``: Debian's binaries, a temporary cluster, stopped at the
end); with one, it uses that (empty!) database. SQLite runs in a temporary folder. Never your data.

Printed per backend: save p50/p95 for one desk, then for N desks saving at once (one process
each, as real desks are), worklist/search/count p50 at each size, and the bulk import rate.
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

from bench.bench_store import _p50_ms, _p95_ms, measure
from triage.demo import DEMO_PASSWORD, demo_cases, seed, template_suggestion
from triage.records import NewAttachment
from triage.store import CaseStore
from triage.store.url import DatabaseUrl, parse, sqlite_url

REPO = Path(__file__).resolve().parent.parent


def _desk(target: str, cache: str, desk: int, n: int, start, out) -> None:
    """One desk process: sign in, wait for the start signal, save ``n`` cases, report latencies."""
    url = parse(target)
    store = CaseStore(url, cache_dir=Path(cache)) if url.is_postgresql else CaseStore(url)
    nurse = store.accounts.login("nurse", DEMO_PASSWORD)
    intakes = demo_cases(n, seed=desk, start_index=20_000_000 + desk * 100_000)
    photo = NewAttachment(data=os.urandom(4096), original_name="desk.png", kind="photo")
    start.wait()
    times = []
    for i, intake in enumerate(intakes):
        t = time.perf_counter()
        store.create_case(nurse, intake, template_suggestion(3), [photo] if i % 5 == 0 else ())
        times.append(time.perf_counter() - t)
    store.close()
    out.put(times)


def concurrent_saves(target: str, cache: str, desks: int, per_desk: int) -> dict[str, float]:
    ctx = mp.get_context("spawn")
    start, out = ctx.Event(), ctx.Queue()
    procs = [ctx.Process(target=_desk, args=(target, cache, d, per_desk, start, out))
             for d in range(desks)]
    for p in procs:
        p.start()
    time.sleep(3.0 + desks * 0.3)  # every desk signed in (argon2) before the clock starts
    t = time.perf_counter()
    start.set()
    samples = []
    for _ in procs:
        samples += out.get(timeout=600)
    wall = time.perf_counter() - t
    for p in procs:
        p.join()
    return {"save_p50": _p50_ms(samples), "save_p95": _p95_ms(samples),
            "throughput": len(samples) / wall}


COMPLAINTS = ("chest pain", "fever and cough", "ankle sprain", "abdominal pain", "headache",
              "shortness of breath", "fall from standing", "laceration to hand")
FILL_AT = "2026-01-01T00:00:00.000000+00:00"


def fill(store: CaseStore, n: int, open_percent: int) -> float:
    """Add ``n`` cases straight in SQL (a worklist-size test needs rows, not a realistic save
    path): one patient each, ``open_percent`` of them open, levels 1-5 with some untriaged, one
    arrival every 30 s. Returns the seconds it took."""
    t = time.perf_counter()
    conn = store.conn
    with store.transaction():
        p0 = conn.execute("SELECT coalesce(max(id), 0) FROM patients").fetchone()[0]
        c0 = conn.execute("SELECT coalesce(max(id), 0) FROM cases").fetchone()[0]
        if store.url.is_postgresql:
            gen = "generate_series(1, :n) AS s(g)"
            arrival = ("to_char(timestamp '2025-01-01' + g * interval '30 seconds', "
                       "'YYYY-MM-DD\"T\"HH24:MI:SS.US') || '+00:00'")
            complaint = "(CAST(:complaints AS text[]))[1 + g % 8]"
            params: dict = {"complaints": list(COMPLAINTS)}
        else:
            conn.execute("CREATE TEMP TABLE IF NOT EXISTS fill_complaints (i INTEGER, c TEXT)")
            conn.execute("DELETE FROM fill_complaints")
            conn.executemany("INSERT INTO fill_complaints VALUES (?, ?)", list(enumerate(COMPLAINTS)))
            gen = ("(WITH RECURSIVE s(g) AS (SELECT 1 UNION ALL SELECT g + 1 FROM s WHERE g < :n) "
                   "SELECT g FROM s)")
            arrival = ("strftime('%Y-%m-%dT%H:%M:%f000+00:00', '2025-01-01', "
                       "'+' || (g * 30) || ' seconds')")
            complaint = "(SELECT c FROM fill_complaints WHERE i = g % 8)"
            params = {}
        params.update({"n": n, "p0": p0, "c0": c0, "at": FILL_AT, "open": open_percent})
        conn.execute("INSERT INTO patients (id, name, sex, mrn, is_demo, created_at) "
                     f"SELECT :p0 + g, 'Fill Patient ' || g, 'U', 'F-' || g, 1, :at FROM {gen}", params)
        conn.execute(
            "INSERT INTO cases (id, patient_id, complaint, arrival_time, arrival_mode, status, "
            "is_open, suggested_level, current_level, created_by, created_at, updated_at, is_demo, "
            f"search_text) SELECT :c0 + g, :p0 + g, {complaint}, {arrival}, 'walk_in', "
            "CASE WHEN g % 100 < :open THEN 'waiting' ELSE 'closed' END, "
            "CASE WHEN g % 100 < :open THEN 1 ELSE 0 END, 1 + g % 5, "
            "CASE WHEN g % 37 = 0 THEN NULL ELSE 1 + g % 5 END, 'fill', :at, :at, 1, "
            f"'fill patient ' || g || ' | f-' || g || ' | ' || {complaint} FROM {gen}", params)
    if store.url.is_postgresql:
        conn.raw.execute("SELECT setval('patients_id_seq', (SELECT max(id) FROM patients))")
        conn.raw.execute("SELECT setval('cases_id_seq', (SELECT max(id) FROM cases))")
        conn.raw.execute("VACUUM ANALYZE")  # what autovacuum does soon after a bulk load
    else:
        conn.execute("ANALYZE")
    return time.perf_counter() - t


def run_fill(name: str, url: DatabaseUrl, cache: Path, n: int, open_percent: int,
             repeat: int) -> str:
    store = CaseStore(url, cache_dir=cache) if url.is_postgresql else CaseStore(url)
    seed(store, 0)
    seconds = fill(store, n, open_percent)
    f = measure(store, repeat)
    line = (f"{name:>10} | {store.count_cases():>9,} cases ({open_percent}% open, filled in "
            f"{seconds:.0f} s): worklist p50 {f['worklist_p50']:.2f} ms (p95 "
            f"{f['worklist_p95']:.2f}), search p50 {f['search_p50']:.2f} ms, count p50 "
            f"{f['count_p50']:.2f} ms, save p50 {f['save_p50']:.2f} ms")
    store.close()
    print(line, flush=True)
    return line


def run_backend(name: str, url: DatabaseUrl, cache: Path, sizes: list[int], repeat: int,
                desks: int, per_desk: int) -> list[str]:
    store = CaseStore(url, cache_dir=cache) if url.is_postgresql else CaseStore(url)
    seed(store, 0)  # demo accounts (argon2) outside the timings
    lines = []
    one = measure(store, repeat)
    lines.append(f"{name:>10} | one desk: save p50 {one['save_p50']:.2f} ms, p95 "
                 f"{one['save_p95']:.2f} ms")
    many = concurrent_saves(str(url), str(cache), desks, per_desk)
    lines.append(f"{name:>10} | {desks} desks at once: save p50 {many['save_p50']:.2f} ms, p95 "
                 f"{many['save_p95']:.2f} ms, {many['throughput']:.0f} cases/s in all")
    for size in sorted(sizes):
        todo = max(size - store.count_cases(), 0)
        t = time.perf_counter()
        for lo in range(0, todo, 20_000):  # one transaction per 20k: a realistic import batch
            seed(store, min(20_000, todo - lo))
        rate = todo / (time.perf_counter() - t) if todo else 0.0
        f = measure(store, repeat)
        lines.append(f"{name:>10} | {store.count_cases():>9,} cases: worklist p50 "
                     f"{f['worklist_p50']:.2f} ms (p95 {f['worklist_p95']:.2f}), search p50 "
                     f"{f['search_p50']:.2f} ms, count p50 {f['count_p50']:.2f} ms, bulk "
                     f"{rate:,.0f} cases/s")
        print(lines[-1], flush=True)
    store.close()
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 100_000])
    parser.add_argument("--repeat", type=int, default=50)
    parser.add_argument("--desks", type=int, default=8)
    parser.add_argument("--per-desk", type=int, default=50)
    parser.add_argument("--database", default="", help="an EMPTY PostgreSQL database to use")
    parser.add_argument("--skip-sqlite", action="store_true")
    parser.add_argument("--fill", type=int, default=0, metavar="N",
                        help="instead: fill N cases straight in SQL and time the worklist there "
                        "(the 1,000,000-case figure)")
    parser.add_argument("--open-percent", type=int, default=5)
    args = parser.parse_args(argv)
    server = None
    if args.database:
        pg_url = parse(args.database)
    else:
        sys.path.insert(0, str(REPO / "tests"))
        from pg_server import start_server

        server = start_server()
        pg_url = parse(server.new_database())
    lines = []
    try:
        with tempfile.TemporaryDirectory(prefix="triage-bench-pg-") as tmp:
            if args.fill:
                lines.append(run_fill("postgresql", pg_url, Path(tmp) / "cache", args.fill,
                                      args.open_percent, args.repeat))
                if not args.skip_sqlite:
                    lines.append(run_fill("sqlite", sqlite_url(Path(tmp) / "desk"), Path(tmp) / "x",
                                          args.fill, args.open_percent, args.repeat))
                print("\n".join(lines))
                return 0
            lines += run_backend("postgresql", pg_url, Path(tmp) / "cache", args.sizes,
                                 args.repeat, args.desks, args.per_desk)
            if not args.skip_sqlite:
                lines += run_backend("sqlite", sqlite_url(Path(tmp) / "desk"), Path(tmp) / "x",
                                     args.sizes, args.repeat, args.desks, args.per_desk)
    finally:
        if server is not None:
            from pg_server import stop_server

            stop_server(server)
    print("\n".join(lines))
    print(f"load average during the run: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
