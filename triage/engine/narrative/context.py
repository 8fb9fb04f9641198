"""Is a mention negated, historical or a baseline? The complaint rules' NegEx window, plus the
shorthand a raw note still carries (the complaint rules see it expanded: "hx" → "history of").

Used on the lower-cased raw note so that character positions stay those of the note.
"""

from __future__ import annotations

import re

from triage.engine.complaint_text import _NEGATION, _NOT_NEGATION

_WINDOW = 60
# The complaint rules' clause breaks, plus a new verb: in "a history of alcohol use disorder is
# brought in by police" the history ends where "is" begins.
_CLAUSE_BREAK = re.compile(r"[,;.:!?\n]| but | however | now | with | presents? | is | was | are | were | who ")
# What the complaint rules' negation list does not hold because a raw note abbreviates it, plus
# refusals ("declined EMS") and usual values ("baseline sats 88 %") that are not today's reading.
_EXTRA = re.compile(r"\b(?:hx|h/o|pmhx?|past medical|refused|refuses|declined|declines|baseline|"
                    r"usual(?:ly)?|normally|known)\b")


def negated(lower: str, start: int) -> bool:
    """A negation, history or baseline word earlier in the same clause (a few words back): the
    complaint rules' NegEx list (``complaint_text._NEGATION``) plus ``_EXTRA``."""
    window = lower[max(0, start - _WINDOW):start]
    breaks = list(_CLAUSE_BREAK.finditer(window))
    clause = _NOT_NEGATION.sub(" ", window[breaks[-1].end():] if breaks else window)
    return _NEGATION.search(clause) is not None or _EXTRA.search(clause) is not None


def historical(lower: str, start: int) -> bool:
    """Only the history / baseline part (a numeric reading is never "negated", but "baseline
    GCS 14" or "usual BP 150/90" is not today's value)."""
    window = lower[max(0, start - _WINDOW):start]
    breaks = list(_CLAUSE_BREAK.finditer(window))
    clause = window[breaks[-1].end():] if breaks else window
    return re.search(r"\b(?:history of|previous|prior)\b", clause) is not None or \
        _EXTRA.search(clause) is not None
