"""The longest GUI stall of a desk whose clinic server goes silent (packets dropped, nothing closed).

Run: ``python -m bench.bench_outage [--silent-s 10] [--poll-ms 200]``. It starts a throw-away
PostgreSQL server (the test suite's ``tests/pg_server.py``) behind the silenceable TCP proxy
(``tests/net_proxy.py``), opens a nurse's main window (intake + worklist, the worklist's version
poll every ``--poll-ms``) and a case view on an existing case (its 2 s poll) offscreen, then
silences the proxy for ``--silent-s`` seconds while a keystroke goes into the intake every 50 ms
and Save is pressed half-way. A 10 ms GUI-thread timer records the largest gap between its ticks:
the longest time the desk could not react to the nurse. It prints that gap, how long the outage
banner took to appear, and how long after the network came back the pending save landed (and
that it landed once).
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--silent-s", type=float, default=10.0)
    parser.add_argument("--poll-ms", type=int, default=200)
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(REPO / "tests"))
    import psycopg
    from helpers_store import PASSWORD, build_pg_template, intake, suggestion
    from net_proxy import NetProxy
    from pg_server import start_server, stop_server
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from triage.store import CaseStore
    from ui.case.view import CaseView
    from ui.context import AppContext
    from ui.main_window import INTAKE, MainWindow

    app = QApplication.instance() or QApplication([])

    def run_for(seconds: float, step=None) -> None:
        end = time.perf_counter() + seconds
        next_step = time.perf_counter()
        while time.perf_counter() < end:
            if step is not None and time.perf_counter() >= next_step:
                step()
                next_step += 0.05
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
            time.sleep(0.001)

    def count_cases(url: str) -> int:
        with psycopg.connect(url, connect_timeout=10) as conn:
            return conn.execute("SELECT count(*) FROM cases").fetchone()[0]

    server = start_server()
    try:
        with tempfile.TemporaryDirectory(prefix="triage-bench-outage-") as tmp:
            url = server.new_database(build_pg_template(server.new_database(), Path(tmp) / "t"))
            port = int(re.search(r":(\d+)/", url).group(1))
            proxy = NetProxy("127.0.0.1", port)
            store = CaseStore(url.replace(f":{port}/", f":{proxy.port}/"), cache_dir=Path(tmp) / "a")
            nurse = store.accounts.login("nurse", PASSWORD)
            shown = store.create_case(nurse, intake("abdominal pain", mrn="B-0"), suggestion(3))
            ctx = AppContext(store=store, data_dir=Path(tmp) / "a", user=nurse)
            window = MainWindow(ctx)
            window.show()
            form = window.show_area(INTAKE)
            window.screen("Worklist").poll_timer.setInterval(args.poll_ms)
            case_view = CaseView(ctx)
            case_view.show()
            case_view.show_case(shown)
            run_for(2.0)
            for name, value in (("name", "Bench Outage"), ("mrn", "B-1"), ("age_years", "67")):
                form.set_value(name, value)
            complaint = form.fields["complaint"]
            complaint.setFocus()
            before = count_cases(url)

            gaps: list[float] = []
            last = [time.perf_counter()]

            def beat() -> None:
                now = time.perf_counter()
                gaps.append(now - last[0])
                last[0] = now

            heartbeat = QTimer(interval=10)
            heartbeat.timeout.connect(beat)
            last[0] = time.perf_counter()
            heartbeat.start()
            proxy.silence()
            silent_from = time.perf_counter()
            banner_at: list[float] = []
            window.server_link.changed.connect(
                lambda down: down and not banner_at and banner_at.append(time.perf_counter()))
            keys = iter("short of breath since this morning, worse on exertion, no fever " * 20)
            run_for(args.silent_s / 2, lambda: QTest.keyClicks(complaint, next(keys)))
            form.save()
            run_for(args.silent_s / 2, lambda: QTest.keyClicks(complaint, next(keys)))
            heartbeat.stop()
            saved_at: list[float] = []
            form.saved.connect(lambda _id: saved_at.append(time.perf_counter()))
            proxy.resume()
            resumed = time.perf_counter()
            deadline = resumed + 30
            while not saved_at and time.perf_counter() < deadline:
                app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
            run_for(1.0)
            after = count_cases(url)
            window.close_without_asking()
            case_view.close()
            window.server_link.stop()
            proxy.stop()
            store.close()
    finally:
        stop_server(server)
    worst = max(gaps) * 1000
    banner = f"{(banner_at[0] - silent_from) * 1000:.0f} ms" if banner_at else "never"
    landed = (f"{(saved_at[0] - resumed) * 1000:.0f} ms after the network returned"
              if saved_at else "not within 30 s")
    print(f"silent server for {args.silent_s:.0f} s: longest GUI-thread stall {worst:.0f} ms "
          f"({len(gaps)} heartbeats of 10 ms), banner after {banner}; pending save landed "
          f"{landed}; cases +{after - before} (expected +1)")
    print(f"load average during the run: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    return 0 if saved_at and after - before == 1 else 1


if __name__ == "__main__":
    sys.exit(main())
