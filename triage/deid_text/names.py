"""Names of people other than the patient, found by the words around them.

There is no statistical name finder here: spaCy's English models are downloaded at run time or come
from unofficial mirrors, and this app downloads nothing. A triage note names a relative or a
clinician next to a cue ("Dr Okafor", "daughter Maria", "NOK: Pierre Dubois", "Maria (daughter)"),
so the cue is what is looked for. A name with no cue at all (not the patient's, not after a title,
a relation or a lead verb) is not found: docs/export.md says so.
"""

from __future__ import annotations

from typing import Iterator

import regex

from triage.deid_text.patterns import (EPONYM_FOLLOWERS, EPONYMS, LEADS, NOT_NAMES, PARTICLES, RELATIONS,
                                       TITLES)


def _alternation(words) -> str:
    return "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


_TITLE = regex.compile(r"(?<![\p{L}])(?:" + _alternation(TITLES) + r")(?:\.\s*|\s+)"
                       r"(?=\p{Lu}|(?:(?:" + _alternation(PARTICLES) + r")\s+)+\p{Lu})")
_CUE = regex.compile(r"(?i)(?<![\p{L}])(?:(?:" + _alternation(RELATIONS) + r")(?:'s)?|" + _alternation(LEADS) + r")"
                     r"(?:\s*[:(,\-]\s*|\s+)(?:(?:named|called|whose\s+name\s+is|name\s+is|is)\s*:?\s+)?(?=\p{Lu})")
_BEFORE_RELATION = regex.compile(
    r"(?i)\s*(?:[,(\-]|\bis)\s*(?:(?:his|her|their|the\s+patient'?s|pt'?s|patient'?s|a|the)\s+)?(?:"
    + _alternation(RELATIONS) + r")(?![\p{L}])")
_STEP = regex.compile(r"[ \t]*(?:(?:" + _alternation(PARTICLES) + r")[ \t]+)*"
                      r"(\p{Lu}[\p{L}'-]*(?<!-)(?<!\b\p{Lu})(?![\d'])|\p{Lu}\.|\p{Lu}(?=[ \t]+\p{Lu}\p{Ll}))")
# A name word: two letters or more ("B12", "L-tube" are not names), an initial with its dot, or a
# lone capital before another name word ("Ó Súilleabháin", "J Smith").
_WORD_BACK = regex.compile(r"(?<![\p{L}'-])(\p{Lu}[\p{L}'-]*)[ \t]*$")
_PARTICLES_BACK = regex.compile(r"(?<![\p{L}])(?:(?:" + _alternation(PARTICLES) + r")[ \t]+)+$")
_FOLLOWER = regex.compile(r"(?i)\s*(?:" + _alternation(EPONYM_FOLLOWERS) + r")\b")
MAX_WORDS = 4


def _plain(word: str) -> str:
    w = word.lower().rstrip(".")
    return w[:-2] if w.endswith("'s") else w


def _is_name_word(text: str, word: str, end: int) -> bool:
    w = _plain(word)
    if w in NOT_NAMES or len(w) < 1:
        return False
    if w in EPONYMS and (word.lower().endswith("'s") or _FOLLOWER.match(text, end)):
        return False  # "Parkinson's", "Bell's palsy", "Down syndrome"
    if word.isupper() and len(w) > 1 and len(w) <= 4 and not word.endswith("."):
        return False  # "ED", "ICU", "CT": an acronym, not a person (names in capitals come from ``known``)
    return True


def _forward(text: str, pos: int) -> tuple[int, int] | None:
    start = end = None
    for _ in range(MAX_WORDS):
        m = _STEP.match(text, end if end is not None else pos)
        if not m or not _is_name_word(text, m.group(1), m.end()):
            break
        if start is None:  # from the first particle on ("Dr van der Berg"), not from "Berg"
            start = m.start() + len(m.group()) - len(m.group().lstrip(" \t"))
        end = m.end()
    return None if start is None or end is None else (start, end)


def _backward(text: str, pos: int) -> tuple[int, int] | None:
    start, end = None, pos
    cursor = pos
    for _ in range(MAX_WORDS - 1):
        m = _WORD_BACK.search(text, 0, cursor)
        if not m or not _is_name_word(text, m.group(1), m.end(1)):
            break
        start = m.start(1)
        particles = _PARTICLES_BACK.search(text, 0, start)
        if particles:  # "Niamh van der Berg (sister)"
            start = particles.start()
        cursor = start
    return None if start is None else (start, end)


def person_spans(text: str) -> Iterator[tuple[int, int]]:
    """Spans of ``text`` (already folded) that name a person by a cue."""
    for pattern in (_TITLE, _CUE):
        for m in pattern.finditer(text):
            span = _forward(text, m.end())
            if span:
                yield span
    for m in _BEFORE_RELATION.finditer(text):
        head = text[:m.start()].rstrip(" \t")
        span = _backward(head, len(head))
        if span:
            yield span
