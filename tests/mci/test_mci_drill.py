"""A drill from the command line: declare, tag 30 patients from two nurses, re-tag two, print the
tags and the report, end the incident; the audit chain verifies throughout."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from helpers_store import PASSWORD, install, template_db  # noqa: F401

from triage.store import CaseStore

ROOT = Path(__file__).resolve().parents[2]
ANSWERS = [
    {"walking": True},
    {"walking": False, "breathing": True, "resp_rate": 34},
    {"walking": False, "breathing": True, "resp_rate": 18, "radial_pulse": True, "obeys_commands": True},
    {"walking": False, "breathing": False, "breathing_after_airway": False},
    {"age_years": 6, "walking": False, "breathing": True, "resp_rate": 12},
]


def cli(data_dir: Path, *args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, TRIAGE_PASSWORD=PASSWORD, PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, str(ROOT / "main.py"), "--data-dir", str(data_dir), "mci", *args],
                          capture_output=True, text=True, timeout=120, env=env, cwd=ROOT)


def test_drill_end_to_end(template_db, data_dir, tmp_path):
    store, staff = install(template_db, data_dir)
    store.close()
    done = cli(data_dir, "declare", "Drill: bus crash", "--place", "Bay 3", "--user", "clinician")
    assert done.returncode == 0, done.stderr
    with CaseStore(data_dir) as store:
        nurse = store.accounts.login("nurse", PASSWORD)
        nurse2 = store.accounts.login("nurse2", PASSWORD)
        incident = store.open_incident()
        for i in range(30):
            store.tag_patient(nurse if i % 2 else nurse2, incident.id, ANSWERS[i % len(ANSWERS)])
        store.retag_patient(nurse, incident.id, "0003", ANSWERS[1])  # a yellow turns red
        store.retag_patient(nurse2, incident.id, "0008", ANSWERS[1])
    board = cli(data_dir, "board", "--json", "--user", "nurse")
    assert board.returncode == 0, board.stderr
    data = json.loads(board.stdout)
    assert sum(data["counts"].values()) == 30
    assert data["counts"] == {"red": 6 + 6 + 2, "yellow": 6 - 2, "green": 6, "black": 6}
    assert data["tags"][0]["colour"] == "red"
    out = tmp_path / "reports"
    rep = cli(data_dir, "report", str(out), "--user", "clinician", "--deidentify")
    assert rep.returncode == 0, rep.stderr
    tags_pdf = (out / f"incident-{incident.id}-tags.pdf").read_bytes()
    assert tags_pdf.startswith(b"%PDF") and tags_pdf.count(b"/Type /Page\n") + tags_pdf.count(b"/Type /Page ") >= 30 or b"/Count 30" in tags_pdf
    assert (out / f"incident-{incident.id}-report.pdf").read_bytes().startswith(b"%PDF")
    csv_text = (out / f"incident-{incident.id}-tags.csv").read_text()
    assert len(csv_text.splitlines()) == 1 + 32 and "nurse2" not in csv_text  # de-identified
    bundle = json.loads((out / f"incident-{incident.id}-fhir.json").read_text())
    assert len(bundle["entry"]) == 30
    modes = {f.name: oct(f.stat().st_mode & 0o777) for f in out.iterdir()}
    assert len(modes) == 4 and set(modes.values()) == {"0o600"}, modes
    assert cli(data_dir, "end", "--user", "admin").returncode == 0
    with CaseStore(data_dir) as store:
        assert store.open_incident() is None
        assert store.verify_audit().ok
