"""A case's images: the list of attachments and the viewer of the chosen one.

Decoding is the viewer's (in a worker); this box only decides when to decode again: when the set
of attachments changed, not on every re-read of the case (a refresh keeps zoom and window)."""

from __future__ import annotations

from typing import Sequence

from PySide6.QtWidgets import QGroupBox, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from triage.records import AttachmentInfo

from ui.widgets.image_viewer import ImageViewer


class ImagesBox(QGroupBox):
    """Attachment list above the viewer; "No images attached" when there are none."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Images"))
        self.attachments: tuple[AttachmentInfo, ...] = ()
        self._shown: tuple[int, ...] | None = None
        layout = QVBoxLayout(self)
        self.attachment_list = QListWidget()
        self.attachment_list.setMaximumHeight(44)
        self.attachment_list.currentRowChanged.connect(self.show_attachment)
        self.no_images_label = QLabel(self.tr("No images attached"))
        self.viewer = ImageViewer(self)
        layout.addWidget(self.attachment_list)
        layout.addWidget(self.no_images_label)
        layout.addWidget(self.viewer, 1)

    def forget(self) -> None:
        """A new case: show its images even if their ids happen to match."""
        self._shown = None

    def show_attachments(self, attachments: Sequence[AttachmentInfo]) -> None:
        ids = tuple(a.id for a in attachments)
        self.attachments = tuple(attachments)
        if ids == self._shown:
            return
        self._shown = ids
        self.attachment_list.blockSignals(True)
        self.attachment_list.clear()
        for a in attachments:
            finding = a.assessment.finding if a.assessment else ""
            label = " · ".join(x for x in (a.original_name, a.modality, a.body_part, finding) if x)
            QListWidgetItem(label, self.attachment_list)
        self.attachment_list.blockSignals(False)
        self.no_images_label.setVisible(not attachments)
        self.viewer.setVisible(bool(attachments))
        if attachments:
            self.attachment_list.setCurrentRow(0)
            self.show_attachment(0)
        else:
            self.viewer.clear()

    def show_attachment(self, row: int) -> None:
        if 0 <= row < len(self.attachments):
            self.viewer.load(self.attachments[row])
