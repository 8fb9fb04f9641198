"""The outcome risks of a suggestion reach the FHIR RiskAssessment and the PDF (issue 18 §1)."""

from __future__ import annotations

import dataclasses
import json

from fhir.resources.R4B.bundle import Bundle

from triage.suggestion import OutcomeRisk, Suggestion


def _with_risks(s: Suggestion) -> Suggestion:
    return dataclasses.replace(s, risks=(OutcomeRisk("critical", 0.12, "risk-1.0", 0.06),
                                         OutcomeRisk("admission", 0.64, "risk-1.0")))


def test_outcome_risks_reach_the_fhir_risk_assessment_and_the_pdf(tmp_path, monkeypatch):
    from reportlab import rl_config

    from fixtures_export import PASSWORD, suggestion
    from triage.export import export_cases
    from triage.intake import parse_intake
    from triage.store import CaseStore
    from triage.store.auth import Role

    store = CaseStore(tmp_path / "desk")
    admin = store.accounts.create_first_admin("admin", "Admin", PASSWORD)
    nurse = store.accounts.create_user(admin, "nurse", "Nurse", PASSWORD, {Role.NURSE})
    store.create_case(nurse, parse_intake({"age_years": "60", "complaint": "chest pain", "heart_rate": "110"}),
                      _with_risks(suggestion(2, [["chest", 0.3]])))
    out = export_cases(store, admin, "fhir", tmp_path / "cases.ndjson")
    bundle = Bundle.model_validate(json.loads(out.path.read_text().splitlines()[0]))
    risk = next(e.resource for e in bundle.entry if e.resource.get_resource_type() == "RiskAssessment")
    outcomes = [p for p in risk.prediction if p.rationale and "outcome risk model" in p.rationale]
    assert [round(float(p.probabilityDecimal), 2) for p in outcomes] == [0.12, 0.64]
    assert "Critical care" in outcomes[0].outcome.text and "32485007" in outcomes[1].outcome.coding[0].code
    assert "at or above this installation's line of 0.0600" in outcomes[0].rationale
    monkeypatch.setattr(rl_config, "invariant", 1)
    monkeypatch.setattr(rl_config, "pageCompression", 0)
    pdf = export_cases(store, admin, "pdf", tmp_path / "cases.pdf")
    raw = pdf.path.read_bytes()
    assert b"Risk of critical care 12 %" in raw and b"Likely admission 64 %" in raw
    store.close()


def test_describe_speaks_a_clinicians_language():
    assert OutcomeRisk("critical", 0.07, "v", 0.06, "site").describe() == \
        "Risk of critical care 7 % (above this ED's line of 6 %)"
    assert OutcomeRisk("critical", 0.05, "v", 0.09, "shipped").describe() == \
        "Risk of critical care 5 % (below the shipped line of 9 %)"
    assert OutcomeRisk.from_dict(OutcomeRisk("critical", 0.05, "v", 0.09, "shipped").to_dict()).line_source == "shipped"
    assert OutcomeRisk("admission", 0.64, "v").describe() == "Likely admission 64 %"
    assert OutcomeRisk("critical", 0.004, "v", 0.06).describe().startswith("Risk of critical care 0.4 %")
