"""Training the outcome-risk heads is a seeded command whose output is byte-identical on rerun
(a small slice of NHAMCS with tiny trees keeps it fast), and whose manifest entry, safetensors
file and model card load back into the engine's risk model."""

from __future__ import annotations

import json
import shutil

from triage.engine.risk_model import RISK_MODEL, load_risk_model
from triage.training import train_risk


def _train(shared_data, models_dir, target):
    target.mkdir()
    shutil.copy(models_dir / "manifest.json", target / "manifest.json")
    return train_risk.train(shared_data, target, limit_hospitals=14, fast=True, folds=2)


def test_training_twice_gives_identical_bytes_and_a_loadable_model(shared_data, models_dir, tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    first = _train(shared_data, models_dir, a)
    _train(shared_data, models_dir, b)
    for name in (f"{RISK_MODEL}.safetensors", f"{RISK_MODEL}.md"):
        assert (a / name).read_bytes() == (b / name).read_bytes(), name
    entries = [json.loads((d / "manifest.json").read_text())[RISK_MODEL] for d in (a, b)]
    for e in entries:
        e.pop("created")
    assert entries[0] == entries[1]
    model, entry = load_risk_model(a)
    assert entry.data["hospitals"] == 14 and entry.data["sha256"] == train_risk.sha256_file(
        shared_data / train_risk.NHAMCS_FILE)
    assert set(model.points) == {"ESI", "KTAS"}
    assert len(first.folds) == 2 and all(0 <= f["critical_brier"] <= 1 for f in first.folds)
    # Outcomes are labels, never inputs: no feature is named after one.
    names = " ".join(entry.config["structured_features"] + entry.config["findings"])
    assert not any(o in names for o in ("admitted", "icu", "died", "level"))
