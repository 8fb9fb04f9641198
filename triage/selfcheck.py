"""The installed build proves on the target machine that it is whole (``triage-desk self-check``).

A clinic's IT installs a package and needs one command that says whether this copy can triage:
every model file present and matching its manifest hash, the engine loaded with its models (not the
rules-only fallback) and giving a built-in emergency example a level of 1 or 2, the image model
answering on a built-in image, the data directory (or the clinic server) usable, and the desktop
able to open its main window. Each part is checked on its own, so a failure names the part.

The GUI part lives in ``ui`` (this package never imports Qt); the command passes it in.
Nothing here creates or migrates a database: an existing one is only read.
"""

from __future__ import annotations

import os
import sqlite3
import stat
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Callable

from triage import __version__

EXAMPLE_COMPLAINT = "crushing chest pain, sweaty"
EXAMPLE_VITALS = {"sbp": 88, "heart_rate": 118}  # "crushing chest pain, sweaty, SBP 88, HR 118"
EXAMPLE_MAX_LEVEL = 2


@dataclass
class PartResult:
    """One checked part: ``ok``, what was found (``details``), and why it failed (``error``)."""

    ok: bool
    details: dict[str, Any] = field(default_factory=dict)
    error: str = ""


@dataclass
class SelfCheckReport:
    """What ``self-check --json`` prints (keys named in docs/install.md)."""

    version: str
    python: str
    models: PartResult
    engine: PartResult
    image_model: PartResult
    database: PartResult
    gui: PartResult
    timings: dict[str, float]

    @property
    def ok(self) -> bool:
        return all(p.ok for p in (self.models, self.engine, self.image_model, self.database, self.gui))

    @property
    def failing(self) -> list[str]:
        return [name for name in ("models", "engine", "image_model", "database", "gui")
                if not getattr(self, name).ok]

    def to_dict(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "failing": self.failing,
            "version": self.version,
            "python": self.python,
            "rules_only": self.engine.details.get("rules_only", True),
            "example_level": self.engine.details.get("example_level"),
            "models": asdict(self.models),
            "engine": asdict(self.engine),
            "image_model": asdict(self.image_model),
            "database": asdict(self.database),
            "gui": asdict(self.gui),
            "timings": {k: round(v, 3) for k, v in self.timings.items()},
        }


def check_models() -> PartResult:
    """Every manifest entry's file present and matching its sha256."""
    from models.registry import MODELS_DIR, ModelFileError, read_manifest, verified_path

    entries = read_manifest()
    if not entries:
        return PartResult(False, {"dir": str(MODELS_DIR)}, f"no model manifest in {MODELS_DIR}")
    found: dict[str, Any] = {}
    errors = []
    for name, entry in sorted(entries.items()):
        try:
            verified_path(name)
            found[name] = {"file": entry.file, "version": entry.version, "sha256_ok": True}
        except ModelFileError as exc:
            found[name] = {"file": entry.file, "version": entry.version, "sha256_ok": False}
            errors.append(str(exc))
    return PartResult(not errors, {"dir": str(MODELS_DIR), "files": found}, "; ".join(errors))


def check_engine() -> PartResult:
    """The engine with its models, and the built-in emergency example at level 1-2."""
    from triage.engine.engine import Engine
    from triage.intake import Intake, Patient, Vitals

    engine = Engine.load()
    details: dict[str, Any] = {"rules_only": engine.rules_only,
                               "models": {s.name: (s.error or "loaded") for s in engine.status()}}
    intake = Intake(patient=Patient(age_years=58), complaint=EXAMPLE_COMPLAINT,
                    vitals=Vitals(**EXAMPLE_VITALS))
    suggestion = engine.suggest(intake)
    details["example"] = f"{EXAMPLE_COMPLAINT}, SBP 88, HR 118"
    details["example_level"] = suggestion.level
    problems = []
    if engine.rules_only:
        problems.append("the engine runs on the rules alone: "
                        + "; ".join(f"{s.name}: {s.error}" for s in engine.status() if s.error))
    if suggestion.level > EXAMPLE_MAX_LEVEL:
        problems.append(f"the built-in emergency example got level {suggestion.level}, "
                        f"expected 1-{EXAMPLE_MAX_LEVEL}")
    return PartResult(not problems, details, "; ".join(problems))


def builtin_test_image() -> "Any":
    """A synthetic 28×28 radiograph-like image (two dark lung fields in a bright chest): it proves
    the network runs and answers, not a diagnosis. Generated, so no patient image ships."""
    import numpy as np

    y, x = np.mgrid[0:28, 0:28].astype(np.float32)
    chest = 200 - 40 * (((x - 14) / 14) ** 2)
    lungs = np.exp(-(((x - 8.5) / 4) ** 2 + ((y - 14) / 8) ** 2)) + \
        np.exp(-(((x - 19.5) / 4) ** 2 + ((y - 14) / 8) ** 2))
    return np.clip(chest - 120 * lungs, 0, 255).astype(np.uint8)


def check_image_model() -> PartResult:
    """The chest X-ray model loads and gives a probability on the built-in image."""
    from triage.engine.image_model import ImageModel

    model = ImageModel.load()
    pred = model.predict(builtin_test_image(), saliency=False)
    outside = pred.ood_score > model.ood.threshold
    verdict = ("not judged: the built-in synthetic image is outside what the model learnt"
               if outside else ("patterns of pneumonia" if pred.probability >= model.threshold
                                else "no patterns of pneumonia"))
    return PartResult(True, {"version": model.version, "verdict": verdict,
                             "probability": round(float(pred.probability), 4),
                             "ood_score": round(float(pred.ood_score), 2),
                             "ood_threshold": round(float(model.ood.threshold), 2),
                             "threshold": round(float(model.threshold), 4)})


def _mode(path: Path) -> str:
    return oct(stat.S_IMODE(path.stat().st_mode))


def check_database(database: Any, data_dir: Path) -> PartResult:
    """SQLite: the data directory writable, 0700, its database file 0600 and its schema version
    (read only; nothing is created or migrated). A server: reachable and its schema version."""
    from triage.store.url import DatabaseUrl

    if isinstance(database, DatabaseUrl) and database.is_postgresql:
        return _check_server(database)
    details: dict[str, Any] = {"backend": "sqlite", "data_dir": str(data_dir)}
    problems = []
    if data_dir.exists():
        details["data_dir_mode"] = _mode(data_dir)
        if stat.S_IMODE(data_dir.stat().st_mode) & 0o077:
            problems.append(f"{data_dir} is {_mode(data_dir)}: others can read patient data "
                            "(expected 0o700)")
        try:
            with tempfile.NamedTemporaryFile(dir=data_dir, prefix=".selfcheck-"):
                pass
            details["writable"] = True
        except OSError as exc:
            details["writable"] = False
            problems.append(f"{data_dir} is not writable: {exc.strerror or exc}")
    else:
        parent = next((p for p in data_dir.parents if p.exists()), Path("/"))
        details["writable"] = os.access(parent, os.W_OK)
        details["will_create"] = True
        if not details["writable"]:
            problems.append(f"{data_dir} does not exist and {parent} is not writable")
    db_path = Path(getattr(database, "path", None) or data_dir / "triage.db")
    details["database"] = str(db_path)
    if db_path.exists():
        details["database_mode"] = _mode(db_path)
        if stat.S_IMODE(db_path.stat().st_mode) & 0o077:
            problems.append(f"{db_path} is {_mode(db_path)} (expected 0o600)")
        try:
            con = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
            try:
                names = [r[0] for r in con.execute(
                    "SELECT name FROM _sqlite_migrations WHERE migration_set = 'triage' ORDER BY name")]
            finally:
                con.close()
            details["schema_version"] = names[-1] if names else None
        except sqlite3.Error as exc:
            problems.append(f"{db_path} cannot be read: {exc}")
    else:
        details["schema_version"] = None  # created on first start
    return PartResult(not problems, details, "; ".join(problems))


def _check_server(database: Any) -> PartResult:
    import psycopg

    details: dict[str, Any] = {"backend": "postgresql", "server": database.display()}
    try:
        with psycopg.connect(database.conninfo(), connect_timeout=5) as conn:
            exists = conn.execute("SELECT to_regclass('schema_migrations')").fetchone()[0]
            names = [r[0] for r in conn.execute(
                "SELECT name FROM schema_migrations WHERE migration_set = 'triage' ORDER BY name")
            ] if exists else []
        details["schema_version"] = names[-1] if names else None
        return PartResult(True, details)
    except Exception as exc:  # any driver error: the server is not usable from here
        return PartResult(False, details, f"the clinic server is not reachable: {exc}")


def _timed(timings: dict[str, float], name: str, check: Callable[[], PartResult]) -> PartResult:
    start = time.perf_counter()
    try:
        result = check()
    except Exception as exc:  # a self-check reports, it never crashes: name the part and why
        result = PartResult(False, {}, f"{type(exc).__name__}: {exc}")
    timings[name] = time.perf_counter() - start
    return result


def run_self_check(database: Any, data_dir: Path, *,
                   gui_check: Callable[[], PartResult] | None = None) -> SelfCheckReport:
    """Every part, each timed; ``gui_check`` (from ``ui``) opens the main window offscreen."""
    timings: dict[str, float] = {}
    models = _timed(timings, "models_s", check_models)
    engine = _timed(timings, "engine_s", check_engine)
    image = _timed(timings, "image_model_s", check_image_model)
    db = _timed(timings, "database_s", lambda: check_database(database, Path(data_dir)))
    gui = (_timed(timings, "gui_s", gui_check) if gui_check is not None
           else PartResult(False, {}, "not checked (no GUI check given)"))
    return SelfCheckReport(version=__version__, python=sys.version.split()[0], models=models,
                           engine=engine, image_model=image, database=db, gui=gui, timings=timings)
