"""One sign-in convention for the CLI: --user + TRIAGE_PASSWORD or a prompt, and a clear error (no
EOFError traceback) where no terminal can prompt."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def _run(args: list[str], env_extra: dict[str, str]) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "TRIAGE_PASSWORD"} | env_extra
    return subprocess.run([sys.executable, "main.py", *args], cwd=REPO, env=env, text=True,
                          capture_output=True, stdin=subprocess.DEVNULL, timeout=120)


def test_export_without_terminal_or_password_is_a_clear_error(tmp_path):
    out = _run(["--data-dir", str(tmp_path / "d"), "export", "--format", "csv",
                "--out", str(tmp_path / "x.csv"), "--user", "someone"], {})
    assert out.returncode == 2, out.stderr
    assert "TRIAGE_PASSWORD" in out.stderr and "Traceback" not in out.stderr
    assert not (tmp_path / "x.csv").exists()
