"""The lean MiniLM forward (triage/engine/lean_encoder.py) against transformers, on the real
committed weights: the same embeddings to 1e-5, the same suggestions, and transformers kept for a
configuration the lean forward does not implement."""

from __future__ import annotations

import json
from dataclasses import replace

import numpy as np
import pytest

from triage.engine.lean_encoder import LeanBert, unsupported
from triage.engine.speed import COMPLAINTS, _intakes
from triage.engine.text_model import MAX_TOKENS, TextEncoder, TextModel, encoder_dir, load_acuity_head

TOLERANCE = 1e-5
LONG = "crushing central chest pain radiating to the jaw and left arm with sweating " * 12
TEXTS = (list(COMPLAINTS) + ["", " ", "x", "?", "N/V/D", "日本語の胸痛", "가슴 통증", LONG,
                             "pt c/o SOB ++, RR 32, SpO2 85% RA, hx COPD, CO2 retainer"])


@pytest.fixture(scope="module")
def encoders() -> tuple[TextEncoder, TextEncoder]:
    """The encoder as the engine builds it (lean) and one on the same weights with the lean
    forward switched off (transformers' BertModel)."""
    lean, reference = TextEncoder(), TextEncoder()
    reference.lean = None
    assert lean.lean is not None  # the shipped MiniLM is the BERT the lean forward implements
    return lean, reference


def _gap(lean: TextEncoder, reference: TextEncoder, texts: list[str]) -> float:
    return float(np.abs(lean._encode_batch(texts) - reference._encode_batch(texts)).max())


def test_same_embeddings_as_transformers(encoders):
    lean, reference = encoders
    assert _gap(lean, reference, TEXTS) <= TOLERANCE  # one batch: empty, truncated, padded
    for text in TEXTS:  # alone: no padding at all
        assert _gap(lean, reference, [text]) <= TOLERANCE, text
    # Padding-heavy: one long text among one-word ones, most of each row padding.
    assert _gap(lean, reference, [LONG, "x", "", "fever", "cough"] * 8) <= TOLERANCE
    # Occlusion batches as a suggestion builds them (the complaint and it less each word).
    for k, text in enumerate(COMPLAINTS):
        words = f"{text} for {k + 1} days".split()
        batch = [" ".join(words)] + [" ".join(words[:j] + words[j + 1:]) for j in range(len(words))]
        assert _gap(lean, reference, batch) <= TOLERANCE, text


def test_bulk_batches_run_transformers_and_the_lean_forward_matches_them(encoders):
    """In ``bulk()`` the encoder keeps transformers (a bulk batch is all arithmetic; the lean
    forward's packed buffers only raised the resident memory); the lean forward still agrees on
    batches of that size."""
    import torch

    lean, reference = encoders
    texts = [c.complaint for c in _intakes(300)]
    real, calls = lean.lean, []
    lean.lean = lambda *tensors: calls.append(len(tensors[0])) or real(*tensors)
    try:
        with lean.bulk(), reference.bulk():  # every core, batches of 256
            bulk = lean._encode_batch(texts[:256])
            assert float(np.abs(bulk - reference._encode_batch(texts[:256])).max()) <= TOLERANCE
        assert calls == []  # transformers ran in bulk
        lean._encode_batch(texts[:3])
        assert calls == [3]  # and the lean forward outside it
    finally:
        lean.lean = real
    encoded = lean.tokenizer(texts[:256], padding=True, truncation=True, max_length=MAX_TOKENS,
                             return_tensors="pt")
    with torch.inference_mode():
        direct = lean.lean(encoded["input_ids"], encoded["attention_mask"],
                           encoded.get("token_type_ids")).numpy()
    assert float(np.abs(direct - bulk).max()) <= TOLERANCE
    assert _gap(lean, reference, texts[256:]) <= TOLERANCE  # outside bulk: the lean forward


def test_same_suggestions_and_reasons(encoders, models_dir):
    lean, reference = encoders
    acuity, _ = load_acuity_head(models_dir)
    fast, slow = TextModel(lean, acuity), TextModel(reference, acuity)
    cases = _intakes(40, start=7000)
    cases += [replace(cases[0], complaint=t) for t in ("", LONG, "chest pain, SOB, diaphoretic")]
    for a, b in zip(fast.predict(cases, [None] * len(cases), attributions=True),
                    slow.predict(cases, [None] * len(cases), attributions=True)):
        assert a.level == b.level
        assert max(abs(a.probabilities[lv] - b.probabilities[lv]) for lv in a.probabilities) < 1e-5
        assert [w for w, _ in a.words] == [w for w, _ in b.words]
        assert all(abs(x - y) <= 2e-4 for (_, x), (_, y) in zip(a.words, b.words))


@pytest.mark.parametrize("change", [{"hidden_act": "gelu_new"}, {"hidden_act": "relu"},
                                    {"position_embedding_type": "relative_key"},
                                    {"is_decoder": True}, {"model_type": "roberta"}])
def test_unexpected_config_keeps_transformers(encoders, change):
    """A real transformers model (random weights) of each configuration the lean forward does not
    implement: ``from_model`` declines it, so ``TextEncoder`` runs transformers."""
    from transformers import AutoConfig, AutoModel

    settings = {k: v for k, v in encoders[0].model.config.to_dict().items()
                if k in ("hidden_size", "num_hidden_layers", "num_attention_heads",
                         "intermediate_size", "hidden_act", "position_embedding_type")}
    kind = change.get("model_type", "bert")
    config = AutoConfig.for_model(kind, **{**settings, **{k: v for k, v in change.items()
                                                          if k != "model_type"}})
    assert unsupported(config) is not None
    model = AutoModel.from_config(config).eval()
    assert LeanBert.from_model(model) is None
    with pytest.raises(ValueError):
        LeanBert(model.state_dict(), config)


def test_encoder_directory_with_another_activation_falls_back(tmp_path, encoders):
    """End to end: the same weights under a config.json saying ``gelu_new`` load through
    transformers only (the lean forward would compute exact GELU, not what the config says)."""
    source = encoder_dir()
    for item in source.iterdir():
        if item.name != "config.json":
            (tmp_path / item.name).symlink_to(item)
    config = json.loads((source / "config.json").read_text())
    (tmp_path / "config.json").write_text(json.dumps({**config, "hidden_act": "gelu_new"}))
    odd = TextEncoder(tmp_path)
    assert odd.lean is None
    out = odd.encode(["chest pain", ""])
    assert out.shape == (2, 384) and np.allclose(np.linalg.norm(out, axis=1), 1.0, atol=1e-5)
    # gelu_new is the tanh approximation: close to, but not, the shipped model's numbers.
    assert np.abs(out - encoders[0].encode(["chest pain", ""])).max() < 1e-2
