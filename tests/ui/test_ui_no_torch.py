"""The GUI process never imports torch: the models live in their own process, and a screen that
needs a suggestion before they arrive (or after that process died) uses the rules alone."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# Builds both screens on a real database, makes the intake suggest (rules only) and the case view
# re-triage with no engine loaded, then reports which heavy modules the process imported.
SCRIPT = r"""
import json, sys
from datetime import datetime, timezone
from pathlib import Path
sys.path.insert(0, str(Path(sys.argv[1]) / "tests"))
from PySide6.QtWidgets import QApplication
app = QApplication([])
from helpers_ui import create_staff
from triage.intake import Intake, Patient, Sex, Vitals
from triage.store import CaseStore
from triage.engine.fallback import rules_only
from ui.case.view import CaseView
from ui.context import AppContext
from ui.intake.form import IntakeForm

store = CaseStore(Path(sys.argv[2]))
_, _, nurse, doctor = create_staff(store, "correct horse battery")
intake = Intake(patient=Patient(name="A", age_years=50, sex=Sex.FEMALE), complaint="chest pain",
                vitals=Vitals(heart_rate=110, spo2=93), arrival_time=datetime.now(timezone.utc))
case_id = store.create_case(nurse, intake, rules_only(intake))
form = IntakeForm(AppContext(store=store, data_dir=store.data_dir, user=nurse))
got = []
form.suggestion_ready.connect(got.append)
form.set_value("complaint", "short of breath")
form.set_value("age_years", "70")
form.set_value("spo2", "85")
view = CaseView(AppContext(store=store, data_dir=store.data_dir, user=nurse))
view.show_case(case_id)
view.retriage_edits["heart_rate"].setText("130")
task = view.retriage()
deadline = __import__("time").monotonic() + 30
while (not got or view.write_task is not None) and __import__("time").monotonic() < deadline:
    app.processEvents()
detail = store.case_detail(nurse, case_id)
print(json.dumps({"suggested": [s.level if s else None for s in got],
                  "retriaged": len(detail.vitals) == 2 and task is not None,
                  "heavy": sorted(m for m in ("torch", "transformers", "torchvision", "sklearn")
                                  if m in sys.modules)}))
store.close()
"""


def test_building_and_using_both_screens_imports_no_torch(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", SCRIPT, str(ROOT), str(tmp_path / "data")],
                         cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-3000:]
    report = json.loads(out.stdout.strip().splitlines()[-1])
    assert report["suggested"] and report["suggested"][-1] is not None  # the rules answered
    assert report["retriaged"]  # with no engine loaded: rules, not a model loaded here
    assert report["heavy"] == []
