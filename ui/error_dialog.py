"""Last resort for the unexpected: log it, show a copyable report, keep whatever was typed.

``install_hooks`` covers ``sys.excepthook`` and ``threading.excepthook`` (napari's approach). A
thread's exception is handed to the GUI thread through a queued signal; the dialog is non-blocking
(``open()``), so the window behind it and its unsaved form stay as they were.
"""

from __future__ import annotations

import logging
import platform
import sys
import threading
import traceback
from datetime import datetime, timezone
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (QApplication, QDialog, QDialogButtonBox, QLabel, QPlainTextEdit,
                               QPushButton, QVBoxLayout, QWidget)

LOG_NAME = "triage-desk.log"
log = logging.getLogger("triage_desk")


def setup_logging(data_dir: Path) -> Path:
    """Log to ``<data_dir>/logs/triage-desk.log`` (created if needed); returns the file path."""
    from triage.store.connection import private_file, private_folder

    logs = private_folder(Path(data_dir) / "logs")  # 0700: a traceback may name a case
    path = private_file(logs / LOG_NAME)  # 0600
    if not any(isinstance(h, logging.FileHandler) and Path(h.baseFilename) == path
               for h in log.handlers):
        handler = logging.FileHandler(path, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
        log.addHandler(handler)
    log.setLevel(logging.INFO)
    return path


def format_report(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None,
                  where: str = "") -> str:
    """A report to paste into a ticket: versions, time, where, the traceback. No patient data."""
    from PySide6 import __version__ as pyside_version

    lines = [
        "Triage Desk error report",
        f"time (UTC): {datetime.now(timezone.utc).isoformat(timespec='seconds')}",
        f"python {platform.python_version()} · PySide6 {pyside_version} · {platform.platform()}",
    ]
    if where:
        lines.append(f"where: {where}")
    lines.append("")
    lines.extend(traceback.format_exception(exc_type, exc, tb))
    return "\n".join(line.rstrip("\n") for line in lines)


class ErrorDialog(QDialog):
    """Says something went wrong, that the data on screen is kept, and offers the report to copy."""

    def __init__(self, summary: str, report: str, log_path: Path | None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("ErrorDialog")
        self.setWindowTitle(self.tr("Triage Desk — unexpected error"))
        layout = QVBoxLayout(self)
        where = " " + self.tr("It was written to {path}.").format(path=log_path) if log_path else ""
        message = QLabel(
            self.tr("<b>Something went wrong:</b> {summary}<br>What you typed is kept; you can go on "
                    "or save again. Please send the report below to support.").format(summary=summary)
            + where)
        message.setWordWrap(True)
        message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(message)
        self.report_edit = QPlainTextEdit(report)
        self.report_edit.setReadOnly(True)
        self.report_edit.setMinimumSize(560, 240)
        layout.addWidget(self.report_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("Copy report"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_report)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def copy_report(self) -> None:
        QGuiApplication.clipboard().setText(self.report_edit.toPlainText())


class ErrorReporter(QObject):
    """Receives every unhandled exception (any thread), logs it and shows one dialog on the GUI."""

    reported = Signal(str, str)  # summary, report — queued to the GUI thread

    def __init__(self, data_dir: Path, parent: QObject | None = None, *, show_dialog: bool = True):
        super().__init__(parent)
        self.log_path = setup_logging(data_dir)
        self.show_dialog = show_dialog
        self.dialog: ErrorDialog | None = None
        self.reports: list[str] = []
        self.reported.connect(self._on_reported, Qt.ConnectionType.QueuedConnection)
        self._previous_sys_hook = None
        self._previous_thread_hook = None

    def install(self) -> None:
        self._previous_sys_hook = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        sys.excepthook = self.excepthook
        threading.excepthook = self.thread_excepthook

    def uninstall(self) -> None:
        if self._previous_sys_hook is not None:
            sys.excepthook = self._previous_sys_hook
            threading.excepthook = self._previous_thread_hook
            self._previous_sys_hook = self._previous_thread_hook = None

    def excepthook(self, exc_type: type[BaseException], exc: BaseException,
                   tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            QApplication.quit()
            return
        self.report(exc_type, exc, tb, where=threading.current_thread().name)

    def thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None:
            return
        where = f"thread {args.thread.name}" if args.thread else "a thread"
        self.report(args.exc_type, args.exc_value, args.exc_traceback, where=where)

    def report(self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None,
               where: str = "") -> None:
        """Log now (any thread) and show the dialog on the GUI thread."""
        text = format_report(exc_type, exc, tb, where)
        log.error("unhandled exception\n%s", text)
        summary = f"{exc_type.__name__}: {exc}"[:300]
        self.reported.emit(summary, text)

    def report_text(self, summary: str, text: str) -> None:
        """For a worker's ``failed`` signal that no screen expected (already formatted traceback)."""
        log.error("unhandled worker exception\n%s", text)
        self.reported.emit(summary[:300], text)

    @Slot(str, str)
    def _on_reported(self, summary: str, text: str) -> None:
        self.reports.append(text)
        if not self.show_dialog:
            return
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.report_edit.appendPlainText("\n\n" + text)  # one dialog, not a cascade
            return
        self.dialog = ErrorDialog(summary, text, self.log_path, QApplication.activeWindow())
        self.dialog.open()
