"""Site calibration (issue 18 §3): the fitting, and ``calibrate`` / ``evaluate csv --data-dir``
end to end on small synthetic files, with the real engine and a real installation."""

from __future__ import annotations

import csv
import json
import os
import random
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from triage.engine.operating_point import CaseSignals, OperatingPoint, head_lift, level_for
from triage.store import CaseStore
from triage.training.site_calibration import SiteRow, _Arrays, fit_site_line

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "a long enough secret"
SICK = [("crushing chest pain, sweaty", 84, 126, 28, 88), ("short of breath, can't speak", 96, 118, 32, 86),
        ("vomiting blood, dizzy", 90, 120, 24, 95)]
WELL = [("sore throat", 124, 82, 16, 99), ("ankle sprain", 130, 76, 14, 99), ("rash on arm", 128, 70, 16, 98),
        ("chest pain after lifting, mild", 138, 88, 18, 98)]


def synthetic_rows(n: int, seed: int = 0) -> list[dict[str, object]]:
    rng = random.Random(seed)
    rows = []
    for i in range(n):
        sick = rng.random() < 0.25
        complaint, sbp, hr, rr, spo2 = rng.choice(SICK if sick else WELL)
        level = rng.choice((1, 2, 2)) if sick else rng.choice((3, 3, 4, 4, 5))
        if rng.random() < 0.1:  # the site's nurses call some "well" complaints 2 (its own line)
            level = 2
        rows.append({"visit_id": i, "hospital": "A", "level": level, "complaint": complaint,
                     "age_years": rng.randint(20, 85), "sbp": sbp + rng.randint(-6, 6),
                     "heart_rate": hr + rng.randint(-6, 6), "resp_rate": rr, "spo2": spo2,
                     "icu_or_procedure": int(sick and rng.random() < 0.4), "died_in_ed": 0,
                     "admitted": int(sick or rng.random() < 0.1)})
    return rows


def write_csv(path: Path, rows: list[dict[str, object]]) -> Path:
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)
    return path


def cli(data_dir: Path, *args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, TRIAGE_PASSWORD=PASSWORD, PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, str(ROOT / "main.py"), "--data-dir", str(data_dir), *args],
                          capture_output=True, text=True, env=env, timeout=600)


@pytest.fixture
def installation(tmp_path):
    data = tmp_path / "desk"
    with CaseStore(data) as store:
        store.accounts.create_first_admin("admin", "Admin", PASSWORD)
    return data


def test_the_vectorised_levels_are_level_for():
    rng = random.Random(3)
    rows = [SiteRow(CaseSignals(rule_floor=rng.choice((None, 1, 2, 3, 4)), head_probabilities={},
                                head_level=rng.choice((None, 1, 2, 3, 4, 5)),
                                p_critical=rng.choice((None, rng.random()))), rng.randint(1, 5))
            for _ in range(2000)]
    arrays = _Arrays(rows)
    for t in (0.0, 0.1, 0.5, 0.9, 1.0):
        expected = [level_for(r.signals, OperatingPoint("ESI", t))[0] for r in rows]
        assert arrays.levels(t).tolist() == expected


def test_the_site_intercept_lifts_the_head_over_its_own_line_and_only_ever_adds():
    below = CaseSignals(None, {}, 3, 0.01, head_urgency=0.2, head_line=0.3)
    assert level_for(below, OperatingPoint("ESI", 1.0))[0] == 3
    assert level_for(below, OperatingPoint("ESI", 1.0, level_shift=0.3))[0] == 3  # not enough
    assert level_for(below, OperatingPoint("ESI", 1.0, level_shift=0.6)) == (2, "head")  # logit gap 0.54
    assert level_for(below, OperatingPoint("ESI", 1.0, level_shift=-5.0))[0] == 3  # never lowers
    head_one = CaseSignals(None, {}, 1, 0.01, head_urgency=0.9, head_line=0.3)
    assert level_for(head_one, OperatingPoint("ESI", 1.0, level_shift=3.0))[0] == 1  # never raised to 2
    floored = CaseSignals(1, {}, 4, 0.01, head_urgency=0.1, head_line=0.3)
    assert level_for(floored, OperatingPoint("ESI", 1.0, level_shift=9.0))[0] == 1
    assert not head_lift(CaseSignals(None, {}, 3, 0.01), 9.0)  # rules only: nothing to shift


def test_the_vectorised_levels_with_an_intercept_are_level_for():
    rng = random.Random(4)
    rows = [SiteRow(CaseSignals(rule_floor=rng.choice((None, 1, 2, 3, 4)), head_probabilities={},
                                head_level=rng.choice((None, 1, 2, 3, 4, 5)),
                                p_critical=rng.choice((None, rng.random())),
                                head_urgency=rng.choice((None, rng.random())),
                                head_line=rng.choice((None, 0.3, 0.5))), rng.randint(1, 5))
            for _ in range(2000)]
    arrays = _Arrays(rows)
    for t, shift in ((1.0, 0.0), (0.5, 0.7), (1.0, 2.0), (0.2, 5.0)):
        expected = [level_for(r.signals, OperatingPoint("ESI", t, level_shift=shift))[0] for r in rows]
        assert arrays.levels(t, None, shift).tolist() == expected


def test_a_site_whose_nurses_the_head_ranks_better_gets_an_intercept_and_calls_fewer_visits_1_2():
    """The nurses' emergent patients are ranked well by the head's urgency and poorly by
    P(critical): the risk line alone must call most visits 1-2 to find 85 % of them; with the
    intercept the fit finds them calling far fewer (the fit of issue 18 §3, two numbers)."""
    rng = random.Random(5)
    rows = []
    for _ in range(3000):
        nurse = 2 if rng.random() < 0.3 else rng.choice((3, 4, 5))
        urgency = min(0.99, max(0.01, rng.gauss(0.45 if nurse <= 2 else 0.12, 0.1)))
        p = min(0.99, max(0.001, rng.gauss(0.06 if nurse <= 2 else 0.04, 0.03)))
        head = 2 if urgency >= 0.6 else 3
        rows.append(SiteRow(CaseSignals(None, {}, head, p, head_urgency=urgency, head_line=0.6),
                            nurse, False))
    risk_only = [SiteRow(CaseSignals(r.signals.rule_floor, {}, r.signals.head_level, r.signals.p_critical),
                         r.nurse_level, False) for r in rows]
    fit, old = fit_site_line(rows, "ESI", target=0.85), fit_site_line(risk_only, "ESI", target=0.85)
    assert old.level_shift == 0.0 and old.in_file["share_1_2"] > 0.6
    assert fit.level_shift > 0 and fit.reached
    assert fit.in_file["share_1_2"] < 0.4 and fit.expected["emergent_sensitivity"]["mean"] > 0.8
    assert fit.curve and all("level_shift" in point for point in fit.curve)
    levels = _Arrays(rows).levels(fit.threshold, None, fit.level_shift)
    expected = [level_for(r.signals, OperatingPoint("ESI", fit.threshold, level_shift=fit.level_shift))[0]
                for r in rows]
    assert levels.tolist() == expected


def test_the_fit_meets_the_target_with_the_highest_line_and_never_lowers_a_floor():
    rng = random.Random(1)
    rows = []
    for _ in range(1000):
        nurse = rng.randint(1, 5)
        p = min(1.0, max(0.0, rng.gauss(0.6 if nurse <= 2 else 0.2, 0.15)))
        floor = 1 if rng.random() < 0.02 else None
        rows.append(SiteRow(CaseSignals(floor, {}, 4, p), nurse, nurse <= 1))
    fit = fit_site_line(rows, "ESI", target=0.85)
    assert fit.reached and fit.in_file["emergent_sensitivity"] >= 0.85
    higher = _Arrays(rows).figures(fit.threshold + 0.01)
    assert higher["emergent_sensitivity"] < 0.85  # a higher line would miss the target
    assert fit.expected["emergent_sensitivity"]["mean"] > 0.75  # cross-validated, not in-file
    levels = _Arrays(rows).levels(fit.threshold)
    assert all(level == 1 for level, r in zip(levels, rows) if r.signals.rule_floor == 1)


def test_too_few_rows_are_refused_and_nothing_is_stored(installation, tmp_path):
    path = write_csv(tmp_path / "small.csv", synthetic_rows(400))
    done = cli(installation, "calibrate", str(path), "--scale", "ESI", "--user", "admin")
    assert done.returncode == 2 and "400 usable rows" in done.stderr and "at least 500" in done.stderr
    with CaseStore(installation) as store:
        assert store.calibration("ESI") is None
        assert not store.conn.execute("SELECT 1 FROM audit_log WHERE action = 'calibration.save'").fetchall()


def test_a_bad_value_is_refused_naming_its_row(installation, tmp_path):
    rows = synthetic_rows(600)
    rows[55]["heart_rate"] = "fast"
    path = write_csv(tmp_path / "bad.csv", rows)
    done = cli(installation, "calibrate", str(path), "--scale", "ESI", "--user", "admin")
    assert done.returncode == 2
    assert "row 57" in done.stderr and "'heart_rate'" in done.stderr and "Nothing was stored" in done.stderr
    with CaseStore(installation) as store:
        assert store.calibration("ESI") is None


def test_calibrate_stores_an_audited_line_that_evaluate_uses_and_reset_undoes(installation, tmp_path):
    path = write_csv(tmp_path / "site.csv", synthetic_rows(700))
    done = cli(installation, "calibrate", str(path), "--scale", "ESI", "--user", "admin", "--json")
    assert done.returncode == 0, done.stderr
    fit = json.loads(done.stdout)
    assert fit["rows"] == 700 and 0.0 <= fit["threshold"] <= 1.0 + 1e-6
    assert fit["expected"]["emergent_sensitivity"]["mean"] > 0
    assert fit["curve"] and fit["stored"]["provenance"]["sha256"]
    with CaseStore(installation) as store:
        current = store.calibration("ESI")
        assert current is not None and current.provenance["rows"] == 700
        audit = store.conn.execute("SELECT username FROM audit_log WHERE action = 'calibration.save'").fetchall()
        assert audit == [("admin",)]
        assert store.verify_audit().ok
    evaluated = cli(installation, "evaluate", "csv", str(path), "--scale", "ESI", "--json")
    assert evaluated.returncode == 0, evaluated.stderr
    result = json.loads(evaluated.stdout)
    assert result["calibration"]["version"] == current.version
    assert abs(result["emergent_sensitivity"] - fit["in_file"]["emergent_sensitivity"]) < 1e-4  # the figure is stored rounded
    shown = cli(installation, "calibrate", "--show", "--scale", "ESI", "--user", "admin")
    assert current.version in shown.stdout
    reset = cli(installation, "calibrate", "--reset", "--scale", "ESI", "--user", "admin")
    assert reset.returncode == 0 and "shipped default" in reset.stdout
    again = json.loads(cli(installation, "evaluate", "csv", str(path), "--scale", "ESI", "--json").stdout)
    assert again["calibration"] == "shipped default"


def test_a_nurse_cannot_calibrate(installation, tmp_path):
    from triage.store.auth import Role

    with CaseStore(installation) as store:
        admin = store.accounts.login("admin", PASSWORD)
        store.accounts.create_user(admin, "nina", "Nina", PASSWORD, {Role.NURSE})
    path = write_csv(tmp_path / "site.csv", synthetic_rows(600))
    done = cli(installation, "calibrate", str(path), "--scale", "ESI", "--user", "nina")
    assert done.returncode == 2 and "may not" in done.stderr
    with CaseStore(installation) as store:
        assert store.calibration("ESI") is None


def test_the_line_reaches_the_target_on_visits_left_out_not_only_on_those_it_was_fitted_on():
    """A line fitted to reach 0.85 on its own rows finds fewer of the next visits' emergent
    patients; the fit raises its in-file aim until the folds left out reach the target."""
    rng = random.Random(11)
    rows = []
    for _ in range(800):
        nurse = 2 if rng.random() < 0.25 else rng.choice((3, 4, 5))
        p = min(1.0, max(0.0, rng.gauss(0.5 if nurse <= 2 else 0.3, 0.15)))
        rows.append(SiteRow(CaseSignals(None, {}, 4, p), nurse, False))
    fit = fit_site_line(rows, "ESI", target=0.85)
    assert fit.expected["in_file_aim"] > 0.85
    assert fit.expected["emergent_sensitivity"]["mean"] >= 0.85
    assert fit.in_file["emergent_sensitivity"] >= fit.expected["in_file_aim"]
