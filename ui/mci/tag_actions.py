"""What the desk does to the patient selected on the incident board, and the board's printing.

Re-tag (the tag form again, pre-filled; a new version, history kept), override the category with a
required reason, "moved to" (an area, a hospital or a transport unit), the history of the tag, and
the printable tags and incident report. Every store call and every file runs in a worker; the
store checks the permission and writes the audit row, so the buttons a user may not use are only
hidden here, and a refusal is said in words on the board.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout,
                               QHBoxLayout, QLabel, QLineEdit, QPushButton, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from triage.errors import StorageError, TriageError
from triage.export.mci_report import write_incident_file
from triage.mci.algorithms import CATEGORIES, COLOURS
from triage.mci.records import MciTag
from triage.store.auth import Permission, permissions_of
from ui.context import AppContext
from ui.mci.board import (MOVE_KINDS, IncidentBoard, local_time,
                          moved_text)
from ui.mci.tag_form import TagForm
from ui.mci.words import category_word, colour_word, reason_text
from ui.server_link import store_runner
from ui.widgets.workers import Task

translate = QCoreApplication.translate


def category_title(category: str) -> str:
    """'immediate (RED)' in the interface language."""
    return f"{category_word(category)} ({colour_word(COLOURS[category])})"


def refusal_text(what: str, exc: BaseException) -> tuple[str, bool]:
    """The words for a failed write or file, and whether it is unexpected (to report)."""
    if isinstance(exc, StorageError):
        return translate("TagActions", "{what}: not saved ({error})").format(what=what, error=exc), False
    if isinstance(exc, (TriageError, ValueError)):
        return translate("TagActions", "{what} refused: {error}").format(what=what, error=exc), False
    if isinstance(exc, OSError):
        return translate("TagActions", "{what} failed: {error}").format(
            what=what, error=exc.strerror or exc), False
    return translate("TagActions", "{what} failed ({error})").format(
        what=what, error=type(exc).__name__), True


class OverrideDialog(QDialog):
    """The nurse's category over the algorithm's; OK only once a reason is typed."""

    def __init__(self, tag: MciTag, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Override the category of tag {number}").format(number=tag.tag_number))
        self.category = QComboBox()
        for c in CATEGORIES:
            self.category.addItem(category_title(c), c)
        self.category.setCurrentIndex(max(0, self.category.findData(tag.category)))
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("why the algorithm's category is not right (required)"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reason.textChanged.connect(self._check)
        self.category.currentIndexChanged.connect(self._check)
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("The algorithm said {category}.").format(
            category=category_title(tag.computed_category))))
        form.addRow(self.tr("Category"), self.category)
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow(self.buttons)
        self._check()

    def _check(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.reason.text().strip()))

    def values(self) -> tuple[str, str]:
        return self.category.currentData(), self.reason.text().strip()


class MoveDialog(QDialog):
    """Where the patient went: an area, a hospital or a transport unit, and its name."""

    def __init__(self, tag: MciTag, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Tag {number} moved to").format(number=tag.tag_number))
        self.kind = QComboBox()
        for key, title in MOVE_KINDS.items():
            self.kind.addItem(translate("IncidentBoard", title), key)
        self.place = QLineEdit()
        self.place.setPlaceholderText(self.tr("e.g. Resus 2, St Mary's, Ambulance 14"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.place.textChanged.connect(lambda t: self.buttons.button(
            QDialogButtonBox.StandardButton.Ok).setEnabled(bool(t.strip())))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        form = QFormLayout(self)
        form.addRow(self.tr("Moved to"), self.kind)
        form.addRow(self.tr("Name"), self.place)
        form.addRow(self.buttons)

    def value(self) -> str:
        return f"{self.kind.currentData()}: {self.place.text().strip()}"


class HistoryDialog(QDialog):
    """Every version of one tag, oldest first (filled when the worker has read it)."""

    COLUMNS = ("Version", "Time", "Event", "Category", "By", "Detail")

    def __init__(self, tag: MciTag, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("History of tag {number}").format(number=tag.tag_number))
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setHorizontalHeaderLabels([
            self.tr("Version"), self.tr("Time"), self.tr("Event"), self.tr("Category"),
            self.tr("By"), self.tr("Detail")])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.status = QLabel(self.tr("Reading…"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.resize(760, 320)

    def show_versions(self, versions: list[MciTag]) -> None:
        events = {"tag": self.tr("tagged"), "retag": self.tr("re-tagged"),
                  "override": self.tr("overridden"), "disposition": self.tr("moved")}
        self.table.setRowCount(len(versions))
        for row, v in enumerate(versions):
            detail = {"override": v.override_reason, "disposition": moved_text(v.moved_to)}.get(
                v.event, "; ".join(reason_text(r) for r in v.reasons))
            if v.overridden and v.event != "override":
                detail = self.tr("override in force: {reason}").format(reason=v.override_reason)
            cells = (str(v.version), local_time(v.written_at), events.get(v.event, v.event),
                     category_title(v.category), v.written_by, detail)
            for col, text in enumerate(cells):
                self.table.setItem(row, col, QTableWidgetItem(text))
        self.status.setText("")

    def show_error(self, text: str) -> None:
        self.status.setText(text)


class RetagDialog(QDialog):
    """The tag form again on one patient, pre-filled; closes once the new version is stored."""

    def __init__(self, ctx: AppContext, board: IncidentBoard, tag: MciTag, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Re-tag {number}").format(number=tag.tag_number))
        self.form = TagForm(ctx, board.incident, retag=tag)
        self.form.saved.connect(lambda _t: self.accept())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(buttons)
        self.form.answer.setFocus()


class TagActions(QWidget):
    """The button row under the board; ``written(MciTag)`` after each write of this desk."""

    written = Signal(object)
    file_written = Signal(object)  # the Path of a tags / report file

    def __init__(self, ctx: AppContext, board: IncidentBoard, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("MciTagActions")
        self.ctx, self.board = ctx, board
        self.runner = store_runner(self, concurrent=True)  # two quick writes never cancel each other
        self.dialog: QDialog | None = None
        self.retag_button = QPushButton(self.tr("Re-tag…"))
        self.override_button = QPushButton(self.tr("Override category…"))
        self.move_button = QPushButton(self.tr("Moved to…"))
        self.history_button = QPushButton(self.tr("History…"))
        self.tags_button = QPushButton(self.tr("Print tags (PDF)…"))
        self.report_button = QPushButton(self.tr("Incident report (PDF / CSV)…"))
        self.retag_button.clicked.connect(self.open_retag)
        self.override_button.clicked.connect(self.open_override)
        self.move_button.clicked.connect(self.open_move)
        self.history_button.clicked.connect(self.open_history)
        self.tags_button.clicked.connect(lambda: self.print_tags())
        self.report_button.clicked.connect(lambda: self.print_report())
        self.status = QLabel()
        self.status.setObjectName("MciActionStatus")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.RichText)
        row = QHBoxLayout()
        for b in (self.retag_button, self.override_button, self.move_button, self.history_button):
            row.addWidget(b)
        row.addStretch(1)
        row.addWidget(self.tags_button)
        row.addWidget(self.report_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.status)
        may_tag = ctx.user is not None and Permission.MCI_TAG in permissions_of(ctx.user.roles)
        for b in (self.retag_button, self.override_button, self.move_button):
            b.setVisible(may_tag)  # the store refuses anyway; this only spares the attempt
        board.selection_changed.connect(self._selection)
        self._selection(board.selected)

    def _selection(self, tag: MciTag | None) -> None:
        for b in (self.retag_button, self.override_button, self.move_button, self.history_button):
            b.setEnabled(tag is not None)

    def say(self, text: str, *, error: bool = False) -> None:
        style = "color: #B71C1C; font-weight: bold" if error else ""
        self.status.setText(f'<span style="{style}">{html.escape(text)}</span>')

    # ------------------------------------------------------------------ on the selected tag
    def open_retag(self) -> RetagDialog | None:
        tag = self.board.selected
        if tag is None:
            return None
        dialog = self.dialog = RetagDialog(self.ctx, self.board, tag, self)
        dialog.form.saved.connect(lambda stored: self._written(
            self.tr("Re-tag of {number}").format(number=stored.tag_number), stored))
        dialog.open()
        return dialog

    def open_override(self) -> OverrideDialog | None:
        tag = self.board.selected
        if tag is None:
            return None
        dialog = self.dialog = OverrideDialog(tag, self)
        dialog.accepted.connect(lambda: self.write(
            self.tr("Override of {number}").format(number=tag.tag_number), self.ctx.store.override_tag,
            tag.tag_number, *dialog.values()))
        dialog.open()
        return dialog

    def open_move(self) -> MoveDialog | None:
        tag = self.board.selected
        if tag is None:
            return None
        dialog = self.dialog = MoveDialog(tag, self)
        dialog.accepted.connect(lambda: self.write(
            self.tr("Move of {number}").format(number=tag.tag_number), self.ctx.store.move_tag,
            tag.tag_number, dialog.value()))
        dialog.open()
        return dialog

    def open_history(self) -> HistoryDialog | None:
        tag = self.board.selected
        if tag is None:
            return None
        dialog = self.dialog = HistoryDialog(tag, self)
        task = Task(self.ctx.store.tag_history, self.ctx.user, self.board.incident.id,
                    tag.tag_number, with_callbacks=False)
        task.signals.finished.connect(dialog.show_versions)
        task.signals.failed.connect(lambda exc, tb: self._failed(
            self.tr("History"), exc, tb, dialog.show_error))
        self.runner.start(task)
        dialog.open()
        return dialog

    def write(self, what: str, fn, *args) -> Task:
        """``fn(user, incident_id, *args)`` in a worker; the board re-reads when it is stored."""
        task = Task(fn, self.ctx.user, self.board.incident.id, *args, with_callbacks=False)
        task.signals.finished.connect(lambda stored: self._written(what, stored))
        task.signals.failed.connect(lambda exc, tb: self._failed(what, exc, tb))
        self.say(self.tr("{what}: saving…").format(what=what))
        return self.runner.start(task)

    def _written(self, what: str, stored: MciTag) -> None:
        self.say(self.tr("{what}: saved — now {category}").format(
            what=what, category=category_title(stored.category)))
        self.board.refresh()
        self.written.emit(stored)

    def _failed(self, what: str, exc: BaseException, trace: str, show=None) -> None:
        text, unexpected = refusal_text(what, exc)
        self.say(text, error=True)
        if show is not None:
            show(text)
        if unexpected:
            report = getattr(self.window(), "report_worker_error", None)
            if report:
                report(f"{type(exc).__name__}: {exc}", trace)

    # ------------------------------------------------------------------ printing
    def _ask_path(self, title: str, name: str, filters: str) -> tuple[str, str]:
        return QFileDialog.getSaveFileName(self, title, str(Path.home() / name), filters)

    def print_tags(self, path: str | Path | None = None) -> Task | None:
        """One printable label per patient (the tag in force), to a PDF the user names."""
        if path is None:
            path, _ = self._ask_path(self.tr("Print tags to"),
                                     f"incident-{self.board.incident.id}-tags.pdf", self.tr("PDF (*.pdf)"))
        if not path:
            return None
        return self._write_file(self.tr("Tags"), "tags_pdf", Path(path).with_suffix(".pdf"))

    def print_report(self, path: str | Path | None = None) -> Task | None:
        """The incident report: a PDF, or a CSV of every tag version when the name ends in .csv."""
        chosen = ""
        if path is None:
            path, chosen = self._ask_path(self.tr("Save the incident report to"),
                                          f"incident-{self.board.incident.id}-report.pdf",
                                          self.tr("PDF report (*.pdf);;CSV, one row per tag version (*.csv)"))
        if not path:
            return None
        path = Path(path)
        if path.suffix.lower() not in (".pdf", ".csv"):
            path = path.with_suffix(".csv" if "csv" in chosen.lower() else ".pdf")
        kind = "csv" if path.suffix.lower() == ".csv" else "report_pdf"
        return self._write_file(self.tr("Incident report"), kind, path)

    def _write_file(self, what: str, kind: str, path: Path) -> Task:
        task = Task(write_incident_file, self.ctx.store, self.ctx.user, self.board.incident.id,
                    kind, path, with_callbacks=False)
        task.signals.finished.connect(lambda written: self._file_done(what, written))
        task.signals.failed.connect(lambda exc, tb: self._failed(what, exc, tb))
        self.say(self.tr("{what}: writing {path}…").format(what=what, path=path))
        return self.runner.start(task)

    def _file_done(self, what: str, path: Path) -> None:
        self.say(self.tr("{what} written to {path}").format(what=what, path=path))
        self.file_written.emit(path)
