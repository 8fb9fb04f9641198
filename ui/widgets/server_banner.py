"""The outage banner: "Server unreachable since 10:42 — your typing is kept; …".

Shown while ``ServerLink`` says the clinic server is unreachable, hidden when it answers again.
It only listens to the link's signal; it never asks the server anything itself.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from ui.server_link import ServerLink


class ServerBanner(QLabel):
    def __init__(self, link: ServerLink, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("ServerBanner")
        self.setWordWrap(True)
        self.setStyleSheet("background: #B71C1C; color: white; font-weight: bold; padding: 6px")
        self.link = link
        link.changed.connect(self._changed)
        self._changed(link.is_down)

    def _changed(self, down: bool) -> None:
        self.setText(self.link.banner_text() if down else "")
        self.setVisible(down)
