"""The one rule: triage/ and models/ never import Qt or ui (checked by import-linter and by scan)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
FORBIDDEN = re.compile(r"^\s*(from|import)\s+(PySide6|ui)\b", re.MULTILINE)


def test_core_has_no_qt_imports_in_source():
    offenders = [str(p.relative_to(REPO)) for d in ("triage", "models") for p in (REPO / d).rglob("*.py")
                 if FORBIDDEN.search(p.read_text(encoding="utf-8"))]
    assert offenders == []


def test_import_linter_contract_holds():
    lint = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run([str(lint)], cwd=REPO, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
