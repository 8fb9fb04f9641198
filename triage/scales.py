"""The installation's 5-level triage scale (KTAS or ESI): level names, colours, target times.

Both scales have five levels, 1 the most urgent, so every record stores a number; what the number
is *called*, how fast a physician should see the patient and which colour the badge has depend
on the scale the administrator chose for the installation (stored in the database, see
``triage.store.settings``). Every other module takes level facts from here, so no magic numbers or
names live elsewhere.

The app sets the installation's scale once it has read it (``use``); ``level``, ``label`` and
``LEVELS`` then answer for that scale. A caller that knows which scale it wants (an export of
another installation's data, a test) passes ``scale=`` explicitly.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

KTAS, ESI = "KTAS", "ESI"
DEFAULT_SCALE = KTAS


@dataclass(frozen=True)
class Level:
    number: int
    name: str
    colour: str  # background colour; always shown together with number and name
    text_colour: str
    target_minutes: int  # time to first physician contact


@dataclass(frozen=True)
class Scale:
    """One triage scale: ``code`` ("KTAS" / "ESI"), a title for people, its five levels, and
    where the names and target times come from."""

    code: str
    title: str
    levels: Mapping[int, Level]
    source: str


# KTAS 2016 (adapted from CTAS): English level names of the KTAS manual; targets to physician
# contact immediate / 10 / 30 / 60 / 120 min; the CTAS colours (blue, red, yellow, green, white).
_KTAS = Scale(KTAS, "KTAS — Korean Triage and Acuity Scale", {
    1: Level(1, "Resuscitation", "#1565C0", "#FFFFFF", 0),
    2: Level(2, "Emergency", "#C62828", "#FFFFFF", 10),
    3: Level(3, "Urgency", "#F9A825", "#000000", 30),
    4: Level(4, "Less urgency", "#2E7D32", "#FFFFFF", 60),
    5: Level(5, "Non-urgency", "#ECEFF1", "#000000", 120),
}, "KTAS 2016 manual (level names and target times)")

# ESI v4: names after the handbook's descriptions. ESI sets no time targets beyond "immediate"
# (1) and "should not wait" (2); 3-5 use the US survey's immediacy bands (NHAMCS: emergent
# 1-14 min, urgent 15-60 min, semi-urgent 1-2 h, non-urgent 2-24 h), the upper bound of each, with
# 4 h for level 5. Colours: the red-to-blue convention of US emergency departments.
_ESI = Scale(ESI, "ESI — Emergency Severity Index (v4)", {
    1: Level(1, "Resuscitation", "#C62828", "#FFFFFF", 0),
    2: Level(2, "Emergent", "#EF6C00", "#000000", 14),
    3: Level(3, "Urgent", "#F9A825", "#000000", 60),
    4: Level(4, "Less urgent", "#2E7D32", "#FFFFFF", 120),
    5: Level(5, "Non-urgent", "#1565C0", "#FFFFFF", 240),
}, "ESI v4 Implementation Handbook (2012); NHAMCS immediacy bands for the target times")

SCALES: dict[str, Scale] = {KTAS: _KTAS, ESI: _ESI}

_active = DEFAULT_SCALE
_lock = threading.Lock()


def get(code: str | None = None) -> Scale:
    """The scale named ``code`` ("KTAS"/"ESI", any case); None → the installation's active one.

    Raises ValueError naming the known scales for anything else."""
    if code is None:
        return SCALES[_active]
    key = str(code).strip().upper()
    if key not in SCALES:
        raise ValueError(f"triage scale must be one of {', '.join(SCALES)}, got {code!r}")
    return SCALES[key]


def use(code: str) -> Scale:
    """Make ``code`` the scale every ``level``/``label``/``LEVELS`` answers for (the app calls
    this after reading the installation's setting, and when the administrator changes it).
    Raises ValueError for an unknown scale and then changes nothing."""
    global _active
    chosen = get(code)
    with _lock:
        _active = chosen.code
    return chosen


def active() -> Scale:
    """The scale the installation uses now."""
    return SCALES[_active]


def level(number: int, scale: str | None = None) -> Level:
    """Return the Level for 1..5 on ``scale`` (default: the active one); raises ValueError for
    anything else."""
    levels = get(scale).levels
    try:
        return levels[int(number)]
    except (KeyError, TypeError, ValueError):
        raise ValueError(f"acuity level must be 1-5, got {number!r}") from None


def label(number: int, scale: str | None = None) -> str:
    """'2 — Emergency': the form shown everywhere (never colour alone)."""
    lv = level(number, scale)
    return f"{lv.number} — {lv.name}"


class _ActiveLevels(Mapping[int, Level]):
    """``LEVELS[n]`` of whichever scale is active: the numbers 1-5 never change, the names,
    colours and targets follow the installation's scale."""

    def __getitem__(self, number: int) -> Level:
        return active().levels[number]

    def __iter__(self) -> Iterator[int]:
        return iter(active().levels)

    def __len__(self) -> int:
        return len(active().levels)

    def __repr__(self) -> str:
        return f"LEVELS({_active}: {dict(active().levels)!r})"


LEVELS: Mapping[int, Level] = _ActiveLevels()
