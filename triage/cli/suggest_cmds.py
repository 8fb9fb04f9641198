"""CLI ``suggest``: one intake from flags, or free-text notes, through the same engine as the app.

``suggest "chest pain" --age 60 --heart-rate 120`` (flags), ``suggest --text "67 yo M, CP, BP 88/50"``
(one note: the values written in it fill the intake, flags still win), ``suggest --file notes.txt``
(notes separated by blank lines, one result per note, with ``--json`` one JSON object a line).
Heavy imports (torch, transformers) stay inside the handler so ``--help`` is fast.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

_INT_FLAGS = ("age", "heart-rate", "resp-rate", "sbp", "dbp", "spo2", "pain", "gcs")


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "suggest", help="suggest a triage level for one intake or for free-text notes",
        description="Suggest a triage level. The complaint comes as an argument, or as a note "
                    "(--text) or a file of notes (--file, separated by blank lines) from which age, sex, "
                    "vital signs, consciousness, arrival and injury are read; flags override what a note says.")
    p.add_argument("complaint", nargs="?", default=None, help="the complaint (not with --text/--file)")
    source = p.add_mutually_exclusive_group()
    source.add_argument("--text", default=None, help="one free-text note (referral, hand-over, call notes)")
    source.add_argument("--file", type=Path, default=None,
                        help="a UTF-8 text file of notes separated by blank lines ('-' reads stdin)")
    for flag in _INT_FLAGS:
        p.add_argument(f"--{flag}", type=int, default=None)
    p.add_argument("--temperature", type=float, default=None, help="°C")
    p.add_argument("--avpu", choices=("A", "V", "P", "U"), default=None)
    p.add_argument("--sex", choices=("F", "M", "O", "U"), default=None)
    p.add_argument("--scale", choices=("KTAS", "ESI"), default="KTAS", help="level scale (default KTAS)")
    p.add_argument("--json", action="store_true", help="print JSON (one object per note)")
    p.add_argument("--models-dir", type=Path, default=None)
    p.set_defaults(func=suggest)


def _models_dir(args: argparse.Namespace) -> Path:
    from models.registry import MODELS_DIR

    return args.models_dir or MODELS_DIR


def split_notes(text: str) -> list[str]:
    """Notes in a file: blocks separated by one or more blank lines (whitespace-only lines count)."""
    notes, block = [], []
    for line in text.splitlines():
        if line.strip():
            block.append(line.rstrip())
        elif block:
            notes.append("\n".join(block))
            block = []
    if block:
        notes.append("\n".join(block))
    return notes


def _flag_values(args: argparse.Namespace) -> dict[str, Any]:
    """The vital-sign flags given on the command line (they win over a note)."""
    given = {"heart_rate": args.heart_rate, "resp_rate": args.resp_rate, "sbp": args.sbp,
             "dbp": args.dbp, "spo2": args.spo2, "pain": args.pain, "gcs": args.gcs,
             "temperature": args.temperature, "avpu": args.avpu}
    return {k: v for k, v in given.items() if v is not None}


def _intake_from_flags(args: argparse.Namespace, complaint: str):
    from triage.intake import Intake, Patient, Sex, parse_vitals

    vitals = parse_vitals(_flag_values(args))
    return Intake(Patient(age_years=args.age, sex=Sex(args.sex or "U")), complaint, vitals)


def _intake_from_note(args: argparse.Namespace, note: str):
    """The note's values in an intake; a flag given on the command line replaces the note's value."""
    from triage.engine.narrative import extract, to_intake
    from triage.intake import Sex, parse_vitals

    extracted = extract(note)
    intake = to_intake(extracted)
    flags = _flag_values(args)
    if flags:
        typed = parse_vitals(flags)
        intake = replace(intake, vitals=replace(intake.vitals, **{
            name: getattr(typed, name) for name in ("heart_rate", "resp_rate", "sbp", "dbp", "spo2", "pain",
                                                    "gcs", "temperature_c", "avpu")
            if getattr(typed, name) is not None}))
    if args.age is not None or args.sex is not None:
        intake = replace(intake, patient=replace(
            intake.patient, age_years=args.age if args.age is not None else intake.patient.age_years,
            sex=Sex(args.sex) if args.sex is not None else intake.patient.sex))
    return extracted, intake


def _result(extracted, intake, suggestion) -> dict[str, Any]:
    d = suggestion.to_dict()
    out: dict[str, Any] = {
        "extracted": extracted.to_dict() if extracted is not None else {},
        "level": d["level"], "confidence": d["confidence"], "reasons": d["reasons"],
        "uncertainty": d["uncertainty"], "missing": list(d["missing"]),
        "rules_only": d["rules_only"], "decided_by": d["decided_by"],
        "risks": d["risks"],  # calibrated P(critical), P(admission) with the line in force
    }
    if extracted is not None:
        out["conflicts"] = extracted.conflicts_dict()
        out["complaint"] = intake.complaint
    return out


def _print_text(result: dict[str, Any], scale: str, note: str | None) -> None:
    from triage.scales import label

    if note is not None:
        print(note.replace("\n", " ")[:100] + ("…" if len(note) > 100 else ""))
    for name, f in result["extracted"].items():
        print(f"  {name:14s} {f['value']!s:10s} {f['unit']:14s} chars {f['span'][0]}-{f['span'][1]}")
    for name, readings in result.get("conflicts", {}).items():
        print(f"  {name:14s} CONFLICT: " + ", ".join(str(r["value"]) for r in readings) + " (left empty)")
    level = f"ESI {result['level']}" if scale == "ESI" else label(result["level"])
    print(f"level {level}  (confidence {result['confidence']:.0%})"
          + ("  [rules only: models unavailable]" if result["rules_only"] else ""))
    for risk in result.get("risks", ()):
        line = f" (line {risk['threshold']:.1%})" if risk.get("threshold") is not None else ""
        print(f"  risk of {risk['outcome']}: {risk['probability']:.1%}{line}")
    if result["uncertainty"]:
        print(result["uncertainty"])
    for r in result["reasons"]:
        print(f"  [{r['kind']}] {r['title']}" + (f" — {r['detail']}" if r["detail"] else ""))


def suggest(args: argparse.Namespace) -> int:
    """Print the suggestion(s). Returns 2 with a one-line message for a missing or unreadable input."""
    if args.text is None and args.file is None and not args.complaint:
        print("error: give a complaint, --text NOTE or --file NOTES", file=sys.stderr)
        return 2
    if args.complaint and (args.text is not None or args.file is not None):
        print("error: give either a complaint or --text/--file, not both", file=sys.stderr)
        return 2
    notes: list[str] | None = None
    if args.text is not None:
        notes = [args.text]
    elif args.file is not None:
        try:
            raw = sys.stdin.read() if str(args.file) == "-" else args.file.read_text(encoding="utf-8-sig")
        except UnicodeDecodeError:
            print(f"error: {args.file} is not UTF-8 text; save it as UTF-8 and try again", file=sys.stderr)
            return 2
        except OSError as exc:
            print(f"error: cannot read {args.file}: {exc.strerror or exc}", file=sys.stderr)
            return 2
        notes = split_notes(raw)
        if not notes:
            print(f"error: {args.file} holds no note (notes are separated by blank lines)", file=sys.stderr)
            return 2
    if notes is not None and not any(n.strip() for n in notes):
        print("error: the note is empty", file=sys.stderr)
        return 2

    from triage.engine import Engine

    engine = Engine.load(_models_dir(args))
    if notes is None:
        intake = _intake_from_flags(args, args.complaint)
        pairs = [(None, intake, None)]
    else:
        pairs = [(*_intake_from_note(args, note), note) for note in notes]
    for extracted, intake, note in pairs:
        result = _result(extracted, intake, engine.suggest(intake, scale=args.scale))
        if args.json:
            print(json.dumps(result, ensure_ascii=False), flush=True)
        else:
            _print_text(result, args.scale, note)
            if len(pairs) > 1:
                print()
    return 0
