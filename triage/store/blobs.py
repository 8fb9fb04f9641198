"""Attachments: bytes stored once, content-addressed by sha256, and their rows.

The bytes are written (temp file, fsync, rename, fsync of the folder) *before* the transaction that
references them, so a crash leaves at worst an unreferenced file, never a case pointing at a
missing one. ``Blobs`` is the part of ``CaseStore`` that owns ``attachments/``.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Mapping

from triage.errors import ImportError_, NotFound
from triage.records import AttachmentInfo, ImportedAttachment, User
from triage.store.auth import Authorized, Permission
from triage.store.connection import Conn, Insert, locked, private_folder, storage_error
from triage.store.dialect import get_blob, is_postgres, put_blob
from triage.store.values import to_json
from triage.suggestion import ImageAssessment

ATTACHMENTS = "attachments"
STALE_TEMP_S = 3600  # a temp attachment file this old belongs to no living writer

ATTACHMENT_ROWS = Insert("attachments", (
    "case_id", "sha256", "original_name", "kind", "modality", "body_part", "view", "size_bytes",
    "marked_chest_xray", "metadata", "assessment", "saliency_png", "added_at", "added_by"))
ATTACHMENT_COLUMNS = ("id, case_id, sha256, original_name, kind, modality, body_part, view, "
                      "size_bytes, added_at, added_by, metadata, assessment, saliency_png")


@dataclass(frozen=True)
class Blob:
    """Bytes stored under ``attachments/``: their sha256 names the file."""

    sha256: str
    size: int
    # On a PostgreSQL server the bytes go into the ``blobs`` table inside the transaction that
    # references them (``insert_attachment``); the local file is then only a read cache.
    data: bytes | None = field(default=None, repr=False, compare=False)


def make_attachment_folder(data_dir: Path) -> None:
    """Create ``<data_dir>/attachments`` (and the data folder).

    Raises
    ------
    StorageError
        the folder cannot be created (read-only disk, no permission).
    """
    try:
        private_folder(data_dir / ATTACHMENTS)
    except OSError as exc:
        raise storage_error(exc, f"the data folder {data_dir}") from exc


def insert_attachment(conn: Conn, case_id: int, blob: Blob, *, original_name: str, kind: str,
                      modality: str, body_part: str, view: str, metadata: Mapping[str, Any],
                      assessment: ImageAssessment | None, added_at: str, added_by: str,
                      marked_chest_xray: bool = False, saliency_png: bytes | None = None) -> int:
    """The one write of an ``attachments`` row; returns its id. On PostgreSQL the bytes are
    stored first, in the same transaction (``dialect.put_blob``, once per sha256)."""
    if is_postgres(conn) and blob.data is not None:  # None: an imported record without its file
        put_blob(conn, blob.sha256, blob.data)
    return ATTACHMENT_ROWS.one(conn, {
        "case_id": case_id, "sha256": blob.sha256, "original_name": original_name, "kind": kind,
        "modality": modality, "body_part": body_part, "view": view, "size_bytes": blob.size,
        "marked_chest_xray": int(marked_chest_xray), "metadata": to_json(dict(metadata)),
        "assessment": to_json(assessment.to_dict()) if assessment else None,
        "saliency_png": saliency_png, "added_at": added_at, "added_by": added_by})


class Blobs(Authorized):
    """Attachment bytes on disk and attachment records."""

    @property
    def attachments_dir(self) -> Path:
        return self.data_dir / ATTACHMENTS

    def attachment_path(self, sha256: str) -> Path:
        """Where the bytes with this sha256 live: ``attachments/ab/cdef…``."""
        return self.attachments_dir / sha256[:2] / sha256[2:]

    def _sweep_stale_temp_files(self) -> None:
        """Remove attachment temp files a killed process left behind (old enough to be dead)."""
        cutoff = datetime.now(timezone.utc).timestamp() - STALE_TEMP_S
        for tmp in self.attachments_dir.glob("*/.tmp-*"):
            with contextlib.suppress(OSError):
                if tmp.stat().st_mtime < cutoff:
                    tmp.unlink()

    def _local_copy(self, sha256: str) -> Path:
        """The file holding these bytes on this desk. On a server the local folder is a cache:
        a missing file is fetched from the ``blobs`` table (content-addressed, never stale)."""
        path = self.attachment_path(sha256)
        if is_postgres(self.conn) and not path.exists():
            data = get_blob(self.conn, sha256)
            if data is not None:
                self._put_blob(data)
        return path

    def _put_blob(self, data: bytes) -> Blob:
        """Store bytes once, by content: temp file, fsync, rename, fsync the folder.

        Raises
        ------
        StorageError
        """
        sha = hashlib.sha256(data).hexdigest()
        path = self.attachment_path(sha)
        keep = data if is_postgres(self.conn) else None
        if path.exists() and path.stat().st_size == len(data):
            return Blob(sha, len(data), keep)
        tmp = None
        try:
            private_folder(path.parent)
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
            with os.fdopen(fd, "wb") as f:
                f.write(data)
                f.flush()
                os.fsync(f.fileno())
            os.replace(tmp, path)
            tmp = None
            dir_fd = os.open(path.parent, os.O_RDONLY)
            try:
                os.fsync(dir_fd)
            finally:
                os.close(dir_fd)
        except OSError as exc:
            raise storage_error(exc, f"the attachment folder {self.attachments_dir}") from exc
        finally:
            if tmp is not None:
                with contextlib.suppress(OSError):
                    os.unlink(tmp)
        return Blob(sha, len(data), keep)

    def _import_blob(self, line: int, a: ImportedAttachment) -> Blob | None:
        """Store an imported attachment's bytes after checking them against the recorded sha256;
        None when the record names no file (metadata only).

        Raises
        ------
        ImportError_
            the file is unreadable or its bytes do not match the recorded sha256.
        """
        if a.file is None:
            return None
        try:
            data = a.file.read_bytes()
        except OSError as exc:
            raise ImportError_([(line, f"attachment {a.original_name!r}: cannot read {a.file.name} "
                                       f"({exc.strerror or exc})")]) from exc
        if hashlib.sha256(data).hexdigest() != a.sha256:
            raise ImportError_([(line, f"attachment {a.original_name!r}: {a.file.name} does not match "
                                       "the sha256 recorded in the export (damaged or replaced file)")])
        return self._put_blob(data)

    def _attachment_info(self, a: tuple) -> AttachmentInfo:
        """An ``AttachmentInfo`` from a row in ``ATTACHMENT_COLUMNS`` order."""
        assessment = None
        if a[12]:
            assessment = ImageAssessment(**json.loads(a[12]), saliency_png=a[13])
        return AttachmentInfo(id=a[0], case_id=a[1], sha256=a[2], original_name=a[3], kind=a[4],
                              modality=a[5], body_part=a[6], view=a[7], size_bytes=a[8],
                              path=self._local_copy(a[2]),
                              added_at=datetime.fromisoformat(a[9]), metadata=json.loads(a[11]),
                              assessment=assessment)

    @locked
    def attachment(self, actor: User, attachment_id: int) -> AttachmentInfo:
        """One attachment's record (its bytes are at ``.path``).

        Raises
        ------
        PermissionDenied, NotFound
        """
        self._require(actor, Permission.VIEW_CASES, Permission.EXPORT, object_type="attachment",
                      object_id=attachment_id)
        row = self.conn.execute(f"SELECT {ATTACHMENT_COLUMNS} FROM attachments WHERE id = ?",
                                (attachment_id,)).fetchone()
        if row is None:
            raise NotFound(f"attachment {attachment_id} does not exist")
        return self._attachment_info(row)
