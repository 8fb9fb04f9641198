"""No value changes without intent: a scroll wheel never picks a level, a reason or a number.

Qt lets the wheel change a combo box or a spin box under the pointer even when the user is only
scrolling the page past it; in a case view that silently filled an override reason. One event
filter on the application (installed by ``install_wheel_guard``, which ``ui.app.apply_style``
calls) gives every combo and spin box a ``Qt.StrongFocus`` policy (the wheel no longer focuses
them) and, while such a control has no focus, hands the wheel to the scroll area around it
instead, so the page scrolls and the value stays. A control the user clicked or tabbed into
(focused) still takes the wheel, as it should.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (QAbstractScrollArea, QAbstractSpinBox, QApplication, QComboBox,
                               QWidget)

GUARDED = (QComboBox, QAbstractSpinBox)


def guarded_control(obj: QObject) -> QWidget | None:
    """The combo / spin box that ``obj`` is (or is inside: a spin box's line edit), else None."""
    widget = obj if isinstance(obj, QWidget) else None
    for _ in range(3):
        if widget is None:
            return None
        if isinstance(widget, GUARDED):
            return widget
        widget = widget.parentWidget()
    return None


def enclosing_scroll_area(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea) and not isinstance(parent, GUARDED):
            return parent
        parent = parent.parentWidget()
    return None


class WheelGuard(QObject):
    """The application-wide event filter (see the module docstring)."""

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        kind = event.type()
        if kind == QEvent.Type.Polish and isinstance(obj, GUARDED):
            if obj.focusPolicy() == Qt.FocusPolicy.WheelFocus:
                obj.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            return False
        if kind != QEvent.Type.Wheel:
            return False
        control = guarded_control(obj)
        if control is None or control.hasFocus():
            return False
        area = enclosing_scroll_area(control)
        if area is not None:
            viewport = area.viewport()
            moved = QWheelEvent(
                viewport.mapFromGlobal(event.globalPosition()), event.globalPosition(),
                event.pixelDelta(), event.angleDelta(), event.buttons(), event.modifiers(),
                event.phase(), event.inverted(), event.source())
            QApplication.sendEvent(viewport, moved)
        event.accept()  # handled (the page scrolled): it goes no further
        return True


_GUARD: WheelGuard | None = None


def install_wheel_guard(app: QApplication) -> WheelGuard:
    """Install the guard on ``app`` once (idempotent); returns it."""
    global _GUARD
    if _GUARD is None:
        _GUARD = WheelGuard(app)
        app.installEventFilter(_GUARD)
        for widget in app.allWidgets():  # controls created before the guard: same focus policy
            if isinstance(widget, GUARDED) and widget.focusPolicy() == Qt.FocusPolicy.WheelFocus:
                widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    return _GUARD
