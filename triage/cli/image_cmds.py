"""CLI for the chest X-ray model: ``train image``, ``evaluate pneumoniamnist``, ``analyze-image``.

``train`` and ``evaluate`` are shared with other areas (``train text``, ``evaluate ktas``), so
they are looked up before being created: the first area to register makes the group.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from triage.cli import models_dir, subcommand_group
from triage.training.data_paths import SHARED_DATA

DEFAULT_DATA = SHARED_DATA / "pneumoniamnist_trainval.npz"


def register(subparsers: argparse._SubParsersAction) -> None:
    train = subcommand_group(subparsers, "train", "train a model (reproducible, seeded)")
    p = train.add_parser("image", help="train the chest X-ray CNN on PneumoniaMNIST")
    p.add_argument("--data", type=Path, default=DEFAULT_DATA, help="PneumoniaMNIST .npz (train/val)")
    p.add_argument("--epochs", type=int, default=None, help="default: the tuned number")
    p.add_argument("--seed", type=int, default=None)
    p.add_argument("--models-dir", type=Path, default=None, help="default: the repository's models/")
    p.set_defaults(func=_train)

    evaluate = subcommand_group(subparsers, "evaluate", "evaluate a model on a data set")
    p = evaluate.add_parser("pneumoniamnist", help="chest X-ray model metrics on a PneumoniaMNIST split")
    p.add_argument("path", type=Path, help="a PneumoniaMNIST .npz file")
    p.add_argument("--split", default="test", choices=("train", "val", "test"))
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument("--models-dir", type=Path, default=None)
    p.set_defaults(func=_evaluate)

    p = subparsers.add_parser("analyze-image", help="run the chest X-ray model on one image file")
    p.add_argument("path", type=Path, help="DICOM, PNG or JPEG file")
    p.add_argument("--chest", action="store_true", help="the user marks it as a chest radiograph")
    p.add_argument("--frame", type=int, default=0, help="frame of a multi-frame DICOM")
    p.add_argument("--saliency-out", type=Path, default=None, help="write the saliency overlay PNG here")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument("--models-dir", type=Path, default=None)
    p.set_defaults(func=_analyze)


def _train(args: argparse.Namespace) -> int:
    from dataclasses import replace

    from triage.training.train_image import TrainConfig, train_image_model

    config = TrainConfig()
    if args.epochs is not None:
        config = replace(config, epochs=args.epochs)
    if args.seed is not None:
        config = replace(config, seed=args.seed)
    result = train_image_model(args.data, models_dir(args), config,
                               progress=lambda f, m: print(f"[{f:4.0%}] {m}", file=sys.stderr, flush=True))
    print(json.dumps({"weights": str(result.weights_path), "version": result.version,
                      "best_epoch": result.best_epoch, "threshold": result.threshold,
                      "ood_threshold": result.ood_threshold, "val": result.val_metrics,
                      "seconds": round(result.seconds, 1)}, indent=2))
    return 0


def _evaluate(args: argparse.Namespace) -> int:
    from triage.engine.image_model import ImageModel
    from triage.training.train_image import binary_metrics, load_split

    split = load_split(args.path, args.split)
    model = ImageModel.load(models_dir(args))
    metrics = binary_metrics(split.labels, model.predict_batch(split.images), model.threshold)
    if args.json:
        print(json.dumps(metrics))
    else:
        for key, value in metrics.items():
            print(f"{key:12} {value if key == 'n' else f'{value:.4f}'}")
    return 0


def _analyze(args: argparse.Namespace) -> int:
    from triage.engine.image_model import ImageModel
    from triage.imaging import read_image

    model = ImageModel.load(models_dir(args))
    record = read_image(Path(args.path), args.path.name, frame=args.frame)
    result = model.assess(record, marked_chest_xray=args.chest, saliency=args.saliency_out is not None)
    if args.saliency_out is not None and result.saliency_png:
        args.saliency_out.write_bytes(result.saliency_png)
    out = {"assessed": result.assessed, "reason": result.reason, "finding": result.finding,
           "model_version": result.model_version, "ood_score": result.ood_score}
    if result.assessed:
        out["probability"] = result.probability
    if args.json:
        print(json.dumps(out))
    else:
        for key, value in out.items():
            print(f"{key:14} {value}")
    return 0
