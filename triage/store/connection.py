"""The database connection: opening (pragmas, migrations), the thread lock, write transactions,
storage errors, and the one statement builder every table's INSERT goes through.

Everything that is specific to SQLite as a *connection* lives here (``sqlite3`` itself, the
pragmas, ``BEGIN IMMEDIATE``, busy handling, ``lastrowid``, ``PRAGMA data_version``, the error
codes), so that a second backend (issue 14: PostgreSQL) replaces this module's behaviour rather
than edits scattered through the others. The other modules write portable SQL with ``:name``
parameters through ``Insert`` and run it on ``self.conn`` inside ``transaction()``.

One connection per store, shared by the GUI thread and workers under an ``RLock``; other processes
(a second desk) use their own store on the same file: WAL lets them read while one writes, and a
writer waits up to ``BUSY_TIMEOUT_S`` for the lock instead of failing.
"""

from __future__ import annotations

import contextlib
import functools
import os
import sqlite3
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Mapping, TypeVar

from sqlite_utils import Database

from triage.errors import StorageError, TamperedRecord
from triage.store import dialect, migrations
from triage.store.url import DatabaseUrl, sqlite_url
from triage.store.url import parse as parse_url

DB_NAME = "triage.db"
BUSY_TIMEOUT_S = 10.0
CACHE_KIB = 64 * 1024

Conn = sqlite3.Connection  # the connection type the store's modules annotate with
IntegrityError = sqlite3.IntegrityError  # a UNIQUE / CHECK / FOREIGN KEY refusal

_F = TypeVar("_F", bound=Callable[..., Any])


def storage_error(exc: BaseException, where: str) -> StorageError:
    """Turn an SQLite or OS write failure into a ``StorageError`` whose message says what to do."""
    code = getattr(exc, "sqlite_errorname", "") or ""
    errno_ = getattr(exc, "errno", None)
    text = str(exc)
    if code.startswith("SQLITE_FULL") or errno_ in (28, 27) or "disk is full" in text:
        why = "the disk is full (free some space and try again)"
    elif code.startswith("SQLITE_READONLY") or errno_ in (30, 13, 1) or "readonly" in text:
        why = "it is read-only (check the folder's permissions or the disk's write protection)"
    elif code.startswith("SQLITE_BUSY") or "locked" in text:
        why = "another desk kept it busy too long (try again in a moment)"
    elif code.startswith("SQLITE_CANTOPEN"):
        why = "it cannot be opened (does the folder exist and is it writable?)"
    else:
        why = f"the system reported: {text}"
    return StorageError(f"Cannot write {where}: {why}. Nothing was saved.")


@contextlib.contextmanager
def write_transaction(conn: Conn, where: str = "the database", *,
                      begun: bool = False) -> Iterator[Conn]:
    """``BEGIN IMMEDIATE`` … ``COMMIT`` (rolled back on any error); ``begun``: the caller has
    already issued the BEGIN IMMEDIATE.

    IMMEDIATE takes the write lock up front, so a second desk waits for the busy timeout instead of
    failing half-way through with SQLITE_BUSY on lock upgrade.

    Raises
    ------
    StorageError
        the database is read-only, full, locked past the timeout, or failed to write.
    """
    if not begun:
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise storage_error(exc, where) from exc
    try:
        yield conn
        conn.execute("COMMIT")
    except BaseException as exc:
        if conn.in_transaction:
            try:
                conn.execute("ROLLBACK")
            except sqlite3.Error:
                pass  # the failed write may already have ended the transaction
        if isinstance(exc, sqlite3.OperationalError):
            raise storage_error(exc, where) from exc
        raise


def locked(method: _F) -> _F:
    """Serialise use of the one connection between the GUI thread and workers."""

    @functools.wraps(method)
    def wrapper(self: "StoreConnection", *args: Any, **kwargs: Any) -> Any:
        with self._lock:
            return method(self, *args, **kwargs)

    return wrapper  # type: ignore[return-value]


@dataclass(frozen=True)
class Insert:
    """The one INSERT of a table: its columns, written once, run for one row or many.

    Rows are mappings by column name; a missing column is NULL (an ``id`` left out or None is
    assigned by the database)."""

    table: str
    columns: tuple[str, ...]

    @functools.cached_property
    def sql(self) -> str:
        return (f"INSERT INTO {self.table} ({', '.join(self.columns)}) "
                f"VALUES ({', '.join(':' + c for c in self.columns)})")

    def _params(self, row: Mapping[str, Any]) -> dict[str, Any]:
        unknown = set(row) - set(self.columns)
        if unknown:
            raise KeyError(f"{self.table} has no column(s) {sorted(unknown)}")
        return {c: row.get(c) for c in self.columns}

    def one(self, conn: Conn, row: Mapping[str, Any]) -> int:
        """Insert one row; returns its id."""
        return int(conn.execute(self.sql, self._params(row)).lastrowid)

    def many(self, conn: Conn, rows: Iterable[Mapping[str, Any]]) -> None:
        """Insert rows that carry their ids already (bulk paths)."""
        conn.executemany(self.sql, (self._params(r) for r in rows))


def private_folder(path: Path) -> Path:
    """Create ``path`` (and missing parents) readable by this user only (0700). A folder that
    existed already is left as its owner set it (a --data-dir may be a shared parent).

    Raises
    ------
    OSError
    """
    missing = []
    p = Path(path)
    while not p.exists() and p != p.parent:
        missing.append(p)
        p = p.parent
    for folder in reversed(missing):
        folder.mkdir(mode=0o700, exist_ok=True)
        os.chmod(folder, 0o700)  # mkdir's mode is filtered by the umask; be explicit
    return Path(path)


def private_file(path: Path) -> Path:
    """Make sure ``path`` exists and is readable by this user only (0600) before anything is
    written to it: patient data never sits in a world-readable file, even for a moment.

    Raises
    ------
    OSError
    """
    if not os.path.exists(path):
        os.close(os.open(path, os.O_CREAT | os.O_WRONLY | os.O_APPEND, 0o600))
    os.chmod(path, 0o600)
    return Path(path)


def get_setting(conn: Conn, key: str) -> str | None:
    row = conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
    return None if row is None else row[0]


def put_setting(conn: Conn, key: str, value: str) -> None:
    """The one write of the ``settings`` table (insert or replace the key's value)."""
    conn.execute("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET "
                 "value = excluded.value", (key, value))


class StoreConnection:
    """An installation's database file, opened, migrated and guarded by one lock.

    The base of every part of ``CaseStore``: the parts reach the database only through ``conn``
    under ``_lock`` (``@locked`` reads) or through ``transaction()`` (writes)."""

    migrated: tuple[str, ...] = ()  # migrations this open applied to a database that held data

    def __init__(self, data_dir: Path | str | DatabaseUrl, *, cache_dir: Path | None = None):
        """Open (creating or migrating) the installation in ``data_dir``, or the database a
        ``DatabaseUrl`` names: a SQLite file, or a PostgreSQL server (then ``cache_dir``, default
        a per-server folder in the user's cache, keeps attachment bytes read from the server).

        Raises
        ------
        StorageError
            the folder or database cannot be created, opened or migrated (read-only, full disk,
            the server unreachable or refusing the login).
        """
        if isinstance(data_dir, str) and "://" in data_dir:
            data_dir = parse_url(data_dir)
        url = data_dir if isinstance(data_dir, DatabaseUrl) else sqlite_url(Path(data_dir), DB_NAME)
        self.url = url
        self._lock = threading.RLock()
        self._own_commits = 0
        self._acting = threading.local()  # the account whose call this thread is serving
        self.backup_path: Path | None = None
        if url.is_postgresql:
            self._open_server(url, cache_dir)
            return
        assert url.path is not None
        self.data_dir = url.path.parent
        self.db_path = url.path
        self.where = f"the database {self.db_path}"
        try:
            private_folder(self.data_dir)
        except OSError as exc:
            raise storage_error(exc, f"the data folder {self.data_dir}") from exc
        existed = self.db_path.exists() and self.db_path.stat().st_size > 0
        try:
            # 0600 before SQLite writes a byte: it gives -wal, -shm and -journal the same mode.
            if not self.db_path.exists():
                private_file(self.db_path)
            else:  # an older installation's files may be 0644: tighten what can be tightened
                for suffix in ("", "-wal", "-shm"):
                    with contextlib.suppress(OSError):
                        os.chmod(f"{self.db_path}{suffix}", 0o600)
        except OSError as exc:
            raise storage_error(exc, f"the database {self.db_path}") from exc
        try:
            conn = sqlite3.connect(str(self.db_path), timeout=BUSY_TIMEOUT_S,
                                   check_same_thread=False, isolation_level=None)
        except sqlite3.Error as exc:
            raise storage_error(exc, f"the database {self.db_path}") from exc
        self.conn = conn
        where = self.where
        try:
            conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("PRAGMA synchronous = FULL")
            # A 100k-case worklist index stays in memory instead of being re-read per query.
            conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
            self.db = Database(conn)
            self.migrated = tuple(migrations.pending(self.db)) if existed else ()
            self.backup_path = migrations.apply(self.db, self.db_path, existed=existed,
                                                atomic=lambda: write_transaction(conn, where))
        except (sqlite3.Error, OSError) as exc:
            conn.close()
            raise storage_error(exc, where) from exc
        except BaseException:
            conn.close()
            raise

    def _open_server(self, url: DatabaseUrl, cache_dir: Path | None) -> None:
        """PostgreSQL: connect, migrate under the server's advisory lock (``dialect.connect``);
        the local folder only caches attachment bytes (content-addressed, so never stale)."""
        if cache_dir is None:
            from platformdirs import user_cache_dir

            safe = "".join(ch if ch.isalnum() else "_" for ch in f"{url.host}_{url.port}_{url.dbname}")
            cache_dir = Path(user_cache_dir("TriageDesk", "TriageDesk")) / f"server-{safe}"
        self.data_dir = Path(cache_dir)
        self.db_path = None
        self.db = None
        self.where = f"the database on {url.display()}"
        try:
            self.data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        except OSError as exc:
            raise storage_error(exc, f"the cache folder {self.data_dir}") from exc
        try:
            self.conn = dialect.connect(url)
        except sqlite3.Error as exc:
            raise storage_error(exc, self.where) from exc

    def close(self) -> None:
        with self._lock:
            self.conn.close()

    def __enter__(self):  # the concrete store's type, for `with CaseStore(...) as store`
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Conn]:
        """One write transaction (BEGIN IMMEDIATE) under the store's lock.

        Raises
        ------
        StorageError
            the database is read-only, full, or stayed locked past the busy timeout.
        """
        where = self.where
        self._begin_write(where)
        try:
            with write_transaction(self.conn, where, begun=True) as conn:
                yield conn
        except TamperedRecord as exc:
            # Rolled back; the refusal itself is recorded, in a transaction of its own.
            self._tamper_found(exc)
            raise
        finally:
            self._lock.release()
        self._own_commits += 1

    def _tamper_found(self, exc: TamperedRecord) -> None:
        """Record a refused write's discrepancy (``Authorized`` does; the bare connection keeps
        nothing)."""

    def _begin_write(self, where: str) -> None:
        """BEGIN IMMEDIATE, returning with the store's lock held. While another desk holds the
        database's write lock, wait with the store's lock *released*: this desk's other threads
        (the worklist's poll on the GUI thread) must never queue behind that wait."""
        deadline = time.monotonic() + BUSY_TIMEOUT_S
        while True:
            self._lock.acquire()
            try:
                self.conn.execute("PRAGMA busy_timeout = 0")
                try:
                    self.conn.execute("BEGIN IMMEDIATE")
                    return  # both locks held
                except sqlite3.OperationalError as exc:
                    if not str(exc).startswith("database is locked") or time.monotonic() > deadline:
                        raise storage_error(exc, where) from exc
                finally:
                    self.conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
            except BaseException:
                self._lock.release()
                raise
            self._lock.release()
            time.sleep(0.02)

    @contextlib.contextmanager
    def reading(self) -> Iterator[Conn]:
        """The connection, under the store's lock, for reads outside a write transaction."""
        with self._lock:
            yield self.conn

    @locked
    def data_version(self) -> int:
        """Changes whenever any connection commits (PRAGMA data_version + own commits): the
        worklist polls it cheaply to refresh when another desk saves a case."""
        return int(self.conn.execute("PRAGMA data_version").fetchone()[0]) + self._own_commits
