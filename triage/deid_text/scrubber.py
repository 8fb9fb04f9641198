"""Scrub free text: find identifiers on the accent-folded text, replace them by labels.

One ``TextScrubber`` holds the recognizers and spaCy's NER (built on first use: 2-6 s, most of it
importing spaCy and Presidio) and is safe to share between threads. The recognizers are Presidio's
classes (``recognizers``), run directly rather than through Presidio's ``AnalyzerEngine``: its
context scoring, de-duplication and per-pattern bookkeeping cost more than the patterns themselves
and change nothing here, since every finding is kept and overlaps are merged below. The findings in
a text do not depend on the patient, so they are memoised per text (complaints and reason titles
repeat across the cases of an export); the patient's own values are matched apart
(``known.KnownMatcher``), which is cheap. ``find_many`` runs the NER over many texts in one
``nlp.pipe`` batch, three times faster per note than one text at a time, and only over the sentences
of a text that hold a candidate word.

Overlapping findings are merged before anything is replaced, so an e-mail address that contains
the patient's name is removed whole, never half-rewritten into something the e-mail pattern no
longer matches.
"""

from __future__ import annotations

import gc
import threading
from collections import OrderedDict
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Sequence

import regex

from triage.deid_text.folding import fold
from triage.deid_text.intl import refine
from triage.deid_text.known import KnownIdentifiers, KnownMatcher, matcher
from triage.deid_text.many_languages import extend

LABELS = {
    "PERSON": "[NAME]", "DATE_TIME": "[DATE]", "AGE": "[AGE 90+]", "EMAIL_ADDRESS": "[EMAIL]",
    "URL": "[URL]", "IP_ADDRESS": "[IP]", "PHONE_NUMBER": "[PHONE]", "LOCATION": "[ADDRESS]",
    "POSTCODE": "[POSTCODE]", "ID": "[ID]", "PLATE": "[PLATE]",
}
CACHE_SIZE = 8192  # reason titles and common complaints repeat across the cases of one export
CACHED_CHARS = 512  # only short texts are kept: the cache stays under about 10 MB
NER_BATCH = 64  # texts per nlp.pipe batch: 64 and 256 measure alike, 64 holds fewer Docs at once


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
    """The recognizers and the NER, all local; nothing is downloaded."""

    def __init__(self, cache_size: int = CACHE_SIZE) -> None:
        """``cache_size``: how many short texts' findings are memoised (0: none)."""
        self._lock = threading.Lock()
        self._analyzer: _Analyzer | None = None
        self._cache: OrderedDict[str, tuple[tuple[str, int, int], ...]] = OrderedDict()
        self._cache_size = cache_size
        self._warmed: dict[str, tuple[tuple[str, int, int], ...]] = {}  # long texts of the last ``warm``

    def _engine(self) -> _Analyzer:
        with self._lock:
            if self._analyzer is None:
                self._analyzer = _Analyzer()
                # spaCy, Presidio, libphonenumber's metadata and the word lists leave about 430,000
                # objects that live as long as the process; each full collection walked them all
                # (0.1-0.2 s, about once per 250 notes of a batch: 0.4 ms a note). Frozen, the
                # collector skips them; they are still freed by reference counting.
                gc.freeze()
            return self._analyzer

    def find(self, text: str, known: KnownIdentifiers = KnownIdentifiers()) -> list[Finding]:
        """Every identifier in ``text``, overlapping findings merged, in order."""
        return self.find_many([(text, known)])[0]

    def find_many(self, items: Iterable[tuple[str, KnownIdentifiers]],
                  batch_size: int = NER_BATCH) -> list[list[Finding]]:
        """``find`` for each ``(text, known)``, the same findings, with the NER run over the texts
        in batches of ``batch_size`` (``nlp.pipe``). Distinct texts are analysed once."""
        items = list(items)
        folded = [fold(text) if text and text.strip() else None for text, _ in items]
        generic = self._generic([f.text for f in folded if f is not None], batch_size)
        out: list[list[Finding]] = []
        for (text, known), f in zip(items, folded):
            if f is None:
                out.append([])
                continue
            found = list(generic[f.text])
            if not known.is_empty():
                found += known_matcher(known).spans(f.text)
            found = extend(f.text, refine(f.text, found))
            out.append(_merge(_widened(text, [(*f.span(s, e, text), entity) for entity, s, e in found if e > s])))
        return out

    def warm(self, texts: Iterable[str], batch_size: int = NER_BATCH) -> None:
        """Analyse ``texts`` ahead, the NER in batches, so that ``find`` and ``scrub`` on them next
        take their findings from the memo: an export warms a chunk of cases, then scrubs them a
        field at a time. Texts longer than the memo keeps are held until the next ``warm``."""
        folded = [fold(t).text for t in texts if t and t.strip()]
        with self._lock:
            self._warmed = {}
        found = self._generic(folded, batch_size)
        long = {t: r for t, r in found.items() if len(t) > CACHED_CHARS}
        with self._lock:
            self._warmed = long

    def _generic(self, texts: Sequence[str], batch_size: int) -> dict[str, tuple[tuple[str, int, int], ...]]:
        """The recognizers' findings in each folded text, the same for every patient: from the memo
        for short texts seen before, else analysed (and memoised when short)."""
        found: dict[str, tuple[tuple[str, int, int], ...]] = {}
        todo: list[str] = []
        with self._lock:
            for t in texts:
                if t in found:
                    continue
                hit = self._cache.get(t) if len(t) <= CACHED_CHARS else self._warmed.get(t)
                if hit is None:
                    found[t] = ()
                    todo.append(t)
                else:
                    if len(t) <= CACHED_CHARS:
                        self._cache.move_to_end(t)
                    found[t] = hit
        if not todo:
            return found
        engine = self._engine()
        for start in range(0, len(todo), batch_size):
            chunk = todo[start:start + batch_size]
            with self._lock:  # spaCy's pipeline is not documented as thread-safe; one batch at a time
                results = engine.analyze_many(chunk)
                for t, r in zip(chunk, results):
                    found[t] = r
                    if len(t) <= CACHED_CHARS and self._cache_size:
                        self._cache[t] = r
                        if len(self._cache) > self._cache_size:
                            self._cache.popitem(last=False)
        return found

    def scrub(self, text: str, known: KnownIdentifiers = KnownIdentifiers()) -> str:
        """``text`` with every identifier replaced by its label (``[NAME]``, ``[DATE]``, ...)."""
        return _replace(text, self.find(text, known))

    def scrub_many(self, items: Iterable[tuple[str, KnownIdentifiers]]) -> list[str]:
        """``scrub`` for each ``(text, known)``, the NER batched as in ``find_many``."""
        items = list(items)
        return [_replace(text, found) for (text, _), found in zip(items, self.find_many(items))]


def _replace(text: str, found: list[Finding]) -> str:
    out = text
    for f in reversed(found):
        out = out[:f.start] + f.label + out[f.end:]
    return out


@lru_cache(maxsize=256)
def known_matcher(known: KnownIdentifiers) -> KnownMatcher:
    """``known`` normalised once per patient (an export meets each patient's texts together)."""
    return matcher(known)


_JOINERS = "-/_.#:"


def whole_tokens(text: str, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` widened to the whole token it lies in: no fragment of an identifier survives
    beside its label ("K/2024/[ID]", "MDT-[ID]", "4RX[ID]-B" were left before). A token is letters and
    digits joined by ``- / _ . # :`` without spaces; a sentence's final full stop is not part of it."""
    word = _word_char
    while start > 0 and (word(c := text[start - 1]) or c in _JOINERS and start > 1 and word(text[start - 2])):
        start -= 1
    n = len(text)
    while end < n and (word(c := text[end]) or c in _JOINERS and end + 1 < n and word(text[end + 1])):
        end += 1
    return start, end


def _widened(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """``whole_tokens`` of each span, sorted. With many spans the reach of each position is worked out
    once for the text (whether ``whole_tokens`` steps left from a start, or right from an end, depends
    on that position alone), so 2,500 findings inside one 10,000-character token ("1.2.1.2...") no
    longer walk it 2,500 times: the same spans, in linear time."""
    if len(spans) <= 64:
        return sorted((*whole_tokens(text, s, e), entity) for s, e, entity in spans)
    n = len(text)
    token = [_word_char(c) for c in text]
    left = list(range(n + 1))
    for i in range(1, n + 1):  # the step of whole_tokens from a start at i, then the reach of i - 1
        if token[i - 1] or text[i - 1] in _JOINERS and i > 1 and token[i - 2]:
            left[i] = left[i - 1]
    right = list(range(n + 1))
    for i in range(n - 1, -1, -1):  # the step from an end at i, then the reach of i + 1
        if token[i] or text[i] in _JOINERS and i + 1 < n and token[i + 1]:
            right[i] = right[i + 1]
    return sorted((left[s], right[e], entity) for s, e, entity in spans)


_UNSPACED = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}ー]")


def _word_char(c: str) -> bool:
    """A letter or digit that belongs to the token beside it. Chinese, Japanese and Thai are written
    without spaces between words, so their characters never join a token: "患者王伟" loses the name,
    not the cue "患者"; "上次住院2024年3月5日" keeps "上次住院"."""
    return c.isalnum() and (c < "\u0e00" or _UNSPACED.match(c) is None)  # nothing below U+0E00 is unspaced


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


class _Analyzer:
    """The recognizers (``recognizers.build_recognizers``) and spaCy's NER (``ner``), run directly.

    What Presidio's ``AnalyzerEngine`` did around them is left out because it cannot change what
    is replaced: context words only raise scores, the threshold was 0, and de-duplication drops a
    finding only when one of the same kind contains it, which ``_merge`` does as well. Plain
    pattern recognizers run their compiled patterns here (same flags, same timeout), without the
    per-pattern explanation objects and timestamps Presidio builds.
    """

    def __init__(self) -> None:
        import logging

        import regex
        from presidio_analyzer import PatternRecognizer
        from presidio_analyzer.pattern_recognizer import REGEX_TIMEOUT_SECONDS

        from triage.deid_text import post_rules
        from triage.deid_text.recognizers import NON_LATIN, OUTSIDE_ASCII, ScriptGated, build_recognizers
        from triage.deid_text.spacy_model import load_pipeline

        logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)
        self.nlp = load_pipeline()
        post_rules.warm()
        from threadpoolctl import ThreadpoolController

        self._blas = ThreadpoolController()
        self.timeout = REGEX_TIMEOUT_SECONDS
        recognizers = build_recognizers()
        self.entities = sorted({e for r in recognizers for e in r.supported_entities})
        self.patterns: list[tuple[str, object, object]] = []  # (entity, pattern, gate), in registration order
        self.others = []
        script = _OutsideAscii(NON_LATIN)  # one gate object: decided once per text for all its patterns
        for r in recognizers:
            if type(r) is ScriptGated:  # its patterns, gated by the search for a character of the script
                self.patterns += [(r.supported_entities[0], regex.compile(p.regex, flags=r.inner.global_regex_flags),
                                   script) for p in r.inner.patterns]
            elif type(r) is PatternRecognizer and not r.deny_list:  # validate/invalidate are the base's: None
                for p in r.patterns:
                    gate = _gate(p.regex, r.global_regex_flags)
                    self.patterns.append((r.supported_entities[0], regex.compile(p.regex, flags=r.global_regex_flags),
                                          _OutsideAscii(gate) if p.name in OUTSIDE_ASCII else gate))
            else:
                r.load()
                self.others.append(r)

    def analyze_many(self, texts: list[str]) -> list[tuple[tuple[str, int, int], ...]]:
        from triage.deid_text.ner import entity_spans, needs_ner

        # The model reads only the sentences that hold a word it could make a name or a place of
        # (``needs_ner`` on each sentence): a long note's vital signs and doses are not run through it.
        chunks = [(t, start, part) for t in texts if needs_ner(t) for start, part in _sentences(t) if needs_ner(part)]
        people: dict[str, list] = {}
        if chunks:
            # One BLAS thread: OpenBLAS's second thread on these small matrices spun against the
            # first on our 2-core machines (3x the CPU time one at a time, about the same wall time
            # for a batch), and leaves no core for the export's writer.
            with self._blas.limit(limits=1, user_api="blas"):
                for (t, start, _), doc in zip(chunks, self.nlp.pipe([part for _, _, part in chunks])):
                    people.setdefault(t, []).extend((k, start + a, start + b) for k, a, b in entity_spans(doc.ents))
        return [self._analyze(t, people.get(t, [])) for t in texts]

    def _analyze(self, text: str, found: list[tuple[str, int, int]]) -> tuple[tuple[str, int, int], ...]:
        shut: dict[object, bool] = {}  # gate -> its pattern cannot match: a gate shared by patterns is searched once
        for entity, rx, gate in self.patterns:
            if gate is not None:
                if gate not in shut:
                    try:
                        shut[gate] = gate.search(text, timeout=self.timeout) is None
                    except TimeoutError:
                        shut[gate] = False  # undecided: the pattern itself runs
                if shut[gate]:
                    continue
            try:
                found += ((entity, *m.span()) for m in rx.finditer(text, timeout=self.timeout) if m.end() > m.start())
            except TimeoutError:
                pass  # as Presidio: a pattern that runs past its timeout finds nothing
        for r in self.others:
            found += ((f.entity_type, f.start, f.end) for f in r.analyze(text, self.entities, None) if f.score > 0)
        return tuple(found)


class _OutsideAscii:
    """The gate of patterns that need a character outside ASCII (``recognizers.OUTSIDE_ASCII``, and the
    scripts of ``ScriptGated``): an ASCII text shuts it without a search, as ``str.isascii`` is a
    fraction of the cost of even a failed search with its timeout; other texts go to ``inner``."""

    def __init__(self, inner) -> None:
        self.inner = inner

    def search(self, text: str, timeout: float | None = None):
        if text.isascii():
            return None
        return True if self.inner is None else self.inner.search(text, timeout=timeout)


_SENTENCE_END = regex.compile(r"(?<=[.!?;])\s+(?=\S)")


def _sentences(text: str) -> list[tuple[int, str]]:
    """``(start, sentence)`` of each stretch of ``text`` ended by ". ", "! ", "? " or "; "."""
    out, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        out.append((start, text[start:m.start()]))
        start = m.end()
    out.append((start, text[start:]))
    return out


def _gate(pattern: str, flags: int):
    """For a pattern that starts with a lookbehind (``(?<=cue)rest``: a record number after "MRN"),
    the same pattern with the cue consumed (``(?:cue)rest``): where it finds nothing the pattern
    cannot match, and one forward search costs much less than the lookbehind tried backwards at
    every character. None for other patterns."""
    import regex

    head = regex.match(r"(\(\?[a-z]+\))?\(\?<=", pattern)
    if head is None:
        return None
    depth, i, in_class = 1, head.end(), False
    while i < len(pattern) and depth:
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            if pattern[i + 1:i + 2] == "]":
                i += 1  # "[]...]": a literal "]" first
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        i += 1
    if depth:
        return None
    return regex.compile((head.group(1) or "") + "(?:" + pattern[head.end():i - 1] + ")" + pattern[i:], flags=flags)


_DEFAULT = TextScrubber()


def warm_texts(texts: Iterable[str]) -> None:
    """``TextScrubber.warm`` on the scrubber ``scrub_text`` uses."""
    _DEFAULT.warm(texts)


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
