"""Window/level presets of the image viewer: how long ``window_choices`` takes per image.

Run: ``python -m bench.bench_window_presets``. It runs in the frame-loading worker (never on the
GUI thread), once per image: the radiograph presets need percentiles of the pixels, which on a
9-megapixel detector image without a header window cost tens of milliseconds.
"""

from __future__ import annotations

import time
from dataclasses import replace
from pathlib import Path

import numpy as np
from pydicom.data import get_testdata_file

from triage.imaging.dicom import read_dicom
from ui.widgets.image_viewer import window_choices


def median_ms(fn, repeat: int = 7) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return sorted(times)[len(times) // 2] * 1000


def main() -> None:
    path = Path(get_testdata_file("RG1_UNCR.dcm"))
    record = read_dicom(path.read_bytes(), path.name, frame=0)
    detector = replace(record, window=None, modality="DX", pixels=np.random.default_rng(0).normal(
        2000, 500, (3000, 3000)).astype(np.float32))
    for name, rec in ((f"{path.name} (CR, header window)", record),
                      ("3000x3000 DX without a header window", detector)):
        print(f"{name} {rec.pixels.shape}: window_choices median {median_ms(lambda: window_choices(rec)):.1f} ms")


if __name__ == "__main__":
    main()
