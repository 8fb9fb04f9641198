"""Installation settings an administrator chooses: the triage scale (KTAS or ESI).

The choice is saved by the store (permission-checked there and audited); once saved, the desk
switches at once (``scales.use`` + ``scale_changed``) so the worklist, badges, suggestions and
exports speak the new scale. Other desks pick it up at their next sign-in.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from triage import scales
from triage.errors import TriageError

from ui.context import AppContext
from ui.widgets.workers import Task, TaskRunner


class SettingsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("SettingsPage")
        self.runner = TaskRunner(self)
        intro = QLabel(self.tr("The triage scale names the five levels, sets their target times and colours "
                       "and decides how the engine expresses its suggestion, on every desk of this "
                       "installation. Changing it is written to the audit log; the level numbers of "
                       "saved cases are kept as they are."))
        intro.setWordWrap(True)
        self.scale = QComboBox()
        self.scale.setObjectName("triage_scale")
        for code, scale in scales.SCALES.items():
            self.scale.addItem(scale.title, code)
        self.apply_button = QPushButton(self.tr("Use this scale"))
        self.apply_button.clicked.connect(self.apply)
        self.status = QLabel("")
        self.status.setObjectName("SettingsStatus")
        self.status.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Triage scale"), self.scale)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.apply_button)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.refresh()

    def refresh(self) -> None:
        """Show the scale in force (the store's value; the desk already uses it)."""
        self.scale.setCurrentIndex(max(0, self.scale.findData(scales.active().code)))
        self.status.setText(self.tr("In use: {0}.").format(scales.active().title))

    def apply(self) -> Task:
        code = self.scale.currentData()
        task = Task(self.ctx.store.set_triage_scale, self.ctx.user, code, with_callbacks=False)
        task.signals.finished.connect(self._saved)
        task.signals.failed.connect(self._failed)
        self.apply_button.setEnabled(False)
        self.status.setText(self.tr("Saving…"))
        return self.runner.start(task)

    def _saved(self, code: str) -> None:
        self.apply_button.setEnabled(True)
        scales.use(code)
        self.status.setText(self.tr("In use: {0} (saved and audited).").format(scales.active().title))
        self.ctx.signals.scale_changed.emit(code)

    def _failed(self, exc: BaseException, _tb: str) -> None:
        self.apply_button.setEnabled(True)
        reason = str(exc) if isinstance(exc, (TriageError, ValueError)) else f"{type(exc).__name__}: {exc}"
        self.status.setText(self.tr("Not changed: {0}").format(reason))
        self.scale.setCurrentIndex(max(0, self.scale.findData(scales.active().code)))
