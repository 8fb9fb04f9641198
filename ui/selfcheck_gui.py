"""The self-check's GUI part: the desktop opens its sign-in and main window offscreen.

It builds the real windows (``LoginDialog``, ``MainWindow``) on a throw-away installation in a
temporary folder with its own first administrator, so the check touches no patient data and
proves that Qt, its platform plugin, the style and every first screen can be created here.
"""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

from triage.selfcheck import PartResult


def gui_check() -> PartResult:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"  # headless: IT runs it over SSH
    from PySide6.QtWidgets import QApplication

    from triage.store import CaseStore
    from ui.app import apply_style
    from ui.context import AppContext
    from ui.login import LOGIN, LoginDialog
    from ui.main_window import MainWindow

    start = time.perf_counter()
    app = QApplication.instance() or QApplication([])
    apply_style(app)
    details: dict = {"platform": app.platformName()}
    with tempfile.TemporaryDirectory(prefix="triage-selfcheck-") as tmp:
        # the throw-away installation's session key goes with it, not into the user's keys
        os.environ["TRIAGE_KEY_DIR"] = str(Path(tmp) / "keys")
        store = CaseStore(Path(tmp) / "desk")
        try:
            admin = store.accounts.create_first_admin("selfcheck", "Self check", "self-check secret 1")
            login = LoginDialog(store, LOGIN)
            login.show()
            app.processEvents()
            details["sign_in_window_s"] = round(time.perf_counter() - start, 3)
            login.close()
            window = MainWindow(AppContext(store=store, data_dir=store.data_dir, user=admin))
            window.show()
            app.processEvents()
            details["main_window_s"] = round(time.perf_counter() - start, 3)
            details["tabs"] = window.tab_names()
            window.close()
            window.deleteLater()
            app.processEvents()
        finally:
            store.close()
    return PartResult(bool(details["tabs"]), details, "" if details["tabs"] else "the main window has no tabs")
