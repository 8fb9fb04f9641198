"""Scrub free text: find identifiers with Presidio on the accent-folded text, replace them by labels.

One ``TextScrubber`` holds the Presidio analyzer (built on first use: 2-6 s, most of it importing
spaCy and Presidio, which import torch and transformers when installed) and is safe to share
between threads. Presidio's findings do not depend on the patient, so they are cached per text;
the patient's own values are matched apart (``known.KnownMatcher``), which is cheap.

Overlapping findings are merged before anything is replaced, so an e-mail address that contains
the patient's name is removed whole, never half-rewritten into something the e-mail pattern no
longer matches.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

from triage.deid_text.folding import fold
from triage.deid_text.known import KnownIdentifiers, KnownMatcher, matcher

LABELS = {
    "PERSON": "[NAME]", "DATE_TIME": "[DATE]", "AGE": "[AGE 90+]", "EMAIL_ADDRESS": "[EMAIL]",
    "URL": "[URL]", "IP_ADDRESS": "[IP]", "PHONE_NUMBER": "[PHONE]", "LOCATION": "[ADDRESS]",
    "POSTCODE": "[POSTCODE]", "ID": "[ID]", "PLATE": "[PLATE]",
}
CACHE_SIZE = 8192  # reason titles and common complaints repeat across the cases of one export
CACHED_CHARS = 512  # only short texts are kept: the cache stays under about 10 MB


@dataclass(frozen=True)
class Finding:
    """One identifier found: ``text[start:end]`` of the original string, and its kind."""

    start: int
    end: int
    entity: str

    @property
    def label(self) -> str:
        return LABELS.get(self.entity, "[REDACTED]")


class TextScrubber:
    """Presidio analyzer with local recognizers only; nothing is downloaded."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._analyzer = None

    def _engine(self):
        with self._lock:
            if self._analyzer is None:
                self._analyzer = _build_analyzer()
            return self._analyzer

    def find(self, text: str, known: KnownIdentifiers = KnownIdentifiers()) -> list[Finding]:
        """Every identifier in ``text``, overlapping findings merged, in order."""
        if not text or not text.strip():
            return []
        folded = fold(text)
        found = list(self._generic(folded.text))
        if not known.is_empty():
            found += known_matcher(known).spans(folded.text)
        spans = sorted((*whole_tokens(text, *folded.span(s, e, text)), entity) for entity, s, e in found if e > s)
        return _merge(spans)

    def _generic(self, folded: str) -> tuple[tuple[str, int, int], ...]:
        """Presidio's findings in folded text, the same for every patient: cached for short texts
        (reason titles and common complaints repeat across the cases of an export)."""
        if len(folded) <= CACHED_CHARS:
            return _cached_generic(self, folded)
        return self._analyze(folded)

    def _analyze(self, folded: str) -> tuple[tuple[str, int, int], ...]:
        analyzer = self._engine()
        with self._lock:  # recognizers compile their patterns lazily; one analysis at a time
            results = analyzer.analyze(folded, language="en", score_threshold=0.0)
        return tuple((r.entity_type, r.start, r.end) for r in results)

    def scrub(self, text: str, known: KnownIdentifiers = KnownIdentifiers()) -> str:
        """``text`` with every identifier replaced by its label (``[NAME]``, ``[DATE]``, ...)."""
        out = text
        for f in reversed(self.find(text, known)):
            out = out[:f.start] + f.label + out[f.end:]
        return out


@lru_cache(maxsize=CACHE_SIZE)
def _cached_generic(scrubber: TextScrubber, folded: str) -> tuple[tuple[str, int, int], ...]:
    return scrubber._analyze(folded)


@lru_cache(maxsize=256)
def known_matcher(known: KnownIdentifiers) -> KnownMatcher:
    """``known`` normalised once per patient (an export meets each patient's texts together)."""
    return matcher(known)


_JOINERS = "-/_.#:"


def whole_tokens(text: str, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` widened to the whole token it lies in: no fragment of an identifier survives
    beside its label ("K/2024/[ID]", "MDT-[ID]", "4RX[ID]-B" were left before). A token is letters and
    digits joined by ``- / _ . # :`` without spaces; a sentence's final full stop is not part of it."""
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] in _JOINERS and start > 1
                         and text[start - 2].isalnum()):
        start -= 1
    n = len(text)
    while end < n and (text[end].isalnum() or text[end] in _JOINERS and end + 1 < n and text[end + 1].isalnum()):
        end += 1
    return start, end


def _merge(spans: list[tuple[int, int, str]]) -> list[Finding]:
    """Overlapping spans become one; it keeps the kind of its longest part."""
    merged: list[list] = []  # [start, end, entity, longest]
    for start, end, entity in spans:
        if merged and start < merged[-1][1]:
            last = merged[-1]
            if end - start > last[3]:
                last[2], last[3] = entity, end - start
            last[1] = max(last[1], end)
        else:
            merged.append([start, end, entity, end - start])
    return [Finding(s, e, kind) for s, e, kind, _ in merged]


def _build_analyzer():
    import logging

    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_analyzer.nlp_engine import SpacyNlpEngine

    from triage.deid_text.recognizers import build_recognizers

    logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)

    from triage.deid_text.ner import needs_ner
    from triage.deid_text.spacy_model import MODEL_PACKAGE, load_pipeline

    class _InstalledEnglish(SpacyNlpEngine):
        """spaCy's small English pipeline from its installed package (tokenizer, tok2vec, ner only):
        Presidio's own loader would try ``spacy download`` when a model is missing."""

        def load(self) -> None:
            self.nlp = {"en": load_pipeline()}

        def process_text(self, text: str, language: str):
            if needs_ner(text):
                return super().process_text(text, language)
            return self._doc_to_nlp_artifact(self.nlp[language].make_doc(text), language)

    nlp = _InstalledEnglish(models=[{"lang_code": "en", "model_name": MODEL_PACKAGE}])
    nlp.load()
    registry = RecognizerRegistry(supported_languages=["en"])
    for recognizer in build_recognizers():
        registry.add_recognizer(recognizer)
    return AnalyzerEngine(nlp_engine=nlp, registry=registry, supported_languages=["en"])


_DEFAULT = TextScrubber()


def scrub_text(text: str, known: KnownIdentifiers | Iterable[str] = ()) -> str:
    """``text`` with names, dates, ages over 89, contact details, places and record numbers replaced.

    ``known`` holds the patient's own values: a ``KnownIdentifiers`` (names, record numbers,
    phones, birth date), or plain strings (each matched as a name and, when it has digits, as a
    number). Vital signs ("BP 120/80", "SpO2 94%"), durations and clinical eponyms
    ("Parkinson's", "Bell's palsy") are kept.
    """
    if not isinstance(known, KnownIdentifiers):
        known = KnownIdentifiers.from_values(known)
    return _DEFAULT.scrub(text, known)
