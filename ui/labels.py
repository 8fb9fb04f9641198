"""Display strings shared by several screens (one wording for the same thing everywhere).

The dictionaries hold the English source text, marked with QT_TRANSLATE_NOOP so that
``pyside6-lupdate`` extracts it; ``label()`` / ``level_name()`` / ``field_label()`` translate at
use time (a module-level dictionary is built before any translator is installed).

Item data in combo boxes is never None (a PySide6 reference-count bug), hence "" for "not given".
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from triage import scales
from triage.intake import FIELD_LABELS, ArrivalMode, Sex
from triage.records import Role

from ui.i18n import LANGUAGE_NAMES

CONTEXT = "Labels"
ROLE_TITLES = {Role.NURSE: QT_TRANSLATE_NOOP("UsersPage", "Nurse"),
               Role.CLINICIAN: QT_TRANSLATE_NOOP("UsersPage", "Clinician"),
               Role.ADMIN: QT_TRANSLATE_NOOP("UsersPage", "Administrator")}
DESK_DEFAULT = QT_TRANSLATE_NOOP("Labels", "Desk default")  # an account without its own language


def role_title(role: Role) -> str:
    """'Nurse' / 'Clinician' / 'Administrator' in the interface language."""
    return QCoreApplication.translate("UsersPage", ROLE_TITLES[role])


def language_label(code: str) -> str:
    """An account's language choice: the language by its own name (English, 한국어), or "Desk
    default" in the interface language for "" (the start option, else the system locale)."""
    return LANGUAGE_NAMES.get(code) or QCoreApplication.translate("Labels", DESK_DEFAULT)

LEVEL_CONTEXT = "Level"
FIELD_CONTEXT = "Field"

ARRIVAL_LABELS = {
    ArrivalMode.UNKNOWN: "—", ArrivalMode.WALK_IN: QT_TRANSLATE_NOOP("Labels", "Walk-in"),
    ArrivalMode.PRIVATE_VEHICLE: QT_TRANSLATE_NOOP("Labels", "Private vehicle"),
    ArrivalMode.AMBULANCE: QT_TRANSLATE_NOOP("Labels", "Ambulance"),
    ArrivalMode.HELICOPTER: QT_TRANSLATE_NOOP("Labels", "Helicopter"),
    ArrivalMode.OTHER: QT_TRANSLATE_NOOP("Labels", "Other"),
}
SEX_LABELS = {Sex.UNKNOWN: "—", Sex.FEMALE: QT_TRANSLATE_NOOP("Labels", "Female"),
              Sex.MALE: QT_TRANSLATE_NOOP("Labels", "Male"), Sex.OTHER: QT_TRANSLATE_NOOP("Labels", "Other")}
AVPU_LABELS = {"": "—", "A": QT_TRANSLATE_NOOP("Labels", "A — alert"),
               "V": QT_TRANSLATE_NOOP("Labels", "V — responds to voice"),
               "P": QT_TRANSLATE_NOOP("Labels", "P — responds to pain"),
               "U": QT_TRANSLATE_NOOP("Labels", "U — unresponsive")}
INJURY_LABELS = {"": "—", "no": QT_TRANSLATE_NOOP("Labels", "No"), "yes": QT_TRANSLATE_NOOP("Labels", "Yes")}
# Oxygen is a three-way answer: "not recorded" must not read as "room air".
OXYGEN_NOT_RECORDED, OXYGEN_ROOM_AIR, OXYGEN_ON = "", "air", "o2"
OXYGEN_LABELS = {OXYGEN_NOT_RECORDED: QT_TRANSLATE_NOOP("Labels", "— not recorded"),
                 OXYGEN_ROOM_AIR: QT_TRANSLATE_NOOP("Labels", "Room air"),
                 OXYGEN_ON: QT_TRANSLATE_NOOP("Labels", "On oxygen")}

# The level names of every scale (triage/scales.py, which never imports Qt): extracted from here.
LEVEL_NAMES = (
    QT_TRANSLATE_NOOP("Level", "Resuscitation"), QT_TRANSLATE_NOOP("Level", "Emergency"),
    QT_TRANSLATE_NOOP("Level", "Urgency"), QT_TRANSLATE_NOOP("Level", "Less urgency"),
    QT_TRANSLATE_NOOP("Level", "Non-urgency"), QT_TRANSLATE_NOOP("Level", "Emergent"),
    QT_TRANSLATE_NOOP("Level", "Urgent"), QT_TRANSLATE_NOOP("Level", "Less urgent"),
    QT_TRANSLATE_NOOP("Level", "Non-urgent"),
)
# The intake's field labels (triage.intake.FIELD_LABELS), for the screens that name a field.
FIELD_NAMES = (
    QT_TRANSLATE_NOOP("Field", "Heart rate"), QT_TRANSLATE_NOOP("Field", "Respiratory rate"),
    QT_TRANSLATE_NOOP("Field", "Systolic BP"), QT_TRANSLATE_NOOP("Field", "Diastolic BP"),
    QT_TRANSLATE_NOOP("Field", "SpO2"), QT_TRANSLATE_NOOP("Field", "Temperature"),
    QT_TRANSLATE_NOOP("Field", "Pain (NRS)"), QT_TRANSLATE_NOOP("Field", "GCS"),
    QT_TRANSLATE_NOOP("Field", "Oxygen flow"), QT_TRANSLATE_NOOP("Field", "Age"),
    QT_TRANSLATE_NOOP("Field", "Date of birth"), QT_TRANSLATE_NOOP("Field", "Complaint"),
    QT_TRANSLATE_NOOP("Field", "Sex"), QT_TRANSLATE_NOOP("Field", "Consciousness (AVPU)"),
    QT_TRANSLATE_NOOP("Field", "Arrival mode"), QT_TRANSLATE_NOOP("Field", "Patient name"),
    QT_TRANSLATE_NOOP("Field", "Note"),
)


def label(text: str) -> str:
    """One of this module's dictionary values in the interface language."""
    return QCoreApplication.translate(CONTEXT, text)


def translated(labels: dict) -> dict:
    """A copy of one of the dictionaries above with its values in the interface language."""
    return {key: label(text) for key, text in labels.items()}


def field_label(name: str, *, mid_sentence: bool = False) -> str:
    """The label of intake field ``name`` ('heart_rate' → 'Heart rate') in the interface language;
    ``mid_sentence``: an untranslated label lower-cased ('without the marked field (heart rate)')."""
    source = FIELD_LABELS.get(name, name.replace("_", " "))
    text = QCoreApplication.translate(FIELD_CONTEXT, source)
    if mid_sentence and text == source and not source[:2].isupper():
        return text.lower()
    return text


def level_name(number: int, scale: str | None = None, *, translate=QCoreApplication.translate) -> str:
    """'Emergency' (KTAS 2) in the interface language: 긴급 in Korean."""
    return translate(LEVEL_CONTEXT, scales.level(number, scale).name)


def level_label(number: int, scale: str | None = None, *, translate=QCoreApplication.translate) -> str:
    """'2 — Emergency': scales.label in the interface language (never colour alone)."""
    return f"{scales.level(number, scale).number} — {level_name(number, scale, translate=translate)}"


def oxygen_text(on_oxygen: bool | None, flow: float | None = None) -> str:
    """How a recorded oxygen state reads in a table or a report."""
    if on_oxygen is None:
        return ""
    if not on_oxygen:
        return QCoreApplication.translate(CONTEXT, "room air")
    return f"O2 {flow:g} L/min" if flow is not None else "O2"


def level_text(level: int | None) -> str:
    """'2 — Emergent', or '—' for no level."""
    return "—" if level is None else level_label(level)


def counted(text: str, n: int) -> str:
    """A ``tr("%n visit(s)", "", n)`` result in plain English when no translator replaced it:
    '1 visit', '3 visits' (the English source is its own translation; Korean has one form)."""
    if "(s)" not in text:
        return text
    return text.replace("(s)", "" if abs(n) == 1 else "s")


# How a case's arrival reads mid-sentence ("… · private vehicle · injury · …"): the mode's own words.
ARRIVAL_WORDS = {
    ArrivalMode.WALK_IN: QT_TRANSLATE_NOOP("Labels", "walk in"),
    ArrivalMode.PRIVATE_VEHICLE: QT_TRANSLATE_NOOP("Labels", "private vehicle"),
    ArrivalMode.AMBULANCE: QT_TRANSLATE_NOOP("Labels", "ambulance"),
    ArrivalMode.HELICOPTER: QT_TRANSLATE_NOOP("Labels", "helicopter"),
    ArrivalMode.OTHER: QT_TRANSLATE_NOOP("Labels", "other"),
    ArrivalMode.UNKNOWN: QT_TRANSLATE_NOOP("Labels", "unknown"),
}


def arrival_text(mode: ArrivalMode) -> str:
    """'private vehicle' (English: the mode's own words) in the interface language."""
    return label(ARRIVAL_WORDS.get(mode, mode.value.replace("_", " ")))
