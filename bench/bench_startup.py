"""Launch to sign-in window (issue 21 §3: ≤ 2 s on 2 cores), for the checkout and an installed build.

Each run starts the app as a user would (a new process, an existing installation with an account,
the engine loading in its own process behind the sign-in) with ``TRIAGE_STARTUP_PROBE=exit``: the
app prints when the sign-in window is on screen and quits. The time is the wall clock from the
process start to that line; the first run warms the OS file cache and is reported apart.

    python -m bench.bench_startup [--installed /opt/triage-desk/triage-desk] [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def launch_seconds(command: list[str], data_dir: Path) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
           "TRIAGE_STARTUP_PROBE": "exit"}
    start = time.perf_counter()
    proc = subprocess.Popen([*command, "--data-dir", str(data_dir)], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    watchdog = threading.Timer(120, proc.kill)  # a build without the probe must not hang the bench
    watchdog.start()
    for line in proc.stderr:
        if line.startswith("startup-probe:"):
            elapsed = time.perf_counter() - start
            break
    else:
        watchdog.cancel()
        raise RuntimeError(f"{command[0]} exited ({proc.wait()}) before showing the sign-in window")
    proc.wait(timeout=120)
    watchdog.cancel()
    return elapsed


def measure(name: str, command: list[str], runs: int) -> dict:
    with tempfile.TemporaryDirectory(prefix="bench-startup-") as tmp:
        data = Path(tmp) / "desk"
        from triage.store import CaseStore

        store = CaseStore(data)  # an installation with an account: the sign-in (not first-admin) path
        store.accounts.create_first_admin("admin", "Admin", "a long enough secret")
        store.close()
        cold = launch_seconds(command, data)
        warm = [launch_seconds(command, data) for _ in range(runs)]
    result = {"build": name, "first_s": round(cold, 2), "median_s": round(statistics.median(warm), 2),
              "max_s": round(max(warm), 2), "runs": runs}
    print(f"{name:10} launch → sign-in window: median {result['median_s']:.2f} s, max "
          f"{result['max_s']:.2f} s over {runs} runs (first, cold cache: {result['first_s']:.2f} s)",
          flush=True)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--installed", default="", help="an installed build's launcher")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    results = [measure("checkout", [sys.executable, str(REPO / "main.py")], args.runs)]
    if args.installed:
        results.append(measure("installed", [args.installed], args.runs))
    return 0 if all(r["median_s"] <= 2.0 for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
