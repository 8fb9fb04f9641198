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

import math
from dataclasses import dataclass, field
from typing import Any, Mapping


@dataclass(frozen=True)
class OperatingPoint:
    """One scale's line.

    critical_threshold: a case whose P(critical) is at or above it is put at level 1-2.
    source: "shipped" (the default chosen on grouped CV) or "site" (fitted by ``calibrate``).
    version: the shipped model's version, or the site calibration's own version string.
    level_shift: a site intercept (≥ 0) added to the level head's log-odds of level 1-2: a case
        whose shifted urgency reaches the head's own 1-2 line goes to 1-2. Fitted by
        ``calibrate`` together with the threshold; it can only add patients to 1-2 (a negative
        shift is ignored), so it lets a site that calls more of its visits 1-2 use the head's
        ranking of its nurses' emergent patients as well as the outcome ranking.
    lower_shift: the site's line between 3 and 4-5 (≥ 0, log-odds per level): among levels 3-5
        the head's log-probability of level l gains ``lower_shift × (5 - l)``, and a case moves
        up when its shifted most probable level is more urgent than the head's own. A site whose
        nurses call more of their visits 3 than the NHAMCS nurses the head learned from fits it
        so that its own nurses' level is under-called at most at the target rate (``calibrate
        --target-under-triage``); it can only raise urgency.
        Stored in the calibration's provenance (``lower_shift``), so older rows read as 0.
    provenance: where it came from (rows, sha256 of the file, date, expected figures, curve).
    """

    scale: str
    critical_threshold: float
    source: str = "shipped"
    version: str = ""
    level_shift: float = 0.0
    provenance: Mapping[str, Any] = field(default_factory=dict)
    lower_shift: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return {"scale": self.scale, "critical_threshold": self.critical_threshold,
                "source": self.source, "version": self.version, "level_shift": self.level_shift,
                "lower_shift": self.lower_shift, "provenance": dict(self.provenance)}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> "OperatingPoint":
        return cls(scale=str(d["scale"]), critical_threshold=float(d["critical_threshold"]),
                   source=str(d.get("source", "site")), version=str(d.get("version", "")),
                   level_shift=float(d.get("level_shift", 0.0)),
                   lower_shift=float(d.get("lower_shift", (d.get("provenance") or {}).get("lower_shift", 0.0))
                                     or 0.0),
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
    head_urgency: float | None = None  # the level head's own P(1-2) (None on the rules alone)
    head_line: float | None = None  # the urgency at which the head itself calls 1-2


def head_lift(signals: CaseSignals, shift: float) -> bool:
    """True when the site intercept ``shift`` lifts the head's urgency over its own 1-2 line."""
    u, line = signals.head_urgency, signals.head_line
    if shift <= 0 or u is None or line is None or not 0.0 < line < 1.0:
        return False
    return head_margin(u, line) + shift >= 0.0


def head_margin(urgency: float, line: float) -> float:
    """logit(urgency) - logit(line): how far (in log-odds) the head's urgency is below (< 0) or
    above its own 1-2 line; the intercept a site needs to lift the case is its negative."""
    u = min(max(float(urgency), 1e-9), 1 - 1e-9)
    return math.log(u / (1 - u)) - math.log(line / (1 - line))


LOWER_LEVELS = (3, 4, 5)


def lower_lift(signals: CaseSignals, shift: float) -> int | None:
    """The level 3-5 the site's lower line (``OperatingPoint.lower_shift``) gives this case, when
    it is more urgent than the head's own level; None otherwise (no shift, no head, the head at
    1-3, or no probabilities)."""
    head = signals.head_level
    probs = signals.head_probabilities
    if shift <= 0 or head is None or head <= 3 or not probs:
        return None
    score = {lv: math.log(max(float(probs.get(lv, 0.0)), 1e-12)) + shift * (5 - lv) for lv in LOWER_LEVELS}
    best = max(LOWER_LEVELS, key=lambda lv: (score[lv], -lv))
    return best if best < head else None


def level_for(signals: CaseSignals, point: OperatingPoint) -> tuple[int, str]:
    """The level under ``point`` and what decided it: "floor", "risk", "head" or "default".

    Order: a manual floor is never lowered; P(critical) at or above the line puts the case at
    1-2; otherwise the level head (and its resource estimate) decides, its urgency shifted by the
    site's intercept (``level_shift``) where the site has one; below 1-2 the site's lower line
    (``lower_shift``) may move a case from 4-5 up to 3 or 4.
    """
    head = signals.head_level if signals.head_level is not None else 3
    level, why = head, ("head" if signals.head_level is not None else "default")
    lowered = lower_lift(signals, point.lower_shift)
    if lowered is not None:
        level = lowered
    if level > 2 and head_lift(signals, point.level_shift):
        level = 2
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
