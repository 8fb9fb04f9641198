"""What each account chooses for itself: its interface language (issue 20).

Stored with the account (``users.language``, m020; NULL means the desk's default), so the choice
follows the person to every desk of a clinic server, and the row stays in the audit chain
(``row_hashes``: every ``user`` audit row records the hash of the account's row). Anyone signed in
may change their own; only an administrator another account's. Permission-checked here, in the
domain, and audited in the same transaction as the change.
"""

from __future__ import annotations

from triage.errors import NotFound
from triage.records import User, check_language
from triage.store.audit import AuditLog
from triage.store.auth import Accounts, Authorized, Permission
from triage.store.tamper_guard import refuse_if_tampered, user_mismatches


class AccountPreferences(Authorized):
    """The part of ``CaseStore`` that reads and changes an account's own choices."""

    def set_user_language(self, actor: User, user_id: int, language: str | None) -> User:
        """Set account ``user_id``'s interface language: a code of ``records.LANGUAGES``, or
        "" / None for the desk's default (the start option, else the system locale). Choosing
        the language already set writes nothing. Returns the account as stored now (without a
        session).

        Audited as ``user.set_language`` with the old and new value ("" for the default).

        Raises
        ------
        ValueError
            ``language`` is neither empty nor one of ``records.LANGUAGES`` (nothing is written).
        PermissionDenied
            ``actor`` is not signed in or is disabled, or changes another account without
            ``MANAGE_USERS`` (the refusal is audited against that account).
        NotFound
            there is no account ``user_id``.
        StorageError
            the database could not be written.
        """
        chosen = check_language(language)
        own = actor is not None and user_id == actor.id
        wanted = ((Permission.OWN_LANGUAGE, Permission.MANAGE_USERS) if own
                  else (Permission.MANAGE_USERS,))
        self._require(actor, *wanted, object_type="user", object_id=user_id)
        with self.transaction() as conn:
            row = conn.execute("SELECT language FROM users WHERE id = ?", (user_id,)).fetchone()
            if row is None:
                raise NotFound(f"user {user_id} does not exist")
            previous = row[0] or ""
            if previous != chosen:
                refuse_if_tampered(user_mismatches(conn, user_id), f"the language of account "
                                   f"{user_id}", "user", user_id, actor)
                # NULL, not "", for the default: the row then hashes as it did before m020
                conn.execute("UPDATE users SET language = ? WHERE id = ?",
                             (chosen or None, user_id))
                AuditLog(conn).append(actor, "user.set_language", "user", user_id,
                                      {"from": previous, "to": chosen})
        return Accounts(self)._get(user_id)
