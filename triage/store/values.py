"""How Python values become column values, the same way in every module of the store.

Times are fixed-width UTC ISO text (so text order is time order), JSON is canonical (sorted keys,
no whitespace, UTF-8 kept) and levels are checked before the schema's CHECK would refuse them.
"""

from __future__ import annotations

import json
from datetime import datetime, timezone
from typing import Any

from triage.scales import LEVELS


def iso(when: datetime | None) -> str | None:
    """UTC ISO text with a fixed width, so text order is time order (naive = UTC)."""
    if when is None:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return when.astimezone(timezone.utc).isoformat(timespec="microseconds")


def parse_time(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def now_iso() -> str:
    return iso(datetime.now(timezone.utc))  # type: ignore[return-value]


def to_json(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)


def check_level(level: int | None, what: str) -> None:
    """Raises ValueError for a level outside 1-5 (None passes: no level yet)."""
    if level is not None and level not in LEVELS:
        raise ValueError(f"{what} must be a level 1-5, got {level!r}")


def search_text(name: str, mrn: str, complaint: str) -> str:
    """What the worklist search matches: lower-case name, MRN and complaint."""
    return " | ".join((name or "", mrn or "", complaint or "")).lower()
