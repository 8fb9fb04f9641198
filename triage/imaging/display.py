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
    """A PNG no larger than ``size`` × ``size`` (aspect kept) of the record's display pixels.

    Raises ``ImageReadError`` (never a raw TypeError/ValueError from NumPy or Pillow) for pixels
    that cannot be shown, e.g. a fuzzed DICOM whose header promises a shape or type the pixel data
    does not have: the intake then says which file and why, and keeps everything else.
    """
    from PIL import Image

    from triage.errors import ImageReadError

    try:
        if np.asarray(record.pixels).dtype.kind not in "uifb":
            raise TypeError(f"pixels of type {np.asarray(record.pixels).dtype}")
        pixels = np.asarray(display_pixels(record))
        if pixels.ndim not in (2, 3) or (pixels.ndim == 3 and pixels.shape[2] not in (3, 4)) \
                or 0 in pixels.shape:
            raise ValueError(f"pixel array of shape {pixels.shape}")
        im = Image.fromarray(pixels)
        im.thumbnail((size, size), Image.Resampling.LANCZOS)
        out = io.BytesIO()
        im.save(out, format="PNG", optimize=False)
    except (TypeError, ValueError, OverflowError, IndexError, KeyError, AttributeError) as exc:
        raise ImageReadError(f"the image cannot be shown ({type(exc).__name__}: {exc}); the file "
                             "is kept as it is, but no preview can be made of it") from exc
    return out.getvalue()


def apply_window(px: np.ndarray, centre: float, width: float) -> np.ndarray:
    """DICOM linear window (PS3.3 C.11.2.1.2) to 0..255."""
    c, w = centre - 0.5, max(width - 1.0, 1.0)
    out = ((px.astype(np.float32) - c) / w + 0.5) * 255.0
    return np.clip(out + 0.5, 0, 255).astype(np.uint8)

