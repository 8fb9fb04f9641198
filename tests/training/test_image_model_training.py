"""Training the chest X-ray CNN: reproducible, cancellable, writes a loadable hash-checked model."""

from __future__ import annotations

import numpy as np
import pytest

from models.registry import read_manifest, sha256_file
from triage.errors import DatasetError, TrainingCancelled
from triage.engine.image_model import ImageModel
from triage.training.train_image import (
    TrainConfig,
    binary_metrics,
    load_split,
    threshold_for_sensitivity,
    train_image_model,
)

QUICK = TrainConfig(epochs=1, limit=384, batch_size=64)


def test_training_is_reproducible_and_loadable(shared_data, tmp_path):
    data = shared_data / "pneumoniamnist_trainval.npz"
    seen = []
    a = train_image_model(data, tmp_path / "a", QUICK, progress=lambda f, m: seen.append(f))
    b = train_image_model(data, tmp_path / "b", QUICK)
    assert sha256_file(a.weights_path) == sha256_file(b.weights_path)
    assert seen and seen[-1] == pytest.approx(1.0)

    entry = read_manifest(tmp_path / "a")["image_cnn"]
    assert entry.sha256 == sha256_file(a.weights_path)
    assert entry.data["sha256"] == sha256_file(data)
    assert entry.config["threshold"] == pytest.approx(a.threshold)
    model = ImageModel.load(tmp_path / "a")
    val = load_split(data, "val")
    p = model.predict_batch(val.images)
    # the saved file reproduces what training measured (weights, BN statistics, threshold)
    assert binary_metrics(val.labels, p, model.threshold) == pytest.approx(dict(entry.metrics["val"]))
    assert model.version == entry.version == a.version


def test_cancelled_training_writes_nothing(shared_data, tmp_path):
    with pytest.raises(TrainingCancelled):
        train_image_model(shared_data / "pneumoniamnist_trainval.npz", tmp_path, QUICK,
                          cancelled=lambda: True)
    assert list(tmp_path.iterdir()) == []


def test_bad_data_file_is_a_dataset_error(tmp_path):
    with pytest.raises(DatasetError, match="does not exist"):
        load_split(tmp_path / "missing.npz", "train")
    wrong = tmp_path / "wrong.npz"
    np.savez(wrong, images=np.zeros((2, 28, 28), np.uint8))
    with pytest.raises(DatasetError, match="train_images"):
        load_split(wrong, "train")
    (tmp_path / "junk.npz").write_bytes(b"not a zip")
    with pytest.raises(DatasetError, match="not a readable"):
        load_split(tmp_path / "junk.npz", "val")


def test_threshold_for_sensitivity_keeps_the_target():
    rng = np.random.default_rng(0)
    labels = rng.integers(0, 2, 1000)
    p = np.clip(labels * 0.3 + rng.random(1000) * 0.7, 0, 1)
    t = threshold_for_sensitivity(labels, p, 0.95)
    assert binary_metrics(labels, p, t)["sensitivity"] >= 0.95
    assert binary_metrics(labels, p, t + 0.01)["sensitivity"] < 0.96


def test_train_and_evaluate_groups_are_shared_with_other_areas():
    """Another area may create ``train``/``evaluate`` first; ours adds to them, in either order."""
    import argparse

    from triage.cli import image_cmds

    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="command")
    other = sub.add_parser("train").add_subparsers(dest="what", required=True)
    other.add_parser("text").set_defaults(func="text")
    image_cmds.register(sub)
    assert parser.parse_args(["train", "text"]).func == "text"
    args = parser.parse_args(["train", "image", "--epochs", "2", "--seed", "5"])
    assert args.func is image_cmds._train and (args.epochs, args.seed) == (2, 5)
    args = parser.parse_args(["evaluate", "pneumoniamnist", "x.npz", "--split", "val", "--json"])
    assert args.func is image_cmds._evaluate and args.split == "val"
