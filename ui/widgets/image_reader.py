"""Decode images in their own process.

Decoders (JPEG 2000 above all) hold the GIL for up to a second, which would freeze the GUI even
from a worker thread; in their own process they cannot, and a decoder crash on a hostile file
costs that process (restarted on the next read), not the app.
"""

from __future__ import annotations

import importlib
import multiprocessing
import threading
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Any

from triage.errors import ImageReadError

_reader: ProcessPoolExecutor | None = None
_reader_lock = threading.Lock()


def image_reader() -> ProcessPoolExecutor:
    """The one spawned decoder process (started on first use)."""
    global _reader
    with _reader_lock:
        if _reader is None:
            _reader = ProcessPoolExecutor(max_workers=1,
                                          mp_context=multiprocessing.get_context("spawn"))
        return _reader


def warm_image_reader() -> Future:
    """Start the reader process and import the decoders now, so the first image is quick."""
    return image_reader().submit(importlib.import_module, "triage.imaging.reader")


def read_image_isolated(source: bytes | Path, name: str, *, frame: int = 0) -> Any:
    """``triage.imaging.reader.read_image`` in the reader process. Raises ImageReadError."""
    global _reader
    from triage import imaging

    try:
        return image_reader().submit(imaging.read_image, source, name, frame=frame).result()
    except BrokenProcessPool:
        with _reader_lock:
            _reader = None  # the next read starts a fresh process
        raise ImageReadError(f"{name}: the image decoder crashed on this file; "
                             "it may be damaged or of an unsupported kind") from None
