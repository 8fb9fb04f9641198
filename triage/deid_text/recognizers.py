"""The Presidio recognizers the scrubber runs, all local: patterns, phonenumbers, cue-based names.

Presidio (``presidio-analyzer``) supplies the recognizer framework, the phone recognizer built on
Google's libphonenumber, the IP recognizer, regex matching under a timeout, de-duplication. Its URL
recognizer is not used: it takes seconds on a few thousand characters like "1.2.1.2..." (quadratic
backtracking); the URL and domain patterns below start only at a word boundary.
Its default NLP engine loads a spaCy model that is downloaded at run time; here spaCy's blank
English tokenizer (shipped inside the ``spacy`` wheel) stands in, so nothing is fetched. Presidio's
e-mail recognizer is not used: it validates domains with ``tldextract``, which fetches the public
suffix list on first use; the e-mail pattern below needs no list.
"""

from __future__ import annotations

from typing import List, Optional

import regex

from presidio_analyzer import EntityRecognizer, LocalRecognizer, Pattern, PatternRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from presidio_analyzer.predefined_recognizers import IpRecognizer, PhoneRecognizer

from triage.deid_text import patterns as P
from triage.deid_text import (calendar_words, intl, intl_cjk, intl_more, korean, many_languages, name_cues, places,
                              streets, uncased_names)
from triage.deid_text.clinical_words import is_clinical
from triage.deid_text.gazetteer import all_english_words
from triage.deid_text.names import (credential_name_spans, cueless_spans, lower_case_spans, person_spans,
                                    unknown_pair_spans)

PHONE_REGIONS = ("US", "GB")  # each region is one more pass of libphonenumber over the text


class CuePersonRecognizer(LocalRecognizer):
    """People named next to a title, a relation or a lead verb (``names.person_spans``)."""

    def __init__(self) -> None:
        super().__init__(supported_entities=["PERSON"], name="cue_person", supported_language="en")

    def load(self) -> None:
        pass

    def analyze(self, text: str, entities: List[str],
                nlp_artifacts: Optional[NlpArtifacts] = None) -> List[RecognizerResult]:
        return [RecognizerResult("PERSON", s, e, 0.85) for s, e in person_spans(text)]


def _patterns(entity: str, name: str, table, score: float = 0.8) -> PatternRecognizer:
    # Flags are written inside each pattern ("(?i)"): postcodes and names depend on letter case.
    return PatternRecognizer(supported_entity=entity, name=name, global_regex_flags=0,
                             patterns=[Pattern(f"{name}: {label}", rx, score) for label, rx in table])


class GazetteerPersonRecognizer(LocalRecognizer):
    """Names with no cue, from the name lists of many countries (``gazetteer``) and Korean names."""

    def __init__(self) -> None:
        super().__init__(supported_entities=["PERSON"], name="gazetteer_person", supported_language="en")

    def load(self) -> None:
        pass

    def analyze(self, text: str, entities: List[str],
                nlp_artifacts: Optional[NlpArtifacts] = None) -> List[RecognizerResult]:
        spans = [*cueless_spans(text), *lower_case_spans(text), *unknown_pair_spans(text),
                 *korean.name_spans(text), *intl_more.bracket_relation_spans(text),
                 *uncased_names.uncased_name_spans(text), *name_cues.cue_name_spans(text)]
        return [RecognizerResult("PERSON", s, e, 0.6) for s, e in spans]


class CuedPlaceRecognizer(LocalRecognizer):
    """A town after a travel or residence cue ("drove in from ..."), never a clinical word."""

    def __init__(self) -> None:
        super().__init__(supported_entities=["LOCATION"], name="cued_place", supported_language="en")
        self._rx = regex.compile(P.TOWN_AFTER_CUE)

    def load(self) -> None:
        pass

    def analyze(self, text: str, entities: List[str],
                nlp_artifacts: Optional[NlpArtifacts] = None) -> List[RecognizerResult]:
        out = []
        for m in self._rx.finditer(text, timeout=1.0):
            words = m.group().replace("-", " ").split()
            if any(is_clinical(w) or (w.isupper() and len(w) <= 4) for w in words) and all(
                    is_clinical(w) or w.lower() in all_english_words() for w in words):
                continue  # "from ED", "from Cardiology"; but "from Port Wakefield" is a town
            out.append(RecognizerResult("LOCATION", m.start(), m.end(), 0.6))
        return out


class SpanRecognizer(LocalRecognizer):
    """A recognizer around a function that yields ``(start, end)`` or ``(start, end, entity)``: the
    gazetteer- and word-list-based finders of ``places``, ``calendar_words``, ``streets`` and
    ``many_languages``. ``warm`` builds the finder's tables at load time, not on the first note."""

    def __init__(self, entity: str, name: str, spans, warm=None, score: float = 0.6) -> None:
        self._entity, self._spans, self._warm, self._score = entity, spans, warm, score
        super().__init__(supported_entities=[entity], name=name, supported_language="en")  # calls load()

    def load(self) -> None:
        if self._warm is not None:
            self._warm()

    def analyze(self, text: str, entities: List[str],
                nlp_artifacts: Optional[NlpArtifacts] = None) -> List[RecognizerResult]:
        return [RecognizerResult(span[2] if len(span) == 3 else self._entity, span[0], span[1], self._score)
                for span in self._spans(text)]


def build_recognizers() -> list[EntityRecognizer]:
    """Every recognizer the scrubber runs besides the NER (``ner``; the patient's own values are matched
    apart: ``known``)."""
    korean_tables: dict[str, list] = {}
    for entity, label, rx in korean.PATTERNS:
        korean_tables.setdefault(entity, []).append((label, rx))
    return [
        CuePersonRecognizer(),
        GazetteerPersonRecognizer(),
        CuedPlaceRecognizer(),
        SpanRecognizer("LOCATION", "place_gazetteer", places.place_spans, places.warm),
        SpanRecognizer("LOCATION", "streets, many languages", streets.street_spans),
        SpanRecognizer("DATE_TIME", "calendar_dates", calendar_words.date_spans, calendar_words.calendar_words, 0.8),
        SpanRecognizer("ID", "mixed_record_numbers", many_languages.record_number_spans),
        _patterns("AGE", "ages over 89, many languages", many_languages.AGE_PATTERNS),
        _patterns("PERSON", "nicknames", P.NICKNAME_PATTERNS),
        SpanRecognizer("PERSON", "surname, given, credential", credential_name_spans),
        _patterns("EMAIL_ADDRESS", "email, spelled out", [("at and dot", P.EMAIL_OBFUSCATED)], 0.9),
        _patterns("PLATE", "licence plates", P.PLATE_PATTERNS, 0.6),
        _patterns("ID", "serial numbers", P.SERIAL_PATTERNS),
        _patterns("ID", "record number tokens", P.ID_TOKEN_PATTERNS, 0.6),
        _patterns("DATE_TIME", "dates in words", P.DATE_WORD_PATTERNS),
        _patterns("AGE", "ages over 89, more forms", P.AGE_EXTRA_PATTERNS),
        *[_patterns(entity, f"korean {entity.lower()}", table) for entity, table in korean_tables.items()],
        _patterns("DATE_TIME", "dates", P.DATE_PATTERNS),
        _patterns("AGE", "ages over 89", P.AGE_PATTERNS),
        _patterns("EMAIL_ADDRESS", "email", [("address", P.EMAIL)], 1.0),
        _patterns("URL", "urls", [("scheme or www", P.URL), ("domain", P.DOMAIN)]),
        IpRecognizer(),
        _patterns("IP_ADDRESS", "ips", [("v4", P.IPV4), ("v6", P.IPV6)]),
        SentencePhoneRecognizer(supported_regions=PHONE_REGIONS, leniency=1),
        _patterns("PHONE_NUMBER", "digit runs", [("7+ digits", P.PHONE_DIGITS)], 0.5),
        _patterns("LOCATION", "addresses", P.ADDRESS_PATTERNS),
        _patterns("POSTCODE", "postcodes", P.POSTCODE_PATTERNS),
        _patterns("ID", "record numbers", P.ID_PATTERNS),
        *_intl_recognizers(),
    ]


def _intl_recognizers() -> list[EntityRecognizer]:
    """Other countries' addresses, dates, ages, e-mails, handles and plates (``intl``)."""
    return [_patterns("LOCATION", "addresses, other countries", intl.ADDRESS_PATTERNS, 0.6),
            _patterns("DATE_TIME", "dates, other languages", intl.DATE_PATTERNS),
            _patterns("AGE", "ages over 89, other languages", intl.AGE_PATTERNS),
            _patterns("EMAIL_ADDRESS", "email, other spellings", intl.EMAIL_PATTERNS, 0.9),
            _patterns("URL", "social handles", intl.HANDLE_PATTERNS, 0.6),
            _patterns("PLATE", "plates after more cues", intl.PLATE_PATTERNS, 0.6),
            _patterns("PERSON", "names, other languages", intl.PERSON_PATTERNS, 0.6),
            _patterns("LOCATION", "streets, more countries", intl_more.STREET_PATTERNS, 0.6),
            _patterns("DATE_TIME", "dates, more languages", intl_more.DATE_PATTERNS),
            _patterns("AGE", "ages over 89, written out", intl_more.AGE_PATTERNS),
            _patterns("ID", "record numbers, more labels", intl_more.ID_PATTERNS, 0.6),
            _patterns("URL", "messenger ids", intl_more.HANDLE_PATTERNS, 0.6),
            _patterns("PLATE", "plates, longer", [*intl_more.PLATE_PATTERNS, *intl_cjk.PLATE_PATTERNS], 0.6),
            *_cjk_recognizers()]


def _cjk_recognizers() -> list[EntityRecognizer]:
    """Chinese, Japanese, Thai and Hebrew script (``intl_cjk``): only where such a character is."""
    return [ScriptGated(_patterns(entity, f"{name}, cjk/thai/hebrew", table, 0.6))
            for entity, name, table in (("PERSON", "names", intl_cjk.PERSON_PATTERNS),
                                        ("DATE_TIME", "dates", intl_cjk.DATE_PATTERNS),
                                        ("AGE", "ages", intl_cjk.AGE_PATTERNS),
                                        ("LOCATION", "addresses", intl_cjk.ADDRESS_PATTERNS),
                                        ("POSTCODE", "postcodes", intl_cjk.POSTCODE_PATTERNS),
                                        ("ID", "ids", intl_cjk.ID_PATTERNS),
                                        ("PHONE_NUMBER", "phones", intl_cjk.PHONE_PATTERNS))]


class SentencePhoneRecognizer(PhoneRecognizer):
    """Presidio's libphonenumber recognizer, minus matches that run across the end of a sentence.

    libphonenumber's matcher joins "02-09-2019. 48" or "3.2. 6958610" into one number; a number
    written in a note never contains ". ". Texts with fewer than seven digits are skipped unread, and
    so are texts where no run of digits and phone punctuation holds six (the fewest in any valid
    number: +43 or +49 and four digits): the matcher's candidates are such runs, and parsing the
    vital signs of a note ("BP 120/80, HR 110, T 38.5") as numbers was most of its time.
    """

    def analyze(self, text: str, entities: List[str],
                nlp_artifacts: Optional[NlpArtifacts] = None) -> List[RecognizerResult]:
        if sum(c.isdigit() for c in text) < 7:
            return []
        import phonenumbers

        spans: set[tuple[int, int]] = set()
        for start, end in _windows(text):
            window = text[start:end]
            for region in self.supported_regions:
                for match in phonenumbers.PhoneNumberMatcher(window, region, leniency=self.leniency):
                    spans.add((start + match.start, start + match.end))
        return [RecognizerResult("PHONE_NUMBER", s, e, self.SCORE) for s, e in sorted(spans)
                if not _SENTENCE_BREAK.search(text, s, e)]


def _windows(text: str) -> list[tuple[int, int]]:
    """The stretches of ``text`` the phone matcher reads: each run holding six digits or more, widened
    by 24 characters and then to the spaces around (so the matcher sees the characters before and
    after a candidate, and no stretch starts inside a word), overlapping stretches joined. A number
    lies inside one run (the matcher's candidates are such runs), so the rest of the note — its vital
    signs, times and doses — is never parsed."""
    out: list[list[int]] = []
    n = len(text)
    for m in _PHONE_RUN.finditer(text):
        if sum(c.isdecimal() for c in m.group()) < 6:
            continue
        start = max(0, m.start() - 24)
        while start > 0 and not text[start - 1].isspace():
            start -= 1
        end = min(n, m.end() + 24)
        while end < n and not text[end].isspace():
            end += 1
        if out and start <= out[-1][1]:
            out[-1][1] = max(out[-1][1], end)
        else:
            out.append([start, end])
    return [(s, e) for s, e in out]


_SENTENCE_BREAK = regex.compile(r"[.,;:!?]\s")
# What libphonenumber's matcher puts in a candidate besides the extension: digits, its punctuation
# (phonenumberutil's _VALID_PUNCTUATION, "x" in either case) and the opening brackets and plus signs.
_PHONE_RUN = regex.compile("[\\d" + regex.escape("-xX\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u30fc\uff0d\uff0e\uff0f "
                                                  "\u00a0\u00ad\u200b\u2060\u3000()\uff08\uff09\uff3b\uff3d.[]/~"
                                                  "\u2053\u223c\uff5e(\uff08[\uff3b+\uff0b", special_only=False) + "]+")


NON_LATIN = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hebrew}\p{Thai}]")
# Patterns (``"recognizer: label"``) of which every branch needs a character outside ASCII (Hangul, Arabic
# letters or digits, Cyrillic month names): they cannot match an ASCII text, which most notes are once
# folded, so the scrubber does not run them there.
OUTSIDE_ASCII = frozenset({
    "korean date_time: date", "korean age: age over 89", "korean location: address", "korean plate: licence plate",
    "addresses, other countries: korean", "addresses, other countries: arabic street",
    "dates, other languages: arabic", "dates, other languages: arabic-indic digits",
    "ages over 89, more forms: korean words", "korean location: city",
    "names, other languages: arabic relation", "dates, more languages: cyrillic",
})


class ScriptGated(LocalRecognizer):
    """A pattern recognizer run only on texts holding a Han, kana, Hebrew or Thai character: most notes
    hold none, and one search for such a character costs less than the patterns."""

    def __init__(self, inner: PatternRecognizer) -> None:
        super().__init__(supported_entities=inner.supported_entities, name=inner.name, supported_language="en")
        self.inner = inner

    def load(self) -> None:
        pass

    def analyze(self, text: str, entities: List[str],
                nlp_artifacts: Optional[NlpArtifacts] = None) -> List[RecognizerResult]:
        if NON_LATIN.search(text) is None:
            return []
        return self.inner.analyze(text, entities, nlp_artifacts)
