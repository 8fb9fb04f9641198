"""What is known about the patient, matched so that no spelling of it slips past.

The generic recognizers find anything shaped like a name after a cue, a phone number or a date;
the patient's own values are also matched directly, accent- and case-blind, with any separators
between digits and any written form of the birth date, so recall on them does not depend on how
the generic patterns happen to be written.

Matching compares candidates found by a few patterns compiled once (words, digit runs, date-shaped
strings) against the normalised known values, instead of compiling patterns per patient: compiling
costs far more than matching, and an export meets a new patient every few texts.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Iterable, Iterator

import regex

from triage.deid_text.clinical_words import is_clinical
from triage.deid_text.english_verbs import is_verb_after_subject
from triage.deid_text.folding import fold_text
from triage.deid_text.gazetteer import all_english_words
from triage.deid_text.patterns import EPONYM_FOLLOWERS, EPONYMS, PARTICLES, TITLES

_MONTHS = {name: i + 1 for i, name in enumerate(("january", "february", "march", "april", "may", "june", "july",
                                                 "august", "september", "october", "november", "december"))}
_MONTHS.update({name[:3]: n for name, n in list(_MONTHS.items())})
_MONTHS["sept"] = 9

_WORD = regex.compile(r"[\p{L}]+")
_NUMBER = regex.compile(r"(?<!\d)\d(?:[\s().\-/]{0,3}\d)*")
_DATE_LIKE = regex.compile(
    r"(?i)(?<![\p{L}\d])(?:\d{1,4}(?:st|nd|rd|th)?|[a-z]{3,9}\.?)(?:[\s./,\-]+(?:of\s+)?"
    r"(?:\d{1,4}(?:st|nd|rd|th)?|[a-z]{3,9}\.?)){1,2}(?![\p{L}\d])|(?<!\d)\d{8}(?!\d)")
_DATE_PART = regex.compile(r"(?i)\d+|[a-z]+")
_TITLE_BEFORE = regex.compile(r"(?:" + "|".join(TITLES) + r")\.?\s+$")
_FOLLOWER_AFTER = regex.compile(r"(?i)(?:'s)?\s+(?:" + "|".join(sorted(EPONYM_FOLLOWERS)) + r")\b")


@dataclass(frozen=True)
class KnownIdentifiers:
    """The patient's own identifying values, as recorded (any of them may be empty)."""

    names: tuple[str, ...] = ()
    numbers: tuple[str, ...] = ()  # MRN and other record numbers
    phones: tuple[str, ...] = ()
    dates: tuple[date, ...] = field(default=())  # birth date

    @classmethod
    def from_values(cls, values: Iterable[str]) -> "KnownIdentifiers":
        """Loose values (the older ``scrub_text(text, known)`` form): each as a name and as a number."""
        vals = tuple(v for v in values if v and len(v.strip()) >= 2)
        return cls(names=vals, numbers=tuple(v for v in vals if any(c.isdigit() for c in v)))

    def is_empty(self) -> bool:
        return not (self.names or self.numbers or self.phones or self.dates)


@dataclass(frozen=True)
class KnownMatcher:
    """``KnownIdentifiers`` normalised for matching (build with ``matcher``)."""

    words: frozenset[str]  # name parts, folded and lower-cased
    runs: tuple[tuple[str, ...], ...]  # multi-word parts ("o", "suilleabhain"), longest first
    initials: frozenset[str]  # first-name initials, matched only before a surname
    surnames: frozenset[str]
    letters: tuple[tuple[str, ...], ...]  # each name's initials in order, hyphenated parts apart ("a", "r", "b")
    hangul: "regex.Pattern[str] | None"  # a Korean name written whole, spaced, or by its given name
    literals: tuple[str, ...]  # whole values to find as written (folded, lower-cased): "mrn7734921"
    digits: tuple[tuple[str, str], ...]  # (digit string, entity) of numbers and phones, longest first
    dates: tuple[date, ...]

    def spans(self, text: str) -> Iterator[tuple[str, int, int]]:
        """(entity, start, end) of every known value in ``text`` (already folded)."""
        yield from self._names(text)
        low = text.lower()
        for lit in self.literals:
            start = low.find(lit)
            while start >= 0:
                yield "ID", start, start + len(lit)
                start = low.find(lit, start + 1)
        if self.digits:
            yield from self._numbers(text)
        if self.dates:
            yield from self._dates(text)

    def _names(self, text: str) -> Iterator[tuple[str, int, int]]:
        if self.hangul is not None:
            for m in self.hangul.finditer(text):
                yield "PERSON", m.start("name"), m.end("name")
        for entity, start, end in self._name_words(text):
            yield entity, start, end
            age = _AGE_AFTER.match(text, end)
            if age:  # "Morwenna, 95, DOB ...", "Mr Capaldi ('Bill'), 97,"
                yield "AGE", age.start("age"), age.end("age")
            alias = _ALIAS_AFTER.match(text, end)
            if alias and (alias.group("q") and not is_clinical(alias.group("alias"))
                          or self._is_alias(alias.group("alias"))):
                yield "PERSON", alias.start("alias"), alias.end("alias")

    def _is_alias(self, token: str) -> bool:
        """``token``, written right after the patient's name, is another form of it: their initials
        ("Craig Duncan Lennox (CL)", "(A.R.B.)", "grace n-e" for Grace Nakamura-Ellis), a single
        middle initial ("sibusiso g mthembu"), or a short form of one name word ("Sibusiso (Sbu)",
        "Etxeberria (Etxebe)")."""
        low = token.lower()
        marks = regex.sub(r"[\s.\-]", "", low)
        if not marks.isalpha():
            return False
        if 2 <= len(marks) <= 4 and (marks != low or token.isupper()) and any(
                _subsequence(marks, letters, anchored=False) for letters in self.letters):
            return True  # initials (of the surname alone too): with dots or hyphens, or in capitals
        if len(marks) == 1:  # a middle initial, or the surname's in capitals ("Hunter B,")
            return any(marks in letters[1:-1] or (token[0].isupper() and marks in letters[1:])
                       for letters in self.letters)
        if len(marks) < 3 or marks != low or marks in all_english_words() or token[0].islower():
            return False
        return any(w[0] == marks[0] and len(w) > len(marks) and _subsequence(marks, w) for w in self.words)

    def _name_words(self, text: str) -> Iterator[tuple[str, int, int]]:
        words = [(m.group().lower(), m.start(), m.end()) for m in _WORD.finditer(text)]
        for i, (w, start, end) in enumerate(words):
            for run in self.runs:
                if tuple(x for x, _, _ in words[i:i + len(run)]) == run:
                    yield "PERSON", start, words[i + len(run) - 1][2]
            if w in self.words:
                if w in EPONYMS and _FOLLOWER_AFTER.match(text, end) and not _TITLE_BEFORE.search(text, 0, start):
                    continue  # "Addison's disease" is not the patient; "Mrs Addison's pain" is
                if text[start].islower() and w in all_english_words() and _WORD_BEFORE.search(text, 0, start) \
                        and _word_after(text, end):
                    continue  # "temp rose to 38.6", "said grace period", "there is hope for" are not the patient
                if len(w) == 2 and text[start:end] != w.capitalize():
                    continue  # "Ng" the name, not "NG" the nasogastric tube
                yield "PERSON", start, end
            elif w in self.initials and i + 1 < len(words) and words[i + 1][0] in self.surnames \
                    and words[i + 1][1] - end <= 2:
                yield "PERSON", start, end + (1 if text[end:end + 1] == "." else 0)

    def _numbers(self, text: str) -> Iterator[tuple[str, int, int]]:
        for m in _NUMBER.finditer(text):
            chars = [(c, m.start() + i) for i, c in enumerate(m.group()) if c.isdigit()]
            found = "".join(c for c, _ in chars)
            for d, entity in self.digits:
                at = found.find(d)
                if at >= 0:
                    yield entity, chars[at][1], chars[at + len(d) - 1][1] + 1
                    break

    def _dates(self, text: str) -> Iterator[tuple[str, int, int]]:
        for m in _DATE_LIKE.finditer(text, overlapped=True):  # "DOB 07/03/1951": try every start
            if any(_is_date(m.group(), d) for d in self.dates):
                yield "DATE_TIME", m.start(), m.end()


# Another form of the name right after it: "(CL)", "(Sbu)", " g " before the surname, " n-e".
_ALIAS_AFTER = regex.compile(r"[ \t]*(?:\([ \t]*(?P<q>['\"‘“])(?P<alias>\p{Lu}[\p{L}-]{1,14})['\"’”][ \t]*\)"
                             r"|\([ \t]*(?P<alias>\p{L}[\p{L}.\- ]{0,9}?)[ \t]*\)"
                             r"|(?P<alias>\p{L}(?:[.\-]\p{L}){1,3}\.?|\p{L}\.?(?=[ \t]+\p{L}{2})"
                             r"|\p{Lu}\.?(?=[ \t]*[,;:]))(?![\p{L}\d]))")


_HANGUL = "\uac00-\ud7a3"
# What a Korean name may carry inside its word: particles and honorifics ("도윤이", "윤태식님께").
_KO_SUFFIX = ("님께서|님께|님의|님이|님은|님을|님과|님|씨가|씨의|씨는|씨를|씨|군|양|이가|이는|이를|이의|이도|이랑|이한테|이야|이에요"
              "|이|가|은|는|을|를|의|에게|께서|께|도|와|과|랑|한테|야|아|환자|어르신|할머니|할아버지|여사")
_TWO_SYLLABLE_SURNAMES = ("남궁", "황보", "제갈", "선우", "독고", "사공", "서문", "동방", "망절")


def _hangul_pattern(names: Iterable[str]) -> "regex.Pattern[str] | None":
    """The patient's Korean names as a whole Hangul word (a particle or honorific may follow): the
    name written together or with its syllables spaced ("한 정 숙"), and the given name alone ("도윤이
    엄마예요"), which is how family and staff call a patient."""
    forms: set[str] = set()
    for name in names:
        whole = regex.sub(r"\s+", "", name)
        if not regex.fullmatch(f"[{_HANGUL}]{{2,5}}", whole):
            continue
        forms.add(r"[ \t]*".join(whole))
        surname = 2 if whole[:2] in _TWO_SYLLABLE_SURNAMES and len(whole) >= 4 else 1
        if len(whole) - surname >= 2:
            forms.add(whole[surname:])
    if not forms:
        return None
    alternation = "|".join(sorted(forms, key=len, reverse=True))
    return regex.compile(f"(?<![{_HANGUL}])(?P<name>{alternation})(?:{_KO_SUFFIX})?(?![{_HANGUL}])")


_AGE_AFTER = regex.compile(r"(?:[ \t]*\([^()\n]{0,40}\))?[ \t]*,[ \t]*(?P<age>9\d|1[01]\d)"
                           r"(?=[ \t]*(?:,|;|\.[ \t]|yo\b|y\b|yrs?\b|years\b|[MF]\b))")


def _subsequence(short: str, long: Iterable[str], anchored: bool = True) -> bool:
    """Every letter of ``short``, in order, among ``long``'s (``anchored``: its first letter first)."""
    it = iter(long)
    if anchored and next(it, None) != short[0]:
        return False
    return all(c in it for c in (short[1:] if anchored else short))


def _is_date(candidate: str, d: date) -> bool:
    """Whether ``candidate`` ("7th March 1951", "07/03/51", "19510307") writes the date ``d``."""
    if candidate.isdigit() and len(candidate) == 8:
        return candidate in (f"{d:%Y%m%d}", f"{d:%d%m%Y}", f"{d:%m%d%Y}")
    parts = [p.lower() for p in _DATE_PART.findall(candidate) if p.lower() not in ("st", "nd", "rd", "th", "of")]
    if len(parts) != 3:
        return False
    jalali = _jalali(d)  # Iran and Afghanistan write the birth date in the solar Hijri calendar
    if [int(p) for p in parts if p.isdigit()] in ([jalali[0], jalali[1], jalali[2]], [jalali[2], jalali[1], jalali[0]]):
        return True
    years = {str(d.year), f"{d.year % 100:02d}", str(d.year + 543)}  # and Thailand in the Buddhist era
    for i, year in enumerate(parts):
        if year not in years:
            continue
        a, b = parts[:i] + parts[i + 1:]
        for day, month in ((a, b), (b, a)):
            if day.isdigit() and int(day) == d.day and (
                    (month.isdigit() and int(month) == d.month) or _MONTHS.get(month.rstrip(".")) == d.month):
                return True
    return False


def _jalali(d: date) -> tuple[int, int, int]:
    """``d`` in the solar Hijri calendar (year, month, day): the arithmetic of the official
    calendar's 33-year cycle, exact for 1900-2100."""
    gy2 = d.year + 1 if d.month > 2 else d.year
    before = (0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)[d.month - 1]
    days = 355666 + 365 * d.year + (gy2 + 3) // 4 - (gy2 + 99) // 100 + (gy2 + 399) // 400 + d.day + before
    jy = -1595 + 33 * (days // 12053)
    days %= 12053
    jy += 4 * (days // 1461)
    days %= 1461
    if days > 365:
        jy += (days - 1) // 365
        days = (days - 1) % 365
    if days < 186:
        return jy, 1 + days // 31, 1 + days % 31
    return jy, 7 + (days - 186) // 30, 1 + (days - 186) % 30


def _digit_forms(value: str, phone: bool) -> set[str]:
    digits = "".join(c for c in value if c.isdigit())
    if len(digits) < 4:
        return set()
    out = {digits}
    if phone:
        try:
            import phonenumbers

            for region in (None, "US", "GB"):
                try:
                    n = phonenumbers.parse(value, region)
                except phonenumbers.NumberParseException:
                    continue
                out |= {str(n.national_number), "0" + str(n.national_number)}
                break
        except ImportError:  # pragma: no cover - phonenumbers is a pinned dependency
            pass
        if len(digits) >= 9:
            out.add(digits[-7:])  # the local part alone, as people often write it
    return out


_WORD_BEFORE = regex.compile(r"\p{Ll}[\p{L}'-]*\s+$")
_WORD_AFTER = regex.compile(r"\s+(?:to|by|from|up|over|in|at|of|with|w/|and|on|for|\d)")  # a verb's, not a name's
_NEXT_WORD = regex.compile(r"\s+(\p{Ll}{3,})\b")


def _word_after(text: str, end: int) -> bool:
    """What follows a known name word written in lower case inside a sentence makes it the English
    word: a preposition or a number ("rose to 38.6", "hope for"), or another lower-case English word
    that is no verb of a subject ("grace period"; but "rose is here" stays the patient Rose)."""
    if _WORD_AFTER.match(text, end):
        return True
    nxt = _NEXT_WORD.match(text, end)
    if nxt is None or nxt.group(1) not in all_english_words():
        return False
    return not is_verb_after_subject(nxt.group(1))


def matcher(known: KnownIdentifiers) -> KnownMatcher:
    """Normalise ``known`` once (per patient) for ``KnownMatcher.spans``."""
    words: set[str] = set()
    runs: set[tuple[str, ...]] = set()
    initials: set[str] = set()
    surnames: set[str] = set()
    particles = set(PARTICLES)
    letters: list[tuple[str, ...]] = []
    for name in known.names:
        parts = [w.lower() for w in _WORD.findall(fold_text(name))]
        words |= {w for w in parts if len(w) >= 2 and w not in particles}
        words |= {regex.sub(r"[^\p{L}]", "", w).lower() for w in fold_text(name).split() if "-" in w}  # "yujin"
        if len(parts) > 1:
            letters.append(tuple(w[0] for w in parts if w not in particles))
        runs |= {tuple(parts[i:j]) for i in range(len(parts)) for j in range(i + 2, len(parts) + 1)}
        if len(parts) > 1:
            initials.add(parts[0][0])
            surnames |= set(parts[1:])
    literals = {fold_text(v.strip()).lower() for v in known.numbers if len(v.strip()) >= 3}
    digits: dict[str, str] = {}
    for v in known.phones:
        digits |= {d: "PHONE_NUMBER" for d in _digit_forms(v, phone=True)}
    for v in known.numbers:
        digits |= {d: "ID" for d in _digit_forms(v, phone=False)}
    return KnownMatcher(frozenset(words), tuple(sorted(runs, key=len, reverse=True)), frozenset(initials),
                        frozenset(surnames), tuple(letters), _hangul_pattern(known.names), tuple(sorted(literals, key=len, reverse=True)),
                        tuple(sorted(digits.items(), key=lambda kv: len(kv[0]), reverse=True)),
                        tuple(known.dates))
