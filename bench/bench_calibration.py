"""The site-calibration path without a site's own data (issue 18 §4): split NHAMCS by hospital,
calibrate on one half of the hospitals as if they were one ED's past visits, judge on the other.

    python -m bench.bench_calibration [--data ../shared/data/nhamcs2010_ed.csv] [--target 0.85]

Prints, for the judged hospitals, emergent sensitivity, under-triage, exact agreement, the share
called 1-2 and critical sensitivity under the shipped default and under the fitted site line.
Hospitals are split by a seeded shuffle of their ids (never by looking at them).
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
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    if not args.data.exists():
        print(f"bench_calibration: {args.data} not found; skipped")
        return 0
    from triage.engine import Engine
    from triage.training.evaluate import load_validation_csv
    from triage.training.site_calibration import (SiteRow, engine_signals, figures_at, fit_site_line,
                                                  shipped_threshold)

    loaded = load_validation_csv(args.data)
    engine = Engine.load()
    start = time.perf_counter()
    signals = engine_signals(engine, loaded.intakes, args.scale)
    seconds = time.perf_counter() - start
    rows = [SiteRow(s, c.level, c.critical) for s, c in zip(signals, loaded.cases)]
    hospitals = sorted({c.hospital for c in loaded.cases})
    random.Random(args.seed).shuffle(hospitals)
    fit_on = set(hospitals[: len(hospitals) // 2])
    a = [r for r, c in zip(rows, loaded.cases) if c.hospital in fit_on]
    b = [r for r, c in zip(rows, loaded.cases) if c.hospital not in fit_on]
    fit = fit_site_line(a, args.scale, target=args.target, shipped_threshold=shipped_threshold(engine, args.scale))
    default = figures_at(b, shipped_threshold(engine, args.scale))
    site = figures_at(b, fit.threshold, fit.level_shift)
    out = {"visits": len(rows), "hospitals": len(hospitals), "fitted_on": {"hospitals": len(fit_on), "visits": len(a)},
           "judged_on": {"hospitals": len(hospitals) - len(fit_on), "visits": len(b)},
           "threshold": fit.threshold, "level_shift": fit.level_shift, "target": args.target, "default": default, "site_line": site,
           "rules_only": engine.rules_only, "risk_heads": hasattr(engine, "signals"),
           "engine_seconds": round(seconds, 1)}
    if args.json:
        print(json.dumps(out, indent=2))
        return 0
    print(f"NHAMCS split by hospital: fitted on {len(fit_on)} hospitals ({len(a)} visits), judged on "
          f"{out['judged_on']['hospitals']} others ({len(b)} visits); threshold {fit.threshold:.4f}, "
          f"level-head intercept {fit.level_shift:+.2f}")
    for name, figures in (("shipped default", default), ("site line", site)):
        print(f"  {name:16} " + ", ".join(
            f"{k} {v:.3f}" for k, v in figures.items() if v is not None))
    return 0


if __name__ == "__main__":
    sys.exit(main())
