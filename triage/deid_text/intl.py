"""Identifiers written the way other countries write them, and two post-rules on the findings.

Pattern tables (run like ``patterns``' tables, on accent-folded text): addresses after an address
cue or a house-number word in Korean, Vietnamese, Arabic, Spanish, Polish, Indian, Nigerian and
Filipino notes; hospital and practice names; dates with month words in other languages, Roman
numeral months, Arabic-Indic digits, "2023. 3. 15."; ages over 89 in other languages; e-mails with
"arroba" or "dot ... at ... dot"; social handles; plates after more cues.

``refine`` runs on the merged findings of one text: a record number swallows the short capitals
before it ("UR", "HC" in "UR 228 1934"), so no fragment of an identifier survives beside its label;
a name followed by a clinical head noun ("X's sign", "X pouch", "X tube") or holding a digit
("SatO2") is dropped; a word found as a name once is found wherever else it stands in that text.
It ends with ``post_rules`` (GCS strings and multi-word eponyms kept, names that are English words at
a sentence start, initials beside a name, a town beside a postcode or an address).
"""

from __future__ import annotations

import regex

from triage.deid_text.patterns import ID_LABELS, TLDS

_CAP = r"\p{Lu}[\p{L}'-]*"
# ------------------------------------------------------------------ addresses
# After a cue, the address runs to the end of its sentence: a full stop ends it unless it closes a
# known abbreviation ("ul.", "os.", "Col.", "Brgy.", "No.") before a capital or a digit.
_TAIL = r"(?:[^\n.;:!?()\[\]]|\.(?<=(?<![\p{L}\d])(?:ul|al|os|pl|m|nr|No|Col|Brgy|Avda|Av|Blk|Co|sw)\.)(?=\s*[\p{Lu}\d])|\(\d{3,6}\)){2,80}?(?=\s*(?:[;!?\n]|$|\s-\s|\s—)|\.(?!(?<=(?<![\p{L}\d])(?:ul|al|os|pl|m|nr|No|Col|Brgy|Avda|Av|Blk|Co|sw)\.)(?=\s*[\p{Lu}\d])))"
_ADDRESS_CUE = (r"(?:\b(?:[Aa]ddress|[Hh]ome\s*:|[Vv]ive\s+en|[Rr]eside\s+en|[Dd]omicilio|[Dd]ireccion|[Aa]dres\w*"
                r"(?:\s+\p{Ll}+)?|[Zz]am\.|[Zz]amieszka\w+|dc\s*:|dia\s+chi\s*:?)\s*:?\s*|(?<!\S)(?:주소|العنوان)\s*:?\s*)")
# A house-number word starts an address even without a cue.
_HOUSE = (r"(?:\b(?:Plot|Blk|Block|Flat|H\.\s?No\.|Door\s+No\.?|No\.)\s*\d+\w?,?|\b(?:ul|al|os|pl)\.\s*\p{Lu}|\bC/\s*(?!O\b)\p{Lu}"
          r"|\b(?:Calle|Avda\.|Av\.|Col\.|Brgy\.|Barangay|Purok)\s*\p{Lu}|\bso\s+\d+\w?\s+(?:ngo|ngach|hem|kiet|duong|pho)\b)")
_KOREAN = (r"(?:[가-힣]{2,}(?:특별시|광역시|특별자치시|시|도)\s+)?(?:[가-힣]{1,6}(?:시|군)\s+)?[가-힣]{1,6}(?:구|군)"
           r"(?:\s+[가-힣\d]{1,8}(?:동|읍|면|리|로|길|번길))+(?:\s*\d+(?:-\d+)?)?(?:,?\s*\d+호)?")
_VIET_UNIT = r"\b(?:[Hh]uyen|[Qq]uan|[Pp]huong|[Xx]a|[Tt]hi\s+xa|[Tt]inh|[Tt]hanh\s+pho|TP\.?)\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){0,3}"
_HEADS = (r"Hospital|Medical\s+Cent(?:re|er)|Health\s+Cent(?:re|er)|Family\s+Medicine|Family\s+Practice|Infirmary"
          r"|General|Clinic|Polyclinic|Surgery")
ADDRESS_PATTERNS = (
    ("after an address cue", rf"(?<={_ADDRESS_CUE}){_TAIL}"),
    ("house-number word", rf"{_HOUSE}{_TAIL}"),
    ("korean", _KOREAN),
    ("vietnamese unit", _VIET_UNIT),
    ("arabic street", r"(?<!\S)(?:حي|شارع|طريق)\s+\S+(?:\s+\S+){0,3}?(?=[،,.]|$)"),
    ("hospital, name after", r"\b(?:Hospital|Hospital\s+General|Clinica|Centro\s+de\s+Salud)\s+(?:(?:de|del|la|los|las)\s+)*"
                             rf"{_CAP}(?:\s+(?:(?:de|del|la|los|las)\s+)*{_CAP}){{0,4}}"),
)
HOSPITAL_BEFORE = regex.compile(rf"\b(?:{_CAP}\s+){{1,3}}(?:{_HEADS})\b")
# ------------------------------------------------------------------ dates
_MONTHS = ("enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre"
           "|janeiro|fevereiro|marco|maio|junho|julho|setembro|outubro|novembro|dezembro"
           "|janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre"
           "|stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|wrzesnia|pazdziernika|listopada|grudnia"
           "|styczen|luty|marzec|kwiecien|maj|czerwiec|lipiec|sierpien|wrzesien|pazdziernik|listopad|grudzien")
_AR_MONTHS = "يناير|فبراير|مارس|ابريل|مايو|يونيو|يوليو|اغسطس|سبتمبر|اكتوبر|نوفمبر|ديسمبر"
_ROMAN = r"(?:XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)"
_WEEKDAY = r"(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|nesday|sday|rsday|urday)?\.?"
_MONTH_EN = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
             r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?")
DATE_PATTERNS = (
    ("day month-word year", rf"(?i)\b(?:(?:el|le|o|dnia)\s+)?\d{{1,2}}(?:\s+de)?\s+(?:{_MONTHS})\b(?:\s+(?:de\s+)?\d{{4}})?"),
    ("month-word year", rf"(?i)\b(?:{_MONTHS})\s+(?:de\s+)?(?:19|20)\d\d\b"),
    ("roman month", rf"\b\d{{1,2}}[\s./-]+{_ROMAN}[\s./-]+(?:19|20)?\d\d\b"),
    ("vietnamese", r"(?i)\b(?:ngay\s+)?\d{1,2}\s+thang\s+\d{1,2}(?:\s+nam\s+\d{4})?\b|\bthang\s+\d{1,2}/\d{4}\b"),
    ("arabic", rf"[٠-٩\d]{{1,2}}\s+(?:{_AR_MONTHS})(?:\s+[٠-٩\d]{{4}})?"),
    ("arabic-indic digits", r"[٠-٩]{1,4}\s*[/.-]\s*[٠-٩]{1,2}\s*[/.-]\s*[٠-٩]{2,4}"),
    ("yyyy. m. d.", r"\b(?:19|20)\d\d\.\s?(?:1[0-2]|0?[1-9])\.\s?(?:3[01]|[12]\d|0?[1-9])\.?"),
    ("weekday d/m", rf"\b{_WEEKDAY},?\s+(?:3[01]|[12]\d|0?[1-9])/(?:1[0-2]|0?[1-9])\b(?![/.]\d)"),
    ("month 'yy", rf"\b{_MONTH_EN}\s+['’]\d\d\b"),
    ("the nth of last month", r"(?i)\bthe\s+(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)(?=\s+of\s+(?:last|this|next|the)\s+month)"),
)
# ------------------------------------------------------------------ ages, contact, plates
_OLD = r"(?:9\d|1[01]\d)"
_NOT_UNIT = r"(?!\s*(?:%|mg|mcg|ml|mmol|bpm|kg|mm|cm|min|/|\.\d|,\d))"
AGE_PATTERNS = (
    ("n years, other languages", rf"(?i)\b{_OLD}\s*(?:anos|ans|lat|tuoi|jahre|anni|jaar|yrs?/?[mf]?)\b|\b{_OLD}\s*세"),
    ("age cue n", rf"(?i)\b(?:aged?|edad|lat|tuoi|abt|about|approx\.?)\s*:?\s*{_OLD}\b{_NOT_UNIT}"),
    ("ma n", rf"\bma\s+{_OLD}\b(?=\s*(?:[,.;)]|lat\b|$)){_NOT_UNIT}"),
)
EMAIL_PATTERNS = (
    ("arroba", r"(?i)(?<![\w.+-])[a-z0-9][\w.+-]*\s*[\[({<]\s*(?:arroba|at)\s*[\])}>]\s*[a-z0-9][\w-]*(?:\.[a-z0-9][\w-]*)+"),
    ("dot in the local part", rf"(?i)(?<![\w.+-])[a-z0-9][\w+-]*(?:\s+dot\s+[a-z0-9][\w+-]*)+\s+at\s+[a-z0-9][\w-]*"
                              rf"(?:\s+dot\s+[a-z0-9][\w-]*)*\s+dot\s+(?:{TLDS})\b"),
)
HANDLE_PATTERNS = (
    # @jo_smith99: a handle with an underscore or a digit; or any @word after a social cue
    ("handle", r"(?<![\w@.])@[A-Za-z][A-Za-z0-9_.]*[_\d][A-Za-z0-9_]*"),
    ("handle after a cue", r"(?i)(?<=\b(?:posts?\s+as|insta(?:gram)?|twitter|tiktok|ig|kakao(?:talk)?|id)\s*:?\s*)@\w{2,30}"),
)
PLATE_PATTERNS = (
    ("after a cue", r"(?<=\b(?:rego|rej\.?|veh\.?\s*no\.?|plate(?:\s+\p{Lu}\p{Ll}+)?|reg\.?\s*no\.?)\s*:?\s*)"
                    r"(?=[A-Z0-9 -]*\d)[A-Z0-9]{1,5}(?:[ -][A-Z0-9]{1,5}){0,3}\b"),
)
# Relation words of other languages before a name (folded: "teść" is "tesc"), and a name before a
# phone number in brackets ("Sunday (0806 555 4102)").
_RELATIONS = (r"hija|hijo|nieta|nieto|esposa|esposo|marido|la\s+llaman|le\s+dicen|lo\s+llaman|tesc|tesciowa|zona|maz|syn"
              r"|corka|siostra|brat|wnuk|wnuczka|asawa|anak|lola|lolo|kuya|ate|endorsed\s+to|handed\s+over\s+to"
              r"|call\s+(?:her|him)")
PERSON_PATTERNS = (
    ("relation, other languages", rf"(?<=\b(?:{_RELATIONS})\s+)(?:\p{{Lu}}[\p{{L}}]+(?:-\p{{Lu}}?[\p{{L}}]+)?|[가-힣]{{2,4}})"),
    ("arabic relation", r"(?<=(?<!\S)(?:ابنها|ابنتها|ابنه|ابنته|زوجها|زوجته|اخوها|اخته|اخوه|ابني|ابنتي|والدها|والدته)\s+)\S+"),
    ("before a phone in brackets", r"\b\p{Lu}\p{Ll}+(?:[\s-]\p{Lu}\p{Ll}+)?(?=\s*\(\+?\d[\d ]{6,})"),
    ("initial and surname", r"(?<=[(,]\s*|\bby\s+)\p{Lu}\.\s?\p{Lu}\p{Ll}{3,}(?=\s*[),;])"),
)
# ------------------------------------------------------------------ post-rules
_HEAD_NOUN = regex.compile(r"(?i)(?:['’]s?)?\s+(?:sign|signs|pouch|tube|syndrome|disease|palsy|test|triad|reflex"
                           r"|manoeuvre|maneuver|criteria|score|pattern|phenomenon|procedure|fracture|space|line"
                           r"|viper|pit\s+viper|adder|krait|cobra|mamba|rattlesnake)\b")  # snakes named for people
# A lower-case common word ("grace", "sunny") is the name found elsewhere only after one of these.
_CUE_BEFORE = regex.compile(r"(?i)\b(?:ring|call|tell|ask|with|and|to|mum|dad|son|daughter|wife|husband|named)\s+$")
_PREFIX = regex.compile(r"(?<![\w/-])[A-Z]{1,5}\s$")
# A cue before a number stays: "MRN [ID]", "DOB [DATE]"; only a prefix of the number itself goes.
_LABEL = regex.compile(rf"(?i)(?:{ID_LABELS}|dob|tel|ph|fax|no|nr|num|ref)")
_SUFFIX = regex.compile(r"\s\d{3,6}(?=[\s.,;]|$)")


def refine(text: str, found: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """The post-rules (module docstring) on one folded text's findings."""
    from triage.deid_text.clinical_words import is_clinical
    from triage.deid_text.gazetteer import all_english_words

    out: list[tuple[str, int, int]] = []
    names: set[str] = set()
    uncapitalised: set[str] = set()  # names found written without a capital: their lower-case copies count
    for entity, s, e in found:
        if entity == "PERSON":
            word = text[s:e]
            a, b = s, e
            while a > 0 and text[a - 1].isalnum():
                a -= 1
            while b < len(text) and text[b].isalnum():
                b += 1
            if any(c.isdigit() for c in text[a:b]) or (" " not in word.strip() and _HEAD_NOUN.match(text, e)):
                continue
            if " " not in word.strip() and len(word) >= 3:
                names.add(word.lower())
                if not word.strip()[:1].isupper():
                    uncapitalised.add(word.strip().lower())
        if entity == "ID" and sum(c.isdigit() for c in text[s:e]) >= 5:
            m = _PREFIX.search(text, max(0, s - 7), s)
            if m and not is_clinical(m.group().strip()) and not _LABEL.fullmatch(m.group().strip()):
                s = m.start()
            m = _SUFFIX.match(text, e)
            if m and any(c.isalpha() for c in text[s:e]):
                e = m.end()
        out.append((entity, s, e))
    if names:
        out += [("PERSON", s, e) for s, e in _name_occurrences(text, names) if not _HEAD_NOUN.match(text, e)
                and (text[s].isupper() or _CUE_BEFORE.search(text, max(0, s - 12), s)
                     or text[s:e].lower() in uncapitalised and text[s:e].lower() not in all_english_words())]
    for m in HOSPITAL_BEFORE.finditer(text):
        words = [w for w in m.group().split() if w[0].isupper()]
        head = words[-1]
        words = words[:-1] if head not in ("Centre", "Center", "Medicine", "Practice") else words[:-2]
        plain = head in ("Clinic", "Polyclinic", "Surgery", "General", "Practice") or len(words) == 1
        if not words or all(is_clinical(w) or (plain and w.lower() in all_english_words()) for w in words):
            continue
        out.append(("LOCATION", m.start(), m.end()))
    from triage.deid_text import post_rules

    return post_rules.apply(text, out)


def _name_occurrences(text: str, names: set[str]) -> list[tuple[int, int]]:
    r"""The spans ``(?i)(?<![\w-])(?:name|name|...)(?![\w-])`` finds, the names in sorted order. That
    pattern is new for each text (the names differ per note), and compiling it was a fifth of a note's
    time; on an ASCII text the same scan is done with ``str.find`` on the lower-cased copy: at each
    start the first name in sorted order that ends at a boundary, the next search after its end, as
    ``finditer`` does. (The names are pieces of the text, so they are ASCII too, and in ASCII ``(?i)``
    equals ``lower()`` and ``\w`` letters, digits and "_".)"""
    order = sorted(names)
    if not text.isascii():
        rx = regex.compile(r"(?i)(?<![\w-])(?:" + "|".join(regex.escape(n) for n in order) + r")(?![\w-])")
        return [m.span() for m in rx.finditer(text)]
    low, n = text.lower(), len(text)
    best: dict[int, int] = {}  # start -> end of the first name (in sorted order) that matches there
    for name in order:
        i = low.find(name)
        while i >= 0:
            j = i + len(name)
            if i not in best and (i == 0 or not _joins(low[i - 1])) and (j == n or not _joins(low[j])):
                best[i] = j
            i = low.find(name, i + 1)
    out, end = [], 0
    for i in sorted(best):
        if i >= end:
            out.append((i, best[i]))
            end = best[i]
    return out


def _joins(c: str) -> bool:
    r"""``[\w-]`` for an ASCII character."""
    return c.isalnum() or c in "_-"
