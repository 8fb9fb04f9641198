"""Export benchmark: N demo cases → CSV / JSON Lines / FHIR, wall time and peak memory.

Run: ``python -m bench.bench_export [--sizes 10000 100000] [--formats csv jsonl fhir]``. Seeds a
temporary installation (never your data), then runs each export in a fresh child process so that
its peak RSS (``ru_maxrss`` of the child, and of its FHIR worker processes) measures the export
alone. "CPU s" is the CPU time of the export process and its workers (includes start-up): on a
shared machine wall time depends on what else runs, CPU time much less. Targets (issue 6, 100,000
cases on 2 cores): CSV ≤ 30 s, FHIR ≤ 5 min, memory flat (≤ 500 MB; issue 22 §4: a de-identified
export ≤ 400 MB, ``--deidentify``).
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TARGET_S = {"csv": 30.0, "fhir": 300.0}
TARGET_RSS_MB = 500
TARGET_DEID_RSS_MB = 400  # issue 22 §4


def child(data_dir: Path, fmt: str, out: Path, deidentify: bool) -> None:
    """Run one export in this process and print its figures as JSON."""
    from triage.demo import DEMO_PASSWORD
    from triage.export import export_cases
    from triage.store import CaseStore

    with CaseStore(data_dir) as store:
        admin = store.accounts.login("admin", DEMO_PASSWORD)
        t = time.perf_counter()
        result = export_cases(store, admin, fmt, out, deidentify=deidentify)
        seconds = time.perf_counter() - t
    me, workers = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = me.ru_utime + me.ru_stime + workers.ru_utime + workers.ru_stime
    print(json.dumps({"count": result.count, "seconds": seconds, "cpu_seconds": cpu, "bytes": out.stat().st_size,
                      "peak_rss_mb": me.ru_maxrss / 1024, "worker_peak_rss_mb": workers.ru_maxrss / 1024}))


def run_child(data_dir: Path, fmt: str, out: Path, deidentify: bool) -> dict:
    cmd = [sys.executable, "-m", "bench.bench_export", "--child", str(data_dir), fmt, str(out)]
    if deidentify:
        cmd.append("--deidentify")
    done = subprocess.run(cmd, check=True, capture_output=True, text=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--formats", nargs="+", default=["csv", "jsonl", "fhir"])
    parser.add_argument("--deidentify", action="store_true")
    parser.add_argument("--child", nargs=3, metavar=("DATA_DIR", "FORMAT", "OUT"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        child(Path(args.child[0]), args.child[1], Path(args.child[2]), args.deidentify)
        return 0
    from triage.demo import seed
    from triage.store import CaseStore

    print(f"{'cases':>8} {'format':>6} {'seconds':>8} {'CPU s':>7} {'cases/s':>8} {'MB out':>7} "
          f"{'peak RSS MB':>11} {'worker RSS':>10}  target")
    with tempfile.TemporaryDirectory(prefix="bench-export-") as tmp:
        data_dir = Path(tmp) / "data"
        have = 0
        for size in sorted(args.sizes):
            with CaseStore(data_dir) as store:
                seed(store, size - have)
            have = size
            for fmt in args.formats:
                out = Path(tmp) / f"out-{size}.{fmt}"
                r = run_child(data_dir, fmt, out, args.deidentify)
                target = f"≤ {TARGET_S[fmt]:.0f} s at 100k" if fmt in TARGET_S else ""
                print(f"{r['count']:>8} {fmt:>6} {r['seconds']:>8.1f} {r['cpu_seconds']:>7.1f} "
                      f"{r['count'] / r['seconds']:>8.0f} "
                      f"{r['bytes'] / 1e6:>7.1f} {r['peak_rss_mb']:>11.0f} {r['worker_peak_rss_mb']:>10.0f}  "
                      f"{target}; RSS ≤ {TARGET_DEID_RSS_MB if args.deidentify else TARGET_RSS_MB} MB", flush=True)
                out.unlink()
    return 0


if __name__ == "__main__":
    sys.exit(main())
