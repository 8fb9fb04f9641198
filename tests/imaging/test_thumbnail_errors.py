"""``thumbnail_png`` answers a typed error for pixels it cannot show (issue 25 §7: a raw TypeError
on fuzzed DICOM files reached the GUI process)."""

from __future__ import annotations

import dataclasses
import io

import numpy as np
import pytest
from PIL import Image

from triage.errors import ImageReadError
from triage.imaging import decode_image, thumbnail_png


def _record():
    buf = io.BytesIO()
    Image.fromarray(np.full((8, 8), 128, np.uint8)).save(buf, format="PNG")
    return decode_image(buf.getvalue(), "grey.png")


@pytest.mark.parametrize("pixels", [
    np.array([[None, 1], [2, 3]], dtype=object),      # object pixels (what a fuzzed header yields)
    np.zeros((4, 4, 7), np.uint8),                     # 7 "channels"
    np.zeros((2, 2, 2, 2), np.float32),                # 4-D
    np.zeros((0, 5), np.float32),                      # empty
    np.array([[1 + 2j, 3j]]),                          # complex
])
def test_unshowable_pixels_raise_the_typed_error(pixels):
    record = dataclasses.replace(_record(), pixels=pixels)
    with pytest.raises(ImageReadError, match="cannot be shown"):
        thumbnail_png(record)


def test_a_good_image_still_gives_a_png():
    png = thumbnail_png(_record())
    assert png.startswith(b"\x89PNG")
