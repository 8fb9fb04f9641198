"""Korean complaint words → the English words the complaint rules and the text encoder read.

The text encoder (all-MiniLM-L6-v2) was trained on English and splits Hangul into unknown
pieces, and the red-flag rules are English patterns. Rather than a second set of rules (which
would drift apart from the first), a Korean or mixed note ("CP, 식은땀, BP 88/50", "흉통은 없고
호흡곤란 있음") is mapped word by word onto the same English vocabulary before ``normalise``
goes on: the rules, the floors and the model then read Korean exactly as they read English.

The words live in a reviewed glossary, ``resources/glossary/ko_en_complaints.tsv`` (each row
with its source), not in code. Korean grammar that the glossary cannot hold is handled here:
negation and history come after the word ("흉통 없음", "흉통은 없다", "흉통 부인함",
"흉통 (-)", "뇌졸중 과거력") and become "no chest pain," / "history of stroke,"; durations
("3일 전부터", "30분 전") become "3 days ago"; a chemical and the eye ("눈에 락스가 튀어")
become "bleach in the eye". What is left untranslated (particles, verb endings) is dropped:
it carries no meaning the rules read, and the encoder would only see noise.

Pure and total: any string gives a string; text without Hangul is returned unchanged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

GLOSSARY = Path(__file__).resolve().parents[2] / "resources" / "glossary" / "ko_en_complaints.tsv"

_HANGUL = re.compile(r"[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3]")
_HANGUL_RUN = re.compile(r"[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3]+")
_H = "\uac00-\ud7a3"

# After a word: a particle or a filler, then a negation ("흉통은 없다", "흉통 증상 없음",
# "흉통 호소 없이", "흉통 부인함", "흉통 (-)").
_PARTICLE = r"(?:[은는이가을를도]|이나|이랑)"
_FILLER = r"(?:증상|소견|호소|것|건|거|양상|통증|징후)"
_NEGATION_AFTER = re.compile(
    r"\s*(?:" + _PARTICLE + r"\s*)?(?:" + _FILLER + r"\s*(?:" + _PARTICLE + r"\s*)?)?"
    r"(?:전혀\s*|특별히\s*|별다른\s*)?"
    r"(?:없[" + _H + r"]*|부인[" + _H + r"]*|부정[" + _H + r"]*|음성[" + _H + r"]*|아니[" + _H + r"]*|"
    r"아님|\(\s*[-−]\s*\)|[-−](?=\s*(?:[,;./]|$)))")
_HISTORY_AFTER = re.compile(r"\s*(?:의\s*)?(?:과거력|과거 ?병력|병력|기왕력|진단 ?받[" + _H + r"]*)[" + _H + r"]*")
# English shorthand followed by a Korean negation: "SOB 없음", "CP(-)", "LOC 부인".
_LATIN_NEGATED = re.compile(r"(?<![\w/])([A-Za-z][A-Za-z/]*)(?=" + _NEGATION_AFTER.pattern + r")")

# Grammar the glossary cannot hold, applied before the words.
_DUR_UNIT = {"분": "minutes", "시간": "hours", "일": "days", "주": "weeks", "개월": "months",
             "달": "months", "년": "years"}
_AGO = re.compile(r"(\d{1,3})\s*(분|시간|일|주|개월|달|년)\s*(?:전|前)(?:\s*부터|쯤|경)?")
_FOR = re.compile(r"(\d{1,3})\s*(분|시간|일|주|개월|달|년)\s*(?:간|째|동안|정도\s*지속)")
_DURATION = re.compile(r"(\d{1,3})\s*(분|시간|일|주|개월|달|년)(?![" + _H + r"]*\s*전)(?=[\s,.;)]|$|[은이동째간])")
_AGE = re.compile(r"(?:만\s*)?(\d{1,3})\s*(?:세|살)(?![" + _H + r"])")
_AGE_MONTHS = re.compile(r"(?:생후\s*)?(\d{1,2})\s*개월\s*(?:된\s*)?(?=남아|여아|아기|영아|아이|환아|남|여)")
_WEEKS_PREGNANT = re.compile(r"임신\s*(\d{1,2})\s*주")
_DEGREES = re.compile(r"(\d{2}(?:[.,]\d)?)\s*(?:도|℃)(?![" + _H + r"])|(\d{2}(?:[.,]\d)?)\s*도(?=[이가는에로,.\s]|$)")
_CHEMICALS = (r"화학\s*물질|락스|표백제|양잿물|세제|시멘트|산성\s*물질|알칼리|최루액|후추\s*스프레이|"
              r"약품|농약|부동액")
_CHEM_EN = {"락스": "bleach", "표백제": "bleach", "양잿물": "lye", "세제": "detergent", "시멘트": "cement",
            "알칼리": "alkali", "최루액": "pepper spray", "농약": "chemical", "부동액": "chemical"}
_CHEM_EYE = re.compile(r"(?:(?:양쪽\s*|왼쪽\s*|오른쪽\s*|한쪽\s*)?눈에\s*(" + _CHEMICALS + r")|(" + _CHEMICALS
                       + r")\s*(?:이|가|을|를)?\s*(?:양쪽\s*|왼쪽\s*|오른쪽\s*|한쪽\s*)?눈에)"
                       r"[" + _H + r"\s]{0,12}?(?:들어|튀|뿌려|닿|묻|노출|갔)?")


@dataclass(frozen=True)
class Entry:
    """One glossary row: the Korean key, its English words, whether it must start a word."""

    korean: str
    english: str
    word_start: bool
    source: str


def load_glossary(path: Path = GLOSSARY) -> tuple[Entry, ...]:
    """The glossary rows (comments and blank lines skipped). Raises ``ValueError`` on a bad row."""
    entries = []
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not raw.strip() or raw.startswith("#"):
            continue
        cells = raw.split("\t")
        if len(cells) != 4 or cells[2] not in ("any", "word") or not cells[0] or not cells[1]:
            raise ValueError(f"{path.name}:{number}: expected korean, english, any|word, source")
        entries.append(Entry(cells[0], cells[1], cells[2] == "word", cells[3]))
    return tuple(entries)


@lru_cache(maxsize=1)
def _compiled() -> tuple[re.Pattern[str], dict[str, str]]:
    entries = load_glossary()
    # A space in a key matches any spacing; keys are tried longest first.
    by_key: dict[str, str] = {}
    alternatives = []
    for entry in sorted(entries, key=lambda e: -len(e.korean)):
        squeezed = entry.korean.replace(" ", "")
        by_key.setdefault(squeezed, entry.english)
        body = r"\s*".join(re.escape(ch) for ch in squeezed)
        alternatives.append((r"(?<![" + _H + r"])" if entry.word_start else "") + body)
    return re.compile("|".join(alternatives)), by_key


def has_hangul(text: str) -> bool:
    return _HANGUL.search(text) is not None


def _grammar(text: str) -> str:
    text = _WEEKS_PREGNANT.sub(r" \1 weeks pregnant ", text)
    text = _AGO.sub(lambda m: f" {m.group(1)} {_DUR_UNIT[m.group(2)]} ago ", text)
    text = _FOR.sub(lambda m: f" for {m.group(1)} {_DUR_UNIT[m.group(2)]} ", text)
    text = _AGE_MONTHS.sub(r" \1 month old ", text)
    text = _AGE.sub(r" \1 year old ", text)
    text = _DURATION.sub(lambda m: f" {m.group(1)} {_DUR_UNIT[m.group(2)]} ", text)
    text = _DEGREES.sub(lambda m: f"{m.group(1) or m.group(2)} °c ", text)

    def chemical_eye(m: re.Match[str]) -> str:
        word = re.sub(r"\s+", "", m.group(1) or m.group(2))
        return f" {_CHEM_EN.get(word, 'chemical')} in the eye, "
    return _CHEM_EYE.sub(chemical_eye, text)


def to_english(text: str) -> str:
    """``text`` with its Korean words in English and the untranslated Korean dropped.

    "흉통, 혈압 150/90" → "chest pain, bp 150/90"; "흉통은 없고 복통" → "no chest pain, abdominal
    pain"; text without Hangul is returned as it is. Never raises.
    """
    if not has_hangul(text):
        return text
    text = _grammar(text)
    text = _LATIN_NEGATED.sub(r"no \1, ", text)
    pattern, by_key = _compiled()
    out: list[str] = []
    at = 0
    for m in pattern.finditer(text):
        if m.start() < at:
            continue
        english = by_key[re.sub(r"\s+", "", m.group(0))]
        out.append(text[at:m.start()])
        end = m.end()
        negation = _NEGATION_AFTER.match(text, end)
        history = _HISTORY_AFTER.match(text, end) if negation is None else None
        if negation is not None:
            out.append(f" no {english}, ")
            end = negation.end()
        elif history is not None:
            out.append(f" history of {english}, ")
            end = history.end()
        else:
            out.append(f" {english} ")
        at = end
    out.append(text[at:])
    english_text = _HANGUL_RUN.sub(" ", "".join(out))
    english_text = re.sub(r"\s+([,.;])", r"\1", english_text)
    english_text = re.sub(r"([,;])(?:\s*[,;])+", r"\1", english_text)
    return re.sub(r"\s{2,}", " ", english_text).strip(" ,;")
