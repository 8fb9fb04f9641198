"""The algorithm's reasons on the desk in the interface language: every phrase START and
JumpSTART can give is a message of ``ui.mci.words`` (a new phrase in the algorithm fails here
until it is added), and a Korean desk shows the category and branch in Korean."""

from __future__ import annotations

import itertools
import re

import pytest

from triage.mci.algorithms import Assessment, tag
from ui.i18n import switch_language
from ui.mci.words import CATEGORY_WORDS, PATTERNS, PHRASES, reason_text

# Numbers and abbreviations a Korean ED reads as they are: "RR 36 > 30", "RR ≤ 30", "AVPU A".
AS_IS = re.compile(r"RR( \d+)? [<>≤] \d+|AVPU [AV]")


def every_reason() -> set[str]:
    """The reasons of a grid of assessments that reaches every branch of both algorithms."""
    reasons: set[str] = set()
    for method, walking, breathing, airway, rr, pulse, refill, obeys, palp, rescue, avpu, post in \
            itertools.product(("START", "JUMPSTART"), (True, False, None), (True, False, None),
                              (True, False), (10, 20, 36, 50, None), (True, False, None),
                              (1.0, 3.0, None), (True, False), (True, False), (True, False),
                              ("A", "V", "P", "U"), (True, False)):
        result = tag(Assessment(method=method, walking=walking, breathing=breathing,
                                breathing_after_airway=airway, resp_rate=rr, radial_pulse=pulse,
                                cap_refill_s=refill, obeys_commands=obeys, pulse_palpable=palp,
                                breathing_after_rescue_breaths=rescue, avpu=avpu,
                                posturing_or_inappropriate_pain_response=post))
        reasons.update(result.reasons)
    return reasons


def known(phrase: str) -> bool:
    return phrase in PHRASES or bool(AS_IS.fullmatch(phrase)) or any(
        p.fullmatch(phrase) for p, _m in PATTERNS)


def test_every_phrase_of_both_algorithms_is_a_message():
    reasons = every_reason()
    assert len(reasons) > 25
    unknown = set()
    for reason in reasons:
        head, arrow, category = reason.rpartition(" → ")
        if not arrow or category not in CATEGORY_WORDS:
            head = reason
        if not known(head):
            unknown.add(head)
    assert not unknown, f"add these to ui/mci/words.py and fill_ko.py: {sorted(unknown)}"


def test_reasons_read_in_korean_and_unknown_text_is_kept(qapp):
    switch_language(qapp, "ko")
    try:
        assert reason_text("does not walk") == "보행 불가"
        assert reason_text("RR 36 > 30 → immediate") == "RR 36 > 30 → 긴급"
        assert reason_text("capillary refill 3 s > 2 s → immediate") == "모세혈관 재충혈 3초 > 2초 → 긴급"
        assert reason_text("something new → minor") == "something new → 비응급"
        korean = [reason_text(r) for r in every_reason()]
        assert sum(bool(re.search("[가-힣]", r)) for r in korean) >= 0.8 * len(korean)
    finally:
        switch_language(qapp, "en")
    assert reason_text("RR 36 > 30 → immediate") == "RR 36 > 30 → immediate"


@pytest.mark.parametrize("language, expected", [("en", "IMMEDIATE (red) — does not walk; RR 34 > 30 → immediate"),
                                                ("ko", "긴급(적색) — 보행 불가; RR 34 > 30 → 긴급")])
def test_the_tag_form_says_the_branch_in_the_interface_language(qtbot, qapp, tmp_path, language,
                                                                   expected):
    from PySide6.QtCore import Qt

    from helpers_store import build_template, install
    from ui.context import AppContext
    from ui.mci.tag_form import TagForm

    (tmp_path / "t").mkdir()
    (tmp_path / "d").mkdir()
    store, staff = install(build_template(tmp_path / "t"), tmp_path / "d")
    incident = store.declare_incident(staff.clinician, "Fire")
    switch_language(qapp, language)
    try:
        form = TagForm(AppContext(store=store, data_dir=tmp_path / "d", user=staff.nurse), incident)
        qtbot.addWidget(form)
        qtbot.keyClicks(form.answer, "NY34")
        qtbot.keyClick(form.answer, Qt.Key.Key_Return)
        assert form.result_label.text() == expected
    finally:
        switch_language(qapp, "en")
        store.close()
