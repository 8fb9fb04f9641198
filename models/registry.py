"""Model files and their manifest: every weight file is named, hashed and described in
``models/manifest.json``; loading checks the sha256 before a single byte is trusted.

The manifest maps a model name to an entry::

    {"file": "image_cnn.safetensors", "version": "1.0.0", "sha256": "…", "created": "…",
     "data": {"file": "pneumoniamnist_trainval.npz", "sha256": "…"}, "metrics": {…},
     "labels": […], "config": {…}, "card": "image_cnn.md"}
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping

MODELS_DIR = Path(__file__).resolve().parent
MANIFEST = "manifest.json"


class ModelFileError(Exception):
    """A model file is missing, does not match its manifest hash, or has no manifest entry."""


@dataclass(frozen=True)
class ModelEntry:
    name: str
    file: str
    version: str
    sha256: str
    data: Mapping[str, Any] = field(default_factory=dict)
    metrics: Mapping[str, Any] = field(default_factory=dict)
    labels: tuple[str, ...] = ()
    config: Mapping[str, Any] = field(default_factory=dict)
    card: str = ""
    created: str = ""


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def read_manifest(models_dir: Path = MODELS_DIR) -> dict[str, ModelEntry]:
    path = Path(models_dir) / MANIFEST
    if not path.exists():
        return {}
    raw = json.loads(path.read_text(encoding="utf-8"))
    return {name: ModelEntry(name=name, **{**e, "labels": tuple(e.get("labels", ()))})
            for name, e in raw.items()}


def verified_path(name: str, models_dir: Path = MODELS_DIR) -> tuple[Path, ModelEntry]:
    """The weight file of ``name`` after checking it against the manifest.

    Raises
    ------
    ModelFileError
        no manifest entry, file missing, or sha256 mismatch (a corrupt or swapped file).
    """
    entries = read_manifest(models_dir)
    if name not in entries:
        raise ModelFileError(f"model {name!r} is not in {Path(models_dir) / MANIFEST}")
    entry = entries[name]
    path = Path(models_dir) / entry.file
    if not path.exists():
        raise ModelFileError(f"model file {path} is missing")
    digest = sha256_file(path)
    if digest != entry.sha256:
        raise ModelFileError(f"model file {path} is corrupt: sha256 {digest[:12]}… does not match "
                             f"the manifest's {entry.sha256[:12]}…")
    return path, entry


def write_entry(entry: ModelEntry, models_dir: Path = MODELS_DIR) -> None:
    """Add or replace one model's entry (training scripts call this); atomic rename."""
    path = Path(models_dir) / MANIFEST
    raw = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    d = {k: v for k, v in entry.__dict__.items() if k != "name"}
    d["labels"] = list(entry.labels)
    raw[entry.name] = d
    fd, tmp = tempfile.mkstemp(dir=models_dir, suffix=".json.tmp")
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        json.dump(raw, f, indent=2, sort_keys=True)
        f.write("\n")
    os.chmod(tmp, 0o644)  # mkstemp makes it 0600; the manifest is read by every user
    os.replace(tmp, path)
