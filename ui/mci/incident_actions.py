"""The Incident menu: declare a mass-casualty incident, end it.

Only for users whose roles carry ``run_incident`` (clinicians and administrators), and only when it
makes sense: "Declare incident…" while none is open, "End incident…" while one is. What is open
is what the banner last read (its worker polls every few seconds), so the menu never asks the
store on the GUI thread; the store checks the permission again, and one incident at a time, when
the call runs in a worker. A refusal is said in a message box in words; anything unexpected goes
to the app's error report. The banner re-reads right after, which swaps the Mass casualty tab in
or out on this desk (the other desks follow on their next poll).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QDateTime, QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (QDateTimeEdit, QDialog, QDialogButtonBox, QFormLayout, QLineEdit,
                               QMenu, QMenuBar, QMessageBox, QWidget)

from triage.errors import TriageError
from triage.mci.records import Incident
from triage.store.auth import Permission, permissions_of
from ui.context import AppContext
from ui.mci.banner import IncidentBanner
from ui.server_link import store_runner
from ui.widgets.workers import Task


class DeclareDialog(QDialog):
    """Name (required), place, and the incident's time (now unless changed)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("DeclareIncidentDialog")
        self.setWindowTitle(self.tr("Declare a mass-casualty incident"))
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. Bus crash, Route 9"))
        self.place = QLineEdit()
        self.place.setPlaceholderText(self.tr("where it happened (optional)"))
        self.when = QDateTimeEdit(QDateTime.currentDateTime())
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Declare"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.name.textChanged.connect(self._check)
        form = QFormLayout(self)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Place"), self.place)
        form.addRow(self.tr("Time"), self.when)
        form.addRow(self.buttons)
        self._check()

    def _check(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.name.text().strip()))

    def values(self) -> tuple[str, str, datetime]:
        """(name, place, time as an aware datetime in the desk's zone)."""
        when = self.when.dateTime().toPython().astimezone()
        return self.name.text().strip(), self.place.text().strip(), when


class IncidentActions(QObject):
    """The two actions and their menu; ``done(Incident)`` after a declare or an end is stored."""

    done = Signal(object)

    def __init__(self, ctx: AppContext, banner: IncidentBanner, window: QWidget):
        super().__init__(window)  # no Python reference back to the window: it owns us
        self.ctx, self.banner = ctx, banner
        self.runner = store_runner(self)
        self.busy = False
        self.dialog: DeclareDialog | None = None
        self.declare_action = QAction(self.tr("&Declare incident…"), window)
        self.declare_action.setObjectName("DeclareIncidentAction")
        self.declare_action.triggered.connect(self.open_declare)
        self.end_action = QAction(self.tr("&End incident…"), window)
        self.end_action.setObjectName("EndIncidentAction")
        self.end_action.triggered.connect(lambda: self.end())
        banner.incident_changed.connect(self.update_actions)
        ctx.signals.user_changed.connect(self.update_actions)
        self.update_actions()

    def add_menu(self, menu_bar: QMenuBar) -> QMenu:
        menu = self.menu = menu_bar.addMenu(self.tr("&Incident"))
        menu.addAction(self.declare_action)
        menu.addAction(self.end_action)
        return menu

    def retranslate(self) -> None:
        """The menu's texts again in the interface language (after an account's language)."""
        if getattr(self, "menu", None) is not None:
            self.menu.setTitle(self.tr("&Incident"))
        self.declare_action.setText(self.tr("&Declare incident…"))
        self.end_action.setText(self.tr("&End incident…"))
        self.update_actions()

    def may_run(self) -> bool:
        user = self.ctx.user
        return user is not None and Permission.RUN_INCIDENT in permissions_of(user.roles)

    def update_actions(self, *_args: Any) -> None:
        may = self.may_run() and not self.busy
        open_now = self.banner.state.incident is not None
        self.declare_action.setEnabled(may and not open_now)
        self.end_action.setEnabled(may and open_now)
        tip = "" if self.may_run() else self.tr("Declaring and ending an incident needs a clinician "
                                                "or an administrator")
        self.declare_action.setToolTip(tip)
        self.end_action.setToolTip(tip)

    # ------------------------------------------------------------------ declare
    def open_declare(self) -> DeclareDialog | None:
        if not self.declare_action.isEnabled():
            return None
        dialog = self.dialog = DeclareDialog(self.parent())
        dialog.accepted.connect(lambda: self.declare(*dialog.values()))
        dialog.open()
        return dialog

    def declare(self, name: str, place: str, when: datetime | None = None) -> Task:
        return self._run(self.tr("Declare incident"), self.ctx.store.declare_incident,
                         self.ctx.user, name, place, when)

    # ------------------------------------------------------------------ end
    def end(self, confirm: bool = True) -> Task | None:
        incident = self.banner.state.incident
        if incident is None or not self.end_action.isEnabled():
            return None
        if confirm:
            answer = QMessageBox.question(
                self.parent(), self.tr("End incident"),
                self.tr("End the incident \u201c{name}\u201d? Its tags stay readable and printable, "
                        "but no tag can be added or changed any more.").format(name=incident.name),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return None
        return self._run(self.tr("End incident"), self.ctx.store.end_incident, self.ctx.user,
                         incident.id)

    # ------------------------------------------------------------------ worker
    def _run(self, what: str, fn, *args: Any) -> Task:
        task = Task(fn, *args, with_callbacks=False)
        task.signals.finished.connect(self._finished)
        task.signals.failed.connect(lambda exc, tb: self._failed(what, exc, tb))
        task.signals.cancelled.connect(self._idle)
        self.busy = True
        self.update_actions()
        return self.runner.start(task)

    def _idle(self) -> None:
        self.busy = False
        self.update_actions()

    def _finished(self, incident: Incident) -> None:
        self._idle()
        self.banner.refresh()  # the tab and the menu follow when the banner has re-read
        self.done.emit(incident)

    def _failed(self, what: str, exc: BaseException, trace: str) -> None:
        self._idle()
        self.banner.refresh()  # another desk may have declared or ended it meanwhile
        if isinstance(exc, (TriageError, ValueError)):
            QMessageBox.warning(self.parent(), what, self.tr("{what} refused: {error}").format(
                what=what, error=exc))
            return
        report = getattr(self.parent(), "report_worker_error", None)
        if report:
            report(f"{type(exc).__name__}: {exc}", trace)
