"""Synthetic demo data: one account per role and clearly marked, made-up cases at all five levels.

Nothing here comes from a real patient: names carry a "Demo" prefix, MRNs start with "DEMO-", and the
installation is flagged as a demo so that the login screen may list the demo accounts (and only
then). ``seed`` is idempotent for the accounts and appends ``n_cases`` cases through the store's
bulk path (fast enough for 100,000 benchmark cases).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import TYPE_CHECKING, Callable

from triage.intake import AVPU, ArrivalMode, Intake, Patient, Sex, Vitals
from triage.records import Role
from triage.suggestion import Reason, Suggestion

if TYPE_CHECKING:
    from triage.store import CaseStore

# Shown on the login screen in demo mode only; a demo installation holds no real data.
DEMO_PASSWORD = "demo-triage-2024"


@dataclass(frozen=True)
class DemoAccount:
    username: str
    display_name: str
    role: Role
    password: str = DEMO_PASSWORD


DEMO_ACCOUNTS: tuple[DemoAccount, ...] = (
    DemoAccount("nurse", "Demo Nurse", Role.NURSE),
    DemoAccount("clinician", "Demo Clinician", Role.CLINICIAN),
    DemoAccount("admin", "Demo Administrator", Role.ADMIN),
)


@dataclass(frozen=True)
class Template:
    """A plausible presentation: complaint, level and vital-sign ranges (low, high)."""

    level: int
    complaint: str
    hr: tuple[int, int]
    rr: tuple[int, int]
    sbp: tuple[int, int]
    spo2: tuple[int, int]
    temp: tuple[float, float]
    pain: tuple[int, int]
    avpu: AVPU = AVPU.ALERT
    mode: ArrivalMode = ArrivalMode.WALK_IN
    injury: bool = False


TEMPLATES: tuple[Template, ...] = (
    Template(1, "Collapsed at home, unresponsive, agonal breathing", (30, 45), (4, 8), (60, 75),
             (70, 82), (35.0, 36.2), (0, 0), AVPU.UNRESPONSIVE, ArrivalMode.AMBULANCE),
    Template(1, "Motorbike crash, pale and clammy, abdominal bruising", (130, 150), (30, 38),
             (65, 80), (85, 90), (35.5, 36.4), (8, 10), AVPU.VOICE, ArrivalMode.AMBULANCE, True),
    Template(1, "Severe breathing difficulty, cannot speak, blue lips", (130, 145), (36, 44),
             (90, 110), (72, 82), (36.5, 37.5), (0, 2), AVPU.VOICE, ArrivalMode.AMBULANCE),
    Template(2, "Crushing chest pain radiating to left arm for 40 minutes, sweaty", (95, 115),
             (20, 24), (150, 175), (93, 96), (36.5, 37.2), (8, 9), mode=ArrivalMode.AMBULANCE),
    Template(2, "Sudden severe headache, worst ever, vomiting", (90, 105), (18, 22), (170, 195),
             (96, 99), (36.6, 37.3), (9, 10)),
    Template(2, "Right arm weakness and slurred speech since 30 minutes", (80, 95), (16, 20),
             (165, 190), (95, 98), (36.5, 37.0), (0, 1), mode=ArrivalMode.AMBULANCE),
    Template(2, "Fever, confused, rash that does not fade under pressure", (120, 135), (24, 28),
             (90, 100), (93, 95), (39.2, 40.1), (5, 7), AVPU.VOICE),
    Template(3, "Abdominal pain right lower quadrant since yesterday, vomiting", (95, 108),
             (18, 21), (115, 130), (97, 99), (37.8, 38.4), (6, 7)),
    Template(3, "Productive cough and fever for three days, short of breath on stairs", (98, 110),
             (20, 23), (118, 135), (93, 95), (38.2, 38.9), (3, 4)),
    Template(3, "Fall on outstretched hand, wrist deformity", (85, 100), (16, 19), (125, 145),
             (97, 100), (36.5, 37.1), (7, 8), injury=True),
    Template(3, "Asthma attack, inhaler not helping much", (100, 112), (22, 25), (120, 135),
             (93, 95), (36.6, 37.2), (2, 3)),
    Template(4, "Twisted ankle playing football, can bear weight with pain", (72, 88), (14, 17),
             (120, 135), (98, 100), (36.4, 37.0), (4, 5), injury=True),
    Template(4, "Burning when passing urine for two days", (72, 86), (14, 16), (115, 130),
             (98, 100), (37.0, 37.6), (2, 3)),
    Template(4, "Cut on finger from kitchen knife, bleeding controlled", (70, 85), (14, 16),
             (120, 135), (98, 100), (36.4, 36.9), (3, 4), injury=True),
    Template(4, "Earache and mild fever since yesterday", (80, 92), (15, 18), (110, 125), (98, 100),
             (37.5, 38.0), (4, 5)),
    Template(5, "Needs repeat prescription for blood pressure tablets", (66, 80), (12, 15),
             (125, 140), (97, 100), (36.4, 36.9), (0, 0)),
    Template(5, "Sore throat for two days, eating and drinking normally", (70, 84), (13, 16),
             (110, 125), (98, 100), (36.9, 37.4), (2, 3)),
    Template(5, "Itchy rash on forearm for a week, no fever", (64, 80), (12, 15), (112, 128),
             (98, 100), (36.3, 36.9), (0, 1)),
    Template(5, "Wants dressing changed on healing graze", (66, 82), (12, 15), (115, 130), (98, 100),
             (36.4, 36.9), (1, 2), injury=True),
)

FIRST = ("Alex", "Sam", "Robin", "Jordan", "Kim", "Noor", "Mika", "Lee", "Ari", "Tove", "Jun",
         "Sasha", "Dani", "Remy", "Yuki", "Ola")
LAST = ("Lindqvist", "Okafor", "Moreau", "Schmidt", "Tanaka", "Haddad", "Novak", "Silva", "Berg",
        "Kowalski", "Nguyen", "Rossi", "Ahmed", "Olsen", "Costa", "Ibrahim")
DEMO_REASON = Reason(kind="note", code="demo", title="Demo data: synthetic suggestion",
                     detail="Made-up case for demonstration; not produced by the triage engine.")


@dataclass(frozen=True)
class SeedResult:
    accounts_created: tuple[str, ...]
    case_ids: tuple[int, ...]
    cancelled: bool = False


def template_suggestion(level: int) -> Suggestion:
    """The stand-in suggestion of a demo case: its template's level, labelled as demo data."""
    probabilities = {lv: 0.0 for lv in range(1, 6)}
    probabilities[level] = 0.7
    for nb in (level - 1, level + 1):
        if nb in probabilities:
            probabilities[nb] = 0.15
    total = sum(probabilities.values())
    probabilities = {k: round(v / total, 4) for k, v in probabilities.items()}
    return Suggestion(level=level, confidence=probabilities[level], reasons=(DEMO_REASON,),
                      probabilities=probabilities, model_level=level,
                      versions={"engine": "demo-template"})


def demo_intake(rng: random.Random, index: int, template: Template, arrival: datetime) -> Intake:
    """One synthetic intake from ``template`` with vitals drawn inside its ranges."""
    t = template
    sbp = rng.randint(*t.sbp)
    vitals = Vitals(heart_rate=rng.randint(*t.hr), resp_rate=rng.randint(*t.rr), sbp=sbp,
                    dbp=max(30, int(sbp * rng.uniform(0.55, 0.68))), spo2=rng.randint(*t.spo2),
                    temperature_c=round(rng.uniform(*t.temp), 1), pain=rng.randint(*t.pain),
                    avpu=t.avpu, measured_at=arrival + timedelta(minutes=rng.randint(1, 6)))
    patient = Patient(name=f"Demo {rng.choice(FIRST)} {rng.choice(LAST)}",
                      age_years=rng.randint(18, 92), sex=rng.choice((Sex.FEMALE, Sex.MALE)),
                      mrn=f"DEMO-{index:06d}")
    return Intake(patient=patient, complaint=t.complaint, vitals=vitals, arrival_mode=t.mode,
                  injury=t.injury, arrival_time=arrival)


def demo_cases(n: int, *, seed: int = 0, now: datetime | None = None,
               start_index: int = 1) -> list[Intake]:
    """``n`` intakes; the first five cover levels 1-5, later ones follow a typical ED mix."""
    rng = random.Random(seed + start_index)
    now = now or datetime.now(timezone.utc)
    by_level = {lv: [t for t in TEMPLATES if t.level == lv] for lv in range(1, 6)}
    mix = (1, 2, 2, 3, 3, 3, 3, 4, 4, 4, 5, 5)  # roughly the KTAS distribution of an ED
    span_minutes = max(240, n * 2)
    out = []
    for i in range(n):
        index = start_index + i
        level = (index - 1) % 5 + 1 if index <= 5 else rng.choice(mix)
        arrival = now - timedelta(minutes=rng.uniform(0, span_minutes))
        out.append(demo_intake(rng, index, rng.choice(by_level[level]), arrival))
    return out


def seed(store: CaseStore, n_cases: int, *, suggest: Callable[[Intake], Suggestion] | None = None,
         seed: int = 0, batch: int = 5000,
         progress: Callable[[float, str], None] | None = None,
         cancelled: Callable[[], bool] | None = None) -> SeedResult:
    """Mark ``store`` as a demo, make sure the demo accounts exist, add ``n_cases`` demo cases.

    ``suggest`` (e.g. the engine) gives each case its suggestion; None uses the template's level
    with a reason that says it is demo data. Each batch commits on its own, so a cancel keeps the
    cases saved so far.

    Raises
    ------
    StorageError
        the installation cannot be written.
    """
    progress = progress or (lambda fraction, message: None)
    cancelled = cancelled or (lambda: False)
    store.mark_demo()
    created = tuple(a.username for a in DEMO_ACCOUNTS
                    if store.accounts.provision_demo(a.username, a.display_name, a.password,
                                                     {a.role}))
    level_of = {t.complaint: t.level for t in TEMPLATES}
    ids: list[int] = []
    first_index = store.count_cases() + 1
    for offset in range(0, n_cases, batch):
        if cancelled():
            return SeedResult(created, tuple(ids), cancelled=True)
        size = min(batch, n_cases - offset)
        intakes = demo_cases(size, seed=seed, start_index=first_index + offset)
        items = [(i, suggest(i) if suggest else template_suggestion(level_of[i.complaint]))
                 for i in intakes]
        ids += store.seed_cases(items, demo=True)
        progress((offset + size) / max(n_cases, 1), f"{offset + size:,} of {n_cases:,} demo cases")
    progress(1.0, "demo data ready")
    return SeedResult(created, tuple(ids))
