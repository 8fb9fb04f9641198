"""Korean identifiers: names in Hangul and in romanisation, 주민등록번호, phones, addresses, dates, ages.

One implementation for the de-identified export (issue 23) and the Korean interface (issue 20).
Hangul syllables are not folded (``folding``), so these patterns see the text as written. A name is
a surname (Faker's ko_KR list plus the common single-syllable surnames) and one or two syllables:
next to an honorific (님, 씨, 선생님, 보호자) or a relation (딸, 아들, 보호자, 성명 ...), or, without a
cue, when the given name is itself a given name of the list ("김민수", "박지영").
"""

from __future__ import annotations

from typing import Iterator

import regex

_H = r"[\uac00-\ud7a3]"
HONORIFICS = ("선생님", "님", "씨", "군", "양", "보호자", "환자", "어르신", "할머니", "할아버지", "여사",
              # a job title after the name: "박소연 간호사", "최유리 교수", "정다은 소방사" (fire-service ranks)
              "수간호사", "간호사", "교수", "전공의", "원장", "과장", "팀장", "주임", "소방사", "소방교", "소방장",
              "소방위", "구급대원", "선생")
RELATIONS = ("보호자", "딸", "아들", "남편", "아내", "부인", "성명", "이름", "환자", "어머니", "아버지", "엄마", "아빠",
             "손자", "손녀", "며느리", "사위", "형", "누나", "언니", "오빠", "동생", "친구", "이웃", "담당의",
             "주치의", "간호사", "의사", "보호자명", "환자명", "인계자", "분류자", "조카", "삼촌", "이모", "고모",
             "시어머니", "장모", "담임", "→")
ROMAN_SURNAMES = ("Kim|Lee|Yi|Rhee|Park|Pak|Choi|Choe|Jung|Jeong|Chung|Kang|Cho|Jo|Yoon|Yun|Jang|Chang|Lim|Im"
                  "|Han|Oh|Seo|Suh|Shin|Sin|Kwon|Hwang|Ahn|An|Song|Ryu|Yoo|Yu|Hong|Jeon|Jun|Ko|Go|Moon|Mun"
                  "|Yang|Son|Bae|Baek|Paik|Heo|Huh|Nam|Noh|Roh|Ha|Kwak|Sung|Seong|Cha|Joo|Ju|Woo|Min|Jin"
                  "|Na|Ji|Um|Eom|Chae|Won|Chun|Cheon|Bang|Gong|Hyun|Byun|Byeon|Yeom|Yeo|Choo|Chu|Do|So|Seok"
                  "|Sun|Seol|Ma|Gil|Yeon|Wi|Pyo|Myung|Ki|Gi|Ban|Wang|Geum|Ok|Yook|Yuk|In|Maeng|Je|Mo|Tak")
KOREAN_PLACES = ("서울|부산|대구|인천|광주|대전|울산|수원|성남|고양|용인|부천|안산|안양|남양주|화성|평택|의정부|시흥|파주"
                 "|김포|군포|하남|오산|이천|안성|포천|의왕|동두천|과천|춘천|원주|강릉|속초|삼척|태백|청주|충주|제천"
                 "|천안|보령|아산|서산|논산|당진|전주|군산|익산|정읍|남원|김제|목포|여수|순천|나주|광양|포항|경주"
                 "|김천|안동|구미|영주|영천|문경|경산|창원|마산|진해|통영|사천|김해|밀양|거제|양산|제주|서귀포"
                 "|판교|분당|일산|태안|만리포|해운대|강남|홍천|정선|사북|평창|양평|가평")
_PARTICLE = r"(?:이|가|은|는|을|를|의|에게|께서|께|도|와|과|랑|이랑|한테)?"

PATTERNS = (
    ("PERSON", "romanised name", rf"\b(?:{ROMAN_SURNAMES})[ \t]+\p{{Lu}}[a-z]{{1,4}}-[a-z]{{1,5}}\b"),
    ("ID", "resident registration number", r"(?<!\d)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])[ \t]?-?[ \t]?"
                                           r"[1-8]\d{6}(?!\d)"),
    ("PHONE_NUMBER", "phone", r"(?<!\d)(?:01[016789]|0[2-6]\d?|070|080)[ \t.-]?\d{3,4}[ \t.-]?\d{4}(?!\d)"),
    ("DATE_TIME", "date", r"(?:(?:19|20)?\d\d[ \t]*년[ \t]*)?(?:1[0-2]|0?[1-9])[ \t]*월[ \t]*(?:3[01]|[12]\d|0?[1-9])"
                          r"[ \t]*일|(?:19|20)\d\d[ \t]*년(?:[ \t]*(?:1[0-2]|0?[1-9])[ \t]*월)?"),
    # "2026.12.22(화)", "12월 11일(목)": the weekday after the date; "내일(12/9)": a day named and dated
    ("DATE_TIME", "weekday after a date", r"(?<=(?:\d|일)[ \t]?)\([월화수목금토일](?:요일)?\)"),
    ("DATE_TIME", "dated day", r"(?<=(?:내일|모레|어제|그제|오늘|당일)[ \t]?\()(?:1[0-2]|0?[1-9])[/.](?:3[01]|[12]\d|0?[1-9])"
                               r"(?=\))"),
    ("AGE", "age over 89", r"(?:만[ \t]*)?(?<!\d)(?:9\d|1[0-2]\d)[ \t]*(?:세|살)"),
    # 서울특별시 강남구 테헤란로 152, 강남대로 396, 부산광역시 해운대구 우동 1408
    ("LOCATION", "address", rf"(?:{_H}+(?:특별시|광역시|특별자치시|특별자치도|도|시|군|구)[ \t]+)*"
                            rf"{_H}+(?:대로|로|길|동|읍|면|리)(?:[ \t]*\d+(?:[-번]\d+)?(?:번?길)?)?[ \t]*\d+(?:-\d+)?"
                            rf"|(?:{_H}+(?:특별시|광역시|특별자치시|특별자치도|도)[ \t]+)(?:{_H}+(?:시|군|구)[ \t]*)+"),
    ("PLATE", "licence plate", rf"(?<!\d)\d{{2,3}}[ \t]?{_H}[ \t]?\d{{4}}(?!\d)"),
    # A city or district named alone, with its particle ("부산에서 올라오는 중", "판교 출근"): the cities
    # and the best-known districts, less the names that are also common words (구리 copper, 양주
    # liquor, 진주 pearl, 공주 princess, 상주 chief mourner, 여주, 광명, 세종, 동해). GeoNames
    # (``places``) holds most of the cities, but reads a word of two syllables in Hangul as a common
    # word first and never sees a name with its particle: this list is the names known to be none.
    ("LOCATION", "city", rf"(?<!{_H})(?:{KOREAN_PLACES})(?=(?:에서|에|으로|로|의|은|는|까지|부터|쪽|이|가|도|시|구|군|역)?(?!{_H}))"),
)


def name_spans(text: str) -> Iterator[tuple[int, int]]:
    """Korean names written in Hangul."""
    from triage.deid_text.gazetteer import korean_surnames, name_words

    surnames = korean_surnames()
    for m in _HANGUL_WORD.finditer(text):
        word = m.group()
        start = m.start()
        before = text[max(0, start - 12):start].rstrip()
        after = text[m.end():m.end() + 8]
        cued = any(before.endswith(r) for r in RELATIONS) or any(after.lstrip().startswith(h) for h in HONORIFICS) \
            or (after.startswith("(") and any(after[1:].startswith(r) for r in RELATIONS))  # "김미란(며느리)"
        core = word
        for h in HONORIFICS:  # "김하늘님" written without a space
            if core.endswith(h) and len(core) - len(h) >= 2:
                core, cued = core[:-len(h)], True
                break
        # Korean names are a surname and (almost always) two syllables; what follows is a particle.
        if len(core) < 3 or core[0] not in surnames or core in _ROLE_WORDS:
            continue
        if cued or core[1:3] in name_words():
            yield start, start + 3
    for m in _SPACED.finditer(text):  # "최 유진"
        if m.group(1) in surnames and m.group(2) in name_words():
            yield m.start(), m.end()


_ROLE_WORDS = frozenset(HONORIFICS) | frozenset(RELATIONS)  # "간호사" starts with a surname, 간
_HANGUL_WORD = regex.compile(rf"(?<!{_H}){_H}{{2,6}}")
_SPACED = regex.compile(rf"(?<!{_H})({_H})[ \t]({_H}{{2}})(?!{_H}{{2}})")
