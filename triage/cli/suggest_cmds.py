"""CLI ``suggest``: one intake (flags) or a free-text note, through the same engine as the app.

Heavy imports (torch, transformers) stay inside the handler so ``--help`` is fast.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("suggest", help="suggest a triage level for one intake")
    p.add_argument("complaint")
    for flag in ("age", "heart-rate", "resp-rate", "sbp", "dbp", "spo2", "pain", "gcs"):
        p.add_argument(f"--{flag}", type=int, default=None)
    p.add_argument("--temperature", type=float, default=None, help="°C")
    p.add_argument("--avpu", choices=("A", "V", "P", "U"), default=None)
    p.add_argument("--sex", choices=("F", "M", "O", "U"), default=None)
    p.add_argument("--json", action="store_true")
    p.add_argument("--models-dir", type=Path, default=None)
    p.set_defaults(func=suggest)


def _models_dir(args: argparse.Namespace) -> Path:
    from models.registry import MODELS_DIR

    return args.models_dir or MODELS_DIR


def suggest(args: argparse.Namespace) -> int:
    from triage.engine import Engine
    from triage.intake import Intake, Patient, Sex, parse_vitals

    vitals = parse_vitals({"heart_rate": args.heart_rate, "resp_rate": args.resp_rate,
                           "sbp": args.sbp, "dbp": args.dbp, "spo2": args.spo2, "pain": args.pain,
                           "gcs": args.gcs, "temperature": args.temperature, "avpu": args.avpu})
    intake = Intake(Patient(age_years=args.age, sex=Sex(args.sex or "U")), args.complaint, vitals)
    suggestion = Engine.load(_models_dir(args)).suggest(intake)
    if args.json:
        print(json.dumps(suggestion.to_dict()))
        return 0
    from triage.scales import label

    print(f"level {label(suggestion.level)}  (confidence {suggestion.confidence:.0%})")
    if suggestion.uncertainty:
        print(suggestion.uncertainty)
    for r in suggestion.reasons:
        print(f"  [{r.kind}] {r.title}" + (f" — {r.detail}" if r.detail else ""))
    return 0
