"""Import of our JSON Lines and CSV exports into a real store: whole cases restored field by field,
validation with line numbers, all-or-nothing per file and per case, permissions and the audit rows."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import shutil
from pathlib import Path

import pytest

from fixtures_export import PASSWORD, inst, make_installation  # noqa: F401 - inst is a fixture
from triage.errors import ImportError_, PermissionDenied
from triage.export import export_cases
from triage.export.importer import _Row, import_cases, read_rows
from triage.records import CaseDetail, CaseStatus, Decision
from triage.store import CaseStore

TABLES = ("patients", "cases", "vital_sets", "suggestions", "reviews", "notes", "attachments")


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    """The export fixture's installation with its reviewed case closed (and an accepted review on
    the other case), so every part of a case's history is present."""
    installation = make_installation(tmp_path_factory.mktemp("template"))
    store, clinician = installation.store, installation.clinician
    store.close_case(clinician, installation.case_id)
    store.retriage(installation.nurse, installation.other_case_id,
                   store.case_detail(clinician, installation.case_id).vitals[0].vitals,
                   store.case_detail(clinician, installation.case_id).suggestions[0].suggestion)
    store.review(clinician, installation.other_case_id, Decision.ACCEPT, 2)
    installation.store.close()
    return installation




@pytest.fixture(scope="module")
def empty_installation(tmp_path_factory):
    folder = tmp_path_factory.mktemp("empty")
    with CaseStore(folder) as store:
        admin = store.accounts.create_first_admin("admin2", "Admin", PASSWORD)
    return folder, admin


@pytest.fixture
def target(empty_installation, tmp_path):
    """An installation with only an administrator: a fresh copy of the files for each test."""
    folder, admin = empty_installation
    shutil.copytree(folder, tmp_path / "target")
    store = CaseStore(tmp_path / "target")
    yield store, admin
    store.close()


def _details(store, admin):
    return list(store.iter_cases(admin))


def _comparable(d: CaseDetail) -> dict:
    """Every field of a case except database ids, with links written as positions."""
    vital_pos = {v.id: i for i, v in enumerate(d.vitals)}
    suggestion_pos = {s.id: i for i, s in enumerate(d.suggestions)}
    return {
        "patient": d.patient, "complaint": d.complaint, "arrival_time": d.arrival_time,
        "arrival_mode": d.arrival_mode, "injury": d.injury, "status": d.status,
        "current_level": d.current_level, "created_by": d.created_by, "is_demo": d.is_demo,
        "closed_at": d.closed_at,
        "vitals": [(v.recorded_at, v.recorded_by, v.vitals) for v in d.vitals],
        "suggestions": [(s.created_at, vital_pos.get(s.vital_set_id), s.suggestion) for s in d.suggestions],
        # an imported review names its source reviewer as imported data (the importer authored it)
        "reviews": [(r.imported_signed_by or r.reviewer, r.decision, r.suggested_level, r.final_level, r.reason, r.signed_at,
                     suggestion_pos.get(r.suggestion_id)) for r in d.reviews],
        "notes": [(n.author, n.text, n.created_at) for n in d.notes],
        # The export leaves the saliency overlay out ("assessment" is the verdict only).
        "attachments": [(a.sha256, a.original_name, a.kind, a.modality, a.body_part, a.view, a.size_bytes,
                         a.added_at, dict(a.metadata),
                         dataclasses.replace(a.assessment, saliency_png=None) if a.assessment else None)
                        for a in d.attachments],
    }


def _row_counts(store) -> dict[str, int]:
    return {t: store.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}


def _audit(store, action):
    return [(u, json.loads(d)) for u, d in store.conn.execute(
        "SELECT username, details FROM audit_log WHERE action = ? ORDER BY id", (action,))]


def test_jsonl_round_trip_restores_every_field_of_every_case(inst, target, tmp_path):
    exported = export_cases(inst.store, inst.admin, "jsonl", tmp_path / "cases.jsonl")
    store, admin = target
    result = import_cases(store, admin, exported.path)
    assert result.count == 2 and result.format == "jsonl" and not result.cancelled and result.warnings == ()
    originals = _details(inst.store, inst.admin)
    copies = _details(store, admin)
    assert [_comparable(c) for c in copies] == [_comparable(o) for o in originals]
    closed = copies[0]
    assert closed.status is CaseStatus.CLOSED and len(closed.vitals) == 2 and len(closed.suggestions) == 2
    assert closed.reviews[0].decision is Decision.OVERRIDE and closed.notes and len(closed.attachments) == 2
    assert closed.suggestions[1].suggestion.reasons == originals[0].suggestions[1].suggestion.reasons
    for attachment in closed.attachments:  # the bytes came along, content-addressed
        assert hashlib.sha256(attachment.path.read_bytes()).hexdigest() == attachment.sha256
    assert store.counts()["closed"] == 1 and store.counts()["level_2"] == 1
    # one row per case in the importing administrator's name, then the import's summary
    rows = _audit(store, "case.import")
    assert [(u, d["line"], d["vital_sets"], d["reviews"], d["files"]) for u, d in rows] == \
        [("admin2", 1, 2, 1, 2), ("admin2", 2, 2, 1, 0)]
    assert [(u, d["count"], d["failed_line"]) for u, d in _audit(store, "import")] == [("admin2", 2, None)]
    assert store.conn.execute("SELECT count(*) FROM audit_log WHERE username = 'system'").fetchone()[0] == 0
    assert store.verify_audit().ok


def test_jsonl_without_files_restores_attachments_as_metadata(inst, target, tmp_path):
    exported = export_cases(inst.store, inst.admin, "jsonl", tmp_path / "cases.jsonl", with_files=False)
    store, admin = target
    result = import_cases(store, admin, exported.path)
    assert result.warnings == ("line 1: not imported: 2 attachment files (not in the export: metadata only)",)
    copy, original = _details(store, admin)[0], _details(inst.store, inst.admin)[0]
    assert _comparable(copy) == _comparable(original)
    assert not any(a.path.exists() for a in copy.attachments)


def test_csv_round_trip_of_a_deidentified_export(inst, target, tmp_path):
    exported = export_cases(inst.store, inst.admin, "csv", tmp_path / "cases.csv", deidentify=True)
    store, admin = target
    result = import_cases(store, admin, exported.path)
    assert result.count == 2 and result.format == "csv"
    original = _details(inst.store, inst.admin)[0]
    copy = next(d for d in _details(store, admin) if d.patient.age_years == 90)  # "90+" comes back as 90
    assert copy.patient.name == "" and copy.patient.birth_date is None
    assert (copy.latest_vitals.spo2, copy.latest_vitals.temperature_c) == \
        (original.latest_vitals.spo2, original.latest_vitals.temperature_c)
    assert copy.status is CaseStatus.CLOSED and copy.closed_at is not None and copy.current_level == 2
    s, o = copy.latest_suggestion, original.latest_suggestion
    assert (s.level, s.probabilities, s.rule_floor, dict(s.versions)) == \
        (o.level, o.probabilities, o.rule_floor, dict(o.versions))
    assert [r.title for r in s.reasons] == \
        [r.title + (f": {r.detail}" if r.detail else "") for r in o.reasons]
    review = copy.latest_review
    assert (review.decision, review.final_level, review.suggestion_id) == \
        (Decision.OVERRIDE, 2, copy.suggestions[0].id)
    assert "line 2: not imported: 1 earlier vital sets, 1 notes, 2 attachments" in result.warnings[0]


def test_bad_csv_rows_are_reported_with_line_numbers_and_nothing_is_saved(target, tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text(
        "complaint,age_years,heart_rate,spo2,injury\n"
        "\"chest pain,\nradiating\",54,90,97,no\n"  # a valid row spanning lines 2-3
        "headache,30,400,97,no\n"  # line 4: heart rate impossible
        ",30,80,97,no\n"  # line 5: complaint missing
        "cough,200,80,97,maybe\n"  # line 6: age and injury invalid
        "fever,40,80,99,yes\n", encoding="utf-8")
    store, admin = target
    with pytest.raises(ImportError_) as err:
        import_cases(store, admin, path)
    lines = [n for n, _ in err.value.errors]
    assert lines == [4, 5, 6]
    assert "Heart rate" in err.value.errors[0][1] and "Complaint" in err.value.errors[1][1]
    assert "injury" in err.value.errors[2][1] and "Age" in err.value.errors[2][1]
    assert _row_counts(store) == dict.fromkeys(TABLES, 0)


def test_one_bad_jsonl_line_saves_nothing_and_is_named(inst, target, tmp_path):
    exported = export_cases(inst.store, inst.admin, "jsonl", tmp_path / "cases.jsonl")
    good = exported.path.read_text(encoding="utf-8").splitlines()
    cases = [json.loads(line) for line in good]
    bad_level = json.loads(good[0])
    bad_level["suggestions"][1]["level"] = 9
    bad_link = json.loads(good[0])
    bad_link["reviews"][0]["suggestion_index"] = 4
    no_file = json.loads(good[0])
    no_file["attachments"][0]["file"] = "cases_files/" + "0" * 64 + ".dcm"
    outside = json.loads(good[0])
    outside["attachments"][0]["file"] = "../" + cases[0]["attachments"][0]["file"]
    bad_verdict = json.loads(good[0])
    bad_verdict["attachments"][0]["assessment"]["probability"] = "high"
    lines = [good[0], "{not json", json.dumps(bad_level), "", json.dumps({**cases[1], "schema": "other"}),
             json.dumps(bad_link), json.dumps(no_file), json.dumps(outside), json.dumps(bad_verdict), good[1]]
    path = tmp_path / "mixed.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    store, admin = target
    with pytest.raises(ImportError_) as err:
        import_cases(store, admin, path)
    assert [n for n, _ in err.value.errors] == [2, 3, 5, 6, 7, 8, 9]
    messages = dict(err.value.errors)
    assert "level" in messages[3] and "suggestion index 4" in messages[6]
    assert "missing" in messages[7] and "outside" in messages[8] and "probability" in messages[9]
    assert _row_counts(store) == dict.fromkeys(TABLES, 0)
    assert _audit(store, "import") == []


def test_a_nurse_importing_is_refused_and_audited(inst, tmp_path):
    exported = export_cases(inst.store, inst.admin, "jsonl", tmp_path / "c.jsonl")
    before = _row_counts(inst.store)
    with pytest.raises(PermissionDenied):
        import_cases(inst.store, inst.nurse, exported.path)
    case = next(r for r in read_rows(exported.path, "jsonl") if isinstance(r, _Row)).case
    with pytest.raises(PermissionDenied):  # the store checks too, not only the importer
        inst.store.import_case(inst.nurse, case)
    assert _row_counts(inst.store) == before
    refusals = [d["permission"] for u, d in _audit(inst.store, "refused") if u == "nurse1"]
    assert refusals == ["import", "import"]
    assert inst.store.verify_audit().ok


def test_a_damaged_attachment_stops_the_import_and_nothing_is_saved(inst, target, tmp_path):
    exported = export_cases(inst.store, inst.admin, "jsonl", tmp_path / "cases.jsonl")
    with_files, plain = exported.path.read_text(encoding="utf-8").splitlines()
    path = tmp_path / "cases.jsonl"
    path.write_text(plain + "\n" + with_files + "\n", encoding="utf-8")  # the case with files second
    photo = tmp_path / json.loads(with_files)["attachments"][1]["file"]
    photo.write_bytes(photo.read_bytes()[:-10])  # truncated copy: present, but not the exported bytes
    store, admin = target
    with pytest.raises(ImportError_) as err:
        import_cases(store, admin, path)
    (line, message), = err.value.errors
    assert line == 2 and "sha256" in message and "nothing was saved" in message
    # all or nothing: the valid case before it was rolled back with it
    assert _row_counts(store) == dict.fromkeys(TABLES, 0)
    assert _audit(store, "case.import") == []
    assert [(d["count"], d["failed_line"]) for _, d in _audit(store, "import")] == [(0, 2)]
    assert store.verify_audit().ok


def test_a_case_failing_inside_its_transaction_leaves_no_rows(inst, target, tmp_path):
    exported = export_cases(inst.store, inst.admin, "jsonl", tmp_path / "cases.jsonl")
    case = next(r for r in read_rows(exported.path, "jsonl") if isinstance(r, _Row)).case
    # The review's link is resolved after the patient, case, vitals and suggestions were inserted.
    broken = dataclasses.replace(case, reviews=(dataclasses.replace(case.reviews[0], suggestion_index=7),))
    store, admin = target
    with pytest.raises(ValueError, match="suggestion 7"):
        store.import_case(admin, broken)
    assert _row_counts(store) == dict.fromkeys(TABLES, 0)
    assert _audit(store, "case.import") == []
    assert store.import_case(admin, case) and _row_counts(store)["attachments"] == 2  # the valid one saves


def test_a_cancelled_import_saves_nothing(inst, target, tmp_path):
    exported = export_cases(inst.store, inst.admin, "jsonl", tmp_path / "c.jsonl")
    store, admin = target
    calls = []
    result = import_cases(store, admin, exported.path, cancelled=lambda: calls.append(1) or len(calls) > 1)
    assert result.cancelled and result.count == 0 == store.count_cases() and len(calls) == 2
    assert _row_counts(store) == dict.fromkeys(TABLES, 0)
    assert [(d["count"], d["cancelled"]) for _, d in _audit(store, "import")] == [(0, True)]
    assert result.summary() == "Import cancelled: nothing was saved."
    assert import_cases(store, admin, exported.path).count == 2  # and it can simply be run again


def test_csv_saved_by_excel_with_a_bom_imports_and_other_encodings_are_named(target, tmp_path):
    store, admin = target
    excel = tmp_path / "excel.csv"
    excel.write_bytes("complaint,age_years,heart_rate\r\nfièvre et toux,40,96\r\n".encode("utf-8-sig"))
    assert import_cases(store, admin, excel).count == 1
    latin = tmp_path / "latin1.csv"
    latin.write_bytes("complaint,age_years\r\nfièvre,40\r\n".encode("latin-1"))
    with pytest.raises(ImportError_, match="not UTF-8"):
        import_cases(store, admin, latin)
    assert store.count_cases() == 1


# --------------------------------------------------------------------------- hostile files (issue 11.6)

ATTACKS = Path(__file__).resolve().parents[1] / "data" / "import_attacks"


def _strict(text: str):
    """Parse JSON as any other reader would: NaN / Infinity are errors."""
    def refuse(token):
        raise AssertionError(f"{token} written into JSON")
    return json.loads(text, parse_constant=refuse)


@pytest.mark.parametrize("name, line, says", [
    ("nan_confidence.jsonl", 2, "NaN is not a number JSON allows"),
    ("nan_probabilities.jsonl", 2, "NaN is not a number JSON allows"),
    ("nan_confidence.csv", 3, "suggestion_confidence must be a number from 0 to 1"),
    ("lone_surrogate.jsonl", 2, "lone UTF-16 surrogate"),
    ("year_9999.jsonl", 2, "arrival_time 9999-12-31T23:30:00-05:00 is outside the years 1900"),
    ("year_9999.csv", 3, "arrival_time 9999-12-31T23:30:00-05:00 is outside the years 1900"),
    ("deep_nesting.jsonl", 2, "nested more than"),
    ("integer_reason_title.jsonl", 2, "reason 1 title must be text, got int 5"),
])
def test_a_hostile_value_is_a_numbered_error_and_the_valid_row_before_it_is_not_saved(target, name, line,
                                                                                      says):
    """Each file: a valid case, then the bad one. Before: raw tracebacks (RecursionError,
    UnicodeEncodeError, IntegrityError, OverflowError) after saving the first case, or the poison
    imported (an integer reason title, NaN probabilities) and every later export broken."""
    store, admin = target
    with pytest.raises(ImportError_) as err:
        import_cases(store, admin, ATTACKS / name)
    (bad_line, message), = err.value.errors
    assert bad_line == line and says in message, message
    assert _row_counts(store) == dict.fromkeys(TABLES, 0)
    assert store.verify_audit().ok


def test_a_csv_cell_over_128_kib_is_a_numbered_error(target, tmp_path):
    path = tmp_path / "big.csv"
    path.write_text("complaint,age_years\ncough,40\n\"" + "x" * 140_000 + "\",41\nfever,42\n",
                    encoding="utf-8")
    store, admin = target
    with pytest.raises(ImportError_) as err:
        import_cases(store, admin, path)
    assert err.value.errors == [(3, "a cell is longer than 131,072 characters")]
    assert store.count_cases() == 0


def test_a_huge_patient_name_is_refused_without_reading_it_whole(target, tmp_path):
    good = json.loads((ATTACKS / "nan_confidence.jsonl").read_text(encoding="utf-8").splitlines()[0])
    long_name = {**good, "patient": {**good["patient"], "name": "N" * 300}}
    huge_name = {**good, "patient": {**good["patient"], "name": "N" * 9_000_000}}  # 9 MB on one line
    path = tmp_path / "names.jsonl"
    path.write_text("\n".join(json.dumps(c) for c in (good, long_name, huge_name, good)) + "\n",
                    encoding="utf-8")
    store, admin = target
    with pytest.raises(ImportError_) as err:
        import_cases(store, admin, path)
    messages = dict(err.value.errors)
    assert sorted(messages) == [2, 3]
    assert "Patient name is limited to 200 characters" in messages[2]
    assert "longer than 8,388,608 characters" in messages[3]
    assert store.count_cases() == 0


def test_the_store_and_every_writer_never_emit_nan_or_infinity(inst, tmp_path):
    """A NaN that reached the store before import checked for it is written as null (JSON Lines)
    or left out (FHIR), never as a token other readers refuse."""
    from triage.intake import parse_intake
    from triage.suggestion import Reason, Suggestion

    nan, inf = float("nan"), float("inf")
    poisoned = Suggestion(level=3, confidence=0.5, probabilities={3: nan, 4: -inf},
                          reasons=(Reason(kind="rule", code="x", title="t", weight=inf,
                                          values={"v": nan}),))
    inst.store.create_case(inst.nurse, parse_intake({"complaint": "cough", "age_years": "30"}), poisoned)
    jsonl = export_cases(inst.store, inst.admin, "jsonl", tmp_path / "c.jsonl")
    records = [_strict(line) for line in jsonl.path.read_text(encoding="utf-8").splitlines()]
    assert records[-1]["suggestions"][0]["probabilities"] == {"3": None, "4": None}
    fhir = export_cases(inst.store, inst.admin, "fhir", tmp_path / "c.ndjson")
    bundles = [_strict(line) for line in fhir.path.read_text(encoding="utf-8").splitlines()]
    risks = [e["resource"] for e in bundles[-1]["entry"] if e["resource"]["resourceType"] == "RiskAssessment"]
    assert risks and all("probabilityDecimal" not in p for p in risks[0]["prediction"])


def test_importing_the_same_file_twice_is_a_no_op_that_says_so(inst, target, tmp_path):
    exported = export_cases(inst.store, inst.admin, "jsonl", tmp_path / "cases.jsonl")
    store, admin = target
    first = import_cases(store, admin, exported.path)
    counts = _row_counts(store)
    again = import_cases(store, admin, exported.path)
    assert first.count == 2 and again.count == 0 and _row_counts(store) == counts
    assert [line for line, _ in again.duplicates] == [1, 2]
    assert [case_id for _, case_id in again.duplicates] == list(first.case_ids)
    assert again.summary().startswith("Nothing new: all 2 cases of the file are already here")
    assert [(d["count"], d["duplicates"]) for _, d in _audit(store, "import")] == [(2, 0), (0, 2)]
    assert store.verify_audit().ok


def test_a_case_exported_from_here_and_imported_back_is_not_duplicated(inst, tmp_path):
    exported = export_cases(inst.store, inst.admin, "csv", tmp_path / "cases.csv")
    before = _row_counts(inst.store)
    result = import_cases(inst.store, inst.admin, exported.path)
    assert result.count == 0 and len(result.duplicates) == 2 and _row_counts(inst.store) == before


def test_a_case_repeated_within_one_file_is_saved_once(target, tmp_path):
    path = tmp_path / "twice.csv"
    row = "cough,40,2024-03-01T10:00:00+00:00\n"
    path.write_text("complaint,age_years,arrival_time\n" + row + row + "fever,41,2024-03-01T11:00:00+00:00\n",
                    encoding="utf-8")
    store, admin = target
    result = import_cases(store, admin, path)
    assert result.count == 2 and [line for line, _ in result.duplicates] == [3]
    assert "1 case already here" in result.summary()


def test_a_full_disk_during_an_import_saves_nothing_and_says_so_truthfully(target, tmp_path):
    """Before: 422 cases saved per-case, then "Nothing was saved". Now the import is one
    transaction: the message is true."""
    import subprocess
    import sys
    import textwrap

    store, admin = target
    folder = store.data_dir
    store.close()
    path = tmp_path / "many.csv"
    largest = max(f.stat().st_size for f in Path(folder).rglob("*") if f.is_file())
    n_rows = 2 * (largest + 300_000) // 3_000 + 100  # the write-ahead log outgrows the file size cap
    rows = [f"\"{'long complaint text ' * 150}{n}\",40,2024-03-01T{n // 3600:02d}:{n // 60 % 60:02d}:{n % 60:02d}+00:00"
            for n in range(n_rows)]
    path.write_text("complaint,age_years,arrival_time\n" + "\n".join(rows) + "\n", encoding="utf-8")
    repo = Path(__file__).resolve().parents[2]
    script = textwrap.dedent(f"""
        import os, resource, signal, sys
        sys.path.insert(0, {str(repo)!r})
        from pathlib import Path
        from triage.errors import StorageError
        from triage.export.importer import import_cases
        from triage.store import CaseStore
        store = CaseStore(sys.argv[1])
        admin = store.accounts.login("admin2", {PASSWORD!r})
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        largest = max(f.stat().st_size for f in Path(sys.argv[1]).rglob("*") if f.is_file())
        resource.setrlimit(resource.RLIMIT_FSIZE, (largest + 300_000, largest + 300_000))
        try:
            import_cases(store, admin, Path(sys.argv[2]))
            print("imported")
        except StorageError as exc:
            print("StorageError:", exc)
    """)
    done = subprocess.run([sys.executable, "-c", script, str(folder), str(path)], capture_output=True,
                          text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.startswith("StorageError:") and "Nothing was saved" in done.stdout, done.stdout
    with CaseStore(folder) as after:
        assert after.count_cases() == 0  # the message is true
        assert after.verify_audit().ok


def test_every_value_the_import_accepts_can_be_exported_again_deidentified_too(target, tmp_path):
    """The extremes the checks allow (1900, two years ahead, the longest texts) survive every
    writer, including de-identification's date shift of up to a year."""
    from datetime import datetime, timedelta, timezone

    ahead = (datetime.now(timezone.utc) + timedelta(days=700)).isoformat()
    reasons = " | ".join(["r" * 2_000] * 3)
    path = tmp_path / "edges.csv"
    path.write_text(
        "complaint,age_years,name,mrn,phone,arrival_time,suggested_level,suggestion_confidence,reasons\n"
        f"\"{'c' * 10_000}\",120,{'N' * 200},{'M' * 64},{'9' * 40},{ahead},1,1,\"{reasons}\"\n"
        "cough,0,,,,1900-01-01T00:00:00+00:00,5,0,\n", encoding="utf-8")
    store, admin = target
    assert import_cases(store, admin, path).count == 2
    for fmt in ("csv", "jsonl", "fhir", "pdf"):
        for deidentify in (False, True):
            result = export_cases(store, admin, fmt, tmp_path / f"out-{deidentify}.{fmt}",
                                  deidentify=deidentify)
            assert result.count == 2
