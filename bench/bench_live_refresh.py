"""Live refresh latency on a clinic server: a case saved at desk B → its row at desk A.

Run: ``python -m bench.bench_live_refresh [--saves 30] [--poll-only]``. It starts a throw-away
PostgreSQL server (the test suite's ``tests/pg_server.py``), opens desk A's ``WorklistView``
offscreen in this process and desk B as a second process (a real second desk: its own
connections), which saves one case each time it is told and prints the wall-clock time its commit
returned. Desk A notes the wall-clock time its worklist shows one more case; the difference is the
latency a clinician sees. ``--poll-only`` switches desk A's notifier off and polls every
``POLL_MS`` as before LISTEN/NOTIFY reached the GUI, for the figure beside it.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DESK_B = textwrap.dedent(f"""
    import sys, time
    sys.path.insert(0, {str(REPO)!r}); sys.path.insert(0, {str(REPO / 'tests')!r})
    from helpers_store import PASSWORD, intake, suggestion
    from triage.store import CaseStore
    with CaseStore(sys.argv[1], cache_dir=sys.argv[2]) as store:
        nurse = store.accounts.login("nurse", PASSWORD)
        print("ready", flush=True)
        for n, _line in enumerate(sys.stdin):
            store.create_case(nurse, intake(f"bench case {{n}}", mrn=f"B-{{n}}"), suggestion(2))
            print(time.time(), flush=True)
""")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--saves", type=int, default=30)
    parser.add_argument("--poll-only", action="store_true")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(REPO / "tests"))
    from helpers_store import PASSWORD, build_pg_template
    from pg_server import start_server, stop_server
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from triage.store import CaseStore
    from ui.context import AppContext
    from ui.worklist import POLL_MS, WorklistView

    app = QApplication.instance() or QApplication([])
    server = start_server()
    try:
        with tempfile.TemporaryDirectory(prefix="triage-bench-live-") as tmp:
            url = server.new_database(build_pg_template(server.new_database(), Path(tmp) / "t"))
            store = CaseStore(url, cache_dir=Path(tmp) / "a")
            view = WorklistView(AppContext(store=store, data_dir=Path(tmp) / "a",
                                           user=store.accounts.login("clinician", PASSWORD)))
            if args.poll_only:
                view.change_notifier.setEnabled(False)
                view.poll_timer.setInterval(POLL_MS)
            shown_at: list[float] = []
            view.refreshed.connect(lambda: shown_at.append(time.time()))
            desk_b = subprocess.Popen([sys.executable, "-c", DESK_B, url, str(Path(tmp) / "b")],
                                      stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
            assert desk_b.stdout.readline().strip() == "ready"
            latencies = []
            for n in range(1, args.saves + 1):
                deadline = QTimer(singleShot=True, interval=10_000)
                deadline.start()
                desk_b.stdin.write("save\n")
                desk_b.stdin.flush()
                while view.model.total < n and deadline.isActive():
                    app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
                if view.model.total < n:
                    raise SystemExit(f"save {n} never reached desk A within 10 s")
                committed = float(desk_b.stdout.readline())
                latencies.append(shown_at[-1] - committed)
                time.sleep(random.uniform(0.1, 1.0))  # desks save apart, at no fixed phase
            desk_b.stdin.close()
            desk_b.wait(30)
            store.close()
    finally:
        stop_server(server)
    ms = sorted(x * 1000 for x in latencies)
    mode = f"poll every {POLL_MS} ms" if args.poll_only else "LISTEN/NOTIFY push"
    print(f"save at desk B -> row at desk A ({mode}), {len(ms)} saves: "
          f"p50 {statistics.median(ms):.0f} ms, p95 {ms[int(0.95 * (len(ms) - 1))]:.0f} ms, "
          f"max {ms[-1]:.0f} ms")
    print(f"load average during the run: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    return 0


if __name__ == "__main__":
    sys.exit(main())
