"""CaseStore: the one object the app, the exports and the CLI use to read and write cases.

It is a facade assembled from parts, one per concern, each a small class in its own module:

- ``connection.StoreConnection``: open + pragmas + migrations, the lock, ``transaction()``;
- ``auth.Authorized``: ``_require`` (permission check, refusals audited), ``accounts``, demo flag;
- ``blobs.Blobs``: attachment bytes (content-addressed) and attachment records;
- ``patients.Patients``: finding patients, linking new cases to them, intake revisions;
- ``cases.CaseWrites``: every change to one case (one INSERT per table declared there);
- ``queries.CaseQueries``: worklist, search, counts, case detail, ``iter_cases``;
- ``bulk.BulkWrites``: ``seed_cases`` and ``import_case``;
- ``settings.InstallationSettings``: the installation's triage scale (KTAS / ESI);
- ``incidents.Incidents``: mass-casualty incidents and their START / JumpSTART tags;
- the audit methods below (``audit.AuditLog`` holds the chain).

Why mixins rather than composed helper objects: every part needs the same three things (the
connection, the lock, the permission check) and the public interface must stay one flat object
(``store.create_case(...)``, ``store.worklist(...)``), so each part subclasses
``StoreConnection``/``Authorized`` and reads ``self.conn`` directly, without forty forwarding
methods. The parts never call each other's private methods except through the common bases
(``Patients`` and ``Blobs`` are shared by the writers), and each stays well under 400 lines.

Every method that changes data takes the acting ``User``, checks the permission (a refusal raises
``PermissionDenied`` and is audited) and writes its audit row in the same transaction as the change.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from pathlib import Path
from typing import Any

from triage.records import AuditEntry, User, VerifyResult
from triage.store import row_hashes
from triage.store.audit import AuditLog
from triage.store.auth import Permission
from triage.store.blobs import make_attachment_folder
from triage.store.bulk import BulkWrites
from triage.store.cases import MAX_NOTE_CHARS, CaseWrites
from triage.store.incidents import Incidents
from triage.store.calibrations import SiteCalibrations
from triage.store.dialect import is_postgres
from triage.store.connection import DB_NAME, locked
from triage.store.preferences import AccountPreferences
from triage.store.queries import CaseQueries
from triage.store.settings import InstallationSettings
from triage.store.url import DatabaseUrl

__all__ = ["CaseStore", "DB_NAME", "MAX_NOTE_CHARS"]


class CaseStore(CaseWrites, CaseQueries, BulkWrites, InstallationSettings, Incidents, SiteCalibrations,
                AccountPreferences):
    """An installation's database (``<data_dir>/triage.db``) and attachment folder."""

    def __init__(self, data_dir: Path | str | DatabaseUrl, *, cache_dir: Path | None = None):
        """Open (creating or migrating) the installation in ``data_dir``, or the SQLite file or
        PostgreSQL server a ``DatabaseUrl`` names (``StoreConnection``).

        Raises
        ------
        StorageError
            the folder or database cannot be created, opened or migrated (read-only, full disk,
            the server unreachable).
        """
        super().__init__(data_dir, cache_dir=cache_dir)
        try:
            make_attachment_folder(self.data_dir)
        except BaseException:
            self.conn.close()
            raise
        self._sweep_stale_temp_files()
        if "m005_audit_row_hashes" in self.migrated:
            with self.transaction() as conn:
                if row_hashes.full_snapshot(conn):  # an installation that held data already
                    AuditLog(conn).baseline()
        # A killed import's hidden rows (bulk.import_all) go before anyone works with the store.
        self.remove_abandoned_imports()

    def __enter__(self) -> "CaseStore":
        return self

    def change_fd(self) -> int | None:
        """A file descriptor that becomes readable when another desk commits (PostgreSQL's
        LISTEN connection), for an event loop to watch instead of polling; ``None`` on SQLite
        (poll ``data_version``) or while the listener is down (its next ``data_version``
        reconnects it). Takes no lock and sends nothing: Qt-free and safe on the GUI thread."""
        fd = getattr(self.conn, "change_fd", None)
        return fd() if fd is not None else None

    def drain_changes(self) -> int:
        """Consume the announcements waiting on ``change_fd`` without blocking; how many other
        desks' commits they were (0 on SQLite). ``data_version`` moves by the same amount."""
        drain = getattr(self.conn, "drain_changes", None)
        return drain() if drain is not None else 0

    @property
    def audit(self) -> "AuditView":
        return AuditView(self)

    @locked
    def verify_audit(self, anchor: str = "", *, quick: bool = False) -> VerifyResult:
        """Check the whole audit chain and the stored rows against it (anyone may; it reveals
        nothing), optionally against an ``anchor`` "ID:HASH" kept outside this file (see
        ``AuditLog.verify``); unless ``quick``, also re-hash every attachment file on disk
        against the sha256 its row holds (a changed or missing file is named)."""
        result = AuditLog(self.conn).verify(anchor)
        if quick:
            return result
        files = self._check_attachment_files()
        if not files:
            return result
        message = result.message if not result.ok else (
            f"audit chain intact ({result.rows_checked} rows) but an attachment file does not "
            f"match: {files[0]}" + (f" (and {len(files) - 1} more)" if len(files) > 1 else ""))
        return dataclasses.replace(result, ok=False, message=message,
                                   problems=tuple(result.problems) + tuple(files))

    def _check_attachment_files(self) -> list[str]:
        """Each attachment file re-hashed against its row's sha256. On a server the local folder
        is a cache: only files present here are checked (the ``blobs`` table holds the bytes)."""
        problems = []
        rows = self.conn.execute("SELECT id, case_id, sha256 FROM attachments ORDER BY id").fetchall()
        server = is_postgres(self.conn)
        never_here = self._imported_without_file()
        for att_id, case_id, sha in rows:
            path = self.attachment_path(sha)
            try:
                data = path.read_bytes()
            except FileNotFoundError:
                if not server and (case_id, sha) not in never_here:
                    problems.append(f"attachment {att_id} of case {case_id}: file missing "
                                    f"(expected sha256 {sha})")
                continue
            except OSError as exc:
                problems.append(f"attachment {att_id} of case {case_id}: unreadable ({exc})")
                continue
            actual = hashlib.sha256(data).hexdigest()
            if actual != sha:
                problems.append(f"attachment {att_id} of case {case_id}: file changed (expected "
                                f"sha256 {sha}, actual {actual})")
        return problems

    def _imported_without_file(self) -> set[tuple[int, str]]:
        """(case id, sha256) of attachments imported as metadata only: the export carried no
        file, so their absence is on record in the (chained) ``case.import`` audit row."""
        rows = self.conn.execute(
            "SELECT object_id, details FROM audit_log WHERE action = 'case.import'").fetchall()
        return {(int(case_id), sha) for case_id, details in rows
                for sha in json.loads(details or "{}").get("metadata_only", ())}

    @locked
    def audit_entries(self, actor: User, limit: int = 200, offset: int = 0,
                      **filters: Any) -> list[AuditEntry]:
        """Audit rows for the viewer, newest first (administrators); see ``AuditLog.entries``.

        Raises
        ------
        PermissionDenied
        """
        self._require(actor, Permission.VIEW_AUDIT, object_type="audit_log")
        return AuditLog(self.conn).entries(limit, offset, **filters)


class AuditView:
    """``store.audit``: the audit log as the store shows it. Reading its rows needs the
    view-audit permission (``entries(actor, …)``); counting and verifying reveal nothing. Writes
    go only through the store's own actions (``AuditLog.append`` inside their transactions)."""

    def __init__(self, store: CaseStore):
        self._store = store

    def entries(self, actor: User, limit: int = 200, offset: int = 0,
                **filters: Any) -> list[AuditEntry]:
        """See ``CaseStore.audit_entries``.

        Raises
        ------
        PermissionDenied
        """
        return self._store.audit_entries(actor, limit, offset, **filters)

    def count(self) -> int:
        with self._store.reading() as conn:
            return AuditLog(conn).count()

    def verify(self, anchor: str = "", *, quick: bool = False) -> VerifyResult:
        return self._store.verify_audit(anchor, quick=quick)
