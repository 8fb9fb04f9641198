"""The mass-casualty drill of issue 19 §5, end to end under the real main window, offscreen.

Run: ``QT_QPA_PLATFORM=offscreen python -m bench.bench_mci_drill [--patients 30]``.

A temporary installation (a real SQLite file, never your data) is opened by two desks (two main
windows, each with its own store connection, as two computers on one shared file would be): a
clinician declares the incident from the Incident menu's code path, then a nurse at desk A and a
clinician at desk B tag ``--patients`` patients in turn by typing the keys a nurse would type into
the tag form (START for adults, JumpSTART when the age typed first is under 8). For each patient
it records the keys typed and the software's time from the first key to the tag stored (what the
desk adds to the nurse's own time); then it re-tags two patients, writes the tags PDF and the
incident report (PDF and CSV), ends the incident and runs ``audit verify``.

The nurse's own time is the keys: one per answer (Y / N, A V P U, the respiratory rate's digits)
plus Enter; the bench prints the key count per patient beside the software time so the ≤ 10 s
per patient budget can be judged at a realistic typing pace (it assumes none).
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

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from bench.bench_ui import pump  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
# (age typed first or "", answer keys, expected category): every branch the drill meets in a bus
# crash, adults and children.
PATIENTS = (
    ("", "Y", "minor"),                       # walks
    ("", "NY36\r", "immediate"),              # RR 36 > 30
    ("", "NY20\rYY", "delayed"),              # RR ≤ 30, radial pulse, obeys
    ("", "NY20\rN", "immediate"),             # no radial pulse
    ("", "NY20\rYN", "immediate"),            # does not obey commands
    ("", "NNN", "expectant"),                 # not breathing after airway
    ("", "NNY", "immediate"),                 # breathes after airway
    ("5", "NY50\r", "immediate"),             # child: RR 50 > 45
    ("6", "NY30\rYA", "delayed"),             # child: RR ok, pulse, alert
    ("4", "Y", "minor"),                      # child walks
)


def type_patient(form, age: str, keys: str) -> int:
    """Type one patient's keys into ``form``; the number of keys typed (Enter included)."""
    count = 0
    if age:
        QTest.keyClicks(form.age, age)
        count += len(age)
    form.answer.setFocus()
    for ch in keys:
        if ch == "\r":
            QTest.keyClick(form.answer, Qt.Key.Key_Return)
        else:
            QTest.keyClicks(form.answer, ch)
        count += 1
    return count


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--patients", type=int, default=30)
    args = parser.parse_args(argv)
    sys.path.insert(0, str(REPO / "tests"))
    from helpers_store import build_template, install

    from triage.export.mci_report import write_incident_file
    from triage.store import CaseStore
    from ui.context import AppContext
    from ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    failures = 0
    with tempfile.TemporaryDirectory(prefix="triage-bench-drill-") as tmp:
        (Path(tmp) / "template").mkdir()
        desk_dir = Path(tmp) / "desk"
        desk_dir.mkdir()
        store_a, staff = install(build_template(Path(tmp) / "template"), desk_dir)
        store_b = CaseStore(desk_dir)  # the second desk: its own connection to the same file
        incident = store_a.declare_incident(staff.clinician, "Drill: bus crash", "Ambulance bay")
        windows = []
        for store, user in ((store_a, staff.nurse), (store_b, staff.clinician)):
            window = MainWindow(AppContext(store=store, data_dir=desk_dir, user=user))
            window.resize(1280, 720)
            window.show()
            windows.append(window)
        deadline = time.perf_counter() + 15
        while not all("MCI" in w.screens for w in windows) and time.perf_counter() < deadline:
            pump(app, 50)
        forms = [w.screens["MCI"].form for w in windows]
        for window in windows:
            window.tabs.setCurrentWidget(window.screens["MCI"])

        soft_s, keys_n = [], []
        for n in range(args.patients):
            age, keys, expected = PATIENTS[n % len(PATIENTS)]
            form = forms[n % 2]
            saved = []
            form.saved.connect(saved.append)
            t0 = time.perf_counter()
            typed = type_patient(form, age, keys)
            category = form.result.category if form.result is not None else None
            QTest.keyClick(form.answer, Qt.Key.Key_Return)  # save
            typed += 1
            while not saved and time.perf_counter() - t0 < 10:
                app.processEvents()
                time.sleep(0.001)
            soft_s.append(time.perf_counter() - t0)
            keys_n.append(typed)
            form.saved.disconnect(saved.append)
            if not saved or category != expected:
                failures += 1
                print(f"patient {n + 1}: expected {expected}, got {category} (saved: {bool(saved)})")

        tags = store_a.incident_tags(staff.nurse, incident.id)
        for tag in tags[:2]:  # two patients get worse: re-tagged immediate
            store_b.retag_patient(staff.clinician, incident.id, tag.tag_number,
                                  {"walking": False, "breathing": True, "resp_rate": 40})
        t0 = time.perf_counter()
        out = Path(tmp) / "out"
        out.mkdir()
        for kind, name in (("tags_pdf", "tags.pdf"), ("report_pdf", "report.pdf"), ("csv", "tags.csv")):
            write_incident_file(store_a, staff.clinician, incident.id, kind, out / name)
        files_s = time.perf_counter() - t0
        store_a.end_incident(staff.clinician, incident.id)
        result = store_a.verify_audit()
        counts = store_a.incident_counts(staff.nurse, incident.id)
        for window in windows:
            window.close_without_asking()
        store_b.close()
        store_a.close()

        print(f"{args.patients} patients tagged at two desks ({len(tags)} stored), counts {counts}")
        print(f"keys a nurse types per patient: median {statistics.median(keys_n):.0f}, "
              f"max {max(keys_n)} (one per answer, digits of the RR, Enter to save)")
        print(f"software time per patient (first key -> tag stored): median "
              f"{1000 * statistics.median(soft_s):.0f} ms, max {1000 * max(soft_s):.0f} ms")
        print(f"at one key a second the slowest patient takes {max(keys_n) + max(soft_s):.1f} s "
              f"(budget 10 s)")
        print(f"2 re-tags; tags PDF, report PDF and CSV written in {files_s:.2f} s "
              f"({', '.join(f'{p.name} {p.stat().st_size:,} B' for p in sorted(out.iterdir()))})")
        print(f"incident ended; audit verify: {'ok' if result.ok else 'FAILED ' + result.message}, "
              f"{result.rows_checked} rows")
        failures += 0 if result.ok else 1
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
