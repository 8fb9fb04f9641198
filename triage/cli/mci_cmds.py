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

from triage.cli import subcommand_group


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
