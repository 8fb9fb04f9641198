"""Where the training and validation data live: one definition for every command.

``../shared/data`` beside the repository (read its README); never copied into the repository.
"""

from __future__ import annotations

from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SHARED_DATA = REPO.parent / "shared" / "data"
