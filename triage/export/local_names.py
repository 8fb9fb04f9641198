"""The installation's own names for de-identification: staff accounts and the clinic's list.

A note names the nurse who wrote it, a colleague, the patient's regular carer: names no
general-purpose finder can be sure of. Every account's display name and username, and the names
in ``<data_dir>/deid-names.txt`` (one per line, ``#`` comments; the clinic's list of staff and
frequent patients' names, in the installation folder (keep it 0600); never sent anywhere), are
removed from every case's free text in a de-identified export as the patient's own name is.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

LIST_FILE = "deid-names.txt"
MIN_CHARS = 3  # "Al", "Jo": too short to match safely inside other words' text


def read_list(path: Path) -> tuple[str, ...]:
    """The names in a clinic's list file (missing file: none). Undecodable bytes are replaced,
    never a reason to export without the list."""
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except FileNotFoundError:
        return ()
    names = (line.split("#", 1)[0].strip() for line in text.splitlines())
    return tuple(n for n in names if len(n) >= MIN_CHARS)


def installation_names(store: Any) -> tuple[str, ...]:
    """Staff names from the accounts table, plus the clinic's list file in the data folder."""
    rows = store.conn.execute("SELECT username, display_name FROM users").fetchall()
    names = {v.strip() for row in rows for v in row if v and len(v.strip()) >= MIN_CHARS}
    data_dir = getattr(store, "data_dir", None)
    if data_dir is not None:
        names.update(read_list(Path(data_dir) / LIST_FILE))
    return tuple(sorted(names))
