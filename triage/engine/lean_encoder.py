"""A lean forward pass of the MiniLM (BERT) encoder on the weights transformers loaded.

Why it exists: one suggestion at the desk encodes the complaint and each of its occlusion
variants in one small batch (≈ 10 texts of ≈ 12 tokens), and at that size transformers' BertModel
spends a good part of its time in per-module Python (hooks, output dataclasses, mask builders,
dropout no-ops) rather than in the matrix products. This module reads the state dict of the
loaded transformers model once and runs the same six layers in plain torch: ``F.linear``,
``F.scaled_dot_product_attention`` with an additive key mask, ``F.layer_norm``, exact (erf) GELU,
then the same mean pooling and L2 normalisation as ``TextEncoder``. Query, key and value are one
fused product, and every dense product runs on the real tokens only (the padding removed; only
attention sees the padded layout), which spares the padded rows' share of the arithmetic.

It agrees with transformers to float32 rounding (``tests/engine/test_lean_encoder.py`` holds it
to 1e-5 max abs on the pooled embeddings). ``LeanBert.from_model`` returns None for any
configuration that is not the plain post-norm BERT it implements (another ``model_type``,
activation or position embedding, a decoder, ...): the caller then keeps transformers.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import torch
import torch.nn.functional as F

# Configuration values this forward implements; anything else falls back to transformers.
EXPECTED = {"model_type": "bert", "hidden_act": "gelu", "position_embedding_type": "absolute"}


def unsupported(config: Any) -> str | None:
    """Why ``config`` is not the BERT this module implements (None: it is)."""
    for key, want in EXPECTED.items():
        got = getattr(config, key, None)
        if got != want:
            return f"{key} is {got!r}, not {want!r}"
    for flag in ("is_decoder", "add_cross_attention"):
        if getattr(config, flag, False):
            return f"{flag} is set"
    hidden, heads = getattr(config, "hidden_size", 0), getattr(config, "num_attention_heads", 0)
    if not heads or hidden % heads:
        return f"hidden_size {hidden} is not a multiple of {heads} heads"
    return None


@dataclass(frozen=True)
class _Layer:
    qkv_w: torch.Tensor  # (3 * hidden, hidden): query, key, value stacked
    qkv_b: torch.Tensor
    out_w: torch.Tensor
    out_b: torch.Tensor
    ln1_w: torch.Tensor
    ln1_b: torch.Tensor
    up_w: torch.Tensor
    up_b: torch.Tensor
    down_w: torch.Tensor
    down_b: torch.Tensor
    ln2_w: torch.Tensor
    ln2_b: torch.Tensor


class LeanBert:
    """BERT encoder + mean pooling + L2 normalisation, inference only, float32 on the CPU."""

    def __init__(self, state: dict[str, torch.Tensor], config: Any):
        reason = unsupported(config)
        if reason is not None:
            raise ValueError(f"lean encoder: {reason}")
        self.hidden = int(config.hidden_size)
        self.heads = int(config.num_attention_heads)
        self.eps = float(config.layer_norm_eps)
        self.max_positions = int(config.max_position_embeddings)

        def get(name: str) -> torch.Tensor:
            return state[name].detach().to(torch.float32).contiguous()

        self.word = get("embeddings.word_embeddings.weight")
        self.position = get("embeddings.position_embeddings.weight")
        self.token_type = get("embeddings.token_type_embeddings.weight")
        self.emb_ln_w = get("embeddings.LayerNorm.weight")
        self.emb_ln_b = get("embeddings.LayerNorm.bias")
        self.layers: list[_Layer] = []
        for i in range(int(config.num_hidden_layers)):
            p = f"encoder.layer.{i}."
            a = p + "attention.self."
            self.layers.append(_Layer(
                torch.cat([get(a + "query.weight"), get(a + "key.weight"), get(a + "value.weight")]),
                torch.cat([get(a + "query.bias"), get(a + "key.bias"), get(a + "value.bias")]),
                get(p + "attention.output.dense.weight"), get(p + "attention.output.dense.bias"),
                get(p + "attention.output.LayerNorm.weight"), get(p + "attention.output.LayerNorm.bias"),
                get(p + "intermediate.dense.weight"), get(p + "intermediate.dense.bias"),
                get(p + "output.dense.weight"), get(p + "output.dense.bias"),
                get(p + "output.LayerNorm.weight"), get(p + "output.LayerNorm.bias")))

    @classmethod
    def from_model(cls, model: Any) -> "LeanBert | None":
        """The lean forward on ``model``'s weights, or None when its configuration (or state
        dict) is not the BERT implemented here."""
        if unsupported(model.config) is not None:
            return None
        try:
            return cls(model.state_dict(), model.config)
        except (KeyError, ValueError, RuntimeError):
            return None

    def __call__(self, input_ids: torch.Tensor, attention_mask: torch.Tensor,
                 token_type_ids: torch.Tensor | None = None) -> torch.Tensor:
        """Pooled, normalised embeddings (batch, hidden) of a padded batch of token ids."""
        batch, length = input_ids.shape
        if length > self.max_positions:
            raise ValueError(f"{length} tokens exceed {self.max_positions} positions")
        keep = attention_mask.to(torch.bool)
        types = (self.token_type[token_type_ids] if token_type_ids is not None
                 else self.token_type[0])
        x = self.word[input_ids] + types + self.position[:length]
        x = F.layer_norm(x, (self.hidden,), self.emb_ln_w, self.emb_ln_b, self.eps)
        # Additive key mask: 0 for real tokens, the float minimum for padding (as transformers).
        bias = None if bool(keep.all()) else torch.zeros(batch, 1, 1, length).masked_fill_(
            ~keep[:, None, None, :], torch.finfo(torch.float32).min)
        # The dense products run on the real tokens only (packed rows); attention alone needs the
        # padded (batch, heads, length, size) layout, scattered into and gathered back from.
        rows = keep.reshape(-1).nonzero().squeeze(1)
        t = x.reshape(-1, self.hidden).index_select(0, rows)
        heads, size = self.heads, self.hidden // self.heads
        qkv = torch.zeros(batch * length, 3 * self.hidden)
        for layer in self.layers:
            qkv.index_copy_(0, rows, F.linear(t, layer.qkv_w, layer.qkv_b))
            q, k, v = qkv.view(batch, length, 3, heads, size).permute(2, 0, 3, 1, 4).unbind(0)
            att = F.scaled_dot_product_attention(q, k, v, attn_mask=bias)
            a = att.transpose(1, 2).reshape(-1, self.hidden).index_select(0, rows)
            t = F.layer_norm(F.linear(a, layer.out_w, layer.out_b) + t, (self.hidden,),
                             layer.ln1_w, layer.ln1_b, self.eps)
            h = F.linear(F.gelu(F.linear(t, layer.up_w, layer.up_b)), layer.down_w, layer.down_b)
            t = F.layer_norm(h + t, (self.hidden,), layer.ln2_w, layer.ln2_b, self.eps)
        # Mean over each text's real tokens (``TextEncoder``'s pooling without the padding).
        owner = rows // length
        counts = keep.sum(1, keepdim=True).to(t.dtype).clamp(min=1e-9)
        pooled = torch.zeros(batch, self.hidden).index_add_(0, owner, t) / counts
        return F.normalize(pooled, p=2, dim=1)
