"""The intake's images: drop or pick files; each is read, thumbnailed and assessed in a worker.

``AttachmentsBox`` owns its ``TaskRunner`` (tasks side by side, one per file): clearing the box
cancels what is still being read, so a new intake never receives an image meant for the last one.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QSize, QStandardPaths, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (QCheckBox, QFileDialog, QFrame, QGroupBox, QHBoxLayout, QLabel,
                               QPushButton, QVBoxLayout, QWidget)

from triage.errors import ImageReadError, TriageError
from triage.suggestion import ImageAssessment

from ui.context import AppContext
from ui.intake.jobs import LoadedImage, assess_image, load_image
from ui.widgets.workers import Task, TaskRunner

IMAGE_SUFFIXES = ("*.dcm", "*.dicom", "*.png", "*.jpg", "*.jpeg", "*")


class ImageTile(QFrame):
    """Thumbnail, name, finding and the 'chest radiograph' checkbox of one attached image."""

    removed = Signal(object)
    chest_toggled = Signal(object, bool)

    def __init__(self, item: LoadedImage, parent: QWidget | None = None):
        super().__init__(parent)
        self.item = item
        self.setObjectName("ImageTile")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QHBoxLayout(self)
        thumb = QLabel()
        pm = QPixmap()
        pm.loadFromData(item.thumbnail, "PNG")
        thumb.setPixmap(pm.scaled(QSize(96, 96), Qt.AspectRatioMode.KeepAspectRatio,
                                  Qt.TransformationMode.SmoothTransformation))
        layout.addWidget(thumb)
        col = QVBoxLayout()
        rec = item.record
        col.addWidget(QLabel(f"<b>{html.escape(item.name)}</b> · {html.escape(rec.modality or rec.kind)}"
                             f"{' · ' + html.escape(rec.body_part) if rec.body_part else ''}"))
        self.finding = QLabel()
        self.finding.setObjectName("Finding")
        self.finding.setWordWrap(True)
        col.addWidget(self.finding)
        row = QHBoxLayout()
        self.chest = QCheckBox(self.tr("chest radiograph"))
        self.chest.setObjectName("chest_radiograph")
        self.chest.setToolTip(self.tr("Tick when this photo shows a chest X-ray the model may judge"))
        self.chest.setChecked(item.marked_chest_xray)
        self.chest.setVisible(item.record.kind == "photo")  # DICOM says what it shows itself
        self.chest.toggled.connect(lambda on: self.chest_toggled.emit(self, on))
        remove = QPushButton(self.tr("Remove"))
        remove.clicked.connect(lambda: self.removed.emit(self))
        row.addWidget(self.chest)
        row.addStretch(1)
        row.addWidget(remove)
        col.addLayout(row)
        layout.addLayout(col, 1)
        self.show_assessment(item.assessment, waiting=False)

    def show_assessment(self, assessment: ImageAssessment | None, *, waiting: bool) -> None:
        self.item.assessment = assessment
        if waiting:
            self.finding.setText(self.tr("assessing…"))
        elif assessment is None:
            self.finding.setText(self.tr("not assessed (image model not loaded)"))
        elif assessment.assessed and assessment.probability is not None:
            self.finding.setText(f"<b>{html.escape(assessment.finding)}</b> "
                                 f"(p = {assessment.probability:.2f})")
        else:
            self.finding.setText(html.escape(not_assessed_text(assessment)))


def not_assessed_text(assessment: ImageAssessment) -> str:
    """'not assessed — a CT is not a chest radiograph': the words "not assessed" once, even when
    the reason already starts with them."""
    finding = assessment.finding or "not assessed"
    reason = (assessment.reason or "").strip()
    if reason.lower().startswith(finding.lower()):
        reason = reason[len(finding):].lstrip(" :—-")
    return f"{finding} — {reason}" if reason else finding


def start_folder() -> str:
    """Where "Attach image…" opens: the folder used last in this session, else Documents (the
    program's folder is where the nurse's files never are)."""
    if AttachmentsBox.last_folder and Path(AttachmentsBox.last_folder).is_dir():
        return AttachmentsBox.last_folder
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return docs if docs and Path(docs).is_dir() else str(Path.home())


class AttachmentsBox(QGroupBox):
    """Drop files here or pick them; each is read and assessed in its own worker."""

    changed = Signal()  # an image was added, removed or re-assessed
    last_folder = ""  # the folder the last pick came from (shared by the session's forms)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Images (drop files here)"))
        self.ctx = ctx
        self.setAcceptDrops(True)
        self.tiles: list[ImageTile] = []
        # running tasks by their signals object (the slot's sender): (task, file name, tile)
        self.tasks: dict[QObject, tuple[Task, str, ImageTile | None]] = {}
        self.runner = TaskRunner(self, concurrent=True)
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Attach image…"))
        self.add_button.clicked.connect(self.pick_files)
        row.addWidget(self.add_button)
        self.error_label = QLabel("")
        self.error_label.setObjectName("AttachError")
        self.error_label.setWordWrap(True)
        row.addWidget(self.error_label, 1)
        layout.addLayout(row)
        self.tiles_layout = QVBoxLayout()
        layout.addLayout(self.tiles_layout)
        ctx.signals.image_model_ready.connect(self._model_arrived)

    @property
    def busy(self) -> bool:
        return bool(self.tasks)

    def images(self) -> list[LoadedImage]:
        return [t.item for t in self.tiles]

    def pick_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Attach images"), start_folder(),
            self.tr("Images ({patterns})").format(patterns=" ".join(IMAGE_SUFFIXES)))
        if names:
            AttachmentsBox.last_folder = str(Path(names[0]).parent)
        for name in names:
            self.add_file(Path(name))

    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt API
        for url in event.mimeData().urls():
            if url.isLocalFile():
                self.add_file(Path(url.toLocalFile()))
        event.acceptProposedAction()

    def add_file(self, path: Path | bytes, name: str = "") -> Task:
        name = name or (path.name if isinstance(path, Path) else "image")
        task = Task(load_image, path, name, self.ctx.image_model)
        task.signals.finished.connect(self._loaded)
        task.signals.failed.connect(self._failed)
        self._start(task, name, None)
        self.error_label.setText(self.tr("reading {0}…").format(name))
        return task

    def _start(self, task: Task, name: str, tile: ImageTile | None) -> None:
        self.tasks[task.signals] = (task, name, tile)
        self.runner.start(task)

    def _loaded(self, item: LoadedImage) -> None:
        if self.tasks.pop(self.sender(), None) is None:
            return
        tile = ImageTile(item)
        tile.removed.connect(self.remove_tile)
        tile.chest_toggled.connect(self._reassess)
        self.tiles.append(tile)
        self.tiles_layout.addWidget(tile)
        self.error_label.setText("")
        self.changed.emit()

    def _failed(self, exc: BaseException, tb: str) -> None:
        entry = self.tasks.pop(self.sender(), None)
        if entry is None:
            return
        name = entry[1]
        if isinstance(exc, (ImageReadError, TriageError, OSError)):
            self.error_label.setText(f"{name}: {exc}")
        else:
            self.error_label.setText(self.tr("{0}: could not be read ({1}: {2})").format(name, type(exc).__name__, exc))

    def remove_tile(self, tile: ImageTile) -> None:
        self.tiles.remove(tile)
        tile.setParent(None)
        tile.deleteLater()
        self.changed.emit()

    def _reassess(self, tile: ImageTile, marked: bool) -> None:
        tile.item.marked_chest_xray = marked
        if self.ctx.image_model is None:
            return
        task = Task(assess_image, self.ctx.image_model, tile.item.record, marked, with_callbacks=False)
        tile.show_assessment(None, waiting=True)
        task.signals.finished.connect(self._assessed)
        task.signals.failed.connect(self._failed)
        self._start(task, tile.item.name, tile)

    def _assessed(self, assessment: ImageAssessment) -> None:
        entry = self.tasks.pop(self.sender(), None)
        if entry is None:
            return
        tile = entry[2]
        if tile in self.tiles:
            tile.show_assessment(assessment, waiting=False)
            self.changed.emit()

    def _model_arrived(self, model: Any) -> None:
        if model is None:
            return
        for tile in self.tiles:
            if tile.item.assessment is None:
                self._reassess(tile, tile.item.marked_chest_xray)

    def clear(self) -> None:
        self.runner.cancel()  # files still being read belonged to the intake being cleared
        self.tasks.clear()
        for tile in list(self.tiles):
            self.remove_tile(tile)
        self.error_label.setText("")

