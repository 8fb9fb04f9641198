"""Load the engine and the image model after the window shows, each in its own background Task.

The app is usable at once: until ``engine_ready`` arrives the intake uses the rules alone and says
so. A model that cannot load never stops the app; the status bar names what is missing.
"""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QObject, QThreadPool, Signal

from .context import AppContext
from .workers import Task

LOADING, RULES_ONLY, LOADED, PARTIAL = "models loading…", "rules only", "models loaded", "partly loaded"


def load_engine() -> Any:
    from triage.engine import Engine

    return Engine.load()


def load_image_model() -> Any:
    from triage.image_model import ImageModel

    return ImageModel.load()


def warm_rules() -> bool:
    """Import the rules and run them once: their first use compiles many patterns while holding
    the GIL (~150 ms), better spent during login than on the nurse's first keystroke."""
    from triage import rules
    from triage.intake import parse_intake

    rules.evaluate(parse_intake({"complaint": "chest pain, short of breath", "age_years": "40"}))
    return True


def engine_has_models(engine: Any) -> bool:
    """True when at least one model behind the engine loaded (else it works on rules alone)."""
    status = getattr(engine, "status", None)
    if status is None:
        return True
    try:
        return any(getattr(s, "loaded", False) for s in status())
    except Exception:  # noqa: BLE001 - a broken status() must not hide a working engine
        return True


class ModelLoader(QObject):
    """Starts both loads; keeps ``ctx`` current and emits ``state_changed(text)`` for the status bar."""

    state_changed = Signal(str)
    finished = Signal()

    def __init__(self, ctx: AppContext, parent: QObject | None = None, *,
                 engine_loader: Callable[[], Any] = load_engine,
                 image_loader: Callable[[], Any] = load_image_model):
        super().__init__(parent)
        self.ctx = ctx
        self.engine_loader, self.image_loader = engine_loader, image_loader
        self.state = LOADING
        self.engine_error = ""
        self._pending = 0
        self._tasks: list[Task] = []

    def start(self) -> None:
        self._set_state(LOADING)
        self._pending = 2
        engine_task = Task(self.engine_loader, with_callbacks=False)
        engine_task.signals.finished.connect(self._engine_loaded)
        engine_task.signals.failed.connect(self._engine_failed)
        image_task = Task(self.image_loader, with_callbacks=False)
        image_task.signals.finished.connect(self._image_loaded)
        image_task.signals.failed.connect(self._image_failed)
        self._tasks = [Task(warm_rules, with_callbacks=False), engine_task, image_task]
        for task in self._tasks:
            QThreadPool.globalInstance().start(task)

    @property
    def done(self) -> bool:
        return self._pending == 0

    def _engine_loaded(self, engine: Any) -> None:
        self.ctx.engine = engine
        self.ctx.signals.engine_ready.emit(engine)
        self._one_done()

    def _engine_failed(self, exc: BaseException, _tb: str) -> None:
        self.engine_error = f"{type(exc).__name__}: {exc}"
        self._one_done()

    def _image_loaded(self, model: Any) -> None:
        self.ctx.image_model = model
        self.ctx.image_model_error = ""
        self.ctx.signals.image_model_ready.emit(model)
        self._one_done()

    def _image_failed(self, exc: BaseException, _tb: str) -> None:
        self.ctx.image_model = None
        self.ctx.image_model_error = str(exc) or type(exc).__name__
        self.ctx.signals.image_model_ready.emit(None)
        self._one_done()

    def _one_done(self) -> None:
        self._pending -= 1
        if self._pending > 0:
            return
        engine_ok = self.ctx.engine is not None and engine_has_models(self.ctx.engine)
        if engine_ok and self.ctx.image_model is not None:
            self._set_state(LOADED)
        elif engine_ok:
            self._set_state(PARTIAL)
        else:
            self._set_state(RULES_ONLY)
        self.finished.emit()

    def _set_state(self, state: str) -> None:
        self.state = state
        self.state_changed.emit(state)

    def describe(self) -> str:
        """A tooltip: what is loaded and what is not, and why."""
        parts = []
        if self.ctx.engine is None:
            parts.append(f"engine: not loaded{' — ' + self.engine_error if self.engine_error else ''}")
        else:
            parts.append("engine: " + ("loaded" if engine_has_models(self.ctx.engine)
                                       else "rules only (model files missing or corrupt)"))
        if self.ctx.image_model is None:
            err = self.ctx.image_model_error
            parts.append(f"image model: not loaded{' — ' + err if err else ''}")
        else:
            parts.append("image model: loaded")
        return "\n".join(parts)
