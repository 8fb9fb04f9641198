"""Vital signs written in a note: a label, a number, sometimes a unit ("HR 118", "BP 88/50",
"T 101.2F", "sat 88 on 2L", "pain 8/10", "GCS E2V3M4"), and the bare forms that carry their unit
("118/72 mmHg", "91% RA", "38.5 °C", "8/10").

Every reader returns candidates (``Found``); ``extract`` resolves duplicates and conflicts. A
number outside the intake's possible range is never taken (it is a typo or something else).
"""

from __future__ import annotations

import re
from typing import Iterator

from triage.engine.narrative.context import historical
from triage.engine.narrative.found import Found
from triage.intake import RANGES

_NUM = r"(\d{1,3}(?:[.,]\d{1,2})?)(?![\d.,]?\d)"
_INT = r"(\d{1,3})(?![\d.,]?\d)"
# A number followed by a time or dose unit is a duration or a dose, not a reading ("fever 3 days").
_NO_TIME = (r"(?!\s*(?:-\s*)?(?:days?\b|d\b|hours?\b|hrs?\b|h\b|weeks?\b|wks?\b|months?\b|mos?\b|"
            r"years?\b|yrs?\b|y\b|y/o|yo\b|min(?:ute)?s?\b|times\b|x\b|mg\b|mcg\b|ml\b|kg\b|lbs?\b|"
            r"units?\b|am\b|pm\b|o'?clock))")
# Words between a label and its number: "HR of 118", "pulse is 120", "HR: 88", "tachycardic to 130".
_GLUE = r"(?:\s*(?:[:=]|-|~|\bis\b|\bof\b|\bwas\b|\bat\b|\bto\b|\baround\b|\babout\b|\bapprox\.?|" \
        r"\bmeasured\b|\breads?\b|\bin the\b|\bnow\b)\s*){0,3}\s*"
# A label must not be glued to the word before it ("CHR", "3HR"), nor be part of "G2P1".
_START = r"(?<![\w/])"
_LETTER_START = r"(?<![\w/.])"


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


def _number(text: str) -> float:
    return float(text.replace(",", "."))


def _in_range(name: str, value: float) -> bool:
    rng = RANGES[name]
    return rng.low <= value <= rng.high


def _found(note: str, name: str, value: object, unit: str, start: int, end: int) -> Found:
    return Found(name, value, unit, (start, end), note[start:end])  # type: ignore[arg-type]


# A second reading right after the first, unlabelled: "HR 130 on arrival, 98 after fluids",
# "SpO2 92% then 88%", "T 38.2 -> 39.5". It makes the field a conflict for the nurse to settle.
_THEN = re.compile(
    r"(?:\s*(?:on arrival|initially|at triage|in triage|at (?:the )?scene|on scene|en route|"
    r"pre-?hospital(?:ly)?|at home))?\s*[,;]?\s*(?:(?:and\s+)?(?:then|now|later|->|→|-->|=>|"
    r"(?:dropp|decreas|increas|improv|ris|fall|went|came|fell|climb|rose)\w*\s+(?:down\s+|up\s+)?to|"
    r"down to|up to)\s*(\d{1,3}(?:[.,]\d)?)|(\d{1,3}(?:[.,]\d)?)(?=\s*%?\s*(?:after|post|following|once|"
    r"when|on recheck|on repeat|on reassessment|now|on exertion|with exertion|on ambulation|walking|"
    r"at rest|asleep|sleeping|lying flat|supine|standing)\b))(?![\d/])", re.IGNORECASE)


def _then(note: str, end: int) -> tuple[float, int, int] | None:
    m = _THEN.match(note, end)
    if m is None:
        return None
    group = 1 if m.group(1) else 2
    return _number(m.group(group)), m.start(group), m.end(group)


# ------------------------------------------------------------------------------ heart rate

_HR_LABEL = (r"(?:heart[ -]?rate|hart rate|heartrate|h\.?r\.?s?|hr's|pulse(?: rate)?|pluse|pulses|"
             r"(?-i:P|PR)|tachycardic|tachycardia|tachy|bradycardic|bradycardia)")
_HR_UNIT = r"(?:\s*(bpm|beats?(?: per |/)min(?:ute)?|/\s?min|b/min|/mn))?"
_HR = _rx(_START + _HR_LABEL + _GLUE + _INT + _NO_TIME + r"(?:'?s)?" + _HR_UNIT)
_HR_BARE = _rx(r"(?<![\w/.])" + _INT + r"\s*(bpm|beats? per min(?:ute)?|beats?/min)\b")


def heart_rate(note: str, lower: str) -> Iterator[Found]:
    for rx in (_HR, _HR_BARE):
        for m in rx.finditer(note):
            value = int(m.group(1))
            if _in_range("heart_rate", value) and value >= 20 and not historical(lower, m.start()):
                unit = (m.group(2) or "").lower()
                yield _found(note, "heart_rate", value, "bpm" if "b" in unit else "/min",
                             m.start(), m.end())
                again = _then(note, m.end()) if rx is _HR else None
                if again is not None and _in_range("heart_rate", again[0]) and again[0] >= 20:
                    yield _found(note, "heart_rate", int(again[0]), "/min", again[1], again[2])


# ------------------------------------------------------------------------------ respiratory rate

_RR_LABEL = (r"(?:resp(?:iratory)?\.? ?rate|resp\.?|resps|respirations?|r\.?r\.?|rr's|(?-i:R)|"
             r"breathing(?: rate)?|tachypn(?:o|e)ic|tachypn(?:o|e)a|breaths)")
_RR = _rx(_START + _RR_LABEL + _GLUE + _INT + _NO_TIME + r"(?:'?s)?"
          + r"(?:\s*(?:breaths?(?: per |/)min(?:ute)?|/\s?min|bpm|times (?:a|per) minute))?")
_RR_BARE = _rx(r"(?<![\w/.])" + _INT + r"\s*(?:breaths?(?: per |/)min(?:ute)?)\b")


def resp_rate(note: str, lower: str) -> Iterator[Found]:
    for rx in (_RR, _RR_BARE):
        for m in rx.finditer(note):
            value = int(m.group(1))
            if _in_range("resp_rate", value) and value > 0 and not historical(lower, m.start()):
                yield _found(note, "resp_rate", value, "/min", m.start(), m.end())
                again = _then(note, m.end()) if rx is _RR else None
                if again is not None and _in_range("resp_rate", again[0]) and again[0] > 0:
                    yield _found(note, "resp_rate", int(again[0]), "/min", again[1], again[2])


# ------------------------------------------------------------------------------ blood pressure

_BP_LABEL = (r"(?:blood pressure|bld pressure|b\.?p\.?s?|b/p|nibp|bp's|hypotensive|hypertensive|"
             r"vs|v/s|vital signs?|vitals)")
_PAIR = r"(\d{2,3})\s*(?:/|\bover\b)\s*(\d{2,3}|palp\w*)(?!\d)"
_BP = _rx(_START + _BP_LABEL + _GLUE + _PAIR + r"(?:\s*(mm ?hg))?")
_BP_BARE = _rx(r"(?<![\w/.])" + _PAIR + r"\s*(mm ?hg)\b")
_SBP = _rx(_START + r"(?:sbp|systolic(?: blood pressure| bp| pressure)?|sys bp)" + _GLUE + _INT + _NO_TIME
           + r"(?:\s*(mm ?hg))?")


def blood_pressure(note: str, lower: str) -> Iterator[Found]:
    for rx in (_BP, _BP_BARE):
        for m in rx.finditer(note):
            if historical(lower, m.start()):
                continue
            sbp = int(m.group(1))
            dbp_text = m.group(2)
            if not _in_range("sbp", sbp) or sbp < 30:
                continue
            if dbp_text.isdigit():
                dbp = int(dbp_text)
                if not _in_range("dbp", dbp) or dbp >= sbp:
                    continue
                yield _found(note, "sbp", sbp, "mmHg", m.start(), m.end())
                yield _found(note, "dbp", dbp, "mmHg", m.start(), m.end())
            else:  # "BP 80/palp": systolic by palpation only
                yield _found(note, "sbp", sbp, "mmHg", m.start(), m.end())
    for m in _SBP.finditer(note):
        value = int(m.group(1))
        if _in_range("sbp", value) and value >= 30 and not historical(lower, m.start()):
            yield _found(note, "sbp", value, "mmHg", m.start(), m.end())


# ------------------------------------------------------------------------------ temperature

_T_LABEL = (r"(?:temperature|temp\.?|tempature|temprature|temperture|tmp|t\s?max|(?-i:T)|"
            r"febrile|fever|fevers|pyrexia|pyrexial|hypothermic)")
_T_UNIT = r"(?:\s*(?:°|º|˚|deg(?:rees?)?\.?)?\s*(celsius|centigrade|fahrenheit|c|f)\b|\s*(°|º|˚))?"
_TEMP = _rx(_START + _T_LABEL + r"(?:\s*(?:up to|as high as|spiking to|of up to))?" + _GLUE + _NUM
            + _NO_TIME + _T_UNIT)
# Glued "38.5C" / "37C" / "101.2F"; never a glued whole number with F: "80F" is an 80-year-old woman.
_TEMP_BARE = _rx(r"(?<![\w/.])" + _NUM + r"(?:\s*(?:°|º|˚|deg(?:rees?)?\.?)\s*(celsius|centigrade|"
                 r"fahrenheit|c|f)\b|(c)\b|(?<=\d[.,]\d)(f)\b|(?<=\d[.,]\d\d)(f)\b)")


def _celsius(value: float, unit: str) -> tuple[float, str] | None:
    """(°C, unit as written or inferred) or None when the number cannot be a body temperature."""
    unit = unit.lower()
    if unit in ("f", "fahrenheit"):
        written = "°F"
    elif unit in ("c", "celsius", "centigrade"):
        written = "°C"
    elif RANGES["temperature_c"].low <= value <= RANGES["temperature_c"].high:
        written = "°C (inferred)"
    elif RANGES["temperature_f"].low <= value <= RANGES["temperature_f"].high:
        written = "°F (inferred)"
    else:
        return None
    if written.startswith("°F"):
        if not RANGES["temperature_f"].low <= value <= RANGES["temperature_f"].high:
            return None
        return round((value - 32) * 5 / 9, 1), written
    if not RANGES["temperature_c"].low <= value <= RANGES["temperature_c"].high:
        return None
    return round(value, 1), written


def temperature(note: str, lower: str) -> Iterator[Found]:
    for m in _TEMP.finditer(note):
        if historical(lower, m.start()):
            continue
        converted = _celsius(_number(m.group(1)), m.group(2) or "")
        # "fever 3 days", "febrile x2": a small number after a fever word is not a temperature.
        if converted is not None:
            yield _found(note, "temperature_c", converted[0], converted[1], m.start(), m.end())
            again = _then(note, m.end())
            converted = _celsius(again[0], "") if again is not None else None
            if again is not None and converted is not None:
                yield _found(note, "temperature_c", converted[0], converted[1], again[1], again[2])
    for m in _TEMP_BARE.finditer(note):
        converted = _celsius(_number(m.group(1)), m.group(2) or m.group(3) or m.group(4) or m.group(5) or "")
        if converted is not None and not historical(lower, m.start()):
            yield _found(note, "temperature_c", converted[0], converted[1], m.start(), m.end())


# ------------------------------------------------------------------------------ SpO2 and oxygen

_SPO2_LABEL = (r"(?:s\.?p\.?o2|sp02|spo₂|sao2|sa02|o2 sat(?:uration)?s?|o2 sats?|02 sats?|"
               r"oxygen sat(?:uration)?s?|ox(?:ygen)? sats?|sat(?:uration)?s?|sat's|satting|sating|"
               r"saturating|desatt?ing|desaturat(?:ed|ing)|pulse ?ox(?:imetry)?|pox|spo2 of|"
               r"o2(?=\s*[:=]?\s*\d{2,3}\s*%))")
_AIR = r"(?:(?:on\s+)?(?:ra|r/a|room air)\b)"
_O2 = (r"(?:(?:on|with|via|despite|w/)\s+(?:\d{1,2}(?:\.\d)?\s*(?:l|lpm|l/min|liters?|litres?)\b"
       r"(?:\s*(?:nc|nasal cannula|o2|oxygen|via nc|nrb|fm|face ?mask|nrm))?|o2|oxygen|home o2|"
       r"nrb|non-?rebreather|nc|nasal cannula|face ?mask|high[- ]flow|hfnc|bipap|cpap|niv|"
       r"supplemental o2|supplemental oxygen|the vent|ventilator)|\d{1,2}\s*(?:l|lpm)\b\s*"
       r"(?:nc|o2|nasal cannula|nrb|oxygen|via nc)?)")
_SPO2 = _rx(_START + _SPO2_LABEL + _GLUE + _INT + _NO_TIME + r"\s*(%)?" + r"(?:\s*(?:,\s*)?(" + _AIR + "|" + _O2 + "))?")
_SPO2_BARE = _rx(r"(?<![\w/.])" + _INT + r"\s*%\s*(?:,\s*)?(" + _AIR + "|" + _O2 + ")")
_OXYGEN_ALONE = _rx(r"(?<![\w/])(?:(?:placed |put |is |was |currently )?on\s+(?:\d{1,2}(?:\.\d)?\s*"
                    r"(?:l|lpm|l/min|liters?|litres?)\b(?:\s*(?:nc|nasal cannula|o2|oxygen|nrb))?|"
                    r"o2|oxygen|home o2|home oxygen|nrb|non-?rebreather|nasal cannula|high[- ]flow|"
                    r"bipap|cpap)|on\s+(?:ra|room air)\b|(?:ra|room air)(?=\s+(?:sats?|spo2|o2 sats?)\b)|"
                    r"\d{1,2}(?:\.\d)?\s*(?:l|lpm|l/min)\s+(?:via\s+)?(?:nc|nasal cannula|nrb|face ?mask|o2|"
                    r"oxygen)\b)")


def _oxygen_value(words: str) -> bool:
    return re.search(r"\b(?:ra|r/a|room air)\b", words.lower()) is None


def spo2(note: str, lower: str) -> Iterator[Found]:
    for rx, bare in ((_SPO2, False), (_SPO2_BARE, True)):
        for m in rx.finditer(note):
            value = int(m.group(1))
            after = note[m.end():m.end() + 3].lower()
            if after.startswith(("l ", "l,", "lpm", "l/")) or after == "l":  # "O2 4L": a flow, not a saturation
                continue
            if not _in_range("spo2", value) or historical(lower, m.start()):
                continue
            oxygen_words = m.group(2) if bare else m.group(3)
            yield _found(note, "spo2", value, "%", m.start(), m.end())
            again = _then(note, m.end())
            if again is not None and _in_range("spo2", again[0]) and again[0] == int(again[0]):
                yield _found(note, "spo2", int(again[0]), "%", again[1], again[2])
            if oxygen_words:
                at = m.start(3 if not bare else 2)
                yield _found(note, "on_oxygen", _oxygen_value(oxygen_words),
                             "room air" if not _oxygen_value(oxygen_words) else "oxygen",
                             at, at + len(oxygen_words))


def oxygen(note: str, lower: str) -> Iterator[Found]:
    """'on 2L NC', 'on room air' written apart from a saturation."""
    for m in _OXYGEN_ALONE.finditer(note):
        if historical(lower, m.start()):
            continue
        on = _oxygen_value(m.group(0))
        yield _found(note, "on_oxygen", on, "oxygen" if on else "room air", m.start(), m.end())


# ------------------------------------------------------------------------------ pain

_PAIN_OF_TEN = r"(?:\s*(?:/\s*10|out of (?:10|ten)|of 10)\b)"
_PAIN = _rx(_START + r"(?:pain(?: score| scale| level| rating| intensity| severity)?|nrs|vas|"
            r"rates?(?: (?:his|her|the|their|its))?(?: pain)?(?: as| at)?|rated(?: (?:his|her|the))?"
            r"(?: pain)?(?: as| at)?)" + _GLUE + r"(\d{1,2})(?![\d.,]?\d)" + r"(" + _PAIN_OF_TEN + r")?"
            + r"(?!\s*(?:days?|hours?|hrs?|h\b|weeks?|wks?|months?|years?|yrs?|min|minutes?|x\b|times|"
            r"mg|%|/\s*[^1\s]|ml|cm|mm))")
_PAIN_BARE = _rx(r"(?<![\w/.])(\d{1,2})" + _PAIN_OF_TEN)


def pain(note: str, lower: str) -> Iterator[Found]:
    for rx in (_PAIN, _PAIN_BARE):
        for m in rx.finditer(note):
            value = int(m.group(1))
            if not 0 <= value <= 10 or historical(lower, m.start()):
                continue
            if rx is _PAIN and not m.group(2) and m.group(0).lower().startswith("rate"):
                continue  # "rates 5" without "/10": not clearly a pain score
            yield _found(note, "pain", value, "/10", m.start(), m.end())


# ------------------------------------------------------------------------------ GCS

_GCS = _rx(_START + r"(?:gcs|glasgow(?: coma)?(?: scale| score)?)" + _GLUE + r"(\d{1,2})(?:\s*t\b)?"
           r"(?![\d.,]?\d)" + _NO_TIME + r"(?:\s*/\s*15)?")
_GCS_PARTS = _rx(_START + r"(?:gcs" + _GLUE + r")?e\s*([1-4])\s*,?\s*v\s*([1-5]|t)\s*,?\s*m\s*([1-6])\b")


def gcs(note: str, lower: str) -> Iterator[Found]:
    for m in _GCS.finditer(note):
        value = int(m.group(1))
        if _in_range("gcs", value) and not historical(lower, m.start()):
            yield _found(note, "gcs", value, "", m.start(), m.end())
    for m in _GCS_PARTS.finditer(note):
        if m.group(2).lower() == "t":  # intubated: verbal not testable, no total
            continue
        value = int(m.group(1)) + int(m.group(2)) + int(m.group(3))
        if not historical(lower, m.start()):
            yield _found(note, "gcs", value, "E+V+M", m.start(), m.end())


# ------------------------------------------------------------------------------ "VS: 118/78, 88, 16"

# The teaching-case convention: after "VS" the unlabelled numbers come as BP, HR, RR, T, SpO2.
_SEP = r"(?:\s*[,;]\s*|\s+)"
_VS_ORDERED = _rx(_START + r"(?:vs|v/s|vital signs?|vitals)\s*[:\-]?\s*(?:bp\s*)?(\d{2,3})\s*/\s*(\d{2,3})"
                  + _SEP + r"(\d{2,3})(?![\d%.])" + _SEP + r"(\d{1,2})(?![\d%.])"
                  + r"(?:" + _SEP + r"(\d{2,3}(?:\.\d)?)(?![\d%])(?:\s*°?\s*([cf])\b)?)?"
                  + r"(?:" + _SEP + r"(\d{2,3})\s*%)?")


def ordered_vitals(note: str, lower: str) -> Iterator[Found]:
    for m in _VS_ORDERED.finditer(note):
        if historical(lower, m.start()):
            continue
        hr, rr = int(m.group(3)), int(m.group(4))
        if _in_range("heart_rate", hr) and hr >= 20:
            yield _found(note, "heart_rate", hr, "/min", m.start(3), m.end(3))
        if _in_range("resp_rate", rr) and rr > 0:
            yield _found(note, "resp_rate", rr, "/min", m.start(4), m.end(4))
        if m.group(5):
            converted = _celsius(_number(m.group(5)), m.group(6) or "")
            if converted is not None:
                yield _found(note, "temperature_c", converted[0], converted[1], m.start(5), m.end(6 if m.group(6) else 5))
        if m.group(7) and _in_range("spo2", int(m.group(7))):
            yield _found(note, "spo2", int(m.group(7)), "%", m.start(7), m.end(7) + 1)
