"""Who the patient is and how they came: age, sex, consciousness, arrival, injury, onset, pregnancy.

Words, not numbers, mostly: "a 3-week-old", "67 yo M", "67F", "lethargic", "BIBA", "fell off a
ladder", "since this morning", "32 weeks pregnant". A negated or historical mention ("denies
trauma", "hx of falls", "not pregnant") is read the way the complaint rules read it: it does not
count as present, and for injury and pregnancy an explicit denial is the value ``False``.
"""

from __future__ import annotations

import re
from typing import Iterator

from triage.engine.narrative.context import historical, negated
from triage.engine.narrative.found import Found


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


def _found(note: str, name: str, value: object, unit: str, start: int, end: int) -> Found:
    return Found(name, value, unit, (start, end), note[start:end])  # type: ignore[arg-type]


# ------------------------------------------------------------------------------ age

_UNITS = {"y": "years", "m": "months", "w": "weeks", "d": "days"}
_PER_YEAR = {"years": 1.0, "months": 12.0, "weeks": 52.18, "days": 365.25}
_AGE_UNIT = (r"(?:(y)(?:ea)?rs?|(y)r|(y)ears?|(m)onths?|(m)ths?|(m)os?|(w)eeks?|(w)ks?|(d)ays?|(y))")
_WORD_NUM = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
             "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
_NUMBER = r"(\d{1,3}(?:\.5)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
# "67-year-old", "8 month old", "a 3 week old", "67 yo", "67 y/o", "67yo", "2 yrs old"
_AGE_OLD = _rx(r"(?<![\w/.])" + _NUMBER + r"\s*-?\s*" + _AGE_UNIT + r"\.?\s*-?\s*(?:old|o\b|/o\b|"
               r"(?=(?:infant|baby|boy|girl|male|female|child|toddler|neonate)\b))")
# "she's 16", "my dad is 82", "patient is 45": a bare number right after who it is.
_AGE_IS = _rx(r"(?<![\w/])(?:he|she|pt|patient|child|baby|(?:my |our |her |his )(?:dad|mum|mom|father|mother|"
              r"husband|wife|son|daughter|grandma|grandpa|grandmother|grandfather|kid|child))(?:'s|\s+is)\s+"
              r"(\d{1,3})(?![\w%/.,]?\d)(?!\s*(?:%|/|kg|lbs?|cm|days?|weeks?|wks?|months?|hours?|hrs?|min|mg|"
              r"am\b|pm\b|years? ago|times|x\b|and a half))")
_AGE_YO = _rx(r"(?<![\w/.])" + _NUMBER + r"\s*-?\s*(?:yo|y/o|y\.o\.?|yoa|(?:yrs?|years?)(?=\s*-?\s*(?:m|f|male|"
              r"female|man|woman|boy|girl)\b))(?=[\s,.;:)mfMF]|$)")
# "67M", "67 F", "Pt 67M", "M 67": upper-case sex letter beside the age, not after "from"/"x".
_AGE_SEX = re.compile(r"(?:^|(?<=[\s,;:(]))(?<!from )(?<!of )(\d{1,3})\s?([MF])(?![\w/])")
_AGE_LABEL = _rx(r"(?<![\w/])(?:age[ds]?|dob age)\s*(?:[:=]|of|is)?\s*" + _NUMBER
                 + r"(?:\s*" + _AGE_UNIT + r"\b)?(?!\s*(?:-\s*)?(?:days?|weeks?|months?|hours?)\s*ago)")


def _age_value(number: str, unit_letter: str | None) -> tuple[float, str] | None:
    n = float(_WORD_NUM.get(number.lower(), 0) or number)
    unit = _UNITS.get((unit_letter or "y").lower(), "years")
    years = n / _PER_YEAR[unit]
    if not 0 <= years <= 120 or (unit == "years" and n != int(n) and n > 3):
        return None
    return (int(years) if unit == "years" and n == int(n) else round(years, 2)), unit


def _unit_letter(m: re.Match[str], first: int) -> str | None:
    return next((g for g in m.groups()[first:] if g), None)


def age(note: str, lower: str) -> Iterator[Found]:
    for m in _AGE_OLD.finditer(note):
        got = _age_value(m.group(1), _unit_letter(m, 1))
        if got is not None and not historical(lower, m.start()):
            yield _found(note, "age_years", got[0], got[1], m.start(), m.end())
    for m in _AGE_YO.finditer(note):
        got = _age_value(m.group(1), "y")
        if got is not None and not historical(lower, m.start()):
            yield _found(note, "age_years", got[0], got[1], m.start(), m.end())
    for m in _AGE_SEX.finditer(note):
        got = _age_value(m.group(1), "y")
        if got is not None and got[0] >= 1:
            yield _found(note, "age_years", got[0], got[1], m.start(1), m.end(1))
    for m in _AGE_IS.finditer(note):
        got = _age_value(m.group(1), "y")
        if got is not None:
            yield _found(note, "age_years", got[0], got[1], m.start(), m.end())
    for m in _AGE_LABEL.finditer(note):
        got = _age_value(m.group(1), _unit_letter(m, 1))
        if got is not None:
            yield _found(note, "age_years", got[0], got[1], m.start(), m.end())


# ------------------------------------------------------------------------------ sex

_SEX_WORDS = {"male": "M", "man": "M", "boy": "M", "gentleman": "M", "gent": "M", "guy": "M",
              "son": "M", "female": "F", "woman": "F", "girl": "F", "lady": "F", "daughter": "F",
              "baby boy": "M", "baby girl": "F", "mr": "M", "mrs": "F", "ms": "F", "he": "M",
              "she": "F"}
_SEX = _rx(r"(?<![\w/])(male|female|man|woman|boy|girl|gentleman|gent|lady)(?![\w-])")
# Right after an age ("67 yo M", "3-year-old boy", "67yoF", "45 y/o female"): the patient's sex.
_SEX_AFTER_AGE = re.compile(r"(?i:(?:yo|y/o|y\.o\.|old|yrs?|years?|yoa))\s*(?:-\s*)?"
                            r"(?:(?i:(male|female|man|woman|boy|girl|gentleman|gent|lady))\b|([MF])\b)")
_SEX_LABEL = _rx(r"(?<![\w/])(?:sex|gender)\s*[:=]?\s*(male|female|m|f)\b")
# A relative, not the patient: "his wife", "her son", "mother of a 3 yo boy" is handled by age.
_RELATIVE = _rx(r"(?:\b(?:his|her|their|my|the patient's|pt's|with|by)\s+(?:\w+\s+)?$)")


def sex(note: str, lower: str) -> Iterator[Found]:
    """Beside the age or after "Sex:" first; a lone word ("the woman") only when neither is written."""
    strong: list[Found] = []
    for m in _SEX_AFTER_AGE.finditer(note):
        word = (m.group(1) or m.group(2)).lower()
        start = m.start(1) if m.group(1) else m.start(2)
        strong.append(_found(note, "sex", _SEX_WORDS.get(word, word.upper()), "", start, m.end()))
    for m in _SEX_LABEL.finditer(note):
        strong.append(_found(note, "sex", m.group(1)[0].upper(), "", m.start(), m.end()))
    for m in _AGE_SEX.finditer(note):
        if _age_value(m.group(1), "y") is not None:
            strong.append(_found(note, "sex", m.group(2), "", m.start(2), m.end(2)))
    if strong:
        yield from strong
        return
    for m in _SEX.finditer(note):
        if _RELATIVE.search(lower[max(0, m.start() - 25):m.start()]):
            continue
        yield _found(note, "sex", _SEX_WORDS[m.group(1).lower()], "", m.start(), m.end())


# ------------------------------------------------------------------------------ consciousness

_AVPU_LETTER = _rx(r"(?<![\w/])avpu\s*(?:[:=]|is|of)?\s*(?-i:([AVPU]))\b")
_AVPU_WORDS: tuple[tuple[str, str], ...] = (
    ("U", r"unresponsive(?!\s+to\s+(?:voice|verbal|speech|commands))|unconscious|unarousable|unrousable|not rousable|non-?responsive|"
          r"no response to (?:pain|painful stimuli)|does not respond to (?:pain|painful stimuli)"),
    ("P", r"(?:responds|responsive|responding|reacts|withdraws|localizes)(?: only)? to (?:pain|painful "
          r"stimuli|sternal rub|noxious stimuli)|(?:rousable|arousable) (?:only )?to pain"),
    ("V", r"(?:responds|responsive|responding|rousable|arousable|opens eyes)(?: only)? to (?:voice|verbal"
          r"(?: stimuli| commands)?|speech|loud voice)|drowsy|lethargic|letharg(?:y|ic)|somnolent|"
          r"sleepy but rousable|hard to wake|difficult to (?:wake|rouse|arouse)"),
    ("A", r"a\s?&\s?o\s?x?\s?[1-4]|a\s?and\s?o\s?x?\s?[1-4]|aox\s?[1-4]|ao\s?x\s?[1-4]|a/o\s?x?\s?[1-4]|"
          r"alert(?: and oriented| & oriented)?|awake(?: and alert)?|oriented x?\s?[1-4]|"
          r"fully orientated|fully oriented|a\s?&\s?o|a/o|a\s?\+\s?o\s?x?\s?[1-4]?"),
)
_AVPU = tuple((letter, _rx(r"(?<![\w/])(?:" + words + r")(?![\w])")) for letter, words in _AVPU_WORDS)
# "trauma alert", "stroke alert", "medic alert bracelet" are calls and jewellery, not a patient.
_NOT_ALERT = _rx(r"(?:trauma|stroke|code|medic|medical|sepsis|stemi|team|an?|the|pre-?)\s*-?\s*$")


def avpu(note: str, lower: str) -> Iterator[Found]:
    for m in _AVPU_LETTER.finditer(note):
        yield _found(note, "avpu", m.group(1).upper(), "AVPU", m.start(), m.end())
    for letter, rx in _AVPU:
        for m in rx.finditer(note):
            if letter == "A" and lower[m.start():m.start() + 5] == "alert" and \
                    _NOT_ALERT.search(lower[max(0, m.start() - 12):m.start()]):
                continue
            if negated(lower, m.start()):
                continue
            yield _found(note, "avpu", letter, "words", m.start(), m.end())


# ------------------------------------------------------------------------------ arrival

_ARRIVAL: tuple[tuple[str, str], ...] = (
    ("helicopter", r"helicopter|air ambulance|airlifted|air-?lifted|flown in|by air|medevac|hems|"
                   r"life ?flight"),
    ("ambulance", r"ems|biba|bibems|bib ems|bibe|ambulance|paramedics?|medics|emt|squad|by rescue|"
                  r"fire (?:rescue|department)|via fd|brought in by (?:ems|ambulance|rescue)|"
                  r"pre-?hospital team"),
    ("other", r"brought in by police|brought by police|bib police|bibp|police brought|in police custody|"
              r"(?:brought|escorted) (?:in )?by (?:police|law enforcement|security|the police|officers?)|"
              r"police escort|under police escort"),
    ("private_vehicle", r"private vehicle|pov|private car|by car|drove (?:himself|herself|themselves|in)|"
                        r"driven (?:in )?by|(?:family|wife|husband|friend|parents?|mother|father|mom|"
                        r"dad|partner|daughter|son) drove (?:him|her|them|the patient)|"
                        r"taxi|uber|cab\b"),
    ("walk_in", r"walk(?:ed|s)? in|walk-?in|ambulat(?:ed|es|ory) (?:in)?to (?:triage|the ed|the er|the "
                r"department)|walked into|walks into|self-?presents?|self-?presented|self-?referred|"
                r"presents? on foot|arrived on foot|came in on (?:his|her|their) own"),
)
_ARRIVAL_RX = tuple((mode, _rx(r"(?<![\w/])(?:" + words + r")(?![\w])")) for mode, words in _ARRIVAL)
# "EMS" as an addressee or a history ("called EMS but", "EMS was not called") is still EMS arriving in
# most notes; a refusal is not: handled by ``negated`` ("refused ambulance").


_NOT_ARRIVAL_BEFORE = _rx(r"(?:hit|struck|knocked (?:down|over)|run over|vs\.?|versus)\s*$")
_NOT_ARRIVAL_AFTER = _rx(r"^\s*(?:clinic|cent(?:re|er)|unit|crew said|protocol)")


def arrival(note: str, lower: str) -> Iterator[Found]:
    taken: list[tuple[int, int]] = []
    for mode, rx in _ARRIVAL_RX:
        for m in rx.finditer(note):
            if any(a <= m.start() < b for a, b in taken) or negated(lower, m.start()):
                continue
            if _NOT_ARRIVAL_BEFORE.search(lower[max(0, m.start() - 16):m.start()]) or \
                    (mode == "walk_in" and _NOT_ARRIVAL_AFTER.search(lower[m.end():m.end() + 12])):
                continue
            taken.append(m.span())
            yield _found(note, "arrival", mode, "", m.start(), m.end())


# ------------------------------------------------------------------------------ injury

_INJURY = _rx(r"(?<![\w/])(?:fell|fall(?:en|ing)?|falls|slipped|tripped|mvc|mva|rta|mvc's|mcc|"
              r"(?:car|road|traffic|motorcycle|motorbike|bike|bicycle|vehicle|auto) (?:accident|crash|"
              r"collision|wreck)|(?:hit|struck|run over|knocked down) by (?:a |an )?(?:car|truck|bus|"
              r"vehicle|motorcycle|bike|train)|ped(?:estrian)? (?:vs|struck|versus)|assault(?:ed)?|"
              r"punched|kicked|beaten|beat up|stabbed|stab wound|gsw|gunshot|shot|"
              r"injur(?:y|ies|ed)|trauma(?:tic)?|wounds?|lacerations?|cut (?:his |her |their |my )?(?:finger|hand|"
              r"thumb|arm|leg|foot|head|face|lip|knee|wrist|forearm|scalp)s?|"
              r"(?:hit|struck|kicked|punched) in the (?:head|face|chest|eye|abdomen|stomach|back|neck)|"
              r"sprain(?:ed)?|(?:twisted|rolled|jammed|hurt) (?:his |her |their |my )?(?:ankle|knee|wrist|foot|back|"
              r"neck|shoulder|finger|thumb)|"
              r"burn(?:ed|t|s)?|scald(?:ed)?|dog bite|bitten|crush(?:ed)?|hit (?:his|her|their|my) head|"
              r"head strike|struck (?:his|her|their|my) head|banged (?:his|her|their|my) head|"
              r"sports? injury|collision|blunt|penetrating|fracture[sd]?|fx|dislocat\w*)(?![\w])")
# Not injuries: sleep, fever, a fall in blood pressure, plans, risk scores.
_NOT_INJURY = _rx(r"(?:falls? asleep|fell asleep|falling asleep|fall risk|falls risk|fall in (?:bp|blood|"
                  r"sats|saturation|hb|hemoglobin)|fall of (?:bp|blood)|heartburn|sunburn|burning|"
                  r"shot of|flu shot|booster shot|tetanus shot|insulin shot|fluid shot|"
                  r"burns? (?:on|with) urination|mechanical fall risk)")
_INJURY_DENIED = _rx(r"(?<![\w/])(?:no|denies|denied|deny|without|negative for|not)\s+(?:any\s+|recent\s+|"
                     r"history of\s+)?(?:trauma|injury|injuries|falls?|fall or injury|trauma or injury|"
                     r"head (?:trauma|injury|strike)|known (?:trauma|injury))\b")


def injury(note: str, lower: str) -> Iterator[Found]:
    for m in _INJURY_DENIED.finditer(note):
        yield _found(note, "injury", False, "denied", m.start(), m.end())
    for m in _INJURY.finditer(note):
        lo = max(0, m.start() - 12)
        if any(lo + x.start() < m.end() and m.start() < lo + x.end()
               for x in _NOT_INJURY.finditer(lower[lo:m.end() + 25])):
            continue
        if negated(lower, m.start()):
            continue
        yield _found(note, "injury", True, "", m.start(), m.end())


# ------------------------------------------------------------------------------ onset

_DUR_UNIT = (r"(min(?:ute)?s?|mins?|h|hrs?|hours?|d|days?|wks?|weeks?|mos?|months?|yrs?|years?)")
_HOURS = {"min": 1 / 60, "h": 1.0, "d": 24.0, "w": 168.0, "mo": 730.0, "y": 8766.0}
_AMOUNT = (r"(\d{1,3}(?:\.\d)?|(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|several|few|"
           r"couple of)\b)")
_ONSET_AGO = _rx(r"(?<![\w/])(?:(?:started|began|onset|beginning|came on|developed|since)\s+(?:about\s+|"
                 r"approx\.?\s+|~\s*)?)?" + _AMOUNT + r"\s*-?\s*" + _DUR_UNIT + r"\s+ago\b")
_ONSET_FOR = _rx(r"(?<![\w/])(?:for(?: the (?:past|last))?|x|over(?: the)?(?: past| last)?|since|"
                 r"lasting|duration(?: of)?|past|last)\s*(?:about\s+|approx\.?\s+|~\s*)?" + _AMOUNT
                 + r"\s*-?\s*" + _DUR_UNIT + r"\b")
# "sore throat 5 days", "abdominal pain 3 hours": a duration written straight after a symptom.
_ONSET_AFTER_SYMPTOM = _rx(r"\b(?:pain|ache|throat|cough|fever|fevers|vomiting|diarrh\w{2,4}|breathing|"
                           r"rash|bleeding|swelling|sob|symptoms|headache|dizziness|nausea|weakness|n/v|"
                           r"cp|ha) " + _AMOUNT + r"\s*-?\s*" + _DUR_UNIT
                           + r"\b(?!\s*(?:ago|old|pregnant|gestation|later|after|before|post))")
_ONSET_SINCE = _rx(r"(?<![\w/])(?:since|starting|started|began|onset)\s+(?:early\s+|late\s+|last\s+)?"
                   r"(?:this morning|this afternoon|this evening|tonight|today|yesterday(?: morning| "
                   r"evening| afternoon)?|last night|overnight|noon|midnight|(?:mon|tues|wednes|thurs|fri|"
                   r"satur|sun)day|breakfast|lunch|dinner|waking(?: up)?|at\s+\d{1,2}(?::\d{2})?\s*(?:am|pm|h)?|"
                   r"\d{1,2}:\d{2}\s*(?:am|pm|h)?|\d{1,2}\s*(?:am|pm)|\d{4}\s*h?)\b"
                   r"(?!\s*(?:days?|hours?|hrs?|weeks?|months?|min))")
_ONSET_LKW = _rx(r"(?<![\w/])(?:last (?:seen|known) (?:well|normal)|lkw|lsw|lkn)\s*(?:at|was|:)?\s*"
                 r"(?:about\s+|approx\.?\s+)?((?:\d{1,2}(?::\d{2})?|\d{4})\s*(?:am|pm|h|hrs)?|"
                 r"(?:this morning|last night|yesterday)|" + _AMOUNT + r"\s*" + _DUR_UNIT + r"\s+ago)")
_ONSET_SUDDEN = _rx(r"(?<![\w/])(?:sudden(?:ly)?(?: onset)?|abrupt(?: onset)?|acute onset|woke up with)")


def _hours(amount: str, unit: str) -> float | None:
    words = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
             "eight": 8, "nine": 9, "ten": 10, "twelve": 12}
    a = amount.lower()
    if a in ("several", "few", "couple of"):
        return None
    n = float(words.get(a, 0) or a)
    u = unit.lower()
    key = "min" if u.startswith("min") else "mo" if u.startswith("mo") else u[0]
    return round(n * _HOURS[key], 2)


# A duration that is not this illness: a visit, a habit, a period ("seen 2 days ago", "smoker for
# 30 years", "LMP 6 weeks ago").
_NOT_ONSET = _rx(r"\b(?:seen|saw|visit\w*|discharged|admitted|operat\w*|surgery|procedure|appointment|"
                 r"smok\w*|drink\w*|married|lives|living|works?|worked|employed|diagnosed|pack|lmp|"
                 r"period|menses|menstrua\w*|last dose|given|received|administered|sat|sitting|waited|waiting|"
                 r"had (?:a|an|his|her) "
                 r"(?:dose|tablet|shot|injection))\b[^,;.]*$")


def onset(note: str, lower: str) -> Iterator[Found]:
    timed = False
    for rx in (_ONSET_AGO, _ONSET_FOR, _ONSET_AFTER_SYMPTOM):
        for m in rx.finditer(note):
            timed = True
            if historical(lower, m.start()) or _NOT_ONSET.search(lower[max(0, m.start() - 40):m.start()]):
                continue
            hours = _hours(m.group(1), m.group(2))
            start = m.start(1) if rx is _ONSET_AFTER_SYMPTOM else m.start()  # the symptom is not the onset
            if hours is None:
                yield _found(note, "onset", note[start:m.end()], "", start, m.end())
            else:
                yield _found(note, "onset", hours, "hours", start, m.end())
    for rx in (_ONSET_SINCE, _ONSET_LKW):
        for m in rx.finditer(note):
            timed = True
            if not negated(lower, m.start()):
                yield _found(note, "onset", m.group(0).strip(), "", m.start(), m.end())
    if not timed:  # "sudden onset" says how, not when: only where no time is written
        for m in _ONSET_SUDDEN.finditer(note):
            if not negated(lower, m.start()):
                yield _found(note, "onset", m.group(0).strip(), "", m.start(), m.end())


# ------------------------------------------------------------------------------ pregnancy

_PREGNANT = _rx(r"(?<![\w/])(?:pregnant|pregnancy|gravid|\d{1,2}\s*(?:weeks?|wks?)\s*(?:pregnant|gestation|"
                r"ga\b|pg)|(?:ga|gestational age)\s*:?\s*\d{1,2}|(?:at|@)\s+\d{1,2}\s*/\s*40\b|"
                r"\d{1,2}\s*/\s*40\s*(?:weeks?|wks?|gestation)|"
                r"(?:g\d\s*p\d\S*\s+(?:at|@)\s+\d{1,2}\s*(?:weeks?|wks?))|iup|intra-?uterine pregnancy|"
                r"expecting a baby|in labou?r|contractions)(?![\w])")
_NOT_PREGNANT = _rx(r"(?<![\w/])(?:not pregnant|denies (?:any )?(?:possibility of )?pregnancy|"
                    r"(?:pregnancy test|upt|hcg|b-?hcg|urine hcg|urine pregnancy test|pregnancy) "
                    r"(?:is |was )?(?:negative|neg\b|-ve)|negative (?:pregnancy test|upt|hcg|b-?hcg|urine "
                    r"pregnancy)|no chance of pregnancy|post-?menopausal|s/p hysterectomy|"
                    r"hysterectomy|no possibility of pregnancy)")
_PREGNANCY_POSITIVE_TEST = _rx(r"(?:pregnancy test|upt|hcg|b-?hcg|urine hcg) (?:is |was )?(?:positive|pos\b|\+)")
_NOT_CURRENT = _rx(r"(?:previous|prior|past|last|ectopic|pregnancies|pregnancy test|upt|hcg|"
                   r"possibility of|possible|possibly|maybe|unsure (?:if|whether)|could be|may be|might be|chance of|"
                   r"wonders if|\?)\s*(?:\w+\s+)?$")


def pregnant(note: str, lower: str) -> Iterator[Found]:
    denied: list[tuple[int, int]] = []
    for m in _NOT_PREGNANT.finditer(note):
        denied.append(m.span())
        yield _found(note, "pregnant", False, "", m.start(), m.end())
    for m in _PREGNANCY_POSITIVE_TEST.finditer(note):
        yield _found(note, "pregnant", True, "", m.start(), m.end())
    for m in _PREGNANT.finditer(note):
        if any(a <= m.start() < b for a, b in denied):
            continue
        before = lower[max(0, m.start() - 20):m.start()]
        after = lower[m.end():m.end() + 12]
        if _NOT_CURRENT.search(before) or re.match(r"\s*(?:test|tests|\?|history)", after):
            continue
        if negated(lower, m.start()):
            continue
        yield _found(note, "pregnant", True, "", m.start(), m.end())
