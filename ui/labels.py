"""Display strings shared by several screens (one wording for the same thing everywhere).

Item data in combo boxes is never None (a PySide6 reference-count bug), hence "" for "not given".
"""

from __future__ import annotations

from triage import scales
from triage.intake import ArrivalMode, Sex

ARRIVAL_LABELS = {
    ArrivalMode.UNKNOWN: "—", ArrivalMode.WALK_IN: "Walk-in",
    ArrivalMode.PRIVATE_VEHICLE: "Private vehicle", ArrivalMode.AMBULANCE: "Ambulance",
    ArrivalMode.HELICOPTER: "Helicopter", ArrivalMode.OTHER: "Other",
}
SEX_LABELS = {Sex.UNKNOWN: "—", Sex.FEMALE: "Female", Sex.MALE: "Male", Sex.OTHER: "Other"}
AVPU_LABELS = {"": "—", "A": "A — alert", "V": "V — responds to voice", "P": "P — responds to pain",
               "U": "U — unresponsive"}
INJURY_LABELS = {"": "—", "no": "No", "yes": "Yes"}
# Oxygen is a three-way answer: "not recorded" must not read as "room air".
OXYGEN_NOT_RECORDED, OXYGEN_ROOM_AIR, OXYGEN_ON = "", "air", "o2"
OXYGEN_LABELS = {OXYGEN_NOT_RECORDED: "— not recorded", OXYGEN_ROOM_AIR: "Room air",
                 OXYGEN_ON: "On oxygen"}


def oxygen_text(on_oxygen: bool | None, flow: float | None = None) -> str:
    """How a recorded oxygen state reads in a table or a report."""
    if on_oxygen is None:
        return ""
    if not on_oxygen:
        return "room air"
    return f"O2 {flow:g} L/min" if flow is not None else "O2"


def level_text(level: int | None) -> str:
    """'2 — Emergent', or '—' for no level."""
    return "—" if level is None else scales.label(level)
