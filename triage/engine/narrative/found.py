"""What the narrative reader returns: each value with its unit and the words it came from.

A value is only ever read from words that are written in the note (``span`` points at them), so
the form can show its source and the nurse can check it. Two different values for one field are
kept side by side as a conflict instead of one being picked.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Mapping

# The intake's field names, in the order the form and the JSON list them.
FIELDS = ("age_years", "sex", "heart_rate", "resp_rate", "sbp", "dbp", "temperature_c", "spo2",
          "on_oxygen", "pain", "avpu", "gcs", "arrival", "injury", "onset", "pregnant")
# Fields that are measurements or demographics: their words can be cut from the complaint text
# without losing anything the complaint rules read (mechanism, onset and consciousness words stay).
VITAL_FIELDS = frozenset({"age_years", "sex", "heart_rate", "resp_rate", "sbp", "dbp",
                          "temperature_c", "spo2", "on_oxygen", "pain", "gcs"})

Value = int | float | str | bool


@dataclass(frozen=True)
class Found:
    """One value read from the note.

    ``value`` is in the intake's unit (°C, years, /min, %); ``unit`` is the unit as written or
    inferred ("°F", "months", "bpm" …); ``span`` is ``(start, end)`` in the note's characters.
    """

    field: str
    value: Value
    unit: str
    span: tuple[int, int]
    source: str = ""  # the words at ``span``

    def to_dict(self) -> dict[str, Any]:
        return {"value": self.value, "unit": self.unit, "span": [self.span[0], self.span[1]]}


@dataclass(frozen=True)
class Extracted:
    """Everything read from one note.

    fields: one value per field where the note is unambiguous. conflicts: fields the note gives
    two or more different values for (each reading kept, none chosen). text: the note itself.
    """

    text: str
    fields: Mapping[str, Found] = field(default_factory=dict)
    conflicts: Mapping[str, tuple[Found, ...]] = field(default_factory=dict)
    readings: tuple[Found, ...] = ()  # every reading kept, repeats included (for the spans)

    def get(self, name: str) -> Value | None:
        found = self.fields.get(name)
        return None if found is None else found.value

    def to_dict(self) -> dict[str, dict[str, Any]]:
        """``{field: {"value", "unit", "span"}}`` for the fields read without conflict."""
        return {name: self.fields[name].to_dict() for name in FIELDS if name in self.fields}

    def conflicts_dict(self) -> dict[str, list[dict[str, Any]]]:
        return {name: [f.to_dict() for f in self.conflicts[name]]
                for name in FIELDS if name in self.conflicts}

    def spans(self, names: frozenset[str] | None = None) -> list[tuple[int, int]]:
        """Character spans of every reading (repeats and conflicts included) of the fields in
        ``names`` (all when None)."""
        readings = self.readings or (*self.fields.values(),
                                     *(f for group in self.conflicts.values() for f in group))
        return sorted({f.span for f in readings if names is None or f.field in names})
