"""A site's own line between "seen now" (1-2) and the queue: its calibration, per scale, versioned.

``main.py calibrate`` fits an operating point (``triage.engine.operating_point``) on the site's past visits; this mixin keeps each
fitted point as a new, append-only row (audited, its row hash in the chain), so the calibration in
force is always the newest row of its scale, every earlier one stays readable, and a reset to the
shipped default is itself a recorded version (source "shipped"), not a deletion.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, Mapping, Sequence

from triage.records import User
from triage.store.audit import AuditLog
from triage.store.auth import Permission
from triage.store.connection import Insert
from triage.store.tamper_guard import calibration_mismatches, refuse_if_tampered
from triage.store.values import now_iso

CALIBRATION_ROWS = Insert("site_calibrations", ("scale", "version", "source", "critical_threshold",
                                                "level_shift", "provenance", "created_at",
                                                "created_by"))
_COLUMNS = "id, scale, version, source, critical_threshold, level_shift, provenance, created_at, created_by"
SCALES = ("KTAS", "ESI")


@dataclass(frozen=True)
class SiteCalibration:
    """One stored version. ``as_point()`` is the dict ``OperatingPoint.from_dict`` takes (the store
    sits beside the engine, not above it, so it does not build engine types itself)."""

    id: int
    scale: str
    version: str
    source: str  # "site", or "shipped" for a reset to the default
    critical_threshold: float | None
    level_shift: float
    provenance: Mapping[str, Any] = field(default_factory=dict)
    created_at: str = ""
    created_by: str = ""

    def as_point(self) -> dict[str, Any]:
        return {"scale": self.scale, "critical_threshold": self.critical_threshold,
                "source": self.source, "version": self.version, "level_shift": self.level_shift,
                "provenance": {**dict(self.provenance), "id": self.id, "created_at": self.created_at,
                               "created_by": self.created_by}}


def _point(row: Sequence[Any]) -> SiteCalibration:
    return SiteCalibration(id=int(row[0]), scale=row[1], version=row[2], source=row[3],
                           critical_threshold=None if row[4] is None else float(row[4]),
                           level_shift=float(row[5] or 0.0), provenance=json.loads(row[6] or "{}"),
                           created_at=row[7], created_by=row[8])


def _scale(scale: str) -> str:
    if scale not in SCALES:
        raise ValueError(f"scale must be one of {', '.join(SCALES)}, got {scale!r}")
    return scale


class SiteCalibrations:
    """Mixed into ``CaseStore``: the site's operating points (``CONFIGURE``, administrators)."""

    def save_calibration(self, actor: User, scale: str, critical_threshold: float, *,
                         level_shift: float = 0.0,
                         provenance: Mapping[str, Any] | None = None) -> SiteCalibration:
        """Put a site operating point in force for ``scale``; returns the stored version.

        ``provenance``: what it was fitted on and what it promises (rows, sha256 of the file,
        target, expected figures, the trade-off curve), kept with it for the models page."""
        self._require(actor, Permission.CONFIGURE, object_type="calibration")
        scale = _scale(scale)
        threshold = float(critical_threshold)
        if not 0.0 <= threshold <= 1.0:
            raise ValueError(f"the critical threshold must be a probability, got {threshold}")
        if not 0.0 <= float(level_shift) <= 50.0:
            raise ValueError(f"the level-head intercept must be 0-50 log-odds (it can only add "
                             f"patients to 1-2), got {level_shift}")
        clean = {k: v for k, v in dict(provenance or {}).items()
                 if k not in ("id", "created_at", "created_by")}
        return self._append_calibration(actor, scale, "site", threshold, float(level_shift),
                                        clean, "calibration.save")

    def reset_calibration(self, actor: User, scale: str) -> None:
        """Back to the shipped default for ``scale`` (recorded as a version of its own)."""
        self._require(actor, Permission.CONFIGURE, object_type="calibration")
        self._append_calibration(actor, _scale(scale), "shipped", None, 0.0, {}, "calibration.reset")

    def calibration(self, scale: str) -> SiteCalibration | None:
        """The site calibration in force for ``scale``, or None (the shipped default applies).

        Read without a user: the engine needs it for every suggestion, as it needs the scale."""
        row = self.conn.execute(f"SELECT {_COLUMNS} FROM site_calibrations WHERE scale = ? "
                                "ORDER BY id DESC LIMIT 1", (_scale(scale),)).fetchone()
        if row is None or row[3] == "shipped":
            return None
        return _point(row)

    def calibration_history(self, actor: User, scale: str) -> list[SiteCalibration]:
        """Every version for ``scale``, newest first (resets included, source "shipped")."""
        self._require(actor, Permission.CONFIGURE, object_type="calibration")
        rows = self.conn.execute(f"SELECT {_COLUMNS} FROM site_calibrations WHERE scale = ? "
                                 "ORDER BY id DESC", (_scale(scale),)).fetchall()
        return [_point(r) for r in rows]

    def _append_calibration(self, actor: User, scale: str, source: str, threshold: float | None,
                            shift: float, provenance: dict[str, Any], action: str) -> SiteCalibration:
        now = now_iso()
        with self.transaction() as conn:
            refuse_if_tampered(calibration_mismatches(conn, scale), f"the {scale} calibration",
                               "calibration", scale, actor)
            n = conn.execute("SELECT count(*) FROM site_calibrations WHERE scale = ?",
                             (scale,)).fetchone()[0]
            version = f"{scale.lower()}-site-{int(n) + 1}" if source == "site" else f"{scale.lower()}-shipped-{int(n) + 1}"
            row_id = CALIBRATION_ROWS.one(conn, {
                "scale": scale, "version": version, "source": source, "critical_threshold": threshold,
                "level_shift": shift, "provenance": json.dumps(provenance, sort_keys=True, default=str),
                "created_at": now, "created_by": actor.username})
            AuditLog(conn).append(actor, action, "calibration", row_id, {
                "scale": scale, "version": version, "critical_threshold": threshold,
                "rows": provenance.get("rows"), "sha256": provenance.get("sha256")})
            row = conn.execute(f"SELECT {_COLUMNS} FROM site_calibrations WHERE id = ?",
                               (row_id,)).fetchone()
        return _point(row)
