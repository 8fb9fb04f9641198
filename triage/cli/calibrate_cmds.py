"""CLI ``calibrate``: a clinic sets its own 2/3 line on its own past visits, and can prove it.

``calibrate PATH --scale ESI|KTAS --user ADMIN [--target-emergent-sensitivity 0.85]
[--target-under-triage 0.12] [--json]``
reads a validation CSV (the ``evaluate csv`` format), refuses a file with fewer than 500 usable
rows or with any unreadable value (naming the row and column), runs the engine on every visit,
fits the P(critical) threshold that finds the site's own level 1-2 patients at the target with the
least over-triage, and the line between 3 and 4-5 that under-calls the site's own levels at
most at the under-triage target (``triage.training.site_calibration``), cross-validates both inside the file and
stores it in the installation (audited, versioned). Nothing is stored when anything fails.
``calibrate --show`` prints the calibration in force; ``calibrate --reset`` returns to the shipped
default (a recorded version of its own).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from triage.cli import models_dir
from triage.cli.signin import add_user_argument, sign_in


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "calibrate", help="fit this installation's 2/3 line on the site's own past visits",
        description="Fit the operating threshold of P(critical) so that the site's own nurses' "
        "level 1-2 patients are found at the target sensitivity with the least over-triage; "
        "cross-validated inside the file; stored in the installation (administrators, audited).")
    p.add_argument("path", type=Path, nargs="?", help="validation CSV of the site's past visits "
                   "(the evaluate csv format; at least 500 usable rows)")
    p.add_argument("--scale", choices=("ESI", "KTAS"), required=True,
                   help="the scale the file's levels are on (and the calibration's)")
    p.add_argument("--target-emergent-sensitivity", type=float, default=0.85, metavar="S",
                   help="share of the nurses' level 1-2 patients the line must find (default 0.85)")
    p.add_argument("--target-under-triage", type=float, default=0.12, metavar="U",
                   help="the most often the engine may call a visit less urgent than the site's "
                   "nurses did; the line between 3 and 4-5 is raised until it holds (default 0.12; "
                   "0 < U < 1)")
    p.add_argument("--show", action="store_true", help="print the calibration in force and stop")
    p.add_argument("--reset", action="store_true", help="return to the shipped default")
    p.add_argument("--json", action="store_true", help="one JSON object")
    p.add_argument("--models-dir", type=Path, default=None)
    add_user_argument(p)
    p.set_defaults(func=calibrate)


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _print(obj: dict[str, Any], as_json: bool, lines: list[str]) -> None:
    if as_json:
        print(json.dumps(obj, sort_keys=True, default=str))
    else:
        print("\n".join(lines))


def calibrate(args: argparse.Namespace) -> int:
    from triage.store import CaseStore
    from triage.store.auth import Permission, require

    with CaseStore(args.database) as store:
        admin = sign_in(store, args.user)
        require(store, admin, Permission.CONFIGURE)
        if args.show or args.reset:
            if args.reset:
                store.reset_calibration(admin, args.scale)
            current = store.calibration(args.scale)
            obj = {"scale": args.scale, "in_force": current.as_point() if current else None}
            _print(obj, args.json, [f"{args.scale}: " + (
                f"site calibration {current.version} (threshold {current.critical_threshold:.4f}, "
                f"level-head intercept {current.level_shift:+.2f}, "
                f"lower line {float(current.provenance.get('lower_shift') or 0.0):+.2f}, "
                f"{current.provenance.get('rows')} rows, {current.created_at[:16]} by {current.created_by})"
                if current else "the shipped default")])
            return 0
        if args.path is None:
            print("error: give the validation CSV to calibrate on (or --show / --reset)", file=sys.stderr)
            return 2
        return _fit_and_store(args, store, admin)


def _fit_and_store(args: argparse.Namespace, store: Any, admin: Any) -> int:
    from triage.engine import Engine
    from triage.training.evaluate import first_malformed_row, load_validation_csv
    from triage.training.site_calibration import (MIN_ROWS, SiteRow, engine_signals, fit_site_line,
                                                  shipped_lower, shipped_threshold)

    path = Path(args.path)
    bad = first_malformed_row(path)
    if bad is not None:
        print(f"error: {path}: row {bad[0]}: the value of {bad[1]!r} is unreadable or impossible; "
              "correct it (or leave the cell empty for 'not recorded'). Nothing was stored.",
              file=sys.stderr)
        return 2
    loaded = load_validation_csv(path)
    if len(loaded.cases) < MIN_ROWS:
        print(f"error: {path}: {len(loaded.cases)} usable rows (of {loaded.rows}); a site line needs "
              f"at least {MIN_ROWS}. Nothing was stored.", file=sys.stderr)
        return 2
    engine = Engine.load(models_dir(args))
    signals = engine_signals(engine, loaded.intakes, args.scale)
    rows = [SiteRow(s, c.level, c.critical) for s, c in zip(signals, loaded.cases)]
    try:
        fit = fit_site_line(rows, args.scale, target=args.target_emergent_sensitivity,
                            shipped_threshold=shipped_threshold(engine, args.scale),
                            target_under=args.target_under_triage,
                            shipped_lower=shipped_lower(engine, args.scale))
    except ValueError as exc:
        print(f"error: {path}: {exc}. Nothing was stored.", file=sys.stderr)
        return 2
    provenance = {"file": path.name, "sha256": _sha256(path), "rows": fit.rows,
                  "fitted_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
                  "target_emergent_sensitivity": fit.target, "reached": fit.reached,
                  "lower_shift": fit.lower_shift, "target_under_triage": fit.target_under_triage,
                  "expected": fit.expected, "in_file": fit.in_file, "shipped_default": fit.default,
                  "curve": fit.curve, "engine": dict(engine.versions), "rules_only": engine.rules_only}
    stored = store.save_calibration(admin, args.scale, fit.threshold, level_shift=fit.level_shift,
                                    provenance=provenance)
    exp = fit.expected
    lines = [f"{args.scale}: site calibration {stored.version} stored (threshold of P(critical) "
             f"{fit.threshold:.4f}, level-head intercept {fit.level_shift:+.2f} log-odds, "
             f"lower line {fit.lower_shift:+.2f} log-odds per level, fitted on "
             f"{fit.rows} visits of {path.name})",
             f"  expected (cross-validated, {exp['folds']} folds: mean / worst fold):"]
    for key, name in (("emergent_sensitivity", "emergent sensitivity"), ("under_triage", "under-triage"),
                      ("exact", "exact agreement"), ("share_1_2", "share called 1-2"),
                      ("critical_sensitivity", "critical sensitivity")):
        if key in exp:
            lines.append(f"    {name:22} {exp[key]['mean']:.3f} / {exp[key]['worst_fold']:.3f}")
    if exp.get("in_file_aim", fit.target) > fit.target:
        lines.append(f"  aimed at {exp['in_file_aim']:.2f} in the file so that visits left out reach "
                     f"{fit.target:.2f}")
    lines.append(f"  the site's nurses called {fit.in_file['nurse_share_1_2']:.3f} of visits 1-2; "
                 f"under the shipped default the engine would call {fit.default['share_1_2']:.3f} "
                 f"and find {fit.default['emergent_sensitivity'] or 0:.3f} of theirs")
    if not fit.reached:
        lines.append(f"  warning: the target {fit.target:.2f} is not reached even at the lowest line")
    _print({"stored": stored.as_point(), **fit.to_dict()}, args.json, lines)
    return 0
