"""What an imported value must be before it may enter the store: the intake form's rules and more.

An import file is written by hand as often as by our export, and a value that the store accepts
but an export cannot write poisons every later export of the case: a NaN confidence (FHIR refuses
it, JSON Lines wrote ``NaN``), an integer where a reason title belongs (the CSV writer joins
titles), a year 9999 arrival with an offset (converting it to UTC, or shifting it for a
de-identified export, overflows), a lone surrogate (``"\\ud800"``: no UTF-8 encoding exists). So
every value is checked here, each with a message that names the field, and the caller turns a
``ValueError`` into a numbered line of the import report.
"""

from __future__ import annotations

import math
from datetime import datetime, timedelta, timezone
from typing import Any, Mapping

from triage.intake import text_problem

MAX_LINE_CHARS = 8 * 1024**2
"""Longest JSON Lines case (characters). Our export writes a few KB per case; a 100 MB patient
name took 1.1 GB of memory to parse before any check could refuse it."""

MAX_CSV_FIELD_CHARS = 128 * 1024
"""Longest CSV cell (Python's csv default limit, kept): the longest text we store is 20,000."""

MAX_DEPTH = 16
"""Deepest nesting of JSON objects/arrays in a case (our export: 5, reason values included)."""

MAX_SHORT_TEXT = 200
"""User names, attachment names, modality, view, model versions: short labels."""

MAX_REASON_TEXT = 2_000
"""A reason's title or detail (the rules write one line; CSV joins title and detail)."""

EARLIEST = datetime(1900, 1, 1, tzinfo=timezone.utc)
FUTURE_SLACK = timedelta(days=2 * 366)
"""Times may lie this far ahead: a de-identified export shifts dates by up to 365 days."""


def check_tree(value: Any, where: str = "case", depth: int = 0) -> None:
    """Every string, number and key of a parsed JSON case, recursively.

    Raises
    ------
    ValueError
        nesting deeper than :data:`MAX_DEPTH`, a number that is not finite, a key that is not text,
        or text that cannot be stored (:func:`triage.intake.text_problem`).
    """
    if depth > MAX_DEPTH:
        raise ValueError(f"{where} is nested more than {MAX_DEPTH} levels deep")
    if isinstance(value, float) and not math.isfinite(value):
        raise ValueError(f"{where} must be a finite number, got {value!r}")
    if isinstance(value, str):
        problem = text_problem(value)
        if problem:
            raise ValueError(f"{where} {problem}")
    elif isinstance(value, Mapping):
        for key, item in value.items():
            if not isinstance(key, str):
                raise ValueError(f"{where}: keys must be text, got {key!r}")
            check_tree(item, f"{where}.{key}", depth + 1)
    elif isinstance(value, (list, tuple)):
        for n, item in enumerate(value):
            check_tree(item, f"{where}[{n}]", depth + 1)


def text(value: Any, name: str, limit: int = MAX_SHORT_TEXT, *, required: bool = False) -> str:
    """A text field: absent/None is "", anything but a string is refused (no silent ``str(5)``).

    Raises
    ------
    ValueError
        not text, longer than ``limit``, empty when ``required``, or not storable.
    """
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise ValueError(f"{name} must be text, got {type(value).__name__} {value!r:.40}")
    if len(value) > limit:
        raise ValueError(f"{name} is limited to {limit:,} characters, got {len(value):,}")
    problem = text_problem(value)
    if problem:
        raise ValueError(f"{name} {problem}")
    if required and not value.strip():
        raise ValueError(f"{name} is required")
    return value


def probability(value: Any, name: str) -> float:
    """A number in 0..1 (a confidence or a probability).

    Raises
    ------
    ValueError
        not a number (a bool is not one), not finite, or outside 0..1.
    """
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        raise ValueError(f"{name} must be a number from 0 to 1, got {value!r:.40}")
    try:
        number = float(value)
    except ValueError:
        raise ValueError(f"{name} must be a number from 0 to 1, got {value!r:.40}") from None
    if not math.isfinite(number) or not 0.0 <= number <= 1.0:
        raise ValueError(f"{name} must be a number from 0 to 1, got {value!r:.40}")
    return number


def finite(value: Any, name: str) -> float:
    """Any finite number (a reason's weight)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise ValueError(f"{name} must be a finite number, got {value!r:.40}")
    return float(value)


def moment(t: datetime, name: str, now: datetime | None = None) -> datetime:
    """A time the store and every export can hold: from 1900 to two years ahead, in UTC.

    Raises
    ------
    ValueError
        outside that range (year 9999 with an offset overflowed converting to UTC).
    """
    now = now or datetime.now(timezone.utc)
    try:
        utc = t.astimezone(timezone.utc)
    except (OverflowError, ValueError):
        raise ValueError(f"{name} {t.isoformat()} is outside the years 1900 to "
                         f"{(now + FUTURE_SLACK).year}") from None
    if not EARLIEST <= utc <= now + FUTURE_SLACK:
        raise ValueError(f"{name} {t.isoformat()} is outside the years 1900 to "
                         f"{(now + FUTURE_SLACK).year}")
    return utc


def reject_constant(name: str) -> Any:
    """``json.loads(parse_constant=...)``: NaN, Infinity and -Infinity are not JSON numbers."""
    raise ValueError(f"{name} is not a number JSON allows (NaN and Infinity are refused)")
