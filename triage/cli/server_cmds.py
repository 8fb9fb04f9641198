"""CLI of the clinic server: ``migrate-to-server`` (copy a desk's SQLite installation to PostgreSQL).

The database the other subcommands use is chosen by ``--database URL`` / ``TRIAGE_DATABASE_URL``
(main.py); this command names both ends itself because it reads one and writes the other.
"""

from __future__ import annotations

import argparse
import sys

from triage.cli.signin import add_user_argument, sign_in


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("migrate-to-server",
                       help="copy this desk's installation (users, cases, attachments, audit) into "
                       "an empty PostgreSQL database, then verify counts and the audit chain there")
    p.add_argument("--from", dest="source", default=None, metavar="sqlite:///…/triage.db",
                   help="the desk's database (default: the --data-dir installation)")
    p.add_argument("--to", dest="target", required=True, metavar="postgresql://user@host/db",
                   help="the empty server database (password from PGPASSWORD or ~/.pgpass)")
    add_user_argument(p)
    p.set_defaults(func=migrate_to_server)


def migrate_to_server(args: argparse.Namespace) -> int:
    from triage.store.server_copy import copy_to_server
    from triage.store.url import parse, sqlite_url

    source = parse(args.source) if args.source else sqlite_url(args.data_dir)
    target = parse(args.target)
    last = [-1]

    def progress(fraction: float, message: str) -> None:
        step = int(fraction * 10)
        if step != last[0]:
            last[0] = step
            print(f"{fraction:4.0%} {message}", file=sys.stderr)

    from triage.store import CaseStore

    if not source.is_sqlite or source.path is None or not source.path.is_file():
        print(f"error: no desk installation at {source.display()}", file=sys.stderr)
        return 2
    with CaseStore(source) as desk:  # an administrator of this desk, signed in
        admin = sign_in(desk, args.user)
    report = copy_to_server(source, target, admin, progress=progress)
    rows = ", ".join(f"{t} {n:,}" for t, n in report.counts.items() if n)
    print(f"copied to {target.display()}: {rows}; attachments {report.blobs:,} "
          f"({report.blob_bytes / 1e6:.1f} MB)")
    print(f"{report.chain.message}; head: {report.chain.head or '(empty)'}")
    return 0
