"""The mass-casualty words the desk shows: colours, categories and the algorithm's branch.

``triage.mci.algorithms`` says why in fixed English phrases ("does not walk", "RR 36 > 30 →
immediate"): they are the record (stored with the tag, printed on it, exported), so they stay
English there. The screen shows them in the interface language: each phrase is a message of
its own here (``QT_TRANSLATE_NOOP``, found by lupdate), numbers are carried over as they are,
and a phrase this module does not know is shown unchanged rather than hidden.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

translate = QCoreApplication.translate

COLOUR_WORDS = {"red": QT_TRANSLATE_NOOP("IncidentBoard", "RED"),
                "yellow": QT_TRANSLATE_NOOP("IncidentBoard", "YELLOW"),
                "green": QT_TRANSLATE_NOOP("IncidentBoard", "GREEN"),
                "black": QT_TRANSLATE_NOOP("IncidentBoard", "BLACK")}
CATEGORY_WORDS = {"immediate": QT_TRANSLATE_NOOP("IncidentBoard", "immediate"),
                  "delayed": QT_TRANSLATE_NOOP("IncidentBoard", "delayed"),
                  "minor": QT_TRANSLATE_NOOP("IncidentBoard", "minor"),
                  "expectant": QT_TRANSLATE_NOOP("IncidentBoard", "expectant")}
# The algorithm's fixed phrases (triage/mci/algorithms.py), START then JumpSTART.
PHRASES = {p: p for p in (
    QT_TRANSLATE_NOOP("MciReasons", "walks"),
    QT_TRANSLATE_NOOP("MciReasons", "does not walk"),
    QT_TRANSLATE_NOOP("MciReasons", "not breathing; breathes after the airway is repositioned"),
    QT_TRANSLATE_NOOP("MciReasons", "not breathing, even after the airway is repositioned"),
    QT_TRANSLATE_NOOP("MciReasons", "radial pulse absent"),
    QT_TRANSLATE_NOOP("MciReasons", "radial pulse present"),
    QT_TRANSLATE_NOOP("MciReasons", "does not obey simple commands"),
    QT_TRANSLATE_NOOP("MciReasons", "obeys simple commands"),
    QT_TRANSLATE_NOOP("MciReasons", "apnoeic; breathes after the airway is positioned"),
    QT_TRANSLATE_NOOP("MciReasons", "apnoeic after airway positioning and no palpable pulse"),
    QT_TRANSLATE_NOOP("MciReasons", "apnoeic with a pulse; breathes after 5 rescue breaths"),
    QT_TRANSLATE_NOOP("MciReasons", "apnoeic with a pulse; no breathing after 5 rescue breaths"),
    QT_TRANSLATE_NOOP("MciReasons", "no palpable peripheral pulse"),
    QT_TRANSLATE_NOOP("MciReasons", "peripheral pulse palpable"),
    QT_TRANSLATE_NOOP("MciReasons", "AVPU U (unresponsive)"),
    QT_TRANSLATE_NOOP("MciReasons", "AVPU P with posturing or an inappropriate response to pain"),
    QT_TRANSLATE_NOOP("MciReasons", "AVPU P, responds appropriately to pain"),
)}
# Phrases with numbers: (pattern, message with {placeholders} named as the pattern's groups).
PATTERNS = (
    (re.compile(r"capillary refill (?P<s>[\d.]+) s (?P<op>[>≤]) (?P<limit>\d+) s"),
     QT_TRANSLATE_NOOP("MciReasons", "capillary refill {s} s {op} {limit} s")),
    (re.compile(r"RR (?P<rr>\d+) within (?P<low>\d+)-(?P<high>\d+)"),
     QT_TRANSLATE_NOOP("MciReasons", "RR {rr} within {low}-{high}")),
    (re.compile(r"not assessed: (?P<names>.+) → (?P<category>\w+) until assessed "
                r"\(the most urgent category still possible\)"),
     QT_TRANSLATE_NOOP("MciReasons", "not assessed: {names} → {category} until assessed "
                       "(the most urgent category still possible)")),
)


def colour_word(colour: str) -> str:
    return translate("IncidentBoard", COLOUR_WORDS[colour])


def category_word(category: str) -> str:
    return translate("IncidentBoard", CATEGORY_WORDS[category])


def _phrase(text: str) -> str:
    if text in PHRASES:
        return translate("MciReasons", text)
    for pattern, message in PATTERNS:
        match = pattern.fullmatch(text)
        if match:
            values = match.groupdict()
            if "category" in values and values["category"] in CATEGORY_WORDS:
                values["category"] = category_word(values["category"])
            return translate("MciReasons", message).format(**values)
    return text  # "RR 36 > 30", "AVPU A": numbers and abbreviations read the same


def reason_text(reason: str) -> str:
    """One of the algorithm's reasons ("RR 36 > 30 → immediate") in the interface language."""
    head, arrow, category = reason.rpartition(" → ")
    if arrow and category in CATEGORY_WORDS:
        return f"{_phrase(head)} → {category_word(category)}"
    return _phrase(reason)
