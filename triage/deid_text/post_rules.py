"""Post-rules on one text's findings, run by ``intl.refine`` after its own: what the findings around
a span say about it.

Why a module of its own: these rules read the findings together rather than the text alone, and
``intl`` was near its size limit. Five kinds:

* kept, whatever found them: a room or bed with its number ("Choque 3", "Box 7", "Room 14"), a
  grading scale with its grade ("Fisher 1", "Westley 5"), a Glasgow Coma Scale string ("E4V5M6", "E3VTM5" when intubated; it has
  the shape of a Canadian postcode) and the multi-word clinical eponyms ("Grey Turner", "Dix-Hallpike",
  "Argyll Robertson": ``patterns.EPONYMS`` holds them joined by "_", and a word finder sees only
  "Grey");
* an English word that is also a name ("Faith", "Frank", "Bill", "Mark", "Summer", or "autumn" in lower
  case) at the start of a sentence and followed by a lower-case word that is no verb ("Faith in the GP", "Frank discussion",
  "Bill to insurer", "Mark the pulses", "Summer pudding") is the word, whoever proposed it (the
  patient's own name, the NER, a name found elsewhere in the text); followed by a verb ("Frank says",
  "Summer is") or inside a sentence it stays a name;
* a name and the initials or particles beside it are one name ("Joana C. da Silva", "Mariana Ó
  Costa", "Elif Y.", "Yael B-D", "T. Yamada");
* a hospital by its abbreviation (``hospital_codes``), a named facility by its kind (``facilities``);
* a place beside a postcode or after an address, in either order ("Bangkok 10110", "Lisboa 1100-048",
  "..., 1070 Wien", "Derech HaYam 40, Haifa 3474", "Khlong Toei Nuea, Bangkok").
"""

from __future__ import annotations

from functools import lru_cache

import regex

from triage.deid_text.clinical_words import is_clinical
from triage.deid_text.english_verbs import is_verb_after_subject, verbs
from triage.deid_text.facilities import facility_spans
from triage.deid_text.hospital_codes import hospital_spans
from triage.deid_text.patterns import EPONYMS, NOT_NAMES

GCS = regex.compile(r"(?<![\p{L}\d])E[1-4]\s?V(?:[1-5]|N?T)\s?M[1-6](?![\p{L}\d])")
# A room or bed of the department with its number, in the languages of the corpora's settings
# ("en Choque 3", Spanish shock room; "Box 7"; "lôžko 12"): "Choque" is also a surname and a town. A box
# after a number or "PO" is a postal box ("rural route 2 box 41", "HC 64 Box 19").
ROOM = regex.compile(r"(?i)(?<![\p{L}\d])(?:choque|(?<!\d,?[ \t]+|\bp\.?[ \t]?o\.?[ \t]*)box|reanimacion|reanimacio|reanimacao|sala|cama|leito|lit"
                     r"|room|bed|(?<!(?-i:\p{Lu})\p{L}*[ \t])bay|cubicle|resus|majors|minors|trolley|chair|rm"
                     r"|letto|lozko|luzko|cubiculo)[ \t]+\d{1,2}(?![\p{L}\d]|[.,:/-]\d)")
# A grading scale named after a person, with its grade ("Fisher 1", "Hunt and Hess 2", "Westley 5",
# "Spetzler-Martin III", "Salter-Harris II"): the surname is the scale, whoever proposed it.
GRADED = regex.compile(r"(?i)(?<![\p{L}])(?:hunt[ \t]+(?:and|&)[ \t]+hess|(?:modified[ \t]+)?fisher|westley|wfns"
                       r"|spetzler[ \t-]+martin|salter[ \t-]+harris|mallampati|forrest|gustilo(?:[ \t-]+anderson)?"
                       r"|schatzker|garden|weber|neer|le[ \t]?fort|child[ \t-]+pugh|mason|hinchey|hunt|house[ \t-]+brackmann"
                       r"|lown|tanner|breslow|clark|gleason|dukes|frankel|wagner|rutherford|fontaine)"
                       r"[ \t]+(?:grade[ \t]+|score[ \t]+|class[ \t]+|type[ \t]+)?(?:[0-9]{1,2}|I{1,3}V?|IV|VI{0,3})"
                       r"(?![\p{L}\d/:-]|[.,]\d)")
_MORE_EPONYMS = ("argyll robertson", "austin flint", "brown sequard", "charcot marie tooth", "cheyne stokes",
                 "dix hallpike", "stokes adams", "adams stokes", "mallory weiss", "wolff parkinson white",
                 "osgood schlatter", "henoch schonlein", "creutzfeldt jakob", "ehlers danlos", "guillain barre",
                 "kasabach merritt", "sister mary joseph", "jervell lange nielsen", "lambert eaton",
                 "peutz jeghers", "prader willi", "von hippel lindau", "zollinger ellison", "de musset",
                 "de quervain", "von willebrand", "grey turner", "holt oram", "budd chiari", "arnold chiari", "thomas splint", "hunt and hess",
                 "ottawa sah rule", "ottawa subarachnoid rule", "canadian ct head rule", "nexus criteria",
                 "sgarbossa criteria", "duke criteria", "light's criteria", "ranson criteria", "wells criteria")


@lru_cache(maxsize=1)
def _eponym_phrases():
    phrases = {w.replace("_", " ") for w in EPONYMS if "_" in w} | set(_MORE_EPONYMS)
    alternation = "|".join(r"[\s-]+".join(regex.escape(p) for p in phrase.split())
                           for phrase in sorted(phrases, key=len, reverse=True))
    return regex.compile(rf"(?i)(?<![\p{{L}}])(?:{alternation})(?![\p{{L}}])")


_AT_START = regex.compile(r"(?:^|[.!?:;\n]|\s[-\u2014])\s*$")
_NEXT = regex.compile(r"\s+(\p{Ll}[\p{L}'-]*)(?:\s+(\p{Lu}))?")
# After these the capitalised word is the English word: "Faith in", "Bill to", "Mark the", "Hope she".
_FUNCTION_WORDS = frozenset("""
in to on for of at with from by into onto about over under after before against per via re vs
the a an this that these those my your his her its our their some any no every each
she he they it we you i me him them us
""".split())


def _word_not_name(text: str, s: int, e: int) -> bool:
    """``text[s:e]``, proposed as a name, is the English word at the start of a sentence: the next word
    is a preposition, a determiner or a pronoun ("Faith in the GP", "Bill to insurer"), or a noun or a
    bare verb, which cannot follow a singular subject ("Frank discussion", "Summer pudding", "Mark the",
    "Will reassess"). A verb form that can ("Frank says", "Summer is"), an adjective or adverb ("Faith
    very anxious"), "and" before another name, an unknown word or none keeps it a name."""
    from triage.deid_text.gazetteer import all_english_words

    word = text[s:e]  # in lower case as well: "autumn term asthma plan" for the patient Autumn
    if not word.isalpha() or word.lower() not in all_english_words():
        return False
    if _AT_START.search(text, max(0, s - 40), s) is None:
        return False
    nxt = _NEXT.match(text, e)
    if nxt is None:
        return False
    after = nxt.group(1).lower()
    if after in _FUNCTION_WORDS:
        return True
    return after in all_english_words() and after not in _modifiers() and not is_verb_after_subject(after)


@lru_cache(maxsize=1)
def _modifiers() -> frozenset[str]:
    from triage.deid_text.spacy_model import load_lookups

    return load_lookups(("adj", "adv"))


_INITIALS = regex.compile(r"\s+\p{Lu}(?:\.|-\p{Lu}(?![\p{L}]))(?![\p{L}\d])")  # " Y.", " B-D"
_INITIAL_BEFORE = regex.compile(r"(?<![\p{L}\d.])\p{Lu}\.\s?$")  # "T. " before "Yamada"
_BRIDGE = regex.compile(r"\s+(?:(?:\p{Lu}\.|\p{Lu}|da|de|do|dos|das|di|del|van|von|der|den|bin|ibn|al|el|ben|bat)\s+){1,3}")


def _join_names(text: str, people: list[list[int]]) -> list[tuple[str, int, int]]:
    out = []
    people.sort()
    for i, (s, e) in enumerate(people):
        m = _INITIALS.match(text, e)
        if m and not text[m.end():m.end() + 2].strip().startswith(tuple("abcdefghijklmnopqrstuvwxyz")):
            out.append(("PERSON", e, m.end()))
        m = _INITIAL_BEFORE.search(text, max(0, s - 3), s)
        if m and text[s:s + 1].isupper():
            out.append(("PERSON", m.start(), s))
        if i + 1 < len(people):
            m = _BRIDGE.fullmatch(text, e, people[i + 1][0])
            if m:
                out.append(("PERSON", e, people[i + 1][0]))
    return out


_CITY = r"\p{Lu}[\p{L}'-]*(?:(?:[ /-]|\s(?:of|de|do|da|upon|on|en|am|an|im)\s)\p{Lu}[\p{L}'-]*){0,2}"
_POSTAL = r"(?:\d{3}-\d{4}|\d{4}-\d{3}|\d{5}-\d{3}|\d{4,6})"
# Before a postcode of a distinctive shape (Japan 606-8501, Portugal 1100-048, Brazil 04117-030); a
# town before bare digits only inside an address (``_AFTER_ADDRESS``): "Sodium 13500" is a lab.
_CITY_BEFORE_POSTCODE = regex.compile(rf"(?<![\p{{L}}'-])({_CITY})\s+(?=(?:\d{{3}}-\d{{4}}|\d{{4,5}}-\d{{3}})(?![\d-]))")
_NOT_PLACES = frozenset("bed bay room cubicle level floor wing block door gate entrance exit side chair trolley".split())
# After an address: ", 1070 Wien", " Kadikoy/Istanbul 34728", ", Haifa 3474", or a town alone after a
# comma (", Bangkok"); a town alone after a space is the next sentence's word. A postal district of one
# or two digits ("Kingston 11") only straight after the address's own town (``_DISTRICT``).
_AFTER_ADDRESS = regex.compile(rf"(?:(?:,\s*|\s+)(?:({_POSTAL})\s+({_CITY})|({_CITY})\s+{_POSTAL})"
                               rf"|,\s*({_CITY}))(?![\p{{L}}\d-])")

_DISTRICT = regex.compile(r"\s\d{1,2}(?=[.,;]|$)")


def _place_ok(words: str) -> bool:
    from triage.deid_text.clinical_words import is_clinical

    parts = regex.split(r"[\s/-]+", words)
    if any(p.lower() in NOT_NAMES or p.lower() in _NOT_PLACES or (p.isupper() and len(p) <= 4)
           for p in parts if p[:1].isupper()):
        return False
    return not is_clinical(parts[-1])  # "Port of Spain" is a town, "Chest" is not


def _places(text: str, found: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    out = []
    postcodes = [(s, e) for entity, s, e in found if entity in ("POSTCODE", "PHONE_NUMBER", "LOCATION")]
    for m in _CITY_BEFORE_POSTCODE.finditer(text):
        if any(s <= m.end() < e for s, e in postcodes) and _place_ok(m.group(1)):
            out.append(("LOCATION", m.start(1), m.end(1)))
    for entity, s, e in found:
        if entity != "LOCATION":
            continue
        end = e
        for _ in range(3):  # a street, then its town and postcode, in either order
            m = _AFTER_ADDRESS.match(text, end)
            if not m:
                m = _DISTRICT.match(text, end) if text[end - 1:end].isalpha() else None
                if m:  # "Kingston 11": a postal district after the town
                    out.append(("LOCATION", m.start(), m.end()))
                break
            city = m.group(2) or m.group(3) or m.group(4)
            if not _place_ok(city):
                break
            out.append(("LOCATION", m.start(), m.end()))
            end = m.end()
    return out


# The letters written with a record number belong to it: "MCD 448 120 937", "DPIC 26-08812",
# "ALLIANZ-SNA 88-20413", "HCN 5584 221 907 KT" (a version code after it). A label word is left.
_PREFIX = regex.compile(r"(?<![\p{L}\d/-])(\p{Lu}{2,8}(?:-\p{Lu}{2,8})?)[ \t]$")
_SUFFIX = regex.compile(r"[ \t](\p{Lu}{1,2})(?![\p{L}\d])")
_LABELS = frozenset("""
MRN NHS ID DOB SSN NHI UR HC NIC BHT TEL PH MOB FAX CHI IHI PPS PPSN HCN PHN MBI DNI NIE NIF CPF RG CURP RUT
CSN FIN HAR MR NO NR NUM REF TIS ZIP PIN EXT CELL HOME WORK IP URL ED ER IV IM PO SC BP HR RR GCS NEWS
""".split())


def _id_letters(text: str, found: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    out = []
    for entity, s, e in found:
        if entity not in ("ID", "PHONE_NUMBER") or not any(c.isdigit() for c in text[s:e]):
            continue
        before = _PREFIX.search(text, max(0, s - 20), s)
        if before and before.group(1) not in _LABELS and not is_clinical(before.group(1)):
            out.append((entity, before.start(1), s))
        after = _SUFFIX.match(text, e)
        if after and after.group(1) not in _LABELS and not is_clinical(after.group(1)):
            out.append((entity, e, after.end(1)))
    return out


def warm() -> None:
    """Build the eponym pattern and read the verb, adjective and adverb lists at load time: reading
    them (30 ms) fell on the first note with a name at a sentence start."""
    _eponym_phrases()
    verbs()
    _modifiers()


def apply(text: str, found: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """The rules of the module docstring on one folded text's findings."""
    keep = [m.span() for m in GCS.finditer(text)] + [m.span() for m in _eponym_phrases().finditer(text)] \
        + [m.span() for m in ROOM.finditer(text)] + [m.span() for m in GRADED.finditer(text)]
    if keep:
        found = [f for f in found if not any(f[1] < e and f[2] > s for s, e in keep)]
    found = [f for f in found if f[0] != "PERSON" or not _word_not_name(text, f[1], f[2])]
    people = [[s, e] for entity, s, e in found if entity == "PERSON"]
    found = found + _join_names(text, people) + _places(text, found) + hospital_spans(text, found) \
        + [("LOCATION", s, e) for s, e in facility_spans(text)] + _id_letters(text, found)
    if keep:
        found = [f for f in found if not any(f[1] < e and f[2] > s for s, e in keep)]
    return found
