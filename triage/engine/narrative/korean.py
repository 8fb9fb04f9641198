"""Korean and mixed notes: "72세 남자, 흉통 30분 전부터, 혈압 88/50, 맥박 118회, 호흡수 24회,
체온 38.5도, 산소포화도 91%(실내공기), 의식 기면, NRS 7점, 119 구급차로 내원".

The same fields as the English readers (``vitals``, ``patient``), read from Korean labels,
particles ("혈압은", "맥박이") and units (회/분, 도, ℃, 점, 세, 개월). Korean ED notes also use the
chart shorthand "BT 38.5" and "M/72", read here too. A number outside the intake's possible range
is never taken; negation in Korean comes after the word ("외상 없음", "임신 아님") and is read
that way for injury and pregnancy.

The consciousness scale Korean EDs write (명료 / 기면 / 혼미 / 반혼수 / 혼수) maps onto AVPU as
the KTAS manual's consciousness modifier does: alert → A, drowsy → V, stupor and semicoma
(purposeful or reflex response to pain only) → P, coma → U.
"""

from __future__ import annotations

import re
from typing import Iterator

from triage.engine.narrative.found import Found
from triage.intake import RANGES

_H = "\uac00-\ud7a3"
_NOT_AFTER_HANGUL = r"(?<![" + _H + r"\w/])"
# Between a label and its number: a particle, a colon, "측정상", "분당".
_GLUE = r"\s*(?:[은는이가:=]\s*)?(?:(?:측정상|측정|약|분당)\s*)?"
# A number followed by a time unit is a duration ("열 3일"), not a reading.
_NOT_TIME = r"(?!\s*(?:일|시간|주|개월|달|년|살|세|분(?!\s*[당)])|회\s*째))"
_NUM = r"(\d{1,3}(?:[.,]\d{1,2})?)(?![\d.,]?\d)"
_INT = r"(\d{1,3})(?![\d.,]?\d)"


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


def _found(note: str, name: str, value: object, unit: str, start: int, end: int) -> Found:
    return Found(name, value, unit, (start, end), note[start:end])  # type: ignore[arg-type]


def _in_range(name: str, value: float) -> bool:
    rng = RANGES[name]
    return rng.low <= value <= rng.high


_BP = _rx(_NOT_AFTER_HANGUL + r"(?:혈압)" + _GLUE + r"(\d{2,3})\s*(?:/|에)\s*(\d{2,3})(?!\d)(?:\s*(mm\s?hg|㎜hg))?")
_SBP = _rx(_NOT_AFTER_HANGUL + r"(?:수축기\s*혈압|수축기압|수축기)" + _GLUE + _INT + _NOT_TIME + r"(?:\s*(mm\s?hg))?")
_HR = _rx(_NOT_AFTER_HANGUL + r"(?:맥박수?|심박수|심박동수|심박|분당\s*맥박)" + _GLUE + _INT + _NOT_TIME
          + r"(?:\s*(?:회|번|bpm)(?:\s*/\s*분)?)?")
_RR = _rx(_NOT_AFTER_HANGUL + r"(?:호흡수|호흡\s*횟수|호흡)" + _GLUE + _INT + _NOT_TIME
          + r"(?:\s*(?:회|번)(?:\s*/\s*분)?)?")
_TEMP = _rx(r"(?:" + _NOT_AFTER_HANGUL + r"(?:체온|열)|(?<![\w/])BT)" + _GLUE + _NUM + _NOT_TIME
            + r"(?:\s*(도|℃|°\s*c|°|c\b))?")
# Glued "38.5도" without a label: one decimal and 도 is a temperature.
_TEMP_BARE = _rx(r"(?<![\w/.])(\d{2}[.,]\d)\s*(도|℃)(?![" + _H + r"])")
_AIR = r"(실내\s*공기|실내공기|대기|room\s*air|RA)"
_O2 = (r"(산소\s*\d{1,2}(?:\.\d)?\s*(?:L|ℓ|리터|l)(?:\s*/\s*(?:분|min))?|\d{1,2}(?:\.\d)?\s*(?:L|ℓ|리터)\s*산소|"
       r"비강\s*캐뉼라|비강\s*캐뉼러|비재호흡\s*마스크|산소\s*마스크|마스크|NRB|산소\s*투여\s*(?:중|하)?|산소\s*하)")
_SPO2 = _rx(r"(?:" + _NOT_AFTER_HANGUL + r"(?:산소\s*포화도|산소포화도|포화도|산소\s*포화|산포)|(?<![\w/])spo2)"
            + _GLUE + _INT + _NOT_TIME + r"\s*%?(?:\s*\(?\s*(?:" + _AIR + "|" + _O2 + r")[" + _H + r"\s]{0,3}\)?)?")
_SPO2_BARE = _rx(r"(?<![\w/.])" + _INT + r"\s*%\s*\(?\s*(?:" + _AIR + "|" + _O2 + r")")
_OXYGEN = _rx(r"(?<![" + _H + r"\w])" + _O2 + r"(?:\s*(?:하에서|하에|하|투여\s*중|투여|로|에서|상))?|" + _NOT_AFTER_HANGUL + r"(실내\s*공기|실내공기)\s*(?:에서|하|상)")
_PAIN = _rx(r"(?:" + _NOT_AFTER_HANGUL + r"(?:통증\s*점수|통증점수|통증\s*척도|통증\s*강도|통증\s*정도)" + _GLUE
            + r"(\d{1,2})(?![\d.,]?\d)\s*(?:점|/\s*10)?|" + _NOT_AFTER_HANGUL + r"통증" + _GLUE
            + r"(\d{1,2})\s*(?:점|/\s*10)|(?<![\w/])(?:NRS|VAS)" + _GLUE + r"(\d{1,2})\s*점)")


def blood_pressure(note: str, lower: str) -> Iterator[Found]:
    for m in _BP.finditer(note):
        sbp, dbp = int(m.group(1)), int(m.group(2))
        if _in_range("sbp", sbp) and sbp >= 30 and _in_range("dbp", dbp) and dbp < sbp:
            yield _found(note, "sbp", sbp, "mmHg", m.start(), m.end())
            yield _found(note, "dbp", dbp, "mmHg", m.start(), m.end())
    for m in _SBP.finditer(note):
        value = int(m.group(1))
        if _in_range("sbp", value) and value >= 30:
            yield _found(note, "sbp", value, "mmHg", m.start(), m.end())


def heart_rate(note: str, lower: str) -> Iterator[Found]:
    for m in _HR.finditer(note):
        value = int(m.group(1))
        if _in_range("heart_rate", value) and value >= 20:
            yield _found(note, "heart_rate", value, "/min", m.start(), m.end())


def resp_rate(note: str, lower: str) -> Iterator[Found]:
    for m in _RR.finditer(note):
        value = int(m.group(1))
        if _in_range("resp_rate", value) and value > 0:
            yield _found(note, "resp_rate", value, "/min", m.start(), m.end())


def temperature(note: str, lower: str) -> Iterator[Found]:
    for rx in (_TEMP, _TEMP_BARE):
        for m in rx.finditer(note):
            value = float(m.group(1).replace(",", "."))
            unit = (m.group(2) or "").lower()
            if unit in ("", "°") and not RANGES["temperature_c"].low <= value <= RANGES["temperature_c"].high:
                continue
            if _in_range("temperature_c", value):
                yield _found(note, "temperature_c", round(value, 1), "°C" if unit else "°C (inferred)",
                             m.start(), m.end())


def _on_oxygen(words: str) -> bool:
    return re.search(r"실내|대기|room|\bra\b", words, re.IGNORECASE) is None


def spo2(note: str, lower: str) -> Iterator[Found]:
    for rx in (_SPO2, _SPO2_BARE):
        for m in rx.finditer(note):
            value = int(m.group(1))
            if not _in_range("spo2", value):
                continue
            yield _found(note, "spo2", value, "%", m.start(), m.end())
            words = m.group(2) or m.group(3)
            if words:
                at = m.start(2) if m.group(2) else m.start(3)
                on = _on_oxygen(words)
                yield _found(note, "on_oxygen", on, "oxygen" if on else "room air", at, at + len(words))


def oxygen(note: str, lower: str) -> Iterator[Found]:
    for m in _OXYGEN.finditer(note):
        if re.match(r"\s*(?:없|안\s*함|미투여|중단)", note[m.end():]):
            continue
        on = _on_oxygen(m.group(0))
        yield _found(note, "on_oxygen", on, "oxygen" if on else "room air", m.start(), m.end())


def pain(note: str, lower: str) -> Iterator[Found]:
    for m in _PAIN.finditer(note):
        value = int(m.group(1) or m.group(2) or m.group(3))
        if 0 <= value <= 10:
            yield _found(note, "pain", value, "/10", m.start(), m.end())


# ------------------------------------------------------------------------------ who and how

_AGE_YEARS = _rx(r"(?<![\d.])(?:만\s*)?(\d{1,3})\s*(?:세|살)(?![" + _H + r"]*\s*(?:때|전에|무렵))")
_AGE_MONTHS = _rx(r"(?:생후\s*(\d{1,2})\s*(개월|주|일)|(?<![\d.])(\d{1,2})\s*개월\s*(?:된\s*)?(?=남아|여아|아기|영아|아이|환아|"
                  r"남자|여자|남|여|,|\s))")
_AGE_CHART = re.compile(r"(?<![\w/.])(?:(\d{1,3})\s*/\s*([MF])|([MF])\s*/\s*(\d{1,3}))(?![\w/])")
_SEX_AFTER_AGE = _rx(r"(?:세|살|개월)\s*(?:된\s*)?(남자|남성|남아|남|여자|여성|여아|여)(?![" + _H + r"]|\s*[" + _H + r"]{0,1}자)")
_SEX_LABEL = _rx(r"성별\s*[:=]?\s*(남|여)")
_SEX_WORD = _rx(r"(?<![" + _H + r"])(남자|남성|남아|여자|여성|여아|할머니|할아버지|임산부|임신부)(?![" + _H + r"]*\s*(?:친구|동생|형|언니))")
_SEX_CODE = {"남": "M", "여": "F", "할아버지": "M", "할머니": "F", "임산부": "F", "임신부": "F"}
_PER_YEAR = {"개월": 12.0, "주": 52.18, "일": 365.25}


def age(note: str, lower: str) -> Iterator[Found]:
    for m in _AGE_YEARS.finditer(note):
        years = int(m.group(1))
        if 0 <= years <= 120:
            yield _found(note, "age_years", years, "years", m.start(), m.end())
    for m in _AGE_MONTHS.finditer(note):
        number, unit = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), "개월")
        years = round(int(number) / _PER_YEAR[unit], 2)
        if years <= 3:
            yield _found(note, "age_years", years, {"개월": "months", "주": "weeks", "일": "days"}[unit],
                         m.start(), m.end())
    for m in _AGE_CHART.finditer(note):
        years = int(m.group(1) or m.group(4))
        if 0 <= years <= 120:
            at = m.start(1) if m.group(1) else m.start(4)
            yield _found(note, "age_years", years, "years", at, at + len(str(years)))


def sex(note: str, lower: str) -> Iterator[Found]:
    strong = []
    for m in _SEX_AFTER_AGE.finditer(note):
        strong.append(_found(note, "sex", _SEX_CODE.get(m.group(1), m.group(1)[0] == "남" and "M" or "F"),
                             "", m.start(1), m.end(1)))
    for m in _SEX_LABEL.finditer(note):
        strong.append(_found(note, "sex", _SEX_CODE[m.group(1)], "", m.start(), m.end()))
    for m in _AGE_CHART.finditer(note):
        letter = m.group(2) or m.group(3)
        at = m.start(2) if m.group(2) else m.start(3)
        strong.append(_found(note, "sex", letter, "", at, at + 1))
    if strong:
        yield from strong
        return
    for m in _SEX_WORD.finditer(note):
        word = m.group(1)
        yield _found(note, "sex", _SEX_CODE.get(word, "M" if word[0] == "남" else "F"), "", m.start(), m.end())


_AVPU = (
    ("U", r"의식\s*(?:[은는이가:]\s*)?(?:없|소실\s*상태)|(?<!반)혼수(?:\s*상태)?|무반응|반응\s*(?:이\s*)?없|"
          r"통증(?:\s*자극)?에도\s*반응\s*(?:이\s*)?없"),
    ("P", r"반혼수|혼미|통증(?:\s*자극)?에\s*(?:만\s*)?반응|통증\s*자극에만\s*반응"),
    ("V", r"기면|(?:목소리|부르면|말에|언어\s*자극)(?:에)?\s*(?:만\s*)?반응"),
    ("A", r"의식\s*(?:[은는이가:]\s*)?(?:명료|또렷|清明)|(?<![" + _H + r"])명료(?:함|하다|하고)?(?![" + _H + r"])"),
)
_AVPU_RX = tuple((letter, re.compile(words)) for letter, words in _AVPU)


def avpu(note: str, lower: str) -> Iterator[Found]:
    taken: list[tuple[int, int]] = []
    for letter, rx in _AVPU_RX:
        for m in rx.finditer(note):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            taken.append(m.span())
            yield _found(note, "avpu", letter, "words", m.start(), m.end())


_ARRIVAL = (
    ("helicopter", r"닥터\s*헬기|헬기|헬리콥터"),
    ("ambulance", r"(?<![\d/.])119\s*(?=구급|이송|통해|타고|로|으로|신고|차량|에\s*의해|편)|(?:사설\s*)?구급차|구급대|"
                  r"응급\s*이송|전원\s*이송"),
    ("other", r"경찰(?:과|이|에\s*의해|\s*동행|\s*호송)"),
    ("private_vehicle", r"자가용|자차|승용차|택시|보호자\s*차|보호자가\s*운전"),
    ("walk_in", r"도보|걸어서\s*(?:내원|왔|옴)|걸어\s*들어"),
)
_ARRIVAL_RX = tuple((mode, re.compile(words)) for mode, words in _ARRIVAL)


def arrival(note: str, lower: str) -> Iterator[Found]:
    for mode, rx in _ARRIVAL_RX:
        for m in rx.finditer(note):
            yield _found(note, "arrival", mode, "", m.start(), m.end())


_INJURY = re.compile(r"넘어졌|넘어진|넘어짐|넘어져|넘어지|낙상|추락|떨어졌|떨어짐|교통사고|차에\s*치|폭행|맞았|찔렸|찔림|자상|열상|"
                     r"찰과상|베였|베임|골절|부러졌|삐었|삐끗|접질|염좌|화상|데었|타박상|다쳤|다침|외상|부딪|물렸|총상|"
                     r"끼였|깔렸|압궤|절단|탈구")
_INJURY_DENIED = re.compile(r"(?:외상|외상력|낙상|다친\s*적|부딪힌\s*적|사고)\s*(?:[은는이가]\s*)?(?:력\s*)?"
                            r"(?:전혀\s*)?(?:없|부인|\(\s*-\s*\))")


def injury(note: str, lower: str) -> Iterator[Found]:
    denied = []
    for m in _INJURY_DENIED.finditer(note):
        denied.append(m.span())
        yield _found(note, "injury", False, "denied", m.start(), m.end())
    for m in _INJURY.finditer(note):
        if any(a <= m.start() < b for a, b in denied):
            continue
        if re.match(r"[" + _H + r"]*\s*(?:[은는이가]\s*)?(?:없|부인)", note[m.end():]):
            continue
        yield _found(note, "injury", True, "", m.start(), m.end())


_HOURS = {"분": 1 / 60, "시간": 1.0, "일": 24.0, "주": 168.0, "개월": 730.0, "달": 730.0, "년": 8766.0}
_ONSET_AGO = re.compile(r"(\d{1,3})\s*(분|시간|일|주|개월|달|년)\s*(?:전|前)(?:\s*부터|쯤|경)?")
_ONSET_FOR = re.compile(r"(\d{1,3})\s*(분|시간|일|주|개월|달|년)\s*(?:간|째|동안)")
_ONSET_SINCE = re.compile(r"(?:어제|그제|어젯밤|지난밤|오늘\s*(?:아침|새벽|오전|오후|저녁|밤)?|아침|새벽|점심|저녁|밤|"
                          r"자고\s*일어나서|기상\s*시)\s*(?:부터|에\s*시작|경부터)")
_ONSET_SUDDEN = re.compile(r"갑자기|갑작스러운|갑작스런|급성으로|돌발")
_NOT_ONSET = re.compile(r"(?:수술|진단|입원|퇴원|방문|내원|복용|투약|마지막|생리|월경|LMP)[" + _H + r"\s]{0,6}$")


def onset(note: str, lower: str) -> Iterator[Found]:
    timed = False
    for rx in (_ONSET_AGO, _ONSET_FOR):
        for m in rx.finditer(note):
            after = note[m.end():m.end() + 8]
            if _NOT_ONSET.search(note[max(0, m.start() - 12):m.start()]) or \
                    re.match(r"\s*(?:에\s*)?(?:수술|진단|입원|퇴원|방문|내원)", after):
                continue
            timed = True
            yield _found(note, "onset", round(int(m.group(1)) * _HOURS[m.group(2)], 2), "hours",
                         m.start(), m.end())
    for m in _ONSET_SINCE.finditer(note):
        timed = True
        yield _found(note, "onset", m.group(0).strip(), "", m.start(), m.end())
    if not timed:
        for m in _ONSET_SUDDEN.finditer(note):
            yield _found(note, "onset", m.group(0), "", m.start(), m.end())


_PREGNANT = re.compile(r"임신\s*\d{1,2}\s*주|임신\s*(?:중|한|했|상태|부)|임산부|임신부|진통\s*중")
_NOT_PREGNANT = re.compile(r"임신\s*(?:[은이]\s*)?(?:아님|아니|가능성\s*(?:[은이]\s*)?없|반응\s*음성|검사\s*음성|"
                           r"(?:은\s*)?부인)|폐경|자궁\s*적출")


def pregnant(note: str, lower: str) -> Iterator[Found]:
    denied = []
    for m in _NOT_PREGNANT.finditer(note):
        denied.append(m.span())
        yield _found(note, "pregnant", False, "", m.start(), m.end())
    for m in _PREGNANT.finditer(note):
        if not any(a <= m.start() < b for a, b in denied):
            yield _found(note, "pregnant", True, "", m.start(), m.end())


READERS = (blood_pressure, heart_rate, resp_rate, spo2, temperature, pain, oxygen,
           age, sex, avpu, arrival, injury, onset, pregnant)
