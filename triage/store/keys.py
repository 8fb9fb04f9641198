"""The installation's secrets live outside the database they protect.

A copy of ``triage.db`` (a backup, a USB stick) used to carry the session-signing key with it, so
anyone holding one could mint an administrator's session for the live installation. The key now
lives in a 0600 file in this computer's configuration folder (``TRIAGE_KEY_DIR``, default
``<user config dir>/TriageDesk/keys``), named by the installation's id (a random, non-secret id
kept in ``settings``), never in the database and never in its backups. A database alone can mint
nothing; a lost key file only means everyone signs in again; ``rotate-session-key`` replaces it,
which ends every session.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path

from triage.errors import StorageError
from triage.store.connection import Conn, get_setting, private_folder, put_setting

KEY_DIR_ENV = "TRIAGE_KEY_DIR"
INSTALLATION_ID = "installation_id"
LEGACY_SESSION_KEY = "session_key"  # where rounds 1-2 kept it: removed on first use


def key_dir() -> Path:
    configured = os.environ.get(KEY_DIR_ENV, "").strip()
    if configured:
        return Path(configured)
    from platformdirs import user_config_dir

    return Path(user_config_dir("TriageDesk", "TriageDesk")) / "keys"


def installation_id(conn: Conn) -> str:
    """This installation's id (made on first use, inside the caller's write transaction)."""
    value = get_setting(conn, INSTALLATION_ID)
    if not value:
        value = secrets.token_hex(16)
        put_setting(conn, INSTALLATION_ID, value)
    return value


def _path(install_id: str, name: str) -> Path:
    if not install_id.isalnum():
        raise ValueError(f"an installation id is hexadecimal, got {install_id!r}")
    return key_dir() / f"{install_id}.{name}.key"


def read_key(conn: Conn, name: str = "session") -> bytes | None:
    """The key ``name`` of this installation, or None when this computer has none (yet)."""
    install_id = get_setting(conn, INSTALLATION_ID)
    if not install_id:
        return None
    try:
        text = _path(install_id, name).read_text(encoding="ascii").split()
        return bytes.fromhex(text[0]) if text else None
    except (OSError, ValueError):
        return None


def ensure_key(conn: Conn, name: str = "session", *, replace: bool = False,
               extra: str = "") -> bytes:
    """The key ``name``, made (0600, folder 0700) when missing or when ``replace``; removes the
    key the database itself used to hold. Inside the caller's write transaction."""
    if get_setting(conn, LEGACY_SESSION_KEY) is not None:
        conn.execute("DELETE FROM settings WHERE key = ?", (LEGACY_SESSION_KEY,))
    key = None if replace else read_key(conn, name)
    if key is not None:
        return key
    path = _path(installation_id(conn), name)
    private_folder(path.parent)
    key = secrets.token_bytes(32)
    tmp = path.with_name(path.name + f".tmp-{os.getpid()}")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as f:
        f.write(key.hex() + (f" {extra}" if extra else "") + "\n")
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)
    return key


# ---- the audit key: an HMAC on every audit row (migration m017_audit_row_mac) -------------------
AUDIT_KEY_ID = "audit_key_id"  # the fingerprint the installation records (not secret)
AUDIT = "audit"


class AuditKeyMissing(StorageError):
    """This desk does not hold the audit key the installation records: it must not write rows
    that would then fail ``audit verify`` (copy the key file first; docs/clinic_server.md)."""


def key_id(key: bytes) -> str:
    """A key's public fingerprint: the first 64 bits of its SHA-256 (names it; reveals nothing)."""
    import hashlib

    return hashlib.sha256(key).hexdigest()[:16]


def audit_key_path(conn: Conn) -> Path:
    return _path(installation_id(conn), AUDIT)


def _next_audit_id(conn: Conn) -> int:
    return (conn.execute("SELECT max(id) FROM audit_log").fetchone()[0] or 0) + 1


def held_audit_keys(conn: Conn) -> tuple[dict[str, bytes], int | None]:
    """Every audit key this desk holds for this installation, by id (the current one and those a
    rotation kept, ``<id>.audit-<key id>.key``, so rows signed before a rotation still verify),
    and the first audit row the oldest of them signed: the key file says so (``HEX FIRST_ROW``),
    so stripping the MACs off every row cannot pass them off as rows written before MACs."""
    install_id = get_setting(conn, INSTALLATION_ID)
    if not install_id or not key_dir().is_dir():
        return {}, None
    held: dict[str, bytes] = {}
    first: int | None = None
    for path in key_dir().glob(f"{install_id}.audit*.key"):
        try:
            words = path.read_text(encoding="ascii").split()
            key = bytes.fromhex(words[0])
            since = int(words[1]) if len(words) > 1 else None
        except (OSError, ValueError, IndexError):
            continue
        held[key_id(key)] = key
        if since is not None:
            first = since if first is None else min(first, since)
    return held, first


def signing_audit_key(conn: Conn) -> tuple[str, bytes]:
    """The key this desk signs audit rows with, inside the caller's write transaction.

    The installation records the fingerprint of its audit key (``settings.audit_key_id``). The
    first write of an installation without one makes the key (0600 file beside the session key)
    and records it; afterwards a desk signs only with a key of that fingerprint, so a desk that
    lacks it (another desk of a clinic server not given the file, a copy of the file elsewhere)
    is refused instead of writing rows that would fail ``verify``.

    Raises
    ------
    AuditKeyMissing
        the installation records a key this desk does not hold.
    """
    recorded = get_setting(conn, AUDIT_KEY_ID)
    key = read_key(conn, AUDIT)
    if recorded is None:
        if key is None:
            key = ensure_key(conn, AUDIT, extra=str(_next_audit_id(conn)))
        put_setting(conn, AUDIT_KEY_ID, key_id(key))
        return key_id(key), key
    if key is None or key_id(key) != recorded:
        raise AuditKeyMissing(
            f"This desk does not hold the installation's audit key (fingerprint {recorded}"
            + ("" if key is None else f"; this desk's key is {key_id(key)}")
            + f"). Copy the file {audit_key_path(conn).name} from the administrator's copy into "
            f"{key_dir()} (mode 0600): docs/clinic_server.md, 'The audit key'. Nothing was saved.")
    return recorded, key


def rotate_audit_key(conn: Conn) -> str:
    """A new audit key for the rows from now on; the old one is kept beside it under its id, so
    earlier rows still verify. Inside the caller's write transaction; returns the new id."""
    current = audit_key_path(conn)
    if current.is_file():  # kept under its id, first-row mark included
        kept = _path(installation_id(conn), f"audit-{key_id(read_key(conn, AUDIT) or b'')}")
        fd = os.open(kept, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="ascii") as f:
            f.write(current.read_text(encoding="ascii"))
            f.flush()
            os.fsync(f.fileno())
    key = ensure_key(conn, AUDIT, replace=True, extra=str(_next_audit_id(conn)))
    put_setting(conn, AUDIT_KEY_ID, key_id(key))
    return key_id(key)
