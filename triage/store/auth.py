"""Accounts, roles and permissions: checked here, against the database, not only hidden in the UI.

A ``User`` object is only a claim: ``require`` re-reads the account's current roles and active flag,
so a disabled account or a revoked role takes effect at once, on every desk. Passwords are hashed
with argon2id; neither a password nor a hash ever reaches a log, an audit row or an export.
"""

from __future__ import annotations

import enum
import hashlib
import hmac
import secrets
import time
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from typing import Iterable

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from triage.errors import (AccountLocked, AuthenticationFailed, NotFound, PermissionDenied,
                           WeakPassword)
from triage.records import SYSTEM_USER, Role, User
from triage.store.audit import AuditLog
from triage.store.tamper_guard import refuse_if_user_tampered
from triage.store.sessions import (SESSION_HOURS, _session_mac, issue_session,  # noqa: F401
                                   issued_ms, revoke_sessions, session_valid)
from triage.store.connection import (Conn, Insert, IntegrityError, StoreConnection, get_setting,
                                     locked, put_setting, write_transaction)

__all__ = ["Accounts", "Authorized", "Permission", "WeakPassword", "allowed", "permissions_of",
           "require", "MIN_PASSWORD_LENGTH", "MAX_FAILED_LOGINS", "LOCKOUT"]

MIN_PASSWORD_LENGTH = 10
MAX_FAILED_LOGINS = 5
LOCKOUT = timedelta(minutes=15)
SESSION_KEY = "session_key"
ANONYMOUS = User(id=0, username="anonymous", display_name="", roles=frozenset())


class Permission(str, enum.Enum):
    VIEW_CASES = "view_cases"
    INTAKE = "intake"  # create / edit an intake
    ATTACH = "attach"
    RETRIAGE = "retriage"
    ADD_NOTE = "add_note"
    START_REVIEW = "start_review"
    REVIEW = "review"  # accept or override
    CLOSE_CASE = "close_case"
    MANAGE_USERS = "manage_users"
    EXPORT = "export"
    IMPORT = "import"
    VIEW_AUDIT = "view_audit"
    CONFIGURE = "configure"  # installation settings (the triage scale)
    RUN_INCIDENT = "run_incident"  # declare / end a mass-casualty incident
    MCI_TAG = "mci_tag"  # tag, re-tag, override and move patients in an incident
    OWN_LANGUAGE = "own_language"  # choose one's own interface language (another's: MANAGE_USERS)


_NURSE = frozenset({Permission.VIEW_CASES, Permission.INTAKE, Permission.ATTACH,
                    Permission.RETRIAGE, Permission.ADD_NOTE, Permission.MCI_TAG,
                    Permission.OWN_LANGUAGE})
ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.NURSE: _NURSE,
    Role.CLINICIAN: _NURSE | {Permission.START_REVIEW, Permission.REVIEW, Permission.CLOSE_CASE,
                                 Permission.RUN_INCIDENT},
    Role.ADMIN: frozenset({Permission.MANAGE_USERS, Permission.EXPORT, Permission.IMPORT,
                           Permission.VIEW_AUDIT, Permission.CONFIGURE,
                           Permission.RUN_INCIDENT, Permission.OWN_LANGUAGE}),
}


def permissions_of(roles: Iterable[Role]) -> frozenset[Permission]:
    out: set[Permission] = set()
    for role in roles:
        out |= ROLE_PERMISSIONS[Role(role)]
    return frozenset(out)


def _conn(store_or_conn: StoreConnection | Conn) -> Conn:
    """A store carries its ``conn``; a raw connection is its own."""
    return store_or_conn.conn if isinstance(store_or_conn, StoreConnection) else store_or_conn


def _parse_roles(text: str) -> frozenset[Role]:
    return frozenset(Role(r) for r in text.split(",") if r)


def _current(conn: Conn, user: User) -> tuple[bool, frozenset[Role]]:
    row = conn.execute("SELECT active, roles FROM users WHERE id = ?", (user.id,)).fetchone()
    if row is None:
        return False, frozenset()
    return bool(row[0]), _parse_roles(row[1])


def allowed(store_or_conn: StoreConnection | Conn, user: User | None,
            *permissions: Permission) -> bool:
    """True when ``user`` is signed in (a valid session) and the account, as stored now, is
    active and holds any of ``permissions``."""
    if user is None:
        return False
    if isinstance(store_or_conn, StoreConnection):
        with store_or_conn.reading() as conn:
            active, roles = _current(conn, user)
            signed_in = session_valid(conn, user)
    else:
        active, roles = _current(store_or_conn, user)
        signed_in = session_valid(store_or_conn, user)
    return signed_in and active and bool(permissions_of(roles) & set(permissions))


def require(store_or_conn: StoreConnection | Conn, user: User | None, *permissions: Permission, object_type: str = "",
            object_id: object = "") -> None:
    """Pass when ``user`` holds any of ``permissions``; otherwise audit the refusal and raise.

    Call it before opening the write transaction of the action: the "refused" row is committed on
    its own, so it survives the refusal.

    Raises
    ------
    PermissionDenied
        the account is unknown, disabled, or lacks every one of ``permissions``.
    StorageError
        the refusal could not be written to the audit log.
    """
    if not permissions:
        raise ValueError("require() needs at least one permission")
    if allowed(store_or_conn, user, *permissions):
        return
    who = user or ANONYMOUS
    wanted = "/".join(p.value for p in permissions)
    # A store's own transaction() also takes its thread lock; a bare connection has none.
    tx = (store_or_conn.transaction() if isinstance(store_or_conn, StoreConnection)
          else write_transaction(store_or_conn, "the audit log"))
    with tx as conn:
        AuditLog(conn).append(who, "refused", object_type, object_id, {"permission": wanted})
    if user is not None and not user.session:
        raise PermissionDenied(f"{who.username} is not signed in: sign in first")
    raise PermissionDenied(f"{who.username} may not {wanted.replace('_', ' ')}"
                           + (f" ({object_type} {object_id})" if object_type else ""))


def _now() -> datetime:
    return datetime.now(timezone.utc)


def _user_from_row(row: tuple) -> User:
    return User(id=row[0], username=row[1], display_name=row[2], roles=_parse_roles(row[3]),
                active=bool(row[4]), language=row[5] or "")


_USER_COLUMNS = "id, username, display_name, roles, active, language"
_N_USER_COLUMNS = len(_USER_COLUMNS.split(","))
USERS = Insert("users", ("username", "display_name", "password_hash", "roles", "active",
                         "failed_logins", "created_at", "password_changed_at"))
DEMO_KEY = "demo"
UNKNOWN_LOGINS_KEY = "unknown_user_logins"  # failed sign-ins whose user name matched no account


class Authorized(StoreConnection):
    """The part of ``CaseStore`` every other part stands on: the permission check, the accounts,
    and what kind of installation this is (a demo or not, waiting for its first administrator)."""

    @property
    def accounts(self) -> "Accounts":
        return Accounts(self)

    def _require(self, actor: User | None, *perms: Permission, object_type: str = "",
                 object_id: object = "") -> None:
        self._acting.user = actor  # who a refusal for tampered rows is recorded against
        require(self, actor, *perms, object_type=object_type, object_id=object_id)

    @locked
    def is_demo(self) -> bool:
        """A demo installation: marked so when it was new and empty, and still holding nothing but
        demo accounts and demo cases. The flag alone is not enough: ``settings.demo = 1`` written
        into a real installation's file must not turn its login screen, or ``seed-demo``, into a
        way to an administrator with the published demo password."""
        return get_setting(self.conn, DEMO_KEY) == "1" and holds_only_demo_data(self.conn)

    def mark_demo(self) -> None:
        """Make a new, empty installation a demo, for good (the login screen then lists the demo
        accounts and their published password). A demo installation stays one: nothing unmarks it,
        and it refuses a real administrator (``Accounts``). Marking a demo again does nothing.

        Raises
        ------
        PermissionDenied
            the installation already holds accounts, patients or cases (audited): demo data goes
            only into a new data folder, never beside real accounts or patients.
        """
        with self.transaction() as conn:
            if get_setting(conn, DEMO_KEY) == "1" and holds_only_demo_data(conn):
                return
            refused = not installation_is_empty(conn)
            if refused:
                AuditLog(conn).append(SYSTEM_USER, "refused", "settings", DEMO_KEY,
                                      {"permission": "mark_demo"})
            else:
                put_setting(conn, DEMO_KEY, "1")
                AuditLog(conn).append(SYSTEM_USER, "installation.mark_demo", "settings", DEMO_KEY)
        if refused:
            raise PermissionDenied("Demo data goes only into a new, empty data folder: this one "
                                   "already holds accounts or patients. Choose another --data-dir.")

    @locked
    def needs_first_admin(self) -> bool:
        """True while the installation has no account at all and is not a demo: the only moment
        an account may be created without a signed-in administrator."""
        return installation_has_no_accounts(self.conn) and not self.is_demo()


def holds_only_demo_data(conn: Conn) -> bool:
    """The installation began as a demo (its first account was made by the demo path, with its
    audited ``user.create_demo`` row; accounts a demo administrator adds later stay demo ones) and
    every case and patient is marked demo. A real installation's first account is its first
    administrator, so a demo flag written into its file changes nothing."""
    first = conn.execute("SELECT min(id) FROM users").fetchone()[0]
    if first is not None and conn.execute(
            "SELECT 1 FROM audit_log WHERE action = 'user.create_demo' AND object_id = ?",
            (str(first),)).fetchone() is None:
        return False
    return all(conn.execute(f"SELECT 1 FROM {table} WHERE is_demo = 0 LIMIT 1").fetchone() is None
               for table in ("cases", "patients"))


def installation_has_no_accounts(conn: Conn) -> bool:
    return conn.execute("SELECT 1 FROM users LIMIT 1").fetchone() is None


def installation_is_empty(conn: Conn) -> bool:
    """No account, no patient, no case: a new data folder (audit rows of refusals may exist)."""
    return installation_has_no_accounts(conn) and all(
        conn.execute(f"SELECT 1 FROM {table} LIMIT 1").fetchone() is None
        for table in ("patients", "cases"))


class Accounts:
    """User accounts of one store: creation, login with lock-out, roles, activation, passwords.

    Every read takes the store's lock (``store.reading()``) and every write its transaction, like
    the rest of the store: the GUI thread and workers share one connection."""

    def __init__(self, store: Authorized, hasher: PasswordHasher | None = None):
        self.store = store
        self.hasher = hasher or PasswordHasher()  # argon2id, library defaults (RFC 9106 low-mem)

    @property
    def conn(self) -> Conn:
        return self.store.conn

    def _one(self, sql: str, params: tuple = ()) -> tuple | None:
        with self.store.reading() as conn:
            return conn.execute(sql, params).fetchone()

    def _all(self, sql: str, params: tuple = ()) -> list[tuple]:
        with self.store.reading() as conn:
            return conn.execute(sql, params).fetchall()

    # ----------------------------------------------------------------- helpers

    def _check_password(self, password: str) -> None:
        if len(password or "") < MIN_PASSWORD_LENGTH:
            raise WeakPassword(f"Password must be at least {MIN_PASSWORD_LENGTH} characters")

    @staticmethod
    def _check_username(username: str) -> str:
        name = (username or "").strip()
        if not name or len(name) > 64 or any(c.isspace() for c in name):
            raise ValueError("User name must be 1-64 characters without spaces")
        return name

    def _refuse_demo_admin(self, actor: User, roles: frozenset[Role], user_id: object) -> None:
        """A demo installation's published password opens its demo admin: no new administrator
        there, or real data could be entrusted to an account anyone can sign in to."""
        if Role.ADMIN in roles and self.store.is_demo():
            with self.store.transaction() as conn:
                AuditLog(conn).append(actor, "refused", "user", user_id,
                                      {"permission": "admin_in_demo"})
            raise PermissionDenied("A demo installation gets no new administrator; use a new data "
                                   "folder for real use")

    def _get(self, user_id: int) -> User:
        row = self._one(f"SELECT {_USER_COLUMNS} FROM users WHERE id = ?", (user_id,))
        if row is None:
            raise NotFound(f"user {user_id} does not exist")
        return _user_from_row(row)

    def _insert(self, username: str, display_name: str, password: str, roles: Iterable[Role]) -> int:
        roles = frozenset(Role(r) for r in roles)
        if not roles:
            raise ValueError("A user needs at least one role")
        now = _now().isoformat()
        try:
            return USERS.one(self.conn, {
                "username": username, "display_name": display_name.strip() or username,
                "password_hash": self.hasher.hash(password),
                "roles": ",".join(sorted(r.value for r in roles)), "active": 1,
                "failed_logins": 0, "created_at": now, "password_changed_at": now})
        except IntegrityError:
            raise ValueError(f"User name {username!r} is taken") from None

    # ----------------------------------------------------------------- public API

    def has_admin(self) -> bool:
        return any(Role.ADMIN in _parse_roles(r[0]) for r in
                   self._all("SELECT roles FROM users WHERE active = 1"))

    def create_first_admin(self, username: str, display_name: str, password: str) -> User:
        """The installation's first administrator: the one account created without a signed-in
        administrator, so only while the installation has no account at all, and never in a demo.

        Raises
        ------
        PermissionDenied
            an account exists already, or the installation is a demo (audited).
        WeakPassword
            the password is shorter than ``MIN_PASSWORD_LENGTH``.
        ValueError
            the user name is empty, has spaces or is taken.
        """
        username = self._check_username(username)
        self._check_password(password)
        with self.store.transaction() as conn:
            demo = get_setting(conn, DEMO_KEY) == "1"
            refused = demo or not installation_has_no_accounts(conn)
            if refused:
                AuditLog(conn).append(ANONYMOUS, "refused", "user", "",
                                      {"permission": "create_first_admin"})
            else:
                uid = self._insert(username, display_name, password, {Role.ADMIN})
                user = issue_session(conn, self._get(uid))  # who sets it up is signed in
                AuditLog(conn).append(user, "user.create_first_admin", "user", uid,
                                      {"username": username, "roles": "admin"})
        if refused:
            raise PermissionDenied(
                "This is a demo installation: it cannot get a real administrator. Use a new data "
                "folder for real use." if demo else
                "An administrator exists already; ask them to create accounts")
        return user

    def provision_demo(self, username: str, display_name: str, password: str,
                       roles: Iterable[Role]) -> bool:
        """Create a demo account unless it exists (idempotent); True when created.

        Only in an installation marked as a demo: it bypasses the administrator on purpose.

        Raises
        ------
        PermissionDenied
            the installation is not a demo.
        """
        if not self.store.is_demo():
            raise PermissionDenied("Demo accounts exist only in a demo installation")
        username = self._check_username(username)
        self._check_password(password)
        with self.store.transaction():
            if self.conn.execute("SELECT 1 FROM users WHERE username = ?", (username,)).fetchone():
                return False
            roles = frozenset(Role(r) for r in roles)
            uid = self._insert(username, display_name, password, roles)
            AuditLog(self.conn).append(SYSTEM_USER, "user.create_demo", "user", uid,
                                       {"username": username,
                                        "roles": ",".join(sorted(r.value for r in roles))})
        return True

    def create_user(self, actor: User, username: str, display_name: str, password: str,
                    roles: Iterable[Role]) -> User:
        """Create an account (administrators only); returns it with a session (see below).

        Raises
        ------
        PermissionDenied
            ``actor`` may not manage users (audited).
        WeakPassword, ValueError
            a short password, a bad or taken user name, or no role.
        """
        require(self.store, actor, Permission.MANAGE_USERS, object_type="user")
        username = self._check_username(username)
        self._check_password(password)
        roles = frozenset(Role(r) for r in roles)
        self._refuse_demo_admin(actor, roles, "")
        with self.store.transaction() as conn:
            uid = self._insert(username, display_name, password, roles)
            AuditLog(conn).append(actor, "user.create", "user", uid,
                                  {"username": username,
                                   "roles": ",".join(sorted(r.value for r in roles))})
            # Signed in for the administrator's own tooling: they chose the password and could
            # sign in as the account anyway (tests and seeding scripts act through it).
            created = issue_session(conn, self._get(uid))
        return created

    def login(self, username: str, password: str, *, purpose: str = "login") -> User:
        """Check a password; five wrong ones in a row lock the account for 15 minutes.

        ``purpose`` names the success in the audit log: "login", or "unlock" when a signed-in
        user unlocks an idle-locked desk (the same check, but not a new sign-in).

        Raises
        ------
        AuthenticationFailed
            unknown user or wrong password (the message does not say which; audited).
        AccountLocked
            locked out or disabled (audited).
        """
        if purpose not in ("login", "unlock"):
            raise ValueError(f"purpose must be 'login' or 'unlock', not {purpose!r}")
        name = (username or "").strip()[:64]
        select = (f"SELECT {_USER_COLUMNS}, password_hash, failed_logins, locked_until FROM users "
                  "WHERE username = ?")
        # Hash outside the write lock (argon2 takes tens of ms); unknown names are hashed too, so
        # timing does not tell which names exist.
        row = self._one(select, (name,))
        password_ok = (self._verify(row[_N_USER_COLUMNS], password) if row
                       else self._burn_time(password))
        now = _now()
        with self.store.transaction():
            row = self.conn.execute(select, (name,)).fetchone()
            if row is not None:  # every outcome below but "disabled" records the row afresh
                refuse_if_user_tampered(self.conn, row[0], "sign-in", ANONYMOUS)
            audit = AuditLog(self.conn)
            if row is None:
                # Never the typed name: it is often a password typed into the wrong field.
                unknown = int(get_setting(self.conn, UNKNOWN_LOGINS_KEY) or 0) + 1
                put_setting(self.conn, UNKNOWN_LOGINS_KEY, str(unknown))
                audit.append(ANONYMOUS, "login.failed", "user", "",
                             {"why": "unknown user", "unknown_user_failures": unknown})
                outcome: Exception | User = AuthenticationFailed("Wrong user name or password")
            else:
                user = _user_from_row(row)
                failed, locked_until = int(row[_N_USER_COLUMNS + 1]), row[_N_USER_COLUMNS + 2]
                if locked_until and now >= datetime.fromisoformat(locked_until):
                    failed, locked_until = 0, None  # the lock-out has run out: a fresh start
                if not user.active:
                    audit.append(user, "login.refused", "user", user.id, {"why": "disabled"})
                    outcome = AccountLocked("This account is disabled; ask an administrator")
                elif locked_until:
                    audit.append(user, "login.refused", "user", user.id, {"why": "locked"})
                    until = datetime.fromisoformat(locked_until).strftime("%H:%M UTC")
                    outcome = AccountLocked(f"Too many failed logins: locked until {until}")
                elif password_ok:
                    self.conn.execute("UPDATE users SET failed_logins = 0, locked_until = NULL "
                                      "WHERE id = ?", (user.id,))
                    audit.append(user, purpose, "user", user.id)
                    outcome = issue_session(self.conn, user)
                else:
                    failed += 1
                    lock = (now + LOCKOUT).isoformat() if failed >= MAX_FAILED_LOGINS else None
                    self.conn.execute("UPDATE users SET failed_logins = ?, locked_until = ? "
                                      "WHERE id = ?", (failed, lock, user.id))
                    if lock:  # a locked-out account keeps no session (someone is guessing)
                        revoke_sessions(self.conn, user.id)
                    audit.append(user, "login.failed", "user", user.id,
                                 {"failures": failed, "locked": lock is not None})
                    outcome = (AccountLocked("Too many failed logins: the account is locked for "
                                             f"{int(LOCKOUT.total_seconds() // 60)} minutes")
                               if lock else AuthenticationFailed("Wrong user name or password"))
        if isinstance(outcome, Exception):
            raise outcome
        return outcome

    def logout(self, user: User, *, requested_ms: int | None = None) -> None:
        """Sign ``user`` out: every session of the account ends here (this desk's and any copy of
        the token), audited. Signing out twice, or with a session already ended, does nothing.

        ``requested_ms`` (epoch ms): when Sign out was chosen, for a logout carried out later by
        a worker; sessions issued after it (the same person signing in again meanwhile) live on."""
        if not session_valid(self.conn, user):
            return
        if requested_ms is not None:  # the session signed out ends whatever the request's time
            requested_ms = max(requested_ms, issued_ms(user) or 0)
        with self.store.transaction():
            refuse_if_user_tampered(self.conn, user.id, "sign-out", user)
            revoke_sessions(self.conn, user.id, requested_ms)
            AuditLog(self.conn).append(user, "session.end", "user", user.id)

    def rotate_session_key(self, actor: User) -> None:
        """A new session key (administrators): every session of every account ends."""
        from triage.store.keys import ensure_key

        require(self.store, actor, Permission.MANAGE_USERS, object_type="settings")
        with self.store.transaction():
            ensure_key(self.conn, replace=True)
            AuditLog(self.conn).append(actor, "session.rotate_key", "settings", "session_key")

    def rotate_audit_key(self, actor: User) -> str:
        """A new audit key (administrators) for the rows from now on; the old key stays on this
        desk under its id so earlier rows still verify. Returns the new key's fingerprint. On a
        clinic server every other desk must then get the new key file (docs/clinic_server.md)."""
        from triage.store.keys import rotate_audit_key

        require(self.store, actor, Permission.MANAGE_USERS, object_type="settings")
        with self.store.transaction():
            new_id = rotate_audit_key(self.conn)
            AuditLog(self.conn).append(actor, "audit.rotate_key", "settings", "audit_key_id",
                                       {"key_id": new_id})
        return new_id

    def _verify(self, stored_hash: str, password: str) -> bool:
        try:
            return self.hasher.verify(stored_hash, password or "")
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            return False

    def _burn_time(self, password: str) -> bool:
        self.hasher.hash(password or "x")
        return False

    def set_active(self, actor: User, user_id: int, active: bool) -> User:
        """Enable or disable an account (administrators; one cannot disable oneself).

        Raises
        ------
        PermissionDenied, NotFound, ValueError
        """
        require(self.store, actor, Permission.MANAGE_USERS, object_type="user", object_id=user_id)
        if user_id == actor.id and not active:
            with self.store.transaction():  # an attempt an auditor wants to see
                AuditLog(self.conn).append(actor, "refused", "user", user_id,
                                           {"why": "cannot disable own account"})
            raise ValueError("You cannot disable your own account")
        self._get(user_id)
        with self.store.transaction():
            refuse_if_user_tampered(self.conn, user_id, "enabling or disabling", actor)
            self.conn.execute("UPDATE users SET active = ?, failed_logins = 0, locked_until = NULL "
                              "WHERE id = ?", (int(bool(active)), user_id))
            if not active:
                revoke_sessions(self.conn, user_id)
            AuditLog(self.conn).append(actor, "user.enable" if active else "user.disable", "user",
                                       user_id)
        return self._get(user_id)

    def reset_password(self, actor: User, user_id: int, new_password: str) -> None:
        """Set a new password (administrators) and lift any lock-out.

        Raises
        ------
        PermissionDenied, NotFound, WeakPassword
        """
        require(self.store, actor, Permission.MANAGE_USERS, object_type="user", object_id=user_id)
        self._check_password(new_password)
        self._get(user_id)
        with self.store.transaction():
            refuse_if_user_tampered(self.conn, user_id, "a new password for", actor)
            self.conn.execute("UPDATE users SET password_hash = ?, failed_logins = 0, "
                              "locked_until = NULL, password_changed_at = ? WHERE id = ?",
                              (self.hasher.hash(new_password), _now().isoformat(), user_id))
            revoke_sessions(self.conn, user_id)
            AuditLog(self.conn).append(actor, "user.reset_password", "user", user_id)

    def set_roles(self, actor: User, user_id: int, roles: Iterable[Role]) -> User:
        """Replace an account's roles (administrators; the last active admin keeps admin).

        Raises
        ------
        PermissionDenied, NotFound, ValueError
        """
        require(self.store, actor, Permission.MANAGE_USERS, object_type="user", object_id=user_id)
        roles = frozenset(Role(r) for r in roles)
        if not roles:
            raise ValueError("A user needs at least one role")
        target = self._get(user_id)
        if Role.ADMIN not in target.roles:
            self._refuse_demo_admin(actor, roles, user_id)
        with self.store.transaction():
            refuse_if_user_tampered(self.conn, user_id, "new roles for", actor)
            if Role.ADMIN in target.roles and Role.ADMIN not in roles:
                admins = [r for (r,) in self.conn.execute("SELECT roles FROM users WHERE active = 1 "
                                                          "AND id != ?", (user_id,))
                          if Role.ADMIN in _parse_roles(r)]
                if not admins:
                    raise ValueError("The last administrator must keep the admin role")
            self.conn.execute("UPDATE users SET roles = ? WHERE id = ?",
                              (",".join(sorted(r.value for r in roles)), user_id))
            if roles != target.roles:
                revoke_sessions(self.conn, user_id)
            AuditLog(self.conn).append(actor, "user.set_roles", "user", user_id,
                                       {"roles": ",".join(sorted(r.value for r in roles))})
        return self._get(user_id)

    def list_users(self, actor: User) -> list[User]:
        """All accounts, by user name (administrators).

        Raises
        ------
        PermissionDenied
        """
        require(self.store, actor, Permission.MANAGE_USERS, object_type="user")
        return [_user_from_row(r) for r in
                self._all(f"SELECT {_USER_COLUMNS} FROM users ORDER BY username")]

    def get(self, username: str) -> User | None:
        """The account named ``username`` (no secrets), or None."""
        row = self._one(f"SELECT {_USER_COLUMNS} FROM users WHERE username = ?",
                        ((username or "").strip(),))
        return _user_from_row(row) if row else None
