"""`python -m bench` (`make bench`): run every benchmark in turn; each prints its own figures.

Run one alone with `python -m bench.bench_store` (…_engine, _image, _export, _ui, _outage: the GUI
stall under a silent clinic server; it starts its own PostgreSQL) and its options.
"""

from __future__ import annotations

import importlib
import os
import sys

BENCHMARKS = ("bench_store", "bench_engine", "bench_image", "bench_export", "bench_ui", "bench_narrative",
              "bench_outage", "bench_startup", "bench_mci_board", "bench_mci_drill",
              "bench_external_ktas", "bench_floors",
              "bench_calibration_ktas")


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    failed = 0
    for name in BENCHMARKS:
        print(f"\n=== {name} ===", flush=True)
        module = importlib.import_module(f"bench.{name}")
        failed += bool(module.main([]))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
