"""Triage Desk entry point: parse arguments, pick the data directory, run the GUI or a subcommand.

Subcommands live in ``triage/commands/*`` (one module per area, each with ``register(subparsers)``)
so that this file only wires things together.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from pathlib import Path

COMMAND_MODULES = (
    "triage.cli.store_cmds",  # seed-demo, audit verify, create-admin
    "triage.cli.engine_cmds",  # train text, evaluate ktas / mimic-ed, bench engine
    "triage.cli.suggest_cmds",  # suggest (flags or a free-text note)
    "triage.cli.image_cmds",  # train image, evaluate pneumoniamnist, analyze-image
    "triage.cli.export_cmds",  # export, import
    "triage.cli.server_cmds",  # migrate-to-server
    "triage.cli.mci_cmds",  # mci tag (START / JumpSTART)
    "triage.cli.calibrate_cmds",  # calibrate (a site's own 2/3 line)
    "ui.selfcheck_cmd",  # self-check (the GUI part needs ui; Qt imported only when it runs)
)


def default_data_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("TriageDesk", "TriageDesk"))


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="main.py",
        description="Triage Desk: local emergency triage decision support. "
        "Without a subcommand, opens the desktop app.",
    )
    parser.add_argument("--data-dir", type=Path, default=None,
                        help="installation directory (database, attachments); "
                        "default: the platform's user data directory")
    parser.add_argument("--database", default=None, metavar="URL",
                        help="sqlite:///path/to/triage.db (default: <data-dir>/triage.db) or "
                        "postgresql://user@host:5432/dbname for a clinic server (password from "
                        "PGPASSWORD or ~/.pgpass); default: $TRIAGE_DATABASE_URL")
    parser.add_argument("--language", choices=("en", "ko"), default=None,
                        help="interface language of the desktop app (default: the system "
                        "locale's, English where there is no translation)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    gui = sub.add_parser("gui", help="open the desktop app (the default)")
    gui.set_defaults(func=_run_gui)
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def _run_gui(args: argparse.Namespace) -> int:
    from ui.app import run_app

    return run_app(args.data_dir, args.database, language=getattr(args, "language", None))


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    from triage.store.url import DatabaseUrlError, resolve

    try:
        database = resolve(args.database, args.data_dir or default_data_dir())
    except DatabaseUrlError as exc:
        parser.error(str(exc))
    if args.data_dir is None:  # a sqlite URL names the installation folder too
        args.data_dir = database.data_dir or default_data_dir()
    args.database = database
    func = getattr(args, "func", None) or _run_gui
    try:
        return int(func(args) or 0)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # typed domain errors become one clear line, not a traceback
        from triage.errors import TriageError

        if isinstance(exc, TriageError):
            print(f"error: {exc}", file=sys.stderr)
            return 2
        raise


if __name__ == "__main__":
    sys.exit(main())
