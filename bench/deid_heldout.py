"""Hand-written triage notes, in styles the corpus templates do not use, for a check of the scrubber
on text it was not tuned on. Identifiers are marked ``[[kind|text]]``; clinical phrases that must
survive are marked ``{{kind|text}}``. Fake names only.

The first run of these notes is recorded in docs/export.md (after correcting the marking, which
first included titles such as "Dr" in the identifier); a fix made after looking at the misses is
reported as such, since after it these notes are no longer held out.
"""

from __future__ import annotations

import re
from datetime import date

from bench.deid_corpus import Note, Planted
from triage.deid_text import KnownIdentifiers

PATIENTS = {
    "a": KnownIdentifiers(names=("Wendeline Osei-Bonsu",), numbers=("RX0048213",), phones=("07700 900812",),
                          dates=(date(1929, 11, 2),)),
    "b": KnownIdentifiers(names=("Émile Tremblay",), numbers=("558-201-447",), phones=("+1 (438) 555-0199",),
                          dates=(date(1988, 6, 30),)),
    "c": KnownIdentifiers(names=("Saoirse Ní Bhriain",), numbers=("H 7731 0920",), phones=("086 555 0134",),
                          dates=(date(1955, 1, 9),)),
}

NOTES = (
    ("a", "pt [[patient name|wendeline]] bib amb from home ([[address|Flat 4, 22 Kingsmead Court]]), "
          "found on floor by grandson [[relative name|Kofi]] ~0600. {{vital|sats 91% RA}}, {{vital|bp 98/60}}. "
          "[[age over 89|94yo]]. NOK grandson on [[other phone|07700 900461]]. hx {{eponym|parkinsons}}, AF on "
          "{{drug|apixaban}}. dob [[birth date|02/11/1929]]."),
    ("a", "Mrs [[patient name|OSEI-BONSU]] known to Dr [[clinician name|Adeyemi]] (care of elderly). "
          "Hosp no [[own mrn|RX0048213]]. Lives [[address|Kingsmead Court]], [[address|Ashby]] "
          "[[postcode|LE65 2PA]]. {{duration|Confused since Tuesday}}, {{vital|temp 38.2}}."),
    ("a", "Phoned [[relative name|Ama]] (daughter) on [[own phone|07700900812]] - she will come in. "
          "Email for updates [[email|ama.osei.bonsu@example.net]]. {{vital|GCS 14}} E3V5M6."),
    ("b", "[[patient name|Emile Tremblay]], [[age over 89|ninety-three]]? no - 36M, DOB [[birth date|30 Jun 1988]], "
          "cyclist vs car, GCS 15, c/o {{eponym|left wrist pain, ?Colles}}. Wife [[relative name|Geneviève]] "
          "called from [[own phone|438-555-0199]]. RAMQ [[record number|TREE 8806 3014]]."),
    ("b", "Seen at 14:00 on [[other date|3/5/24]]?? no: seen [[other date|3rd May]]; ortho reg "
          "Dr. [[clinician name|Szczepański]] to review. Pt's employer [[relative name|Marc-André Lévesque]] "
          "wants a note; fax via [[url|www.example.ca/forms]]."),
    ("b", "IP of home BP monitor [[ip|10.12.0.45]] per pt. Pt ID [[own mrn|558-201-447]]. "
          "{{drug|ibuprofen 400 mg}} given, {{vital|pain 6/10}}."),
    ("c", "[[patient name|Saoirse]] [[patient name|Ni Bhriain]] (self-presenting), {{duration|3/7}} "
          "SOB, {{eponym|Hodgkin's}} in remission. GP Dr [[clinician name|Mulcahy]], "
          "[[address|Main St]], [[address|Ballyvourney]], [[postcode|P12 XK84]]. MRN [[own mrn|H 7731 0920]]."),
    ("c", "Partner [[relative name|Tadhg]] at triage desk, mob [[other phone|087 555 0178]]. "
          "{{vital|RR 24}} {{vital|SpO2 93%}} {{vital|HR 118}}. DOB [[birth date|9th Jan 1955]]."),
    ("c", "Left msg for Ms [[patient name|Ní Bhriain]] at [[own phone|(086) 555-0134]] and by e-mail "
          "[[email|saoirse.nibhriain@example.ie]]; bloods {{drug|D-dimer 0.4}}."),
    ("a", "Ambulance crew (paramedic [[clinician name|Okafor]]) handed over: fall, [[age over 89|aged 94]], "
          "{{vital|BM 5.8}}, {{drug|paracetamol 1g}} given at scene. Seen Friday [[other date|12 July 2024]]."),
)

_MARK = re.compile(r"\[\[([a-z0-9 ]+)\|(.+?)\]\]|\{\{([a-z0-9 ]+)\|(.+?)\}\}")


def parse_marked(marked: str, known: KnownIdentifiers) -> Note:
    """One note from its marked text: ``[[kind|identifier]]`` and ``{{kind|clinical phrase}}``."""
    text, planted, clinical, last, length = [], [], [], 0, 0
    for m in _MARK.finditer(marked):
        text.append(marked[last:m.start()])
        length += m.start() - last
        kind, value = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        (planted if m.group(1) else clinical).append(Planted(kind, length, length + len(value), value))
        text.append(value)
        length += len(value)
        last = m.end()
    text.append(marked[last:])
    return Note("".join(text), known, planted, clinical)


def notes() -> list[Note]:
    return [parse_marked(marked, PATIENTS[who]) for who, marked in NOTES]
