"""Which manual floors call visits 1-2 on a validation CSV, and how many of those were critical.

    python -m bench.bench_floors [--data ../shared/data/nhamcs2010_ed.csv] [--top 12] [--json]

Why: the floors are never lowered, so the share of visits they call 1-2 is the least share any
line can reach, and the critical sensitivity they give is where the risk line starts (issue 18:
"critical sensitivity ≥ 0.65 at ≤ 18 % called 1-2"). Floors as they bind on the ESI scale with
the ESI head (``esi_rule_floor`` and the handbook's ``esi_floor``); one row per finding code.
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def run(path: Path, top: int = 12) -> dict:
    from triage.engine.esi import ESI_CONSIDERED, esi_floor, esi_rule_floor
    from triage.engine.rules import evaluate
    from triage.training.evaluate import load_validation_csv

    cases = load_validation_csv(path).cases
    by_code: collections.Counter = collections.Counter()
    alone: collections.Counter = collections.Counter()
    critical: collections.Counter = collections.Counter()
    nurse_1_2: collections.Counter = collections.Counter()
    floored = floored_critical = 0
    for case in cases:
        result = evaluate(case.intake)
        rule_floor = esi_rule_floor(result.findings)
        handbook, _ = esi_floor(case.intake, result.findings)
        floors = [f for f in (rule_floor, handbook) if f is not None]
        if not floors or min(floors) > 2:
            continue
        floored += 1
        floored_critical += bool(case.critical)
        codes = {r.code for r in result.findings if r.level_floor is not None
                 and max(r.level_floor, ESI_CONSIDERED.get(r.code, r.level_floor)) <= 2}
        if handbook is not None and handbook <= 2 and not codes:
            codes = {"esi_handbook"}
        for code in codes:
            by_code[code] += 1
            critical[code] += bool(case.critical)
            nurse_1_2[code] += case.level <= 2
        if len(codes) == 1:
            alone[next(iter(codes))] += 1
    n = len(cases)
    total_critical = sum(bool(c.critical) for c in cases)
    return {"visits": n, "floor_share_1_2": round(floored / n, 4),
            "floor_critical_sensitivity": round(floored_critical / max(1, total_critical), 4),
            "floors": [{"code": code, "visits": v, "share": round(v / n, 4), "alone": alone[code],
                        "critical_rate": round(critical[code] / v, 3),
                        "nurse_1_2_rate": round(nurse_1_2[code] / v, 3)}
                       for code, v in by_code.most_common(top)]}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data" / "nhamcs2010_ed.csv")
    parser.add_argument("--top", type=int, default=12)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    if not args.data.exists():
        print(f"bench_floors: {args.data} not found; skipped")
        return 0
    result = run(args.data, args.top)
    if args.json:
        print(json.dumps(result))
        return 0
    print(f"visits {result['visits']}: floors call {result['floor_share_1_2']:.3f} 1-2 and find "
          f"{result['floor_critical_sensitivity']:.3f} of the critically ill")
    for row in result["floors"]:
        print(f"  {row['code']:24s} {row['visits']:6d} ({row['share']:.3f})  alone {row['alone']:5d}  "
              f"critical {row['critical_rate']:.3f}  nurses 1-2 {row['nurse_1_2_rate']:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
