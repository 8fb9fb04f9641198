"""Issue 23's speed target (≤ 2 ms per note): the scrubber's batching, memo and pattern gates must
give exactly the findings of the plain one-text-at-a-time, unmemoised path."""

from __future__ import annotations

from datetime import date

import pytest

from fixtures_export import inst, template  # noqa: F401 - fixtures
from triage.deid_text import KnownIdentifiers, TextScrubber
from triage.deid_text.scrubber import CACHED_CHARS, _gate

PATIENT = KnownIdentifiers(names=("Maria Okafor",), numbers=("HX-4471982",), phones=("(617) 555-0142",),
                           dates=(date(1931, 3, 7),))
TEXTS = [
    "Pt c/o chest pain since 2 h. BP 120/80, HR 110, SpO2 94% on 2 L via NC.",
    "Maria will bring the papers; ask Tomasz about the keys. Call 0612345678.",
    "Seen with daughter Priyanka Shah, MRN 7734921, lives at 14 Elm Street, Tiverton.",
    "김민수 님 보호자 연락처 010-1234-5678, 2025년 3월 4일 내원",
    "Plate KR19 XWT, serial SN 4RX2231-B, email bubba_t (at) yahoo (dot) com",
    "Parkinson's disease, Bell's palsy, Foley in situ, Glasgow 15, Murphy sign negative.",
    "",
    "   ",
    "Fluids via IV, O2 via NRB, feeds via PEG.",
    "Maria Okafor (DOB 07/03/1931) phone (617) 555-0142, ref HX-4471982",
    # longer than the memo keeps: analysed every time unless warmed
    "Dr Ahmed Khalil reviewed. " * 30 + "Patient to follow up with GP Dr Aoife Byrne on 14 March 2024.",
]


@pytest.fixture(scope="module")
def scrubber():
    return TextScrubber()


def _as_tuples(found):
    return [[(f.start, f.end, f.entity) for f in fs] for fs in found]


def test_find_many_gives_what_find_gives_one_at_a_time(scrubber):
    items = [(t, PATIENT if i % 2 else KnownIdentifiers()) for i, t in enumerate(TEXTS * 2)]
    one = TextScrubber(cache_size=0)
    expected = _as_tuples([one.find(t, k) for t, k in items])
    assert any(expected)
    assert _as_tuples(scrubber.find_many(items, batch_size=3)) == expected
    assert _as_tuples(scrubber.find_many(items)) == expected


def test_the_memo_gives_what_no_memo_gives(scrubber):
    fresh = TextScrubber(cache_size=0)
    for text in TEXTS:
        assert scrubber.scrub(text, PATIENT) == fresh.scrub(text, PATIENT)
        assert scrubber.scrub(text, PATIENT) == fresh.scrub(text, PATIENT)  # the second time from the memo
    # the memo holds findings per text, never a patient's: another patient's name is not carried over
    other = KnownIdentifiers(names=("Tomasz Nowak",))
    assert "Tomasz" not in scrubber.scrub(TEXTS[1], other)


def test_the_memo_is_bounded():
    small = TextScrubber(cache_size=2)
    for text in TEXTS:
        small.scrub(text)
    assert len(small._cache) == 2
    assert all(len(t) <= CACHED_CHARS for t in small._cache)


def test_warmed_texts_give_the_same_findings(scrubber):
    warmed = TextScrubber()
    warmed.warm(TEXTS)
    long = TEXTS[-1]
    assert len(long) > CACHED_CHARS and long in warmed._warmed
    fresh = TextScrubber(cache_size=0)
    assert [warmed.scrub(t, PATIENT) for t in TEXTS] == [fresh.scrub(t, PATIENT) for t in TEXTS]


def test_the_pipeline_runs_only_the_ner_and_finds_what_the_full_one_finds():
    import spacy

    from triage.deid_text.spacy_model import load_pipeline, model_path

    nlp = load_pipeline()
    assert nlp.pipe_names == ["ner"]
    full = spacy.load(model_path(), exclude=["tagger", "parser", "senter", "attribute_ruler", "lemmatizer"])
    assert full.pipe_names == ["tok2vec", "ner"]  # thinc's default ops (BLIS) and the shared tok2vec
    for text in TEXTS:
        assert [(e.start_char, e.end_char, e.label_) for e in nlp(text).ents] == \
            [(e.start_char, e.end_char, e.label_) for e in full(text).ents]


def test_a_cue_gate_never_rejects_a_text_its_pattern_matches(scrubber):
    scrubber.find("warm up")
    gated = [(rx, gate) for _, rx, gate in scrubber._analyzer.patterns if gate is not None]
    assert len(gated) >= 5  # record numbers, serials, plates, postcodes after their cue
    for text in TEXTS + ["MRN: 7734921", "serial no. 4RX2231-B", "postcode SW1A 1AA", "reg plate KR19 XWT"]:
        for rx, gate in gated:
            if rx.search(text):
                assert gate.search(text), (rx.pattern, text)


def test_gate_turns_the_leading_lookbehind_into_a_consumed_group():
    assert _gate(r"(?i)(?<=\b(?:mrn|id)[:\s]*)\d{5,}", 0).pattern == r"(?i)(?:\b(?:mrn|id)[:\s]*)\d{5,}"
    assert _gate(r"(?<=[)(])x", 0).pattern == r"(?:[)(])x"
    assert _gate(r"\b\d{5}\b", 0) is None
    assert _gate(r"(?<!\w)\d{5}", 0) is None  # a negative lookbehind gates nothing


def test_an_export_prepares_every_text_it_scrubs(inst, monkeypatch):
    """``CaseDeidentifier.prepare`` warms the texts ``case`` scrubs: afterwards nothing is analysed."""
    from triage.deid_text import scrubber as module
    from triage.export.deid_records import CaseDeidentifier

    details = [inst.store.case_detail(inst.clinician, c) for c in (inst.case_id, inst.other_case_id)]
    deid = CaseDeidentifier(key=b"k" * 32)
    before = [deid.case(d) for d in details]
    monkeypatch.setattr(module, "_DEFAULT", TextScrubber())
    deid.prepare(details)
    engine = module._DEFAULT._engine()
    analysed: list[str] = []
    real = engine.analyze_many
    monkeypatch.setattr(engine, "analyze_many", lambda texts: analysed.extend(texts) or real(texts))
    after = [deid.case(d) for d in details]
    assert after == before
    values = {module.fold(t).text for d in details
              for t in (d.complaint, d.narrative, *(n.text for n in d.notes), *(r.reason for r in d.reviews),
                        *(r.title for s in d.suggestions for r in s.suggestion.reasons),
                        *(r.detail for s in d.suggestions for r in s.suggestion.reasons)) if t.strip()}
    assert len(values) > 5
    assert values.isdisjoint(analysed)  # only rule values and metadata are left to scrub one at a time
