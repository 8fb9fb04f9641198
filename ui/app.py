"""Start the desktop app: Qt application, style, exception hooks, store, login, main window.

The login window comes first and fast; the engine and image model load in the background while
the user signs in (the app works on the rules alone until they arrive).
"""

from __future__ import annotations

import math
import os
import sys
from pathlib import Path

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

from triage import scales
from triage.engine.operating_point import OperatingPoint, use_site_points
from triage.errors import TriageError
from triage.store.url import DatabaseUrl

from ui.context import AppContext
from ui.error_dialog import ErrorReporter
from ui.login import DEFAULT_IDLE_MINUTES, FIRST_ADMIN, LOGIN, LoginDialog
from ui.main_window import MainWindow
from ui.server_link import call_store, link_of
from ui.widgets.model_loader import ModelLoader
from ui.widgets.wheel_guard import install_wheel_guard

REPO = Path(__file__).resolve().parent.parent
STYLE = REPO / "resources" / "style.qss"
IDLE_ENV = "TRIAGE_IDLE_LOCK_MINUTES"
# bench/bench_startup.py: "1" prints when the sign-in window is on screen; "exit" then quits.
STARTUP_PROBE_ENV = "TRIAGE_STARTUP_PROBE"
WORKER_THREADS = 8


MAX_IDLE_MINUTES = 24 * 60  # a desk left signed in longer than a day is not "locked when idle"


def idle_minutes_from_env() -> float:
    """Auto-lock delay: ``TRIAGE_IDLE_LOCK_MINUTES`` (a number of minutes, more than 0 and at most
    a day) or 10 minutes. Anything else ("inf", "nan", "-5", "ten") is said on stderr and the
    default is used: a value Qt's timer cannot hold once raised OverflowError at start-up."""
    raw = os.environ.get(IDLE_ENV)
    if raw is None or raw.strip() == "":
        return DEFAULT_IDLE_MINUTES
    try:
        minutes = float(raw)
    except ValueError:
        minutes = float("nan")
    if not math.isfinite(minutes) or not 0 < minutes <= MAX_IDLE_MINUTES:
        print(f"warning: {IDLE_ENV}={raw!r} is not a number of minutes between 0 and "
              f"{MAX_IDLE_MINUTES}; locking after {DEFAULT_IDLE_MINUTES:g} minutes idle",
              file=sys.stderr)
        return DEFAULT_IDLE_MINUTES
    return minutes


def apply_style(app: QApplication) -> None:
    app.setApplicationName("Triage Desk")
    app.setOrganizationName("TriageDesk")
    app.setStyle("Fusion")
    if STYLE.exists():
        app.setStyleSheet(STYLE.read_text(encoding="utf-8"))


class DeskApp(QObject):
    """One desk session: login (or first administrator), then the main window; back on sign-out."""

    window_shown = Signal(object)  # the MainWindow
    quit_requested = Signal()

    def __init__(self, data_dir: Path, *, database: DatabaseUrl | None = None,
                 idle_minutes: float | None = None, language: str | None = None,
                 load_models: bool = True, show_error_dialogs: bool = True):
        super().__init__()
        from triage.store import CaseStore

        # Workers mostly wait (on the model process, the image reader, SQLite, argon2): with the
        # default of one thread per core, two waiting model loads would hold up the login itself.
        pool = QThreadPool.globalInstance()
        pool.setMaxThreadCount(max(pool.maxThreadCount(), WORKER_THREADS))
        install_wheel_guard(QApplication.instance())  # a wheel passing over a control changes nothing
        from triage.store.connection import private_folder

        # 0700 from the start (a plain mkdir would leave the installation folder 0755 under the
        # usual umask: found by the installed build's self-check).
        self.data_dir = private_folder(Path(data_dir))
        self.reporter = ErrorReporter(self.data_dir, show_dialog=show_error_dialogs)
        self.reporter.install()
        # The database: this folder's SQLite file, or a clinic server (--database).
        self.store = CaseStore(database or self.data_dir)
        # --language (None: the system locale's): the sign-in window's and the default of an
        # account without its own; an account's own language wins once it has signed in.
        self.ctx = AppContext(store=self.store, data_dir=self.data_dir, language=language)
        # Partial files (patient data) of an export killed last time: removed off the GUI thread.
        from triage.export.leftovers import sweep

        leftover_dir = self.store.data_dir
        pool.start(lambda: sweep(leftover_dir))
        self.loader = ModelLoader(self.ctx, self)
        self.load_models = load_models
        self.idle_minutes = idle_minutes if idle_minutes is not None else idle_minutes_from_env()
        self.window: MainWindow | None = None
        self.login: LoginDialog | None = None

    def start(self) -> LoginDialog | None:
        """Show the login window now (on a server: as soon as it said whether an account
        exists); models start loading right after it is on screen."""
        dialog = self.show_login()
        if self.load_models:
            QTimer.singleShot(0, self.loader.start)
        return dialog

    def show_login(self) -> LoginDialog | None:
        """The sign-in window (or the first administrator's, on an installation without
        accounts). The question is the store's: inline on SQLite, a worker on a server (the
        dialog then appears when it answers; None returned meanwhile)."""
        call_store(None, self.store, self.store.needs_first_admin, link=link_of(self.ctx),
                   done=lambda first: self._open_login(FIRST_ADMIN if first else LOGIN),
                   failed=lambda *_a: self._open_login(LOGIN))  # signing in then says why
        return self.login

    def _open_login(self, mode: str) -> LoginDialog:
        self.login = LoginDialog(self.store, mode)
        self.login.accepted.connect(self._signed_in)
        self.login.rejected.connect(self._login_cancelled)
        self.login.show()
        self.login.raise_()  # in front of the main window after a sign-out, not behind it
        self.login.activateWindow()
        probe = os.environ.get(STARTUP_PROBE_ENV, "")
        if probe:
            print(f"startup-probe: sign-in window shown ({mode})", file=sys.stderr, flush=True)
            if probe == "exit":
                QTimer.singleShot(0, self.quit_requested.emit)
        return self.login

    def _signed_in(self) -> None:
        user = self.login.user if self.login else None
        self.login = None
        if user is None:
            return
        # The installation's scale (another desk's administrator may have changed it since),
        # read like every store call (a worker on a server); the last known one if it fails.
        # Its calibrated lines with it: each suggestion is drawn on the site's own line.
        call_store(None, self.store, lambda: installation_lines(self.store), link=link_of(self.ctx),
                   done=lambda found: self._open_window(user, found),
                   failed=lambda *_a: self._open_window(user, None))

    def _open_window(self, user, found: tuple[str, dict] | None) -> None:
        if found is not None:
            scale, lines = found
            scales.use(scale)
            use_site_points(lines)
        if self.window is None:
            self.ctx.user = user
            self.window = MainWindow(self.ctx, self.loader, idle_minutes=self.idle_minutes,
                                     report_error=self.reporter.report_text)
            self.window.signed_out.connect(self.show_login)
        else:
            self.window.set_user(user)
        self.window.show()
        self.window_shown.emit(self.window)

    def _login_cancelled(self) -> None:
        self.login = None
        self.quit_requested.emit()

    def shutdown(self) -> None:
        if self.window is not None:
            self.window.close_without_asking()
        self.reporter.uninstall()
        self.loader.shutdown()
        if self.ctx.server is not None:
            self.ctx.server.stop()
        QThreadPool.globalInstance().waitForDone(30_000)
        from ui.server_link import store_pool

        # a worker stuck on a dead socket must not hold the quit for long: TCP gives up in ~10 s
        store_pool().waitForDone(15_000)
        self.store.close()


def run_app(data_dir: Path, database: DatabaseUrl | None = None,
            language: str | None = None) -> int:
    """Run the desktop app on ``data_dir`` until the last window closes; returns the exit code.

    ``language`` (``--language``; None: the system locale's) is installed before any window."""
    app = QApplication.instance() or QApplication(sys.argv)
    from ui.i18n import install_translators

    app._translators = install_translators(app, language)  # kept: a collected one is removed
    apply_style(app)
    try:
        desk = DeskApp(data_dir, database=database, language=language)
    except (OSError, TriageError) as exc:  # read-only, missing or full data folder: say so, clearly
        detail = str(exc) if isinstance(exc, TriageError) else (exc.strerror or str(exc))
        message = f"Triage Desk cannot use the data folder {data_dir}: {detail}"
        print(f"error: {message}", file=sys.stderr)
        QMessageBox.critical(None, "Triage Desk cannot start",
                             f"{message}\n\nStart it with another folder (--data-dir), or check "
                             "the folder's permissions and free space. Nothing was changed.")
        return 2
    desk.quit_requested.connect(app.quit)
    desk.start()
    try:
        return app.exec()
    finally:
        desk.shutdown()


def installation_lines(store) -> tuple[str, dict[str, OperatingPoint]]:
    """The installation's scale and its site-calibrated lines (``main.py calibrate``), read in a
    worker at sign-in: a line another desk's administrator fitted applies from the next sign-in."""
    lines = {}
    for code in scales.SCALES:
        current = store.calibration(code)
        if current is not None:
            lines[code] = OperatingPoint.from_dict(current.as_point())
    return store.triage_scale(), lines

