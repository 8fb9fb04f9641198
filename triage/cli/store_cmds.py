"""CLI of the foundation: seed-demo, audit verify, create-admin, users list.

Heavy imports stay inside the handlers so that ``main.py --help`` stays fast.
"""

from __future__ import annotations

import argparse
import sys

from triage.cli.signin import add_user_argument, read_password, sign_in


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("seed-demo", help="a demo installation in a new, empty data folder: demo "
                       "accounts (one per role, published password) and N synthetic cases")
    p.add_argument("--cases", type=int, default=30, help="how many demo cases to add (default 30)")
    p.add_argument("--seed", type=int, default=0, help="random seed of the synthetic cases")
    p.add_argument("--engine", action="store_true",
                   help="suggest each case with the real triage engine (about 30 ms a case) "
                   "instead of a labelled stand-in; `make run` uses it")
    p.set_defaults(func=seed_demo)

    p = sub.add_parser("audit", help="audit trail tools")
    audit_sub = p.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    v = audit_sub.add_parser("verify", help="check the hash chain and that every stored case, "
                             "patient and account row matches its last audited write; exit 1 "
                             "naming what does not")
    v.add_argument("--anchor", default="", metavar="ID:HASH",
                   help="a head printed by an earlier run and kept outside this computer: "
                        "fails if the log was rewritten up to that row")
    v.add_argument("--quick", action="store_true",
                   help="skip re-hashing the attachment files on disk (a fast check)")
    v.set_defaults(func=audit_verify)

    p = sub.add_parser("create-admin", help="create the first administrator (password from "
                       "$TRIAGE_PASSWORD or prompted twice)")
    p.add_argument("--username", required=True)
    p.add_argument("--display-name", default="")
    p.set_defaults(func=create_admin)

    p = sub.add_parser("users", help="user accounts")
    users_sub = p.add_subparsers(dest="users_command", metavar="ACTION", required=True)
    ls = users_sub.add_parser("list", help="list accounts (sign in as an administrator: --user, "
                              "password from $TRIAGE_PASSWORD or prompted)")
    add_user_argument(ls)
    ls.add_argument("--as", dest="user", help=argparse.SUPPRESS)  # the old spelling
    ls.set_defaults(func=users_list)
    rot = users_sub.add_parser("rotate-session-key", help="a new session key outside the database: "
                               "every session of every account ends (administrators)")
    add_user_argument(rot)
    rot.set_defaults(func=rotate_session_key)
    rak = users_sub.add_parser("rotate-audit-key", help="a new audit key outside the database for "
                               "the audit rows from now on; the old one is kept for verify "
                               "(administrators)")
    add_user_argument(rak)
    rak.set_defaults(func=rotate_audit_key)


def seed_demo(args: argparse.Namespace) -> int:
    from triage.demo import DEMO_ACCOUNTS, DEMO_PASSWORD, seed
    from triage.errors import PermissionDenied
    from triage.store import CaseStore

    if args.cases < 0:
        print("error: --cases must be 0 or more", file=sys.stderr)
        return 2
    with CaseStore(args.database) as store:
        try:
            store.mark_demo()  # refused unless the folder is new and empty (or a demo already)
        except PermissionDenied as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
        suggest = None
        if args.engine:
            from triage.engine import Engine

            suggest = Engine.load().suggest
        result = seed(store, args.cases, seed=args.seed, suggest=suggest)
        total = store.count_cases()
    made = ", ".join(result.accounts_created) or "none (they exist)"
    print(f"demo installation {args.data_dir}: accounts created: {made}; "
          f"{len(result.case_ids)} demo cases added ({total} in all)")
    print("demo accounts: " + ", ".join(f"{a.username} ({a.role.value})" for a in DEMO_ACCOUNTS)
          + f"; password: {DEMO_PASSWORD}")
    return 0


def audit_verify(args: argparse.Namespace) -> int:
    from triage.store import CaseStore

    with CaseStore(args.database) as store:
        try:
            result = store.verify_audit(args.anchor, quick=args.quick)
        except ValueError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
    print(result.message)
    for problem in result.problems[1:21]:  # the first is in the message
        print(f"  {problem}")
    if len(result.problems) > 21:
        print(f"  … {len(result.problems) - 21} more")
    if result.ok and result.head:
        print(f"head: {result.head}  (keep it outside this computer; --anchor checks it later)")
    return 0 if result.ok else 1


def create_admin(args: argparse.Namespace) -> int:
    from triage.store import CaseStore

    password = read_password("Password for the administrator: ", confirm=True)
    with CaseStore(args.database) as store:
        try:
            user = store.accounts.create_first_admin(args.username,
                                                     args.display_name or args.username, password)
        except ValueError as exc:  # a bad or taken user name
            print(f"error: {exc}", file=sys.stderr)
            return 2
    print(f"administrator {user.username} created")
    return 0


def rotate_session_key(args: argparse.Namespace) -> int:
    from triage.store import CaseStore
    from triage.store.keys import key_dir

    with CaseStore(args.database) as store:
        admin = sign_in(store, args.user)
        store.accounts.rotate_session_key(admin)
    print(f"new session key in {key_dir()}: every session has ended; sign in again")
    return 0


def rotate_audit_key(args: argparse.Namespace) -> int:
    from triage.store import CaseStore
    from triage.store.keys import key_dir

    with CaseStore(args.database) as store:
        admin = sign_in(store, args.user)
        new_id = store.accounts.rotate_audit_key(admin)
    print(f"new audit key {new_id} in {key_dir()} (the old one is kept there): copy it to every "
          "desk of a clinic server")
    return 0


def users_list(args: argparse.Namespace) -> int:
    from triage.store import CaseStore

    with CaseStore(args.database) as store:
        admin = sign_in(store, args.user)
        users = store.accounts.list_users(admin)
    for u in users:
        roles = ",".join(sorted(r.value for r in u.roles))
        print(f"{u.id}\t{u.username}\t{u.display_name}\t{roles}\t"
              f"{'active' if u.active else 'disabled'}")
    return 0
