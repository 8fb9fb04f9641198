"""Identifiers whose shape is the same in every language once a few words are known: an age over 89
with the word for "years" ("90 ετών", "95 v", "ዕድሜ 92"), the flat, floor or block written after a
street ("lgh 1102", "кв. 91", "apt 2", "84 B 12"), initials written before a found surname
("W. N. [Kamau]"), and record numbers that mix letters and digits ("SPSRSR29E48F839X", "УБ77071123").

The word lists are the words for "years (old)", "age" and "flat / apartment / floor / block / plot"
in the languages of the corpora's settings and the most spoken others; they are not the corpora's
sentences. A record number must interleave letters and digits three times or more, or be a short
capital prefix before six digits or more, and never be a clinical token (GCS "E4V5M6", "CHA2DS2").
"""

from __future__ import annotations

import regex

from triage.deid_text.folding import fold_text

_OLD = r"(?:[9٩۹९৯]\p{Nd}|1[01]\p{Nd})"
# the words for "years (old)" after the number
_YEARS = (r"ans|años|anos|anni|jahre|j\.|jaar|jr|år|ar|vuotta|vuotias|v|aastat|eves|ev|evesen|lat|let|roku|roků|rokov"
          r"|лет|года|г\.|років|роки|години|godina|god\.|ani|ετών|ετων|χρονών|χρονων|χρονων|yas|yasinda|tahun|thn"
          r"|taon|taong\s+gulang|tuoi|ปี|岁|歲|歳|세|살|سال|ساله|سنة|سنه|عام|عاما|برس|वर्ष|साल|বছর|ዓመት|ዓመቱ|წლის"
          r"|տարեկան|настай|жас|жаста|שנים|שנה|anys|urte|urteko|oed|a\.(?![ \t]?a\b)"
          + "".join("|" + fold_text(w) for w in ("வயது", "අවුරුදු", "ବର୍ଷ")))  # Catalan, Basque, Welsh, Tamil, Sinhala, Odia
# the words for "age" before the number
_AGE = (r"edad|age|âge|età|eta|alter|leeftijd|ålder|alder|ika|ikä|wiek|vek|věk|возраст|вік|ηλικια|ηλικία|yas|usia"
        r"|umur|idade|อายุ|年龄|年齢|나이|سن|عمر|उम्र|आयु|বয়স|umri|ዕድሜ|ასაკი|տարիք|нас|гил|miaka|edad:")
AGE_PATTERNS = (
    ("n years, many languages", rf"(?i)(?<![\p{{L}}\p{{Nd}}.,/:]){_OLD}(?:[ \t]*-?[ \t]*)(?:{_YEARS})"
                                r"(?![\p{L}\p{Nd}])(?![ \t]*(?:ago|since|later))"),
    ("age n, many languages", rf"(?i)(?<![\p{{L}}])(?:{_AGE})[ \t]*[:.]?[ \t]*{_OLD}(?![\p{{Nd}}]|[.,/:]\p{{Nd}}|[ \t]*(?:%|mg|kg|ml|mmhg|bpm|/))"),
    ("miaka n", rf"(?i)(?<![\p{{L}}])miaka[ \t]+{_OLD}(?![\p{{Nd}}])"),
)

# flat, apartment, floor, block, door, staircase: written after the street and its number
_UNIT = (r"apt|apto|apartment|appt|app|unit|suite|ste|flat|fl|floor|room|rm|lgh|lägenhet|leil|ap|dpto|depto|piso|pta"
         r"|puerta|esc|escalera|bl|blk|block|bloc|bloque|et|etaj|etage|étage|kv|кв|квартира|корп|корпус|стр|эт"
         r"|подъезд|д|дом|bn|բն|ბ|ბინა|sc|scara|interior|int|door|dept|no|nr|nº|n°|num|plot|lot|stand|house|h"
         r"|casa|porta|pis|ет|mz|manzana|lt|lote|zone|ward")  # Portuguese, Catalan, Bulgarian, Mexican, South African
_UNIT_AFTER = regex.compile(rf"(?i)[ \t]*,?[ \t]*(?:{_UNIT})\.?[ \t]*[#№]?[ \t]*\p{{Nd}}{{1,5}}\p{{L}}?(?![\p{{L}}\p{{Nd}}])")
# after a street number only: the staircase and flat ("84 B 12"), the floor and door ("78. 3/12")
_AFTER_NUMBER = regex.compile(r"[ \t]+\p{Lu}[ \t]+\p{Nd}{1,4}(?![\p{L}\p{Nd}]|[.,:/]\p{Nd})"
                              r"|\.?[ \t]+\p{Nd}{1,3}/\p{Nd}{1,3}(?![\p{Nd}/])")
_UNIT_BEFORE = regex.compile(rf"(?i)(?<![\p{{L}}])(?:house|plot|lot|stand|block|blk|box|erf|no|nr)\.?[ \t]*\p{{Nd}}{{1,5}}"
                             r"[ \t]*,?[ \t]*$")
_INITIALS_BEFORE = regex.compile(r"(?<![\p{L}.])(?:\p{Lu}\.[ \t]*){1,3}$")

_MIXED = regex.compile(r"(?<![\p{L}\p{Nd}@._/-])[\p{Lu}\p{Nd}]{8,24}(?![\p{L}\p{Nd}@_-]|\.\p{L})")
_PREFIXED = regex.compile(r"(?<![\p{L}\p{Nd}@._/-])\p{Lu}{1,4}\p{Nd}{6,14}(?![\p{L}\p{Nd}@_-])")
# GCS "E4V5M6", gravida and para "G3P2A1L2", TNM "T2N1M0": clinical, never an identifier
_CLINICAL_TOKEN = regex.compile(r"E\d[VT]\d+M\d\w*|G\d+P\d+\w*|T\d\w?N\d\w?M\d\w*")


def _transitions(token: str) -> int:
    return sum(1 for a, b in zip(token, token[1:]) if a.isdigit() != b.isdigit())


def record_number_spans(text: str) -> list[tuple[int, int]]:
    """Tokens that mix capitals and digits like a record or identity number (module docstring)."""
    out = []
    for m in _MIXED.finditer(text):
        token = m.group()
        letters = sum(c.isalpha() for c in token)
        digits = sum(c.isdigit() for c in token)
        if letters >= 3 and digits >= 3 and _transitions(token) >= 3 and not _CLINICAL_TOKEN.fullmatch(token):
            out.append((m.start(), m.end()))
    out += [(m.start(), m.end()) for m in _PREFIXED.finditer(text)]
    return out


def extend(text: str, found: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """Widen addresses over the flat or block written beside them, and names over the initials
    written before them."""
    out = []
    for entity, s, e in found:
        if entity == "LOCATION":
            while True:
                m = _UNIT_AFTER.match(text, e) or (_AFTER_NUMBER.match(text, e) if text[e - 1].isdigit() else None)
                if not m:
                    break
                e = m.end()
            m = _UNIT_BEFORE.search(text, max(0, s - 16), s)
            if m:
                s = m.start()
        elif entity == "PERSON":
            m = _INITIALS_BEFORE.search(text, max(0, s - 12), s)
            if m:
                s = m.start()
        out.append((entity, s, e))
    return out
