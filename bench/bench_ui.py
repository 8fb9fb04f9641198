"""Worklist at scale: open, scroll end to end, and the longest GUI-thread stall, offscreen.

Run: ``QT_QPA_PLATFORM=offscreen python -m bench.bench_ui [--cases 10000]``. Seeds a temporary
demo installation (never your data), opens the clinician's worklist and drives it as a user would:
page-down steps until the last case is on screen, then a save from another desk (a second
connection) that the worklist picks up by polling. A 5 ms heartbeat timer measures the longest gap
in the GUI event loop during each phase: that gap is what a user feels as a freeze.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QElapsedTimer, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from triage.demo import DEMO_PASSWORD, demo_cases, seed, template_suggestion  # noqa: E402
from triage.store import CaseStore  # noqa: E402
from ui.context import AppContext  # noqa: E402
from ui.worklist import WorklistView  # noqa: E402


class Heartbeat:
    """A 5 ms timer; the longest interval between its ticks is the longest GUI stall."""

    def __init__(self, interval_ms: int = 5):
        self.timer = QTimer(interval=interval_ms)
        self.timer.timeout.connect(self._tick)
        self.clock = QElapsedTimer()
        self.longest_ms = 0.0
        self.last = 0

    def start(self) -> None:
        self.longest_ms = 0.0
        self.clock.start()
        self.last = self.clock.nsecsElapsed()
        self.timer.start()

    def _tick(self) -> None:
        now = self.clock.nsecsElapsed()
        self.longest_ms = max(self.longest_ms, (now - self.last) / 1e6)
        self.last = now

    def stop(self) -> float:
        self._tick()
        self.timer.stop()
        return self.longest_ms


def pump(app: QApplication, ms: int) -> None:
    """Run the event loop for ``ms`` milliseconds (timers fire, paints happen)."""
    end = time.perf_counter() + ms / 1000
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.001)


def run(n_cases: int) -> dict[str, float]:
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = Path(tmp)
        t = time.perf_counter()
        with CaseStore(data_dir) as store:
            seed(store, n_cases)
        seed_s = time.perf_counter() - t
        store = CaseStore(data_dir)
        clinician = store.accounts.login("clinician", DEMO_PASSWORD)
        nurse = store.accounts.login("nurse", DEMO_PASSWORD)
        ctx = AppContext(store=store, data_dir=data_dir, user=clinician)
        beat = Heartbeat()

        beat.start()
        t = time.perf_counter()
        view = WorklistView(ctx)
        view.resize(1400, 900)
        view.show()
        app.processEvents()
        view.grab()  # force a full paint of the first screen
        open_ms = (time.perf_counter() - t) * 1000
        pump(app, 50)
        open_stall = beat.stop()

        scrollbar = view.table.verticalScrollBar()
        steps: list[float] = []
        beat.start()
        t = time.perf_counter()
        while True:
            s = time.perf_counter()
            scrollbar.setValue(scrollbar.value() + scrollbar.pageStep())
            app.processEvents()  # delivers the paint of the newly exposed rows and any fetchMore
            steps.append((time.perf_counter() - s) * 1000)
            at_end = scrollbar.value() >= scrollbar.maximum()
            if at_end and not view.model.canFetchMore():
                break
        scroll_s = time.perf_counter() - t
        scroll_stall = beat.stop()
        loaded = view.model.rowCount()

        other = CaseStore(data_dir)  # another desk
        intake = demo_cases(1, seed=7, start_index=10_000_000)[0]
        beat.start()
        other.create_case(nurse, intake, template_suggestion(2))
        other.close()
        t = time.perf_counter()
        before = view.model.total
        while view.model.total == before:
            pump(app, 10)
        pickup_ms = (time.perf_counter() - t) * 1000
        refresh_stall = beat.stop()

        beat.start()
        pump(app, 6_000)  # a tick of the waiting column on 10,000 loaded rows, polls
        idle_stall = beat.stop()
        view.close()
        image = image_phase(app, ctx, nurse, beat)
        store.close()
        return {"cases": n_cases, "seed_s": seed_s, "open_ms": open_ms, "open_stall_ms": open_stall,
                "scroll_s": scroll_s, "scroll_steps": len(steps),
                "scroll_step_p50_ms": statistics.median(steps), "scroll_step_max_ms": max(steps),
                "scroll_stall_ms": scroll_stall, "rows_loaded": loaded,
                "other_desk_pickup_ms": pickup_ms, "refresh_stall_ms": refresh_stall,
                "idle_stall_ms": idle_stall, **image}


def image_phase(app: QApplication, ctx: AppContext, nurse, beat: Heartbeat) -> dict[str, float]:
    """Open a case with the 1955×1841 JPEG 2000 chest CR: decode in a worker, window on the GUI
    thread, then change the window preset (one windowing pass on the GUI thread)."""
    from pydicom.data import get_testdata_file

    from triage.records import NewAttachment, WorklistQuery
    from ui.case.view import CaseView

    data = Path(get_testdata_file("RG1_J2KI.dcm")).read_bytes()
    case_id = ctx.store.worklist(ctx.user, WorklistQuery(limit=1))[0].case_id
    ctx.store.add_attachments(nurse, case_id, [NewAttachment(data=data, original_name="RG1_J2KI.dcm",
                                                             kind="dicom", modality="CR")])
    view = CaseView(ctx)
    view.resize(1400, 860)
    view.show()
    app.processEvents()
    done: list[float] = []
    view.viewer.loaded.connect(lambda: done.append(time.perf_counter()))
    beat.start()
    t = time.perf_counter()
    view.show_case(case_id)
    while not done:
        pump(app, 5)
    load_ms = (done[0] - t) * 1000
    pump(app, 50)
    load_stall = beat.stop()
    beat.start()
    t = time.perf_counter()
    view.viewer.choose_preset("Bone")
    window_ms = (time.perf_counter() - t) * 1000
    pump(app, 50)
    window_stall = beat.stop()
    decisions = decision_phase(app, ctx, view, case_id, beat)
    view.close()
    return {"image_load_ms": load_ms, "image_load_stall_ms": load_stall,
            "window_change_ms": window_ms, "window_change_stall_ms": window_stall, **decisions}


def until_written(app: QApplication, view, task) -> float:
    """Milliseconds from now until the view's write ``task`` has ended (saved or refused)."""
    t = time.perf_counter()
    while task is not None and view.write_task is task:
        pump(app, 2)
    return (time.perf_counter() - t) * 1000


def decision_phase(app: QApplication, ctx: AppContext, view, case_id: int,
                   beat: Heartbeat) -> dict[str, float]:
    """Every decision goes through CaseWrites in a worker: starting the review (first touch of a
    decision control), a re-triage with no engine loaded (rules alone, never a model loaded in the
    GUI process), an accept, and an override refused because another desk decided meanwhile."""
    from triage.records import Decision

    view.resize(1280, 720)
    pump(app, 20)
    beat.start()
    start_ms = until_written(app, view, view.start_deciding())
    view.retriage_edits["heart_rate"].setText("131")
    retriage_ms = until_written(app, view, view.retriage())
    accept_ms = until_written(app, view, view.accept())
    stall = beat.stop()
    view.start_deciding()
    until_written(app, view, view.write_task)
    view.override_level.setCurrentIndex(view.override_level.findData(2))
    view.override_reason.setText("worse on re-check")
    other = CaseStore(ctx.data_dir)  # another desk decides while this one types
    other.review(ctx.user, case_id, Decision.OVERRIDE, 1, "seen at the other desk")
    other.close()
    refused_ms = until_written(app, view, view.override())
    return {"start_review_ms": start_ms, "retriage_rules_ms": retriage_ms, "accept_ms": accept_ms,
            "decision_stall_ms": stall, "conflict_refused_ms": refused_ms,
            "conflict_said": float("changed since" in view.message_label.text())}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=10_000)
    args = parser.parse_args(argv)
    r = run(args.cases)
    print(f"worklist benchmark, {r['cases']:,} open cases "
          f"({datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC, seeded in {r['seed_s']:.1f} s)")
    print(f"  open (construct, first page, first paint) {r['open_ms']:8.1f} ms")
    print(f"  scroll end to end: {r['scroll_steps']} page-downs, {r['scroll_s']:.2f} s, "
          f"{r['rows_loaded']:,} rows loaded")
    print(f"    per page-down p50 {r['scroll_step_p50_ms']:.1f} ms, "
          f"max {r['scroll_step_max_ms']:.1f} ms")
    print(f"  another desk's save shown after {r['other_desk_pickup_ms']:.0f} ms (poll every 2 s)")
    print("  longest GUI-thread stall (5 ms heartbeat):")
    print(f"    opening {r['open_stall_ms']:.1f} ms · scrolling {r['scroll_stall_ms']:.1f} ms · "
          f"refresh after another desk's save {r['refresh_stall_ms']:.1f} ms · "
          f"idle with ticking/polling {r['idle_stall_ms']:.1f} ms")
    print(f"  case view, 1955×1841 JPEG 2000 chest CR: shown after {r['image_load_ms']:.0f} ms "
          f"(decoded in the reader process, first use starts it), "
          f"longest stall {r['image_load_stall_ms']:.1f} ms; "
          f"window preset change {r['window_change_ms']:.0f} ms "
          f"(stall {r['window_change_stall_ms']:.1f} ms)")
    print(f"  case view at 1280×720, writes in a worker: start review {r['start_review_ms']:.0f} ms, "
          f"re-triage on rules alone (no engine loaded) {r['retriage_rules_ms']:.0f} ms, "
          f"accept {r['accept_ms']:.0f} ms, longest stall {r['decision_stall_ms']:.1f} ms; "
          f"a stale override refused in {r['conflict_refused_ms']:.0f} ms "
          f"({'who changed what shown' if r['conflict_said'] else 'NO conflict message'})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
