"""Named places where people live, work, study or are treated: "Manor Park Surgery", "Swedish
Hospital", "Algonquin College", "Carlingwood Family Health Team", "가천대 길병원", "햇살어린이집",
"상계주공 7단지 712동 1103호".

A facility's name says where the patient was or is (HIPAA Safe Harbor counts any geographic unit
below a state, and a named GP surgery, school or nursing home narrows a patient to a town). The
name is found by its last word, the kind of facility, and the capitalised words before it; those
words must say which one ("Swedish Hospital", "Austin Health"), so a run made only of generic words
("General Hospital", "Mental Health", "the Children's Hospital", "Primary Care") is left alone, as is
a clinical word ("Cardiology Clinic"). Korean facilities are one Hangul word ending in the kind
("을지대학교병원", "노원행복요양원") or a word before one ("가천대 길병원"); flats in a numbered
apartment complex ("한솔마을 4단지 402동 1501호") are an address.
"""

from __future__ import annotations

from typing import Callable, Iterator

import regex

from spacy.lang.en.stop_words import STOP_WORDS

from triage.deid_text.clinical_words import is_clinical
from triage.deid_text.english_verbs import is_verb_after_subject, verbs
from triage.deid_text.gazetteer import all_english_words
from triage.deid_text.hospital_codes import no_hospital

_KINDS = ("Hospital|Hospitals|Infirmary|Surgery|Health|Health Centre|Health Center|Health Team|Family Health Team"
          "|Medical Centre|Medical Center|Medical Practice|Clinic|Polyclinic|Practice|Pharmacy|Chemist|College"
          "|University|School|Academy|High School|Primary School|Elementary|Kindergarten|Daycare|Nursery"
          "|Nursing Home|Care Home|Care Centre|Care Center|Rest Home|Retirement Village|Retirement Home"
          "|Assisted Living|Hospice|Lodge|Manor|Shelter|Mission|Campus|Church|Mosque|Temple|Synagogue|Gurdwara"
          "|Prison|Correctional Centre|Correctional Center|Barracks|Depot|Warehouse|Factory|Mine|Mill|Farm"
          "|Station|Mall|Plaza|Hotel|Motel|Inn|Pub|Tavern|Club|Gym|Leisure Centre|Stadium|Arena|Park"
          "|Healthcare System|Health System|Healthcare|Health Care|Senior Living|Senior Living & Rehab|Rehab"
          "|Community Services|Services|LLC|Inc|Ltd|Pty Ltd|Taphouse|Brewery|Saloon|Restaurant|Diner|Cottages"
          "|Fire Department|Fire Dept|Fire Rescue|Fire & Rescue|Fire and Rescue|Police|Police Department"
          "|Police Station|Sheriff's Office|Ambulance Service|Community Center|Community Centre")
_KIND_WORDS = frozenset(w.lower() for k in _KINDS.split("|") for w in k.split())
_GENERIC = frozenset("""
the a an our your his her their this that nearest local main new old general district regional royal county
city state national university teaching community public mental primary secondary sexual occupational
child children children's women's men's family medical dental eye psychiatric day walk-in urgent care
private acute emergency rehab rehabilitation memorial central north south east west northern southern
eastern western upper lower high junior senior elementary middle grammar care home health nursing
st saint st. hospital school clinic college same another other previous his her their my
nurses nurse nurses' police fire ambulance bus train railway petrol gas service work car staff ward
at to from in via re for with by of on and or
social protective adult youth human veterans support emergency legal financial
""".split())
_LEADING = _GENERIC - _KIND_WORDS  # generic words that can open a name but are not part of it
_FACILITY = regex.compile(
    r"(?<![\p{L}'])((?:\p{Lu}[\p{L}'&.-]*[ \t]+){1,4})(?:"
    + "|".join(k.replace(" ", r"[ \t]+") for k in sorted(_KINDS.split("|"), key=len, reverse=True)) + r")(?![\p{L}])"
    r"(?:[ \t]*#[ \t]?\d{1,6}(?![\d/.]))?")  # a store's number ("Walgreens Pharmacy #4417")
# A place of worship, an estate or a market named before its kind in lower case ("Mbogo mosque",
# "Wendover estate"): the same capitalised words, the same tests.
_LOWER_KIND = regex.compile(r"(?<![\p{L}'])((?:\p{Lu}[\p{L}'&.-]*[ \t]+){1,3})(?:church|mosque|temple|chapel|estate"
                            r"|market|cemetery)(?![\p{L}])")
# A facility whose kind comes first, in French, Spanish and Portuguese ("Centre de Sante Kimisagara",
# "Hopital Kibagabaga", "Clinica San Felipe"): up to three capitalised words after it.
_KIND_FIRST = regex.compile(r"(?<![\p{L}])(?:(?:Centre|Centro|Poste|Posto)[ \t]+(?:de|da|do)[ \t]+(?:Sante|Salud|Saude)"
                            r"|Hopital|Clinique|Clinica|Policlinica|Dispensaire)[ \t]+(?:(?:de|du|des|del|da|do|d')[ \t]*)?"
                            r"(\p{Lu}[\p{L}'-]+(?:[ \t]+\p{Lu}[\p{L}'-]+){0,2})")
_NOT_AFTER_KIND = frozenset("number no nr numero ref".split())  # "Hopital Numero 2" names no hospital
# A hospital named by the department the patient is sent to ("OHSU ED", "UPMC Mercy ED", "Mulago A&E",
# "Parirenyatwa Casualty"): one to three capitalised words, one of them in no English list, none a
# clinical or generic word ("Paeds ED", "Main ED", "Adult ED" stay).
_BEFORE_ED = regex.compile(r"(?<![\p{L}'&])((?:\p{Lu}[\p{L}'-]*[ \t]+){1,3})(?:ED|A&E|AE|ER|Casualty|Emergency\s+Department)"
                           r"(?![\p{L}&])")
# A labelled field that holds a place ("Pharmacy: ...", "Employer: ...", "Sending facility: ..."):
# its value, to the end of the line or the first comma or semicolon.
_PLACE_LABEL = regex.compile(r"(?im)(?<![\p{L}])(?:pharmacy|employer|workplace|sending\s+facility|receiving\s+facility"
                             r"|incident\s+location|location\s+of\s+incident|school|place\s+of\s+work|care\s+home"
                             r"|nursing\s+home|transport(?:ed)?\s+by|transport)[ \t]*:[ \t]*(?=[\p{Lu}\d])([^,;\n]{2,60})")
_KO_KIND = ("대학교병원|대학병원|요양병원|요양원|병원|의원|의료원|보건소|보건지소|소방서|경찰서|파출소|지구대|안전센터"
            "|어린이집|유치원|초등학교|중학교|고등학교"
            "|대학교|학교|교회|성당|사찰|복지관|경로당|주민센터|행정복지센터|아파트|오피스텔|빌라")
_KO = regex.compile(rf"(?<![\uac00-\ud7a3])(?:[\uac00-\ud7a3]{{2,6}}[ \t]+)?[\uac00-\ud7a3]{{0,8}}(?:{_KO_KIND})"
                    r"(?=(?:에서|에게|에|으로|로|의|은|는|이|가|을|를|과|와|까지|부터|측)?(?![\uac00-\ud7a3]))")
_KO_GENERIC = frozenset("병원 대학병원 요양병원 요양원 의원 보건소 어린이집 유치원 학교 교회 아파트 타병원 전원병원 상급병원 "
                        "종합병원 개인병원 동네병원 지역병원 응급병원 다른병원 인근병원 해당병원 본원 협력병원 큰병원 "
                        "주민센터".split())
_DANJI = regex.compile(r"(?<![\uac00-\ud7a3])(?:[\uac00-\ud7a3]{2,8}[ \t]*)?\d{1,3}[ \t]*단지(?:[ \t]*\d{1,4}[ \t]*동)?"
                       r"(?:[ \t]*\d{1,5}[ \t]*호)?|(?<!\d)\d{1,4}[ \t]*동[ \t]*\d{1,5}[ \t]*호")


def facility_spans(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each named facility in ``text`` (folded)."""
    for m in _FACILITY.finditer(text):
        # "the Swedish Hospital", "Attends Ridgeway School", "EMS El Paso Fire Rescue": the name starts after them
        words = _opening(regex.findall(r"[\p{L}'&.-]+", m.group(1)), is_clinical)
        if not words or all(w.lower() in _GENERIC for w in words):
            continue
        if any(is_clinical(w) and w.lower() not in _GENERIC for w in words):
            continue  # "Foley Practice" is a clinical phrase first; "Boyle Street Community Services" is not
        start = m.start() + m.group(0).find(words[0])
        yield start, m.end()
    for m in _LOWER_KIND.finditer(text):
        words = _opening(regex.findall(r"[\p{L}'&.-]+", m.group(1)))
        if words and not any(w.lower() in _GENERIC or is_clinical(w) for w in words):
            yield m.start() + m.group(0).find(words[0]), m.end()
    for m in _KIND_FIRST.finditer(text):
        words = list(regex.finditer(r"\S+", m.group(1)))
        while words and (words[-1].group().lower() in _GENERIC or words[-1].group().lower() in _NOT_AFTER_KIND):
            words.pop()
        if words and not any(is_clinical(w.group()) for w in words):
            yield m.start(), m.start(1) + words[-1].end()
    for m in _BEFORE_ED.finditer(text):
        words = _opening(m.group(1).split(), lambda w: is_clinical(w) or w.lower() in STOP_WORDS)
        if not words or any(w.lower() in _GENERIC or no_hospital(w) or w.lower() in STOP_WORDS for w in words):
            continue
        if any(w.lower() not in all_english_words() for w in words):
            yield m.start() + m.group(0).find(words[0]), m.start(1) + len(m.group(1).rstrip())
    for m in _PLACE_LABEL.finditer(text):
        value = m.group(1).rstrip(" .\t")
        first = value.split()[0].lower() if value.split() else ""
        if value and not is_clinical(first) and not is_verb_after_subject(first):
            yield m.start(1), m.start(1) + len(value)
    if regex.search(r"[\uac00-\ud7a3]", text):
        for m in _KO.finditer(text):
            name = m.group()
            last = name.split()[-1]
            if last in _KO_GENERIC:
                if name == last or _generic_ko(name.split()[0]):
                    continue
                start = m.start()  # "가천대 병원": the word before says which one
            else:  # the word before belongs to the name only as a university's short form ("가천대 길병원")
                start = m.start() if name != last and name.split()[0].endswith("대") else m.end() - len(last)
            yield start, m.end()
        for m in _DANJI.finditer(text):
            yield m.span()


def _opening(words: list[str], also: Callable[[str], bool] = lambda word: False) -> list[str]:
    """``words`` less those that open the run but are no part of a name: generic words, verbs, and
    the words ``also`` says."""
    while words and (words[0].lower() in _LEADING or _is_verb(words[0].lower()) or also(words[0])):
        words.pop(0)
    return words


def _is_verb(word: str) -> bool:
    return word in verbs() or is_verb_after_subject(word)


def _generic_ko(word: str) -> bool:
    """A word before a facility that does not say which one ("다른 병원", "근처 의원")."""
    return word in {"다른", "근처", "인근", "동네", "큰", "타", "해당", "지역", "집", "앞", "옆", "지난", "이전", "그"}
