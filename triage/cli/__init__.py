"""Command-line subcommands, one module per area; each exposes ``register(subparsers)``."""

from __future__ import annotations

import argparse
from pathlib import Path


def subcommand_group(subparsers: argparse._SubParsersAction, name: str,
                     help: str) -> argparse._SubParsersAction:
    """The nested subcommands of ``name`` (``train``, ``evaluate``), created by whichever area
    registers first: several areas add to the same group, and argparse refuses a duplicate name."""
    parser = subparsers.choices.get(name) or subparsers.add_parser(name, help=help)
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return action
    return parser.add_subparsers(dest=f"{name}_what", metavar="WHAT", required=True)


def models_dir(args: argparse.Namespace) -> Path:
    """``--models-dir`` when given, else the repository's ``models/`` (one helper for every area)."""
    from models.registry import MODELS_DIR

    return getattr(args, "models_dir", None) or MODELS_DIR
