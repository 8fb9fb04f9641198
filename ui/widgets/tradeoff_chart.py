"""The site calibration's trade-off curve: emergent and critical sensitivity against the share of
patients called 1-2, painted with QPainter (QtCharts is not in PySide6-Essentials).

The point in force is ringed; the point the administrator picked (by clicking near it, or from
the list beside the chart) is filled. Only the picking geometry (``nearest_index``) is logic; it
is pure and tested without painting.
"""

from __future__ import annotations

from typing import Any, Mapping, Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ui.widgets.charts import AXIS, GRID

EMERGENT_COLOUR, CRITICAL_COLOUR, CHOSEN_COLOUR = "#1565C0", "#C62828", "#2E7D32"
MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, MARGIN_BOTTOM = 52, 26, 28, 40


def nearest_index(shares: Sequence[float], share: float) -> int:
    """The curve point whose share called 1-2 is closest to ``share`` (-1 for an empty curve)."""
    if not shares:
        return -1
    return min(range(len(shares)), key=lambda i: (abs(shares[i] - share), i))


class TradeOffChart(QWidget):
    """``set_curve(points, chosen)``: points are the stored curve's dicts (``share_1_2``,
    ``emergent_sensitivity``, ``critical_sensitivity``); ``chosen`` is the index in force."""

    point_picked = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.points: list[Mapping[str, Any]] = []
        self.chosen = -1
        self.picked = -1
        self.setMinimumSize(360, 240)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_curve(self, points: Sequence[Mapping[str, Any]], chosen: int = -1) -> None:
        self.points = sorted(points, key=lambda p: float(p.get("share_1_2") or 0.0))
        self.chosen = chosen
        self.picked = -1
        self.update()

    def set_picked(self, index: int) -> None:
        self.picked = index
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(460, 280)

    def _plot(self) -> QRectF:
        return QRectF(MARGIN_LEFT, MARGIN_TOP, max(self.width() - MARGIN_LEFT - MARGIN_RIGHT, 40),
                      max(self.height() - MARGIN_TOP - MARGIN_BOTTOM, 40))

    def _x_max(self) -> float:
        top = max((float(p.get("share_1_2") or 0.0) for p in self.points), default=1.0)
        return min(1.0, max(0.1, round(top + 0.05, 1)))

    def _at(self, share: float, value: float) -> QPointF:
        plot = self._plot()
        return QPointF(plot.left() + plot.width() * share / self._x_max(),
                       plot.bottom() - plot.height() * value)

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt API
        if not self.points:
            return
        plot = self._plot()
        share = (event.position().x() - plot.left()) / plot.width() * self._x_max()
        index = nearest_index([float(p.get("share_1_2") or 0.0) for p in self.points], share)
        self.set_picked(index)
        self.point_picked.emit(index)

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt API
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor("#FFFFFF"))
        plot = self._plot()
        if not self.points:
            p.setPen(AXIS)
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter,
                       self.tr("No trade-off curve: the shipped default is in force"))
            return
        p.setPen(QPen(GRID, 1))
        for k in range(0, 11, 2):
            y = plot.bottom() - plot.height() * k / 10
            p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            p.setPen(AXIS)
            p.drawText(QRectF(0, y - 9, MARGIN_LEFT - 6, 18),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, f"{k * 10} %")
            p.setPen(QPen(GRID, 1))
        x_max = self._x_max()
        for k in range(0, int(round(x_max * 10)) + 1):
            x = plot.left() + plot.width() * (k / 10) / x_max
            p.setPen(AXIS)
            p.drawText(QRectF(x - 20, plot.bottom() + 2, 40, 16), Qt.AlignmentFlag.AlignCenter,
                       f"{k * 10} %")
        p.drawText(QRectF(plot.left(), plot.bottom() + 18, plot.width(), 18),
                   Qt.AlignmentFlag.AlignCenter, self.tr("share of patients called 1-2 →"))
        for key, colour, label, row in (
                ("emergent_sensitivity", EMERGENT_COLOUR, self.tr("emergent sensitivity"), 0),
                ("critical_sensitivity", CRITICAL_COLOUR, self.tr("critical sensitivity"), 1)):
            path = QPainterPath()
            started = False
            for point in self.points:
                value = point.get(key)
                if value is None:
                    continue
                at = self._at(float(point.get("share_1_2") or 0.0), float(value))
                path.lineTo(at) if started else path.moveTo(at)
                started = True
            p.setPen(QPen(QColor(colour), 2))
            p.drawPath(path)
            p.drawText(QRectF(plot.left() + 8 + row * 170, 4, 170, 18),
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, f"— {label}")
        p.setPen(QColor(CHOSEN_COLOUR))
        p.drawText(QRectF(plot.left() + 8 + 2 * 170, 4, 200, 18),
                   Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                   self.tr("○ in force   ● picked"))
        for index, filled in ((self.chosen, False), (self.picked, True)):
            if not 0 <= index < len(self.points):
                continue
            point = self.points[index]
            share = float(point.get("share_1_2") or 0.0)
            top = self._at(share, 1.0)
            p.setPen(QPen(QColor(CHOSEN_COLOUR), 1, Qt.PenStyle.DashLine))
            p.drawLine(top, self._at(share, 0.0))
            for key in ("emergent_sensitivity", "critical_sensitivity"):
                if point.get(key) is None:
                    continue
                p.setPen(QPen(QColor(CHOSEN_COLOUR), 2))
                p.setBrush(QColor(CHOSEN_COLOUR) if filled else Qt.BrushStyle.NoBrush)
                p.drawEllipse(self._at(share, float(point[key])), 5, 5)
            p.setBrush(Qt.BrushStyle.NoBrush)
