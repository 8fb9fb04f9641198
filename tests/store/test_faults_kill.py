"""Faults: a saving process SIGKILLed at random moments; a full disk; a read-only disk.

Afterwards the database passes ``PRAGMA integrity_check``, the audit chain verifies, every case whose
save had returned is there complete, and no case is half-saved.
"""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from helpers_store import PASSWORD, SQLITE_ONLY, intake, store_staff, suggestion, template_db  # noqa: F401

from triage.errors import StorageError
from triage.records import NewAttachment
from triage.store import DB_NAME, CaseStore

REPO = Path(__file__).resolve().parents[2]
KILLS = 15

SAVER = textwrap.dedent(f"""
    import os, sys, hashlib
    sys.path.insert(0, {str(REPO)!r}); sys.path.insert(0, {str(REPO / 'tests')!r})
    from helpers_store import PASSWORD, intake, suggestion
    from triage.records import NewAttachment
    from triage.store import CaseStore
    store = CaseStore(sys.argv[1])
    nurse = store.accounts.login("nurse", PASSWORD)
    print("ready", flush=True)
    while True:
        data = os.urandom(48_000)
        case_id = store.create_case(nurse, intake(), suggestion(2),
                                    [NewAttachment(data, "scan.png", "photo")])
        print(case_id, hashlib.sha256(data).hexdigest(), flush=True)
""")


def check_whole(store: CaseStore) -> None:
    assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert store.conn.execute("PRAGMA foreign_key_check").fetchall() == []
    result = store.verify_audit()
    assert result.ok, result.message
    # No half-saved case: every case has its vitals and suggestion, every attachment its file.
    assert store.conn.execute("SELECT count(*) FROM cases WHERE id NOT IN "
                              "(SELECT case_id FROM vital_sets)").fetchone()[0] == 0
    assert store.conn.execute("SELECT count(*) FROM cases WHERE id NOT IN "
                              "(SELECT case_id FROM suggestions)").fetchone()[0] == 0
    created = store.conn.execute("SELECT count(*) FROM audit_log WHERE action = 'case.create'")
    assert created.fetchone()[0] == store.count_cases()
    for (sha,) in store.conn.execute("SELECT sha256 FROM attachments"):
        path = store.attachment_path(sha)
        assert hashlib.sha256(path.read_bytes()).hexdigest() == sha


@pytest.mark.slow
@SQLITE_ONLY  # the server's twin: tests/store/test_pg_concurrency.py
def test_sigkill_while_saving_loses_nothing_that_returned(store_staff):
    store, staff = store_staff
    store.close()
    data_dir = store.data_dir
    rng = random.Random(20261127)
    returned: dict[int, str] = {}
    for _ in range(KILLS):
        child = subprocess.Popen([sys.executable, "-c", SAVER, str(data_dir)],
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        assert child.stdout.readline().strip() == "ready", child.stderr.read()
        time.sleep(rng.uniform(0.0, 0.35))
        child.send_signal(signal.SIGKILL)
        out, _ = child.communicate(timeout=30)
        assert child.returncode == -signal.SIGKILL
        for line in out.splitlines():
            parts = line.split()
            if len(parts) == 2:  # a line cut by the kill has no newline and is never a full pair
                returned[int(parts[0])] = parts[1]
    assert len(returned) >= 5  # the kills landed mid-work, after saves had returned
    with CaseStore(data_dir) as after:
        check_whole(after)
        nurse = after.accounts.login("nurse", PASSWORD)
        for case_id, sha in returned.items():
            d = after.case_detail(nurse, case_id)
            assert len(d.vitals) == 1 and d.latest_suggestion.level == 2
            (att,) = d.attachments
            assert att.sha256 == sha and att.size_bytes == 48_000
            assert hashlib.sha256(att.path.read_bytes()).hexdigest() == sha


# --------------------------------------------------------------------------- full / read-only disk

def _mount_tmpfs(where: Path, size: str) -> None:
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("needs root to mount a small tmpfs (a real full or read-only disk)")
    where.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"mounting a tmpfs is not permitted here: {done.stderr.strip()}")


def _umount(where: Path) -> None:
    subprocess.run(["umount", "-l", str(where)], capture_output=True)  # lazy: even if still open


def _fill(directory: Path) -> Path:
    """Write a filler file until the disk is full; returns it (delete it to free the space)."""
    filler = directory / "filler.bin"
    with open(filler, "wb", buffering=0) as f:  # unbuffered: close() has nothing left to fail
        for chunk in (65536, 4096, 1):
            try:
                while True:
                    f.write(b"\0" * chunk)
            except OSError:
                pass
    return filler


@pytest.fixture
def small_disk(tmp_path: Path, template_db: Path):
    """A 3 MB tmpfs holding a copy of the template installation."""
    mount_point = tmp_path / "disk"
    _mount_tmpfs(mount_point, "3m")
    try:
        data_dir = mount_point / "data"
        data_dir.mkdir()
        shutil.copy(template_db, data_dir / DB_NAME)
        yield data_dir
    finally:
        _umount(mount_point)


def test_full_disk_gives_storage_error_and_saves_nothing(small_disk: Path):
    store = CaseStore(small_disk)
    nurse = store.accounts.login("nurse", PASSWORD)
    store.create_case(nurse, intake(), suggestion(3))
    filler = _fill(small_disk.parent)
    with pytest.raises(StorageError, match="disk is full.*Nothing was saved"):
        store.create_case(nurse, intake(), suggestion(3),
                          [NewAttachment(os.urandom(200_000), "big.png", "photo")])
    with pytest.raises(StorageError, match="disk is full"):
        for _ in range(50):  # the WAL has a little slack; it runs out within a few saves
            store.create_case(nurse, intake(), suggestion(3))
    saved = store.count_cases()
    store.close()
    filler.unlink()
    with CaseStore(small_disk) as after:
        check_whole(after)
        assert after.count_cases() == saved
        assert [p.name for p in (small_disk / "attachments").rglob(".tmp-*")] == []


def test_read_only_disk_gives_storage_error(small_disk: Path):
    with CaseStore(small_disk) as store:
        store.create_case(store.accounts.login("nurse", PASSWORD), intake(), suggestion(3))
    mount_point = small_disk.parent
    remount = subprocess.run(["mount", "-o", "remount,ro", str(mount_point)], capture_output=True,
                             text=True)
    if remount.returncode != 0:
        pytest.skip(f"cannot remount read-only: {remount.stderr.strip()}")
    try:
        with pytest.raises(StorageError, match="read-only|cannot be opened"):
            store = CaseStore(small_disk)
            store.create_case(store.accounts.login("nurse", PASSWORD), intake(), suggestion(3))
    finally:
        subprocess.run(["mount", "-o", "remount,rw", str(mount_point)], capture_output=True)
    with CaseStore(small_disk) as after:
        check_whole(after)
        assert after.count_cases() == 1


def test_read_only_attachment_folder_saves_no_case(small_disk: Path, tmp_path: Path):
    """Attachment bytes go first: if they cannot be written, the case is not saved at all."""
    store = CaseStore(small_disk)
    nurse = store.accounts.login("nurse", PASSWORD)
    folder = small_disk / "attachments"
    bind = subprocess.run(["mount", "--bind", str(folder), str(folder)], capture_output=True)
    ro = subprocess.run(["mount", "-o", "remount,bind,ro", str(folder)], capture_output=True,
                        text=True)
    try:
        if bind.returncode or ro.returncode:
            pytest.skip(f"cannot bind-mount read-only: {ro.stderr.strip()}")
        with pytest.raises(StorageError, match="attachment folder.*read-only"):
            store.create_case(nurse, intake(), suggestion(3),
                              [NewAttachment(b"image bytes", "a.png", "photo")])
    finally:
        subprocess.run(["umount", str(folder)], capture_output=True)
    assert store.count_cases() == 0
    check_whole(store)
    store.close()


@SQLITE_ONLY  # a file size limit on the desk's own files
def test_file_size_limit_gives_storage_error(store_staff):
    """Without root: RLIMIT_FSIZE makes the kernel refuse to grow files, as a full disk would."""
    store, _ = store_staff
    store.close()
    script = textwrap.dedent(f"""
        import os, resource, signal, sys
        sys.path.insert(0, {str(REPO)!r}); sys.path.insert(0, {str(REPO / 'tests')!r})
        from helpers_store import PASSWORD, intake, suggestion
        from triage.errors import StorageError
        from triage.records import NewAttachment
        from triage.store import CaseStore
        store = CaseStore(sys.argv[1])
        nurse = store.accounts.login("nurse", PASSWORD)
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (8192, 8192))
        for attachments in ([NewAttachment(os.urandom(100_000), "big.png", "photo")], []):
            try:
                store.create_case(nurse, intake(), suggestion(3), attachments)
                print("saved")
            except StorageError as exc:
                print("StorageError:", exc)
    """)
    done = subprocess.run([sys.executable, "-c", script, str(store.data_dir)], capture_output=True,
                          text=True, timeout=60)
    lines = done.stdout.splitlines()
    assert done.returncode == 0, done.stderr
    assert len(lines) == 2 and all(line.startswith("StorageError: Cannot write") for line in lines)
    assert "attachment folder" in lines[0] and "Nothing was saved" in lines[1]
    with CaseStore(store.data_dir) as after:
        check_whole(after)
        assert after.count_cases() == 0
