"""The Mass casualty tab while an incident is open: the tag form beside the incident board.

The form stays on the left, where the keyboard lands (``first_field``); the board, its actions on
the selected patient and its printing on the right. Whatever this desk stores — a new tag from
the form, a re-tag, override or move from the board — refreshes the board at once and is
announced by ``saved`` (the window refreshes the banner with it).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QSplitter, QVBoxLayout, QWidget

from triage.mci.records import Incident
from ui.context import AppContext
from ui.mci.board import IncidentBoard
from ui.mci.tag_actions import TagActions
from ui.mci.tag_form import TagForm


class MciScreen(QWidget):
    """``form`` (TagForm), ``board`` (IncidentBoard) and ``actions`` (TagActions) of ``incident``."""

    saved = Signal(object)  # an MciTag this desk stored

    def __init__(self, ctx: AppContext, incident: Incident, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("MciScreen")
        self.ctx, self.incident = ctx, incident
        self.form = TagForm(ctx, incident)
        self.board = IncidentBoard(ctx, incident)
        self.actions = TagActions(ctx, self.board)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.board, 1)
        right_layout.addWidget(self.actions)
        self.form.setMinimumWidth(400)  # the questions and the category stay readable
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.form)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        QHBoxLayout(self).addWidget(splitter)
        self.form.saved.connect(self._form_saved)
        self.actions.written.connect(self.saved.emit)  # the actions refresh the board themselves

    def _form_saved(self, stored) -> None:
        self.board.refresh()
        self.saved.emit(stored)

    def first_field(self) -> QWidget:
        return self.form.first_field()

    def stop(self) -> None:
        """The incident ended or the user signed out: no more refreshes, no late results."""
        self.board.stop()
        self.actions.runner.cancel()

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt API
        self.stop()
        super().closeEvent(event)
