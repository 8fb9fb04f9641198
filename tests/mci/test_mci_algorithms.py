"""START and JumpSTART: one test per branch of each algorithm, the unknowns, and bad answers."""

from __future__ import annotations

import pytest

from triage.mci.algorithms import (DELAYED, EXPECTANT, IMMEDIATE, JUMPSTART, MINOR, START,
                                   Assessment, AssessmentError, tag)

A = dict(walking=False, breathing=True)  # the common start of a non-walking, breathing patient

START_BRANCHES = [
    ("walks", dict(walking=True), MINOR, "walks → minor"),
    ("apnoeic, breathes after airway", dict(walking=False, breathing=False, breathing_after_airway=True),
     IMMEDIATE, "breathes after the airway is repositioned → immediate"),
    ("apnoeic after airway", dict(walking=False, breathing=False, breathing_after_airway=False),
     EXPECTANT, "even after the airway is repositioned → expectant"),
    ("RR over 30", dict(A, resp_rate=36), IMMEDIATE, "RR 36 > 30 → immediate"),
    ("RR over 30 ticked", dict(A, resp_rate_over_30=True), IMMEDIATE, "RR > 30 → immediate"),
    ("RR exactly 30 is not over", dict(A, resp_rate=30, radial_pulse=True, obeys_commands=True),
     DELAYED, "obeys simple commands → delayed"),
    ("no radial pulse", dict(A, resp_rate=22, radial_pulse=False), IMMEDIATE, "radial pulse absent → immediate"),
    ("cap refill over 2 s", dict(A, resp_rate=22, cap_refill_s=3), IMMEDIATE,
     "capillary refill 3 s > 2 s → immediate"),
    ("cap refill over 2 s with a pulse", dict(A, resp_rate=22, radial_pulse=True, cap_refill_s=4),
     IMMEDIATE, "capillary refill 4 s > 2 s → immediate"),
    ("does not obey", dict(A, resp_rate=22, radial_pulse=True, obeys_commands=False), IMMEDIATE,
     "does not obey simple commands → immediate"),
    ("obeys", dict(A, resp_rate=22, cap_refill_s=1.5, obeys_commands=True), DELAYED,
     "obeys simple commands → delayed"),
]

J = dict(method="JUMPSTART", walking=False, breathing=True)
JUMPSTART_BRANCHES = [
    ("walks", dict(method="JUMPSTART", walking=True), MINOR, "walks → minor"),
    ("breathes after airway", dict(J, breathing=False, breathing_after_airway=True), IMMEDIATE,
     "breathes after the airway is positioned → immediate"),
    ("apnoeic, no pulse", dict(J, breathing=False, breathing_after_airway=False, pulse_palpable=False),
     EXPECTANT, "no palpable pulse → expectant"),
    ("rescue breaths work", dict(J, breathing=False, breathing_after_airway=False, pulse_palpable=True,
                                 breathing_after_rescue_breaths=True), IMMEDIATE, "after 5 rescue breaths → immediate"),
    ("rescue breaths fail", dict(J, breathing=False, breathing_after_airway=False, pulse_palpable=True,
                                 breathing_after_rescue_breaths=False), EXPECTANT, "no breathing after 5 rescue breaths → expectant"),
    ("RR under 15", dict(J, resp_rate=12), IMMEDIATE, "RR 12 < 15 → immediate"),
    ("RR over 45", dict(J, resp_rate=50), IMMEDIATE, "RR 50 > 45 → immediate"),
    ("no pulse", dict(J, resp_rate=30, pulse_palpable=False), IMMEDIATE, "no palpable peripheral pulse → immediate"),
    ("alert", dict(J, resp_rate=30, pulse_palpable=True, avpu="A"), DELAYED, "AVPU A → delayed"),
    ("voice", dict(J, resp_rate=15, pulse_palpable=True, avpu="V"), DELAYED, "AVPU V → delayed"),
    ("pain, appropriate", dict(J, resp_rate=45, pulse_palpable=True, avpu="P",
                               posturing_or_inappropriate_pain_response=False), DELAYED, "responds appropriately to pain → delayed"),
    ("pain, posturing", dict(J, resp_rate=30, pulse_palpable=True, avpu="P",
                             posturing_or_inappropriate_pain_response=True), IMMEDIATE, "posturing or an inappropriate response to pain → immediate"),
    ("unresponsive", dict(J, resp_rate=30, pulse_palpable=True, avpu="U"), IMMEDIATE, "AVPU U (unresponsive) → immediate"),
]


@pytest.mark.parametrize("name,answers,category,reason", START_BRANCHES, ids=[b[0] for b in START_BRANCHES])
def test_start_branch(name, answers, category, reason):
    result = tag(Assessment(**answers))
    assert result.method == START
    assert result.category == category
    assert not result.missing
    assert result.reasons[-1].endswith(reason), result.reasons


@pytest.mark.parametrize("name,answers,category,reason", JUMPSTART_BRANCHES, ids=[b[0] for b in JUMPSTART_BRANCHES])
def test_jumpstart_branch(name, answers, category, reason):
    result = tag(Assessment(**answers))
    assert result.method == JUMPSTART
    assert result.category == category
    assert not result.missing
    assert result.reasons[-1].endswith(reason), result.reasons


def test_colours():
    assert tag(Assessment(walking=True)).colour == "green"
    assert tag(Assessment(**A, resp_rate=40)).colour == "red"
    assert tag(Assessment(**A, resp_rate=20, radial_pulse=True, obeys_commands=True)).colour == "yellow"
    assert tag(Assessment(walking=False, breathing=False, breathing_after_airway=False)).colour == "black"


def test_method_follows_age_when_not_named():
    assert tag(Assessment(age_years=5, walking=True)).method == JUMPSTART
    assert tag(Assessment(age_years=8, walking=True)).method == START
    assert tag(Assessment(looks_like_child=True, walking=True)).method == JUMPSTART
    assert tag(Assessment(walking=True)).method == START
    # The same answers mean different things: RR 12 is fine for START, immediate for JumpSTART.
    answers = dict(walking=False, breathing=True, resp_rate=12, radial_pulse=True, pulse_palpable=True,
                   obeys_commands=True, avpu="A")
    assert tag(Assessment(age_years=30, **answers)).category == DELAYED
    assert tag(Assessment(age_years=4, **answers)).category == IMMEDIATE


def test_an_unanswered_question_gives_the_most_urgent_category_still_possible():
    result = tag(Assessment(walking=False, breathing=True, resp_rate=20))
    assert result.category == IMMEDIATE
    assert result.provisional and "radial_pulse" in result.missing
    assert set(result.possible) == {IMMEDIATE, DELAYED}
    assert "not assessed" in result.reasons[-1]
    # Only what cannot change the outcome is left unasked: obeys + pulse known, nothing missing.
    assert not tag(Assessment(**A, resp_rate=20, radial_pulse=True, obeys_commands=True)).missing


def test_a_missing_walking_answer_never_gives_minor():
    result = tag(Assessment(breathing=True, resp_rate=20, radial_pulse=True, obeys_commands=True))
    assert result.category == DELAYED  # minor or delayed possible: the more urgent
    assert result.missing == ("walking",)
    assert tag(Assessment()).category == IMMEDIATE


@pytest.mark.parametrize("data,field", [
    ({"resp_rate": "fast"}, "resp_rate"), ({"walking": "maybe"}, "walking"), ({"avpu": "X"}, "avpu"),
    ({"method": "SALT"}, "method"), ({"age_years": -3}, "age_years"), ({"colour": "red"}, "colour"),
    ({"resp_rate": 12.5}, "resp_rate"), ({"cap_refill_s": True}, "cap_refill_s"),
])
def test_bad_answers_are_named(data, field):
    with pytest.raises(AssessmentError, match=field):
        Assessment.from_mapping(data)


def test_from_mapping_reads_json_values():
    a = Assessment.from_mapping({"method": "JumpSTART", "walking": "N", "breathing": True,
                                 "resp_rate": 30.0, "avpu": "a", "pulse_palpable": None})
    assert a.method == JUMPSTART and a.walking is False and a.resp_rate == 30 and a.avpu == "A"
    assert a.pulse_palpable is None
