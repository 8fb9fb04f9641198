"""The validation CSV (any site's own triage log): both temperature units, malformed values
counted per column and never fatal, imputed levels skipped, outcomes read as labels only."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import main
from triage.errors import DatasetError
from triage.intake import AVPU, ArrivalMode, Sex
from triage.training.evaluate import (LabelledCase, evaluate_validation, load_validation_csv,
                                      validation_metrics)
from triage.intake import Intake, Patient

DATA = Path(__file__).resolve().parents[1] / "data" / "validation"
CELSIUS = DATA / "site_celsius.csv"
FAHRENHEIT = DATA / "site_fahrenheit.csv"


def test_celsius_file_any_column_order_and_malformed_values_counted_per_field():
    loaded = load_validation_csv(CELSIUS)
    assert loaded.rows == 9
    assert loaded.skipped == 2 and loaded.skipped_imputed == 0  # level "x" and an empty level
    assert len(loaded.cases) == 7
    assert loaded.malformed_fields == {"arrival": 1, "avpu": 1, "heart_rate": 1, "level": 1,
                                       "resp_rate": 1, "sex": 1}
    assert loaded.malformed == 6
    first = loaded.cases[0].intake
    assert first.vitals.temperature_c == pytest.approx(37.0) and first.vitals.sbp == 88
    assert first.arrival_mode == ArrivalMode.AMBULANCE and first.patient.sex == Sex.MALE
    blank = loaded.cases[2].intake  # "abd pain" with every other cell empty: not recorded
    assert blank.vitals.heart_rate is None and blank.patient.age_years is None
    assert loaded.cases[3].intake.vitals.heart_rate is None  # "abc": malformed → missing
    assert loaded.cases[4].intake.vitals.avpu == AVPU.VOICE
    assert not loaded.has_outcomes and all(c.critical is None for c in loaded.cases)


def test_fahrenheit_file_with_outcomes_and_an_imputed_level():
    loaded = load_validation_csv(FAHRENHEIT)
    assert loaded.rows == 7 and loaded.skipped == 1 and loaded.skipped_imputed == 1
    assert [c.level for c in loaded.cases] == [2, 3, 4, 3, 5, 4]
    first = loaded.cases[0]
    assert first.intake.vitals.temperature_c == pytest.approx(37.0)  # 98.6 °F
    assert first.hospital == "A" and first.critical is True and first.admitted is True
    assert loaded.cases[1].intake.vitals.temperature_c == pytest.approx(38.0)
    # 212 °F is outside 77-113: malformed, the row still counts.
    assert loaded.cases[3].intake.vitals.temperature_c is None
    assert loaded.cases[3].critical is True  # died in the ED
    assert loaded.cases[3].intake.vitals.on_oxygen is True and loaded.cases[3].intake.vitals.gcs == 14
    assert loaded.cases[5].critical is None  # both outcome cells empty: not recorded
    assert loaded.malformed_fields == {"injury": 1, "resp_rate": 1, "sex": 1, "temperature_f": 1}
    assert loaded.has_outcomes


def test_outcomes_never_reach_the_intake(tmp_path):
    import csv

    with open(FAHRENHEIT, newline="") as f:
        rows = list(csv.DictReader(f))
    for row in rows:  # flip every outcome: the intakes must not change
        for col in ("admitted", "icu_or_procedure", "died_in_ed"):
            row[col] = {"1": "0", "0": "1"}.get(row[col], row[col])
    flipped = tmp_path / "flipped.csv"
    with open(flipped, "w", newline="") as f:
        writer = csv.DictWriter(f, list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    original, changed = load_validation_csv(FAHRENHEIT), load_validation_csv(flipped)
    assert original.intakes == changed.intakes
    assert [c.critical for c in original.cases] != [c.critical for c in changed.cases]


def test_missing_level_column_or_nothing_to_judge_is_a_clear_error(tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("complaint,heart_rate\nchest pain,90\n")
    with pytest.raises(DatasetError, match="level"):
        load_validation_csv(bad)
    bad.write_text("level,hospital\n3,A\n")
    with pytest.raises(DatasetError, match="complaint"):
        load_validation_csv(bad)
    with pytest.raises(DatasetError):
        load_validation_csv(tmp_path / "absent.csv")


def _case(level: int, critical: bool | None, admitted: bool | None = None, hospital: str = "") -> LabelledCase:
    return LabelledCase(Intake(Patient(), ""), level, hospital=hospital, admitted=admitted, critical=critical)


def test_outcome_metrics_by_hand():
    cases = [_case(2, True, True), _case(3, True, True), _case(3, False, True), _case(4, False),
             _case(1, None)]
    result = validation_metrics(cases, [2, 2, 3, 5, 1], [0.9, 0.6, 0.5, 0.1, 0.99], outcomes=True)
    assert result["critical_n"] == 2 and result["critical_sensitivity"] == 1.0
    assert result["reference_critical_sensitivity"] == 0.5
    assert result["critical_auc"] == 1.0  # 0.9, 0.6 above 0.5, 0.1
    assert result["admitted_n"] == 3 and result["admitted_share_1_2"] == pytest.approx(2 / 3)
    assert result["share_1_2"] == pytest.approx(3 / 5) and result["reference_share_1_2"] == pytest.approx(2 / 5)
    assert result["emergent_sensitivity"] == 1.0


def test_by_hospital_adds_the_same_figures_per_group():
    loaded = load_validation_csv(FAHRENHEIT)
    result = evaluate_validation(loaded, lambda intakes: ([3] * len(intakes), [0.5] * len(intakes)),
                                 by_hospital=True)
    assert set(result["groups"]) == {"A", "B"}
    assert result["groups"]["A"]["n"] == 2 and result["groups"]["B"]["n"] == 4
    assert result["critical_sensitivity"] == 0.0 and result["critical_n"] == 2
    assert result["groups"]["B"]["critical_n"] == 1


@pytest.mark.parametrize("path,scale", [(CELSIUS, "KTAS"), (FAHRENHEIT, "ESI")])
def test_cli_evaluate_csv_prints_one_json_object(capsys, models_dir, path, scale):
    assert main.main(["evaluate", "csv", str(path), "--scale", scale, "--by", "hospital", "--json",
                      "--models-dir", str(models_dir)]) == 0
    result = json.loads(capsys.readouterr().out)
    for key in ("n", "rows", "skipped", "malformed", "malformed_fields", "exact", "within_one",
                "under_triage", "over_triage", "qwk", "macro_f1", "emergent_sensitivity",
                "share_1_2", "reference_share_1_2", "confusion", "groups"):
        assert key in result
    assert result["scale"] == scale and not result["rules_only"]
    assert ("critical_auc" in result) == (path == FAHRENHEIT)
    if path == FAHRENHEIT:
        assert result["critical_n"] == 2 and result["admitted_n"] == 3


def test_cli_evaluate_csv_reports_the_calibrated_risks(capsys, models_dir, tmp_path):
    """critical_auc from P(critical), admission_auc / Brier scores / calibration slopes (new)."""
    rows = ["level,hospital,age_years,sex,arrival,complaint,heart_rate,resp_rate,sbp,spo2,gcs,"
            "admitted,icu_or_procedure,died_in_ed"]
    sick = "2,{h},{age},M,ambulance,Chest pain and related symptoms,{hr},26,84,89,14,1,{icu},0"
    well = "4,{h},{age},F,walk-in,Medication refill,78,14,128,99,15,{adm},0,0"
    for k in range(12):
        rows.append(sick.format(h="AB"[k % 2], age=60 + k, hr=110 + k, icu=int(k % 3 == 0)))
        rows.append(well.format(h="AB"[k % 2], age=20 + k, adm=int(k == 0)))
    path = tmp_path / "site.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    assert main.main(["evaluate", "csv", str(path), "--scale", "ESI", "--json",
                      "--models-dir", str(models_dir)]) == 0
    result = json.loads(capsys.readouterr().out)
    for key in ("critical_auc", "admission_auc", "critical_brier", "admission_brier",
                "critical_calibration_slope", "admission_calibration_slope", "reference_admission_auc"):
        assert key in result, key
    assert result["admission_auc"] > 0.9  # the chest pains in shock are admitted, the refills not
    assert 0 <= result["critical_brier"] <= 1 and 0 <= result["admission_brier"] <= 1
