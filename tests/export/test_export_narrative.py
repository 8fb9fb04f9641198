"""The intake's note (issue 13) in every export, and de-identified like the other free text."""

from __future__ import annotations

import csv
import json
from datetime import date

from reportlab import rl_config

from fixtures_export import all_output_bytes, inst, template  # noqa: F401 - fixtures
from triage.export import export_cases
from triage.intake import parse_intake

NAME, PHONE, MRN = "Zebedee Quarkwright", "0612 345 678", "MRN-77341"
NOTE = (f"Call from daughter of {NAME} (tel {PHONE}, {MRN}): 67 yo M, crushing chest pain since 2 h, "
        "BP 88/50, HR 118, SpO2 91% RA")


def _case(inst) -> int:
    intake = parse_intake({"name": NAME, "phone": PHONE, "mrn": MRN, "age_years": "67", "sex": "M",
                           "complaint": "crushing chest pain", "narrative": NOTE}, today=date(2024, 5, 1))
    return inst.store.create_case(inst.nurse, intake, None)


def test_note_is_exported_and_scrubbed_when_deidentified(inst, tmp_path, monkeypatch):
    monkeypatch.setattr(rl_config, "pageCompression", 0)  # PDF text stays greppable
    _case(inst)
    plain = export_cases(inst.store, inst.admin, "jsonl", tmp_path / "plain.jsonl")
    records = [json.loads(line) for line in plain.path.read_text(encoding="utf-8").splitlines()]
    assert NOTE in [r.get("narrative") for r in records]
    rows = list(csv.DictReader(export_cases(inst.store, inst.admin, "csv", tmp_path / "p.csv").path.open(
        encoding="utf-8")))
    assert NOTE in [r["narrative"] for r in rows]
    pdf = all_output_bytes(export_cases(inst.store, inst.admin, "pdf", tmp_path / "p.pdf").paths)
    assert any(b"HR 118" in data for data in pdf.values())
    fhir = all_output_bytes(export_cases(inst.store, inst.admin, "fhir", tmp_path / "p.ndjson").paths)
    assert any(b"HR 118" in data for data in fhir.values())
    for fmt, name in (("jsonl", "d.jsonl"), ("csv", "d.csv"), ("pdf", "d.pdf"), ("fhir", "d.ndjson")):
        out = all_output_bytes(export_cases(inst.store, inst.admin, fmt, tmp_path / "deid" / name,
                                            deidentify=True).paths)
        text = b"".join(out.values())
        assert b"Quarkwright" not in text and b"345 678" not in text and b"77341" not in text
        assert b"since 2 h" in text  # the clinical words stay
