"""A SIGKILLed FHIR export leaves no worker running and no patient data behind (issue 25 §5: its
two workers and the resource tracker ran on for 36 minutes; `.partial` files stayed)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import psutil
import pytest

from triage.demo import DEMO_PASSWORD, seed
from triage.export.fhir import PARALLEL_MIN_CASES
from triage.store import CaseStore

REPO = Path(__file__).resolve().parents[2]

CHILD = textwrap.dedent("""
    import sys
    from pathlib import Path
    from triage.export import export_cases
    from triage.store import CaseStore
    store = CaseStore(Path(sys.argv[1]))
    admin = store.accounts.login("admin", sys.argv[3])
    print("exporting", flush=True)
    export_cases(store, admin, "fhir", Path(sys.argv[2]),
                 progress=lambda f, m: print("progress", f, flush=True))
""")


@pytest.mark.slow
def test_a_killed_fhir_export_leaves_no_workers_and_the_next_export_removes_its_partial(tmp_path):
    data = tmp_path / "desk"
    with CaseStore(data) as store:
        seed(store, PARALLEL_MIN_CASES + 500)
    out = tmp_path / "out" / "cases.ndjson"
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    proc = subprocess.Popen([sys.executable, "-c", CHILD, str(data), str(out), DEMO_PASSWORD],
                            stdout=subprocess.PIPE, text=True, env=env, start_new_session=True)
    parent = psutil.Process(proc.pid)
    workers: list[psutil.Process] = []
    deadline = time.monotonic() + 240
    for line in proc.stdout:  # wait until the pool is up and writing
        workers = [c for c in parent.children(recursive=True)]
        if line.startswith("progress") and len(workers) >= 2 and float(line.split()[1]) > 0:
            break
        assert time.monotonic() < deadline, "the export never started its workers"
    partial = out.with_name(f".{out.name}.partial")
    assert partial.exists()
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=10)
    gone, alive = psutil.wait_procs(workers, timeout=10)
    assert alive == [], f"workers outlived the killed export: {[p.pid for p in alive]}"
    assert partial.exists()  # nothing ran at the kill: the next export must clean up
    with CaseStore(data) as store:
        admin = store.accounts.login("admin", DEMO_PASSWORD)
        from triage.export import export_cases

        export_cases(store, admin, "csv", tmp_path / "other.csv")
    assert not partial.exists(), "the killed export's partial file (patient data) was left behind"
    assert not any((data / "exports-in-progress").iterdir())
