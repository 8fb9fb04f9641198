"""What every screen needs: the store, the signed-in user and the models (loaded in background).

Screens receive one ``AppContext``; they never open the database themselves. The engine and image
model start as None and arrive through ``engine_ready`` / ``image_model_ready`` once the
background load finishes, so the app is usable at once (rules-only until then).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from triage.records import User
from triage.store import CaseStore


class AppSignals(QObject):
    engine_ready = Signal(object)  # triage.engine.engine.Engine
    image_model_ready = Signal(object)  # triage.engine.image_model.ImageModel or None (unavailable)
    case_saved = Signal(int)  # case id saved from this desk
    case_changed = Signal(int)  # reviewed / re-triaged / closed from this desk
    open_case = Signal(int)  # ask the main window to show a case
    user_changed = Signal(object)  # the signed-in User (after login / unlock) or None (logout)
    scale_changed = Signal(str)  # the installation's triage scale changed ("KTAS" / "ESI")
    # Another desk wrote: the worklist heard it (NOTIFY on a clinic server, data_version on
    # SQLite); the incident banner and board refresh on it instead of waiting for their own poll.
    store_changed = Signal()


@dataclass
class AppContext:
    store: CaseStore
    data_dir: Path
    user: User | None = None
    engine: Any = None  # triage.engine.engine.Engine once loaded
    image_model: Any = None  # triage.engine.image_model.ImageModel once loaded (None if unavailable)
    image_model_error: str = ""
    signals: AppSignals = field(default_factory=AppSignals)
    server: Any = None  # ui.server_link.ServerLink, made by link_of(ctx) on first use
    # The desk's interface language (``--language``; None: the one installed when the main window
    # was built, from the system locale): the sign-in window's, and an account's without its own.
    language: str | None = None

    @property
    def demo(self) -> bool:
        return self.store.is_demo()
