"""Named facilities and Korean job titles (stop 34): a surgery, school, nursing home or hospital by
its name says where the patient lives or was treated; generic ones ("General Hospital", "Mental
Health", "다른 병원") say nothing and stay. The removal cases failed on the previous main."""

from __future__ import annotations

import pytest

from triage.deid_text import scrub_text


@pytest.mark.parametrize("text, secret", [
    ("GP is Hollins Lane Surgery, review in a week", "Hollins Lane"),
    ("mum works at Finnish Hospital nights", "Finnish Hospital"),
    ("lives at Bracken Hill Care Home since May", "Bracken Hill"),
    ("partner at work (Tamarack College) till five", "Tamarack"),
    ("cc: Dr Ames, Birchwood Family Health Team", "Birchwood"),
    ("을지대학교병원 거부 후 전원", "을지대학교병원"),
    ("다니는 곳 무지개어린이집 담임 통보", "무지개어린이집"),
    ("주소 상계주공 7단지 712동 1103호", "712동 1103호"),
])
def test_a_named_facility_is_removed(text, secret):
    assert secret not in scrub_text(text)


@pytest.mark.parametrize("text", [
    "referred to Mental Health for follow-up",
    "Cardiology Clinic tomorrow at nine",
    "Nurses Station informed of the result",
    "다른 병원 에서 CT 시행",
    "요양원에서 옴, 보호자 동행",
    "담당 간호사 확인 후 투약",
])
def test_generic_facilities_and_roles_stay(text):
    assert scrub_text(text) == text


@pytest.mark.parametrize("text, secret", [
    ("분류자 박소연 간호사. 등록 완료", "박소연"),
    ("구급대원 이준호 소방교, 정다은 소방사 도착", "정다은"),
    ("정형외과 최유리 교수 외래", "최유리"),
    ("보호자: 김미란(며느리) 동의", "김미란"),
])
def test_a_korean_name_before_a_job_title_or_a_relation_in_brackets(text, secret):
    assert secret not in scrub_text(text)
