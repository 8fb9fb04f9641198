"""CLI ``self-check [--json]``: is this installed copy whole? (``triage.selfcheck`` + the GUI part).

It lives in ``ui`` because one of its parts opens the main window; Qt is imported only when the
command runs, so building the command-line parser stays fast.
"""

from __future__ import annotations

import argparse
import json


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "self-check", help="check this installation: models, engine, image model, database, GUI",
        description="Headless (offscreen) check of the installed build: model files against their "
        "manifest sha256, the engine with its models and a built-in emergency example (level 1-2), "
        "the image model on a built-in image, the data directory (modes) or the clinic server "
        "(schema version), and the main window created offscreen. Exit 1 names the failing part.")
    p.add_argument("--json", action="store_true", help="one JSON object")
    p.set_defaults(func=_self_check)


def _self_check(args: argparse.Namespace) -> int:
    from triage.selfcheck import run_self_check
    from ui.selfcheck_gui import gui_check

    report = run_self_check(args.database, args.data_dir, gui_check=gui_check)
    d = report.to_dict()
    if args.json:
        print(json.dumps(d, indent=2, sort_keys=True))
    else:
        print(f"Triage Desk {d['version']} (Python {d['python']})")
        for name in ("models", "engine", "image_model", "database", "gui"):
            part = d[name]
            print(f"  {name:12} {'ok' if part['ok'] else 'FAILED: ' + part['error']}")
        print(f"  example level {d['example_level']}; rules only: {d['rules_only']}")
        print("  timings: " + ", ".join(f"{k} {v:.2f}" for k, v in d["timings"].items()))
    if not report.ok:
        import sys
        print("self-check failed: " + ", ".join(report.failing), file=sys.stderr)
        return 1
    return 0
