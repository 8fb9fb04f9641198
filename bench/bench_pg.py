"""Clinic server figures: the store on PostgreSQL beside the same figures on SQLite.

Run: ``python -m bench.bench_pg [--sizes 1000 100000] [--repeat 50] [--desks 8] [--per-desk 50]
[--database postgresql://…]``. Without ``--database`` it starts a throw-away PostgreSQL server
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
