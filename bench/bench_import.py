"""Import speed, all or nothing (issue 11.6): a CSV of N new cases, then the same file again.

The second pass saves every case in one transaction, so the write lock is held for about the
time of "pass 2" printed here; other desks' saves wait that long (their busy timeout is 10 s).
A repeated import checks each case against the store (same patient, arrival and complaint).

    .venv/bin/python bench/bench_import.py [--cases 2000 10000]
"""

from __future__ import annotations

import argparse
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


def run(n: int) -> None:
    from triage.export.importer import import_cases
    from triage.store import CaseStore

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        path = folder / "cases.csv"
        write_csv(path, n)
        with CaseStore(folder / "data") as store:
            admin = store.accounts.create_first_admin("admin", "Admin", "correct horse battery")
            marks: list[float] = []

            def progress(fraction: float, message: str) -> None:
                if not marks and fraction > 0:
                    marks.append(time.perf_counter())  # first case handed to the store

            t0 = time.perf_counter()
            first = import_cases(store, admin, path, progress)
            t1 = time.perf_counter()
            again = import_cases(store, admin, path)
            t2 = time.perf_counter()
        assert first.count == n and again.count == 0 and len(again.duplicates) == n
        print(f"{n:,} cases: import {t1 - t0:.2f} s ({n / (t1 - t0):,.0f} cases/s; pass 2, one "
              f"transaction ≈ {t1 - marks[0]:.2f} s); same file again {t2 - t1:.2f} s, "
              f"{n:,} duplicates, nothing written")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, nargs="+", default=[2000, 10000])
    args = parser.parse_args(argv)
    for n in args.cases:
        run(n)
    return 0


if __name__ == "__main__":
    sys.exit(main())
