"""Installation settings an administrator chooses: the triage scale (KTAS or ESI).

The scale decides what the level numbers are called, their target times and colours, on every
desk of the installation, so it lives in the database (the ``settings`` table) rather than in one
desk's preferences. Changing it is an administrator's action: permission-checked here, in the
domain, and audited in the same transaction as the change (old and new value).
"""

from __future__ import annotations

from triage import scales
from triage.records import User
from triage.store.audit import AuditLog
from triage.store.auth import Authorized, Permission
from triage.store.connection import get_setting, locked, put_setting
from triage.store.tamper_guard import refuse_if_tampered, setting_mismatches

SCALE_KEY = "triage_scale"


class InstallationSettings(Authorized):
    """The part of ``CaseStore`` that reads and changes installation-wide settings."""

    @locked
    def triage_scale(self) -> str:
        """The installation's scale code ("KTAS" or "ESI"); ``scales.DEFAULT_SCALE`` until an
        administrator chooses one (an unreadable stored value also reads as the default)."""
        stored = get_setting(self.conn, SCALE_KEY)
        try:
            return scales.get(stored).code if stored else scales.DEFAULT_SCALE
        except ValueError:
            return scales.DEFAULT_SCALE

    @locked
    def triage_scale_chosen(self) -> bool:
        """Whether an administrator has chosen the scale (a new installation has not)."""
        return get_setting(self.conn, SCALE_KEY) is not None

    def set_triage_scale(self, actor: User, code: str) -> str:
        """Make ``code`` ("KTAS"/"ESI", any case) the installation's scale; returns its code.

        Choosing the scale already in force changes nothing and writes no audit row.

        Raises
        ------
        ValueError
            ``code`` names no known scale (nothing is written).
        PermissionDenied
            ``actor`` is not an active administrator (the refusal is audited).
        StorageError
            the database could not be written.
        """
        chosen = scales.get(code).code
        self._require(actor, Permission.CONFIGURE, object_type="settings", object_id=SCALE_KEY)
        with self.transaction() as conn:
            refuse_if_tampered(setting_mismatches(conn, SCALE_KEY), "the triage scale", "settings",
                               SCALE_KEY, actor)
            previous = get_setting(conn, SCALE_KEY)
            if previous == chosen:
                return chosen
            put_setting(conn, SCALE_KEY, chosen)
            AuditLog(conn).append(actor, "settings.triage_scale", "settings", SCALE_KEY,
                                  {"from": previous or "", "to": chosen})
        return chosen
