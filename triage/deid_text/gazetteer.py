"""Given names and surnames of many countries, for names written with no cue ("Maria will bring ...").

The names come from Faker's person providers (``faker``, pinned: a maintained package whose name
lists, per locale, are plain Python tuples — no pickle, nothing downloaded), folded like the text.
A word that is also an English word (WordNet's lemma index, shipped in the spaCy English pipeline's
lemmatizer tables) is only a name when written with a capital inside a sentence or next to another
name word; a clinical word (eponyms, drugs, anatomy, units: ``clinical_words``) never is.
``names-dataset`` was considered: it ships its lists as pickles and needs about 3 GB of memory.
"""

from __future__ import annotations

import importlib
import pkgutil
from functools import lru_cache

from triage.deid_text.clinical_words import is_clinical
from triage.deid_text.folding import fold_text

_ATTRS = ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary", "last_names",
          "middle_names", "first_names_unisex", "last_names_male", "last_names_female",
          "first_romanized_names", "last_romanized_names", "first_names_male_romanized")


@lru_cache(maxsize=1)
def name_words() -> frozenset[str]:
    """Every name word of every Faker locale, folded and lower-cased (about 30,000)."""
    import faker.providers.person as person

    words: set[str] = set()
    for info in pkgutil.iter_modules(person.__path__):
        try:
            provider = importlib.import_module(f"faker.providers.person.{info.name}").Provider
        except (ImportError, AttributeError):
            continue
        for attr in _ATTRS:
            names = getattr(provider, attr, ())
            if not isinstance(names, (tuple, list, dict, set, frozenset)):
                continue  # a property computed per instance
            for name in names:
                for part in str(name).replace("-", " ").split():
                    w = fold_text(part).lower().strip(".")
                    if len(w) >= 2 or _is_hangul(w):
                        words.add(w)
    return frozenset(w for w in words if not is_clinical(w))


@lru_cache(maxsize=1)
def korean_surnames() -> frozenset[str]:
    from faker.providers.person.ko_KR import Provider

    return frozenset(Provider.last_names) | frozenset("김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉사부가복태목형피두감음빈동온호범좌팽승간상갈시")


@lru_cache(maxsize=1)
def all_english_words() -> frozenset[str]:
    """Every WordNet lemma, nouns included (which hold some proper names: "maria", "paris")."""
    from triage.deid_text.spacy_model import load_lookups

    return load_lookups(("noun", "verb", "adj", "adv"))


INFLECTIONS = (("ing", ""), ("ing", "e"), ("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"))


def is_english_word(word: str) -> bool:
    """A WordNet lemma or a regular inflection of one ("Fainting", "Cramps", "Bruised"): a
    complaint's title-cased word that the NER took for a person."""
    return is_form_of(word.lower(), all_english_words())


def is_form_of(word: str, words: frozenset[str], suffixes: tuple[tuple[str, str], ...] = INFLECTIONS) -> bool:
    """``word`` (lower case) is in ``words`` or a regular inflection of one of them."""
    if word in words:
        return True
    return any(word.endswith(end) and len(word) - len(end) >= 3 and word[: len(word) - len(end)] + add in words
               for end, add in suffixes)


@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    """WordNet's lemmas (lower case), from the spaCy English pipeline's lemmatizer lookups."""
    from triage.deid_text.spacy_model import load_lookups

    return load_lookups()


def _is_hangul(w: str) -> bool:
    return bool(w) and all("\uac00" <= c <= "\ud7a3" for c in w)


def is_name_word(word: str) -> bool:
    """``word`` (folded) is a given name or surname somewhere, and not a clinical word."""
    w = word.lower()
    if w.endswith("'s"):
        w = w[:-2]
    return w in name_words()


def is_ambiguous(word: str) -> bool:
    """A name that is also an English word ("Grace", "Will", "Rose", "Mark")."""
    return word.lower() in english_words()
