"""Load the engine and the image model in a separate model process, after the login shows.

The app is usable at once: until ``engine_ready`` arrives the intake uses the rules alone and says
so. A model that cannot load never stops the app; the status bar names what is missing.

Why a process: importing torch/transformers and running C kernels hold the GIL for up to half a
second at a time, which froze the GUI thread even when the work ran in a worker thread (measured
0.4-1.5 s stalls while the models loaded). In their own process they cannot; the screens get
proxies with the same ``suggest`` / ``status`` / ``assess`` calls, which they already make from
worker threads, and only small dataclasses (and the image pixels) cross the process boundary.
"""

from __future__ import annotations

import importlib
import multiprocessing
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QThreadPool, Signal

from triage.errors import ModelUnavailable

from ui.context import AppContext
from ui.widgets.workers import Task

# The states are keys (the English source text); state_text() shows one in the interface language.
LOADING, RULES_ONLY, LOADED, PARTIAL = (
    QT_TRANSLATE_NOOP("ModelLoader", "models loading…"), QT_TRANSLATE_NOOP("ModelLoader", "rules only"),
    QT_TRANSLATE_NOOP("ModelLoader", "models loaded"), QT_TRANSLATE_NOOP("ModelLoader", "partly loaded"))


def state_text(state: str) -> str:
    """A loader state ('rules only') in the interface language."""
    return QCoreApplication.translate("ModelLoader", state)

# ------------------------------------------------------------------ run inside the model process
_hosted: dict[str, Any] = {}


@dataclass(frozen=True)
class EngineInfo:
    statuses: tuple[Any, ...]  # triage.engine.engine.ModelStatus
    versions: dict[str, str]
    rules_only: bool


def _host_load_engine(models_dir: str) -> EngineInfo:
    from triage.engine import Engine

    engine = Engine.load(Path(models_dir)) if models_dir else Engine.load()
    _hosted["engine"] = engine
    return EngineInfo(tuple(engine.status()), dict(engine.versions), bool(engine.rules_only))


def _host_suggest(intake: Any, images: tuple[Any, ...], scale: str = "KTAS", point: Any = None) -> Any:
    return _hosted["engine"].suggest(intake, images, scale=scale, point=point)


def _host_load_image_model(models_dir: str) -> str:
    from triage.engine.image_model import ImageModel

    model = ImageModel.load(Path(models_dir)) if models_dir else ImageModel.load()
    _hosted["image_model"] = model
    return model.version


def _host_assess(record: Any, marked_chest_xray: bool, saliency: bool) -> Any:
    return _hosted["image_model"].assess(record, marked_chest_xray=marked_chest_xray,
                                         saliency=saliency)


# ------------------------------------------------------------------ the GUI process's side
class ModelHost:
    """One spawned process that holds the models; ``call`` blocks, so call it from a worker."""

    def __init__(self) -> None:
        self._pool = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"))

    def call(self, fn: Callable[..., Any], *args: Any) -> Any:
        try:
            return self._pool.submit(fn, *args).result()
        except (BrokenProcessPool, RuntimeError) as exc:  # RuntimeError: submit after shutdown
            raise ModelUnavailable(f"the model process stopped ({type(exc).__name__}); "
                                   "restart the app to load the models again") from None

    def load_engine(self, models_dir: Path | None = None) -> "EngineProxy":
        return EngineProxy(self, self.call(_host_load_engine, str(models_dir or "")))

    def load_image_model(self, models_dir: Path | None = None) -> "ImageModelProxy":
        return ImageModelProxy(self, self.call(_host_load_image_model, str(models_dir or "")))

    def shutdown(self) -> None:
        """Stop the model process now (a load may be half-way: there is nothing to keep)."""
        processes = list(getattr(self._pool, "_processes", {}).values())  # no public handle in 3.11
        self._pool.shutdown(wait=False, cancel_futures=True)
        for process in processes:
            process.terminate()


class EngineProxy:
    """Stands for ``triage.engine.engine.Engine`` in the GUI process: same ``suggest`` and ``status``."""

    def __init__(self, host: ModelHost, info: EngineInfo):
        self.host = host
        self._statuses = list(info.statuses)
        self.versions = dict(info.versions)
        self.rules_only = info.rules_only

    def status(self) -> list[Any]:
        return list(self._statuses)

    def suggest(self, intake: Any, images: Sequence[Any] = (), *, scale: str = "KTAS",
                point: Any = None) -> Any:
        """Raises ModelUnavailable when the model process is gone (callers fall back to rules).
        ``scale`` and ``point`` (the site's calibrated line) travel with the call: the model
        process does not know the installation's."""
        return self.host.call(_host_suggest, intake, tuple(images), scale, point)


class ImageModelProxy:
    """Stands for ``triage.engine.image_model.ImageModel``: same ``assess``."""

    def __init__(self, host: ModelHost, version: str):
        self.host, self.version = host, version

    def assess(self, record: Any, *, marked_chest_xray: bool = False, saliency: bool = True) -> Any:
        return self.host.call(_host_assess, record, marked_chest_xray, saliency)


SCREEN_MODULES = ("ui.intake.form", "ui.worklist", "ui.case.view", "ui.admin")


def warm_up() -> bool:
    """While the login shows: import the screens' modules and run the rules once (their first use
    compiles many patterns). Both hold the GIL for a few hundred ms; better now than when the
    window opens or on the nurse's first keystroke. Only modules are imported here: no widget
    is created off the GUI thread."""
    from triage.engine import rules
    from triage.intake import parse_intake

    rules.evaluate(parse_intake({"complaint": "chest pain, short of breath", "age_years": "40"}))
    for name in SCREEN_MODULES:
        importlib.import_module(name)
    from ui.widgets.image_reader import warm_image_reader

    warm_image_reader()  # starting a process takes a while: not on the GUI thread
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
                 engine_loader: Callable[[], Any] | None = None,
                 image_loader: Callable[[], Any] | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.host: ModelHost | None = None
        if engine_loader is None or image_loader is None:
            self.host = ModelHost()
        self.engine_loader = engine_loader or self.host.load_engine
        self.image_loader = image_loader or self.host.load_image_model
        self.state = LOADING
        self.engine_error = ""
        self.warmed = False  # screens' modules imported and rules compiled
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
        warm_task = Task(warm_up, with_callbacks=False)
        warm_task.signals.finished.connect(self._warmed)
        warm_task.signals.failed.connect(self._warmed)  # a failed warm-up only costs time later
        self._tasks = [warm_task, engine_task, image_task]
        for task in self._tasks:
            QThreadPool.globalInstance().start(task)

    def _warmed(self, *_args: object) -> None:
        self.warmed = True

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

    def shutdown(self) -> None:
        if self.host is not None:
            self.host.shutdown()

    def _set_state(self, state: str) -> None:
        self.state = state
        self.state_changed.emit(state)

    def describe(self) -> str:
        """A tooltip: what is loaded and what is not, and why."""
        parts = []
        if self.ctx.engine is None:
            parts.append(self.tr("engine: not loaded")
                         + (" — " + self.engine_error if self.engine_error else ""))
        else:
            parts.append(self.tr("engine: loaded") if engine_has_models(self.ctx.engine)
                         else self.tr("engine: rules only (model files missing or corrupt)"))
        if self.ctx.image_model is None:
            err = self.ctx.image_model_error
            parts.append(self.tr("image model: not loaded") + (" — " + err if err else ""))
        else:
            parts.append(self.tr("image model: loaded"))
        return "\n".join(parts)
