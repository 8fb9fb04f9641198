"""A real, throw-away PostgreSQL server for the test session.

The store's tests run against both backends, so the session starts its own server: Debian's
``postgresql`` binaries (``make pg`` installs the package when missing), a cluster in a temporary
directory, a free TCP port on 127.0.0.1, stopped and deleted when the session ends. PostgreSQL
refuses to run as root, so under root the cluster belongs to an unprivileged account (``postgres``
when the package created it, else ``nobody``) and the server runs as that account.

If no server can be started, the tests that need one fail with a message that says why: they never
skip, so a green run always means both backends were exercised.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from itertools import count
from pathlib import Path

SUPERUSER = "triage_test"
START_TIMEOUT_S = 30.0


class PgServerError(RuntimeError):
    """The test server could not be started (binaries missing, initdb or start failed)."""


def find_bindir() -> Path:
    """The directory holding ``initdb`` and ``pg_ctl``: $PG_BINDIR, else Debian's newest, else PATH."""
    env = os.environ.get("PG_BINDIR")
    candidates = [env] if env else []
    candidates += sorted(glob.glob("/usr/lib/postgresql/*/bin"),
                         key=lambda p: int(Path(p).parent.name) if Path(p).parent.name.isdigit() else 0,
                         reverse=True)
    on_path = shutil.which("initdb")
    if on_path:
        candidates.append(str(Path(on_path).parent))
    for c in candidates:
        if c and (Path(c) / "initdb").is_file() and (Path(c) / "pg_ctl").is_file():
            return Path(c)
    raise PgServerError(
        "PostgreSQL server binaries (initdb, pg_ctl) were not found. Run `make pg` (it installs "
        "Debian's postgresql package) or set PG_BINDIR to the folder holding initdb.")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _run_as() -> pwd.struct_passwd | None:
    """The account the server runs as: None (ourselves) unless we are root."""
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "nobody"):
        try:
            return pwd.getpwnam(name)
        except KeyError:
            continue
    raise PgServerError("running as root and neither a 'postgres' nor a 'nobody' account exists "
                        "to run PostgreSQL as (it refuses root)")


@dataclass
class PgServer:
    """One running test cluster; ``new_database()`` hands each test its own empty database."""

    bindir: Path
    root: Path
    port: int
    account: pwd.struct_passwd | None
    _names: "count[int]" = field(default_factory=lambda: count(1))

    @property
    def datadir(self) -> Path:
        return self.root / "data"

    def url(self, dbname: str = "postgres") -> str:
        return f"postgresql://{SUPERUSER}@127.0.0.1:{self.port}/{dbname}"

    def _cmd(self, *args: str, check: bool = True, timeout: float = 60) -> subprocess.CompletedProcess:
        kwargs = {}
        if self.account is not None:
            kwargs = {"user": self.account.pw_uid, "group": self.account.pw_gid,
                      "extra_groups": []}
        return subprocess.run(list(args), capture_output=True, text=True, timeout=timeout,
                              cwd=self.root, check=False, **kwargs)

    def start(self) -> None:
        init = self._cmd(str(self.bindir / "initdb"), "-D", str(self.datadir), "-U", SUPERUSER,
                         "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync")
        if init.returncode != 0:
            raise PgServerError(f"initdb failed: {init.stderr.strip() or init.stdout.strip()}")
        # Test cluster: small, quick, local only. fsync stays on (the kill tests rely on
        # durability of what was acknowledged); full_page_writes off only saves WAL volume.
        with open(self.datadir / "postgresql.conf", "a", encoding="utf-8") as f:
            f.write(f"\nlisten_addresses = '127.0.0.1'\nport = {self.port}\n"
                    f"unix_socket_directories = '{self.root}'\nmax_connections = 200\n"
                    "shared_buffers = 64MB\nsynchronous_commit = on\n")
        started = self._cmd(str(self.bindir / "pg_ctl"), "-D", str(self.datadir), "-l",
                            str(self.root / "server.log"), "-w", "-t", str(int(START_TIMEOUT_S)),
                            "start", timeout=START_TIMEOUT_S + 10)
        if started.returncode != 0:
            log = (self.root / "server.log")
            tail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
            raise PgServerError(f"pg_ctl start failed: {started.stderr.strip()}\n{tail}")

    def stop(self) -> None:
        self._cmd(str(self.bindir / "pg_ctl"), "-D", str(self.datadir), "-m", "fast", "-w", "stop",
                  timeout=60)

    def restart(self) -> None:
        """Stop (fast) and start again on the same port: what a server reboot looks like to desks."""
        self.stop()
        started = self._cmd(str(self.bindir / "pg_ctl"), "-D", str(self.datadir), "-l",
                            str(self.root / "server.log"), "-w", "start", timeout=START_TIMEOUT_S + 10)
        if started.returncode != 0:
            raise PgServerError(f"pg_ctl restart failed: {started.stderr.strip()}")

    def new_database(self, template: str = "") -> str:
        """Create a database (empty, or a copy of the database ``template``) and return its URL."""
        import psycopg

        name = f"t{os.getpid()}_{next(self._names)}"
        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))
        return self.url(name)


def start_server() -> PgServer:
    """Start a fresh cluster; raises ``PgServerError`` with the reason when it cannot."""
    bindir = find_bindir()
    account = _run_as()
    root = Path(tempfile.mkdtemp(prefix="triage-pg-"))
    if account is not None:
        os.chown(root, account.pw_uid, account.pw_gid)
    os.chmod(root, 0o700)
    server = PgServer(bindir=bindir, root=root, port=_free_port(), account=account)
    try:
        server.start()
    except BaseException:
        shutil.rmtree(root, ignore_errors=True)
        raise
    return server


def stop_server(server: PgServer) -> None:
    try:
        server.stop()
    finally:
        shutil.rmtree(server.root, ignore_errors=True)


if __name__ == "__main__":  # `python tests/pg_server.py`: start, print the URL, stop (a smoke check)
    t0 = time.perf_counter()
    s = start_server()
    print(f"started {s.url()} in {time.perf_counter() - t0:.1f}s ({s.bindir})")
    stop_server(s)
