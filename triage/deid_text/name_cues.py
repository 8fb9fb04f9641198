"""A person named after a word for a relative, a friend or a carer in many languages ("rafiki
Goodluck", "si mister Jun-Jun", "нөхөр Ганбаатар", "la figlia Giulia"), or after a role in English
written in lower case ("staff nurse Rubina", "medic Reyes"), and the same in a note written all in
capitals ("NEIGHBOR EARL SLONE").

The cue words are the words for husband, wife, son, daughter, mother, father, brother, sister,
grandparents, friend, neighbour, nurse and doctor in the languages of the corpora's settings and
the most spoken others (not the corpora's sentences). The name after a cue:
- is one or two capitalised words, neither a clinical word nor an English verb, adjective, adverb
  or function word, the first no English noun either unless it is on the name lists;
- after a German cue, is on the name lists (German capitalises its nouns: "Mutter Schmerzen");
- in a script without capitals, is one word of the name lists;
- in a note written in capitals, starts with a word of the name lists.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Iterator

import regex

from triage.deid_text.folding import fold_text, is_shouting, shouting_probe

_CUES = """
nurse medic paramedic driver neighbour neighbor friend roommate flatmate housemate carer caregiver interpreter
chaplain colleague landlord landlady boyfriend girlfriend bf gf fiance fiancee cousin stepson stepdaughter
mister misis
esposo esposa marido hijo hija madre padre mama papa hermano hermana abuelo abuela nieto nieta tio tia primo prima
amigo amiga vecino vecina novio novia filho filha mae pai irmao irma avo neto neta vizinho vizinha enfermera
enfermero enfermeira medica doctora
mari femme epouse epoux fils fille mere pere frere soeur ami amie voisin voisine infirmiere infirmier medecin
copain copine
marito moglie figlio figlia fratello sorella nonna nonno nipote amico amica vicino vicina infermiere infermiera
vrouw zoon dochter moeder vader broer zus oma opa vriend vriendin buurman buurvrouw
kone hustru maka son datter dotter bror soster syster ven venn nabo granne sykepleier ssk
vaimo poika tytar aiti isa veli sisko ystava naapuri hoitaja
maz zona corka matka ojciec siostra babcia dziadek wnuk wnuczka przyjaciel przyjaciolka sasiad sasiadka
pielegniarka
муж жена сын дочь мать мама отец папа брат сестра бабушка дедушка внук внучка друг подруга сосед соседка
медсестра чоловік дружина донька мати батько нөхөр эхнэр хүү охин ээж аав
συζυγος γιος κορη μητερα πατερας αδελφος αδελφη εγγονος εγγονη φιλος φιλη νοσηλευτρια
esi kocasi karisi oglu kizi annesi babasi kardesi arkadasi komsusu hemsire
mume mke mwana mwanawe binti baba kaka dada rafiki jirani bibi babu muuguzi
asawa anak nanay tatay kuya lola lolo kaibigan kapitbahay
suami isteri istri ayah kakak adik nenek kakek teman tetangga perawat
chong
beta beti bhai behen pati patni dost
بیٹا بیٹی بھائی بہن شوہر بیوی دوست همسر شوهر پسر دختر مادر پدر برادر خواهر زوج زوجة ابن ابنة أم أب أخ أخت صديق جار
ქმარი ცოლი შვილი ვაჟი ქალიშვილი დედა მამა ძმა მეგობარი ամուսին կին որդի դուստր մայր հայր եղբայր քույր ընկեր
בעל אישה בן בת אמא אבא אח אחות חבר ባል ሚስት ልጅ እናት አባት ወንድም እህት ጓደኛ
"""
_GERMAN = "ehemann ehefrau sohn tochter mutter vater bruder schwester enkel enkelin freund freundin nachbar nachbarin " \
          "pfleger pflegerin arztin arzt"

_WORD = regex.compile(r"(?<![\p{L}\p{M}'-])[\p{L}][\p{L}\p{M}'-]*(?<![-'])")
_GAP = regex.compile(r"[ \t]*[,:]?[ \t]+(?:(?:si|ni|kay|na)[ \t]+)?")  # Tagalog "si", Swahili "na" before a name
_UNCASED = regex.compile(r"[\p{Arabic}\p{Georgian}\p{Hebrew}\p{Ethiopic}\p{Devanagari}\p{Bengali}]")


@lru_cache(maxsize=1)
def _cues() -> tuple[frozenset[str], frozenset[str]]:
    def fold(words: str) -> frozenset[str]:
        return frozenset(fold_text(w).lower() for w in words.split())

    return fold(_CUES), fold(_GERMAN)


def cue_name_spans(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each name after a cue word (module docstring) in ``text`` (folded)."""
    from spacy.lang.en.stop_words import STOP_WORDS

    from triage.deid_text.clinical_words import is_clinical
    from triage.deid_text.gazetteer import all_english_words, english_words, is_name_word, name_words

    cues, german = _cues()
    shouting = is_shouting(text)
    probe = shouting_probe(text)
    words = list(_WORD.finditer(probe))

    def plain(word: str, first: bool) -> bool:
        w = word.lower()
        if is_clinical(word) or w in STOP_WORDS or w in english_words() or w in cues or w in german:
            return False
        return not first or w not in all_english_words() or is_name_word(word)

    for i, m in enumerate(words[:-1]):
        cue = m.group().lower()
        if cue not in cues and cue not in german:
            continue
        nxt = words[i + 1]
        if not _GAP.fullmatch(probe, m.end(), nxt.start()):
            continue
        name = nxt.group()
        if _UNCASED.match(name):
            if name.lower() in name_words():
                yield nxt.start(), nxt.end()
            continue
        if not name[0].isupper() or not plain(name, True) or (name.isupper() and not shouting):
            continue  # "beta HCG": an acronym in a note in mixed case is no name
        if (cue in german or shouting) and not is_name_word(name):
            continue
        end = nxt.end()
        if i + 2 < len(words):
            second = words[i + 2]
            if regex.fullmatch(r"[ \t]+", probe[end:second.start()] or "x") and second.group()[0].isupper() \
                    and plain(second.group(), False) and not (cue in german and not is_name_word(second.group())):
                end = second.end()
        yield nxt.start(), end

