"""The foundation's CLI through main.py: seed-demo, create-admin, users list, audit verify."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from triage.demo import DEMO_ACCOUNTS, DEMO_PASSWORD, TEMPLATES, demo_cases
from triage.records import WorklistQuery
from triage.store import CaseStore

REPO = Path(__file__).resolve().parents[2]


def run(data_dir: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess:
    """main.py with ``--data-dir``; ``stdin``'s first line, if any, is the password (TRIAGE_PASSWORD,
    the CLI's one sign-in convention)."""
    env = dict(os.environ)
    env.pop("TRIAGE_PASSWORD", None)
    if stdin:
        env["TRIAGE_PASSWORD"] = stdin.splitlines()[0]
    return subprocess.run([sys.executable, "main.py", "--data-dir", str(data_dir), *args],
                          cwd=REPO, stdin=subprocess.DEVNULL, capture_output=True, text=True,
                          timeout=120, env=env)


def test_seed_demo_is_idempotent_for_accounts_and_spans_all_levels(data_dir):
    first = run(data_dir, "seed-demo", "--cases", "30")
    assert first.returncode == 0, first.stderr
    assert "accounts created: nurse, clinician, admin" in first.stdout
    second = run(data_dir, "seed-demo", "--cases", "5")
    assert second.returncode == 0 and "none (they exist)" in second.stdout
    with CaseStore(data_dir) as store:
        assert store.is_demo() and store.count_cases() == 35
        users = {a.username: store.accounts.login(a.username, DEMO_PASSWORD) for a in DEMO_ACCOUNTS}
        assert {u: {r.value for r in user.roles} for u, user in users.items()} == \
            {"nurse": {"nurse"}, "clinician": {"clinician"}, "admin": {"admin"}}
        rows = store.worklist(users["nurse"], WorklistQuery(limit=100))
        assert {r.current_level for r in rows} == {1, 2, 3, 4, 5}
        assert all(r.is_demo and r.patient_name.startswith("Demo ") for r in rows)
        detail = store.case_detail(users["clinician"], rows[0].case_id)
        assert detail.patient.mrn.startswith("DEMO-")
        assert detail.latest_suggestion.reasons[0].title == "Demo data: synthetic suggestion"
        assert store.verify_audit().ok


def test_demo_cases_are_plausible():
    intakes = demo_cases(200, seed=3)
    levels = {t.complaint: t.level for t in TEMPLATES}
    assert [levels[i.complaint] for i in intakes[:5]] == [1, 2, 3, 4, 5]
    for i in intakes:
        v = i.vitals
        assert 0 < v.dbp < v.sbp <= 300 and 30 <= v.spo2 <= 100 and 25 <= v.temperature_c <= 45
        assert i.patient.name.startswith("Demo ") and 18 <= i.patient.age_years <= 92


def test_create_admin_from_stdin_then_users_list(data_dir):
    short = run(data_dir, "create-admin", "--username", "boss", stdin="short\n")
    assert short.returncode == 2 and "at least 10" in short.stderr
    made = run(data_dir, "create-admin", "--username", "boss", "--display-name", "The Boss",
               stdin="a long admin secret\n")
    assert made.returncode == 0 and "boss created" in made.stdout
    again = run(data_dir, "create-admin", "--username", "eve", stdin="a long admin secret\n")
    assert again.returncode == 2 and "exists already" in again.stderr
    listed = run(data_dir, "users", "list", "--user", "boss", stdin="a long admin secret\n")
    assert listed.returncode == 0 and listed.stdout.split("\t")[1:4] == ["boss", "The Boss", "admin"]
    wrong = run(data_dir, "users", "list", "--as", "boss", stdin="not the secret\n")
    assert wrong.returncode == 2 and "Wrong user name or password" in wrong.stderr
    assert "secret" not in (data_dir / "triage.db").read_bytes().decode("latin-1")


def test_audit_verify_on_an_empty_installation(data_dir):
    done = run(data_dir, "audit", "verify")
    assert done.returncode == 0 and "intact (0 rows)" in done.stdout


def test_seed_demo_refuses_an_installation_with_accounts(data_dir):
    made = run(data_dir, "create-admin", "--username", "boss", stdin="a long admin secret\n")
    assert made.returncode == 0, made.stderr
    seeded = run(data_dir, "seed-demo", "--cases", "0")
    assert seeded.returncode == 2 and "new, empty data folder" in seeded.stderr
    assert "password" not in seeded.stdout
    with CaseStore(data_dir) as store:
        assert not store.is_demo() and store.count_cases() == 0
        assert [r[0] for r in store.conn.execute("SELECT username FROM users")] == ["boss"]


def test_export_files_are_private_and_an_unwritable_folder_is_a_clear_error(data_dir, tmp_path):
    import os
    import stat

    assert run(data_dir, "seed-demo", "--cases", "3").returncode == 0
    env = {**os.environ, "TRIAGE_PASSWORD": DEMO_PASSWORD}
    out = tmp_path / "exports" / "today" / "cases.csv"

    def export(target: Path) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "main.py", "--data-dir", str(data_dir), "export",
                               "--user", "admin", "--format", "csv", "--out", str(target)],
                              cwd=REPO, capture_output=True, text=True, timeout=120, env=env)

    done = export(out)
    assert done.returncode == 0, done.stderr
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert {stat.S_IMODE(d.stat().st_mode) for d in (out.parent, out.parent.parent)} == {0o700}
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    failed = export(blocked / "sub" / "cases.csv")
    assert failed.returncode != 0 and "Traceback" not in failed.stderr
    assert "Cannot write the export" in failed.stderr


def test_users_list_signs_in_like_every_other_command(data_dir):
    assert run(data_dir, "create-admin", "--username", "boss", stdin="a long admin secret\n").returncode == 0
    nothing = run(data_dir, "users", "list", "--user", "boss")  # no terminal, no TRIAGE_PASSWORD
    assert nothing.returncode != 0 and "TRIAGE_PASSWORD" in nothing.stderr
    assert "Traceback" not in nothing.stderr
