"""Complaint normalisation (shorthand, lay wording) and red-flag matching, including hostile text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from triage.engine.complaint_text import stated_vitals, normalise, pain_site, red_flags


@pytest.mark.parametrize("raw, expected", [
    ("CP", "chest pain"),
    ("cp", "chest pain"),
    ("SOB", "shortness of breath"),
    ("s/p fall", "after fall"),
    ("abd pain", "abdominal pain"),
    ("Abd. pain", "abdominal pain"),
    ("N/V", "nausea vomiting"),
    ("LOC", "loss of consciousness"),
    ("HA", "headache"),
    ("ant. chest pain", "anterior chest pain"),
    ("r/o MI", "rule out myocardial infarction"),
    ("c/o HA x2", "complains of headache twice"),
    ("N/V/D x3 days", "nausea vomiting diarrhea for 3 days"),
    ("hx DM, HTN", "history of diabetes, hypertension"),
    ("CP, SOB", "chest pain, shortness of breath"),
    ("CP/SOB", "chest pain / shortness of breath"),
    ("abd/pelvic pain", "abdominal / pelvic pain"),
    ("and/or", "and/or"),
    ("sx", "symptoms"),
    ("fx wrist", "fracture wrist"),
    ("lac. chin", "laceration chin"),
    ("rt.arm weakness", "right arm weakness"),
    ("Lt. hemiparesis", "left hemiparesis"),
    ("dz - dizziness", "dizziness - dizziness"),
    ("abdominal pain (finding)", "abdominal pain"),
])
def test_shorthand_is_expanded(raw, expected):
    assert normalise(raw) == expected


@pytest.mark.parametrize("raw, expected_phrase", [
    ("my chest feels tight and I can't breathe", "chest tightness"),
    ("my chest feels tight and I can't breathe", "breathing difficulty"),
    ("it's hard to breathe", "breathing difficulty"),
    ("my tummy ache won't go away", "abdominal pain"),
    ("I keep throwing up", "vomiting"),
    ("I passed out at work", "syncope"),
    ("my head is killing me", "headache"),
    ("worst headache of my life", "thunderclap headache"),
    ("I coughed up blood", "hemoptysis"),
    ("her face is drooping", "facial droop"),
    ("my throat is closing up", "throat swelling"),
    ("I want to kill myself", "suicidal ideation"),
    ("fell off a ladder", "fall from height"),
    ("I feel a pain on the left side of my chest", "chest pain"),
    ("a squeezing sensation in my chest", "chest pain"),
    ("I can't take a deep breath", "breathing difficulty"),
    ("i feel head ache", "headache"),
    ("a dull ache in my head", "headache"),
    ("I can't move my left arm", "left arm weakness"),
])
def test_lay_wording_is_mapped(raw, expected_phrase):
    assert expected_phrase in normalise(raw)


def test_ambiguous_capital_abbreviations_only_expand_in_capitals():
    assert normalise("SI") == "suicidal ideation"
    assert normalise("hi, I have a headache") == "hi, i have a headache"
    assert "overdose" in normalise("OD on tylenol")
    assert "overdose" not in normalise("odd feeling")


@pytest.mark.parametrize("text", ["", "   ", "???", "😀🚑💔", "가슴 통증과 호흡곤란", "x" * 10_000,
                                  "CP " * 3_400, "\ud800 broken surrogate", None, 42])
def test_never_raises(text):
    out = normalise(text)
    assert isinstance(out, str)
    assert isinstance(red_flags(text), list)
    assert pain_site(text) in (None, "central", "peripheral")


def codes(text: str) -> set[str]:
    return {f.code for f in red_flags(text)}


@pytest.mark.parametrize("text, code, floor", [
    ("CP, SOB", "cardiac_chest_pain", 2),
    ("ant. chest pain", "cardiac_chest_pain", 2),
    ("my chest feels tight", "cardiac_chest_pain", 2),
    ("Lt. hemiparesis", "stroke_signs", 2),  # onset not stated: 2, and ask
    ("Lt. hemiparesis x3 days", "stroke_signs", 3),
    ("sudden slurred speech and face droop", "stroke_signs", 2),
    ("R facial droop x 2 hrs", "stroke_signs", 2),
    ("CODE STROKE", "stroke_signs", 2),
    ("GI bleed", "gi_bleeding", 3),
    ("Ped struck", "major_trauma", 2),
    ("GSW", "major_trauma", 2),
    ("ICH", "intracranial_bleed", 2),
    ("STEMI", "acute_coronary_syndrome", 2),
    ("AMS", "altered_mental_status", 2),
    ("Lethargy", "altered_mental_status", 2),
    ("Resp distress", "respiratory_distress", 2),
    ("Hypoglycemia", "diabetic_emergency", 2),
    ("Intentional ingestion", "suicidal", 2),
    ("electric shock", "major_burn", 2),
    ("suicidal ideation", "suicidal", 2),
    ("OD on pills", "suicidal", 2),
    ("tongue swelling after peanuts", "anaphylaxis", 2),
    ("allergic reaction, wheezing", "allergy_with_breathing", 2),
    ("status epilepticus", "status_epilepticus", 1),
    ("still seizing on arrival", "status_epilepticus", 1),
    ("post seizure", "seizure", 3),
    ("MVC high speed rollover", "major_trauma", 2),
    ("stabbed in the abdomen", "major_trauma", 2),
    ("fell from 3rd floor", "major_trauma", 2),
    ("8 weeks pregnant, vaginal bleeding", "bleeding_in_pregnancy", 2),
    ("hematemesis", "gi_bleeding", 3),
    ("black tarry stool", "gi_bleeding", 3),
    ("post-CPR state", "cardiac_arrest", 1),
    ("thunderclap headache", "thunderclap_headache", 2),
    ("testicular torsion?", "testicular_torsion", 2),
    ("DKA", "diabetic_emergency", 2),
    ("septic shock", "sepsis", 2),
    ("tearing back pain, r/o aortic dissection", "aortic_dissection", 2),
    ("mental change", "altered_mental_status", 2),
    ("DI, drug intoxication", "poisoning", 2),
    ("hemoptysis", "hemoptysis", 3),
    ("s/p fall, hit head, on coumadin", "head_injury_anticoagulated", 2),
    ("Elevated troponin", "acute_coronary_syndrome", 2),
    ("abnormal EKG, chest discomfort", "acute_coronary_syndrome", 2),
    ("DTs", "altered_mental_status", 2),
    ("ETOH withdrawal, delirium tremens", "altered_mental_status", 2),
    ("combative, violent toward staff", "behavioural_danger", 2),
    ("intubated in the field", "resuscitation", 1),
    ("Trauma activation", "resuscitation", 1),
])
def test_red_flags(text, code, floor):
    found = {f.code: f for f in red_flags(text)}
    assert code in found, (text, found)
    assert found[code].level_floor == floor
    assert found[code].matched_text and found[code].source


@pytest.mark.parametrize("text", [
    "denies CP", "no chest pain, cough", "without LOC", "abd pain", "s/p fall", "dizziness", "fever",
    "chest wall pain", "pain, chest wall, rt", "vaginal bleeding", "urticarial rash", "bee sting",
    "headache", "hi, I have a headache", "open wound", "palpitation", "convulsion denied",
    "head injury, not on blood thinners", "fell down the stairs", "ETOH", "MVC", "Hyperglycemia",
    "allergic reaction", "syncope", "my ear feels like it's being stabbed with a nail", "i can't see well",
    "i can't move my leg, there is pain in the joint", "Agitation", "troponin normal last week",
    "no violent behaviour", "obstructive sleep apnea, cpap at night",
])
def test_no_red_flag_for_ordinary_or_negated_complaints(text):
    serious = {f.code for f in red_flags(text) if f.level_floor <= 2}
    assert serious == set(), text


def test_electric_shock_is_an_injury_not_hypotension():
    assert codes("electric shock") == {"major_burn"}
    assert "hypotension_text" in codes("septic shock")


def test_negation_ends_at_the_clause():
    assert "cardiac_chest_pain" in codes("no fever, but chest pain")
    assert "cardiac_chest_pain" not in codes("denies chest pain")


def test_flags_need_their_companion_finding():
    assert "bleeding_in_pregnancy" not in codes("vaginal bleeding")
    assert "allergy_with_breathing" not in codes("allergic rash")
    assert "allergy_with_breathing" not in codes("allergic rash, no wheezing")


def test_red_flags_sorted_most_urgent_first():
    floors = [f.level_floor for f in red_flags("post-CPR, hematemesis, chest pain")]
    assert floors == sorted(floors) and floors[0] == 1


@pytest.mark.parametrize("text, site", [
    ("abd pain", "central"), ("ant. chest pain", "central"), ("headache", "central"), ("HA", "central"),
    ("lt flank pain", "central"), ("RUQ pain", "central"), ("knee pain", "peripheral"),
    ("chest wall pain", "peripheral"), ("ankle injury", "peripheral"), ("", None),
])
def test_pain_site(text, site):
    assert pain_site(text) == site


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=300))
def test_any_text_normalises_and_flags_without_raising(text):
    out = normalise(text)
    assert out == out.strip() and "  " not in out
    assert not any("A" <= ch <= "Z" for ch in out)
    for flag in red_flags(text):
        assert 1 <= flag.level_floor <= 5 and flag.code and flag.title


def test_history_is_not_a_current_finding():
    assert "stroke_signs" not in codes("hx CVA")
    assert "stroke_signs" not in codes("previous stroke, now knee pain")
    assert "stroke_signs" in codes("hx CVA with new L side weakness")
    assert "cardiac_chest_pain" in codes("history of MI, now chest pain")


@pytest.mark.parametrize("text, expected", [
    ("cp", "chest pain"), ("sob", "shortness of breath"), ("abd pain", "abdominal pain"),
    ("ams", "altered mental status"), ("loc", "loss of consciousness"), ("gib", "gastrointestinal bleeding"),
    ("chest pain; shortness of breath", "chest pain; shortness of breath"),
    ("Chest pain and related symptoms", "chest pain"),
    ("Labored or difficult breathing (dyspnea)", "shortness of breath"),
    ("Abdominal pain, cramps, spasms, NOS", "abdominal pain"),
    ("Vomiting blood (hematemesis); Fainting (syncope)", "hematemesis; syncope"),
    ("Headache, pain in head", "headache"),
])
def test_nurse_shorthand_and_survey_wording_reach_one_vocabulary(text, expected):
    assert normalise(text) == expected


@pytest.mark.parametrize("nurse, survey, code", [
    ("cp", "Chest pain and related symptoms", "cardiac_chest_pain"),
    ("ams", "Altered level of consciousness", "altered_mental_status"),
    ("gib", "Vomiting blood (hematemesis)", "gi_bleeding"),
    ("slurred speech", "Disorders of speech, speech disturbance", "stroke_signs"),
    ("vision loss", "Blindness and half vision", "vision_loss"),
    ("intentional OD", "Overdose, intentional", "suicidal"),
])
def test_both_wordings_raise_the_same_flag(nurse, survey, code):
    assert code in codes(nurse) and code in codes(survey)


@pytest.mark.parametrize("text", ["denies cp", "denies chest pain", "hx of MI", "hx of MI, knee pain",
                                  "no sob", "denies loc", "history of gib", "pmhx CVA"])
def test_negated_and_historical_mentions_do_not_trigger(text):
    assert {f.code for f in red_flags(text) if f.level_floor <= 2} == set(), text


@pytest.mark.parametrize("text, onset_floor, asks", [
    ("facial droop", 2, True), ("sudden facial droop", 2, False), ("facial droop x 2 hrs", 2, False),
    ("facial droop for 3 days", 3, False), ("facial droop 2 weeks ago", 3, False),
    ("new facial droop, noticed 3 days ago", 2, True),  # both said: the safer reading, and ask
])
def test_stroke_floor_by_onset(text, onset_floor, asks):
    flag = next(f for f in red_flags(text) if f.code == "stroke_signs")
    assert flag.level_floor == onset_floor
    assert bool(flag.question) == asks


@pytest.mark.parametrize("text, expected", [
    ("crushing chest pain, sweaty, SBP 88, HR 118", {"sbp": 88, "heart_rate": 118}),
    ("SpO2 86 on oxygen, RR 32, responds to voice",
     {"spo2": 86, "resp_rate": 32, "on_oxygen": True, "avpu": "V"}),
    ("BP 88/50, pulse 120, GCS 12", {"sbp": 88, "dbp": 50, "heart_rate": 120, "gcs": 12}),
    ("not on oxygen, sats 95", {"spo2": 95}),
    ("abd pain x3 days, pain 8/10", {}),
    ("", {}),
])
def test_stated_vitals(text, expected):
    assert stated_vitals(text) == expected
