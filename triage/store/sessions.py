"""Sessions: a signed token per sign-in, checked on every store call, ended when it must be.

The token "ID.ISSUED_MS.MAC" is keyed by the installation's session key, which lives outside the
database (``store.keys``), so a copy of the database mints nothing; it is valid for
``SESSION_HOURS`` and only while newer than the account's ``sessions_revoked_at`` (logout,
lock-out, disable, new roles and a new password set it; the caller audits that write).
"""

from __future__ import annotations

import hashlib
import hmac
import time
from dataclasses import replace

from triage.records import User
from triage.store.connection import Conn

SESSION_HOURS = 24  # a shift and then some: sign in again after that


def _session_mac(key: bytes, user_id: int, issued: int) -> str:
    return hmac.new(key, f"{user_id}.{issued}".encode(), hashlib.sha256).hexdigest()


def _ms() -> int:
    return time.time_ns() // 1_000_000


def issue_session(conn: Conn, user: User) -> User:
    """``user`` signed in: a session token "ID.ISSUED_MS.MAC", the MAC keyed by this installation's
    session key, which lives outside the database (``store.keys``): a copy of the database file
    can mint no session. Inside the caller's write transaction. Every process of this desk on the
    same database checks it (a worker, a second connection)."""
    from triage.store.keys import ensure_key

    key = ensure_key(conn)
    issued = _ms()
    return replace(user, session=f"{user.id}.{issued}.{_session_mac(key, user.id, issued)}")


def revoke_sessions(conn: Conn, user_id: int, until_ms: int | None = None) -> None:
    """End every session of ``user_id`` issued until now (logout, lock-out, disable, new roles, a
    new password), or until ``until_ms`` when the request was made earlier than it is carried out.

    A sign-out's row is written by a worker: if the same person signs in again before it lands,
    revoking "until now" would end the new session too, so the desk passes the moment Sign out
    was chosen. The mark never moves back (an earlier revocation stays) nor into the future. The
    caller audits the change in the same transaction (its row hash covers it)."""
    now = _ms()
    until = now if until_ms is None else max(0, min(int(until_ms), now))
    row = conn.execute("SELECT sessions_revoked_at FROM users WHERE id = ?", (user_id,)).fetchone()
    if row is not None and row[0] is not None and int(row[0]) >= until:
        return
    conn.execute("UPDATE users SET sessions_revoked_at = ? WHERE id = ?", (str(until), user_id))


def _token_parts(user: User) -> tuple[int, int, str] | None:
    """(account id, issued ms, MAC) of ``user``'s session token, or None when it has none."""
    parts = (user.session or "").split(".")
    if len(parts) != 3 or not parts[0].isdigit() or not parts[1].isdigit():
        return None
    return int(parts[0]), int(parts[1]), parts[2]


def issued_ms(user: User) -> int | None:
    """When ``user``'s session was issued (epoch ms), read from its token; None without one."""
    parts = _token_parts(user)
    return None if parts is None else parts[1]


def session_valid(conn: Conn, user: User) -> bool:
    """Was ``user`` returned by sign-in here, for this account, less than ``SESSION_HOURS`` ago,
    and after the account's sessions were last revoked?"""
    from triage.store.keys import read_key

    parts = _token_parts(user)
    if parts is None:
        return False
    user_id, issued, mac = parts
    key = read_key(conn)
    if key is None or user_id != user.id or not 0 <= _ms() - issued <= SESSION_HOURS * 3_600_000:
        return False
    if not hmac.compare_digest(mac, _session_mac(key, user_id, issued)):
        return False
    row = conn.execute("SELECT sessions_revoked_at FROM users WHERE id = ?", (user_id,)).fetchone()
    return row is not None and (row[0] is None or issued > int(row[0]))
