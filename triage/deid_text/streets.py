"""Street addresses by the word for "street", "road", "avenue", "alley" or "district" in many
languages and scripts, before or after the street's name ("Str. Lipscani nr. 17", "Οδός Ερμού 52",
"خیابان ولیعصر", "ჭავჭავაძის გამზ. 37", "Մաշտոցի պող. 21", "Баянзүрх дүүрэг", "4471 BUCKHORN CREEK RD").

The street words are the common ones of each language (not the corpora's streets); the name is one
to three capitalised words (or words of a script without capitals), never a clinical word or an
acronym. A street word written before the name needs a house number after it in the Latin script
("via IV" is a route, "Via Roma 12" a street; "St Mary" a saint); a name in a script without
capitals needs none. In a note written all in capitals the same rules run on its title-cased copy.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Iterator

import regex

from triage.deid_text.folding import fold_text, shouting_probe

_BEFORE_WORDS = """
calle c/ avenida avda av paseo plaza camino carrera cra jiron jr rua travessa largo praca alameda estrada rue avenue
boulevard bd chemin allee impasse quai via viale piazza corso vicolo strada str bulevardul calea aleea soseaua sos
ulica ul aleja al plac os osiedle οδος οδ λεωφορος λεωφ πλατεια улица ул проспект пр просп переулок пер шоссе бульвар
мкр микрорайон вулиця вул провулок пров jalan jl jln gang gg lorong lrg kalye barabara mtaa rehov rechov
شارع خیابان کوچه بلوار محله mohalla gali marg ქუჩა רחוב שדרות duong pho ngo hem soi thanon
"""
_AFTER_WORDS = """
street st road rd avenue ave lane ln boulevard blvd way court ct terrace tce crescent cres close grove highway hwy
pike parkway pkwy circle cir utca u ut ter korut krt strasse str weg gasse platz allee straat laan plein gracht kade
singel gatan gata vagen vag gade vej gate veien katu tie sokak sk sokagi cadde cad caddesi mahallesi mah bulvari
дүүрэг хороо гудамж ክፍለ ከተማ ወረዳ መንገድ გამზ გამზირი ქუჩა ჩიხი փողոց փող պողոտա պող
"""
# street words that name a street with no house number ("Abbey Road"); "Close", "Court", "Way" or
# "St" (saint) without a number are too often something else
_WRITTEN_OUT = frozenset("street road avenue lane boulevard highway strasse straat utca ulica gatan vagen katu sokak "
                         "caddesi mahallesi bulvari дүүрэг хороо гудамж".split())
_UNCASED = r"\p{Arabic}\p{Georgian}\p{Hebrew}\p{Ethiopic}\p{Armenian}\p{Devanagari}\p{Bengali}"
_NAME_WORD = rf"(?:\p{{Lu}}[\p{{L}}\p{{M}}'-]*|[{_UNCASED}][\p{{L}}\p{{M}}'-]*)"
_LINK = r"(?:(?:de|del|della|dei|di|da|das|dos|do|la|le|les|des|du|van|der|den|al|el|ha)[ \t]+)"
_NUMBER = r"(?:(?:nr|no|n|nº|№)\.?[ \t]*)?\p{Nd}{1,5}[\p{L}]?(?:[/-]\p{Nd}{1,4})*(?![\p{L}\p{Nd}])"


# the town before a US state or Canadian province code and its ZIP or postal code: "Vicco KY 41773"
_STATES = ("AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH "
           "OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC PR AB BC MB NB NL NS NT NU ON PE QC SK YT").split()
_TOWN_STATE = regex.compile(rf"(?<![\p{{L}}])\p{{Lu}}[\p{{L}}'-]*(?:[ \t]+\p{{Lu}}[\p{{L}}'-]*){{0,2}}(?=,?[ \t]+"
                            rf"(?:{'|'.join(_STATES)})\.?[ \t]+(?:\d{{5}}(?:-\d{{4}})?|[A-Z]\d[A-Z][ \t]?\d[A-Z]\d)(?![\w-]))")


def _alternation(words: str) -> str:
    folded = sorted({fold_text(w).lower() for w in words.split()}, key=len, reverse=True)
    return "|".join(regex.escape(w) for w in folded)


@lru_cache(maxsize=1)
def _patterns() -> tuple[regex.Pattern, regex.Pattern]:
    before = (rf"(?<![\p{{L}}\p{{Nd}}])(?i:{_alternation(_BEFORE_WORDS)})\.?[ \t]+{_LINK}*{_NAME_WORD}"
              rf"(?:[ \t]+{_LINK}*{_NAME_WORD}){{0,2}}(?:[ \t]*,?[ \t]*(?P<num>{_NUMBER}))?")
    after = (rf"(?<![\p{{L}}])(?:(?P<pre>\p{{Nd}}{{1,5}}[\p{{L}}]?)[ \t]+)?{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,2}}"
             rf"[ \t]+(?i:{_alternation(_AFTER_WORDS)})(?![\p{{L}}])\.?(?:[ \t]*,?[ \t]*(?P<num>{_NUMBER}))?")
    return regex.compile(before), regex.compile(after)


# A hospital or a settlement by its kind word, which names it with no house number: "Meilahden
# sairaala", "RSUD Wonosari", "Maitland Hospital", "comunidad Ccorca", "Thunderchild First Nation".
_HOSPITAL_WORDS = """
hospital infirmary sairaala sjukhus sykehus sygehus krankenhaus klinikum ziekenhuis hopital ospedale szpital nemocnice
nemocnica bolnica bolnita больница лікарня болница νοσοκομειο hastanesi hastane rsud rsup rs bệnh viện benh vien
بیمارستان مستشفى ሆስፒታል საავადმყოფო հիվանդանոց эмнэлэг
"""
_SETTLEMENT_BEFORE = """
comunidad community village aldea barrio colonia poblado pueblo vila bairro favela kampung kampong desa kelurahan
kijiji kebele barangay brgy purok sitio township reserve reservation
"""
_SETTLEMENT_AFTER = "village township community reserve reservation nation rancheria settlement"


@lru_cache(maxsize=1)
def _kind_patterns() -> tuple[regex.Pattern, regex.Pattern]:
    name = rf"{_NAME_WORD}(?:[ \t]+{_LINK}*{_NAME_WORD}){{0,2}}"
    before_words = _alternation(_HOSPITAL_WORDS + _SETTLEMENT_BEFORE)
    after_words = _alternation(_HOSPITAL_WORDS + _SETTLEMENT_AFTER)
    before = rf"(?<![\p{{L}}])(?i:{before_words})\.?[ \t]+{_LINK}*{name}"
    # "Tampereen yliopistollinen sairaala": words in lower case may stand between (checked below)
    after = (rf"(?<![\p{{L}}]){_NAME_WORD}(?:[ \t]+{_LINK}*(?:{_NAME_WORD}|\p{{Ll}}[\p{{L}}'-]*)){{0,2}}[ \t]+(?:first[ \t]+)?"
             rf"(?i:{after_words})(?![\p{{L}}])")
    return regex.compile(before), regex.compile(after)


def kind_word_spans(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each hospital or settlement named by its kind word in ``text`` (folded)."""
    from triage.deid_text.clinical_words import is_clinical
    from triage.deid_text.gazetteer import all_english_words, english_words

    for rx in _kind_patterns():
        for m in rx.finditer(text, timeout=1.0):
            words = regex.findall(r"[\p{L}\p{M}'-]+", m.group())
            named = [w for w in words if fold_text(w).lower() not in _KIND_WORDS]
            if not named or any(is_clinical(w) or (w.isupper() and len(w) <= 4 and w.isascii()) for w in named) \
                    or all(w.lower() in english_words() for w in named) or any(
                        w[0].islower() and (w in all_english_words() or w in _LINK_WORDS) for w in named):
                continue
            yield m.start(), m.end()


_LINK_WORDS = frozenset("de del della dei di da das dos do la le les des du van der den al el ha".split())
_KIND_WORDS = frozenset(fold_text(w).lower() for w in (_HOSPITAL_WORDS + _SETTLEMENT_BEFORE + _SETTLEMENT_AFTER
                                                        + " first").split())


def street_spans(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each street address in ``text`` (folded) found by its street word."""
    from triage.deid_text.clinical_words import is_clinical

    probe = shouting_probe(text)
    before, after = _patterns()
    for rx, needs_number in ((before, True), (after, False)):
        for m in rx.finditer(probe, timeout=1.0):
            body = m.group()
            words = regex.findall(r"[\p{L}\p{M}'-]+", body)
            uncased = regex.search(rf"[{_UNCASED}]", body) is not None
            if any(is_clinical(w) for w in words) or any(w.isupper() and 1 < len(w) <= 4 and w.isascii()
                                                         for w in words[1:] if probe is text):
                continue
            if needs_number and not uncased and not m.group("num"):
                continue
            if not needs_number and not (m.group("num") or m.group("pre") or uncased or (
                    fold_text(words[-1]).lower() in _WRITTEN_OUT and words[-1][0].isupper())):  # "Main road closed"
                continue
            yield m.start(), m.end()
    yield from kind_word_spans(probe)
    for m in _TOWN_STATE.finditer(text):  # the state code is in capitals whatever the note
        if not any(is_clinical(w) for w in m.group().split()):
            yield m.start(), m.end()
