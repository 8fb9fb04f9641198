"""The ESI head's training: seeded and byte-reproducible, hospital-grouped (no hospital on both
sides of a split), the threshold rule, and a round trip through safetensors + manifest."""

from __future__ import annotations

import numpy as np
import pytest

from triage.engine.text_model import ESI_FEATURES, ESI_MODEL, esi_levels, load_esi_head
from triage.training import train_esi as T


def _synthetic(n: int = 600, seed: int = 0) -> T.EsiData:
    rng = np.random.default_rng(seed)
    emb = rng.normal(size=(n, 384)).astype(np.float32)
    raw = rng.normal(size=(n, len(ESI_FEATURES)))
    raw[rng.random(raw.shape) < 0.2] = np.nan
    score = np.nan_to_num(raw[:, 0]) + emb[:, 0]
    levels = np.clip(np.digitize(score, [-2.2, -1.2, 0.3, 1.4]) + 1, 1, 5)
    critical = score < -1.6
    groups = np.array([f"h{k % 12}" for k in range(n)])
    return T.EsiData(emb, raw, np.full(n, 6), levels, critical, groups)


def test_fitting_is_seeded_and_byte_reproducible():
    data = _synthetic()
    idx = np.arange(len(data.levels))
    a, b = T.fit(data, idx, seed=0), T.fit(data, idx, seed=0)
    ta, tb = a.tensors(), b.tensors()
    assert ta.keys() == tb.keys()
    assert all(ta[k].tobytes() == tb[k].tobytes() for k in ta)


def test_splits_never_share_a_hospital():
    data = _synthetic()
    idx = np.arange(len(data.levels))
    for tr, te in T._splits(data, idx, 4, 0):
        assert not set(data.groups[idx[tr]]) & set(data.groups[idx[te]])


def test_levels_follow_the_risk_threshold_then_the_floor():
    probs = np.array([[0.6, 0.3, 0.05, 0.03, 0.02], [0.1, 0.5, 0.2, 0.1, 0.1],
                      [0.0, 0.1, 0.2, 0.6, 0.1], [0.0, 0.1, 0.2, 0.6, 0.1]])
    risk = np.array([0.9, 0.5, 0.1, 0.1])
    assert esi_levels(probs, risk, 0.4).tolist() == [1, 2, 4, 4]
    assert T.engine_levels(probs, risk, np.array([6, 6, 6, 2]), 0.4).tolist() == [1, 2, 4, 2]


def test_threshold_calls_no_more_than_the_cap():
    data = _synthetic(900, seed=1)
    idx = np.arange(len(data.levels))
    rng = np.random.default_rng(2)
    probs = rng.dirichlet(np.ones(5), size=len(idx))
    risk = rng.random(len(idx))
    t = T.choose_threshold(probs, risk, data, idx)
    assert np.mean(T.engine_levels(probs, risk, data.floors, t) <= 2) <= T.SHARE_CAP + 1e-9


def test_committed_format_round_trips(tmp_path):
    from triage.training.train_text import _save

    data = _synthetic()
    head = T.fit(data, np.arange(len(data.levels)), seed=0, threshold=0.3)
    training = T.EsiTraining(head, T.GroupedCV([], [], np.zeros((0, 5)), np.zeros(0)), [], 600, 12, 0)
    _save(ESI_MODEL, head.tensors(), {"data": {"file": "synthetic"}, "labels": tuple("12345"),
                                      "metrics": {}, "config": T.esi_config(training, "enc", 384)},
          tmp_path)
    loaded, entry = load_esi_head(tmp_path)
    e, s = data.embeddings[:50], data.structured[:50]
    # The file keeps float32 logistic arrays: a tree split can fall on the other side of a
    # rounded value, so the loaded head agrees closely, not bit for bit, with the one in memory.
    assert np.abs(loaded.risk(e, s) - head.risk(e, s)).mean() < 1e-3
    assert np.abs(loaded.levels.probabilities(e, s) - head.levels.probabilities(e, s)).max() < 0.05
    assert loaded.threshold == pytest.approx(0.3) and entry.config["structured_features"] == list(ESI_FEATURES)
