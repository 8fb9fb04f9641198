"""Two small charts painted with QPainter (QtCharts is not in PySide6-Essentials).

``ConfusionMatrixChart``: a 5×5 grid of counts, shaded by row share, every cell labelled with its
number so the shading is never the only carrier. ``RateChart``: percentage lines over time with
axes, points and a legend. A percentage axis ends at 100 % at most; the period labels, the axis
labels and the values printed at the points are laid out so that none is drawn over another
(the helpers below are pure geometry, tested without painting).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

GRID = QColor("#B0BEC5")
AXIS = QColor("#455A64")
DIAGONAL = QColor("#1B5E20")
# One colour per meaning across the agreement page (matrix, rate chart, summary): agreement green,
# under-triage (suggestion less urgent than the clinician) red, over-triage blue.
AGREE_COLOUR, UNDER_COLOUR, OVER_COLOUR = "#2E7D32", "#C62828", "#1565C0"


def agreement_colour(suggested_index: int, final_index: int) -> str:
    """The meaning of a matrix cell [suggested][final] as its colour (level 1 most urgent)."""
    if suggested_index == final_index:
        return AGREE_COLOUR
    return UNDER_COLOUR if suggested_index > final_index else OVER_COLOUR


class ConfusionMatrixChart(QWidget):
    """Rows: one variable (e.g. suggested level); columns: the other (clinician's final level)."""

    def __init__(self, parent: QWidget | None = None, *, row_title: str | None = None,
                 column_title: str | None = None):
        super().__init__(parent)
        self.row_title = self.tr("Suggested") if row_title is None else row_title
        self.column_title = self.tr("Decided") if column_title is None else column_title
        self.labels: list[str] = []
        self.matrix: list[list[int]] = []
        self.setMinimumSize(360, 320)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_matrix(self, matrix: Sequence[Sequence[int]], labels: Sequence[str]) -> None:
        self.matrix = [list(row) for row in matrix]
        self.labels = list(labels)
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(420, 380)

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt API
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor("#FFFFFF"))
        n = len(self.labels)
        if n == 0:
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No reviews yet"))
            return
        left, top = 90, 50
        size = max(min(self.width() - left - 20, self.height() - top - 20), 40)
        cell = size / n
        bold = QFont(self.font())
        bold.setBold(True)
        p.setFont(bold)
        p.setPen(AXIS)
        p.drawText(QRectF(left, 0, size, 22), Qt.AlignmentFlag.AlignCenter,
                   f"{self.column_title} →")
        p.save()
        p.translate(14, top + size / 2)
        p.rotate(-90)
        p.drawText(QRectF(-size / 2, -10, size, 20), Qt.AlignmentFlag.AlignCenter,
                   f"{self.row_title} →")
        p.restore()
        p.setFont(self.font())
        for i, label in enumerate(self.labels):
            p.drawText(QRectF(left + i * cell, 24, cell, 22), Qt.AlignmentFlag.AlignCenter, label)
            p.drawText(QRectF(28, top + i * cell, left - 34, cell),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)
        for i, row in enumerate(self.matrix):
            total = sum(row) or 1
            for j, count in enumerate(row):
                share = count / total
                rect = QRectF(left + j * cell, top + i * cell, cell, cell)
                base = QColor(agreement_colour(i, j))
                shade = QColor(base)
                shade.setAlphaF(0.08 + 0.8 * share if count else 0.0)
                p.fillRect(rect, QColor("#FFFFFF"))
                p.fillRect(rect, shade)
                p.setPen(QPen(DIAGONAL if i == j else GRID, 2 if i == j else 1))
                p.drawRect(rect)
                p.setPen(QColor("#FFFFFF") if share > 0.55 else QColor("#212121"))
                p.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(count))


def axis_max(values: Sequence[float]) -> float:
    """Top of a percentage axis: the next multiple of 10 above the data, between 10 and 100."""
    top = max(values, default=0.0)
    return min(100.0, max(10.0, math.ceil(top / 10) * 10.0 if top > 0 else 10.0))


def y_label_rect(y: float, left: float) -> QRectF:
    """The y-axis tick label at height ``y``, right-aligned in the margin left of the plot."""
    return QRectF(0, y - 8, left - 6, 16)


def period_label_rect(i: int, n: int, x: float, plot: QRectF) -> QRectF:
    """The x label of period ``i``: centred under its point, but the first starts at the plot's
    left edge and the last ends at its right edge, so neither runs into the y-axis labels
    ("0%" sits just left of the first date) or out of the widget."""
    width = 80.0
    if n > 1 and i == 0:
        return QRectF(plot.left(), plot.bottom() + 6, width, 16)
    if n > 1 and i == n - 1:
        return QRectF(plot.right() - width, plot.bottom() + 6, width, 16)
    return QRectF(x - width / 2, plot.bottom() + 6, width, 16)


def value_label_rect(point: QPointF, s_index: int, plot: QRectF) -> QRectF:
    """Where to print a point's value: above it for the first series, below for the second;
    kept inside the plot, so a 0 % value is never printed over the date labels and a 100 %
    value never over the title."""
    height = 14.0
    y = point.y() - height - 2 if s_index % 2 == 0 else point.y() + 4
    if y + height > plot.bottom() - 1:  # would reach the axis and the dates under it
        y = point.y() - height - 2 - (height if s_index % 2 else 0)
    if y < plot.top():
        y = point.y() + 4 + (height if s_index % 2 == 0 else 0)
    return QRectF(point.x() - 30, y, 60, height)


@dataclass(frozen=True)
class Series:
    name: str
    colour: str
    values: tuple[float | None, ...]  # percentages 0-100; None = no data in that period
    dashed: bool = False


class RateChart(QWidget):
    """Percentage lines over labelled periods (x), with a y axis from 0 to the data's maximum
    (at most 100 %)."""

    def __init__(self, parent: QWidget | None = None, *, title: str = ""):
        super().__init__(parent)
        self.title = title
        self.periods: list[str] = []
        self.series: list[Series] = []
        self.setMinimumSize(420, 260)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_data(self, periods: Sequence[str], series: Sequence[Series]) -> None:
        self.periods = list(periods)
        self.series = list(series)
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(520, 300)

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt API
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor("#FFFFFF"))
        if not self.periods:
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No reviews yet"))
            return
        left, right, top, bottom = 48, 16, 46, 40
        plot = QRectF(left, top, max(self.width() - left - right, 10),
                      max(self.height() - top - bottom, 10))
        values = [v for s in self.series for v in s.values if v is not None]
        y_max = axis_max(values)
        bold = QFont(self.font())
        bold.setBold(True)
        p.setFont(bold)
        p.setPen(AXIS)
        p.drawText(QRectF(0, 2, self.width(), 20), Qt.AlignmentFlag.AlignCenter, self.title)
        p.setFont(self.font())
        for k in range(6):  # y grid every fifth of the range
            y_val = y_max * k / 5
            y = plot.bottom() - plot.height() * k / 5
            p.setPen(QPen(GRID, 1, Qt.PenStyle.DotLine))
            p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            p.setPen(AXIS)
            p.drawText(y_label_rect(y, left),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, f"{y_val:g}%")
        p.drawLine(plot.bottomLeft(), plot.bottomRight())
        p.drawLine(plot.bottomLeft(), plot.topLeft())
        n = len(self.periods)
        step = plot.width() / max(n - 1, 1)

        def x_at(i: int) -> float:
            return plot.left() + (step * i if n > 1 else plot.width() / 2)

        label_every = max(1, n // 8)
        for i, period in enumerate(self.periods):
            if i % label_every == 0 or i == n - 1:
                align = (Qt.AlignmentFlag.AlignLeft if n > 1 and i == 0 else
                         Qt.AlignmentFlag.AlignRight if n > 1 and i == n - 1 else
                         Qt.AlignmentFlag.AlignHCenter)
                p.drawText(period_label_rect(i, n, x_at(i), plot),
                           align | Qt.AlignmentFlag.AlignVCenter, period)
        for s_index, s in enumerate(self.series):
            colour = QColor(s.colour)
            pen = QPen(colour, 2, Qt.PenStyle.DashLine if s.dashed else Qt.PenStyle.SolidLine)
            path = QPainterPath()
            started = False
            points = []
            for i, v in enumerate(s.values):
                if v is None:
                    started = False
                    continue
                point = QPointF(x_at(i), plot.bottom() - plot.height() * v / y_max)
                points.append(point)
                if started:
                    path.lineTo(point)
                else:
                    path.moveTo(point)
                    started = True
            p.setPen(pen)
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawPath(path)
            p.setBrush(colour)
            for point in points:
                p.drawEllipse(point, 3, 3)
            if len(points) <= 12:  # few periods: print the values, one series above, one below
                p.setPen(colour)
                for point, v in zip(points, [v for v in s.values if v is not None]):
                    p.drawText(value_label_rect(point, s_index, plot),
                               Qt.AlignmentFlag.AlignCenter, f"{v:.0f}%")
            # legend: line sample + name, top right, one entry per series
            lx = plot.right() - 95 * (len(self.series) - s_index)
            ly = 24
            p.setPen(pen)
            p.drawLine(QPointF(lx, ly + 8), QPointF(lx + 18, ly + 8))
            p.setPen(AXIS)
            p.drawText(QRectF(lx + 22, ly, 75, 16), Qt.AlignmentFlag.AlignVCenter, s.name)
