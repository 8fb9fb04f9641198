"""``calibrate`` on a site the ESI head never saw: the Korean ED records (issue 18 §3-4).

    python -m bench.bench_calibration_ktas [--data ../shared/data/ktas_train.csv] [--target 0.85]
                                           [--splits 5] [--json]

The closest this repository has to "calibrated on an ED's past visits, judged on others": the
ESI head and the risk heads are trained on NHAMCS only, and these 1,014 visits of two Korean EDs
carry an expert panel's level (KTAS 1-2 is the same class as ESI 1-2: seen at once / within
15 minutes). Two checks, both on the ESI scale with the site's 1-2 line from the panel's level:

- *same site*: a seeded 60 / 40 split of the visits, ``--splits`` times (mean and worst);
- *the other ED*: fitted on every visit of the file's ``Group`` 1 (552), judged on ``Group`` 2 (462).

``calibrate`` refuses fewer than 500 rows, so neither ED alone can be split into 500 to fit and
some to judge. ESI 3-5 are not KTAS 3-5: "exact" and "under-triage" compare across scales and
are printed for completeness; the emergent sensitivity and the share called 1-2 are the figures.
Critical = ICU, operating room or death in ``Disposition`` (see ``bench_external_ktas``).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

from bench.bench_external_ktas import CRITICAL_CODES, codes, ktas_column

REPO = Path(__file__).resolve().parent.parent
KEYS = ("share_1_2", "emergent_sensitivity", "critical_sensitivity", "under_triage", "exact")


def run(path: Path, target: float, splits: int) -> dict:
    from triage.engine import Engine
    from triage.training.evaluate import load_ktas
    from triage.training.site_calibration import (SiteRow, engine_signals, figures_at, fit_site_line, shipped_lower,
                                                  shipped_threshold)

    loaded = load_ktas(path)
    disposition, groups = codes(ktas_column(path, "Disposition")), ktas_column(path, "Group")
    if not len(disposition) == len(groups) == len(loaded.cases):
        raise SystemExit("bench_calibration_ktas: the loader skipped rows; outcomes cannot be paired")
    engine = Engine.load()
    signals = engine_signals(engine, [c.intake for c in loaded.cases], "ESI")
    rows = [SiteRow(s, c.level, d in CRITICAL_CODES if d is not None else None)
            for s, c, d in zip(signals, loaded.cases, disposition)]
    shipped, lower = shipped_threshold(engine, "ESI"), shipped_lower(engine, "ESI")

    def judged(fit_rows: list, judge_rows: list) -> dict:
        fit = fit_site_line(fit_rows, "ESI", target=target, shipped_threshold=shipped, shipped_lower=lower)
        return {"threshold": fit.threshold, "level_shift": fit.level_shift, "lower_shift": fit.lower_shift,
                "default": figures_at(judge_rows, shipped, 0.0, lower),
                "site_line": figures_at(judge_rows, fit.threshold, fit.level_shift, fit.lower_shift)}

    same = []
    for seed in range(splits):
        order = list(range(len(rows)))
        random.Random(seed).shuffle(order)
        cut = int(0.6 * len(rows))
        same.append(judged([rows[k] for k in order[:cut]], [rows[k] for k in order[cut:]]))
    other = judged([r for r, g in zip(rows, groups) if g == "1"], [r for r, g in zip(rows, groups) if g == "2"])

    def summary(results: list[dict], which: str) -> dict:
        out = {}
        for key in KEYS:
            values = [r[which][key] for r in results if r[which][key] is not None]
            worst = max(values) if key in ("under_triage", "share_1_2") else min(values)
            out[key] = {"mean": round(sum(values) / len(values), 3), "worst": round(worst, 3)}
        return out

    return {"visits": len(rows), "target": target, "splits": splits,
            "same_site": {"default": summary(same, "default"), "site_line": summary(same, "site_line")},
            "other_ed": {"fitted_on": sum(g == "1" for g in groups), "judged_on": sum(g == "2" for g in groups),
                         "threshold": other["threshold"], "level_shift": other["level_shift"],
                         "default": {k: round(v, 3) for k, v in other["default"].items() if v is not None},
                         "site_line": {k: round(v, 3) for k, v in other["site_line"].items() if v is not None}}}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data" / "ktas_train.csv")
    parser.add_argument("--target", type=float, default=0.85)
    parser.add_argument("--splits", type=int, default=5)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    if not args.data.exists():
        print(f"bench_calibration_ktas: {args.data} not found; skipped")
        return 0
    result = run(args.data, args.target, args.splits)
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    print(f"{result['visits']} Korean ED visits, ESI scale, target emergent sensitivity {args.target}")
    for name, block in (("same site, 60/40 x%d (mean, worst)" % args.splits, result["same_site"]),):
        print(name)
        for line in ("default", "site_line"):
            print(f"  {line:10s} " + ", ".join(f"{k} {v['mean']:.3f} ({v['worst']:.3f})" for k, v in block[line].items()))
    other = result["other_ed"]
    print(f"other ED: fitted on {other['fitted_on']} visits of ED 1, judged on {other['judged_on']} of ED 2 "
          f"(threshold {other['threshold']:.4f}, intercept {other['level_shift']:+.2f})")
    for line in ("default", "site_line"):
        print(f"  {line:10s} " + ", ".join(f"{k} {v:.3f}" for k, v in other[line].items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
