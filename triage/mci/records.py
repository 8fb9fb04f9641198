"""What the store hands back in mass-casualty mode: an incident and its tags, as plain values."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Mapping

from triage.mci.algorithms import COLOURS, URGENCY_ORDER

TAG_EVENTS = ("tag", "retag", "override", "disposition")


@dataclass(frozen=True)
class Incident:
    id: int
    name: str
    place: str
    declared_at: datetime  # the incident's time as declared (may precede the record)
    declared_by: str
    ended_at: datetime | None = None
    ended_by: str = ""

    @property
    def is_open(self) -> bool:
        return self.ended_at is None


@dataclass(frozen=True)
class MciTag:
    """One version of one patient's tag. Every tag, re-tag, override and disposition is a new
    version (the table is append-only), so the history of a yellow who turned red is kept.

    category: the category in force (the override's when there is one); computed_category: what
    the algorithm gave from ``answers``.
    """

    id: int
    incident_id: int
    tag_number: str
    version: int
    event: str  # tag / retag / override / disposition
    method: str
    answers: Mapping[str, Any]
    computed_category: str
    category: str
    reasons: tuple[str, ...]
    written_by: str
    written_at: datetime
    first_tagged_at: datetime
    override_reason: str = ""
    sex: str = ""
    age_years: float | None = None
    area: str = ""
    moved_to: str = ""
    notes: str = ""
    photo_sha256: str = ""
    missing: tuple[str, ...] = field(default_factory=tuple)

    @property
    def colour(self) -> str:
        return COLOURS[self.category]

    @property
    def overridden(self) -> bool:
        return self.category != self.computed_category

    @property
    def sort_key(self) -> tuple:
        return (URGENCY_ORDER[self.category], self.first_tagged_at, self.tag_number)

    def to_dict(self) -> dict[str, Any]:
        return {"tag_number": self.tag_number, "version": self.version, "event": self.event,
                "method": self.method, "category": self.category, "colour": self.colour,
                "computed_category": self.computed_category, "override_reason": self.override_reason,
                "reasons": list(self.reasons), "missing": list(self.missing),
                "answers": dict(self.answers), "sex": self.sex, "age_years": self.age_years,
                "area": self.area, "moved_to": self.moved_to, "notes": self.notes,
                "photo_sha256": self.photo_sha256, "written_by": self.written_by,
                "written_at": self.written_at.isoformat(),
                "first_tagged_at": self.first_tagged_at.isoformat()}


def answers_json(answers: Mapping[str, Any]) -> str:
    return json.dumps(dict(answers), sort_keys=True, separators=(",", ":"))
