"""``main.py suggest`` with --text and --file: extracted values, the level, JSON per note, clear errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from triage.cli.suggest_cmds import split_notes

REPO = Path(__file__).resolve().parents[2]
NOTE = "67 yo M, crushing CP since 2 h, diaphoretic, BP 88/50, HR 118, RR 24, SpO2 91% RA, GCS 14"


def run(*args: str, stdin: str = "") -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "main.py", "suggest", *args], cwd=REPO, input=stdin,
                          capture_output=True, text=True, timeout=180)


def test_text_note_prints_extracted_fields_and_the_level_as_json():
    out = run("--text", NOTE, "--scale", "ESI", "--json")
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout)
    assert set(result) >= {"extracted", "level", "confidence", "reasons", "uncertainty", "missing"}
    assert result["extracted"]["sbp"] == {"value": 88, "unit": "mmHg", "span": [45, 53]}
    assert result["extracted"]["heart_rate"]["value"] == 118
    assert result["level"] == 1  # shock: SBP < 90 with HR ≥ 100
    assert result["rules_only"] is False
    assert "heart_rate" not in result["missing"] and "temperature_c" in result["missing"]


def test_file_gives_one_json_line_per_note_and_labels_rules_only(tmp_path):
    notes = tmp_path / "notes.txt"
    notes.write_text(f"{NOTE}\n\n  \n3 wk old girl, T 38.4, HR 130 then 180\nfeeding poorly\n\n"
                     "BP 120/80 walked in, sprained ankle\n", encoding="utf-8")
    out = run("--file", str(notes), "--json", "--models-dir", str(tmp_path / "no-models"))
    assert out.returncode == 0, out.stderr
    lines = [json.loads(line) for line in out.stdout.splitlines()]
    assert len(lines) == 3
    assert all(r["rules_only"] for r in lines)
    assert lines[1]["extracted"]["age_years"]["unit"] == "weeks"
    assert lines[1]["conflicts"]["heart_rate"][1]["value"] == 180 and "heart_rate" not in lines[1]["extracted"]
    assert lines[2]["extracted"]["arrival"]["value"] == "walk_in"


def test_flags_win_over_the_note_and_plain_text_output_names_the_conflicts(tmp_path):
    out = run("--text", "HR 130, later HR 98, BP 100/60", "--heart-rate", "77", "--models-dir", str(tmp_path))
    assert out.returncode == 0, out.stderr
    assert "heart_rate" in out.stdout and "CONFLICT: 130, 98" in out.stdout
    assert "rules only" in out.stdout


def test_bad_inputs_are_one_clear_line(tmp_path):
    missing = run("--file", str(tmp_path / "absent.txt"))
    assert missing.returncode == 2 and "cannot read" in missing.stderr and "Traceback" not in missing.stderr
    latin = tmp_path / "latin.txt"
    latin.write_bytes("fièvre 39".encode("latin-1"))
    assert "not UTF-8" in run("--file", str(latin)).stderr
    empty = tmp_path / "empty.txt"
    empty.write_text("\n\n", encoding="utf-8")
    assert "holds no note" in run("--file", str(empty)).stderr
    assert run().returncode == 2


def test_split_notes_on_blank_lines():
    assert split_notes("a\nb\n\n\nc\n   \nd") == ["a\nb", "c", "d"]
    assert split_notes("") == []


def test_json_prints_the_calibrated_risks():
    result = json.loads(run("--text", NOTE, "--scale", "ESI", "--json").stdout)
    assert [r["outcome"] for r in result["risks"]] == ["critical", "admission"]
    assert all(0 <= r["probability"] <= 1 for r in result["risks"])
    assert result["risks"][0]["threshold"] is not None and result["decided_by"] == "floor"
