"""A GUI-thread heartbeat for the "no stall over 100 ms" checks."""

from __future__ import annotations

import time

from PySide6.QtCore import QTimer


class GuiHeartbeat:
    """A 10 ms QTimer on the GUI thread; ``gaps`` holds the seconds between ticks, so its largest
    value is the longest time the GUI thread could not run its event loop."""

    def __init__(self, interval_ms: int = 10):
        self.gaps: list[float] = []
        self._last = time.perf_counter()
        self._timer = QTimer()
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._beat)

    def _beat(self) -> None:
        now = time.perf_counter()
        self.gaps.append(now - self._last)
        self._last = now

    def start(self) -> None:
        self._last = time.perf_counter()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
