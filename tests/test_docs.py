"""Every command-line subcommand is documented in the README's command table (as sqlite-utils'
``test_docs.py`` does for its CLI): a command nobody can find is a command nobody uses safely."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

import main

README = Path(__file__).resolve().parent.parent / "README.md"


def _commands(parser: argparse.ArgumentParser, prefix: str = "") -> list[str]:
    """``"seed-demo"``, ``"train text"``, ... for every leaf subcommand of ``parser``."""
    found: list[str] = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                nested = _commands(sub, f"{prefix}{name} ")
                found.extend(nested or [f"{prefix}{name}"])
    return found


def _table_rows() -> list[str]:
    return [line for line in README.read_text(encoding="utf-8").splitlines()
            if line.startswith("| `")]


def test_every_subcommand_is_in_the_readme_table():
    rows = _table_rows()
    assert rows, "README has no command table"
    missing = []
    for command in _commands(main.build_parser()):
        *group, leaf = command.split()
        # "train text" is documented as `train text` or as `train text`, `train image` in one cell
        pattern = (re.escape(" ".join(group)) + r"\s+" if group else r"`") + re.escape(leaf) + r"\b"
        if not any(re.search(pattern, row) for row in rows):
            missing.append(command)
    assert missing == [], f"subcommands missing from README's command table: {missing}"


def test_the_command_collector_sees_nested_commands():
    commands = _commands(main.build_parser())
    assert "train text" in commands and "seed-demo" in commands and "export" in commands
