"""CLI ``mci``: mass-casualty tagging from the command line, for drills and for validation.

``mci tag --json`` reads one JSON object a line on standard input (the answers of one patient:
``walking``, ``breathing``, ``resp_rate``… as in ``triage.mci.algorithms.Assessment``) and writes
one JSON object a line: ``category``, ``colour``, ``method``, ``reasons`` (the branch in words), and
``missing``/``possible`` when an answer the algorithm needed was not given. A malformed line gets an
error object for that line (``{"line": 3, "error": "..."}``) and the rest go on. Nothing heavy is
imported: 400 lines take milliseconds after start-up.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import IO

from pathlib import Path

from triage.cli import subcommand_group
from triage.cli.signin import add_user_argument


def register(subparsers: argparse._SubParsersAction) -> None:
    group = subcommand_group(subparsers, "mci", "mass-casualty mode (START / JumpSTART)")
    p = group.add_parser("tag", help="tag patients with START / JumpSTART from JSON lines on stdin",
                         description="One JSON object a line in, one out. Fields: method (START or "
                         "JUMPSTART; absent: JumpSTART under 8 years), age_years, walking, breathing, "
                         "breathing_after_airway, resp_rate, radial_pulse, cap_refill_s, obeys_commands, "
                         "pulse_palpable, breathing_after_rescue_breaths, avpu (A/V/P/U), "
                         "posturing_or_inappropriate_pain_response. An absent field is 'not assessed'.")
    p.add_argument("--json", action="store_true", help="JSON lines (the only format; accepted for clarity)")
    p.set_defaults(func=tag_lines)

    d = group.add_parser("declare", help="declare a mass-casualty incident (run_incident)")
    d.add_argument("name")
    d.add_argument("--place", default="")
    add_user_argument(d, role="clinician or administrator")
    d.set_defaults(func=_declare)
    e = group.add_parser("end", help="end the open incident (run_incident)")
    add_user_argument(e, role="clinician or administrator")
    e.set_defaults(func=_end)
    b = group.add_parser("board", help="the open (or a given) incident's counts and tags")
    b.add_argument("--incident", type=int, default=None)
    b.add_argument("--json", action="store_true")
    add_user_argument(b, role="nurse, clinician or administrator")
    b.set_defaults(func=_board)
    r = group.add_parser("report", help="printable tags (PDF) and the incident report (PDF, CSV, FHIR)")
    r.add_argument("folder", type=Path, help="where the files go (created 0700)")
    r.add_argument("--incident", type=int, default=None, help="default: the open or the latest incident")
    r.add_argument("--size", choices=("4x6", "A6"), default="4x6", help="tag label size")
    r.add_argument("--deidentify", action="store_true", help="CSV/FHIR without free text or names")
    add_user_argument(r, role="clinician or administrator")
    r.set_defaults(func=_report)


def tag_lines(args: argparse.Namespace, stdin: IO[str] | None = None, stdout: IO[str] | None = None) -> int:
    from triage.mci.algorithms import Assessment, AssessmentError, tag

    stdin = stdin or sys.stdin
    stdout = stdout or sys.stdout
    failed = 0
    for number, line in enumerate(stdin, start=1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
            if not isinstance(data, dict):
                raise AssessmentError("each line must be a JSON object")
            out = tag(Assessment.from_mapping(data)).to_dict()
        except (json.JSONDecodeError, AssessmentError) as exc:
            failed += 1
            why = f"not JSON: {exc.msg}" if isinstance(exc, json.JSONDecodeError) else str(exc)
            out = {"line": number, "error": why}
        stdout.write(json.dumps(out, ensure_ascii=False) + "\n")
    stdout.flush()
    return 1 if failed else 0


def _signed_in(args: argparse.Namespace):
    from triage.cli.signin import sign_in
    from triage.store import CaseStore

    store = CaseStore(args.database)
    try:
        return store, sign_in(store, args.user)
    except BaseException:
        store.close()
        raise


def _pick(store, user, wanted: int | None):
    from triage.errors import NotFound

    if wanted is not None:
        return store.incident(user, wanted)
    incident = store.open_incident() or next(iter(store.incidents(user, limit=1)), None)
    if incident is None:
        raise NotFound("No incident has been declared")
    return incident


def _declare(args: argparse.Namespace) -> int:
    store, user = _signed_in(args)
    with store:
        incident = store.declare_incident(user, args.name, args.place)
    print(f"incident {incident.id} declared: {incident.name}")
    return 0


def _end(args: argparse.Namespace) -> int:
    from triage.errors import NotFound

    store, user = _signed_in(args)
    with store:
        incident = store.open_incident()
        if incident is None:
            raise NotFound("No incident is open")
        store.end_incident(user, incident.id)
    print(f"incident {incident.id} ended: {incident.name}")
    return 0


def _board(args: argparse.Namespace) -> int:
    store, user = _signed_in(args)
    with store:
        incident = _pick(store, user, args.incident)
        tags = store.incident_tags(user, incident.id)
    counts = {c: 0 for c in ("red", "yellow", "green", "black")}
    for t in tags:
        counts[t.colour] += 1
    if args.json:
        print(json.dumps({"incident": incident.id, "name": incident.name, "open": incident.is_open,
                          "counts": counts, "tags": [t.to_dict() for t in tags]}, ensure_ascii=False))
    else:
        print(f"{incident.name}: " + "  ".join(f"{k} {v}" for k, v in counts.items()))
        for t in tags:
            print(f"  {t.colour:<6} {t.tag_number:<8} {t.first_tagged_at:%H:%M} {t.area}")
    return 0


def _report(args: argparse.Namespace) -> int:
    from triage.export import mci_report
    from triage.store.connection import private_file, private_folder

    store, user = _signed_in(args)
    with store:
        incident = _pick(store, user, args.incident)
        tags = store.incident_tags(user, incident.id)
        versions = store.all_tag_versions(user, incident.id)
    folder = private_folder(args.folder)
    stem = f"incident-{incident.id}"
    # every file is created 0600 before its first byte (private_file), not chmod-ed afterwards
    mci_report.write_tags_pdf(incident, tags, private_file(folder / f"{stem}-tags.pdf"), size=args.size)
    mci_report.write_report_pdf(incident, versions, tags, private_file(folder / f"{stem}-report.pdf"))
    csv_text = mci_report.csv_text(versions, deidentify=args.deidentify)
    bundle = mci_report.jsonable(mci_report.fhir_bundle(incident, tags, deidentify=args.deidentify))
    private_file(folder / f"{stem}-tags.csv").write_text(csv_text, encoding="utf-8")
    private_file(folder / f"{stem}-fhir.json").write_text(bundle, encoding="utf-8")
    print(f"{len(tags)} tags, report, CSV and FHIR Bundle in {folder}")
    return 0
