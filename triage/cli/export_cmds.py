"""CLI of export and import: ``export --format … --out …`` and ``import PATH``.

Both need an administrator: the user name comes from ``--user``, the password from the environment
variable ``TRIAGE_PASSWORD`` or a prompt. Heavy imports stay inside the handlers.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path
from typing import Any, Callable

from triage.cli.signin import add_user_argument, sign_in



def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("export", help="export cases as CSV, JSON Lines, FHIR R4 (NDJSON) or PDF "
                       "(administrators)")
    p.add_argument("--format", required=True, choices=("csv", "jsonl", "fhir", "pdf"))
    p.add_argument("--out", required=True, type=Path,
                   help="output file; for pdf, a path without .pdf is a folder with one PDF per case")
    p.add_argument("--from", dest="start", type=_day_or_time, default=None, metavar="DATE",
                   help="first arrival date (YYYY-MM-DD or ISO date-time, UTC)")
    p.add_argument("--to", dest="end", type=_day_or_time, default=None, metavar="DATE",
                   help="last arrival date, inclusive (YYYY-MM-DD) or exclusive end date-time")
    p.add_argument("--deidentify", action="store_true",
                   help="remove identifiers, pseudonymise, shift dates, group ages over 89")
    p.add_argument("--no-files", action="store_true", help="do not copy attachment files")
    add_user_argument(p)
    p.set_defaults(func=export_command)

    p = sub.add_parser("import", help="import cases from our JSON Lines or CSV export (administrators)")
    p.add_argument("path", type=Path)
    p.add_argument("--merge-patients", action="store_true",
                   help="a row whose MRN belongs to a patient here with another name or birth date "
                   "updates that patient (without it such a row is refused, and nothing imported)")
    add_user_argument(p)
    p.set_defaults(func=import_command)


def _day_or_time(text: str) -> tuple[datetime, bool]:
    """(moment, whether only a day was given); a bare day means its whole length for ``--to``."""
    try:
        day = date.fromisoformat(text)
        return datetime.combine(day, time(), tzinfo=timezone.utc), True
    except ValueError:
        pass
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected YYYY-MM-DD or an ISO date-time, got {text!r}") from None
    return (moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)), False


class _Bar:
    """A tqdm bar on a terminal, nothing otherwise (logs and pipes stay clean)."""

    def __init__(self, what: str):
        self._bar = None
        if sys.stderr.isatty():
            from tqdm import tqdm

            self._bar = tqdm(total=100, desc=what, unit="%", file=sys.stderr)

    def __call__(self, fraction: float, message: str) -> None:
        if self._bar is not None:
            self._bar.n = round(fraction * 100)
            self._bar.set_postfix_str(message, refresh=True)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()


def _run_with_bar(what: str, run: Callable[[Callable[[float, str], None]], Any]) -> Any:
    bar = _Bar(what)
    try:
        return run(bar)
    finally:
        bar.close()


def export_command(args: argparse.Namespace) -> int:
    from triage import scales
    from triage.export import export_cases
    from triage.store import CaseStore

    start = args.start[0] if args.start else None
    end = None
    if args.end:
        end = args.end[0] + timedelta(days=1) if args.end[1] else args.end[0]
    with CaseStore(args.database) as store:
        admin = sign_in(store, args.user)
        scales.use(store.triage_scale())  # level names in the files: the installation's scale
        result = _run_with_bar("export", lambda bar: export_cases(
            store, admin, args.format, args.out, start=start, end=end, deidentify=args.deidentify,
            progress=bar, with_files=not args.no_files))
    for warning in result.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    kind = "de-identified " if result.deidentified else ""
    where = ", ".join(str(p) for p in result.paths[:3]) + (" …" if len(result.paths) > 3 else "")
    print(f"exported {result.count} cases ({kind}{result.format}) to {where}")
    return 0


def import_command(args: argparse.Namespace) -> int:
    from triage.errors import ImportError_, ImportInterrupted
    from triage.export.importer import import_cases
    from triage.store import CaseStore

    with CaseStore(args.database) as store:
        admin = sign_in(store, args.user)
        try:
            result = _run_with_bar("import", lambda bar: import_cases(
                store, admin, args.path, bar, merge_patients=args.merge_patients))
        except ImportError_ as exc:
            for line, message in exc.errors:  # line 0: the file as a whole
                print(f"{args.path}:{line}: {message}" if line else f"{args.path}: {message}", file=sys.stderr)
            if isinstance(exc, ImportInterrupted):
                print(f"error: the import stopped; the {exc.saved} cases before that line were saved",
                      file=sys.stderr)
                return 2
            rows = sum(1 for line, _ in exc.errors if line)
            print(f"error: {rows} invalid rows; nothing was imported" if rows else "error: nothing was imported",
                  file=sys.stderr)
            return 2
    for warning in result.warnings:
        print(f"note: {warning}", file=sys.stderr)
    print(f"imported {result.count} cases from {args.path}")
    if result.duplicates:  # a repeated import is a no-op, and says so
        print(result.summary())
    return 0
