"""Accent folding that remembers where each character came from.

A name typed "José" must be found in a note that says "Jose", "JOSÉ" or "José" written with a
combining accent (NFD, as macOS and some keyboards produce), and a birth date typed 26/03/1975 in
one written with Bengali or Arabic-Indic digits ("২৬/০৩/১৯৭৫", "١٩/٠٨/١٩٦٣"): every decimal digit
folds to its ASCII digit. Every recognizer therefore runs on a
folded copy of the text (accents and ligatures removed), and the spans it finds are mapped back to
the original string, so the replacement removes exactly the characters that were written.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

# Letters that NFKD does not decompose into a base letter plus a mark.
_SPECIAL = {"ß": "ss", "ẞ": "SS", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ø": "o", "Ø": "O",
            "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th",
            "ı": "i", "’": "'", "‘": "'", "‐": "-", "‑": "-", "–": "-", "—": "-"}


@dataclass(frozen=True)
class Folded:
    """``text`` folded, and for each of its characters the index of the original character."""

    text: str
    origin: tuple[int, ...]

    def span(self, start: int, end: int, original: str) -> tuple[int, int]:
        """The original ``[start, end)`` that the folded ``[start, end)`` came from, combining marks
        that followed the last character included."""
        first = self.origin[start]
        last = self.origin[end - 1] + 1
        while last < len(original) and unicodedata.combining(original[last]):
            last += 1
        return first, last


@lru_cache(maxsize=65536)  # a note's characters repeat; the place names fold 270,000 strings
def fold_char(c: str) -> str:
    if c.isascii():
        return c
    if "\uac00" <= c <= "\ud7a3" or "\u3131" <= c <= "\u318e":
        return c  # Hangul syllables stay whole: NFKD would split a Korean name into jamo
    if c in _SPECIAL:
        return _SPECIAL[c]
    if unicodedata.category(c) == "Nd":  # Bengali, Devanagari, Arabic-Indic... digits read as 0-9
        return str(unicodedata.decimal(c))
    return "".join(d for d in unicodedata.normalize("NFKD", c) if not unicodedata.combining(d))


def fold(text: str) -> Folded:
    """``text`` without accents (NFC, NFD and unaccented spellings fold alike), with its origin map."""
    if text.isascii():
        return Folded(text, tuple(range(len(text))))
    out: list[str] = []
    origin: list[int] = []
    for i, c in enumerate(text):
        f = fold_char(c)
        out.append(f)
        origin.extend([i] * len(f))
    return Folded("".join(out), tuple(origin))


def fold_text(text: str) -> str:
    """Just the folded string (for known values and word lists)."""
    return fold(text).text


def is_shouting(text: str) -> bool:
    """A note written all in capitals ("EMS RADIO REPORT ... NEIGHBOR EARL SLONE"): the name, place and
    street finders then read its title-cased copy, since capitals tell nothing there."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 20 and sum(c.isupper() for c in letters) >= 0.8 * len(letters)


def shouting_probe(text: str) -> str:
    """The copy of ``text`` those finders read: title-cased when it is written in capitals (and
    title-casing keeps every offset), else ``text`` itself."""
    if not is_shouting(text):
        return text
    titled = text.title()
    return titled if len(titled) == len(text) else text
