"""Dates written with a month or a weekday named in any language ("2 febbraio 2024", "3 martie",
"1960. október 23.", "12 Αυγ 2025", "Senin 30/11").

Month and weekday names come from the Unicode CLDR through ``babel``: wide and abbreviated, in the
forms used inside a date (genitive: "ноября", "stycznia", "Αυγούστου") and standing alone, for
every language CLDR has (about 330), folded like the text. Reading all of CLDR costs about 250 MB
and 0.9 s, so the names are kept in ``calendar_names.json`` beside this module (generated from the
pinned ``babel`` by ``python -m triage.deid_text.calendar_words``; a test checks that the two agree)
and babel is needed only to regenerate it. CLDR holds the Gregorian calendar only, so the months of the Solar
Hijri (Iran, Afghanistan) and Ethiopian calendars are listed here.

A month name counts only beside the numbers of a date: a day and a year, or a day alone when the
name is written out in full (four letters or more). A weekday counts only before a date. So
"ago" (Spanish agosto), "mag" (Italian maggio) or "sty" (Polish styczeń) in "3 days ago" or "mag
sulphate" are never dates.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from functools import lru_cache
from typing import Iterator

import regex

from triage.deid_text.folding import fold_char

# Solar Hijri months (Persian script and romanised) and Ethiopian months (Ge'ez script and romanised).
_OTHER_CALENDARS = """
فروردین اردیبهشت خرداد تیر مرداد شهریور مهر آبان آذر دی بهمن اسفند
farvardin ordibehesht khordad tir mordad shahrivar mehr aban azar dey bahman esfand
መስከረም ጥቅምት ኅዳር ህዳር ታኅሣሥ ታህሳስ ጥር የካቲት መጋቢት ሚያዝያ ግንቦት ሰኔ ሐምሌ ነሐሴ ጳጉሜ ጳጉሜን
meskerem tikimt hidar tahsas tir yekatit megabit miyazya ginbot sene hamle nehase pagume
""".split()


TABLE = Path(__file__).with_name("calendar_names.json")
_ENGLISH_NAMES = frozenset("january february march april may june july august september october november "
                           "december monday tuesday wednesday thursday friday saturday sunday".split())


@dataclass(frozen=True)
class CalendarWords:
    """Folded, lower-cased month names (``full``: four letters or more, written out) and weekdays."""

    months: frozenset[str]
    full_months: frozenset[str]
    weekdays: frozenset[str]


def _fold(word: str) -> str:
    return "".join(map(fold_char, word)).lower().strip(".")


def from_cldr() -> dict[str, tuple[str, ...]]:
    """Every CLDR language's month names (``months``; ``full``: the wide ones) and weekday names,
    folded and lower-cased, from ``babel`` (run to regenerate ``calendar_names.json``)."""
    from babel import Locale, localedata

    found: dict[str, set[str]] = {"months": set(), "full": set(), "weekdays": set()}
    for language in sorted({i.split("_")[0] for i in localedata.locale_identifiers()}):
        try:
            locale = Locale.parse(language)
        except (ValueError, LookupError):
            continue
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for value in locale.months.get(context, {}).get(width, {}).values():
                    found["months"].add(_fold(str(value)))
                    if width == "wide":
                        found["full"].add(_fold(str(value)))
                for value in locale.days.get(context, {}).get(width, {}).values():
                    found["weekdays"].add(_fold(str(value)))
    return {k: tuple(sorted(w for w in v if w)) for k, v in found.items()}


@lru_cache(maxsize=1)
def calendar_words() -> CalendarWords:
    """The month and weekday names of ``calendar_names.json`` and the other calendars, less the
    English words that are a month or a weekday somewhere ("here", "alar", "dear")."""
    from triage.deid_text.gazetteer import all_english_words

    table = json.loads(TABLE.read_text(encoding="utf-8"))
    extra = {_fold(w) for w in _OTHER_CALENDARS}
    english = all_english_words() - _ENGLISH_NAMES
    months = set(table["months"]) | extra
    full = {w for w in (*table["full"], *extra) if w not in english and len(w) >= 4}
    days = {w for w in table["weekdays"] if w not in english}

    def keep(words: set[str]) -> frozenset[str]:
        return frozenset(w for w in words if w and not any(c.isdigit() for c in w)
                         and (len(w) >= 3 or not w.isascii()))

    return CalendarWords(keep(months), keep(full), keep(days))


def write_table(path: Path) -> None:
    """Regenerate ``calendar_names.json`` from the installed ``babel``."""
    table = {"source": f"CLDR through babel {_babel_version()}; python -m triage.deid_text.calendar_words",
             **{k: list(v) for k, v in from_cldr().items()}}
    path.write_text(json.dumps(table, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")


def _babel_version() -> str:
    import babel

    return babel.__version__


_W = r"(\p{L}[\p{L}\p{M}]*\.?)"
_DAY = r"(?<![\d.,/:-])(\d{1,2})(?:st|nd|rd|th|er|e|º|ª)?\.?"
_YEAR = r"(\d{4}|'\d{2})(?![\d/:-])"
_SEP = r"[ \t]+(?:(?:de|del|di|of)[ \t]+)?"
_TAIL = r"(?:[ \t]*(?:г\.|року|ж\.|ዓ\.ም\.?|yil))?"
_DMY = regex.compile(_DAY + _SEP + _W + r",?" + _SEP + _YEAR + _TAIL)
_DM = regex.compile(_DAY + r"[ \t]+(?:(?:de|del|di|of)[ \t]+)?" + _W + r"(?![\p{L}\d])")
_MDY = regex.compile(r"(?<![\p{L}])" + _W + r"[ \t]+(\d{1,2})(?:st|nd|rd|th)?,?[ \t]+" + _YEAR)
_YMD = regex.compile(r"(?<![\d.,/:-])(\d{4})\.?[ \t]+" + _W + r"[ \t]+(\d{1,2})\.?(?![\d/:])")
_WEEKDAY_DATE = regex.compile(r"(?<![\p{L}])" + _W + r",?[ \t]+(?:(?:the|le|el|den|der)[ \t]+)?"
                              r"(\d{1,2}[./-]\d{1,2}(?:[./-]\d{2,4})?|\d{1,2}(?:st|nd|rd|th|\.)?)(?![\d/:]|[ \t]*%)")


def _month(word: str, words: CalendarWords, full: bool = False) -> bool:
    w = _fold(word)
    return w in (words.full_months if full else words.months)


def date_spans(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each date in ``text`` (folded) written with a month or weekday name."""
    if not any(c.isdigit() for c in text):
        return
    words = calendar_words()
    for m in _DMY.finditer(text):
        if _month(m.group(2), words):
            yield m.start(), m.end()
    for m in _YMD.finditer(text):
        if _month(m.group(2), words):
            yield m.start(), m.end()
    for m in _MDY.finditer(text):
        if _month(m.group(1), words):
            yield m.start(), m.end()
    for m in _DM.finditer(text):
        if _month(m.group(2), words, full=True):
            yield m.start(), m.end()
    for m in _WEEKDAY_DATE.finditer(text):
        day = _fold(m.group(1))
        if day in words.weekdays and (len(day) >= 4 or not day.isascii()):
            nxt = _DM.match(text, m.start(2))
            if nxt and _month(nxt.group(2), words):  # "Mittwoch, 12 March"
                yield m.start(), nxt.end()
            elif any(c in m.group(2).strip(".") for c in "/.-"):  # "Senin 30/11", "Mittwoch 12.03"
                yield m.start(), m.end()


if __name__ == "__main__":
    write_table(TABLE)
