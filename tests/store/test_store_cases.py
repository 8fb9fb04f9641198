"""The case store on real SQLite files: saving, re-triage, review, queries, schema and migration."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from helpers_store import PASSWORD, intake, minutes_ago, store_staff, suggestion, template_db  # noqa: F401

from triage.errors import CaseClosed, InvalidReview, NotFound, PermissionDenied
from triage.intake import Vitals
from triage.records import CaseStatus, Decision, NewAttachment, User, WorklistQuery
from triage.store import CaseStore
from triage.store.audit import AuditLog
from triage.suggestion import ImageAssessment

REPO_ROOT = Path(__file__).resolve().parents[2]


def test_open_sets_wal_foreign_keys_full_sync_and_busy_timeout(data_dir):
    with CaseStore(data_dir) as store:
        pragma = {name: store.conn.execute(f"PRAGMA {name}").fetchone()[0]
                  for name in ("journal_mode", "foreign_keys", "synchronous", "busy_timeout")}
    assert pragma == {"journal_mode": "wal", "foreign_keys": 1, "synchronous": 2,
                      "busy_timeout": 10_000}
    assert (data_dir / "triage.db").exists() and (data_dir / "attachments").is_dir()


def test_create_case_saves_everything_and_reads_back(store_staff):
    store, staff = store_staff
    scan = NewAttachment(data=b"DICM fake bytes", original_name="chest.dcm", kind="dicom",
                         modality="CR", body_part="CHEST", view="PA", metadata={"rows": 2048},
                         assessment=ImageAssessment(assessed=True, reason="chest radiograph",
                                                    probability=0.8, finding="possible pneumonia",
                                                    saliency_png=b"\x89PNG overlay"))
    case_id = store.create_case(staff.nurse, intake(arrival=minutes_ago(5)), suggestion(2), [scan])
    d = store.case_detail(staff.clinician, case_id)
    assert (d.status, d.current_level, d.created_by) == (CaseStatus.WAITING, 2, "nurse")
    assert d.patient.name == "Test Patient" and d.patient.mrn == "MRN-1"
    assert d.latest_vitals.heart_rate == 104 and d.latest_vitals.temperature_c == 37.1
    assert d.latest_suggestion == suggestion(2)
    a = d.attachments[0]
    assert a.sha256 == hashlib.sha256(b"DICM fake bytes").hexdigest()
    assert a.path == store.data_dir / "attachments" / a.sha256[:2] / a.sha256[2:]
    assert a.path.read_bytes() == b"DICM fake bytes"
    assert (a.modality, a.view, a.metadata["rows"]) == ("CR", "PA", 2048)
    assert a.assessment.probability == 0.8 and a.assessment.saliency_png == b"\x89PNG overlay"
    assert store.attachment(staff.nurse, a.id) == a
    audit = AuditLog(store.conn).entries(limit=1)[0]
    assert (audit.action, audit.object_id, audit.details["attachments"]) == ("case.create",
                                                                              str(case_id), 1)


def test_same_bytes_are_stored_once(store_staff):
    store, staff = store_staff
    photo = NewAttachment(data=b"same image bytes", original_name="a.jpg", kind="photo")
    c1 = store.create_case(staff.nurse, intake(), suggestion(3), [photo])
    c2 = store.create_case(staff.nurse, intake(), suggestion(3), [photo])
    (a1,), (a2,) = (store.case_detail(staff.nurse, c).attachments for c in (c1, c2))
    assert a1.id != a2.id and a1.path == a2.path
    stored = [p for p in (store.data_dir / "attachments").rglob("*") if p.is_file()]
    assert stored == [a1.path]


def test_retriage_appends_vitals_and_moves_the_level(store_staff):
    store, staff = store_staff
    case_id = store.create_case(staff.nurse, intake(), suggestion(3))
    vid = store.retriage(staff.nurse, case_id, Vitals(heart_rate=140, spo2=88), suggestion(2))
    d = store.case_detail(staff.nurse, case_id)
    assert [v.vitals.heart_rate for v in d.vitals] == [104, 140]
    assert d.vitals[-1].id == vid and d.suggestions[-1].vital_set_id == vid
    assert [s.suggestion.level for s in d.suggestions] == [3, 2] and d.current_level == 2


def test_review_accept_override_and_close(store_staff):
    store, staff = store_staff
    case_id = store.create_case(staff.nurse, intake(), suggestion(3))
    store.start_review(staff.clinician, case_id)
    assert store.case_detail(staff.nurse, case_id).status is CaseStatus.IN_REVIEW
    with pytest.raises(InvalidReview, match="reason"):
        store.review(staff.clinician, case_id, Decision.OVERRIDE, 2, "   ")
    with pytest.raises(InvalidReview, match="suggested level"):
        store.review(staff.clinician, case_id, Decision.ACCEPT, 2)
    with pytest.raises(InvalidReview):
        store.review(staff.clinician, case_id, Decision.OVERRIDE, 7, "typo level")
    store.review(staff.clinician, case_id, Decision.ACCEPT, 3)
    rid = store.review(staff.clinician, case_id, Decision.OVERRIDE, 2, "ECG shows ST elevation")
    d = store.case_detail(staff.clinician, case_id)
    assert d.latest_review.id == rid and d.latest_review.reason == "ECG shows ST elevation"
    assert (d.latest_review.suggested_level, d.current_level) == (3, 2)
    assert store.review_pairs(staff.clinician)[-1][1:] == (3, 2)
    row = AuditLog(store.conn).entries(limit=1)[0]
    assert row.details["reason_given"] is True
    assert "ECG" not in str(row.details)  # clinical free text never reaches the audit log
    store.close_case(staff.clinician, case_id)
    with pytest.raises(CaseClosed):
        store.review(staff.clinician, case_id, Decision.ACCEPT, 3)
    with pytest.raises(CaseClosed):
        store.retriage(staff.nurse, case_id, Vitals(heart_rate=90), suggestion(4))
    d = store.case_detail(staff.clinician, case_id)
    assert d.status is CaseStatus.CLOSED and d.closed_at is not None and len(d.reviews) == 2


def test_notes_and_missing_case(store_staff):
    store, staff = store_staff
    case_id = store.create_case(staff.nurse, intake(), None)
    store.add_note(staff.nurse, case_id, "family informed")
    assert store.case_detail(staff.nurse, case_id).notes[0].text == "family informed"
    with pytest.raises(ValueError):
        store.add_note(staff.nurse, case_id, "  ")
    with pytest.raises(NotFound):
        store.case_detail(staff.nurse, 9999)
    with pytest.raises(NotFound):
        store.add_note(staff.nurse, 9999, "x")


def test_worklist_orders_by_level_then_arrival_and_filters(store_staff):
    store, staff = store_staff
    ids = {}
    for key, level, age in (("l3_old", 3, 50), ("l1", 1, 5), ("l3_new", 3, 10), ("l5", 5, 90),
                            ("l2", 2, 30)):
        ids[key] = store.create_case(staff.nurse, intake(f"complaint {key}", name=f"Pat {key}",
                                                         mrn=f"M-{key}", arrival=minutes_ago(age)),
                                     suggestion(level))
    untriaged = store.create_case(staff.nurse, intake("no suggestion yet", arrival=minutes_ago(1)),
                                  None)
    rows = store.worklist(staff.nurse)
    assert [r.case_id for r in rows] == [untriaged, ids["l1"], ids["l2"], ids["l3_old"],
                                         ids["l3_new"], ids["l5"]]
    assert store.count_worklist(staff.nurse) == 6
    page = store.worklist(staff.nurse, WorklistQuery(limit=2, offset=2))
    assert [r.case_id for r in page] == [ids["l2"], ids["l3_old"]]
    assert [r.case_id for r in store.worklist(staff.nurse, WorklistQuery(levels=(3,)))] == \
        [ids["l3_old"], ids["l3_new"]]
    assert [r.case_id for r in store.worklist(staff.nurse, WorklistQuery(search="M-L5"))] == [ids["l5"]]
    assert [r.case_id for r in store.worklist(staff.nurse, WorklistQuery(search="pat l2"))] == [ids["l2"]]
    assert store.worklist(staff.nurse, WorklistQuery(search="%")) == []  # LIKE wildcards are literal
    store.close_case(staff.clinician, ids["l1"], without_review="left before triage")
    assert ids["l1"] not in [r.case_id for r in store.worklist(staff.nurse)]
    closed = store.worklist(staff.nurse, WorklistQuery(statuses=(CaseStatus.CLOSED,)))
    assert [r.case_id for r in closed] == [ids["l1"]]
    store.start_review(staff.clinician, ids["l5"])
    reviewing = store.worklist(staff.nurse, WorklistQuery(statuses=(CaseStatus.IN_REVIEW,)))
    assert [r.case_id for r in reviewing] == [ids["l5"]]
    assert store.counts()["closed"] == 1 and store.counts()["untriaged"] == 1


def test_search_uses_the_trigram_index_and_the_scan_alike(store_staff, monkeypatch):
    """Both search paths (rare term via the trigram index, common via the ordered scan) agree."""
    import triage.store.queries as store_module

    store, staff = store_staff
    for i in range(12):
        store.create_case(staff.nurse, intake(f"abdominal pain {i}", name=f"Kim Berg{i}",
                                              mrn=f"K{i:03d}", arrival=minutes_ago(i)),
                          suggestion(i % 5 + 1))
    query = WorklistQuery(search="abdominal")
    via_index = store.worklist(staff.nurse, query)
    monkeypatch.setattr(store_module, "SEARCH_INDEX_MAX", 3)
    via_scan = store.worklist(staff.nurse, query)
    assert len(via_index) == 12 and via_index == via_scan
    assert store.count_worklist(staff.nurse, query) == 12


def test_iter_cases_pages_a_date_range(store_staff):
    store, staff = store_staff
    made = [store.create_case(staff.nurse, intake(arrival=minutes_ago(100 - i)), suggestion(4))
            for i in range(7)]
    got = [d.case_id for d in store.iter_cases(staff.admin, batch=3)]
    assert got == made
    window = list(store.iter_cases(staff.nurse, start=minutes_ago(98.5), end=minutes_ago(95.5)))
    assert [d.case_id for d in window] == made[2:5]
    assert store.count_cases(minutes_ago(98.5), minutes_ago(95.5)) == 3
    assert store.count_cases(end=minutes_ago(200)) == 0


def test_data_version_sees_other_connections(store_staff):
    store, staff = store_staff
    other = CaseStore(store.url)
    try:
        before = store.data_version()
        other.create_case(other.accounts.login("nurse", PASSWORD), intake(), suggestion(3))
        after_other = store.data_version()
        store.create_case(staff.nurse, intake(), suggestion(3))
        assert before != after_other != store.data_version()
    finally:
        other.close()


def test_two_processes_save_at_once(store_staff):
    """Two desks (processes) save 25 cases each at the same time; the busy one waits, none fail."""
    store, _ = store_staff
    script = textwrap.dedent(f"""
        import sys
        sys.path.insert(0, {str(REPO_ROOT)!r}); sys.path.insert(0, {str(REPO_ROOT / 'tests')!r})
        from helpers_store import PASSWORD, intake, suggestion
        from triage.store import CaseStore
        store = CaseStore(sys.argv[1])
        nurse = store.accounts.login("nurse", PASSWORD)
        for i in range(25):
            store.create_case(nurse, intake(f"desk {{sys.argv[2]}} case {{i}}"), suggestion(3))
        print("ok")
    """)
    procs = [subprocess.Popen([sys.executable, "-c", script, str(store.url), str(n)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for n in (1, 2)]
    outs = [p.communicate(timeout=120) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], outs
    assert store.count_cases() == 50
    assert store.verify_audit().ok


def test_existing_database_is_backed_up_before_migrating(data_dir):
    db = data_dir / "triage.db"
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE legacy (note TEXT)")
    conn.execute("INSERT INTO legacy VALUES ('kept')")
    conn.commit()
    conn.close()
    with CaseStore(data_dir) as store:
        backup = store.backup_path
        assert "cases" in store.db.table_names() and "legacy" in store.db.table_names()
    assert backup is not None and backup.parent == data_dir
    copy = sqlite3.connect(backup)
    assert copy.execute("SELECT note FROM legacy").fetchall() == [("kept",)]
    assert "cases" not in [r[0] for r in copy.execute("SELECT name FROM sqlite_master")]
    copy.close()
    with CaseStore(data_dir) as again:  # up to date: no second backup
        assert again.backup_path is None


def test_fresh_database_is_not_backed_up(data_dir):
    with CaseStore(data_dir) as store:
        assert store.backup_path is None
    assert sorted(p.name for p in data_dir.iterdir() if "backup" in p.name) == []


def test_invalid_level_in_suggestion_is_refused_before_saving(store_staff):
    store, staff = store_staff
    bad = suggestion(2).__class__(level=9, confidence=1.0, reasons=())
    with pytest.raises(ValueError):
        store.create_case(staff.nurse, intake(), bad)
    assert store.count_cases() == 0


def test_review_outside_a_transaction_does_not_leave_one_open(store_staff):
    store, staff = store_staff
    case_id = store.create_case(staff.nurse, intake(), suggestion(3))
    with pytest.raises(PermissionDenied):
        store.review(staff.nurse, case_id, Decision.ACCEPT, 3)
    assert not store.conn.in_transaction
    assert store.case_detail(staff.nurse, case_id).reviews == ()


def test_bulk_create_for_an_import_is_attributed_and_checked(store_staff):
    store, staff = store_staff
    ids = store.seed_cases([(intake("imported one"), suggestion(4)), (intake("imported two"), None)],
                           demo=False, actor=staff.admin)
    row = AuditLog(store.conn).entries(limit=1)[0]
    assert (row.username, row.action, row.details) == ("admin", "cases.bulk_create",
                                                       {"count": 2, "demo": False})
    assert [store.case_detail(staff.nurse, i).current_level for i in ids] == [4, None]
    with pytest.raises(PermissionDenied):
        store.seed_cases([(intake(), None)], demo=False,
                         actor=User(id=999, username="ghost", display_name="", roles=frozenset()))
    assert store.count_cases() == 2


def test_stale_attachment_temp_files_are_swept_on_open(store_staff):
    store, _ = store_staff
    folder = store.attachments_dir / "ab"
    folder.mkdir()
    old, fresh = folder / ".tmp-old", folder / ".tmp-fresh"
    old.write_bytes(b"half written")
    fresh.write_bytes(b"being written now")
    long_ago = time.time() - 2 * 3600
    os.utime(old, (long_ago, long_ago))
    CaseStore(store.data_dir).close()
    assert not old.exists() and fresh.exists()
