"""Administration > Models shows the site calibration (issue 18 §3): after a real ``calibrate``
on a small synthetic file the page shows the line in force with its data and trade-off curve; a
point picked on the curve is stored as a new, audited calibration and the desk's line changes;
reset returns to the shipped default; a non-administrator can do neither."""

from __future__ import annotations

import csv
import hashlib
import json
import os
import random
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt

from triage.engine.operating_point import site_point, use_site_points
from triage.errors import PermissionDenied
from triage.records import Role
from triage.store import CaseStore
from ui.admin import AdminView
from ui.admin.calibration_panel import CalibrationPanel, pick_point
from ui.context import AppContext
from ui.widgets.tradeoff_chart import nearest_index

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "a long enough secret"
SICK = [("crushing chest pain, sweaty", 84, 126, 28, 88), ("short of breath, can't speak", 96, 118, 32, 86)]
WELL = [("sore throat", 124, 82, 16, 99), ("ankle sprain", 130, 76, 14, 99), ("rash on arm", 128, 70, 16, 98)]


def site_csv(path: Path, n: int = 600, seed: int = 4) -> Path:
    """A site's past visits in the ``evaluate csv`` format (its nurses call 1-2 a little wider)."""
    rng = random.Random(seed)
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["visit_id", "hospital", "level", "complaint", "age_years", "sbp", "heart_rate",
                    "resp_rate", "spo2", "icu_or_procedure", "died_in_ed", "admitted"])
        for i in range(n):
            sick = rng.random() < 0.25
            complaint, sbp, hr, rr, spo2 = rng.choice(SICK if sick else WELL)
            level = rng.choice((1, 2, 2)) if sick else (2 if rng.random() < 0.1 else rng.choice((3, 4, 5)))
            w.writerow([i, "A", level, complaint, rng.randint(20, 85), sbp + rng.randint(-6, 6),
                        hr + rng.randint(-6, 6), rr, spo2, int(sick and rng.random() < 0.4), 0,
                        int(sick)])
    return path


@pytest.fixture(scope="module")
def calibrated(tmp_path_factory):
    """One installation calibrated by the real CLI (copied per test: each gets a fresh file)."""
    root = tmp_path_factory.mktemp("calibrated")
    data = root / "desk"
    with CaseStore(data) as store:
        admin = store.accounts.create_first_admin("admin", "Admin", PASSWORD)
        store.accounts.create_user(admin, "nina", "Nina", PASSWORD, {Role.NURSE})
    path = site_csv(root / "site.csv")
    env = dict(os.environ, TRIAGE_PASSWORD=PASSWORD, PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, str(ROOT / "main.py"), "--data-dir", str(data), "calibrate",
                           str(path), "--scale", "ESI", "--user", "admin", "--json"],
                          capture_output=True, text=True, env=env, timeout=600)
    assert done.returncode == 0, done.stderr
    return data, hashlib.sha256(path.read_bytes()).hexdigest(), json.loads(done.stdout)


@pytest.fixture
def desk(calibrated, tmp_path):
    source, sha, fit = calibrated
    data = tmp_path / "desk"
    shutil.copytree(source, data)
    use_site_points({})
    store = CaseStore(data)
    admin = store.accounts.login("admin", PASSWORD)
    nurse = store.accounts.login("nina", PASSWORD)
    yield store, admin, nurse, sha, fit
    store.close()
    use_site_points({})


def panel_of(qtbot, store, user) -> CalibrationPanel:
    view = AdminView(AppContext(store=store, data_dir=store.data_dir, user=user))
    qtbot.addWidget(view)
    view.resize(1200, 900)
    panel = view.models_page.calibration
    panel.scale.setCurrentIndex(panel.scale.findData("ESI"))
    panel.view = view  # the page owns the panel: keep it alive for the test
    qtbot.waitUntil(lambda: panel.state is not None and panel.use_button.isEnabled(), timeout=20_000)
    return panel


def test_the_page_shows_the_calibration_in_force_its_data_and_curve(desk, qtbot):
    store, admin, _, sha, fit = desk
    panel = panel_of(qtbot, store, admin)
    current = store.calibration("ESI")
    text = panel.summary.toPlainText()
    assert f"site calibration {current.version}" in text
    assert "600 rows" in text and sha in text and "by admin" in text
    assert f"{fit['threshold']:.4f}" in text
    assert len(panel.chart.points) == len(fit["curve"]) > 5
    chosen = panel.chart.points[panel.chart.chosen]
    assert chosen["threshold"] == pytest.approx(fit["threshold"], abs=0.02)
    assert panel.points.currentIndex() == panel.chart.chosen
    assert panel.reset_button.isEnabled()
    panel.scale.setCurrentIndex(panel.scale.findData("KTAS"))  # never calibrated: the default
    assert "shipped default" in panel.summary.toPlainText() and not panel.chart.points
    assert not panel.reset_button.isEnabled()


def test_picking_another_point_stores_a_new_audited_line_the_desk_uses(desk, qtbot, models_dir):
    from triage.engine import Engine
    from triage.engine.fallback import suggest_or_rules
    from triage.intake import ArrivalMode, Intake, Patient, Sex, Vitals
    from ui.app import installation_lines

    store, admin, _, _, fit = desk
    panel = panel_of(qtbot, store, admin)
    before = store.calibration("ESI")
    assert site_point("ESI").critical_threshold == pytest.approx(before.critical_threshold)
    # click on the chart near a point with another line than the one in force
    other = next(i for i, p in enumerate(panel.chart.points)
                 if abs(p["threshold"] - before.critical_threshold) > 0.01 and p["threshold"] < 1.0)
    plot = panel.chart._plot()
    x = plot.left() + plot.width() * panel.chart.points[other]["share_1_2"] / panel.chart._x_max()
    with qtbot.waitSignal(panel.chart.point_picked, timeout=5_000):
        qtbot.mouseClick(panel.chart, Qt.MouseButton.LeftButton, pos=QPoint(int(round(x)), 60))
    index = panel.points.currentIndex()
    picked = panel.chart.points[index]
    assert abs(picked["share_1_2"] - panel.chart.points[other]["share_1_2"]) < 0.02
    assert abs(picked["threshold"] - before.critical_threshold) > 1e-6
    panel.use_button.click()
    qtbot.waitUntil(lambda: "Saved and audited" in panel.status.text() and panel.use_button.isEnabled(),
                    timeout=20_000)
    after = store.calibration("ESI")
    assert after.version != before.version and after.critical_threshold == pytest.approx(picked["threshold"])
    assert after.provenance["picked_from"] == before.version
    assert after.provenance["sha256"] == before.provenance["sha256"] and after.provenance["curve"]
    assert after.provenance["in_file"]["share_1_2"] == picked["share_1_2"]
    saves = store.conn.execute("SELECT count(*) FROM audit_log WHERE action = 'calibration.save'").fetchone()
    assert saves[0] == 2 and store.verify_audit().ok
    assert after.version in panel.summary.toPlainText() and "not cross-validated" in panel.summary.toPlainText()
    # this desk's engine now draws the new line; a sign-in elsewhere reads the same
    assert site_point("ESI").critical_threshold == pytest.approx(picked["threshold"])
    assert installation_lines(store)[1]["ESI"].critical_threshold == pytest.approx(picked["threshold"])
    engine = Engine.load(models_dir)
    ankle = Intake(patient=Patient(age_years=24, sex=Sex.MALE), complaint="sprained ankle",
                   arrival_mode=ArrivalMode.WALK_IN,
                   vitals=Vitals(heart_rate=80, sbp=125, spo2=99, resp_rate=14, pain=4))
    assert engine.risk_loaded, [s.error for s in engine.status()]
    risk = suggest_or_rules(engine, ankle, scale="ESI").risk("critical")
    assert risk.threshold == pytest.approx(picked["threshold"])


def test_reset_returns_to_the_shipped_default_and_keeps_the_curve_to_pick_from(desk, qtbot):
    store, admin, _, _, _ = desk
    panel = panel_of(qtbot, store, admin)
    panel.reset_button.click()
    qtbot.waitUntil(lambda: "Saved and audited" in panel.status.text() and panel.use_button.isEnabled(),
                    timeout=20_000)
    assert store.calibration("ESI") is None and site_point("ESI") is None
    text = panel.summary.toPlainText()
    assert "In force: the shipped default" in text and "the last site calibration" in text
    assert "shipped default" in text.split("History")[1]
    assert not panel.reset_button.isEnabled() and panel.chart.points and panel.chart.chosen == -1
    resets = store.conn.execute("SELECT count(*) FROM audit_log WHERE action = 'calibration.reset'").fetchone()
    assert resets[0] == 1


def test_a_nurse_can_neither_read_the_history_nor_pick_nor_reset(desk, qtbot):
    store, admin, nurse, _, _ = desk
    panel = CalibrationPanel(AppContext(store=store, data_dir=store.data_dir, user=nurse))
    qtbot.addWidget(panel)
    qtbot.waitUntil(lambda: "Not done" in panel.status.text(), timeout=20_000)
    assert panel.state is None and not panel.use_button.isEnabled() and not panel.reset_button.isEnabled()
    base = store.calibration("ESI")
    with pytest.raises(PermissionDenied):
        pick_point(store, nurse, base, dict(base.provenance["curve"][0]))
    with pytest.raises(PermissionDenied):
        store.reset_calibration(nurse, "ESI")
    assert store.calibration("ESI").version == base.version


def test_a_click_picks_the_nearest_point():
    assert nearest_index([], 0.2) == -1
    assert nearest_index([0.05, 0.1, 0.3], 0.18) == 1
    assert nearest_index([0.05, 0.1, 0.3], 0.9) == 2


def test_a_lower_line_in_force_is_shown_with_its_target(desk, qtbot):
    """A calibration whose fit moved 4-5s up (the site's line between 3 and 4-5) says so on the
    page; the desk's point carries it."""
    store, admin, _, _, _ = desk
    base = store.calibration("ESI")
    store.save_calibration(admin, "ESI", base.critical_threshold, level_shift=base.level_shift,
                           provenance={**dict(base.provenance), "lower_shift": 0.55,
                                       "target_under_triage": 0.12})
    panel = panel_of(qtbot, store, admin)
    text = panel.summary.toPlainText()
    assert "line between 3 and 4-5" in text and "+0.55" in text and "12.0 %" in text
    assert panel.state.lines["ESI"].lower_shift == pytest.approx(0.55)
