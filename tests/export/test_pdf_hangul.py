"""Hangul in the PDFs (issue 20): a complaint, note or name typed in Korean prints as text in the
CID font in any language (Helvetica made it black boxes), a Korean report has Korean labels, and
the MCI tags and incident report print Hangul too. The text is read back from the PDF's content
streams (tests/helpers_pdf.py)."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timezone

from fixtures_export import inst, template  # noqa: F401 - fixtures
from helpers_pdf import font_names, pdf_text
from triage.export import export_cases
from triage.export.fonts import CJK_FONT, markup, needs_cjk, runs
from triage.export.report_words import ReportWords
from triage.intake import parse_intake


def flat(text: str) -> str:
    """Without spaces: a line is drawn in pieces, one per font, and wraps where it must."""
    return "".join(text.split())

COMPLAINT = "흉통 30분 전부터, 식은땀"
NOTE = "보호자 연락함"


def _korean_case(store, nurse):
    intake = parse_intake({"name": "김민지", "age_years": "58", "sex": "F", "complaint": COMPLAINT,
                           "heart_rate": "118", "spo2": "89"})
    case_id = store.create_case(nurse, replace(intake, arrival_time=datetime(2030, 1, 2, 9, tzinfo=timezone.utc)),
                                None)
    store.add_note(nurse, case_id, NOTE)
    return case_id


def test_runs_switch_font_only_for_what_helvetica_lacks():
    assert not needs_cjk("Heart rate 118/min — 38.5 °C")
    assert needs_cjk("SpO2 ≥ 92") and needs_cjk("흉통")
    assert runs("chest 흉통 now") == [("chest ", False), ("흉통 ", True), ("now", False)]
    assert markup("a < b") == "a &lt; b"
    assert f'face="{CJK_FONT}"' in markup("흉통 & 호흡곤란")


def test_hangul_typed_by_the_nurse_prints_in_an_english_report(inst, tmp_path):
    _korean_case(inst.store, inst.nurse)
    result = export_cases(inst.store, inst.admin, "pdf", tmp_path / "report.pdf")
    data = result.path.read_bytes()
    assert CJK_FONT in font_names(data)
    text = flat(pdf_text(data))
    assert flat(COMPLAINT) in text and flat(NOTE) in text and "김민지" in text
    assert "Vitalsigns" in text and "Cliniciandecision" in text  # English labels without words


def test_a_korean_report_has_korean_labels(inst, tmp_path):
    _korean_case(inst.store, inst.nurse)
    words = ReportWords(language="ko", labels={"Vital signs": "활력징후", "Complaint": "주호소",
                                               "Sex:F": "여"},
                        reason=lambda r: (f"사유 {r.code}", ""))
    result = export_cases(inst.store, inst.admin, "pdf", tmp_path / "report.pdf", words=words)
    text = flat(pdf_text(result.path))
    assert "활력징후" in text and "주호소" in text and "여" in text and flat(COMPLAINT) in text
    assert "Vitalsigns" not in text


def test_mci_tags_and_report_print_hangul(tmp_path):
    from triage.export.mci_report import write_report_pdf, write_tags_pdf
    from triage.mci.records import Incident, MciTag

    at = datetime(2030, 1, 2, 9, 0, tzinfo=timezone.utc)
    incident = Incident(id=1, name="화재 현장", place="서울역", declared_by="박간호", declared_at=at)
    tag = MciTag(id=1, incident_id=1, tag_number="A-001", version=1, event="tag", method="START",
                 answers={}, computed_category="immediate", category="immediate", reasons=("does not walk",),
                 written_by="박간호", written_at=at, first_tagged_at=at, area="구역 2", notes="왼쪽 다리 골절 의심")
    write_tags_pdf(incident, [tag], tmp_path / "tags.pdf")
    text = flat(pdf_text(tmp_path / "tags.pdf"))
    assert "구역2" in text and "왼쪽다리골절의심" in text and "박간호" in text
    write_report_pdf(incident, [tag], [tag], tmp_path / "report.pdf", now=at)
    assert "화재현장" in flat(pdf_text(tmp_path / "report.pdf"))
