"""The red incident banner: 'Mass-casualty incident: NAME — red N, yellow N, green N, black N'.

Every desk shows it while an incident is open, so nobody at the installation triages as if it
were a normal day. It reads the open incident and its counts in a worker on a timer (like the
worklist's refresh): the GUI thread never waits on the database.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QLabel, QWidget

from triage.mci.records import Incident
from ui.context import AppContext
from ui.widgets.workers import Task, TaskRunner

REFRESH_MS = 5000


@dataclass(frozen=True)
class BoardState:
    """What the banner shows: the open incident (None: none open) and patients per colour."""

    incident: Incident | None
    counts: dict[str, int]


def read_board(store, user) -> BoardState:
    """Worker side: the open incident and its counts (no counts without a signed-in user)."""
    incident = store.open_incident()
    if incident is None or user is None:
        return BoardState(incident, {})
    return BoardState(incident, store.incident_counts(user, incident.id))


class IncidentBanner(QLabel):
    """Hidden while no incident is open; ``incident_changed`` tells the window to offer the tag
    form (the Incident, or None when it ends)."""

    incident_changed = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, refresh_ms: int = REFRESH_MS):
        super().__init__(parent)
        self.setObjectName("IncidentBanner")
        self.setWordWrap(True)
        self.setStyleSheet("background: #C62828; color: white; font-weight: bold; "
                           "font-size: 16pt; padding: 8px")
        self.ctx = ctx
        self.state = BoardState(None, {})
        self.runner = TaskRunner(self)
        self._live: set[Task] = set()
        self.timer = QTimer(self)
        self.timer.setInterval(refresh_ms)
        self.timer.timeout.connect(self.refresh)
        ctx.signals.store_changed.connect(self.refresh)  # another desk's tag, pushed
        self._pushed = True
        self.setVisible(False)
        self.timer.start()
        QTimer.singleShot(0, self.refresh)

    def refresh(self) -> Task:
        """Read again off the GUI thread (also called right after this desk saves a tag)."""
        task = Task(read_board, self.ctx.store, self.ctx.user, with_callbacks=False)
        task.signals.finished.connect(self._show)
        task.signals.failed.connect(lambda *_a: None)  # kept as it was; the next tick retries
        self._live.add(task)  # a superseded task still runs: keep it alive until it reports
        for sig in (task.signals.finished, task.signals.failed, task.signals.cancelled):
            sig.connect(lambda *_a, t=task: self._live.discard(t))
        return self.runner.start(task)

    def _show(self, state: BoardState) -> None:
        before = self.state.incident.id if self.state.incident else None
        self.state = state
        if state.incident is None:
            self.setText("")
            self.setVisible(False)
        else:
            c = state.counts
            self.setText(self.tr("Mass-casualty incident: {name} — red {red}, yellow {yellow}, "
                                 "green {green}, black {black}").format(
                name=state.incident.name, red=c.get("red", 0), yellow=c.get("yellow", 0),
                green=c.get("green", 0), black=c.get("black", 0)))
            self.setVisible(True)
        after = state.incident.id if state.incident else None
        if after != before:
            self.incident_changed.emit(state.incident)

    def stop(self) -> None:
        self.timer.stop()
        if self._pushed:  # stop() may run twice (incident ended, then the window closes)
            self._pushed = False
            self.ctx.signals.store_changed.disconnect(self.refresh)
        self.runner.cancel()
