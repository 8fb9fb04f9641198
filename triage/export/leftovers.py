"""Partial exports a killed process left behind, and export workers that outlive their parent.

An export writes to ``.NAME.partial`` beside its target and renames it into place at the end; a
cancel or an error removes it. A SIGKILL (or a power cut) runs no clean-up, and the partial file
holds patient data. So every export registers its partial paths in the installation folder
(``<data_dir>/exports-in-progress/<pid>-<start>.json``, 0600) before writing, and removes the entry
when it ends; the next export, and the next start of the desk, remove the partial files of every
entry whose process is gone.

Worker processes (the FHIR export's pool) run ``die_with_parent``: a thread that ends the worker
when its parent is gone, so a killed export leaves no process holding the terminal or the files.
"""

from __future__ import annotations

import json
import os
import shutil
import threading
import time
from pathlib import Path

FOLDER = "exports-in-progress"
POLL_S = 0.5


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


class InProgress:
    """The registry entry of one running export (a context manager)."""

    def __init__(self, data_dir: Path, paths: list[Path]):
        self.folder = Path(data_dir) / FOLDER
        self.entry = self.folder / f"{os.getpid()}-{time.time_ns()}.json"
        self.paths = [str(p) for p in paths]

    def __enter__(self) -> "InProgress":
        from triage.store.connection import private_file, private_folder

        private_folder(self.folder)
        private_file(self.entry)
        self.entry.write_text(json.dumps({"pid": os.getpid(), "paths": self.paths}), encoding="utf-8")
        return self

    def __exit__(self, *exc: object) -> None:
        self.entry.unlink(missing_ok=True)


def sweep(data_dir: Path) -> list[str]:
    """Remove the partial files of exports whose process is gone; returns the paths removed."""
    folder = Path(data_dir) / FOLDER
    removed: list[str] = []
    if not folder.is_dir():
        return removed
    for entry in sorted(folder.glob("*.json")):
        try:
            record = json.loads(entry.read_text(encoding="utf-8"))
            pid, paths = int(record["pid"]), [str(p) for p in record["paths"]]
        except (OSError, ValueError, KeyError, TypeError):
            entry.unlink(missing_ok=True)  # unreadable: nothing it names can be trusted
            continue
        if pid != os.getpid() and _alive(pid):
            continue
        for raw in paths:
            path = Path(raw)
            if not path.name.endswith(".partial"):
                continue  # only ever our own staging names
            if path.is_dir() and not path.is_symlink():
                shutil.rmtree(path, ignore_errors=True)
            elif path.exists() or path.is_symlink():
                path.unlink(missing_ok=True)
            else:
                continue
            removed.append(raw)
        entry.unlink(missing_ok=True)
    return removed


def die_with_parent(parent_pid: int) -> None:
    """Pool initializer: end this worker as soon as ``parent_pid`` is no longer its parent."""

    def watch() -> None:
        while True:
            if os.getppid() != parent_pid:
                os._exit(1)
            time.sleep(POLL_S)

    threading.Thread(target=watch, name="die-with-parent", daemon=True).start()
