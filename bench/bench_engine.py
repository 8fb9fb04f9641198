"""Engine speed (load, latency, memory, throughput): the measuring code is
``triage.engine.speed`` so that ``python main.py bench engine`` works from an installed package.

Run: ``python -m bench.bench_engine`` (same as ``python main.py bench engine --json``).
"""

from __future__ import annotations

import json

from triage.engine.speed import run

if __name__ == "__main__":
    print(json.dumps(run()))
