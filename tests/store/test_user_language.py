"""An account's interface language (issue 20): stored with the account (m020), set by the user for
themselves or by an administrator for anyone, refused and audited otherwise, on SQLite and
PostgreSQL alike; the row stays in the audit chain."""

from __future__ import annotations

import sqlite3

import pytest
from helpers_store import PASSWORD, store_staff, template_db  # noqa: F401
from sqlite_utils import Database

from triage.errors import NotFound, PermissionDenied
from triage.records import LANGUAGES, check_language
from triage.store import DB_NAME, CaseStore, migrations


def _language_audit(store, admin) -> list:
    return [e for e in store.audit_entries(admin) if e.action == "user.set_language"]


def test_a_new_account_follows_the_desk_default(store_staff):
    store, staff = store_staff
    assert staff.nurse.language == ""
    assert store.accounts.get("nurse").language == ""
    assert store.accounts.login("nurse", PASSWORD).language == ""


def test_a_user_changes_their_own_language_and_it_is_audited(store_staff):
    store, staff = store_staff
    changed = store.set_user_language(staff.nurse, staff.nurse.id, "ko")
    assert changed.language == "ko" and changed.username == "nurse"
    assert store.accounts.login("nurse", PASSWORD).language == "ko"  # sign-in carries it
    entries = _language_audit(store, staff.admin)
    assert len(entries) == 1
    entry = entries[0]
    assert (entry.username, entry.object_type, entry.object_id) == ("nurse", "user",
                                                                     str(staff.nurse.id))
    assert {k: entry.details[k] for k in ("from", "to")} == {"from": "", "to": "ko"}
    # the same choice again writes nothing; back to the desk default is a change of its own
    store.set_user_language(staff.nurse, staff.nurse.id, "KO")
    assert len(_language_audit(store, staff.admin)) == 1
    assert store.set_user_language(staff.nurse, staff.nurse.id, None).language == ""
    newest = _language_audit(store, staff.admin)[0]
    assert {k: newest.details[k] for k in ("from", "to")} == {"from": "ko", "to": ""}
    assert store.verify_audit().ok  # the users row is in the chain as it now stands


def test_an_administrator_sets_anyones_language(store_staff):
    store, staff = store_staff
    assert store.set_user_language(staff.admin, staff.clinician.id, "ko").language == "ko"
    entry = _language_audit(store, staff.admin)[0]
    assert entry.username == "admin" and entry.object_id == str(staff.clinician.id)
    assert [u.language for u in store.accounts.list_users(staff.admin)
            if u.username == "clinician"] == ["ko"]


@pytest.mark.parametrize("who", ["nurse", "clinician"])
def test_a_nurse_or_clinician_cannot_change_anothers_language(store_staff, who):
    store, staff = store_staff
    actor = getattr(staff, who)
    with pytest.raises(PermissionDenied):
        store.set_user_language(actor, staff.nurse2.id, "ko")
    assert store.accounts.get("nurse2").language == ""
    assert _language_audit(store, staff.admin) == []
    refused = [e for e in store.audit_entries(staff.admin) if e.action == "refused"]
    assert refused and refused[0].username == who
    assert (refused[0].object_type, refused[0].object_id) == ("user", str(staff.nurse2.id))
    assert refused[0].details["permission"] == "manage_users"


def test_a_signed_out_user_cannot_change_even_their_own(store_staff):
    store, staff = store_staff
    store.accounts.logout(staff.nurse)
    with pytest.raises(PermissionDenied):
        store.set_user_language(staff.nurse, staff.nurse.id, "ko")
    assert store.accounts.get("nurse").language == ""


def test_an_unknown_language_or_account_is_refused_and_changes_nothing(store_staff):
    store, staff = store_staff
    with pytest.raises(ValueError, match="en, ko"):
        store.set_user_language(staff.admin, staff.nurse.id, "ja")
    with pytest.raises(NotFound):
        store.set_user_language(staff.admin, 9999, "ko")
    assert _language_audit(store, staff.admin) == []


def test_check_language_reads_codes_and_the_default():
    assert LANGUAGES == ("en", "ko")
    assert [check_language(v) for v in ("en", " KO ", "", None)] == ["en", "ko", "", ""]
    with pytest.raises(ValueError):
        check_language("klingon")


def test_an_account_on_the_desk_default_hashes_as_before_m020(store_staff):
    """Accounts written (and hashed into the audit chain) before the column existed still match
    their recorded hashes: a NULL language is left out of the row's content."""
    from triage.store.row_hashes import row_digest

    store, staff = store_staff
    with store.reading() as conn:
        cur = conn.execute("SELECT * FROM users WHERE id = ?", (staff.nurse.id,))
        names = [d[0] for d in cur.description]
        values = cur.fetchone()
    assert "language" in names
    before = [(n, v) for n, v in zip(names, values) if n != "language"]
    assert row_digest("users", names, values) == row_digest(
        "users", [n for n, _ in before], [v for _, v in before])
    assert store.verify_audit().ok


def test_an_upgraded_file_gains_the_column(data_dir):
    conn = sqlite3.connect(str(data_dir / DB_NAME), isolation_level=None)
    migrations.MIGRATIONS.apply(Database(conn), stop_before="m020_user_language")
    conn.execute("INSERT INTO users (username, display_name, password_hash, roles, active, "
                 "failed_logins, created_at, password_changed_at) VALUES ('old', 'Old', 'x', "
                 "'nurse', 1, 0, 'then', 'then')")
    assert "language" not in {r[1] for r in conn.execute("PRAGMA table_info(users)")}
    conn.close()
    with CaseStore(data_dir) as store:
        assert store.accounts.get("old").language == ""
        store.close()
