"""The Korean ED records as an emergency department the US-trained parts never saw (issue 18 §4).

    python -m bench.bench_external_ktas [--data ../shared/data/ktas_train.csv] [--json]

The ESI head and both outcome-risk heads are trained on NHAMCS alone, so the 1,014 KTAS records
(two Korean EDs, 2016-17) are an unseen site for them: this prints, with the shipped default line,
what a new ED would meet — emergent sensitivity (the expert panel's KTAS 1-2 found at 1-2),
under-triage and the share called 1-2 on the ESI scale, and the AUC and Brier score of P(critical)
and P(admission) against the recorded disposition, beside the triage nurse's own level (KTAS_RN).

Outcomes come from the file's ``Disposition`` column, read as its publication codes it (Moon et
al., PLoS One 2019: 1 discharge, 2 ward, 3 ICU, 4 discharge, 5 transfer, 6 death, 7 operating
room — the data README lists the column but not its codes): critical = ICU, operating room or
death (as NHAMCS's ICU / OR / cath lab / died); admission = ward, ICU, operating room or transfer.
These are labels for the check only; the engine never reads them. 35 critical visits: the AUC's
interval is wide (about ± 0.08), so the figure says "in the range", not a ranking of models.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CRITICAL_CODES = {3, 6, 7}
ADMISSION_CODES = {2, 3, 5, 7}


def ktas_column(path: Path, name: str) -> list[str]:
    """One column of the KTAS file, each record's value stripped, in file order."""
    with path.open(encoding="utf-8", errors="replace", newline="") as handle:
        return [(row.get(name) or "").strip() for row in csv.DictReader(handle, delimiter=";")]


def codes(values: list[str]) -> list[int | None]:
    """Integer codes (``Disposition``, ``KTAS_RN``); None where unreadable."""
    return [int(v) if v.isdigit() else None for v in values]


def run(path: Path) -> dict:
    import numpy as np
    from sklearn.metrics import brier_score_loss, roc_auc_score

    from triage.engine import Engine
    from triage.training.evaluate import load_ktas

    loaded = load_ktas(path)
    disposition = codes(ktas_column(path, "Disposition"))
    nurse = codes(ktas_column(path, "KTAS_RN"))
    if len(disposition) != len(loaded.cases):  # the loader skipped rows: outcomes cannot be paired
        raise SystemExit(f"bench_external_ktas: {len(loaded.cases)} cases but {len(disposition)} rows")
    engine = Engine.load()
    intakes = [c.intake for c in loaded.cases]
    reference = np.array([c.level for c in loaded.cases])
    levels, _, risks = engine.assess(intakes, scale="ESI", risks=True)
    levels = np.array(levels)
    known = np.array([d is not None and n is not None for d, n in zip(disposition, nurse)])
    critical = np.array([d in CRITICAL_CODES for d in disposition])[known]
    admitted = np.array([d in ADMISSION_CODES for d in disposition])[known]
    p_critical = np.array(risks["critical"], dtype=float)[known]
    p_admission = np.array(risks["admission"], dtype=float)[known]
    nurse_level = np.array([n for n, k in zip(nurse, known) if k])
    emergent = reference <= 2
    return {
        "records": int(len(reference)), "critical": int(critical.sum()), "admitted": int(admitted.sum()),
        "esi_share_1_2": round(float(np.mean(levels <= 2)), 3),
        "esi_emergent_sensitivity": round(float(np.mean(levels[emergent] <= 2)), 3),
        "esi_under_triage": round(float(np.mean(levels > reference)), 3),
        "critical_sensitivity_at_1_2": round(float(np.mean(levels[known][critical] <= 2)), 3),
        "critical_auc": round(float(roc_auc_score(critical, p_critical)), 3),
        "admission_auc": round(float(roc_auc_score(admitted, p_admission)), 3),
        "critical_brier": round(float(brier_score_loss(critical, p_critical)), 4),
        "admission_brier": round(float(brier_score_loss(admitted, p_admission)), 4),
        "mean_p_critical": round(float(p_critical.mean()), 3), "observed_critical": round(float(critical.mean()), 3),
        "mean_p_admission": round(float(p_admission.mean()), 3), "observed_admission": round(float(admitted.mean()), 3),
        "nurse_share_1_2": round(float(np.mean(nurse_level <= 2)), 3),
        "nurse_critical_sensitivity": round(float(np.mean(nurse_level[critical] <= 2)), 3),
        "nurse_critical_auc": round(float(roc_auc_score(critical, -nurse_level)), 3),
        "nurse_admission_auc": round(float(roc_auc_score(admitted, -nurse_level)), 3),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data" / "ktas_train.csv")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    if not args.data.exists():
        print(f"bench_external_ktas: {args.data} not found; skipped")
        return 0
    result = run(args.data)
    if args.json:
        print(json.dumps(result))
    else:
        for key, value in result.items():
            print(f"{key:32s} {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
