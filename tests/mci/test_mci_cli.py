"""``main.py mci tag --json``: one object a line in and out, errors per line, the rest go on."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run(lines: list[str]) -> tuple[int, list[dict]]:
    proc = subprocess.run([sys.executable, str(ROOT / "main.py"), "mci", "tag", "--json"],
                          input="\n".join(lines) + "\n", capture_output=True, text=True, timeout=60,
                          cwd=ROOT)
    return proc.returncode, [json.loads(l) for l in proc.stdout.splitlines()]


def test_tag_json_lines():
    rc, out = run([
        json.dumps({"walking": True}),
        json.dumps({"walking": False, "breathing": True, "resp_rate": 36}),
        json.dumps({"age_years": 4, "walking": False, "breathing": True, "resp_rate": 50}),
        json.dumps({"walking": False, "breathing": True, "resp_rate": 20}),
    ])
    assert rc == 0
    assert [o["category"] for o in out] == ["minor", "immediate", "immediate", "immediate"]
    assert [o["colour"] for o in out] == ["green", "red", "red", "red"]
    assert out[1]["reasons"][-1] == "RR 36 > 30 → immediate"
    assert out[2]["method"] == "JUMPSTART" and "RR 50 > 45" in out[2]["reasons"][-1]
    assert "missing" not in out[0]
    assert "radial_pulse" in out[3]["missing"]


def test_a_malformed_line_gets_an_error_and_the_rest_go_on():
    rc, out = run(["{not json", json.dumps([1, 2]), json.dumps({"walking": "perhaps"}),
                   json.dumps({"walking": True})])
    assert rc == 1
    assert out[0]["line"] == 1 and "not JSON" in out[0]["error"]
    assert out[1]["line"] == 2 and "object" in out[1]["error"]
    assert out[2]["line"] == 3 and "walking" in out[2]["error"]
    assert out[3]["category"] == "minor"
