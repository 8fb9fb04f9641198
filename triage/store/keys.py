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
        text = _path(install_id, name).read_text(encoding="ascii").strip()
        return bytes.fromhex(text)
    except (OSError, ValueError):
        return None


def ensure_key(conn: Conn, name: str = "session", *, replace: bool = False) -> bytes:
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
        f.write(key.hex() + "\n")
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)
    return key
