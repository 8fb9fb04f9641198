"""How the engine fares with only the fields a MIMIC-IV-ED triage row has, out of fold.

No ESI-labelled data is available here. What can be measured is the part of the external check
that does not depend on the ESI labels themselves: train on full KTAS records exactly as
``train text`` does, then predict each held-out fold from a *MIMIC view* of its records — no age,
no consciousness level, no injury flag, arrival only as walk-in / ambulance — map to ESI with
``triage.engine.esi`` and count how many expert KTAS 1-2 patients are still called ESI 1-2, and how
many patients are called ESI 1-2 at all.

    python -m bench.esi_proxy [--seed 0]

Prints aggregate figures only (no rows). KTAS 1-2 is not ESI 1-2 (ESI 2 is broader: US EDs
call about a third of their patients ESI 2, the KTAS experts 17 % level 2), so this measures the
loss from missing fields and the mapping's reach, not the external score.
"""

from __future__ import annotations

import argparse
import json
from dataclasses import replace

import numpy as np


def mimic_view(intake):
    """The intake as MIMIC-IV-ED would have it: no age, AVPU or injury; coarse arrival mode."""
    from triage.intake import ArrivalMode

    mode = (ArrivalMode.AMBULANCE if intake.arrival_mode in (ArrivalMode.AMBULANCE, ArrivalMode.HELICOPTER)
            else ArrivalMode.WALK_IN if intake.arrival_mode != ArrivalMode.UNKNOWN else ArrivalMode.UNKNOWN)
    patient = replace(intake.patient, age_years=None, birth_date=None)
    return replace(intake, patient=patient, vitals=replace(intake.vitals, avpu=None, gcs=None),
                   injury=None, arrival_mode=mode)


def run(seed: int = 0, folds: int = 5) -> dict:
    from sklearn.model_selection import StratifiedKFold

    from triage.engine.esi import esi_level
    from triage.training.evaluate import load_ktas
    from triage.engine.rules import evaluate as evaluate_rules
    from triage.engine.text_model import TextEncoder, structured_features
    from triage.training.train_text import (KTAS_FILE, SHARED_DATA, _committed, acuity_data, engine_levels,
                                   select)

    loaded = load_ktas(SHARED_DATA / KTAS_FILE)
    data = acuity_data(loaded, TextEncoder(), seed)
    views = [mimic_view(i) for i in loaded.intakes]
    results = [evaluate_rules(v) for v in views]
    view_raw = np.vstack([structured_features(v, r) for v, r in zip(views, results)])
    view_floor = np.array([r.floor if r.floor is not None else 6 for r in results])
    full_results = [evaluate_rules(i) for i in loaded.intakes]
    ref = data.levels
    esi = np.zeros(len(ref), dtype=int)
    full_esi = np.zeros(len(ref), dtype=int)
    splitter = StratifiedKFold(folds, shuffle=True, random_state=seed)
    for tr, te in splitter.split(ref, ref):
        chosen = select(data, tr, seed)
        head = _committed(data, tr, chosen, seed)
        for raw, floors, intakes, rules, out in (
                (view_raw, view_floor, views, results, esi),
                (data.structured, data.floors, loaded.intakes, full_results, full_esi)):
            probs = head.probabilities(data.embeddings[te], raw[te])
            levels = engine_levels(probs, floors[te], chosen["under_cost"])
            for k, j in enumerate(te):
                out[j] = esi_level(int(levels[k]), intakes[j], dict(zip(range(1, 6), probs[k])),
                                   rules[j].findings)[0]
    emergent = ref <= 2

    def figures(pred: np.ndarray) -> dict:
        return {"ktas_1_2_called_esi_1_2": round(float(np.mean(pred[emergent] <= 2)), 3),
                "ktas_1_called_esi_1": round(float(np.mean(pred[ref == 1] == 1)), 3),
                "share_called_esi_1_2": round(float(np.mean(pred <= 2)), 3),
                "ktas_4_5_called_esi_1_2": round(float(np.mean(pred[ref >= 4] <= 2)), 3),
                "esi_distribution": {str(lv): int(np.sum(pred == lv)) for lv in range(1, 6)}}

    return {"n": int(len(ref)), "seed": seed, "mimic_fields": figures(esi), "all_fields": figures(full_esi)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    print(json.dumps(run(args.seed), indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
