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
                                       SURNAME_GIVEN_CREDENTIAL, TITLES)


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
                      r"(\p{Lu}[\p{L}'-]*(?<!-)(?<!\b\p{Lu})(?![\p{L}\d'])|\p{Lu}\.|\p{Lu}(?=[ \t]+\p{Lu}\p{Ll}))")
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


# ----------------------------------------------------------------------------- names with no cue

_CAP_WORD = regex.compile(r"(?<![\p{L}'-])\p{Lu}\p{Ll}[\p{L}'-]*(?<![-'])")
_SENTENCE_START = regex.compile(r"(?:^|[.!?:;\n]|^\W+)\s*$")
_PREV_WORD = regex.compile(r"(\p{L}[\p{L}'-]*)[^\p{L}]*$")
_LINK = regex.compile(r"[ \t]+(?:(?:bin|ibn|binti|al|el|de|van|von|der|den|da|di|du|la|le|te|ter|ten|dos|das|y"
                      r"|abu|umm|bint|ap|mac|ni|nic|o')[ \t]+)*")


def _candidate(text: str, m) -> int:
    """2: a name word that is no English word; 1: a name that is also an English word; 0: no name."""
    from triage.deid_text.clinical_words import is_clinical
    from triage.deid_text.gazetteer import english_words, is_ambiguous, is_name_word

    word = m.group()
    if is_clinical(word) or _plain(word) in NOT_NAMES or not is_name_word(word):
        return 0
    if _plain(word) in EPONYMS:
        return 0
    return 1 if is_ambiguous(_plain(word)) or _plain(word) in english_words() else 2


def cueless_spans(text: str) -> Iterator[tuple[int, int]]:
    """Capitalised given names and surnames of the gazetteer, and the capitalised words joined to them
    ("Chukwuemeka Obi"). A name that is also an English word ("Grace", "Will") counts inside a
    sentence or beside another name, never alone at the start of a sentence."""
    from triage.deid_text.clinical_words import is_clinical
    from triage.deid_text.gazetteer import is_ambiguous

    words = list(_CAP_WORD.finditer(text))
    kinds = [_candidate(text, m) for m in words]
    i = 0
    while i < len(words):
        if not kinds[i]:
            i += 1
            continue
        j = i  # grow a run of capitalised words joined by spaces or particles
        while j + 1 < len(words) and _LINK.fullmatch(text, words[j].end(), words[j + 1].start()) \
                and not is_clinical(words[j + 1].group()) and _plain(words[j + 1].group()) not in NOT_NAMES:
            j += 1
        run = range(i, j + 1)
        if i == j and len(words[i].group()) <= 2 and text[words[i].end():words[i].end() + 1] != ".":
            i += 1  # a lone word of two letters is a label ("Ta 38,9", the Catalan "Tª"); "Ma." abbreviates
            continue
        strong = any(kinds[k] == 2 for k in run) or sum(1 for k in run if kinds[k]) >= 2
        at_start = _SENTENCE_START.search(text, 0, words[i].start()) is not None
        # An English word ("Low", "Hand", "Chin") counts as a name only inside a sentence written in
        # lower case ("ring Peregrine"), not in a title-cased complaint ("Pain, Hand").
        prev = _PREV_WORD.search(text, 0, words[i].start())
        in_lower_sentence = prev is not None and prev.group(1)[0].islower()
        if strong or (not at_start and in_lower_sentence):
            start = words[i].start()
            # one capitalised word before the run that is not a clinical or English word ("Rosalie Marsh")
            if i > 0 and not kinds[i - 1] and _LINK.fullmatch(text, words[i - 1].end(), words[i].start()):
                prev = words[i - 1].group()
                if not is_clinical(prev) and _plain(prev) not in NOT_NAMES and not is_ambiguous(_plain(prev)):
                    start = words[i - 1].start()
            yield start, words[j].end()
        i = j + 1


# A one-letter title ("M") is a cue only capitalised: in lower case it is a word ("fè m mal", Kreyòl "I").
# The cue's kind decides how much the name after it must prove (``lower_case_spans``).
_LOWER_TITLES = [t for t in TITLES if len(t) > 1] + ["rph", "pharmd"]
_LOWER_RELATIONS = [*RELATIONS, "bf", "gf", "sitter", "coworker", "co-worker", "stepdad", "stepmom", "stepmum",
                    "son in law", "daughter in law", "mother in law", "father in law", "brother in law",
                    "sister in law", "mate", "fiancé", "fiancée"]
_LOWER_CUE = regex.compile(r"(?i)(?<![\p{L}])(?:(?P<title>" + _alternation(_LOWER_TITLES) + r")\.?|(?P<rel>"
                           + _alternation(_LOWER_RELATIONS) + r")|(?P<pt>pt|patient)|"
                           + _alternation(LEADS) + r")[ \t]*[:(,]?[ \t]+(?=\p{Ll})")
_LOWER_WORD = regex.compile(r"\p{Ll}[\p{Ll}'-]+(?![\p{L}\d])")
# Nouns that follow a relation word in notes and are on some country's name list.
_NOT_AFTER_RELATION = frozenset("bedside present room home phone car work school nurse contact number aware "
                                "here there today tonight also too".split())
_PAIR = regex.compile(r"(?<![\p{L}'-])\p{Lu}\p{Ll}{2,}(?:[ \t]+\p{Lu}\p{Ll}{2,}){1,3}(?![\p{L}\d'-])")


def lower_case_spans(text: str) -> Iterator[tuple[int, int]]:
    """A name written in lower case after a cue ("sister bernadette", "dr okafor", "husband gary",
    "pt frankie ortega"). What the words after the cue must be depends on the cue:
    - after any cue, a word of the name lists that is no English word and no clinical word, and the
      name word after it;
    - after a relation ("husband", "bf", "sitter"), a name word that is a noun in English too
      ("gary", "hunter": WordNet lists them as a city and a noun) but no verb, adjective or adverb,
      no function word and no clinical word ("husband drove", "wife present" stay);
    - after a doctor's title, a word of five letters or more that is in no English or clinical list
      ("dr hallstrom": surnames the lists do not hold; "dr appt" is too short to be trusted);
    - after "pt" or "patient", only two name words, the first in no English list ("pt frankie ortega").
    After a relation or "pt", a second name word that is in no English list carries the first with it
    ("son in law bill lombardi")."""
    from spacy.lang.en.stop_words import STOP_WORDS

    from triage.deid_text.clinical_words import is_clinical
    from triage.deid_text.english_verbs import is_verb_after_subject
    from triage.deid_text.gazetteer import all_english_words, english_words, is_english_word, is_name_word

    def plain(word: str) -> bool:
        return not is_clinical(word) and word not in NOT_NAMES and word not in STOP_WORDS

    def ok(word: str) -> bool:
        return is_name_word(word) and word not in all_english_words() and plain(word)

    def ok_relation(word: str) -> bool:
        return is_name_word(word) and word not in english_words() and plain(word) \
            and not is_verb_after_subject(word) and word not in _NOT_AFTER_RELATION

    def ok_title(word: str) -> bool:
        return ok(word) or (len(word) >= 5 and word.isalpha() and not is_english_word(word) and plain(word))

    for m in _LOWER_CUE.finditer(text):
        first = _LOWER_WORD.match(text, m.end())
        if not first:
            continue
        second = _LOWER_WORD.match(text, first.end() + 1) if text[first.end():first.end() + 1] == " " else None
        word = first.group()
        if m.group("pt") is not None:
            if not (second and ok(word) and is_name_word(second.group()) and plain(second.group())):
                continue
        elif m.group("rel") is not None:
            strong_pair = second is not None and is_name_word(word) and plain(word) and ok(second.group()) \
                and not is_verb_after_subject(word)
            if not (ok_relation(word) or strong_pair):
                continue
        elif not (ok_title(word) if m.group("title") is not None else ok(word)):
            continue
        end = first.end()
        if second and (ok(second.group()) or (m.group("title") is None and ok_relation(second.group()))):
            end = second.end()
        yield first.start(), end


def unknown_pair_spans(text: str) -> Iterator[tuple[int, int]]:
    """Two to four capitalised words none of which is an English, clinical or otherwise known word
    ("Oluwadamilare Adeyinka", "Haruto Sato"): names the lists do not hold."""
    from triage.deid_text.clinical_words import is_clinical
    from triage.deid_text.gazetteer import all_english_words

    english = all_english_words()
    for m in _PAIR.finditer(text):
        words = m.group().split()
        if any(w.lower() in english or is_clinical(w) or _plain(w) in NOT_NAMES for w in words):
            continue
        yield m.start(), m.end()


_SURNAME_GIVEN = regex.compile(SURNAME_GIVEN_CREDENTIAL)


def credential_name_spans(text: str) -> Iterator[tuple[int, int]]:
    """A clinician written "Surname, Given" before a credential ("Okonkwo, Chidi, MD"), as lists and
    headers print them; two clinical or English words ("Pain, Chest, RN note") are no name."""
    from triage.deid_text.clinical_words import is_clinical
    from triage.deid_text.gazetteer import is_english_word

    for m in _SURNAME_GIVEN.finditer(text):
        words = (m.group(1), m.group(2))
        if any(is_clinical(w) or w.lower() in NOT_NAMES for w in words) or all(is_english_word(w) for w in words):
            continue
        yield m.span()
