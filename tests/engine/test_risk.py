"""The outcome risks in the engine, on the committed weights: every suggestion carries calibrated
P(critical) and P(admission); a manual floor is never lowered by the risk path; a case without a
floor whose P(critical) reaches the line goes to 1-2 and says so; ``signals`` + ``level_for``
reproduce the engine's level exactly, so a site's calibration sweeps the same decision."""

from __future__ import annotations

import json

import pytest

from triage.engine import Engine
from triage.engine.operating_point import OperatingPoint, level_for
from triage.engine.risk_model import RISK_MODEL, load_risk_model
from triage.intake import AVPU, ArrivalMode, Intake, Patient, Sex, Vitals


@pytest.fixture(scope="module")
def engine(models_dir) -> Engine:
    e = Engine.load(models_dir)
    assert not e.rules_only and e.risk_loaded, [s.error for s in e.status()]
    return e


def _intake(complaint: str, age: float = 50, **vitals) -> Intake:
    return Intake(patient=Patient(age_years=age, sex=Sex.MALE), complaint=complaint,
                  arrival_mode=vitals.pop("arrival", ArrivalMode.WALK_IN), vitals=Vitals(**vitals))


CASES = [
    _intake("chest pain", 67, heart_rate=118, sbp=88, spo2=91, resp_rate=24),
    _intake("cardiac arrest", 70, avpu=AVPU.UNRESPONSIVE),
    _intake("sprained ankle", 24, heart_rate=80, sbp=125, spo2=99, resp_rate=14, pain=4),
    _intake("weakness", 88, heart_rate=104, sbp=104, spo2=94, resp_rate=20, arrival=ArrivalMode.AMBULANCE),
    _intake("abdominal pain", 45, heart_rate=96, sbp=132, pain=6),
    _intake("shortness of breath", 81, heart_rate=104, resp_rate=28, spo2=88, on_oxygen=True),
    _intake("medication refill", 35),
    _intake("fever, cough", 2, heart_rate=150, resp_rate=40, temperature_c=39.2),
    _intake("fall", 79, heart_rate=84, sbp=150, gcs=14, arrival=ArrivalMode.AMBULANCE),
    _intake("", 30),
]


def test_committed_risk_model_is_in_the_manifest_with_shipped_points(models_dir):
    model, entry = load_risk_model(models_dir)
    manifest = json.loads((models_dir / "manifest.json").read_text())
    assert manifest[RISK_MODEL]["sha256"] == entry.sha256 and entry.data["sha256"]
    assert set(model.heads) == {"critical", "admission"}
    assert set(model.points) >= {"ESI", "KTAS"} and 0 < model.points["ESI"].critical_threshold < 1
    cv = entry.metrics["cv_5fold_hospital_grouped"]
    for key in ("critical_auc", "critical_brier", "critical_calibration_slope", "admission_auc"):
        assert set(cv[key]) == {"mean", "sd", "worst"}
    assert (models_dir / entry.card).read_text(encoding="utf-8").count(entry.data["sha256"]) == 1


@pytest.mark.parametrize("scale", ["KTAS", "ESI"])
def test_every_suggestion_carries_both_risks_in_0_1(engine, scale):
    version = engine.versions[RISK_MODEL]
    for s in engine.suggest_many(CASES, scale=scale):
        assert [r.outcome for r in s.risks] == ["critical", "admission"]
        assert all(0.0 <= r.probability <= 1.0 and r.model_version == version for r in s.risks)
        assert s.risk("critical").threshold == engine.default_point(scale).critical_threshold
        assert s.decided_by in {"floor", "risk", "head"}
        assert {r.code for r in s.reasons} >= {"risk_critical", "risk_admission"}
    sick, ankle = engine.suggest_many([CASES[0], CASES[2]], scale=scale)
    assert sick.risk("critical").probability > 5 * ankle.risk("critical").probability
    assert sick.risk("admission").probability > ankle.risk("admission").probability


@pytest.mark.parametrize("scale", ["KTAS", "ESI"])
def test_the_risk_path_never_lowers_a_floor(engine, scale):
    everyone = OperatingPoint(scale, 0.0, "site", "test-everyone")
    nobody = OperatingPoint(scale, 1.01, "site", "test-nobody")
    arrest = engine.suggest(CASES[1], scale=scale, point=everyone)
    assert arrest.level == 1 and arrest.decided_by in ("floor", "head")  # the line alone says 2
    for a, b, c, sig in zip(engine.suggest_many(CASES, scale=scale, point=everyone),
                            engine.suggest_many(CASES, scale=scale),
                            engine.suggest_many(CASES, scale=scale, point=nobody),
                            engine.signals(CASES, scale=scale)):
        assert a.level <= b.level <= c.level and a.level <= 2
        if sig.rule_floor is not None:
            assert max(a.level, b.level, c.level) <= sig.rule_floor


@pytest.mark.parametrize("scale", ["KTAS", "ESI"])
def test_a_high_risk_case_without_a_floor_goes_to_1_2_by_the_risk(engine, scale):
    found = False
    for intake, sig in zip(CASES, engine.signals(CASES, scale=scale)):
        if sig.rule_floor is not None or sig.head_level is None or sig.head_level <= 2:
            continue
        found = True
        # Just below its risk as one suggestion computes it: a batch's embeddings differ from a
        # single case's in the last float digits, and a tree split between the two can move the
        # risk by a few hundredths of a point.
        [sig] = engine.signals([intake], scale=scale)
        line = OperatingPoint(scale, sig.p_critical - 1e-9, "site", "test")
        s = engine.suggest(intake, scale=scale, point=line)
        assert s.level == 2 and s.decided_by == "risk"
        reason = next(r for r in s.reasons if r.code == "risk_critical")
        assert reason.title.startswith("Risk of critical care") and "above this ED's line" in reason.title
        assert s.reasons[0].code == "risk_critical" or s.reasons[0].level_floor == 2
        above = OperatingPoint(scale, sig.p_critical + 1e-6, "site", "test")
        s = engine.suggest(intake, scale=scale, point=above)
        assert s.level == sig.head_level and s.decided_by == "head"
    assert found


@pytest.mark.parametrize("scale", ["KTAS", "ESI"])
def test_signals_and_level_for_give_the_engines_level_at_any_line(engine, scale):
    sigs = engine.signals(CASES, scale=scale)
    for t in (None, 0.0, 0.01, 0.03, 0.1, 0.5, 1.01):
        point = engine.default_point(scale) if t is None else OperatingPoint(scale, t, "site")
        levels = [s.level for s in engine.suggest_many(CASES, scale=scale, point=point)]
        assert levels == [level_for(sig, point)[0] for sig in sigs]


def test_assess_scores_are_p_critical(engine):
    levels, scores, risks = engine.assess(CASES, scale="ESI", risks=True)
    assert scores == risks["critical"] == [s.p_critical for s in engine.signals(CASES, scale="ESI")]
    assert levels == engine.levels(CASES, scale="ESI")
