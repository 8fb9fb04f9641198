"""The acuity level shown as number + name + colour (never colour alone), from triage.scales."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from triage import scales

from ui.labels import level_label

UNKNOWN_COLOUR = "#9E9E9E"


def badge_text(level: int | None) -> str:
    """'2 — Emergent', or a dash when no level is known yet."""
    return (level_label(level) if level is not None
            else QCoreApplication.translate("LevelBadge", "— no level"))


def badge_style(level: int | None) -> str:
    """Style sheet for a badge label: the level's colour with a border so pale levels stay visible."""
    if level is None:
        bg, fg = UNKNOWN_COLOUR, "#FFFFFF"
    else:
        lv = scales.level(level)
        bg, fg = lv.colour, lv.text_colour
    return (f"QLabel {{ background: {bg}; color: {fg}; border: 1px solid #455A64;"
            f" border-radius: 6px; padding: 4px 10px; font-weight: bold; }}")


class LevelBadge(QLabel):
    """A coloured label saying e.g. '2 — Emergent'; ``set_level(None)`` shows that none is known."""

    def __init__(self, level: int | None = None, parent: QWidget | None = None, *, large: bool = False):
        super().__init__(parent)
        self.setObjectName("LevelBadge")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        if large:
            font = self.font()
            font.setPointSizeF(font.pointSizeF() * 1.5)
            self.setFont(font)
        self.level: int | None = None
        self.set_level(level)

    def set_level(self, level: int | None) -> None:
        self.level = level
        self.setText(badge_text(level))
        self.setStyleSheet(badge_style(level))
        self.setAccessibleName(self.tr("Acuity level {level}").format(level=badge_text(level)))
        if level is not None:
            self.setToolTip(self.tr("Target time to physician: {minutes} min").format(
                minutes=scales.level(level).target_minutes))
        else:
            self.setToolTip("")


def level_pixmap(level: int | None, size: int = 18) -> QPixmap:
    """A small square with the level's colour and its number in it (tables; number never absent),
    in the colours of the installation's scale."""
    return _level_pixmap(level, size, scales.active().code)


@lru_cache(maxsize=32)
def _level_pixmap(level: int | None, size: int, scale: str) -> QPixmap:
    pm = QPixmap(size, size)
    pm.fill(Qt.GlobalColor.transparent)
    if level is None:
        bg, fg, text = QColor(UNKNOWN_COLOUR), QColor("#FFFFFF"), "?"
    else:
        lv = scales.level(level, scale)
        bg, fg, text = QColor(lv.colour), QColor(lv.text_colour), str(lv.number)
    painter = QPainter(pm)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QColor("#455A64"))
    painter.setBrush(bg)
    painter.drawRoundedRect(0, 0, size - 1, size - 1, 3, 3)
    font = QFont()
    font.setBold(True)
    font.setPixelSize(int(size * 0.7))
    painter.setFont(font)
    painter.setPen(fg)
    painter.drawText(pm.rect(), Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    return pm


def level_icon(level: int | None, size: int = 18) -> QIcon:
    """The level as an icon for table cells (use with the label text, never alone)."""
    return QIcon(level_pixmap(level, size))
