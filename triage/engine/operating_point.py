"""Where an installation draws its line between "seen now" (level 1-2) and the queue (3-5).

Sick patients look the same everywhere; what differs between emergency departments is where each
draws the 2/3 line (one calls 12 % of its visits 1-2, another 29 %). So the engine keeps two things
apart: a portable *ranking* learned from outcomes (P(critical), P(admission)) and the *line*, an
``OperatingPoint`` that ships with a default chosen on hospital-grouped cross-validation and that a
site can replace with its own, fitted on its own past visits (``main.py calibrate``) and stored,
audited, in its database.

This module holds only the value types and the one pure function that turns a case's signals into
a level under an operating point, so that calibration can sweep thresholds over thousands of rows
without running the engine again, and gets exactly the level the engine would give.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Mapping


@dataclass(frozen=True)
class OperatingPoint:
    """One scale's line.

    critical_threshold: a case whose P(critical) is at or above it is put at level 1-2.
    source: "shipped" (the default chosen on grouped CV) or "site" (fitted by ``calibrate``).
    version: the shipped model's version, or the site calibration's own version string.
    level_shift: an optional site intercept added to the level head's log-odds of level 1-2.
    provenance: where it came from (rows, sha256 of the file, date, expected figures, curve).
    """

    scale: str
    critical_threshold: float
    source: str = "shipped"
    version: str = ""
    level_shift: float = 0.0
    provenance: Mapping[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {"scale": self.scale, "critical_threshold": self.critical_threshold,
                "source": self.source, "version": self.version, "level_shift": self.level_shift,
                "provenance": dict(self.provenance)}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> "OperatingPoint":
        return cls(scale=str(d["scale"]), critical_threshold=float(d["critical_threshold"]),
                   source=str(d.get("source", "site")), version=str(d.get("version", "")),
                   level_shift=float(d.get("level_shift", 0.0)),
                   provenance=dict(d.get("provenance") or {}))


@dataclass(frozen=True)
class CaseSignals:
    """What the engine knows of one case before it draws the line.

    rule_floor: the most urgent level a manual floor demands on this scale (None: no floor).
    head_probabilities: the level head's probabilities, levels 1-5 (empty on the rules alone).
    head_level: the level the head (and resource estimate) would give on its own, 1-5.
    p_critical / p_admission: the calibrated outcome risks (None when the risk heads are absent).
    """

    rule_floor: int | None
    head_probabilities: Mapping[int, float]
    head_level: int | None
    p_critical: float | None
    p_admission: float | None = None


def level_for(signals: CaseSignals, point: OperatingPoint) -> tuple[int, str]:
    """The level under ``point`` and what decided it: "floor", "risk", "head" or "default".

    Order: a manual floor is never lowered; P(critical) at or above the line puts the case at
    1-2; otherwise the level head (and its resource estimate) decides.
    """
    head = signals.head_level if signals.head_level is not None else 3
    level, why = head, ("head" if signals.head_level is not None else "default")
    if signals.p_critical is not None and signals.p_critical >= point.critical_threshold and level > 2:
        level, why = 2, "risk"
    if signals.rule_floor is not None and signals.rule_floor < level:
        level, why = signals.rule_floor, "floor"
    return level, why


# The installation's own lines, set by the app from the database at sign-in (as ``scales.use``
# sets the scale) and read in the caller's process: the model process does not know them, so the
# point travels with each ``suggest`` call (``triage.engine.fallback.suggest_or_rules``).
_site_points: dict[str, OperatingPoint] = {}


def use_site_points(points: Mapping[str, OperatingPoint | None]) -> None:
    """Replace the installation's lines: ``{"ESI": point, "KTAS": None}`` (None or absent: the
    shipped default for that scale)."""
    _site_points.clear()
    _site_points.update({scale: p for scale, p in points.items() if p is not None})


def site_point(scale: str) -> OperatingPoint | None:
    """The installation's line for ``scale``, or None (the shipped default applies)."""
    return _site_points.get(scale)
