"""Is a mention negated, historical or a baseline? The complaint rules' NegEx window, plus the
shorthand a raw note still carries (the complaint rules see it expanded: "hx" → "history of").

Used on the lower-cased raw note so that character positions stay those of the note.
"""

from __future__ import annotations

import re

from triage.engine.complaint_text import _negated as _complaint_negated

_WINDOW = 60
_CLAUSE_BREAK = re.compile(r"[,;.:!?\n]| but | however | now | with | presents? ")
# What the complaint rules' negation list does not hold because a raw note abbreviates it, plus
# refusals ("declined EMS") and usual values ("baseline sats 88 %") that are not today's reading.
_EXTRA = re.compile(r"\b(?:hx|h/o|pmhx?|past medical|refused|refuses|declined|declines|baseline|"
                    r"usual(?:ly)?|normally|known)\b")


def negated(lower: str, start: int) -> bool:
    """A negation, history or baseline word earlier in the same clause (a few words back)."""
    if _complaint_negated(lower, start):
        return True
    window = lower[max(0, start - _WINDOW):start]
    breaks = list(_CLAUSE_BREAK.finditer(window))
    return _EXTRA.search(window[breaks[-1].end():] if breaks else window) is not None


def historical(lower: str, start: int) -> bool:
    """Only the history / baseline part (a numeric reading is never "negated", but "baseline
    GCS 14" or "usual BP 150/90" is not today's value)."""
    window = lower[max(0, start - _WINDOW):start]
    breaks = list(_CLAUSE_BREAK.finditer(window))
    clause = window[breaks[-1].end():] if breaks else window
    return re.search(r"\b(?:history of|previous|prior)\b", clause) is not None or \
        _EXTRA.search(clause) is not None
