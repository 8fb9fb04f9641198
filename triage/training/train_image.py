"""Reproducible training of the chest X-ray CNN on PneumoniaMNIST (``python main.py train image``).

The model is chosen on the validation split only (best AUC over the epochs). The decision threshold
is *not* fitted to validation accuracy: the official test split comes from other patients and is
harder, so the threshold is the point where the class-balanced probability reaches a target
sensitivity on validation, and the out-of-distribution threshold is a high percentile of the
training images' own distances.
"""

from __future__ import annotations

import copy
import hashlib
import math
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable

import numpy as np

from triage.engine.image_model import predict_probabilities, to_tensor
from triage.errors import DatasetError, TrainingCancelled

ProgressFn = Callable[[float, str], None]
CancelledFn = Callable[[], bool]

MODEL_NAME = "image_cnn"
MODEL_VERSION = "1.0"  # architecture and preprocessing; bump when either changes
LABELS = ("normal", "pneumonia")
TARGET_SENSITIVITY = 0.95  # a triage aid should rather over-call than miss
OOD_PERCENTILE = 99.5


@dataclass(frozen=True)
class Split:
    images: np.ndarray  # (N, 28, 28) uint8
    labels: np.ndarray  # (N,) int64, 1 = pneumonia


@dataclass(frozen=True)
class TrainConfig:
    epochs: int = 24
    batch_size: int = 64
    lr: float = 3e-3
    weight_decay: float = 1e-4
    seed: int = 20241127
    max_shift_px: float = 2.0
    max_rotation_deg: float = 10.0
    max_scale: float = 0.08
    max_log_gamma: float = 0.25  # gamma in [0.78, 1.28]: exposure/processing differences
    threads: int = 1  # one thread: fixed results, and no spin-waiting against colleagues' jobs
    limit: int | None = None  # use only the first N training images (quick checks and tests)


@dataclass(frozen=True)
class TrainResult:
    weights_path: Path
    version: str
    threshold: float
    ood_threshold: float
    val_metrics: dict[str, float]
    best_epoch: int
    seconds: float
    history: list[dict[str, float]] = field(default_factory=list)


def load_split(path: Path, split: str) -> Split:
    """One split (``train``, ``val`` or ``test``) of a MedMNIST-style ``.npz`` file.

    Raises
    ------
    DatasetError
        the file is missing or unreadable, or has no ``{split}_images`` / ``{split}_labels``.
    """
    path = Path(path)
    try:
        data = np.load(path)
    except FileNotFoundError:
        raise DatasetError(f"{path} does not exist") from None
    except (OSError, ValueError, EOFError) as exc:
        raise DatasetError(f"{path} is not a readable .npz file: {exc}") from None
    if not isinstance(data, np.lib.npyio.NpzFile):
        raise DatasetError(f"{path} is a single array, not a .npz file with named splits")
    with data:
        if f"{split}_images" not in data.files or f"{split}_labels" not in data.files:
            raise DatasetError(f"{path} has no {split}_images / {split}_labels arrays "
                               f"(has: {', '.join(data.files)})")
        try:
            images, labels = data[f"{split}_images"], data[f"{split}_labels"]
        except (OSError, ValueError, EOFError) as exc:
            raise DatasetError(f"{path}: {split} arrays are unreadable: {exc}") from None
    if images.ndim != 3 or images.shape[1:] != (28, 28) or len(images) != len(labels):
        raise DatasetError(f"{path}: {split}_images must be (N, 28, 28), got {images.shape}")
    return Split(images.astype(np.uint8), labels.reshape(-1).astype(np.int64))


def binary_metrics(labels: np.ndarray, probabilities: np.ndarray, threshold: float) -> dict[str, float]:
    """n, accuracy, auc, sensitivity, specificity at ``threshold``."""
    from sklearn.metrics import roc_auc_score

    labels = np.asarray(labels).astype(int)
    pred = np.asarray(probabilities) >= threshold
    pos, neg = labels == 1, labels == 0
    both = pos.any() and neg.any()
    return {
        "n": int(len(labels)),
        "accuracy": float((pred == pos).mean()),
        "auc": float(roc_auc_score(labels, probabilities)) if both else float("nan"),
        "sensitivity": float(pred[pos].mean()) if pos.any() else float("nan"),
        "specificity": float((~pred[neg]).mean()) if neg.any() else float("nan"),
    }


def threshold_for_sensitivity(labels: np.ndarray, probabilities: np.ndarray, target: float) -> float:
    """The highest threshold that still finds ``target`` of the positives."""
    pos = np.sort(np.asarray(probabilities)[np.asarray(labels) == 1])
    k = int(math.floor((1.0 - target) * len(pos)))
    return float(pos[k])


def _augment(x, g, cfg: TrainConfig):
    """Small random shifts, rotations, zoom and gamma (contrast curve), as seen between clinics.

    Linear brightness/contrast changes are removed by the network's per-image standardisation,
    so the intensity augmentation is a non-linear (gamma) one.
    """
    import torch
    import torch.nn.functional as F

    n = x.shape[0]
    u = lambda: torch.rand(n, generator=g) * 2 - 1  # noqa: E731 - uniform in [-1, 1]
    angle = u() * math.radians(cfg.max_rotation_deg)
    scale = 1 + u() * cfg.max_scale
    shift = cfg.max_shift_px * 2 / x.shape[-1]
    tx, ty = u() * shift, u() * shift
    cos, sin = torch.cos(angle) / scale, torch.sin(angle) / scale
    theta = torch.stack([torch.stack([cos, -sin, tx], 1), torch.stack([sin, cos, ty], 1)], 1)
    grid = F.affine_grid(theta, list(x.shape), align_corners=False)
    x = F.grid_sample(x, grid, padding_mode="border", align_corners=False)
    gamma = torch.exp(u() * cfg.max_log_gamma).view(n, 1, 1, 1)
    return x.clamp(1e-4, 1) ** gamma


def train_image_model(data_path: Path, models_dir: Path, config: TrainConfig = TrainConfig(), *,
                      progress: ProgressFn = lambda f, m: None,
                      cancelled: CancelledFn = lambda: False,
                      write_manifest: bool = True) -> TrainResult:
    """Train the CNN, choose the epoch on validation, write weights (+ manifest entry).

    Raises
    ------
    DatasetError
        the data file is missing or malformed.
    TrainingCancelled
        ``cancelled()`` returned True; no file was written.
    """
    import torch

    started = time.perf_counter()
    data_path = Path(data_path)
    train, val = load_split(data_path, "train"), load_split(data_path, "val")
    if config.limit:
        train = Split(train.images[:config.limit], train.labels[:config.limit])
    threads_before = torch.get_num_threads()
    torch.set_num_threads(config.threads)
    try:
        fitted = _fit(train, val, config, progress, cancelled)
    finally:
        torch.set_num_threads(threads_before)
    return _save(fitted, data_path, Path(models_dir), config, write_manifest,
                 time.perf_counter() - started, len(train.labels))


@dataclass(frozen=True)
class _Fitted:
    model: Any
    threshold: float
    ood: Any
    val_metrics: dict[str, float]
    best_epoch: int
    best_auc: float
    history: list[dict[str, float]]


def _fit(train: Split, val: Split, config: TrainConfig, progress: ProgressFn,
         cancelled: CancelledFn) -> _Fitted:
    import torch

    from models.image_cnn import ChestCNN

    from triage.engine.image_model import fit_ood

    torch.manual_seed(config.seed)
    torch.use_deterministic_algorithms(True)
    g = torch.Generator().manual_seed(config.seed)
    model = ChestCNN()
    x_all, y_all = to_tensor(train.images), torch.from_numpy(train.labels).float()
    n_pos = float(train.labels.sum())
    pos_weight = torch.tensor((len(train.labels) - n_pos) / max(n_pos, 1.0))  # balance the classes
    loss_fn = torch.nn.BCEWithLogitsLoss(pos_weight=pos_weight)
    opt = torch.optim.AdamW(model.parameters(), lr=config.lr, weight_decay=config.weight_decay)
    steps_per_epoch = math.ceil(len(x_all) / config.batch_size)
    sched = torch.optim.lr_scheduler.OneCycleLR(opt, max_lr=config.lr, epochs=config.epochs,
                                                steps_per_epoch=steps_per_epoch, pct_start=0.2)
    best_auc, best_state, best_epoch, history = -1.0, None, 0, []
    for epoch in range(config.epochs):
        model.train()
        order = torch.randperm(len(x_all), generator=g)
        total = 0.0
        for i in range(0, len(order), config.batch_size):
            if cancelled():
                raise TrainingCancelled("training cancelled")
            idx = order[i:i + config.batch_size]
            xb = _augment(x_all[idx], g, config)
            loss = loss_fn(model(xb), y_all[idx])
            opt.zero_grad(set_to_none=True)
            loss.backward()
            opt.step()
            sched.step()
            total += float(loss.detach()) * len(idx)
        p_val = predict_probabilities(model, val.images)
        m = binary_metrics(val.labels, p_val, 0.5)
        history.append({"epoch": epoch + 1, "loss": total / len(order), **m})
        if m["auc"] > best_auc:  # ties keep the earlier epoch
            best_auc, best_state, best_epoch = m["auc"], copy.deepcopy(model.state_dict()), epoch + 1
        progress((epoch + 1) / config.epochs,
                 f"epoch {epoch + 1}/{config.epochs}: loss {total / len(order):.4f}, val AUC {m['auc']:.4f}")

    model.load_state_dict(best_state)
    model.eval()
    p_val = predict_probabilities(model, val.images)
    threshold = threshold_for_sensitivity(val.labels, p_val, TARGET_SENSITIVITY)
    ood = fit_ood(model, train.images, train.labels, percentile=OOD_PERCENTILE)
    val_metrics = binary_metrics(val.labels, p_val, threshold)
    return _Fitted(model, threshold, ood, val_metrics, best_epoch, best_auc, history)


def _save(fitted: _Fitted, data_path: Path, models_dir: Path, config: TrainConfig,
          write_manifest: bool, seconds: float, n_train: int) -> TrainResult:
    from safetensors.torch import save_file

    from models.registry import ModelEntry, sha256_file, write_entry

    models_dir.mkdir(parents=True, exist_ok=True)
    weights_path = models_dir / f"{MODEL_NAME}.safetensors"
    tensors = {k: v.contiguous() for k, v in fitted.model.state_dict().items()}
    tensors.update(fitted.ood.tensors())
    digest = hashlib.sha256(b"".join(t.numpy().tobytes() for _, t in sorted(tensors.items())))
    version = f"{MODEL_VERSION}+{digest.hexdigest()[:8]}"  # names the weights, not the run
    save_file(tensors, str(weights_path), metadata={"version": version})
    if write_manifest:
        write_entry(ModelEntry(
            name=MODEL_NAME, file=weights_path.name, version=version, sha256=sha256_file(weights_path),
            created=datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
            data={"file": data_path.name, "sha256": sha256_file(data_path)},
            metrics={"val": fitted.val_metrics, "val_auc_at_best_epoch": fitted.best_auc},
            labels=LABELS, card=f"{MODEL_NAME}.md",
            config={"threshold": fitted.threshold,
                    "threshold_rule": f"sensitivity {TARGET_SENSITIVITY} on val",
                    "ood_threshold": fitted.ood.threshold,
                    "ood_rule": f"{OOD_PERCENTILE} percentile of train",
                    "input_size": 28, "epochs": config.epochs, "best_epoch": fitted.best_epoch,
                    "seed": config.seed, "train_images": n_train},
        ), models_dir)
    return TrainResult(weights_path, version, fitted.threshold, fitted.ood.threshold,
                       fitted.val_metrics, fitted.best_epoch, seconds, fitted.history)
