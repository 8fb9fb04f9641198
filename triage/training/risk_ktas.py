"""What the P(critical) line does on the KTAS scale, judged on the KTAS records' own CV.

The risk heads never saw a KTAS record (they learned from US outcomes), so the KTAS head's
out-of-fold levels (``train_text.cross_validate_acuity``) plus the fixed risk model give an honest
picture of the KTAS engine with and without the risk path. The KTAS file has no outcomes, so its
line is not chosen on it: the shipped KTAS line is the ESI one (the same physiology), and these
figures say what it costs or gains against the expert panel's levels.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable, Sequence

import numpy as np

from triage.engine.complaint_vocabulary import model_text
from triage.engine.risk_model import RiskModel
from triage.training.evaluate import agreement, load_ktas

KTAS_FILE = "ktas_train.csv"
LINES = (0.05, 0.0895, 0.15, 0.25, 0.4)


def _figures(reference: np.ndarray, decided: np.ndarray) -> dict[str, float]:
    m = agreement(reference.tolist(), decided.tolist())
    out = {k: round(float(m[k]), 4) for k in ("exact", "under_triage", "over_triage", "qwk",
                                               "emergent_sensitivity")}
    out["share_1_2"] = round(float(np.mean(decided <= 2)), 4)
    return out


def ktas_check(data_dir: Path, model: RiskModel, line: float, *, encoder_for: Callable[[list[str]], Any],
               seed: int = 0, lines: Sequence[float] = LINES) -> dict:
    """Pooled out-of-fold KTAS figures without the risk path, at ``line``, and at ``lines``.

    ``encoder_for(texts)``: the training run's (cached) text encoder for those texts."""
    from triage.engine.rules import evaluate as rules_evaluate
    from triage.training.train_text import acuity_data, cross_validate_acuity

    loaded = load_ktas(Path(data_dir) / KTAS_FILE)
    encoder = encoder_for([model_text(i.complaint) for i in loaded.intakes])
    data = acuity_data(loaded, encoder, seed)  # type: ignore[arg-type]
    oof: dict[str, np.ndarray] = {}
    cross_validate_acuity(data, seed=seed, oof=oof)
    rules = [rules_evaluate(i) for i in loaded.intakes]
    p = model.predict(model.features(data.embeddings, loaded.intakes, rules))["critical"]
    decided = oof["decided"]

    def at(t: float) -> dict[str, float]:
        return _figures(data.levels, np.where((p >= t) & (decided > 2), 2, decided))

    return {"records": len(data.levels), "without_risk": _figures(data.levels, decided),
            "at_shipped_line": {"line": round(line, 4), **at(line)},
            "lines": [{"line": t, **at(t)} for t in lines]}
