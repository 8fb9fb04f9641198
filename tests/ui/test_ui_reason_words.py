"""The engine's reasons in the interface language: every reason code the engine can produce has
its titles in ``ui.reason_words`` (a new code or title fails here until it is added there and to
fill_ko.py), and a Korean desk reads the reasons, their details and the values they read in Korean
while the stored record stays English."""

from __future__ import annotations

import itertools
import re
from pathlib import Path

from triage.engine import rules
from triage.engine.complaint_text import _FLAG_RULES
from triage.intake import AVPU, Intake, Patient, Vitals
from triage.export.report_words import REPORT_LABELS
from triage.suggestion import Reason
from ui.i18n import switch_language
from ui.reason_words import AS_STORED, QUESTIONS, TITLES, known_title, reason_text

ENGINE = Path(__file__).resolve().parents[2] / "triage"
# Codes as the engine's sources write them: Reason(code="…"), _Findings.add(category, "code", …),
# _FlagRule("code", …).
CODE_LITERALS = (re.compile(r'\bcode="(\w+)"'), re.compile(r'\bf\.add\("\w+", "(\w+)"'),
                 re.compile(r'_FlagRule\("(\w+)"'))
COMPLAINTS = ("", "chest pain with sweating", "left sided weakness and slurred speech", "vomiting blood, fainted",
              "fever on chemo", "headache", "suicidal, took an overdose", "fell, on warfarin",
              "3 weeks old with fever", "SBP 80 HR 130 responds to voice", "blurred vision since this morning")
# What a Korean reason may keep in Latin letters: abbreviations and units an ED writes as they are.
AS_IS = set("HR RR SBP DBP BP SpO2 GCS AVPU NEWS2 NRS SIRS mmHg min ESI KTAS CTAS O2 T BE FAST".split())


def engine_codes() -> set[str]:
    codes = set()
    for path in ENGINE.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for pattern in CODE_LITERALS:
            codes.update(pattern.findall(text))
    return codes


def rule_reasons() -> list[Reason]:
    """The findings of a grid of vital signs and complaints that reaches every rule's branches."""
    out = []
    for hr, rr, sbp, spo2, temp, avpu, pain, complaint, age in itertools.product(
            (35, 80, 135, 160), (5, 16, 32), (60, 85, 120, 230), (80, 88, 91, 98), (31.0, 34.5, 37.0, 38.5, 40.5),
            (None, AVPU.VOICE, AVPU.UNRESPONSIVE), (None, 5, 9), COMPLAINTS[:6], (0, 40)):
        if (hr + rr + sbp + spo2) % 3:  # a third of the grid is enough to reach every branch
            continue
        vitals = Vitals(heart_rate=hr, resp_rate=rr, sbp=sbp, dbp=80, spo2=spo2, temperature_c=temp, avpu=avpu,
                        pain=pain, on_oxygen=spo2 < 85)
        out += rules.evaluate(Intake(complaint=complaint, vitals=vitals, patient=Patient(age_years=age))).findings
    for complaint in COMPLAINTS:
        out += rules.evaluate(Intake(complaint=complaint, vitals=Vitals(gcs=10, temperature_c=38.5),
                                     patient=Patient(age_years=0))).findings
    return out


def test_every_reason_code_of_the_engine_has_its_titles():
    codes = engine_codes()
    assert len(codes) > 60  # the scan found the rules, the red flags and the engine's own
    missing = codes - set(TITLES) - AS_STORED
    assert not missing, f"add these reason codes to ui/reason_words.py and fill_ko.py: {sorted(missing)}"
    flags = {(rule.code, rule.title) for rule in _FLAG_RULES}
    unknown = {f for f in flags if not known_title(Reason(kind="rule", code=f[0], title=f[1]))}
    assert not unknown, f"red flag titles missing in ui/reason_words.py: {sorted(unknown)}"
    questions = {rule.question for rule in _FLAG_RULES if rule.question}
    assert questions <= set(QUESTIONS)


def test_every_title_the_rules_give_is_known():
    reasons = rule_reasons()
    assert len({r.code for r in reasons}) >= 20
    unknown = {(r.code, r.title) for r in reasons if not known_title(r)}
    assert not unknown, f"add these titles to ui/reason_words.py: {sorted(unknown)}"


def english_left(text: str, typed: str) -> set[str]:
    """Latin words of a translated text that are neither abbreviations nor typed by the nurse."""
    text = re.sub(r"“[^”]*”|'[^']*'", "", text)
    return {w for w in re.findall(r"[A-Za-z][A-Za-z0-9]+", text) if w not in AS_IS and w.lower() not in typed}


def test_reasons_read_in_korean_and_the_record_stays_english(qapp):
    reasons = rule_reasons()
    typed = " ".join(COMPLAINTS).lower() + " central peripheral"
    switch_language(qapp, "ko")
    try:
        left = {}
        for r in reasons:
            title, detail = reason_text(r)
            assert re.search("[가-힣]", title), (r.code, r.title, title)
            words = english_left(title, typed) | english_left(detail, typed)
            if words:
                left[(r.code, r.detail)] = (detail, sorted(words))
        assert not left, f"English left in Korean reasons: {list(left.values())[:8]}"
        shock = Reason(kind="rule", code="hypoxaemia", title="Hypoxaemia", detail="SpO2 88 % < 90 %")
        assert reason_text(shock) == ("저산소증", "SpO2 88 % < 90 %")
        news = Reason(kind="news2", code="news2", title="NEWS2 3 (low risk)")
        assert reason_text(news)[0] == "NEWS2 3 (저위험)"
        assert reason_text(Reason(kind="rule", code="new_code", title="Something new"))[0] == "Something new"
    finally:
        switch_language(qapp, "en")
    assert reason_text(shock) == ("Hypoxaemia", "SpO2 88 % < 90 %")
    for r in reasons[:200]:  # English: the stored text exactly
        assert reason_text(r) == (r.title, r.detail)


def test_the_report_labels_are_messages_of_the_interface():
    from ui.report_words import LABELS

    assert set(LABELS) == set(REPORT_LABELS)


def test_fill_ko_has_no_duplicate_keys():
    import ast

    tree = ast.parse((ENGINE.parent / "resources" / "i18n" / "fill_ko.py").read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Dict):
            keys = [ast.literal_eval(k) for k in node.keys if k is not None]
            dupes = {k for k in keys if keys.count(k) > 1}
            assert not dupes, f"duplicate keys in fill_ko.py: {sorted(map(str, dupes))}"


def test_a_pdf_exported_from_a_korean_desk_reads_in_korean(qapp, tmp_path):
    """The export dialog's words (ui.report_words) reach the PDF: Korean labels, the headline and
    the reasons in Korean, the nurse's words as typed."""
    from dataclasses import replace as _replace

    from fixtures_export import make_installation
    from helpers_pdf import pdf_text
    from triage.export import export_cases
    from triage.intake import parse_intake
    from ui.report_words import report_words

    inst = make_installation(tmp_path / "data")
    try:
        intake = parse_intake({"name": "김민지", "age_years": "58", "complaint": "흉통, chest pain with sweating",
                               "heart_rate": "118", "spo2": "88"})
        found = rules.evaluate(intake)
        from triage.suggestion import Suggestion

        s = Suggestion(level=2, confidence=1.0, reasons=found.findings, rule_floor=found.floor, decided_by="floor",
                       uncertainty="The onset is unclear: ask when it started.")
        inst.store.create_case(inst.nurse, _replace(intake), s)
        switch_language(qapp, "ko")
        try:
            words = report_words()
        finally:
            switch_language(qapp, "en")
        result = export_cases(inst.store, inst.admin, "pdf", tmp_path / "ko.pdf", words=words)
        text = "".join(pdf_text(result.path).split())
        for korean in ("활력징후", "의사결정", "저산소증", "흉통,심장성가능성", "발생시각이불분명합니다", "김민지"):
            assert korean in text, korean
        assert "Hypoxaemia" not in text and "Vitalsigns" not in text
    finally:
        inst.store.close()
