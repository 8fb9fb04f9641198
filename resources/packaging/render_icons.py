"""Render the PNG icons from triage-desk.svg (run once when the SVG changes; the PNGs are committed
so that building the package needs no display and no renderer)."""

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

HERE = Path(__file__).resolve().parent


def main() -> int:
    app = QGuiApplication(sys.argv)  # noqa: F841 (Qt needs it)
    renderer = QSvgRenderer(str(HERE / "triage-desk.svg"))
    (HERE / "icons").mkdir(exist_ok=True)
    for size in (48, 128, 256):
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        image.save(str(HERE / "icons" / f"triage-desk-{size}.png"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
