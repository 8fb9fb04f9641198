"""An image attachment: zoom, pan, DICOM window/level with presets, frames, saliency, metadata.

Window presets follow the modality: CT gets Hounsfield-unit presets (lung, mediastinum …);
a radiograph (CR/DX …) has no absolute pixel unit, so its presets are derived from the file's
own window (or, without one, from the image's histogram); the file's own window or VOI LUT is
always offered first. The saliency overlay is blended at an adjustable opacity so that the
windowed image stays readable under it.

Decoding (pydicom, JPEG 2000 …) and windowing (numpy over millions of pixels) both run in workers
and hand back a QImage; the GUI thread only turns it into a pixmap. The scaled pixmap is cached
by the scene, so panning and repaints do not rescale a 2,000-pixel radiograph each time. The
saliency overlay from the image model covers the centred square the model looked at, so it is
placed over exactly that square of the image.
"""

from __future__ import annotations

import numpy as np
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDoubleSpinBox, QGraphicsItem,
                               QGraphicsPixmapItem,
                               QGraphicsScene, QGraphicsView, QHBoxLayout, QHeaderView, QLabel,
                               QPushButton, QSlider, QSplitter, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from triage.imaging import WINDOW_PRESETS, ImageRecord, display_pixels
from triage.records import AttachmentInfo

from ui.widgets.image_reader import read_image_isolated
from ui.widgets.workers import Task, TaskRunner

FILE_WINDOW = "File window"
FILE_VOI_LUT = "File VOI LUT"
AUTO_WINDOW = "Full range"
DEFAULT_WINDOW = "Default"
# The preset names are keys (tests and item data); the combo shows them translated.
PRESET_NAMES = (QT_TRANSLATE_NOOP("ImageViewer", "File window"), QT_TRANSLATE_NOOP("ImageViewer", "File VOI LUT"),
                QT_TRANSLATE_NOOP("ImageViewer", "Full range"), QT_TRANSLATE_NOOP("ImageViewer", "Default"),
                QT_TRANSLATE_NOOP("ImageViewer", "Lung"), QT_TRANSLATE_NOOP("ImageViewer", "Mediastinum"),
                QT_TRANSLATE_NOOP("ImageViewer", "Soft tissue"), QT_TRANSLATE_NOOP("ImageViewer", "Bone"),
                QT_TRANSLATE_NOOP("ImageViewer", "Brain"), QT_TRANSLATE_NOOP("ImageViewer", "Abdomen"))
RADIOGRAPH_MODALITIES = frozenset({"CR", "DX", "DR", "RG", "RF", "XA", "MG", "PX", "IO", "DF"})
OVERLAY_OPACITY = 40  # per cent: the windowed image stays visible under the heat map
ZOOM_STEP = 1.25
FRAME_DEBOUNCE_MS = 120


def to_qimage(pixels: np.ndarray) -> QImage:
    """uint8 grey (H, W) or RGB (H, W, 3) → an RGB32 QImage that owns its bytes.

    RGB32 is what a pixmap holds on raster screens, so the conversion happens here, in the
    worker, and not in ``QPixmap.fromImage`` on the GUI thread.
    """
    pixels = np.ascontiguousarray(pixels)
    h, w = pixels.shape[:2]
    fmt = QImage.Format.Format_Grayscale8 if pixels.ndim == 2 else QImage.Format.Format_RGB888
    return QImage(pixels.data, w, h, pixels.strides[0], fmt).convertToFormat(
        QImage.Format.Format_RGB32)


def full_range(record: ImageRecord) -> tuple[float, float]:
    """(centre, width) spanning every pixel value of the frame."""
    lo, hi = float(np.min(record.pixels)), float(np.max(record.pixels))
    return (lo + hi) / 2, max(hi - lo, 1.0)


def histogram_window(record: ImageRecord) -> tuple[float, float]:
    """(centre, width) from the 1st to the 99th percentile: ignores a few hot or dead pixels and
    the collimator edges that make a radiograph's full range look washed out."""
    px = record.pixels[::4, ::4] if record.pixels.size > 1_000_000 else record.pixels
    lo, hi = (float(v) for v in np.percentile(px, (1.0, 99.0)))
    if hi <= lo:
        return full_range(record)
    return (lo + hi) / 2, hi - lo


def window_choices(record: ImageRecord) -> dict[str, tuple[float, float]]:
    """The window/level choices that make sense for this image, in menu order.

    First the file's own window (its VOI LUT when it carries one: the pixels are already through
    it, so its full output range is the window), then the full range, then presets for the
    modality. CT presets are in Hounsfield units and mean nothing on a radiograph (the "Lung"
    window turns a chest X-ray white), so they are offered for CT only. A radiograph's presets
    are relative to its default window: soft tissue narrows it around the same centre (more
    contrast in the mid-greys), bone raises the centre and widens it (bright structures stop
    saturating). Other modalities (MR, US …) get the file window and the full range only.
    """
    if record.is_colour:
        return {}
    span = full_range(record)
    choices: dict[str, tuple[float, float]] = {}
    if record.voi_lut_applied:
        choices[FILE_VOI_LUT] = record.window or span
    elif record.window:
        choices[FILE_WINDOW] = record.window
    choices[AUTO_WINDOW] = span
    modality = (record.modality or "").upper()
    if modality == "CT":
        choices.update(WINDOW_PRESETS)
    elif modality in RADIOGRAPH_MODALITIES:
        centre, width = record.window or histogram_window(record)
        choices[DEFAULT_WINDOW] = (centre, width)
        choices["Soft tissue"] = (centre, max(width * 0.6, 1.0))
        choices["Bone"] = (centre + width * 0.25, width * 1.5)
    return choices


def initial_choice(choices: dict[str, tuple[float, float]]) -> str:
    """The file's own window when it has one, else a radiograph's default, else the full range."""
    for name in (FILE_VOI_LUT, FILE_WINDOW, DEFAULT_WINDOW, AUTO_WINDOW):
        if name in choices:
            return name
    return AUTO_WINDOW


def choice_tooltip(name: str, window: tuple[float, float]) -> str:
    """The numbers behind a choice (the C and W boxes beside the menu show the ones in use)."""
    return QCoreApplication.translate("ImageViewer", "{name}: centre {centre}, width {width}").format(
        name=QCoreApplication.translate("ImageViewer", name), centre=f"{window[0]:.0f}",
        width=f"{window[1]:.0f}")


@dataclass(frozen=True)
class Frame:
    record: ImageRecord
    image: QImage  # the record's pixels through ``window``
    window: tuple[float, float] | None  # None for colour images
    full_range: tuple[float, float]
    choices: dict[str, tuple[float, float]] = field(default_factory=dict)  # window_choices()


def render(record: ImageRecord, window: tuple[float, float] | None) -> QImage:
    """Worker body of a window change: window the pixels into an image."""
    return to_qimage(display_pixels(record, window))


def load_frame(path, name: str, frame: int, window: tuple[float, float] | None) -> Frame:
    """Worker body: decode one frame and window it; ``window`` None means the file's own window,
    else the full range. Decoding runs in the image reader process: JPEG 2000 decoders hold the
    GIL for most of a second, which would freeze the GUI even from this thread."""
    record = read_image_isolated(Path(path), name, frame=frame)
    span = full_range(record) if not record.is_colour else (0.0, 1.0)
    # the presets are worked out here too: percentiles of a 9-megapixel radiograph take ~50 ms,
    # which the GUI thread must not spend
    choices = {} if window is not None else window_choices(record)
    if record.is_colour:
        window = None
    elif window is None:
        window = choices.get(initial_choice(choices), span)
    return Frame(record, render(record, window), window, span, choices)


class ZoomView(QGraphicsView):
    """Wheel zooms around the cursor; dragging pans."""

    def __init__(self, scene: QGraphicsScene, parent: QWidget | None = None):
        super().__init__(scene, parent)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        self.setBackgroundBrush(Qt.GlobalColor.black)

    def wheelEvent(self, event) -> None:  # noqa: N802 - Qt API
        self.zoom(ZOOM_STEP if event.angleDelta().y() > 0 else 1 / ZOOM_STEP)

    def zoom(self, factor: float) -> None:
        self.scale(factor, factor)

    def zoom_factor(self) -> float:
        return self.transform().m11()


class ImageViewer(QWidget):
    """``load(attachment)`` shows an attachment; ``loaded`` fires once a frame is on screen."""

    loaded = Signal()  # a frame is on screen
    rendered = Signal()  # a new window/level is on screen
    failed = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.attachment: AttachmentInfo | None = None
        self.record: ImageRecord | None = None
        self._first_frame = True
        self.runner = TaskRunner(self)  # frame loads
        self.render_runner = TaskRunner(self)  # window changes; a newer one drops an older one
        self.span = (0.0, 1.0)
        self.scene = QGraphicsScene(self)
        self.image_item = QGraphicsPixmapItem()
        self.overlay_item = QGraphicsPixmapItem()
        for item in (self.image_item, self.overlay_item):
            item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
            item.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.overlay_item.setVisible(False)
        self.scene.addItem(self.image_item)
        self.scene.addItem(self.overlay_item)
        self.view = ZoomView(self.scene)

        self.zoom_in_button = QPushButton("+")
        self.zoom_in_button.setToolTip(self.tr("Zoom in (or mouse wheel)"))
        self.zoom_out_button = QPushButton("−")
        self.zoom_out_button.setToolTip(self.tr("Zoom out"))
        self.fit_button = QPushButton(self.tr("Fit"))
        for b in (self.zoom_in_button, self.zoom_out_button, self.fit_button):
            b.setMaximumWidth(44)
        self.zoom_in_button.clicked.connect(lambda: self.view.zoom(ZOOM_STEP))
        self.zoom_out_button.clicked.connect(lambda: self.view.zoom(1 / ZOOM_STEP))
        self.fit_button.clicked.connect(self.fit)

        self.window_choices: dict[str, tuple[float, float]] = {}
        self.preset_combo = QComboBox()
        self.preset_combo.setSizeAdjustPolicy(  # long labels must not widen the window
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.preset_combo.setMinimumContentsLength(10)  # fits 1280×720 with the app's style sheet
        self.preset_combo.setToolTip(self.tr("Window presets for this image's modality: the file's "
                                             "own window first; Hounsfield-unit presets for CT only"))
        self.centre_spin = QDoubleSpinBox()
        self.width_spin = QDoubleSpinBox()
        for spin, label in ((self.centre_spin, self.tr("Window centre (level)")),
                            (self.width_spin, self.tr("Window width"))):
            spin.setRange(-100_000, 100_000)
            spin.setDecimals(0)
            spin.setKeyboardTracking(False)
            spin.setToolTip(label)
        self.width_spin.setMinimum(1)
        self.preset_combo.currentIndexChanged.connect(self._preset_index_chosen)
        self.centre_spin.valueChanged.connect(self._window_edited)
        self.width_spin.valueChanged.connect(self._window_edited)

        self.overlay_check = QCheckBox(self.tr("Saliency"))
        self.overlay_check.setToolTip(self.tr("Show where the image model looked (Grad-CAM)"))
        self.overlay_check.toggled.connect(self._overlay_toggled)
        self.opacity_slider = QSlider(Qt.Orientation.Horizontal)
        self.opacity_slider.setRange(0, 100)
        self.opacity_slider.setValue(OVERLAY_OPACITY)
        self.opacity_slider.setMaximumWidth(120)
        self.opacity_slider.setToolTip(self.tr("Saliency opacity: lower it to read the image underneath"))
        self.opacity_slider.setAccessibleName(self.tr("Saliency opacity"))
        self.opacity_slider.valueChanged.connect(self._opacity_changed)
        self.opacity_label = QLabel(f"{OVERLAY_OPACITY} %")
        self.overlay_item.setOpacity(OVERLAY_OPACITY / 100)
        self.legend = QLabel(self.tr("low"))
        self.legend_bar = QLabel()
        self.legend_bar.setFixedSize(90, 12)
        self.legend_bar.setStyleSheet(
            "background: qlineargradient(x1:0, y1:0, x2:1, y2:0, stop:0 #0000ff, stop:0.25 #00ffff,"
            " stop:0.5 #80ff80, stop:0.75 #ffff00, stop:1 #ff0000); border: 1px solid #888;")
        self.legend_high = QLabel(self.tr("high model attention"))
        self.legend_bar.setToolTip(self.tr("Where the image model looked (Grad-CAM): blue little, red "
                                           "most. It shows attention, not the finding's location."))
        self.overlay_row = QWidget()
        overlay_row = QHBoxLayout(self.overlay_row)
        overlay_row.setContentsMargins(0, 0, 0, 0)
        for w in (QLabel(self.tr("Opacity")), self.opacity_slider, self.opacity_label, self.legend,
                  self.legend_bar, self.legend_high):
            overlay_row.addWidget(w)
        overlay_row.addStretch(1)
        self.overlay_row.setVisible(False)

        self.frame_slider = QSlider(Qt.Orientation.Horizontal)
        self.frame_slider.setMinimum(0)
        self.frame_label = QLabel("")
        self._frame_timer = QTimer(self, singleShot=True, interval=FRAME_DEBOUNCE_MS)
        self._frame_timer.timeout.connect(lambda: self._load_frame(self.frame_slider.value()))
        self.frame_slider.valueChanged.connect(self._frame_moved)

        self.state_label = QLabel("")
        self.state_label.setWordWrap(True)
        self.finding_label = QLabel("")
        self.finding_label.setWordWrap(True)
        self.finding_label.setObjectName("ImageFinding")

        self.metadata_table = QTableWidget(0, 2)
        self.metadata_table.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Value")])
        self.metadata_table.verticalHeader().setVisible(False)
        self.metadata_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.metadata_table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.Stretch)

        tools = QHBoxLayout()
        for w in (self.zoom_in_button, self.zoom_out_button, self.fit_button, self.overlay_check):
            tools.addWidget(w)
        tools.addStretch(1)
        levels = QHBoxLayout()
        for w in (QLabel(self.tr("Window/level")), self.preset_combo, QLabel("C"), self.centre_spin,
                  QLabel("W"), self.width_spin):
            levels.addWidget(w)
        levels.addStretch(1)
        frames = QHBoxLayout()
        frames.addWidget(QLabel(self.tr("Frame")))
        frames.addWidget(self.frame_slider, 1)
        frames.addWidget(self.frame_label)
        self.frames_row = QWidget()
        self.frames_row.setLayout(frames)
        frames.setContentsMargins(0, 0, 0, 0)

        self.view.setMinimumHeight(160)  # small enough for 1280×720 with the tools above it
        self.metadata_table.setMinimumHeight(50)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.view)
        splitter.addWidget(self.metadata_table)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([520, 160])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(tools)
        layout.addLayout(levels)
        layout.addWidget(self.overlay_row)
        layout.addWidget(self.frames_row)
        layout.addWidget(self.finding_label)
        layout.addWidget(self.state_label)
        layout.addWidget(splitter, 1)
        self.clear()

    # ------------------------------------------------------------------ loading
    def clear(self) -> None:
        self.runner.cancel()
        self.render_runner.cancel()
        self.attachment, self.record = None, None
        self.image_item.setPixmap(QPixmap())
        self.overlay_item.setPixmap(QPixmap())
        self.overlay_check.setChecked(False)
        self.overlay_check.setEnabled(False)
        self.frames_row.setVisible(False)
        self.metadata_table.setRowCount(0)
        self.finding_label.clear()
        self.state_label.clear()

    def load(self, attachment: AttachmentInfo) -> Task:
        """Show an attachment: decode its first frame in a worker, set up frames and overlay."""
        self.clear()
        self.attachment = attachment
        a = attachment.assessment
        if a is not None:
            prob = f" (p={a.probability:.2f})" if a.probability is not None else ""
            text = self.tr("Image model: {finding}").format(
                finding=a.finding or self.tr("not assessed")) + prob
            if not a.assessed and a.reason:
                reason = a.reason
                if reason.lower().startswith("not assessed"):  # do not say it twice
                    reason = reason[len("not assessed"):].lstrip(" :—-")
                text = (self.tr("Image model: not assessed — {reason}").format(reason=reason)
                        if reason else text)
            self.finding_label.setText(text)
        if a is not None and a.saliency_png:
            overlay = QPixmap()
            overlay.loadFromData(a.saliency_png, "PNG")
            self.overlay_item.setPixmap(overlay)
            self.overlay_check.setEnabled(not overlay.isNull())
        self.overlay_check.setToolTip(self.tr("Show where the image model looked (Grad-CAM)")
                                      if self.overlay_check.isEnabled()
                                      else self.tr("No saliency: the image model did not assess this image"))
        return self._load_frame(0, first=True)

    def _load_frame(self, frame: int, *, first: bool = False) -> Task:
        assert self.attachment is not None
        self.state_label.setText(self.tr("Loading {name}…").format(name=self.attachment.original_name)
                                 if first else self.tr("Loading frame {frame}…").format(frame=frame + 1))
        window = None if first else self.display_window()
        task = Task(load_frame, self.attachment.path, self.attachment.original_name, frame, window,
                    with_callbacks=False)
        self._first_frame = first  # stale tasks' results are dropped, so this is the current one's
        task.signals.finished.connect(self._frame_ready)
        task.signals.failed.connect(self._load_failed)
        return self.runner.start(task)

    def _is_current(self, runner: TaskRunner) -> bool:
        """A result queued before a newer request superseded its task is stale: drop it."""
        return runner.current is not None and self.sender() is runner.current.signals

    def _frame_ready(self, frame: Frame) -> None:
        if not self._is_current(self.runner):
            return
        first = self._first_frame
        record = frame.record
        self.record, self.span = record, frame.full_range
        self.state_label.clear()
        if first:
            self._fill_metadata(record)
            self.frames_row.setVisible(record.n_frames > 1)
            self.frame_slider.blockSignals(True)
            self.frame_slider.setMaximum(max(record.n_frames - 1, 0))
            self.frame_slider.setValue(0)
            self.frame_slider.blockSignals(False)
            self._fill_presets(frame.choices)
            for w in (self.preset_combo, self.centre_spin, self.width_spin):
                w.setEnabled(not record.is_colour)
            if frame.window is not None:
                self._set_spins(frame.window)
        self.frame_label.setText(f"{record.frame_index + 1} / {record.n_frames}")
        self._show(frame.image)
        if first:
            self._place_overlay(record)
            self.fit()
        self.loaded.emit()

    def _load_failed(self, exc: BaseException, _trace: str) -> None:
        self.state_label.setText(self.tr("Cannot show this image: {error}").format(error=exc))
        self.state_label.setStyleSheet("color: #B71C1C")
        self.failed.emit(str(exc))

    def _fill_metadata(self, record: ImageRecord) -> None:
        items = [(self.tr("Kind"), record.kind), (self.tr("Modality"), record.modality),
                 (self.tr("Body part"), record.body_part), (self.tr("View"), record.view)]
        items += [(k, v) for k, v in record.metadata.items()
                  if k not in ("Modality", "BodyPartExamined", "ViewPosition")]
        items = [(k, str(v)) for k, v in items if v]
        self.metadata_table.setRowCount(len(items))
        for row, (key, value) in enumerate(items):
            self.metadata_table.setItem(row, 0, QTableWidgetItem(key))
            self.metadata_table.setItem(row, 1, QTableWidgetItem(value))

    # ------------------------------------------------------------------ display
    def display_window(self) -> tuple[float, float] | None:
        """The window in use as (centre, width), None for colour images."""
        if self.record is None or self.record.is_colour:
            return None
        return self.centre_spin.value(), self.width_spin.value()

    def set_window(self, centre: float, width: float) -> None:
        self._set_spins((centre, width))
        self.rewindow()

    def rewindow(self) -> Task | None:
        """Re-window the current frame in a worker; ``rendered`` fires when it is shown."""
        if self.record is None or self.record.is_colour:
            return None
        task = Task(render, self.record, self.display_window(), with_callbacks=False)
        task.signals.finished.connect(self._rendered)
        task.signals.failed.connect(self._load_failed)
        return self.render_runner.start(task)

    def _rendered(self, image: QImage) -> None:
        if not self._is_current(self.render_runner):
            return
        self._show(image)
        self.rendered.emit()

    def _show(self, image: QImage) -> None:
        self.image_item.setPixmap(QPixmap.fromImage(image))

    def fit(self) -> None:
        if self.record is not None:
            self.view.resetTransform()
            self.view.fitInView(self.image_item, Qt.AspectRatioMode.KeepAspectRatio)

    def _place_overlay(self, record: ImageRecord) -> None:
        overlay = self.overlay_item.pixmap()
        if overlay.isNull():
            return
        h, w = record.pixels.shape[:2]
        side = min(h, w)
        self.overlay_item.setScale(side / overlay.width())
        self.overlay_item.setPos((w - side) // 2, (h - side) // 2)
        self.scene.setSceneRect(QRectF(0, 0, w, h))

    def _set_spins(self, window: tuple[float, float]) -> None:
        for spin, value in ((self.centre_spin, window[0]), (self.width_spin, window[1])):
            spin.blockSignals(True)
            spin.setValue(value)
            spin.blockSignals(False)

    def _fill_presets(self, choices: dict[str, tuple[float, float]]) -> None:
        self.window_choices = dict(choices)
        self.preset_combo.blockSignals(True)
        self.preset_combo.clear()
        for name, window in self.window_choices.items():
            self.preset_combo.addItem(QCoreApplication.translate("ImageViewer", name), name)
            self.preset_combo.setItemData(self.preset_combo.count() - 1,
                                          choice_tooltip(name, window), Qt.ItemDataRole.ToolTipRole)
        index = self.preset_combo.findData(initial_choice(self.window_choices))
        self.preset_combo.setCurrentIndex(max(index, 0))
        self.preset_combo.blockSignals(False)

    def preset_names(self) -> list[str]:
        """The presets on offer for the image shown (the combo's item data)."""
        return [self.preset_combo.itemData(i) for i in range(self.preset_combo.count())]

    def choose_preset(self, name: str) -> None:
        """Select a preset by name (as a click in the combo would)."""
        index = self.preset_combo.findData(name)
        if index < 0:
            raise KeyError(f"no preset {name!r} for this image")
        self.preset_combo.setCurrentIndex(index)

    def current_preset(self) -> str | None:
        return self.preset_combo.currentData()

    def _preset_index_chosen(self, index: int) -> None:
        if self.record is None or index < 0:
            return
        window = self.window_choices.get(self.preset_combo.itemData(index))
        if window is not None:
            self.set_window(*window)

    def _overlay_toggled(self, on: bool) -> None:
        self.overlay_item.setVisible(on)
        self.overlay_row.setVisible(on)

    def _opacity_changed(self, value: int) -> None:
        self.overlay_item.setOpacity(value / 100)
        self.opacity_label.setText(f"{value} %")

    def _window_edited(self, _value: float) -> None:
        self.rewindow()

    def _frame_moved(self, frame: int) -> None:
        if self.record is not None:
            self.frame_label.setText(f"{frame + 1} / {self.record.n_frames}")
            self._frame_timer.start()
