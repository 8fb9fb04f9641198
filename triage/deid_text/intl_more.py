"""More identifiers written the way other countries write them: Latin and Cyrillic scripts.

Why a module of its own: ``intl`` holds the first round of other-country rules; these came from the
fourth corpus (bench/deid_heldout_d.py, now a development set) and are written for the pattern, not
the line: street names with the street word after the name (German "... Allee 7", "...straße
88/3/14", Austrian "... Gürtel 18", Turkish "... Cad. No:212 D:5", "... Bulvarı 45", Thai "... Soi 11")
or before it (Portuguese "Rua ... 201, 3º Esq", French "12 bis avenue ...", Hebrew-transliterated
"Rehov ... 150", Ukrainian "вул. ..., 15"); dates with German, Turkish, Somali, Ukrainian/Russian,
Hebrew-calendar month words and Portuguese "seg. 9/dez"; ages over 89 written out in French,
Portuguese, Spanish, Italian and German; record numbers after other countries' labels (RAMQ, SNS,
SV-Nr, TC kimlik, ...); messenger handles after "weixin:", "viber:"; longer plates after "rego".
Every pattern runs on accent-folded text ("Straße" is "Strasse", "Aralık" is "Aralik").
"""

from __future__ import annotations

from triage.deid_text.folding import fold_text

_CAP = r"\p{Lu}[\p{L}'-]*"
# ------------------------------------------------------------------ streets
# The street word after the name, then the house number: "Schonhauser Allee 7", "Mariahilfer
# Strasse 88/3/14", "Bagdat Cad. No:212 D:5", "Ataturk Bulvari 45", "Sukhumvit Soi 11".
_AFTER = (r"Allee|Strasse|Str\.|Gasse|Gurtel|Damm|Ufer|Platz|Weg|Steig|Chaussee|Promenade|Zeile"
          r"|Caddesi|Cad\.|Cd\.|Sokak|Sokagi|Sok\.|Sk\.|Bulvari|Blv\.|Bulv\.|Mahallesi|Mah\.|Yolu"
          r"|Soi|Thanon|Rd\.?")
_NUMBER = (r"(?:No\s*[:.]?\s*)?\d{1,4}[a-zA-Z]?(?:/\d{1,4}){0,3}"
           r"(?:\s+(?:D|Daire|Kat|Top|Stiege|Tur)\s*[:.]?\s*\d{1,3})?")
# After the number: "apto 42", "3º Esq" (folded "3o Esq"), "2.º Dto", "app. 4", "bloco B".
_UNIT = (r"(?:,?\s+(?:apto\.?|apt\.?|ap\.|app\.?|bloco|casa|andar|piso|etg\.?)\s*\w{1,4}"
         r"|,?\s+\d{1,2}\.?\s*[oa]\.?\s*(?:Esq|Dto|Dta|Dt|Frt|Fte|Esquerdo|Direito|andar)\.?)*")
# The street word before the name: "Rua das Laranjeiras 118", "Rehov Dizengoff 150", "vul. Khreshchatyk, 22".
_BEFORE = (r"Rua|Avenida|Av\.|Travessa|Tv\.|Largo|Praca|Alameda|Estrada|Rehov|Rechov|Derech|Sderot|Shderot"
           r"|Kikar|Simta|Thanon|вул\.|вулиця|ул\.|улица|просп\.|проспект|пров\.|пл\.|бульв\.")
_LINKS = r"(?:(?:das|dos|da|do|de|del|la|des|du|ha|al|el)\s+)"
STREET_PATTERNS = (
    ("street word after the name", rf"\b(?:{_CAP}\s+){{1,3}}(?:{_AFTER})\s*{_NUMBER}\b{_UNIT}"),
    ("street word before the name", rf"(?<![\p{{L}}])(?:{_BEFORE})\s+{_LINKS}*{_CAP}(?:[\s-]+{_LINKS}*{_CAP}){{0,3}},?"
                                    rf"\s+{_NUMBER}\b{_UNIT}"),
    # 12 bis avenue Jean-Jaures, 4 ter rue de la Paix: the number with its "bis" before the street word
    ("french house number", r"(?i)\b\d{1,4}\s*(?:bis|ter|quater)\s+(?:rue|avenue|av\.|boulevard|bd|chemin|allee"
                            r"|place|impasse|quai|cours|route)\s+(?:(?:de|du|des|la|le|l')\s*)*\p{L}[\p{L}'-]+"),
)
# ------------------------------------------------------------------ dates
_GERMAN = "januar|janner|februar|feber|marz|april|mai|juni|juli|august|september|oktober|november|dezember"
_TURKISH = "ocak|subat|mart|nisan|mayis|haziran|temmuz|agustos|eylul|ekim|kasim|aralik"
_SOMALI = ("janaayo|febraayo|feberwari|maarso|abriil|abril|maajo|juun|luulyo|agoosto|sebtembar|sebtember"
           "|oktoobar|oktoober|nofembar|nofeember|desembar|diseembar")
_HEBREW = "tishrei|tishri|cheshvan|heshvan|marcheshvan|kislev|tevet|shevat|shvat|adar|nisan|iyar|iyyar|sivan|tammuz|av|elul"
_CYRILLIC = fold_text("січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня"
                      "|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря"
                      "|січень|лютий|березень|квітень|травень|червень|липень|серпень|вересень|жовтень"
                      "|листопад|грудень")
_PT_ABBR = "jan|fev|mar|abr|mai|jun|jul|ago|set|out|nov|dez"
DATE_PATTERNS = (
    # 21. Juli 1977, 30 Ocak 1985, 1 Abriil 2026: a day, the month word and a year (the words alone
    # are also names and words: "Mart", "Nisan", "Mai")
    ("day month-word year", rf"(?i)\b(?:3[01]|[12]\d|0?[1-9])\.?\s+(?:{_GERMAN}|{_TURKISH}|{_SOMALI})\.?,?\s+"
                            r"(?:19|20)\d\d\b"),
    ("cyrillic", rf"(?i)(?<!\d)(?:3[01]|[12]\d|0?[1-9])\s+(?:{_CYRILLIC})(?:\s+(?:19|20)\d\d(?:\s*(?:р|г)\.?)?)?"
                 r"(?![\p{L}])"),
    ("hebrew calendar", rf"(?i)\b(?:3[01]|[12]\d|0?[1-9])\s+(?:{_HEBREW})\s+5[67]\d\d\b"),
    # seg. 9/dez, 9/dez/2026: a day and a Portuguese month abbreviation, an optional weekday before
    ("day/month-word", rf"(?i)(?:\b(?:seg|ter|qua|qui|sex|sab|dom)\.?\s+)?\b(?:3[01]|[12]\d|0?[1-9])/(?:{_PT_ABBR})\b"
                       r"(?:/(?:19|20)?\d\d\b)?"),
)
# ------------------------------------------------------------------ ages over 89, written out
_FR = (r"quatre-vingt-(?:dix|onze|douze|treize|quatorze|quinze|seize|dix-sept|dix-huit|dix-neuf)"
       r"|nonante(?:-(?:et-un|deux|trois|quatre|cinq|six|sept|huit|neuf))?|cent(?:-|\s+)?(?:et\s+)?(?:un|deux|trois)?")
AGE_PATTERNS = (
    ("written out", rf"(?i)\b(?:{_FR}|noventa(?:\s+[ey]\s+\p{{L}}+)?|novanta\p{{L}}*|(?:\p{{L}}+und)?neunzig"
                    r"|cento?(?:\s+e\s+\p{L}+)?)\s+(?:ans|anos|anni|jahre|jahren|lat)\b"),
)
# ------------------------------------------------------------------ record numbers, handles, plates
_ID_CUES = (r"RAMQ|carte\s+vitale|utente(?:\s+SNS)?|SNS|NIF|CPF|SV-?Nr\.?|e-card|TC\s+kimlik(?:\s+no)?"
            r"|kimlik\s+no|Teudat\s+zehut|mynumber|my\s+number|PESEL|AHV|INSEE|NIR")
ID_PATTERNS = (
    # RAMQ GAGA 3410 0219, utente SNS 284 551 903: the letters and digit groups after the label
    ("after another country's label", rf"(?i)(?<=\b(?:{_ID_CUES})\s*[:#]?\s*)(?:[A-Z]{{2,4}}\s+)?\d[\d -]{{3,22}}\d\b"),
)
HANDLE_PATTERNS = (
    # weixin: lilyw_bj, viber: olena_k58, telegram: @x: the messenger's name with its colon, then the id
    ("messenger id", r"(?i)\b(?:wechat|weixin|viber|telegram|whatsapp|signal|skype|line|kakao(?:talk)?)(?:\s+id)?"
                     r"\s*:\s*@?[a-z][\w.]{2,30}[a-z0-9]"),
)
PLATE_PATTERNS = (
    ("after a cue, up to seven", r"(?<=\b(?:rego|plate|Kennzeichen|matricula|plaka|immatriculation)\s*:?\s*)"
                                 r"(?=[A-Z]*\d)(?=\d*[A-Z])[A-Z0-9]{5,8}\b"),
)
# ------------------------------------------------------------------ a name before "(relation"
_BRACKET_RELATIONS = (r"filha|filho|mae|pai|esposa|esposo|marido|irma|irmao|neta|neto|sobrinha|sobrinho|fille|fils"
                      r"|epouse|epoux|mari|soeur|frere|petite-fille|petit-fils|tochter|sohn|ehefrau|ehemann|schwester"
                      r"|bruder|enkel|enkelin|kizi|oglu|esi|annesi|babasi|kardesi|hija|hijo|hermana|hermano|nieta|nieto"
                      r"|wife|husband|son|daughter|mother|father|brother|sister|grandson|granddaughter|partner|friend"
                      r"|neighbour|neighbor|carer|niece|nephew|cousin|aunt|uncle")
_BEFORE_BRACKET = None


def bracket_relation_spans(text: str):
    """A name just before a bracket that opens with a relation word, in any language: "Fé (filha)",
    "mark (brother, +43 ...)". A capitalised word that is no clinical word, or a lower-case word of the
    name lists that is no English word ("mark" is both a name and a word, so a lower-case one only
    before a bracket that also holds a phone number or closes at once)."""
    import regex

    from triage.deid_text.clinical_words import is_clinical
    from triage.deid_text.gazetteer import all_english_words, is_name_word
    from triage.deid_text.patterns import NOT_NAMES

    global _BEFORE_BRACKET
    if _BEFORE_BRACKET is None:
        _BEFORE_BRACKET = regex.compile(rf"(?i)(?<![\p{{L}}'-])(\p{{L}}[\p{{L}}'-]+)\s*\((?:{_BRACKET_RELATIONS})"
                                        r"(\)|,\s*\+?\d)")
    for m in _BEFORE_BRACKET.finditer(text):
        word = m.group(1)
        if is_clinical(word) or word.lower() in NOT_NAMES:
            continue
        if word[0].isupper() or (is_name_word(word) and (word not in all_english_words() or m.group(2) != ")")):
            yield m.start(1), m.end(1)
