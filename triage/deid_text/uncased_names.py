"""Names written in scripts without capital letters: Arabic and Persian, Georgian, Hebrew, the
scripts of South Asia, Ge'ez.

The cue-less name rules (``names.cueless_spans``) start from a capitalised word, which these scripts
do not have, so a name in them ("ქალიშვილი მარიამ", "همسر علی محمدی") was found only when the patient's
own record held it. Two rules, both independent of the note's language:
- a run of words of the name lists (``gazetteer``: Faker's person names hold about 1,600 in Arabic
  script, 750 in Georgian, 1,200 in Devanagari) is a name;
- the words after a doctor's title written in such a script ("دکتر", "ექიმი", "डॉ.") are a name,
  up to three, to the next punctuation or digit.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Iterator

import regex

from triage.deid_text.folding import fold_text

_SCRIPTS = (r"\p{Arabic}\p{Georgian}\p{Hebrew}\p{Devanagari}\p{Bengali}\p{Tamil}\p{Sinhala}\p{Ethiopic}"
            r"\p{Gujarati}\p{Gurmukhi}\p{Telugu}\p{Kannada}\p{Malayalam}\p{Thaana}\p{Syriac}")
_WORD = regex.compile(rf"(?<![\p{{L}}\p{{M}}])[{_SCRIPTS}][\p{{L}}\p{{M}}]*")
_GAP = regex.compile(r"[ \t\u200c]+")  # a space or a zero-width non-joiner between the words of a name
_ANY_SCRIPT = regex.compile(rf"[{_SCRIPTS}]")

# "Doctor" written in the scripts above (and a few short forms): the words after it are a name.
_TITLES = """
دکتر دكتور الدكتور ڈاکٹر ډاکټر ექიმი ბატონი ქალბატონი ד"ר דוקטור डॉ डा डाक्टर डॉक्टर ডাঃ ডা ডাক্তার
டாக்டர் மருத்துவர் වෛද්‍ය ዶ/ር ዶክተር
"""


@lru_cache(maxsize=1)
def _titles() -> frozenset[str]:
    return frozenset(fold_text(t).rstrip(".") for t in _TITLES.split())


def uncased_name_spans(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each name in ``text`` (folded) written in a script without capitals."""
    if _ANY_SCRIPT.search(text) is None:
        return
    from triage.deid_text.gazetteer import name_words

    names = name_words()
    titles = _titles()
    words = list(_WORD.finditer(text))
    i = 0
    while i < len(words):
        word = words[i].group()
        joined = lambda k: k + 1 < len(words) and _GAP.fullmatch(text, words[k].end(), words[k + 1].start())  # noqa: E731
        if word.rstrip(".") in titles or (text[words[i].end():words[i].end() + 1] == "." and word in titles):
            j = i
            while j + 1 < len(words) and j - i < 3 and (joined(j) or (j == i and _after_title(text, words, j))):
                j += 1
            if j > i:
                yield words[i + 1].start(), words[j].end()
            i = j + 1
            continue
        if word.lower() in names:
            j = i
            while joined(j) and words[j + 1].group().lower() in names:
                j += 1
            yield words[i].start(), words[j].end()
            i = j + 1
            continue
        i += 1


def _after_title(text: str, words: list, j: int) -> bool:
    """The title is written with a full stop ("डॉ. राम"): the name follows the stop."""
    return regex.fullmatch(r"\.[ \t]*", text, pos=words[j].end(), endpos=words[j + 1].start()) is not None
