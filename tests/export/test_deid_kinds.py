"""One example per kind of identifier that leaked through the scrubber in issue 23, each written
for this test (not the issue's strings): names without a cue in several languages, Korean names,
nicknames, obfuscated e-mails, plates, small towns, Korean streets, dates in words and in Korean,
ages in Korean, odd record numbers as whole tokens, resident registration numbers; and the other
way round, the clinical words that must survive (routes after "via", eponyms, complaint words)."""

from __future__ import annotations

import pytest

from fixtures_export import inst, template  # noqa: F401 - fixtures

from triage.deid_text import scrub_text

LEAKED = [  # (text, what must not survive, the label that replaces it)
    ("please ask Grzegorz for the spare keys", "Grzegorz", "[NAME]"),
    ("Lakshmi stayed with him all night", "Lakshmi", "[NAME]"),
    ("최지훈 보호자 동반, 흉통 호소", "최지훈", "[NAME]"),
    ("정수빈 님 내원", "정수빈", "[NAME]"),
    ("윤하은 씨가 전화함", "윤하은", "[NAME]"),
    ("Park Ji-hoon is the son", "Ji-hoon", "[NAME]"),
    ("Phạm Thị Lan brought him in", "Phạm", "[NAME]"),
    ("Le Van Duc called the desk", "Duc", "[NAME]"),
    ("Mohammed bin Saleh Al-Qahtani is next of kin", "Qahtani", "[NAME]"),
    ('"Bones" Malone drove him here', "Malone", "[NAME]"),
    ("friends call him Sparky", "Sparky", "[NAME]"),
    ("write to tony_g (at) gmail (dot) com", "tony_g", "[EMAIL]"),
    ("car reg 4XYZ987 parked outside", "4XYZ987", "[PLATE]"),
    ("plate LM21 ABC", "LM21", "[PLATE]"),
    ("차량 34나 5678 이용", "5678", "[PLATE]"),
    ("came from Pleasant Hollow Township this morning", "Pleasant Hollow", "[ADDRESS]"),
    ("lives in 테헤란로 212", "테헤란로", "[ADDRESS]"),
    ("seen on 2024년 11월 2일", "2024년", "[DATE]"),
    ("seen Wednesday the ninth of October", "ninth of October", "[DATE]"),
    ("93세 남자, 어지러움", "93세", "[AGE 90+]"),
    ("ref QX/2023/5521-7 on file", "QX/2023", "[ID]"),
    ("주민번호 800101-1234567 김영희", "800101", "[ID]"),
    ("주민번호 800101-1234567 김영희", "김영희", "[NAME]"),
    ("SN 44A-77812 infusion pump", "77812", "[ID]"),
]


@pytest.mark.parametrize("text,needle,label", LEAKED, ids=[f"{t[2]}-{i}" for i, t in enumerate(LEAKED)])
def test_each_kind_that_leaked_is_masked_whole(text, needle, label):
    out = scrub_text(text)
    assert needle not in out, out
    assert label in out, out


KEPT = ["O2 via NC 2L", "fluids via IV", "fed via PEG", "meds via NG tube", "Murphy sign positive",
        "Parkinson disease, Foley in situ", "Chest pain; Kidney dialysis", "Cough; Infant regurgitation",
        "Abnormal pulsations and palpitations; Fainting (syncope)",
        "Abdominal pain, cramps, spasms, NOS; Cramps, spasms, site unspecified", "88세 여자, 복통",
        "Pain, Hand", "GCS 15, BP 120/80, SpO2 97 % on room air"]


@pytest.mark.parametrize("text", KEPT)
def test_clinical_text_is_never_altered(text):
    assert scrub_text(text) == text



def test_staff_and_the_clinics_own_list_are_removed_from_a_deidentified_export(inst, tmp_path):
    """A colleague's name with no cue is found because it is an account's display name; a name on
    the clinic's list file (``deid-names.txt`` in the installation folder) likewise."""
    from fixtures_export import all_output_bytes

    from triage.records import Role
    from triage.export import export_cases
    from triage.export.local_names import LIST_FILE
    from triage.intake import parse_intake

    inst.store.accounts.create_user(inst.admin, "tquell", "Tamsin Quellwood", "correct horse battery 9",
                                    {Role.NURSE})
    (inst.store.data_dir / LIST_FILE).write_text("# regular carers\nOrsolya Varkonyi\n", encoding="utf-8")
    intake = parse_intake({"complaint": "fall at home. Quellwood covered the break, Varkonyi brought "
                                        "the tablets", "age_years": "70"})
    inst.store.create_case(inst.nurse, intake, None)
    plain = b"".join(all_output_bytes(export_cases(inst.store, inst.admin, "jsonl",
                                                   tmp_path / "plain.jsonl").paths).values())
    assert b"Quellwood" in plain and b"Varkonyi" in plain
    out = b"".join(all_output_bytes(export_cases(inst.store, inst.admin, "jsonl", tmp_path / "d.jsonl",
                                                 deidentify=True).paths).values())
    assert b"Quellwood" not in out and b"Varkonyi" not in out and b"Tamsin" not in out
