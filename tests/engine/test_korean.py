"""Korean and mixed Korean-English complaints and notes (issue 20 §2): the red flags, floors,
the narrative reader and the engine read them as they read English."""

from __future__ import annotations

import pytest

from bench.bench_korean import TABLE, compare, load, summary
from triage.engine import complaint_korean
from triage.engine.complaint_text import normalise, red_flags
from triage.engine.engine import Engine
from triage.engine.narrative import extract, to_intake
from triage.engine.rules import evaluate
from triage.intake import ArrivalMode, Intake, Patient, Sex, Vitals


def _codes(text: str) -> set[str]:
    return {f.code for f in red_flags(text)}


# ------------------------------------------------------------------ the glossary


def test_glossary_rows_have_sources_and_no_duplicate_keys():
    entries = complaint_korean.load_glossary()
    assert len(entries) > 400
    assert all(e.source for e in entries)
    keys = [e.korean.replace(" ", "") for e in entries]
    assert len(keys) == len(set(keys))


def test_glossary_bad_row_is_a_clear_error(tmp_path):
    bad = tmp_path / "g.tsv"
    bad.write_text("흉통\tchest pain\n", encoding="utf-8")
    with pytest.raises(ValueError, match="g.tsv:1"):
        complaint_korean.load_glossary(bad)


def test_english_text_is_unchanged():
    for text in ("chest pain, BP 150/90", "", "denies SOB; N/V x2", "🙂"):
        assert complaint_korean.to_english(text) == text


# ------------------------------------------------------------------ red flags on Korean words


@pytest.mark.parametrize("text, code", [
    ("흉통", "cardiac_chest_pain"),
    ("가슴이 답답해요", "cardiac_chest_pain"),
    ("CP, 식은땀, BP 88/50", "cardiac_chest_pain"),
    ("의식저하", "altered_mental_status"),
    ("편마비", "stroke_signs"),
    ("구음장애", "stroke_signs"),
    ("오른쪽 팔에 힘이 없어요", "stroke_signs"),
    ("경련 중", "status_epilepticus"),
    ("경련", "seizure"),
    ("자살 시도", "suicidal"),
    ("화학물질 눈 노출", "chemical_eye"),
    ("눈에 락스가 튀었어요", "chemical_eye"),
    ("토혈", "gi_bleeding"),
    ("흑색변", "gi_bleeding"),
    ("심정지", "cardiac_arrest"),
    ("맥박 없음", "cardiac_arrest"),
    ("임신 12주, 질출혈", "bleeding_in_pregnancy"),
    ("두드러기, 숨쉬기 힘들어요", "allergy_with_breathing"),
    ("혀가 부었어요", "anaphylaxis"),
    ("갑자기 생긴 극심한 두통", "thunderclap_headache"),
    ("머리를 부딪힘, 와파린 복용 중", "head_injury_anticoagulated"),
    ("저혈당", "diabetic_emergency"),
    ("농약 음독", "poisoning"),
    ("눈이 갑자기 안 보여요", "vision_loss"),
])
def test_red_flag_fires_on_korean_words(text, code):
    assert code in _codes(text)


@pytest.mark.parametrize("text", ["흉통 없음", "흉통은 없다", "흉통 부인함", "흉통 (-)", "흉통 증상은 없음",
                                  "CP 없음", "흉통 없이 기침"])
def test_korean_negation_after_the_word(text):
    assert "cardiac_chest_pain" not in _codes(text)


def test_negation_ends_at_its_word():
    assert normalise("흉통은 없고 호흡곤란 있음") == "no chest pain, shortness of breath"
    assert "stroke_signs" in _codes("흉통 없음, 편마비")


def test_history_is_not_now():
    assert "stroke_signs" not in _codes("뇌졸중 과거력, 어지러움")


def test_rule_floor_on_korean_complaint_equals_english():
    def floor(text: str) -> int | None:
        intake = Intake(Patient(age_years=60, sex=Sex.MALE), text, Vitals(), ArrivalMode.WALK_IN)
        return evaluate(intake).floor
    for ko, en in (("흉통", "chest pain"), ("의식저하", "decreased consciousness"),
                   ("편마비 1시간 전부터", "hemiplegia since 1 hour"), ("자살 시도", "suicide attempt")):
        assert floor(ko) == floor(en) is not None


# ------------------------------------------------------------------ the narrative reader


@pytest.mark.parametrize("note, expected", [
    ("흉통, 혈압 150/90, 맥박 88", {"sbp": 150, "dbp": 90, "heart_rate": 88}),
    ("혈압은 100/60 mmHg, 심박수는 110회/분", {"sbp": 100, "dbp": 60, "heart_rate": 110}),
    ("호흡수 24회, 체온 38.5도", {"resp_rate": 24, "temperature_c": 38.5}),
    ("열이 39.2℃", {"temperature_c": 39.2}),
    ("BT 37.8, PR 96, 통증", {"temperature_c": 37.8, "heart_rate": 96}),
    ("산소포화도 91%(실내공기)", {"spo2": 91, "on_oxygen": False}),
    ("산소 2L 하에 산소포화도 95%", {"spo2": 95, "on_oxygen": True}),
    ("통증 점수 7점", {"pain": 7}),
    ("NRS 4점", {"pain": 4}),
    ("72세 남자", {"age_years": 72, "sex": "M"}),
    ("생후 4개월 남아", {"age_years": 0.33, "sex": "M"}),
    ("45/F 복통", {"age_years": 45, "sex": "F"}),
    ("의식 명료", {"avpu": "A"}), ("기면", {"avpu": "V"}), ("의식 혼미", {"avpu": "P"}),
    ("반혼수", {"avpu": "P"}), ("혼수", {"avpu": "U"}),
    ("119 구급차로 내원", {"arrival": "ambulance"}), ("도보 내원", {"arrival": "walk_in"}),
    ("30분 전부터 흉통", {"onset": 0.5}),
    ("넘어진 후 발목 통증", {"injury": True}), ("외상 없음", {"injury": False}),
    ("임신 12주", {"pregnant": True}), ("임신 아님", {"pregnant": False}),
])
def test_korean_note_fields(note, expected):
    got = extract(note)
    assert {k: got.get(k) for k in expected} == expected, got.to_dict()


@pytest.mark.parametrize("note", ["기침 3일", "열 3일째", "맥박 3일 전부터 불규칙", "혈압약 복용 중",
                                  "통증 2시간"])
def test_durations_are_not_readings(note):
    got = extract(note)
    assert not set(got.fields) & {"heart_rate", "temperature_c", "sbp", "pain", "resp_rate"}


def test_korean_complaint_keeps_the_story_and_cuts_the_numbers():
    assert to_intake(extract("흉통, 혈압 150/90, 맥박 88")).complaint == "흉통"


# ------------------------------------------------------------------ Korean and English twins


@pytest.fixture(scope="module")
def engine(models_dir) -> Engine:
    return Engine.load(models_dir)


def test_korean_twins_get_the_english_level_and_vitals(engine):
    result = summary(compare(load(TABLE), engine))
    assert result["pairs"] >= 40
    assert result["same_level_share"] >= 0.95, result
    assert result["vitals_read_share"] >= 0.95, result
