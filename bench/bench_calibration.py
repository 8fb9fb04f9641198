"""The site-calibration path without a site's own data (issue 18 §4): split NHAMCS by hospital,
calibrate on one half of the hospitals as if they were one ED's past visits, judge on the other.

    python -m bench.bench_calibration [--data ../shared/data/nhamcs2010_ed.csv] [--target 0.85]
        [--target-under-triage 0.12] [--habit all|more-3]

Prints, for the judged hospitals, emergent sensitivity, under-triage, exact agreement, the share
called 1-2 and critical sensitivity under the shipped default, under the fitted 1-2 line alone and
under the whole site fit (1-2 line and the line between 3 and 4-5).
Hospitals are split by a seeded shuffle of their ids (never by looking at them). ``--habit more-3``
keeps only the hospitals whose nurses call level 3 more often than the median hospital does (of
their visits called 3-5; ``most-3``: the top quarter): a stand-in for an ED system that draws its 3/4 line higher than the
survey the heads learned from, chosen from the nurses' levels only, never from the engine's.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data" / "nhamcs2010_ed.csv")
    parser.add_argument("--target", type=float, default=0.85)
    parser.add_argument("--scale", default="ESI")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--target-under-triage", type=float, default=0.12)
    parser.add_argument("--habit", choices=("all", "more-3", "most-3"), default="all")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    if not args.data.exists():
        print(f"bench_calibration: {args.data} not found; skipped")
        return 0
    from triage.engine import Engine
    from triage.training.evaluate import load_validation_csv
    from triage.training.site_calibration import (SiteRow, engine_signals, figures_at, fit_site_line,
                                                  shipped_lower, shipped_threshold)

    loaded = load_validation_csv(args.data)
    engine = Engine.load()
    start = time.perf_counter()
    signals = engine_signals(engine, loaded.intakes, args.scale)
    seconds = time.perf_counter() - start
    rows = [SiteRow(s, c.level, c.critical) for s, c in zip(signals, loaded.cases)]
    hospitals = sorted({c.hospital for c in loaded.cases})
    if args.habit != "all":
        hospitals = _more_level_3(loaded.cases, hospitals, 0.5 if args.habit == "more-3" else 0.75)
    random.Random(args.seed).shuffle(hospitals)
    fit_on = set(hospitals[: len(hospitals) // 2])
    a = [r for r, c in zip(rows, loaded.cases) if c.hospital in fit_on]
    judged = set(hospitals) - fit_on
    b = [r for r, c in zip(rows, loaded.cases) if c.hospital in judged]
    fit = fit_site_line(a, args.scale, target=args.target, shipped_threshold=shipped_threshold(engine, args.scale),
                        target_under=args.target_under_triage, shipped_lower=shipped_lower(engine, args.scale))
    default = figures_at(b, shipped_threshold(engine, args.scale), 0.0, shipped_lower(engine, args.scale))
    upper_only = figures_at(b, fit.threshold, fit.level_shift)
    site = figures_at(b, fit.threshold, fit.level_shift, fit.lower_shift)
    out = {"visits": len(rows), "hospitals": len(hospitals), "fitted_on": {"hospitals": len(fit_on), "visits": len(a)},
           "judged_on": {"hospitals": len(hospitals) - len(fit_on), "visits": len(b)},
           "threshold": fit.threshold, "level_shift": fit.level_shift, "lower_shift": fit.lower_shift, "habit": args.habit,
           "target": args.target, "target_under_triage": args.target_under_triage,
           "default": default, "site_1_2_line_only": upper_only, "site_line": site,
           "rules_only": engine.rules_only, "risk_heads": hasattr(engine, "signals"),
           "engine_seconds": round(seconds, 1)}
    if args.json:
        print(json.dumps(out, indent=2))
        return 0
    print(f"NHAMCS ({args.habit} hospitals) split by hospital: fitted on {len(fit_on)} hospitals ({len(a)} visits), judged on "
          f"{out['judged_on']['hospitals']} others ({len(b)} visits); threshold {fit.threshold:.4f}, "
          f"level-head intercept {fit.level_shift:+.2f}, lower line {fit.lower_shift:+.2f}")
    for name, figures in (("shipped default", default), ("site 1-2 line", upper_only), ("site fit", site)):
        print(f"  {name:16} " + ", ".join(
            f"{k} {v:.3f}" for k, v in figures.items() if v is not None))
    return 0


def _more_level_3(cases, hospitals: list, quantile: float) -> list:
    """The hospitals whose nurses call level 3 for more of their 3-5 visits than the hospital at
    ``quantile`` does (0.5: the median; 0.75: the top quarter), among those with 20 such visits."""
    from collections import Counter

    three, low = Counter(), Counter()
    for c in cases:
        if c.level >= 3:
            low[c.hospital] += 1
            three[c.hospital] += int(c.level == 3)
    share = {h: three[h] / low[h] for h in hospitals if low[h] >= 20}
    line = sorted(share.values())[int(len(share) * quantile)]
    return [h for h in hospitals if share.get(h, -1.0) > line]


if __name__ == "__main__":
    sys.exit(main())
