"""The 5-level acuity scale (KTAS / ESI share its shape): names, colours, target times.

Every other module takes level facts from here so that no magic numbers live elsewhere.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Level:
    number: int
    name: str
    colour: str  # background colour; always shown together with number and name
    text_colour: str
    target_minutes: int  # time to first physician contact


LEVELS: dict[int, Level] = {
    1: Level(1, "Resuscitation", "#1565C0", "#FFFFFF", 0),
    2: Level(2, "Emergent", "#C62828", "#FFFFFF", 10),
    3: Level(3, "Urgent", "#F9A825", "#000000", 30),
    4: Level(4, "Less urgent", "#2E7D32", "#FFFFFF", 60),
    5: Level(5, "Non-urgent", "#ECEFF1", "#000000", 120),
}


def level(number: int) -> Level:
    """Return the Level for 1..5; raises ValueError for anything else."""
    try:
        return LEVELS[int(number)]
    except (KeyError, TypeError, ValueError):
        raise ValueError(f"acuity level must be 1-5, got {number!r}") from None


def label(number: int) -> str:
    """'2 — Emergent': the form shown everywhere (never colour alone)."""
    lv = level(number)
    return f"{lv.number} — {lv.name}"
