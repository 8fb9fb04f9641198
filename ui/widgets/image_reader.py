"""Decode images in their own process (the UI's names for :mod:`triage.imaging.isolation`).

Decoders (JPEG 2000 above all) hold the GIL for up to a second, which would freeze the GUI even
from a worker thread; in their own process they cannot, and a decoder crash on a hostile file
costs that file (the worker is restarted for the next read), not the app.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from triage import imaging


def warm_image_reader() -> None:
    """Start a decoder process and load its decoders now (blocks ~1 s: call it off the GUI thread)."""
    imaging.warm_decoder()


def read_image_isolated(source: bytes | Path, name: str, *, frame: int = 0) -> Any:
    """:func:`triage.imaging.read_image` (decodes in a worker process). Raises ImageReadError."""
    return imaging.read_image(source, name, frame=frame)
