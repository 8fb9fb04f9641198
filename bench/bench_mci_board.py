"""The incident board with 200 patients: what a refresh costs the GUI thread, offscreen.

Run: ``QT_QPA_PLATFORM=offscreen python -m bench.bench_mci_board [--tags 200] [--refreshes 20]``.
Declares an incident in a temporary installation (a real SQLite file, never your data), tags
``--tags`` patients through the store as a nurse would (every tenth one re-tagged from yellow to
red, every tenth moved to a hospital), then opens the board shown on screen and refreshes it ``--refreshes`` times.
For each refresh it prints what the GUI thread spent swapping the four colour lists
(``IncidentBoard.last_show_s``), the store read that ran in the worker meanwhile, and the longest
gap of a 5 ms heartbeat timer over the whole refresh (what a user would feel as a freeze).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from bench.bench_ui import Heartbeat, pump  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
ANSWERS = ({"walking": False, "breathing": True, "resp_rate": 36},
           {"walking": False, "breathing": True, "resp_rate": 20, "radial_pulse": True,
            "obeys_commands": True},
           {"walking": True}, {"walking": True},
           {"walking": False, "breathing": False, "breathing_after_airway": False})


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--tags", type=int, default=200)
    parser.add_argument("--refreshes", type=int, default=20)
    args = parser.parse_args(argv)
    sys.path.insert(0, str(REPO / "tests"))
    from helpers_store import build_template, install

    from ui.context import AppContext
    from ui.mci.board import IncidentBoard, read_incident_board

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory(prefix="triage-bench-mci-") as tmp:
        (Path(tmp) / "template").mkdir()
        (Path(tmp) / "desk").mkdir()
        store, staff = install(build_template(Path(tmp) / "template"), Path(tmp) / "desk")
        incident = store.declare_incident(staff.clinician, "Bench: train derailment", "Platform 2")
        t0 = time.perf_counter()
        for n in range(args.tags):
            tag = store.tag_patient(staff.nurse, incident.id, ANSWERS[n % len(ANSWERS)],
                                    sex="FM"[n % 2], age_years=18 + n % 70, area=f"Bay {n % 12}")
            if n % 10 == 1:  # a yellow turns red
                store.retag_patient(staff.nurse, incident.id, tag.tag_number, ANSWERS[0])
            if n % 10 == 9:
                store.move_tag(staff.nurse, incident.id, tag.tag_number, f"hospital: General {n % 3}")
        print(f"tagged {args.tags} patients ({(args.tags + 8) // 10} re-tags, {args.tags // 10} moves) in "
              f"{time.perf_counter() - t0:.1f} s on SQLite")

        t0 = time.perf_counter()
        data = read_incident_board(store, staff.nurse, incident.id)
        print(f"store read of the board (worker side): {1000 * (time.perf_counter() - t0):.1f} ms, "
              f"{len(data.tags)} tags, counts {data.counts}")

        board = IncidentBoard(AppContext(store=store, data_dir=Path(tmp) / "desk", user=staff.nurse),
                              incident, refresh_ms=3_600_000)  # refreshes driven by the bench
        board.resize(1200, 900)
        board.show()
        pump(app, 300)
        board.select(data.tags[0].tag_number)
        gui_ms, wall_ms, stall_ms = [], [], []
        beat = Heartbeat()
        for _ in range(args.refreshes):
            done = []
            board.refreshed.connect(lambda: done.append(True))
            beat.start()
            t0 = time.perf_counter()
            board.refresh()
            while not done:
                app.processEvents()
            wall_ms.append(1000 * (time.perf_counter() - t0))
            pump(app, 20)  # the repaint after the swap is part of what the user waits for
            stall_ms.append(beat.stop())
            gui_ms.append(1000 * board.last_show_s)
            board.refreshed.disconnect()
        board.stop()
        store.close()

    def line(name: str, values: list[float]) -> str:
        return (f"{name}: median {statistics.median(values):.1f} ms, max {max(values):.1f} ms")

    print(f"{args.refreshes} refreshes of the board with {args.tags} patients shown:")
    print("  " + line("GUI-thread time of a refresh (four model resets, counts, titles)", gui_ms))
    print("  " + line("refresh asked → shown (worker read + GUI swap)", wall_ms))
    print("  " + line("longest GUI heartbeat gap during a refresh", stall_ms))
    return 0


if __name__ == "__main__":
    sys.exit(main())
