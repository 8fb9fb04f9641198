"""Loaders (KTAS, MIMIC-IV-ED) on small synthetic files in the exact formats, and the metrics."""

from __future__ import annotations

import csv
import gzip
import io
from pathlib import Path

import pytest
from sklearn.metrics import cohen_kappa_score

from triage.errors import DatasetError
from triage.training.evaluate import (_Counter, agreement, expected_calibration_error, load_ktas,
                             load_mimic_ed, parse_pain)
from triage.intake import AVPU, ArrivalMode, Sex

DATA = Path(__file__).resolve().parents[1] / "data"
KTAS = DATA / "ktas_synthetic.csv"
MIMIC = DATA / "mimic_ed"
LEAKAGE = ("KTAS_RN", "Diagnosis in ED", "Disposition", "Error_group", "Length of stay_min",
           "KTAS duration_min", "mistriage")


def _ktas_rows() -> tuple[list[str], list[dict[str, str]]]:
    text = KTAS.read_bytes().decode("cp1254")
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=";")
    return list(reader.fieldnames or []), list(reader)


def _write_ktas(path: Path, header: list[str], rows: list[dict[str, str]]) -> Path:
    out = io.StringIO(newline="")
    writer = csv.DictWriter(out, header, delimiter=";", lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(rows)
    path.write_bytes(out.getvalue().encode("cp1254"))
    return path


def test_ktas_loader_reads_the_published_quirks():
    header, rows = _ktas_rows()
    loaded = load_ktas(KTAS)
    labelled = [r for r in rows if r["KTAS_expert"].strip()]
    assert loaded.rows == len(rows)
    assert loaded.skipped == len(rows) - len(labelled) == 1
    assert loaded.levels == [int(r["KTAS_expert"]) for r in labelled]
    first = loaded.cases[0].intake
    assert first.patient.sex == Sex.MALE and first.patient.age_years == int(labelled[0]["Age"])
    assert first.vitals.temperature_c == pytest.approx(36.8)  # comma decimal
    assert first.arrival_mode == ArrivalMode.AMBULANCE
    # "??" / "#BOŞ!" are missing, not malformed; "abc" and SBP 999 are malformed and counted.
    arrest = next(c.intake for c in loaded.cases if c.intake.complaint == "cardiac arrest")
    assert arrest.vitals.heart_rate is None and arrest.vitals.avpu == AVPU.UNRESPONSIVE
    assert loaded.malformed == 2 and loaded.malformed_fields == {"SBP": 2}
    # Pain=0 with an empty NRS means no pain; empty Saturation is missing.
    rash = next(c.intake for c in loaded.cases if c.intake.complaint == "skin rash")
    assert rash.vitals.pain == 0
    abd = next(c.intake for c in loaded.cases if c.intake.complaint == "abd pain")
    assert abd.vitals.spo2 is None


def test_ktas_loader_never_reads_the_leakage_columns(tmp_path):
    header, rows = _ktas_rows()
    poisoned = [{**r, **{col: "1" for col in LEAKAGE}} for r in rows]
    emptied = [{**r, **{col: "" for col in LEAKAGE}} for r in rows]
    a = load_ktas(_write_ktas(tmp_path / "a.csv", header, poisoned))
    b = load_ktas(_write_ktas(tmp_path / "b.csv", header, emptied))
    assert [c.intake for c in a.cases] == [c.intake for c in b.cases]
    assert a.levels == b.levels


def test_ktas_loader_rejects_a_file_without_the_needed_columns(tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("a;b\n1;2\n", encoding="cp1254")
    with pytest.raises(DatasetError, match="KTAS_expert"):
        load_ktas(bad)
    with pytest.raises(DatasetError, match="cannot read"):
        load_ktas(tmp_path / "absent.csv")


def test_mimic_loader_converts_units_joins_stays_and_counts():
    loaded = load_mimic_ed(MIMIC)
    assert loaded.rows == 12 and loaded.skipped == 2  # empty acuity, and acuity "7"
    assert loaded.malformed_fields == {"sbp": 1, "heartrate": 1, "acuity": 1}
    first = loaded.cases[0].intake
    assert first.vitals.temperature_c == pytest.approx(37.0)  # 98.6 °F
    assert first.patient.sex == Sex.MALE and first.arrival_mode == ArrivalMode.AMBULANCE
    assert first.patient.age_years is None  # MIMIC-IV-ED triage has no age
    celsius = next(c.intake for c in loaded.cases if c.intake.complaint == "Headache")
    assert celsius.vitals.temperature_c == pytest.approx(36.9)  # charted in °C by mistake
    assert celsius.vitals.pain == 0  # "denies"
    no_stay = next(c.intake for c in loaded.cases if c.intake.complaint == "Rx refill")
    assert no_stay.arrival_mode == ArrivalMode.UNKNOWN and no_stay.patient.sex == Sex.UNKNOWN


def test_mimic_loader_works_without_edstays(tmp_path):
    (tmp_path / "triage.csv").write_bytes((MIMIC / "triage.csv").read_bytes())
    loaded = load_mimic_ed(tmp_path)
    assert len(loaded.cases) == 10
    assert all(c.intake.arrival_mode == ArrivalMode.UNKNOWN for c in loaded.cases)


def test_mimic_loader_reads_the_gzipped_files_physionet_ships(tmp_path):
    for name in ("triage.csv", "edstays.csv"):
        (tmp_path / (name + ".gz")).write_bytes(gzip.compress((MIMIC / name).read_bytes()))
    plain, zipped = load_mimic_ed(MIMIC), load_mimic_ed(tmp_path)
    assert [c.intake for c in zipped.cases] == [c.intake for c in plain.cases]
    assert [c.level for c in zipped.cases] == [c.level for c in plain.cases]
    (tmp_path / "triage.csv.gz").write_bytes(b"\x1f\x8b truncated")
    with pytest.raises(DatasetError, match="cannot read"):
        load_mimic_ed(tmp_path)


@pytest.mark.parametrize("text, expected", [
    ("8", 8), ("0", 0), ("8-9", 9), ("10/10", 10), ("7.5", 8), ("unable", None), ("UA", None),
    ("uta", None), ("denies", 0), ("", None), ("critical", None), (" 5 ", 5),
])
def test_parse_pain(text, expected):
    bad = _Counter()
    assert parse_pain(text, bad) == expected
    assert not bad.fields


@pytest.mark.parametrize("text", ["11", "pain", "??x", "99/10"])
def test_parse_pain_counts_unreadable_values(text):
    bad = _Counter()
    assert parse_pain(text, bad) is None
    assert bad.fields["pain"] == 1


def test_agreement_counts_each_kind_of_error():
    ref = [1, 2, 2, 3, 3, 4, 5, 5]
    pred = [1, 3, 2, 2, 3, 4, 4, 5]
    m = agreement(ref, pred)
    assert m["n"] == 8
    assert m["exact"] == pytest.approx(5 / 8)
    assert m["under_triage"] == pytest.approx(1 / 8)  # reference 2 predicted 3
    assert m["over_triage"] == pytest.approx(2 / 8)
    assert m["within_one"] == 1.0
    assert m["emergent_sensitivity"] == pytest.approx(2 / 3)
    assert m["qwk"] == pytest.approx(cohen_kappa_score(ref, pred, weights="quadratic"))
    assert m["confusion"][1] == [0, 1, 1, 0, 0]
    assert sum(map(sum, m["confusion"])) == 8


def test_agreement_edge_cases():
    assert agreement([3, 3], [3, 3])["qwk"] == 1.0
    assert agreement([], [])["n"] == 0
    assert agreement([4, 5], [4, 5])["emergent_sensitivity"] is None
    with pytest.raises(ValueError):
        agreement([1, 2], [1])
    with pytest.raises(ValueError):
        agreement([0], [1])


def test_expected_calibration_error():
    # Always confident and always right → 0; 90 % confident but right half the time → 0.4.
    assert expected_calibration_error([[1.0, 0, 0, 0, 0]] * 4, [1] * 4) == pytest.approx(0.0)
    probs = [[0.9, 0.1, 0, 0, 0]] * 4
    assert expected_calibration_error(probs, [1, 2, 1, 2]) == pytest.approx(0.4)
