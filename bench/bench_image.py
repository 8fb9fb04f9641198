"""Chest X-ray latency: the 1955×1841 JPEG 2000 chest CR from read to saliency, and the model alone.

Targets (issue 4 §4): whole path ≤ 1 s p50 on 2 cores; the network alone ≤ 5 ms per image.
Measured with one and with two torch threads: for a single 28×28 image one thread wins, and on a
busy machine two threads spin-wait against each other (p50 of the network alone: ~1.4 ms vs ~30 ms
with other jobs running).

``--part isolation`` measures what decoding in a worker process (issue 11.3) costs per image:
``decode_image`` in this process against ``read_image`` (a warm worker: bytes out, the record
back) and ``thumbnail_of`` (only the PNG back), and the start of a fresh worker.

    .venv/bin/python bench/bench_image.py [--runs 20] [--threads 1 2] [--part all|model|isolation]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def _ms(samples: list[float]) -> str:
    s = sorted(samples)
    return (f"p50 {statistics.median(s) * 1e3:7.1f} ms   p90 {s[int(0.9 * (len(s) - 1))] * 1e3:7.1f} ms"
            f"   min {s[0] * 1e3:7.1f} ms")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--threads", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--part", choices=("all", "model", "isolation"), default="all")
    args = parser.parse_args(argv)
    if args.part in ("all", "isolation"):
        isolation(args.runs)
    if args.part in ("all", "model"):
        for threads in args.threads:
            run(args.runs, threads)
    return 0


def isolation(runs: int) -> None:
    """Per-image cost of decoding in a warm worker process versus in this process."""
    from pydicom.data import get_testdata_file

    from triage.imaging import decode_image, display_pixels, read_image, thumbnail_of, thumbnail_png
    from triage.imaging.isolation import DecoderPool

    starts = []
    for _ in range(max(3, runs // 5)):
        pool = DecoderPool()
        t0 = time.perf_counter()
        pool.warm()
        starts.append(time.perf_counter() - t0)
        pool.shutdown()
    print(f"worker start (spawn + decoder imports): {_ms(starts)}")
    for name in ("CT_small.dcm", "RG1_UNCI.dcm", "RG1_J2KI.dcm"):
        data = Path(get_testdata_file(name, download=False)).read_bytes()
        read_image(data, name)  # the app's worker is warm from here on
        timings: dict[str, list[float]] = {"in process": [], "worker": [], "thumb in process": [],
                                           "thumb worker": []}
        for _ in range(runs):
            t0 = time.perf_counter()
            record = decode_image(data, name)
            t1 = time.perf_counter()
            read_image(data, name)
            t2 = time.perf_counter()
            thumbnail_png(decode_image(data, name))
            t3 = time.perf_counter()
            thumbnail_of(data, name)
            t4 = time.perf_counter()
            for key, value in zip(timings, (t1 - t0, t2 - t1, t3 - t2, t4 - t3)):
                timings[key].append(value)
        shape = "×".join(str(n) for n in display_pixels(record).shape[:2])
        print(f"{name} ({shape}, {len(data) / 1e6:.1f} MB, {runs} runs)")
        for key, samples in timings.items():
            print(f"  {key:18} {_ms(samples)}")
        overhead = statistics.median(timings["worker"]) - statistics.median(timings["in process"])
        print(f"  isolation overhead (p50 worker − p50 in process): {overhead * 1e3:6.1f} ms")


def run(runs: int, threads: int) -> None:

    import numpy as np
    import torch
    from pydicom.data import get_testdata_file

    from triage.engine.image_model import ImageModel, overlay_png
    from triage.imaging import read_image

    torch.set_num_threads(threads)
    path = Path(get_testdata_file("RG1_J2KI.dcm", download=False))
    model = ImageModel.load()
    model.assess(read_image(path))  # warm-up: decoder and torch kernels

    stages = {"read+decode": [], "preprocess": [], "infer+saliency": [], "overlay png": [], "total": []}
    for _ in range(runs):
        t0 = time.perf_counter()
        record = read_image(path)
        t1 = time.perf_counter()
        image28, square = model.preprocess(record)
        t2 = time.perf_counter()
        pred = model.predict(image28, saliency=True)
        t3 = time.perf_counter()
        overlay_png(square, pred.cam)
        t4 = time.perf_counter()
        for key, value in zip(stages, (t1 - t0, t2 - t1, t3 - t2, t4 - t3, t4 - t0)):
            stages[key].append(value)
    end_to_end = []
    for _ in range(runs):
        t0 = time.perf_counter()
        result = model.assess(read_image(path))
        end_to_end.append(time.perf_counter() - t0)

    batch = np.random.default_rng(0).integers(0, 256, (256, 28, 28), dtype=np.uint8)
    single = []
    with torch.inference_mode():
        x = torch.from_numpy(batch[:1].astype(np.float32) / 255).unsqueeze(1)
        for _ in range(200):
            t0 = time.perf_counter()
            model.network(x)
            single.append(time.perf_counter() - t0)
    t0 = time.perf_counter()
    model.predict_batch(batch)
    per_image_batched = (time.perf_counter() - t0) / len(batch)

    print(f"RG1_J2KI.dcm 1955×1841 JPEG 2000 chest CR, {runs} runs, torch threads {threads}")
    for key, samples in stages.items():
        print(f"  {key:16} {_ms(samples)}")
    print(f"  {'assess()':16} {_ms(end_to_end)}   (finding: {result.finding}, "
          f"P = {result.probability:.3f})")
    print(f"model alone, 1 image:   {_ms(single)}")
    print(f"model alone, batch 256: {per_image_batched * 1e3:7.3f} ms per image")


if __name__ == "__main__":
    sys.exit(main())
