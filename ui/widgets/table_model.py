"""The part every list-shaped table model here shares: rows under fixed column headers."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt

HEADER_CONTEXT = "Headers"  # column titles: QT_TRANSLATE_NOOP("Headers", …) where they are listed


class RowsTableModel(QAbstractTableModel):
    """``self.rows`` shown under ``HEADERS`` (English source text, shown translated); subclasses
    answer ``data`` for their row type."""

    HEADERS: tuple[str, ...] = ()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[Any] = []

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(HEADER_CONTEXT, self.HEADERS[section])
        return None
