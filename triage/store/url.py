"""Which database a desk uses: ``--database URL`` / ``TRIAGE_DATABASE_URL``, parsed into a value.

Two kinds: ``sqlite:///path/to/triage.db`` (one desk, the default: ``<data dir>/triage.db``) and
``postgresql://user@host:5432/dbname?sslmode=require`` (a clinic server). A password in the URL is
refused: it would sit in the shell history and in ``ps`` for every user of the machine. libpq reads
it from ``PGPASSWORD`` or ``~/.pgpass`` instead, and honours ``sslmode`` and the other ``PG*``
settings as usual.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Mapping
from urllib.parse import parse_qsl, quote, unquote, urlsplit

from triage.errors import TriageError

ENV_VAR = "TRIAGE_DATABASE_URL"
SQLITE = "sqlite"
POSTGRESQL = "postgresql"
SSLMODES = ("disable", "allow", "prefer", "require", "verify-ca", "verify-full")
# Query parameters passed on to libpq; anything else is a typo we should name, not ignore.
LIBPQ_PARAMS = frozenset({"sslmode", "sslrootcert", "sslcert", "sslkey", "sslcrl", "connect_timeout",
                          "application_name", "target_session_attrs", "options", "passfile"})


class DatabaseUrlError(TriageError, ValueError):
    """The URL is not one we can use; the message says what to write instead."""


@dataclass(frozen=True)
class DatabaseUrl:
    """A parsed database location. ``path`` for SQLite; host/port/user/dbname/params for PostgreSQL."""

    scheme: str
    path: Path | None = None
    host: str = ""
    port: int | None = None
    user: str = ""
    dbname: str = ""
    params: Mapping[str, str] = field(default_factory=dict)

    @property
    def is_sqlite(self) -> bool:
        return self.scheme == SQLITE

    @property
    def is_postgresql(self) -> bool:
        return self.scheme == POSTGRESQL

    @property
    def data_dir(self) -> Path | None:
        """The installation folder of a SQLite database (its attachments sit beside it)."""
        return self.path.parent if self.path is not None else None

    def conninfo(self) -> str:
        """The libpq connection string (no password: libpq finds it in PGPASSWORD / ~/.pgpass)."""
        if not self.is_postgresql:
            raise DatabaseUrlError(f"{self} is not a PostgreSQL URL")
        netloc = quote(self.user, safe="") + "@" if self.user else ""
        host = f"[{self.host}]" if ":" in self.host else self.host
        netloc += host + (f":{self.port}" if self.port else "")
        query = "&".join(f"{k}={quote(v, safe='')}" for k, v in sorted(self.params.items()))
        return f"postgresql://{netloc}/{quote(self.dbname, safe='')}" + (f"?{query}" if query else "")

    def display(self) -> str:
        """What the sign-in screen shows: where the data lives, never a secret."""
        if self.is_sqlite:
            return f"this computer ({self.path})"
        where = f"{self.host or 'local socket'}" + (f":{self.port}" if self.port else "")
        return f"server {where}, database {self.dbname}" + (f" as {self.user}" if self.user else "")

    def __str__(self) -> str:
        return f"sqlite:///{self.path}" if self.is_sqlite else self.conninfo()


def sqlite_url(data_dir: Path | str, db_name: str = "triage.db") -> DatabaseUrl:
    """The default: the installation folder's own SQLite file."""
    return DatabaseUrl(SQLITE, path=Path(data_dir) / db_name)


def parse(text: str) -> DatabaseUrl:
    """Parse a ``sqlite:///…`` or ``postgresql://…`` URL.

    Raises
    ------
    DatabaseUrlError
        unknown scheme, a password in the URL, a missing database name, an unknown parameter or
        sslmode.
    """
    text = text.strip()
    if text.startswith("sqlite:"):
        if not text.startswith("sqlite:///") or len(text) <= len("sqlite:///"):
            raise DatabaseUrlError(f"{text!r}: write sqlite:///path/to/triage.db (three slashes, "
                                   "then the file's path)")
        raw = unquote(text[len("sqlite:///"):])
        # sqlite:////abs/path and sqlite:///abs/path both mean /abs/path; relative stays relative.
        path = Path("/" + raw.lstrip("/")) if raw.startswith("/") else Path(raw)
        return DatabaseUrl(SQLITE, path=path.expanduser())
    parts = urlsplit(text)
    if parts.scheme not in ("postgresql", "postgres"):
        raise DatabaseUrlError(f"{text!r}: the database URL must start with sqlite:/// or "
                               "postgresql://")
    if parts.password is not None:
        raise DatabaseUrlError("a password in the database URL would be visible to every user of "
                               "this computer: remove it and set PGPASSWORD or ~/.pgpass instead")
    dbname = unquote(parts.path.lstrip("/"))
    if not dbname:
        raise DatabaseUrlError(f"{text!r}: name the database, e.g. postgresql://triage@host/triage")
    params = dict(parse_qsl(parts.query, keep_blank_values=True))
    if "password" in params:
        raise DatabaseUrlError("a password in the database URL: use PGPASSWORD or ~/.pgpass")
    unknown = sorted(set(params) - LIBPQ_PARAMS)
    if unknown:
        raise DatabaseUrlError(f"unknown database URL parameter(s): {', '.join(unknown)} "
                               f"(known: {', '.join(sorted(LIBPQ_PARAMS))})")
    if "sslmode" in params and params["sslmode"] not in SSLMODES:
        raise DatabaseUrlError(f"sslmode {params['sslmode']!r} is not one of {', '.join(SSLMODES)}")
    try:
        port = parts.port
    except ValueError as exc:
        raise DatabaseUrlError(f"{text!r}: the port is not a number") from exc
    return DatabaseUrl(POSTGRESQL, host=parts.hostname or "", port=port,
                       user=unquote(parts.username or ""), dbname=dbname, params=params)


def resolve(cli_value: str | None, data_dir: Path, env: Mapping[str, str] | None = None) -> DatabaseUrl:
    """The command line wins, then ``TRIAGE_DATABASE_URL``, then ``<data_dir>/triage.db``."""
    env = os.environ if env is None else env
    text = cli_value or env.get(ENV_VAR, "")
    return parse(text) if text else sqlite_url(data_dir)
