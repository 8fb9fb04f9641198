"""Hospitals written as their abbreviation ("LGI", "UNLP Košice", "QEH A&E"), which no place list holds.

Why a module of its own: these rules read the findings (a record number's prefix) and the head of a
note, not a word list. Two rules:
- a hospital prints its code before its record numbers ("LGI-9044712", "AKTH/26/04471"), so the
  capitals that prefix a found record number, written alone elsewhere in the same note ("to LGI"),
  are the hospital: three to six capitals, never a clinical word, with the unit's number when the
  record number carries it ("HGZ 47" for "HGZ47-44719");
- a note or a line that opens with an abbreviation (after at most one town word) before the words
  for the emergency department ("QEH A&E", "Atlanta VAMC ED", "AKTH Emergency", "CWM Hospital")
  opens with the hospital's name.
"""

from __future__ import annotations

import regex

_PREFIX = regex.compile(r"(\p{Lu}{3,6})(?:(\p{Nd}{1,3})(?=[-/]\p{Nd}))?(?=[-/]?\p{Nd})")
_OPENING = regex.compile(r"(?m)^[ \t]*((?:\p{Lu}\p{Ll}+[ \t]+)?\p{Lu}{2,6})(?=[ \t]+(?:A&E|ED|ER|Emergency|Hospital"
                         r"|Casualty|Urgences|Urgencias)\b)")
# Abbreviations that open a triage line and are no hospital: the kind of note or of incident.
_NOT_HOSPITALS = frozenset("ems mvc rtc rta hems bls als esi ats ctas mts sats ktas ttas triage pt gp".split())


def no_hospital(code: str) -> bool:
    from triage.deid_text.clinical_words import is_clinical

    return code.lower() in _NOT_HOSPITALS or is_clinical(code)


def hospital_spans(text: str, found: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """LOCATION spans of the hospital abbreviations in ``text`` (folded), given its findings."""
    out = []
    codes = set()
    for entity, s, e in found:
        if entity == "ID":
            m = _PREFIX.match(text, s)
            if m and not no_hospital(m.group(1)):
                codes.add(m.group(1) + (r"(?:[ \t]*" + m.group(2) + ")?" if m.group(2) else ""))
    if codes:
        rx = regex.compile(r"(?<![\p{L}\p{Nd}/-])(?:" + "|".join(sorted(codes)) + r")(?![\p{L}\p{Nd}]|[-/]\p{Nd})")
        out += [("LOCATION", m.start(), m.end()) for m in rx.finditer(text)]
    for m in _OPENING.finditer(text):
        code = m.group(1).split()[-1]
        if not no_hospital(code):
            out.append(("LOCATION", m.start(1), m.end(1)))
    return out
