"""Moving a desk to the clinic server: copy a SQLite installation into an empty PostgreSQL database.

Everything goes across in one server transaction (users, patients, cases, vitals, suggestions,
reviews, notes, intake revisions, attachment bytes, the audit chain and its recorded head), ids
unchanged, so the audit rows keep their hashes and the chain verifies on the server exactly as it
did on the desk. A target that holds any data is refused: merging two installations would have to
renumber rows and so rewrite the chain. After the commit the copy is checked: every table's count
equals the source's, and the server's chain verifies.
"""

from __future__ import annotations

import hashlib
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from triage.errors import StorageError, TriageError
from triage.records import User, VerifyResult
from triage.store import dialect
from triage.store.audit import AuditLog
from triage.store.url import DatabaseUrl

# Parents before children (foreign keys); blobs go in between (attachments reference them).
TABLES = ("settings", "users", "patients", "cases", "vital_sets", "suggestions", "reviews", "notes",
          "intake_revisions", "attachments", "incidents", "mci_tags", "site_calibrations", "audit_log")
# Never copied: secrets (round 1-2 kept the session key in settings; keys now live in files on
# each desk, triage/store/keys.py), nor a desk's own counters.
SECRET_SETTINGS = ("session_key",)
NOT_EMPTY_CHECK = ("users", "patients", "cases", "audit_log")
BATCH = 1000

Progress = Callable[[float, str], None]


class ServerCopyError(TriageError):
    """The copy was refused or failed; nothing was committed on the server."""


@dataclass(frozen=True)
class CopyReport:
    counts: dict[str, int]  # rows per table, equal on both sides
    blobs: int  # attachment files moved into the database
    blob_bytes: int
    chain: VerifyResult  # the audit chain as verified on the server
    skipped_settings: tuple[str, ...] = field(default=())


def _source_columns(src: sqlite3.Connection, table: str) -> list[str]:
    return [r[1] for r in src.execute(f"PRAGMA table_info({table})")]


def _target_columns(dst: dialect.PgConnection, table: str) -> set[str]:
    return {r[0] for r in dst.raw.execute(
        "SELECT column_name FROM information_schema.columns WHERE table_name = %s "
        "AND table_schema = current_schema()", (table,))}


def _source_migrations(src: sqlite3.Connection) -> list[str]:
    try:
        return [r[0] for r in src.execute("SELECT name FROM _sqlite_migrations "
                                          "WHERE migration_set = 'triage' ORDER BY rowid")]
    except sqlite3.Error:
        return []


def copy_to_server(source: DatabaseUrl, target: DatabaseUrl, actor: User, *,
                   progress: Progress = lambda f, m: None,
                   cancelled: Callable[[], bool] = lambda: False) -> CopyReport:
    """Copy the SQLite installation ``source`` into the empty PostgreSQL database ``target``.

    ``actor``: an administrator signed in on the desk (``export`` permission: the copy carries
    every record). The desk's audit log records the copy before it starts (so the server has that
    row too) and the server's records its arrival; secrets are never copied.

    Raises
    ------
    ServerCopyError
        the source is not SQLite / the target not PostgreSQL, the target holds data, the two
        schemas differ, an attachment file is missing or damaged, or the check after the copy
        failed; the server is left as it was (or, for a failed check, with a copy to inspect).
    StorageError
        the source cannot be read or the server cannot be reached.
    """
    if not source.is_sqlite or not target.is_postgresql:
        raise ServerCopyError("migrate-to-server copies a sqlite:/// installation into a "
                              "postgresql:// database")
    assert source.path is not None
    if not source.path.is_file():
        raise ServerCopyError(f"no installation database at {source.path}")
    from triage.store.auth import Permission, require
    from triage.store.case_store import CaseStore

    with CaseStore(source) as desk:
        require(desk, actor, Permission.EXPORT, object_type="server")
        with desk.transaction() as conn:
            AuditLog(conn).append(actor, "server.migrate", "server", target.display(),
                                  {"to": target.display()})
    try:
        src = sqlite3.connect(f"file:{source.path}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise StorageError(f"Cannot read {source.path}: {exc}") from exc
    try:
        dst = dialect.connect(target)  # creates/migrates the schema in an empty database
    except sqlite3.Error as exc:
        src.close()
        raise StorageError(f"Cannot use the server database {target.display()}: {exc}") from exc
    try:
        report = _copy(src, dst, source.path.parent / "attachments", progress, cancelled)
        dst.execute("BEGIN IMMEDIATE")
        try:
            AuditLog(dst).append(actor, "server.migrated", "server", str(source.path), {
                "from": str(source.path), "rows": sum(report.counts.values()),
                "skipped_settings": list(report.skipped_settings)})
            dst.execute("COMMIT")
        except BaseException:
            if dst.in_transaction:
                dst.execute("ROLLBACK")
            raise
        return report
    finally:
        src.close()
        dst.close()


def _copy(src: sqlite3.Connection, dst: dialect.PgConnection, attachments: Path,
          progress: Progress, cancelled: Callable[[], bool]) -> CopyReport:
    server_migrations = {name for name, _ in dialect.PG_MIGRATIONS}
    unknown = [m for m in _source_migrations(src) if m not in server_migrations]
    if unknown:
        raise ServerCopyError(f"the desk's database has schema versions the server schema lacks "
                              f"({', '.join(unknown)}): update this program first")
    for table in NOT_EMPTY_CHECK:
        if dst.execute(f"SELECT 1 FROM {table} LIMIT 1").fetchone():
            raise ServerCopyError(f"the server database already holds data (table {table}): "
                                  "migrate-to-server only fills an empty database")
    totals = {t: src.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}
    grand = max(1, sum(totals.values()))
    done = 0
    blobs = blob_bytes = 0
    dst.execute("BEGIN IMMEDIATE")
    try:
        for table in TABLES:
            cols = _source_columns(src, table)
            missing = set(cols) - _target_columns(dst, table)
            if missing:
                raise ServerCopyError(f"the server's {table} table lacks column(s) "
                                      f"{', '.join(sorted(missing))}")
            if table == "attachments":
                blobs, blob_bytes = _copy_blobs(src, dst, attachments)
            sql = (f"INSERT INTO {table} ({', '.join(cols)}) "
                   f"VALUES ({', '.join('?' * len(cols))})")
            if table == "settings":
                sql += " ON CONFLICT (key) DO UPDATE SET value = excluded.value"
            where = (f" WHERE key NOT IN ({', '.join('?' * len(SECRET_SETTINGS))})"
                     if table == "settings" else "")
            cur = src.execute(f"SELECT {', '.join(cols)} FROM {table}{where} ORDER BY 1",
                              SECRET_SETTINGS if where else ())
            while rows := cur.fetchmany(BATCH):
                if cancelled():
                    raise ServerCopyError("cancelled: nothing was copied")
                dst.executemany(sql, rows)
                done += len(rows)
                progress(done / grand, f"{table}: {done:,} of {grand:,} rows")
        dst.execute("COMMIT")
    except BaseException:
        if dst.in_transaction:
            dst.execute("ROLLBACK")
        raise
    counts = {}
    for table in TABLES:
        n = dst.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        if n != totals[table] and table != "settings":
            raise ServerCopyError(f"check failed: {table} has {n} rows on the server, "
                                  f"{totals[table]} on the desk")
        counts[table] = n
    progress(1.0, "verifying the audit chain on the server")
    chain = AuditLog(dst).verify()
    if not chain.ok:
        raise ServerCopyError(f"check failed: the audit chain on the server does not verify: "
                              f"{chain.message}")
    skipped = tuple(k for (k,) in src.execute(
        f"SELECT key FROM settings WHERE key IN ({', '.join('?' * len(SECRET_SETTINGS))})",
        SECRET_SETTINGS))
    return CopyReport(counts=counts, blobs=blobs, blob_bytes=blob_bytes, chain=chain,
                      skipped_settings=skipped)


def _copy_blobs(src: sqlite3.Connection, dst: dialect.PgConnection,
                folder: Path) -> tuple[int, int]:
    """Every attachment file the desk references, checked against its sha256, into ``blobs``."""
    n = size = 0
    for (sha,) in src.execute("SELECT DISTINCT sha256 FROM attachments ORDER BY sha256"):
        path = folder / sha[:2] / sha[2:]
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise ServerCopyError(f"attachment {sha[:12]}… is missing from {folder} "
                                  f"({exc.strerror or exc}): restore the folder first") from exc
        if hashlib.sha256(data).hexdigest() != sha:
            raise ServerCopyError(f"attachment file {path} does not match its sha256 (damaged)")
        dialect.put_blob(dst, sha, data)
        n += 1
        size += len(data)
    return n, size
