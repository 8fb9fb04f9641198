"""Boosted trees kept as arrays (triage/boosted_trees.py) and the committed acuity head's trees."""

from __future__ import annotations

import json
import shutil

import numpy as np
import pytest
from safetensors.numpy import load_file, save_file
from sklearn.ensemble import HistGradientBoostingClassifier

from models.registry import sha256_file
from triage.engine.boosted_trees import BoostedTrees
from triage.errors import ModelUnavailable
from triage.engine.text_model import load_acuity_head


def _fitted(levels=(1, 2, 3, 4, 5)):
    rng = np.random.default_rng(1)
    X = rng.normal(size=(500, 5))
    X[rng.random(X.shape) < 0.25] = np.nan
    y = rng.choice(levels, size=500)
    y[np.nan_to_num(X[:, 0]) > 1.0] = levels[0]
    model = HistGradientBoostingClassifier(max_iter=30, max_depth=3, random_state=0).fit(X, y)
    return model, rng


def test_numpy_prediction_equals_scikit_learn_including_missing_values():
    model, rng = _fitted()
    trees = BoostedTrees.from_sklearn(model, 5, lambda lv: lv - 1)
    X = rng.normal(size=(300, 5))
    X[rng.random(X.shape) < 0.3] = np.nan
    assert np.abs(trees.probabilities(X) - model.predict_proba(X)).max() < 1e-12


def test_round_trip_through_safetensors(tmp_path):
    model, rng = _fitted()
    trees = BoostedTrees.from_sklearn(model, 5, lambda lv: lv - 1)
    save_file(trees.tensors(), str(tmp_path / "t.safetensors"))
    back = BoostedTrees.from_tensors(load_file(str(tmp_path / "t.safetensors")))
    X = rng.normal(size=(50, 5))
    assert np.array_equal(back.probabilities(X), trees.probabilities(X))


def test_a_level_absent_from_training_is_never_predicted():
    model, rng = _fitted(levels=(2, 3, 4))
    trees = BoostedTrees.from_sklearn(model, 5, lambda lv: lv - 1)
    p = trees.probabilities(rng.normal(size=(40, 5)))
    assert p.shape == (40, 5) and p[:, [0, 4]].max() < 1e-9


def test_inconsistent_arrays_are_refused():
    model, _ = _fitted()
    t = BoostedTrees.from_sklearn(model, 5, lambda lv: lv - 1).tensors()
    t["trees.left"] = t["trees.left"] + 10**6
    with pytest.raises(ValueError, match="do not fit"):
        BoostedTrees.from_tensors(t)


def test_committed_head_has_its_trees(models_dir):
    head, entry = load_acuity_head(models_dir)
    assert head.trees is not None and len(head.trees.roots) == entry.config["trees"]
    assert head.tree_weight == entry.config["tree_weight"] > 0


def test_tree_arrays_missing_from_the_file_make_the_model_unavailable(tmp_path, models_dir):
    """A file that matches its manifest hash but lacks the trees (e.g. written by an older trainer
    with a hand-edited manifest) is refused with a message, never half-used."""
    for name in ("manifest.json", "text_acuity.safetensors"):
        shutil.copy(models_dir / name, tmp_path / name)
    path = tmp_path / "text_acuity.safetensors"
    arrays = {k: v for k, v in load_file(str(path)).items() if not k.startswith("trees.")}
    save_file(arrays, str(path))
    manifest = json.loads((tmp_path / "manifest.json").read_text())
    manifest["text_acuity"]["sha256"] = sha256_file(path)
    (tmp_path / "manifest.json").write_text(json.dumps(manifest))
    with pytest.raises(ModelUnavailable, match="lacks"):
        load_acuity_head(tmp_path)


def test_binary_boosting_equals_scikit_learn_and_round_trips_under_its_prefix(tmp_path):
    rng = np.random.default_rng(3)
    X = rng.normal(size=(400, 5))
    X[rng.random(X.shape) < 0.1] = np.nan
    y = (np.nan_to_num(X[:, 0]) + 0.5 * np.nan_to_num(X[:, 2]) > 0.3).astype(int)
    model = HistGradientBoostingClassifier(max_iter=30, max_depth=3, random_state=0).fit(X, y)
    trees = BoostedTrees.from_sklearn(model, 2, int)
    np.testing.assert_allclose(trees.probabilities(X), model.predict_proba(X), atol=1e-9)
    save_file(trees.tensors("risk_trees."), str(tmp_path / "t.safetensors"))
    back = BoostedTrees.from_tensors(load_file(str(tmp_path / "t.safetensors")), "risk_trees.")
    np.testing.assert_allclose(back.probabilities(X), model.predict_proba(X), atol=1e-9)
    with pytest.raises(KeyError):  # another prefix finds nothing
        BoostedTrees.from_tensors(load_file(str(tmp_path / "t.safetensors")))
