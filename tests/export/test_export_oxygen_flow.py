"""The oxygen flow (issue 12, item 10) in every export and back through both imports."""

from __future__ import annotations

import csv
import json
from dataclasses import replace

from reportlab import rl_config

from fixtures_export import PASSWORD, all_output_bytes, inst, template  # noqa: F401 - fixtures
from triage.export import export_cases
from triage.export.importer import import_cases
from triage.store import CaseStore

FLOW = 2.5


def _case_on_oxygen(inst) -> int:
    detail = inst.store.case_detail(inst.clinician, inst.case_id)
    vitals = replace(detail.vitals[-1].vitals, spo2=88, on_oxygen=True, o2_flow_l_min=FLOW)
    inst.store.retriage(inst.nurse, inst.case_id, vitals, None)
    return inst.case_id


def _fresh_store(tmp_path):
    store = CaseStore(tmp_path / "target")
    return store, store.accounts.create_first_admin("admin2", "Admin", PASSWORD)


def test_flow_is_in_every_export(inst, tmp_path, monkeypatch):
    monkeypatch.setattr(rl_config, "pageCompression", 0)  # PDF text stays greppable
    _case_on_oxygen(inst)
    lines = export_cases(inst.store, inst.admin, "jsonl", tmp_path / "c.jsonl").path.read_text("utf-8")
    flows = [v["o2_flow_l_min"] for r in map(json.loads, lines.splitlines()) for v in r["vitals"]]
    assert FLOW in flows
    rows = list(csv.DictReader(export_cases(inst.store, inst.admin, "csv", tmp_path / "c.csv").path.open(
        encoding="utf-8")))
    assert str(FLOW) in [r["o2_flow_l_min"] for r in rows]
    pdf = all_output_bytes(export_cases(inst.store, inst.admin, "pdf", tmp_path / "c.pdf").paths)
    assert any(b"2.5 L/min" in data for data in pdf.values())
    fhir = all_output_bytes(export_cases(inst.store, inst.admin, "fhir", tmp_path / "c.ndjson").paths)
    texts = [data.decode() for path, data in fhir.items() if path.suffix in (".ndjson", ".json")]
    documents = [json.loads(line) for text in texts for line in text.splitlines() if line.strip()]
    resources = [e["resource"] for d in documents for e in d.get("entry", [])] + documents
    spo2 = [r for r in resources if r.get("resourceType") == "Observation" and "component" in r
            and any(c["code"] == "2708-6" for c in r["code"]["coding"])]
    assert [c["valueQuantity"] for r in spo2 for c in r["component"]] == [
        {"value": FLOW, "unit": "L/min", "system": "http://unitsofmeasure.org", "code": "L/min"}]
    assert spo2[0]["component"][0]["code"]["coding"][0]["code"] == "3151-8"


def test_flow_comes_back_through_jsonl_and_csv_imports(inst, tmp_path):
    case_id = _case_on_oxygen(inst)
    want = [(v.vitals.on_oxygen, v.vitals.o2_flow_l_min)
            for v in inst.store.case_detail(inst.clinician, case_id).vitals]
    assert want[-1] == (True, FLOW)
    for fmt in ("jsonl", "csv"):
        exported = export_cases(inst.store, inst.admin, fmt, tmp_path / f"c.{fmt}")
        store, admin = _fresh_store(tmp_path / fmt)
        with store:
            assert import_cases(store, admin, exported.path).count == 2
            copies = [d for d in store.iter_cases(admin) if d.latest_vitals.o2_flow_l_min is not None]
            assert [(d.latest_vitals.on_oxygen, d.latest_vitals.o2_flow_l_min) for d in copies] == [
                (True, FLOW)]
            if fmt == "jsonl":
                assert [(v.vitals.on_oxygen, v.vitals.o2_flow_l_min) for v in copies[0].vitals] == want
            assert store.verify_audit().ok


def test_a_flow_on_room_air_in_an_import_is_refused_with_its_line(inst, tmp_path):
    exported = export_cases(inst.store, inst.admin, "jsonl", tmp_path / "c.jsonl")
    records = [json.loads(line) for line in exported.path.read_text("utf-8").splitlines()]
    records[0]["vitals"][0].update(on_oxygen=False, o2_flow_l_min=3)
    bad = tmp_path / "bad.jsonl"
    bad.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    store, admin = _fresh_store(tmp_path / "bad")
    with store:
        try:
            import_cases(store, admin, bad)
        except Exception as exc:  # noqa: BLE001 - the message is what is checked
            assert "line 1" in str(exc) and "Oxygen flow" in str(exc)
        else:
            raise AssertionError("a flow with room air was imported")
        assert store.count_cases() == 0
