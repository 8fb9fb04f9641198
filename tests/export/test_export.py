"""Export writers against a real store: CSV, JSON Lines, FHIR R4 (round trip), PDF; cancel,
permissions, audit rows and the CLI."""

from __future__ import annotations

import csv
import json
import sqlite3

import pytest
from fhir.resources.R4B.bundle import Bundle
from reportlab import rl_config

from fixtures_export import ARRIVAL, MRN, NAME, PASSWORD, leaks, inst, template  # noqa: F401 - fixtures
from triage.errors import PermissionDenied
from triage.export import ExportCancelled, export_cases
from triage.export.csv import HEADER
from triage.export.fhir import LOINC




def _audit_rows(store, action):
    return [json.loads(r[0]) for r in store.conn.execute(
        "SELECT details FROM audit_log WHERE action = ? ORDER BY id", (action,))]


def test_csv_has_documented_columns_and_latest_values(inst, tmp_path):
    result = export_cases(inst.store, inst.admin, "csv", tmp_path / "cases.csv")
    rows = list(csv.DictReader(open(result.path, encoding="utf-8")))
    assert result.count == 2 and len(rows) == 2
    assert tuple(rows[0].keys()) == HEADER
    case = inst.store.case_detail(inst.clinician, inst.case_id)
    row = next(r for r in rows if r["case_ref"] == str(inst.case_id))
    latest = case.latest_vitals
    assert (row["name"], row["mrn"], row["age_years"]) == (NAME, MRN, "90+")
    assert int(row["heart_rate"]) == latest.heart_rate and int(row["spo2"]) == latest.spo2
    assert int(row["suggested_level"]) == case.latest_suggestion.level
    assert int(row["final_level"]) == case.latest_review.final_level
    assert row["decision"] == "override" and row["vital_sets"] == "2"
    assert case.latest_suggestion.reasons[0].title in row["reasons"]
    assert row["attachments"] == "2"


def test_jsonl_keeps_full_history(inst, tmp_path):
    result = export_cases(inst.store, inst.admin, "jsonl", tmp_path / "cases.jsonl")
    records = [json.loads(line) for line in open(result.path, encoding="utf-8")]
    case = inst.store.case_detail(inst.clinician, inst.case_id)
    rec = next(r for r in records if r["case_ref"] == str(inst.case_id))
    assert [v["heart_rate"] for v in rec["vitals"]] == [v.vitals.heart_rate for v in case.vitals]
    assert [s["level"] for s in rec["suggestions"]] == [s.suggestion.level for s in case.suggestions]
    assert rec["suggestions"][1]["vital_set_index"] == 1
    assert rec["suggestions"][0]["reasons"] == [r.to_dict() for r in case.suggestions[0].suggestion.reasons]
    assert rec["reviews"][0]["final_level"] == 2 and rec["reviews"][0]["suggestion_index"] == 1
    assert rec["notes"][0]["text"] == case.notes[0].text
    files = [a["file"] for a in rec["attachments"]]
    assert len(files) == 2 and all((tmp_path / f).is_file() for f in files)
    assert rec["attachments"][0]["assessment"]["probability"] == pytest.approx(0.81)


def _resources(bundle, kind):
    return [e.resource for e in bundle.entry if e.resource.get_resource_type() == kind]


def test_fhir_round_trip_parses_back_with_the_same_values(inst, tmp_path):
    result = export_cases(inst.store, inst.admin, "fhir", tmp_path / "cases.ndjson")
    lines = open(result.path, encoding="utf-8").read().splitlines()
    assert len(lines) == 2
    bundles = [Bundle.model_validate_json(line) for line in lines]
    case = inst.store.case_detail(inst.clinician, inst.case_id)
    bundle = next(b for b in bundles if any(p.name and p.name[0].text == NAME for p in _resources(b, "Patient")))
    assert bundle.type == "collection"
    urls = {e.fullUrl for e in bundle.entry}
    observations = _resources(bundle, "Observation")

    def values(code):
        return [o.valueQuantity.value for o in observations
                if any(c.system == LOINC and c.code == code for c in o.code.coding) and o.valueQuantity]

    assert values("8867-4") == [v.vitals.heart_rate for v in case.vitals]
    assert values("9279-1") == [v.vitals.resp_rate for v in case.vitals]
    assert values("2708-6") == values("59408-5") == [v.vitals.spo2 for v in case.vitals]
    assert [float(x) for x in values("8310-5")] == [v.vitals.temperature_c for v in case.vitals]
    assert values("72514-3") == [v.vitals.pain for v in case.vitals]
    panels = [o for o in observations if o.code.coding[0].code == "85354-9"]
    assert [(p.component[0].valueQuantity.value, p.component[1].valueQuantity.value) for p in panels] == \
        [(v.vitals.sbp, v.vitals.dbp) for v in case.vitals]
    assert [p.component[0].code.coding[0].code for p in panels] == ["8480-6", "8480-6"]
    encounter = _resources(bundle, "Encounter")[0]
    assert encounter.class_fhir.code == "EMER"
    assert encounter.priority.coding[1].code == str(case.latest_review.final_level)
    assert encounter.period.start == ARRIVAL
    risks = _resources(bundle, "RiskAssessment")
    assert [r.prediction[0].outcome.coding[0].code for r in risks] == \
        [str(s.suggestion.level) for s in case.suggestions]
    first = case.suggestions[0].suggestion
    assert float(risks[0].prediction[0].probabilityDecimal) == pytest.approx(first.probabilities[first.level])
    assert all(ref.reference in urls for r in risks for ref in r.basis)
    assert len(risks[1].basis) > len(risks[0].basis) - 2  # the re-triage's own observations
    assert "ktas-minilm 0.3" in risks[0].method.text
    assert [n.text for n in risks[0].note][0].endswith(first.reasons[0].title + ": " + first.reasons[0].detail)
    final = [o for o in observations if o.code.coding[0].code == "56839-4"]
    assert final[0].valueCodeableConcept.coding[0].code == "2"
    provenance = _resources(bundle, "Provenance")[0]
    assert provenance.target[0].reference in urls and provenance.agent[0].who.display == "doc1"
    media = _resources(bundle, "Media")
    assert len(media) == 2 and all((tmp_path / m.content.url).is_file() for m in media)


def test_pdf_report_contains_case_content(inst, tmp_path, monkeypatch):
    monkeypatch.setattr(rl_config, "pageCompression", 0)  # text readable in the bytes
    result = export_cases(inst.store, inst.admin, "pdf", tmp_path / "report.pdf")
    data = result.path.read_bytes()
    assert data.startswith(b"%PDF")
    for text in (b"Smithfield", b"Vital signs", b"Clinician decision", b"SpO2 below 92%", b"override"):
        assert text in data
    assert data.count(b"/Subtype /Image") >= 3  # DICOM thumbnail, photo, saliency
    per_case = export_cases(inst.store, inst.admin, "pdf", tmp_path / "reports")
    assert len(per_case.paths) == 2 and all(p.read_bytes().startswith(b"%PDF") for p in per_case.paths)


def test_cancel_removes_partial_output(inst, tmp_path):
    calls = []

    def cancelled():
        calls.append(1)
        return len(calls) > 1  # let the first case through, then cancel

    out = tmp_path / "out"
    with pytest.raises(ExportCancelled):
        export_cases(inst.store, inst.admin, "jsonl", out / "x.jsonl", cancelled=cancelled)
    assert len(calls) == 2 and list(out.iterdir()) == []
    assert _audit_rows(inst.store, "export") == []


def test_only_administrators_export_and_each_export_is_audited(inst, tmp_path):
    with pytest.raises(PermissionDenied):
        export_cases(inst.store, inst.nurse, "csv", tmp_path / "n.csv")
    assert not (tmp_path / "n.csv").exists()
    refused = inst.store.conn.execute("SELECT username FROM audit_log WHERE action = 'refused'").fetchall()
    assert ("nurse1",) in [tuple(r) for r in refused]
    export_cases(inst.store, inst.admin, "fhir", tmp_path / "a.ndjson", deidentify=True,
                 start=ARRIVAL.replace(hour=10))
    assert _audit_rows(inst.store, "export")[-1]["count"] == 1
    assert _audit_rows(inst.store, "export")[-1]["deidentified"] is True
    assert _audit_rows(inst.store, "export")[-1]["format"] == "fhir"


def test_unwritable_target_is_a_storage_error(inst, tmp_path):
    from triage.errors import StorageError

    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(StorageError):
        export_cases(inst.store, inst.admin, "csv", blocker / "sub" / "out.csv")


def test_cli_export_and_import(inst, data_dir, tmp_path, monkeypatch, capsys):
    import main

    inst.store.close()
    monkeypatch.setenv("TRIAGE_PASSWORD", PASSWORD)
    out = tmp_path / "cli.jsonl"
    assert main.main(["--data-dir", str(data_dir), "export", "--format", "jsonl", "--out", str(out),
                      "--deidentify", "--user", "admin", "--to", "2023-06-15"]) == 0
    assert "exported 2 cases (de-identified jsonl)" in capsys.readouterr().out
    assert leaks([out, tmp_path / "cli_files"]) == []
    assert main.main(["--data-dir", str(data_dir), "import", str(out), "--user", "admin"]) == 0
    assert "imported 2 cases" in capsys.readouterr().out
    bad = tmp_path / "bad.csv"
    bad.write_text("complaint,age_years,spo2\ncough,30,97\nfever,30,101\n", encoding="utf-8")
    assert main.main(["--data-dir", str(data_dir), "import", str(bad), "--user", "admin"]) == 2
    err = capsys.readouterr().err
    assert f"{bad}:3: spo2: SpO2 101 is outside" in err and "1 invalid rows; nothing was imported" in err
    monkeypatch.setenv("TRIAGE_PASSWORD", "wrong password!")
    assert main.main(["--data-dir", str(data_dir), "export", "--format", "csv", "--out",
                      str(tmp_path / "no.csv"), "--user", "admin"]) == 2
    assert not (tmp_path / "no.csv").exists()
    conn = sqlite3.connect(data_dir / "triage.db")
    actions = [r[0] for r in conn.execute("SELECT action FROM audit_log WHERE action IN ('export', 'import')")]
    conn.close()
    assert actions == ["export", "import"]


def test_fhir_worker_processes_write_the_same_bundles_in_order(inst, tmp_path, monkeypatch):
    from triage.export import fhir as export_fhir

    single = export_cases(inst.store, inst.admin, "fhir", tmp_path / "one" / "x.ndjson")
    monkeypatch.setattr(export_fhir, "PARALLEL_MIN_CASES", 1)
    monkeypatch.setattr(export_fhir, "CHUNK", 1)
    parallel = export_cases(inst.store, inst.admin, "fhir", tmp_path / "many" / "x.ndjson")

    def content(path):
        bundles = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
        return [[{k: v for k, v in e["resource"].items() if k not in ("subject", "encounter", "basis", "target",
                                                                      "entity")}
                 for e in b["entry"] if e["resource"]["resourceType"] != "Provenance"] for b in bundles]

    assert len(content(parallel.path)) == 2
    assert content(parallel.path) == content(single.path)


def test_fhir_reuse_cache_is_bounded_without_changing_output(inst, tmp_path, monkeypatch):
    from triage.export import fhir as export_fhir

    def shapes(path):
        bundles = [Bundle.model_validate_json(line) for line in path.read_text(encoding="utf-8").splitlines()]
        return [[e.resource.get_resource_type() for e in b.entry] for b in bundles]

    normal = export_cases(inst.store, inst.admin, "fhir", tmp_path / "a.ndjson")
    monkeypatch.setattr(export_fhir._Checked, "MAX_REUSED", 2)  # forget reused elements every Bundle
    bounded = export_cases(inst.store, inst.admin, "fhir", tmp_path / "b.ndjson")
    assert shapes(bounded.path) == shapes(normal.path) and len(shapes(normal.path)) == 2


def test_export_never_replaces_a_folder_it_did_not_write(inst, tmp_path):
    from triage.errors import StorageError

    folder = tmp_path / "documents"
    folder.mkdir()
    (folder / "thesis.txt").write_text("precious")
    with pytest.raises(StorageError):
        export_cases(inst.store, inst.admin, "csv", folder)
    with pytest.raises(StorageError):
        export_cases(inst.store, inst.admin, "pdf", folder)
    assert (folder / "thesis.txt").read_text() == "precious"
    first = export_cases(inst.store, inst.admin, "pdf", tmp_path / "reports")
    again = export_cases(inst.store, inst.admin, "pdf", tmp_path / "reports")  # its own output: replaced
    assert [p.name for p in again.paths] == [p.name for p in first.paths]


def test_progress_rises_to_one(inst, tmp_path):
    calls = []
    export_cases(inst.store, inst.admin, "pdf", tmp_path / "r.pdf", progress=lambda f, m: calls.append((f, m)))
    fractions = [f for f, _ in calls]
    assert fractions == sorted(fractions) and fractions[0] == 0.0 and fractions[-1] == 1.0
    assert any(0.0 < f < 1.0 for f in fractions)  # a step per case for a small export
    assert calls[-1][1] == "exported 2 cases"
