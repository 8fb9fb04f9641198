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
from triage.deid_text.names import person_spans

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


def build_recognizers() -> list[EntityRecognizer]:
    """Every recognizer the scrubber registers (the patient's own values are matched apart: ``known``)."""
    return [
        CuePersonRecognizer(),
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
    ]


class SentencePhoneRecognizer(PhoneRecognizer):
    """Presidio's libphonenumber recognizer, minus matches that run across the end of a sentence.

    libphonenumber's matcher joins "02-09-2019. 48" or "3.2. 6958610" into one number; a number
    written in a note never contains ". ". Texts with fewer than seven digits are skipped unread.
    """

    def analyze(self, text: str, entities: List[str],
                nlp_artifacts: Optional[NlpArtifacts] = None) -> List[RecognizerResult]:
        if sum(c.isdigit() for c in text) < 7:
            return []
        return [r for r in super().analyze(text, entities, nlp_artifacts)
                if not _SENTENCE_BREAK.search(text, r.start, r.end)]


_SENTENCE_BREAK = regex.compile(r"[.,;:!?]\s")
