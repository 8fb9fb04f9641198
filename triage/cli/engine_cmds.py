"""CLI of the engine: ``train text``, ``evaluate ktas|mimic-ed``, ``bench engine``.

``suggest`` lives in ``suggest_cmds`` (flags or a free-text note).

Heavy imports (torch, transformers, scikit-learn) stay inside the handlers so ``--help`` is fast.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from triage.cli import models_dir, subcommand_group


def register(subparsers: argparse._SubParsersAction) -> None:
    train = subcommand_group(subparsers, "train", "train a model (reproducible, seeded)")
    p = train.add_parser("text", help="train the text heads (acuity, symptom) and print the CV")
    p.add_argument("--data", type=Path, default=None, help="folder with ktas_train.csv and "
                   "medical_speech_intent.csv (default: ../shared/data)")
    p.add_argument("--models-dir", type=Path, default=None)
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--json", action="store_true", help="print the CV figures as JSON")
    p.set_defaults(func=train_text)

    p = train.add_parser("risk", help="train the outcome-risk heads P(critical), P(admission) on "
                         "NHAMCS (hospital-grouped CV) and print the CV")
    p.add_argument("--data", type=Path, default=None, help="folder with nhamcs2010_ed.csv "
                   "(default: ../shared/data)")
    p.add_argument("--models-dir", type=Path, default=None)
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--json", action="store_true", help="print the CV figures as JSON")
    p.set_defaults(func=train_risk)

    evaluate = subcommand_group(subparsers, "evaluate", "score a model on a labelled data set")
    for name, help_, arg_help in (
            ("ktas", "score the engine on a file in the KTAS format", "a ktas_train.csv-format file"),
            ("mimic-ed", "score the engine on MIMIC-IV-ED triage.csv (+ edstays.csv)",
             "folder with triage.csv (and optionally edstays.csv)")):
        p = evaluate.add_parser(name, help=help_)
        p.add_argument("path", type=Path, help=arg_help)
        p.add_argument("--json", action="store_true", help="print one JSON object")
        p.add_argument("--models-dir", type=Path, default=None)
        p.set_defaults(func=evaluate_set, dataset=name)

    p = evaluate.add_parser("csv", help="score the engine on a site's validation CSV (any hospital's "
                            "own triage log; format in the data README)")
    p.add_argument("path", type=Path, help="CSV with level, complaint, vital signs (+ outcomes)")
    p.add_argument("--scale", choices=("ESI", "KTAS"), required=True,
                   help="the scale the file's levels are on")
    p.add_argument("--by", choices=("hospital",), default=None,
                   help="add the same figures per group")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.add_argument("--models-dir", type=Path, default=None)
    p.set_defaults(func=evaluate_csv)

    bench = subcommand_group(subparsers, "bench", "measure speed")
    p = bench.add_parser("engine", help="engine load time, suggestion latency, memory")
    p.add_argument("--n", type=int, default=200, help="suggestions to time (after warm-up)")
    p.add_argument("--json", action="store_true")
    p.add_argument("--models-dir", type=Path, default=None)
    p.set_defaults(func=bench_engine)


def train_text(args: argparse.Namespace) -> int:
    from triage.training.train_text import SHARED_DATA, report_json, train

    def progress(fraction: float, message: str) -> None:
        print(f"[{fraction:4.0%}] {message}", file=sys.stderr, flush=True)

    report = train(args.data or SHARED_DATA, models_dir(args), seed=args.seed, progress=progress)
    print(report_json(report) if args.json else "\n".join(report.lines()))
    return 0


def train_risk(args: argparse.Namespace) -> int:
    from triage.training.data_paths import SHARED_DATA
    from triage.training.train_risk import summary, train

    def progress(fraction: float, message: str) -> None:
        print(f"[{fraction:4.0%}] {message}", file=sys.stderr, flush=True)

    training = train(args.data or SHARED_DATA, models_dir(args), seed=args.seed, progress=progress)
    cv = summary(training.folds)
    if args.json:
        print(json.dumps({"cv_5fold_hospital_grouped": cv, "point": {
            k: v for k, v in training.chosen.point.items() if isinstance(v, (bool, list, type(None)))
            or v == v and abs(v) != float("inf")}}, indent=2))
    else:
        for key, m in cv.items():
            print(f"{key:34s} mean {m['mean']:.4f}  sd {m['sd']:.4f}  worst {m['worst']:.4f}")
        print(f"operating point: {training.chosen.point}")
    return 0


def evaluate_set(args: argparse.Namespace) -> int:
    import time

    from triage.engine import Engine
    from triage.training.evaluate import evaluate_engine, load_ktas, load_mimic_ed

    ktas = args.dataset == "ktas"
    loaded = load_ktas(args.path) if ktas else load_mimic_ed(args.path)
    engine = Engine.load(models_dir(args))
    scale = "KTAS" if ktas else "ESI"
    start = time.perf_counter()
    result = evaluate_engine(loaded, lambda intakes: engine.levels(intakes, scale=scale))
    seconds = time.perf_counter() - start
    result.update(scale=scale, rules_only=engine.rules_only, seconds=round(seconds, 2),
                  cases_per_s=round(len(loaded.cases) / seconds, 1) if seconds > 0 else None,
                  versions=engine.versions)
    if args.json:
        print(json.dumps(result))
    else:
        _print_result(result)
    return 0


def evaluate_csv(args: argparse.Namespace) -> int:
    import time

    from triage.engine import Engine
    from triage.training.evaluate import evaluate_validation, load_validation_csv

    loaded = load_validation_csv(args.path)
    engine = Engine.load(models_dir(args))
    start = time.perf_counter()
    point = installation_point(args)
    result = evaluate_validation(loaded, lambda intakes: engine.assess(intakes, scale=args.scale,
                                                                       point=point, risks=True),
                                 by_hospital=args.by == "hospital")
    seconds = time.perf_counter() - start
    result.update(calibration=point.to_dict() if point is not None else "shipped default")
    if point is not None:
        result["calibration"]["provenance"] = {k: v for k, v in point.provenance.items() if k != "curve"}
    result.update(scale=args.scale, rules_only=engine.rules_only, seconds=round(seconds, 2),
                  cases_per_s=round(len(loaded.cases) / seconds, 1) if seconds > 0 else None,
                  versions=engine.versions)
    if args.json:
        print(json.dumps(result))
        return 0
    groups = result.pop("groups", None)
    _print_result(result)
    for name, figures in (groups or {}).items():
        print(f"\n{args.by} {name}: n {figures['n']}, exact {_fmt(figures['exact'])}, "
              f"emergent sensitivity {_fmt(figures['emergent_sensitivity'])}, "
              f"share 1-2 {_fmt(figures['share_1_2'])}"
              + (f", critical sensitivity {_fmt(figures['critical_sensitivity'])}"
                 if "critical_sensitivity" in figures else ""))
    return 0


def installation_point(args: argparse.Namespace):
    """The site calibration of the installation ``--data-dir`` / ``--database`` names for
    ``args.scale``, or None (the shipped default): an installation that does not exist yet is not
    created for it."""
    from triage.engine.operating_point import OperatingPoint

    database = args.database
    if getattr(database, "is_sqlite", False) and not (database.path and Path(database.path).exists()):
        return None
    from triage.store import CaseStore

    with CaseStore(database) as store:
        current = store.calibration(args.scale)
    return OperatingPoint.from_dict(current.as_point()) if current is not None else None


def _fmt(value: object) -> str:
    return f"{value:.3f}" if isinstance(value, float) else str(value)


def _print_result(result: dict) -> None:
    for key, value in result.items():
        if key != "confusion":
            print(f"{key:30s} {_fmt(value)}")
    print("confusion (rows: reference 1-5, columns: predicted 1-5)")
    for row in result["confusion"]:
        print("  " + " ".join(f"{v:5d}" for v in row))


def bench_engine(args: argparse.Namespace) -> int:
    from triage.engine.speed import run

    result = run(models_dir(args), n=args.n)
    print(json.dumps(result) if args.json else "\n".join(f"{k:10s} {v}" for k, v in result.items()))
    return 0
