"""The database schema, versioned with ``sqlite_utils.Migrations``.

Never edit a migration that has shipped: add a new function below it. ``apply`` (called by the
store when it opens) copies the database file aside before it migrates an existing installation,
so a failed or regretted upgrade can be undone by hand.
"""

from __future__ import annotations

import json
import os
import sqlite3
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, ContextManager

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from triage.store.values import now_iso

MIGRATIONS = Migrations("triage")

# Shared by the SQLite migration and its PostgreSQL twin (the statement is the same on both).
M003_TRIAGE_SCALE = ("INSERT INTO settings (key, value) SELECT 'triage_scale', 'KTAS' "
                     "WHERE EXISTS (SELECT 1 FROM users) ON CONFLICT (key) DO NOTHING")
# The same statement on both backends (``ALTER TABLE ... ADD COLUMN`` with a constant default).
M004_CASE_NARRATIVE = "ALTER TABLE cases ADD COLUMN narrative TEXT NOT NULL DEFAULT ''"
# Same on both backends: the hashes of the stored rows each audited change left (row_hashes).
M005_AUDIT_ROW_HASHES = "ALTER TABLE audit_log ADD COLUMN wrote TEXT NOT NULL DEFAULT ''"
# The column type differs (REAL here, DOUBLE PRECISION on PostgreSQL, as for temperature_c).
M006_OXYGEN_FLOW = "ALTER TABLE vital_sets ADD COLUMN o2_flow_l_min {real}"
_MCI_CATEGORY = "IN ('immediate', 'delayed', 'minor', 'expectant')"
# Mass-casualty incidents and their tags (issue 19); {id}, {real} per backend. One open incident
# per installation; tags append-only (each tag, re-tag, override, disposition is a version).
M011_MASS_CASUALTY = (f"""
CREATE TABLE incidents (
    id {{id}},
    name TEXT NOT NULL,
    place TEXT NOT NULL DEFAULT '',
    declared_at TEXT NOT NULL,
    declared_by TEXT NOT NULL,
    is_open INTEGER NOT NULL CHECK (is_open IN (0, 1)),
    ended_at TEXT,
    ended_by TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
)""", "CREATE UNIQUE INDEX incidents_one_open ON incidents (is_open) WHERE is_open = 1", f"""
CREATE TABLE mci_tags (
    id {{id}},
    incident_id {{ref}} NOT NULL REFERENCES incidents(id),
    tag_number TEXT NOT NULL,
    version INTEGER NOT NULL CHECK (version >= 1),
    event TEXT NOT NULL CHECK (event IN ('tag', 'retag', 'override', 'disposition')),
    method TEXT NOT NULL CHECK (method IN ('START', 'JUMPSTART')),
    answers TEXT NOT NULL,
    computed_category TEXT NOT NULL CHECK (computed_category {_MCI_CATEGORY}),
    category TEXT NOT NULL CHECK (category {_MCI_CATEGORY}),
    reasons TEXT NOT NULL,
    override_reason TEXT NOT NULL DEFAULT '',
    sex TEXT NOT NULL DEFAULT '',
    age_years {{real}},
    area TEXT NOT NULL DEFAULT '',
    moved_to TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    photo_sha256 TEXT NOT NULL DEFAULT '',
    written_by TEXT NOT NULL,
    written_at TEXT NOT NULL,
    UNIQUE (incident_id, tag_number, version),
    CHECK (category = computed_category OR length(trim(override_reason)) > 0)
)""", "CREATE INDEX mci_tags_incident ON mci_tags (incident_id, tag_number, version)")


def _execute_statements(db: Database, script: str) -> None:
    """Run a SQL script one complete statement at a time: ``executescript`` would COMMIT the
    migration's transaction first, so a crash mid-migration could leave half a schema."""
    statement = ""
    for line in script.splitlines(keepends=True):
        statement += line
        if sqlite3.complete_statement(statement):
            db.conn.execute(statement)
            statement = ""
    if statement.strip():
        raise ValueError(f"incomplete SQL statement in migration: {statement[:80]!r}")


@MIGRATIONS()
def m001_initial(db: Database) -> None:
    """Tables, indexes and the append-only triggers of the first release."""
    _execute_statements(db, 
        """
        CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        CREATE TABLE users (
            id INTEGER PRIMARY KEY,
            username TEXT NOT NULL UNIQUE COLLATE NOCASE,
            display_name TEXT NOT NULL,
            password_hash TEXT NOT NULL,
            roles TEXT NOT NULL,                -- comma-separated Role values
            active INTEGER NOT NULL DEFAULT 1,
            failed_logins INTEGER NOT NULL DEFAULT 0,
            locked_until TEXT,                  -- UTC ISO; NULL = not locked
            created_at TEXT NOT NULL,
            password_changed_at TEXT NOT NULL
        );
        CREATE TABLE patients (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL DEFAULT '',
            birth_date TEXT,
            age_years INTEGER,
            sex TEXT NOT NULL DEFAULT 'U',
            mrn TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT '',
            is_demo INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL
        );
        CREATE INDEX patients_mrn ON patients(mrn) WHERE mrn != '';
        CREATE TABLE cases (
            id INTEGER PRIMARY KEY,
            patient_id INTEGER NOT NULL REFERENCES patients(id),
            complaint TEXT NOT NULL,
            arrival_time TEXT NOT NULL,         -- UTC ISO, sorts as text
            arrival_mode TEXT NOT NULL,
            injury INTEGER,
            status TEXT NOT NULL CHECK (status IN ('waiting', 'in_review', 'closed')),
            is_open INTEGER NOT NULL CHECK (is_open IN (0, 1)),
            suggested_level INTEGER CHECK (suggested_level BETWEEN 1 AND 5),
            decided_level INTEGER CHECK (decided_level BETWEEN 1 AND 5),
            current_level INTEGER CHECK (current_level BETWEEN 1 AND 5),
            created_by TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            closed_at TEXT,
            is_demo INTEGER NOT NULL DEFAULT 0,
            search_text TEXT NOT NULL DEFAULT '' -- lower-case name, MRN and complaint
        );
        -- The worklist: open cases by level (untriaged first), then arrival; LIMIT stops early.
        -- search_text makes it covering, so a search filters the index without reading rows.
        CREATE INDEX cases_worklist ON cases(is_open, current_level, arrival_time, id, search_text);
        CREATE INDEX cases_open_level ON cases(is_open, current_level);  -- narrow: counts
        CREATE INDEX cases_arrival ON cases(arrival_time);
        -- Substring search (name, MRN, complaint) through a trigram index kept in step by triggers.
        CREATE VIRTUAL TABLE case_search USING fts5(search_text, content='cases',
                                                     content_rowid='id', tokenize='trigram');
        CREATE TRIGGER cases_search_insert AFTER INSERT ON cases BEGIN
            INSERT INTO case_search (rowid, search_text) VALUES (new.id, new.search_text);
        END;
        CREATE TRIGGER cases_search_update AFTER UPDATE OF search_text ON cases BEGIN
            INSERT INTO case_search (case_search, rowid, search_text)
                VALUES ('delete', old.id, old.search_text);
            INSERT INTO case_search (rowid, search_text) VALUES (new.id, new.search_text);
        END;
        CREATE TRIGGER cases_search_delete AFTER DELETE ON cases BEGIN
            INSERT INTO case_search (case_search, rowid, search_text)
                VALUES ('delete', old.id, old.search_text);
        END;
        CREATE INDEX cases_patient ON cases(patient_id);
        CREATE TABLE vital_sets (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES cases(id),
            recorded_at TEXT NOT NULL,
            recorded_by TEXT NOT NULL,
            heart_rate INTEGER,
            resp_rate INTEGER,
            sbp INTEGER,
            dbp INTEGER,
            spo2 INTEGER,
            temperature_c REAL,
            pain INTEGER,
            avpu TEXT,
            gcs INTEGER,
            on_oxygen INTEGER,
            measured_at TEXT
        );
        CREATE INDEX vital_sets_case ON vital_sets(case_id);
        CREATE TABLE attachments (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES cases(id),
            sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
            original_name TEXT NOT NULL,
            kind TEXT NOT NULL,
            modality TEXT NOT NULL DEFAULT '',
            body_part TEXT NOT NULL DEFAULT '',
            view TEXT NOT NULL DEFAULT '',
            size_bytes INTEGER NOT NULL,
            marked_chest_xray INTEGER NOT NULL DEFAULT 0,
            metadata TEXT NOT NULL DEFAULT '{}',
            assessment TEXT,                    -- ImageAssessment.to_dict() JSON
            saliency_png BLOB,
            added_at TEXT NOT NULL,
            added_by TEXT NOT NULL
        );
        CREATE INDEX attachments_case ON attachments(case_id);
        CREATE INDEX attachments_sha ON attachments(sha256);
        CREATE TABLE suggestions (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES cases(id),
            vital_set_id INTEGER REFERENCES vital_sets(id),
            created_at TEXT NOT NULL,
            level INTEGER NOT NULL CHECK (level BETWEEN 1 AND 5),
            confidence REAL NOT NULL,
            engine_version TEXT NOT NULL DEFAULT '',
            rules_only INTEGER NOT NULL DEFAULT 0,
            -- Suggestion.to_dict(): versions, probabilities, reasons… (json_extract reads them)
            payload TEXT NOT NULL
        );
        CREATE INDEX suggestions_case ON suggestions(case_id);
        CREATE TABLE reviews (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES cases(id),
            suggestion_id INTEGER REFERENCES suggestions(id),
            reviewer TEXT NOT NULL,
            decision TEXT NOT NULL CHECK (decision IN ('accept', 'override')),
            suggested_level INTEGER,
            final_level INTEGER NOT NULL CHECK (final_level BETWEEN 1 AND 5),
            reason TEXT NOT NULL DEFAULT '',
            signed_at TEXT NOT NULL,
            CHECK (decision = 'accept' OR length(trim(reason)) > 0)
        );
        CREATE INDEX reviews_case ON reviews(case_id);
        CREATE TABLE notes (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES cases(id),
            author TEXT NOT NULL,
            text TEXT NOT NULL,
            created_at TEXT NOT NULL
        );
        CREATE INDEX notes_case ON notes(case_id);
        CREATE TABLE audit_log (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            user_id INTEGER,
            username TEXT NOT NULL,
            action TEXT NOT NULL,
            object_type TEXT NOT NULL DEFAULT '',
            object_id TEXT NOT NULL DEFAULT '',
            details TEXT NOT NULL DEFAULT '{}',
            prev_hash TEXT NOT NULL,
            hash TEXT NOT NULL
        );
        CREATE INDEX audit_log_action ON audit_log(action);
        CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit_log is append-only: UPDATE refused'); END;
        CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit_log is append-only: DELETE refused'); END;
        """
    )


_PATIENT_COLUMNS = ("name", "birth_date", "age_years", "sex", "mrn", "phone")


@MIGRATIONS()
def m002_patient_identity_and_revisions(db: Database) -> None:
    """One patient per MRN, and a revision table so an intake edit never loses the original.

    Older installations made one patient row per case, so an MRN may appear on several rows. They
    are merged into the newest row (the latest demographics); each merged row's values are kept as
    a ``merge`` revision and its cases point at the kept row. Only then is the MRN made unique
    (blank MRNs stay free: unknown patients).
    """
    conn = db.conn
    # One statement per execute: executescript would COMMIT the migration's transaction.
    for statement in (
        """CREATE TABLE intake_revisions (
            id INTEGER PRIMARY KEY,
            case_id INTEGER REFERENCES cases(id),        -- NULL: a patient merge at migration
            patient_id INTEGER REFERENCES patients(id),  -- set when patient fields changed
            revised_at TEXT NOT NULL,
            revised_by TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('edit', 'link', 'merge')),
            fields TEXT NOT NULL,                        -- JSON list of the changed field names
            previous TEXT NOT NULL,                      -- JSON {field: value before}
            new_values TEXT NOT NULL                     -- JSON {field: value after}
        )""",
        "CREATE INDEX intake_revisions_case ON intake_revisions(case_id)",
        "CREATE INDEX intake_revisions_patient ON intake_revisions(patient_id)",
        "CREATE TRIGGER intake_revisions_no_update BEFORE UPDATE ON intake_revisions "
        "BEGIN SELECT RAISE(ABORT, 'intake_revisions is append-only: UPDATE refused'); END",
        "CREATE TRIGGER intake_revisions_no_delete BEFORE DELETE ON intake_revisions "
        "BEGIN SELECT RAISE(ABORT, 'intake_revisions is append-only: DELETE refused'); END",
    ):
        conn.execute(statement)
    now = now_iso()
    cols = ", ".join(_PATIENT_COLUMNS)
    dupes = conn.execute("SELECT mrn, max(id) FROM patients WHERE mrn != '' GROUP BY mrn "
                         "HAVING count(*) > 1").fetchall()
    for mrn, keep in dupes:
        for row in conn.execute(f"SELECT id, {cols} FROM patients WHERE mrn = ? AND id != ? "
                                "ORDER BY id", (mrn, keep)).fetchall():
            previous = dict(zip(("patient_id", *_PATIENT_COLUMNS), row))
            conn.execute("INSERT INTO intake_revisions (case_id, patient_id, revised_at, revised_by, "
                         "kind, fields, previous, new_values) VALUES (NULL, ?, ?, 'system', "
                         "'merge', ?, ?, ?)",
                         (keep, now, json.dumps(["patient_id"]), json.dumps(previous),
                          json.dumps({"patient_id": keep})))
            conn.execute("UPDATE cases SET patient_id = ? WHERE patient_id = ?", (keep, row[0]))
            conn.execute("DELETE FROM patients WHERE id = ?", (row[0],))
    conn.execute("DROP INDEX patients_mrn")
    conn.execute("CREATE UNIQUE INDEX patients_mrn_unique ON patients(mrn) WHERE mrn != ''")
    conn.execute("CREATE INDEX patients_name ON patients(name COLLATE NOCASE)")


@MIGRATIONS()
def m003_triage_scale(db: Database) -> None:
    """The triage scale (KTAS or ESI) becomes an installation setting, ``settings.triage_scale``.

    Installations that already hold accounts spoke KTAS (the only scale the app had), so they keep
    it, recorded; a new installation has no value until its first administrator chooses one
    (``CaseStore.triage_scale_chosen``). The PostgreSQL twin is in ``dialect.PG_MIGRATIONS``.
    """
    db.conn.execute(M003_TRIAGE_SCALE)


@MIGRATIONS()
def m004_case_narrative(db: Database) -> None:
    """Cases keep the free-text note their intake was read from (issue 13), as written; an edit
    of it is an intake revision like any other field. The PostgreSQL twin is in
    ``dialect.PG_MIGRATIONS``."""
    db.conn.execute(M004_CASE_NARRATIVE)


@MIGRATIONS()
def m005_audit_row_hashes(db: Database) -> None:
    """Each audit row records the hashes of the rows its change wrote (``audit_log.wrote``), so
    ``audit verify`` notices case data edited in the file. An installation that already holds
    data gets one ``audit.baseline`` row when the store opens it (``CaseStore.__init__``). The
    PostgreSQL twin is in ``dialect.PG_MIGRATIONS``."""
    db.conn.execute(M005_AUDIT_ROW_HASHES)


@MIGRATIONS()
def m006_oxygen_flow(db: Database) -> None:
    """Vital sets keep the supplemental oxygen flow in L/min when it is known (issue 12): NULL for
    every earlier set, so their audited row hashes still match (``row_hashes.ADDED_LATER``). The
    PostgreSQL twin is in ``dialect.PG_MIGRATIONS``."""
    db.conn.execute(M006_OXYGEN_FLOW.format(real="REAL"))


@MIGRATIONS()
def m011_mass_casualty(db: Database) -> None:
    """Mass-casualty incidents and their START / JumpSTART tags (issue 19; ``store.incidents``).
    The PostgreSQL twin is in ``dialect.PG_MIGRATIONS``."""
    for statement in M011_MASS_CASUALTY:
        db.conn.execute(statement.format(id="INTEGER PRIMARY KEY", ref="INTEGER", real="REAL"))
    for op in ("UPDATE", "DELETE"):
        db.conn.execute(f"CREATE TRIGGER mci_tags_no_{op.lower()} BEFORE {op} ON mci_tags "
                        f"BEGIN SELECT RAISE(ABORT, 'mci_tags is append-only: {op} refused'); END")


# Same on both backends: when an account's sessions were last ended (ms since the epoch, as text;
# NULL = never), so a logout, lock-out, disable, role change or new password ends them everywhere.
M013_SESSION_REVOCATION = "ALTER TABLE users ADD COLUMN sessions_revoked_at TEXT"


@MIGRATIONS()
def m013_session_revocation(db: Database) -> None:
    """Sessions that end (issue 25). The PostgreSQL twin is in ``dialect.PG_MIGRATIONS``."""
    db.conn.execute(M013_SESSION_REVOCATION)


# A site's calibration of the engine's 2/3 line (issue 18 §3; ``store.calibrations``): one row per
# version, append-only; the newest row of a scale is in force (a "shipped" row resets it).
M014_SITE_CALIBRATION = ("""
CREATE TABLE site_calibrations (
    id {id},
    scale TEXT NOT NULL CHECK (scale IN ('KTAS', 'ESI')),
    version TEXT NOT NULL,
    source TEXT NOT NULL CHECK (source IN ('site', 'shipped')),
    critical_threshold {real},
    level_shift {real} NOT NULL DEFAULT 0,
    provenance TEXT NOT NULL DEFAULT '{{}}',
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL
)""", "CREATE INDEX site_calibrations_scale ON site_calibrations (scale, id)")


@MIGRATIONS()
def m014_site_calibration(db: Database) -> None:
    """A site's own operating point per scale, versioned (issue 18 §3). The PostgreSQL twin is
    in ``dialect.PG_MIGRATIONS``."""
    for statement in M014_SITE_CALIBRATION:
        db.conn.execute(statement.format(id="INTEGER PRIMARY KEY", real="REAL"))
    for op in ("UPDATE", "DELETE"):
        db.conn.execute(f"CREATE TRIGGER site_calibrations_no_{op.lower()} BEFORE {op} ON "
                        f"site_calibrations BEGIN SELECT RAISE(ABORT, 'site_calibrations is "
                        f"append-only: {op} refused'); END")


# A save's client-generated key (issue 22 §2), unique where given, so a retried save finds the
# case its first try committed. The same statements on both backends.
M015_IDEMPOTENT_SAVES = (
    "ALTER TABLE cases ADD COLUMN idempotency_key TEXT",
    "CREATE UNIQUE INDEX cases_idempotency_key ON cases (idempotency_key) "
    "WHERE idempotency_key IS NOT NULL")


@MIGRATIONS()
def m015_idempotent_saves(db: Database) -> None:
    """Cases keep the idempotency key their save carried (unique; NULL for every earlier case,
    so their audited row hashes still match: ``row_hashes.ADDED_LATER``). The PostgreSQL twin is
    in ``dialect.PG_MIGRATIONS``."""
    for statement in M015_IDEMPOTENT_SAVES:
        db.conn.execute(statement)


# Issue 25: each audit row's HMAC under the audit key kept outside the database (keys.py), and an
# imported review's source reviewer kept as imported data (NULL for every earlier review, so their
# audited row hashes still match: ``row_hashes.ADDED_LATER``).
M017_AUDIT_ROW_MAC = (
    "ALTER TABLE audit_log ADD COLUMN mac TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE audit_log ADD COLUMN mac_key TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE reviews ADD COLUMN imported_signed_by TEXT")


@MIGRATIONS()
def m017_audit_row_mac(db: Database) -> None:
    """Audit rows gain ``mac``/``mac_key`` (empty for the rows before: reported 'before MACs');
    reviews gain ``imported_signed_by``. The PostgreSQL twin is in ``dialect.PG_MIGRATIONS``."""
    for statement in M017_AUDIT_ROW_MAC:
        db.conn.execute(statement)


# Issue 22 §4: an import writes its cases in batches; until its last batch commits they carry
# the import's id here and no query shows them (NULL for every other case; left out of the row
# hash, ``row_hashes.DERIVED``, so the flip at the end keeps each case's audited hash). The same
# statements on both backends.
M018_IMPORT_BATCHES = (
    "ALTER TABLE cases ADD COLUMN import_pending INTEGER",
    "CREATE INDEX cases_import_pending ON cases (import_pending) WHERE import_pending IS NOT NULL")


@MIGRATIONS()
def m018_import_batches(db: Database) -> None:
    """Cases of an unfinished import are marked (``bulk.import_all``). The PostgreSQL twin is
    ``triage/store/sql/postgresql/m018_import_batches.sql``."""
    for statement in M018_IMPORT_BATCHES:
        db.conn.execute(statement)


# Issue 22 §3: a case write first finds the last audit row about that case (``tamper_guard``):
# an index on the object, newest last. The same statement on both backends.
M019_AUDIT_OBJECT_INDEX = "CREATE INDEX audit_log_object ON audit_log (object_type, object_id, id)"


@MIGRATIONS()
def m019_audit_object_index(db: Database) -> None:
    """The index the write-time tamper check reads. The PostgreSQL twin is
    ``triage/store/sql/postgresql/m019_audit_object_index.sql``."""
    db.conn.execute(M019_AUDIT_OBJECT_INDEX)


# Issue 20: an account's interface language ("en", "ko"; NULL = the desk's default, and every
# account before this migration: ``row_hashes.ADDED_LATER`` keeps their audited hashes). The same
# statement on both backends.
M020_USER_LANGUAGE = "ALTER TABLE users ADD COLUMN language TEXT"


@MIGRATIONS()
def m020_user_language(db: Database) -> None:
    """Accounts gain their interface language (``Accounts.set_language``). The PostgreSQL twin is
    ``triage/store/sql/postgresql/m020_user_language.sql``."""
    db.conn.execute(M020_USER_LANGUAGE)


def pending(db: Database) -> list[str]:
    """Names of the migrations not yet applied to ``db``."""
    return [m.name for m in MIGRATIONS.pending(db)]


def backup(db: Database, db_path: Path) -> Path:
    """Copy the live database (a consistent snapshot, WAL included) next to it; returns the copy."""
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")
    target = db_path.with_name(f"{db_path.stem}.backup-{stamp}{db_path.suffix}")
    os.close(os.open(target, os.O_CREAT | os.O_WRONLY, 0o600))  # a copy of patient data: 0600
    dest = sqlite3.connect(str(target))
    try:
        db.conn.backup(dest)
    finally:
        dest.close()
    return target


def apply(db: Database, db_path: Path, *, existed: bool,
          atomic: Callable[[], ContextManager[object]]) -> Path | None:
    """Apply pending migrations in one ``atomic()`` write transaction (which re-checks what is
    pending under the write lock, so two desks starting at once migrate once); back up first when
    the file held data already (``existed``).

    Returns the backup path, or None when nothing was copied.
    """
    if not pending(db):
        return None
    copy = backup(db, db_path) if existed else None
    with atomic():
        MIGRATIONS.apply(db)
    return copy
