"""Pixels for people: windowing (PS3.3 C.11.2.1.2) to uint8, and PNG thumbnails.

These work on an already decoded :class:`ImageRecord` (plain numpy), so they are safe to run in
any process; decoding untrusted bytes happens in :mod:`triage.imaging.isolation`.
"""

from __future__ import annotations

import io

import numpy as np

from triage.imaging.record import ImageRecord

WINDOW_PRESETS: dict[str, tuple[float, float]] = {
    # (centre, width) in Hounsfield units: meaningful for CT; other modalities use the file's VOI.
    "Lung": (-600.0, 1500.0),
    "Mediastinum": (50.0, 350.0),
    "Soft tissue": (40.0, 400.0),
    "Bone": (400.0, 1800.0),
    "Brain": (40.0, 80.0),
    "Abdomen": (60.0, 400.0),
}

def display_pixels(record: ImageRecord, window: tuple[float, float] | None = None) -> np.ndarray:
    """uint8 pixels ready to show: the given window, else the file's window, else min-max.

    Colour images are returned unchanged. ``window`` is (centre, width) in the record's pixel
    space (for CT: Hounsfield units, see :data:`WINDOW_PRESETS`).
    """
    if record.is_colour:
        return record.pixels
    win = window if window is not None else record.window
    px = record.pixels
    if win is not None and win[1] > 0:
        return apply_window(px, win[0], win[1])
    lo, hi = float(np.min(px)), float(np.max(px))
    if hi <= lo:
        return np.zeros(px.shape, dtype=np.uint8)
    return np.clip((px - lo) * (255.0 / (hi - lo)) + 0.5, 0, 255).astype(np.uint8)


def thumbnail_png(record: ImageRecord, size: int = 256) -> bytes:
    """A PNG no larger than ``size`` × ``size`` (aspect kept) of the record's display pixels."""
    from PIL import Image

    im = Image.fromarray(display_pixels(record))
    im.thumbnail((size, size), Image.Resampling.LANCZOS)
    out = io.BytesIO()
    im.save(out, format="PNG", optimize=False)
    return out.getvalue()


def apply_window(px: np.ndarray, centre: float, width: float) -> np.ndarray:
    """DICOM linear window (PS3.3 C.11.2.1.2) to 0..255."""
    c, w = centre - 0.5, max(width - 1.0, 1.0)
    out = ((px.astype(np.float32) - c) / w + 0.5) * 255.0
    return np.clip(out + 0.5, 0, 255).astype(np.uint8)

