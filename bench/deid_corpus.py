"""A generated corpus of triage notes with planted identifiers, for measuring free-text de-identification.

Deterministic (``random.Random(seed)``), fake names only (combined from hand-made lists, none a
real person's). Each note is built from sentence templates; every planted identifier and every
clinical phrase that must survive is recorded with its offsets, so the benchmark can tell exactly
which characters the scrubber removed. Used by ``bench/bench_deid.py``; nothing is written to disk.
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass, field
from datetime import date, timedelta

from triage.deid_text import KnownIdentifiers

FIRST = ("Johanna", "José", "Zoë", "Chloé", "Renée", "Björn", "Søren", "Łukasz", "Ana-María", "François",
         "Inés", "Mårten", "Jürgen", "Siobhán", "Aoife", "Dmitri", "Oluwaseun", "Thandiwe", "Mei-Ling",
         "Priyanka", "Kwabena", "Ingrid", "Tomasz", "Niamh", "Rafael", "Yusuf", "Hélène", "Gráinne",
         "Marisol", "Anneliese", "Bartholomew", "Cosima", "Evander", "Fenella", "Gideon", "Hortense",
         "Isidore", "Jocasta", "Leopold", "Mirabel", "Oisín", "Perpetua", "Quentin", "Rosalind", "Séverine",
         "Tancredi", "Ulrika", "Vesna", "Wilhelmina", "Xiomara", "Ysolde", "Zebedee", "Agnieszka", "Dervla")
LAST = ("Smithfield", "Dubois-Lefèvre", "Okonkwo", "Nørgaard", "Wiśniewski", "García-Márquez", "O'Flaherty",
        "McAllister", "van der Berg", "Quist", "Haldórsson", "Brennan-Whitlock", "Achterberg", "Castellanos",
        "Delacroix", "Eriksdóttir", "Fairweather", "Gallagher", "Hargreaves", "Ishikawa", "Jablonski",
        "Kowalczyk", "Lindqvist", "Marchetti", "Nakamura", "Ó Súilleabháin", "Pemberton", "Quintero",
        "Rasmussen", "Szabó", "Thistlewood", "Underhill", "Villanueva", "Wójcik", "Yardley", "Zelenka",
        "Abernathy", "Blackwood", "Coutinho", "Dunleavy", "Étienne", "Featherstone", "Grünewald",
        "Holloway-Price", "Iversen", "Jovanović", "Kettleborough", "Larkspur", "Moreau", "Nightingale-Ross")
STREETS = ("Larkspur", "Millbrook", "Hawthorn", "Kingfisher", "Old Quarry", "Saint Aldhelm", "Foxglove",
           "Brackenridge", "Cobbler's", "Wren", "Tanners", "Juniper Hill", "Alder", "Cresswell")
STREET_TYPES = ("Lane", "Road", "Street", "Avenue", "Close", "Drive", "Crescent", "Way", "Court", "Terrace",
                "St", "Rd", "Ave")
TOWNS = ("Hollowbrook", "Ashcombe", "Little Wendle", "Marshfield-on-Tay", "Kestrel Bay", "Upper Stowe",
         "Brambleton", "Fenwick")
RELATIONS = ("daughter", "son", "wife", "husband", "partner", "mother", "father", "sister", "brother",
             "neighbour", "grandson", "granddaughter", "carer", "friend", "niece")
DOMAINS = ("example.org", "mail.example.com", "example.net", "post.example.co.uk")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")

# Clinical phrases that must come out unchanged (the false-positive check), by kind.
CLINICAL = {
    "eponym": ("known Parkinson's disease", "Bell's palsy on the left", "Addison's disease on hydrocortisone",
               "Crohn's flare", "Down syndrome", "Cushing's syndrome", "Alzheimer's dementia",
               "Graves' disease", "Hodgkin lymphoma in remission", "Raynaud's phenomenon",
               "Guillain-Barré syndrome last year", "Kawasaki disease as a child", "Wernicke's encephalopathy",
               "positive Murphy's sign", "Colles fracture", "Parkinson", "Addison", "Crohn"),
    "drug": ("on amlodipine 5 mg", "took paracetamol 1 g", "warfarin, INR 3.2", "apixaban 5 mg BD",
             "metformin 500 mg", "salbutamol nebs given", "Augmentin started", "morphine 2.5 mg IV",
             "ondansetron 4 mg", "levothyroxine 100 micrograms", "Co-codamol 30/500", "Lisinopril"),
    "vital": ("BP 120/80", "SpO2 94%", "HR 110", "RR 22", "T 38.5", "GCS 15", "pain 7/10", "BM 6.2",
              "SpO2 88% on air", "NEWS2 5", "temp 37.9C", "BP 85/50"),
    "duration": ("2 hours", "for 3 days", "since yesterday", "10 minutes", "for 2 weeks", "48 hours",
                 "6/52", "since this morning"),
    "age under 90": ("67-year-old", "aged 45", "34 yo", "89-year-old"),
    "department": ("referred to Cardiology", "discussed with ED registrar", "seen by GP last week",
                   "ICU outreach aware", "brought in by ambulance"),
}


@dataclass(frozen=True)
class Planted:
    category: str
    start: int
    end: int
    value: str


@dataclass
class Note:
    text: str
    known: KnownIdentifiers
    planted: list[Planted] = field(default_factory=list)
    clinical: list[Planted] = field(default_factory=list)


@dataclass(frozen=True)
class _Patient:
    first: str
    last: str
    mrn: str
    phone: str
    birth: date
    age: int


def _nfd(s: str) -> str:
    return unicodedata.normalize("NFD", s)


def _strip_accents(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))


def _ordinal(n: int) -> str:
    return f"{n}{'th' if 11 <= n % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def date_formats(d: date) -> list[str]:
    m = MONTHS[d.month - 1]
    return [f"{_ordinal(d.day)} {m} {d.year}", f"{m} {_ordinal(d.day)}, {d.year}", f"{d.day}-{m[:3]}-{d.year}",
            f"{d:%d/%m/%Y}", d.isoformat(), f"{d.day} {m} {d.year}", f"{m} {d.day}, {d.year}",
            f"{d:%m/%d/%Y}", f"{d:%d.%m.%y}", f"{_ordinal(d.day)} of {m}, {d.year}", f"{d:%d-%m-%Y}",
            f"{m[:3]} {d.day} {d.year}", f"{d:%Y%m%d}", f"{d:%Y/%m/%d}", f"{d.day} {m[:3]}. {d.year}"]


def phone_formats(rng: random.Random) -> list[str]:
    a, b, c = rng.randint(201, 989), rng.randint(200, 989), rng.randint(1000, 9999)
    uk = rng.randint(100000, 999999)
    return [f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"+1 {a} {b} {c}", f"{a}.{b}.{c}", f"+44 7700 {uk}",
            f"07700 {uk}", f"+1-{a}-{b}-{c}", f"{a}{b}{c}", f"+33 6 {rng.randint(10, 99)} {rng.randint(10, 99)} "
            f"{rng.randint(10, 99)} {rng.randint(10, 99)}", f"020 7946 {rng.randint(1000, 9999)}", f"{a} - {b} - {c}",
            f"+1 ({a}) {b} {c}", f"0 7700 / {uk}"]


class _Builder:
    def __init__(self, known: KnownIdentifiers):
        self.parts: list[str] = []
        self.length = 0
        self.note = Note("", known)

    def text(self, s: str) -> None:
        self.parts.append(s)
        self.length += len(s)

    def plant(self, category: str, value: str, clinical: bool = False) -> None:
        p = Planted(category, self.length, self.length + len(value), value)
        (self.note.clinical if clinical else self.note.planted).append(p)
        self.text(value)

    def done(self) -> Note:
        self.note.text = "".join(self.parts)
        return self.note


def _patient(rng: random.Random) -> _Patient:
    birth = date(1925, 1, 1) + timedelta(days=rng.randint(0, 365 * 95))
    return _Patient(rng.choice(FIRST), rng.choice(LAST), f"MRN{rng.randint(1000000, 9999999)}",
                    rng.choice(phone_formats(rng)), birth, 2024 - birth.year)


def _name_variant(rng: random.Random, p: _Patient) -> str:
    full = f"{p.first} {p.last}"
    return rng.choice((full, p.first, p.last, full.upper(), _nfd(full), _strip_accents(full), _nfd(p.last),
                       _strip_accents(p.first), p.last.split("-")[-1], p.last.lower(), f"{p.first[0]}. {p.last}",
                       _strip_accents(p.last).upper()))


def _clinical(rng: random.Random, b: _Builder) -> None:
    kind = rng.choice(sorted(CLINICAL))
    b.text(rng.choice(("Hx: ", "Background ", "Noted ", "Obs ", "")))
    b.plant(kind, rng.choice(CLINICAL[kind]), clinical=True)
    b.text(". ")


def _sentence(rng: random.Random, b: _Builder, p: _Patient, kind: str) -> None:
    other = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    if kind == "patient name":
        # A title or a possessive "'s" around the name may stay; the name itself may not.
        b.text(rng.choice(("Pt ", "", "Seen: ", "Patient ", "Mrs ", "Mr ", "Pt Ms ")))
        b.plant(kind, _name_variant(rng, p))
        b.text(rng.choice((" fell at home. ", " c/o chest pain. ", " says she slipped. ", " is anxious. ",
                           "'s daughter called. ")))
    elif kind == "relative name":
        rel = rng.choice(RELATIONS)
        pattern = rng.randrange(5)
        name = rng.choice((other, other.split()[0], _nfd(other), other.split()[-1] if " " in other else other))
        if pattern == 0:
            b.text(f"{rel.capitalize()} ")
            b.plant(kind, name)
            b.text(" at bedside. ")
        elif pattern == 1:
            b.text(f"Brought in by {rel}, ")
            b.plant(kind, name)
            b.text(". ")
        elif pattern == 2:
            b.plant(kind, name)
            b.text(f" ({rel}) will bring medication list. ")
        elif pattern == 3:
            b.text("NOK: ")
            b.plant(kind, name)
            b.text(f", {rel}. ")
        else:
            b.text(f"Her {rel} ")
            b.plant(kind, name)
            b.text(" called the ambulance. ")
    elif kind == "clinician name":
        last = rng.choice(LAST)
        value = rng.choice((f"Dr {last}", f"Dr. {rng.choice(FIRST)} {last}", f"Doctor {last}", f"Dr {_nfd(last)}",
                            f"Prof {last}", f"Nurse {rng.choice(FIRST)}"))
        b.text(rng.choice(("Discussed with ", "Seen by ", "Reviewed by ", "GP is ", "Plan agreed with ")))
        # Only the name is an identifier; the title may stay.
        title, _, name = value.partition(" ")
        b.text(title + " ")
        b.plant(kind, name)
        b.text(". ")
    elif kind == "address":
        street = f"{rng.randint(1, 240)} {rng.choice(STREETS)} {rng.choice(STREET_TYPES)}"
        value = rng.choice((street, f"{street}, {rng.choice(TOWNS)}", f"Flat {rng.randint(1, 30)}, {street}"))
        b.text(rng.choice(("Lives at ", "Address: ", "Found outside ", "Home: ")))
        b.plant(kind, value)
        b.text(". ")
    elif kind == "postcode":
        value = rng.choice((f"{rng.choice(('BS', 'SW', 'M', 'LS', 'EH'))}{rng.randint(1, 20)} {rng.randint(1, 9)}"
                            f"{rng.choice('ABDEFGHJ')}{rng.choice('LNPQRSTUW')}",
                            f"{rng.randint(10000, 99999)}", f"{rng.randint(10000, 99999)}-{rng.randint(1000, 9999)}",
                            f"K{rng.randint(1, 9)}A {rng.randint(1, 9)}B{rng.randint(1, 9)}"))
        b.text(rng.choice((f"Lives in {rng.choice(TOWNS)}, postcode ", "Home postcode ", "Zip ",
                           f"{rng.randint(1, 99)} {rng.choice(STREETS)} Road, ")))
        b.plant(kind, value)
        b.text(". ")
    elif kind == "own phone":
        b.text(rng.choice(("Contact ", "Mobile ", "Call back on ", "Tel: ")))
        digits = "".join(c for c in p.phone if c.isdigit())
        b.plant(kind, rng.choice((p.phone, digits, p.phone.replace(" ", "-"))))
        b.text(". ")
    elif kind == "other phone":
        b.text(rng.choice(("Daughter's number ", "GP surgery ", "Care home on ", "NOK tel ")))
        b.plant(kind, rng.choice(phone_formats(rng)))
        b.text(". ")
    elif kind == "email":
        local = rng.choice((f"{p.first}.{p.last}", f"{other.split()[0]}{rng.randint(1, 99)}",
                            f"{p.last}.family", _strip_accents(f"{p.first}.{p.last}"))).replace(" ", "").lower()
        b.text(rng.choice(("Email ", "Results to ", "Contact: ")))
        b.plant(kind, f"{local}@{rng.choice(DOMAINS)}")
        b.text(". ")
    elif kind == "url":
        b.text(rng.choice(("Photos uploaded to ", "See ", "Fundraiser at ")))
        b.plant(kind, rng.choice((f"https://www.example.org/{p.last.split()[0].lower()}-family",
                                  f"http://photos.example.net/u/{rng.randint(1000, 99999)}",
                                  f"www.example.com/profile?id={rng.randint(100, 9999)}")))
        b.text(" per family. ")
    elif kind == "ip":
        b.text(rng.choice(("Telemetry from ", "Home monitor IP ", "Device at ")))
        b.plant(kind, rng.choice((f"{rng.randint(10, 223)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}."
                                  f"{rng.randint(1, 254)}", f"2001:db8:{rng.randint(1, 9999):x}::{rng.randint(1, 99)}")))
        b.text(". ")
    elif kind == "birth date":
        b.text(rng.choice(("DOB ", "Born ", "D.O.B.: ", "date of birth ")))
        b.plant(kind, rng.choice(date_formats(p.birth)))
        b.text(". ")
    elif kind == "other date":
        d = date(2018, 1, 1) + timedelta(days=rng.randint(0, 2500))
        b.text(rng.choice(("Last admission ", "Fell on ", "Seen in clinic ", "Surgery ")))
        b.plant(kind, rng.choice(date_formats(d)))
        b.text(". ")
    elif kind == "age over 89":
        age = rng.randint(90, 104)
        b.plant(kind, rng.choice((f"{age}-year-old", f"{age} year old", f"aged {age}", f"{age} yo", f"{age}yo",
                                  f"age {age}", f"{age} y/o")))
        b.text(rng.choice((" lady, lives alone. ", " with falls. ", " gentleman. ")))
    elif kind == "own mrn":
        # The label ("MRN ") may stay; the number may not.
        b.text(rng.choice(("Ref ", "Hospital no. ", "", "MRN: ", "MRN ", "mrn#")))
        b.plant(kind, rng.choice((p.mrn, p.mrn[3:], p.mrn.lower(), f"{p.mrn[3:6]} {p.mrn[6:]}")))
        b.text(". ")
    elif kind == "record number":
        b.text(rng.choice(("NHS ", "SSN ", "Case #", "Insurance policy ", "Medicare ")))
        b.plant(kind, rng.choice((f"{rng.randint(100, 999)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}",
                                  f"{rng.randint(100, 899)}-{rng.randint(10, 99)}-{rng.randint(1000, 9999)}",
                                  f"{rng.randint(10000, 999999)}", f"AB{rng.randint(100000, 999999)}C",
                                  f"1EG4-TE5-MK{rng.randint(10, 99)}")))
        b.text(". ")


KINDS = ("patient name", "relative name", "clinician name", "address", "postcode", "own phone", "other phone",
         "email", "url", "ip", "birth date", "other date", "age over 89", "own mrn", "record number")
# Draw weights: the patient's own values and names a little more often than the rest.
WEIGHTS = (3, 2, 2, 1, 1, 2, 1, 1, 1, 1, 2, 1, 1, 2, 1)


def generate(seed: int = 11, notes: int = 250) -> list[Note]:
    """``notes`` notes, each with 1-4 planted identifiers and 1-3 clinical phrases that must survive."""
    rng = random.Random(seed)
    out = []
    for _ in range(notes):
        p = _patient(rng)
        known = KnownIdentifiers(names=(f"{p.first} {p.last}",), numbers=(p.mrn,), phones=(p.phone,),
                                 dates=(p.birth,))
        b = _Builder(known)
        items = rng.choices(KINDS, WEIGHTS, k=rng.randint(1, 4)) + ["clinical"] * rng.randint(1, 3)
        rng.shuffle(items)
        for kind in items:
            if kind == "clinical":
                _clinical(rng, b)
            else:
                _sentence(rng, b, p, kind)
        out.append(b.done())
    return out
