"""The suggestion and its basis: level badge, confidence, reasons, uncertainty, what is missing.

Used live in the nurse's intake and read-only in the clinician's case view; it renders the
``Reason`` records as they are (never re-derives them) so every screen shows the same basis.
"""

from __future__ import annotations

import html
from typing import Any, Mapping

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QFrame, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget)

from triage import scales
from triage.intake import FIELD_LABELS
from triage.suggestion import Reason, Suggestion

from ui.widgets.level_badge import LevelBadge

KIND_TITLES = {
    "rule": "Rule", "news2": "NEWS2", "text": "Text model", "words": "Words that weighed",
    "image": "Image", "missing": "Missing", "uncertainty": "Uncertain", "note": "Note",
}
MISSING_LABELS = {**FIELD_LABELS, "temperature_c": "Temperature", "avpu": "Consciousness (AVPU)"}
HIDDEN_VALUES = {"attachment_sha256"}  # bookkeeping, not a clinical basis
MAX_VALUE_CHARS = 40
REASONS_MAX_HEIGHT = 240  # px: "Why" grows to about twelve lines, then scrolls (fits 1280×720)


def format_values(values: Mapping[str, Any]) -> str:
    """'spo2 88, heart_rate 130' or 'chest +0.31, pain +0.12' for word attributions."""
    words = values.get("words")
    if isinstance(words, (list, tuple)):
        parts = []
        for item in words[:8]:
            if isinstance(item, (list, tuple)) and len(item) == 2:
                word, weight = item
                try:
                    parts.append(f"{word} {float(weight):+.2f}")
                except (TypeError, ValueError):
                    parts.append(str(word))
        return ", ".join(parts)
    shown = []
    for key, value in values.items():
        if key in HIDDEN_VALUES:
            continue
        shown.append(f"{MISSING_LABELS.get(key, key.replace('_', ' '))} {format_value(value)}")
    return ", ".join(shown)


def format_value(value: Any) -> str:
    """Short enough to read at a glance and to wrap: numbers to 3 digits, long text cut."""
    if isinstance(value, float):
        return f"{value:.3g}"
    if isinstance(value, Mapping):
        return "(" + ", ".join(f"{k}: {format_value(v)}" for k, v in value.items()) + ")"
    if isinstance(value, (list, tuple)):
        return "(" + ", ".join(format_value(v) for v in value) + ")"
    text = str(value)
    return text if len(text) <= MAX_VALUE_CHARS else text[:MAX_VALUE_CHARS - 1] + "…"


def reason_html(reason: Reason) -> str:
    kind = KIND_TITLES.get(reason.kind, reason.kind)
    floor = ""
    if reason.level_floor is not None:
        floor = f" <b>→ level {html.escape(scales.label(reason.level_floor))}</b>"
    lines = [f"<b>{html.escape(kind)}:</b> {html.escape(reason.title)}{floor}"]
    if reason.detail:
        lines.append(html.escape(reason.detail))
    values = format_values(reason.values) if reason.values else ""
    if values:
        lines.append(f"<i>read: {html.escape(values)}</i>")
    if reason.source:
        lines.append(f"<span style='color:#607D8B'>{html.escape(reason.source)}</span>")
    return "<br>".join(lines)


def missing_text(missing: tuple[str, ...]) -> str:
    return ", ".join(MISSING_LABELS.get(m, m.replace("_", " ")) for m in missing)


class SuggestionPanel(QFrame):
    """``show_suggestion(s)`` renders a Suggestion; ``set_status(text)`` says how it was made."""

    def __init__(self, parent: QWidget | None = None, *, title: str = "Suggested level"):
        super().__init__(parent)
        self.setObjectName("SuggestionPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.suggestion: Suggestion | None = None
        layout = QVBoxLayout(self)
        header = QHBoxLayout()
        self.title_label = QLabel(f"<b>{html.escape(title)}</b>")
        header.addWidget(self.title_label)
        header.addStretch(1)
        self.status_label = QLabel("")
        self.status_label.setObjectName("SuggestionStatus")
        self.status_label.setWordWrap(True)  # wraps rather than widening the screen (1280×720)
        header.addWidget(self.status_label)
        layout.addLayout(header)

        self.badge = LevelBadge(None, large=True)
        self.confidence_label = QLabel("")
        self.confidence_label.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.badge)
        row.addWidget(self.confidence_label, 1)
        layout.addLayout(row)

        self.uncertainty_label = QLabel("")
        self.uncertainty_label.setObjectName("Uncertainty")
        self.uncertainty_label.setWordWrap(True)
        self.missing_label = QLabel("")
        self.missing_label.setObjectName("Missing")
        self.missing_label.setWordWrap(True)
        layout.addWidget(self.uncertainty_label)
        layout.addWidget(self.missing_label)

        self.reasons_box = QWidget()
        self.reasons_layout = QVBoxLayout(self.reasons_box)
        self.reasons_layout.setContentsMargins(0, 0, 0, 0)
        self.reasons_layout.addStretch(1)
        scroll = QScrollArea()
        self.reasons_scroll = scroll
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.reasons_box)
        layout.addWidget(QLabel("<b>Why</b>"))
        layout.addWidget(scroll, 1)
        self.show_suggestion(None)

    def set_status(self, text: str) -> None:
        self.status_label.setText(text)

    def reason_labels(self) -> list[QLabel]:
        return self.reasons_box.findChildren(QLabel, "Reason")

    def show_suggestion(self, suggestion: Suggestion | None, *,
                        empty_text: str = "Enter the complaint and vital signs to see a suggestion.") -> None:
        """Render ``suggestion``; None clears the panel and shows ``empty_text`` instead."""
        self.suggestion = suggestion
        for label in self.reason_labels():
            label.setParent(None)
            label.deleteLater()
        if suggestion is None:
            self.badge.set_level(None)
            self.confidence_label.setText(empty_text)
            self.uncertainty_label.clear()
            self.missing_label.clear()
            return
        self.badge.set_level(suggestion.level)
        lv = scales.level(suggestion.level)
        basis = "rules only" if suggestion.rules_only else "rules + models"
        self.confidence_label.setText(
            f"Confidence {suggestion.confidence:.0%} · {basis} · target {lv.target_minutes} min")
        self.uncertainty_label.setText(f"⚠ {suggestion.uncertainty}" if suggestion.uncertainty else "")
        self.missing_label.setText(
            f"Missing: {missing_text(suggestion.missing)}" if suggestion.missing else "")
        reasons = sorted(suggestion.reasons, key=lambda r: -r.weight)
        for i, reason in enumerate(reasons):
            label = QLabel(reason_html(reason))
            label.setObjectName("Reason")
            label.setProperty("kind", reason.kind)
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.reasons_layout.insertWidget(i, label)
        self._grow_reasons()

    def _grow_reasons(self) -> None:
        """Let "Why" take the height its reasons need (up to REASONS_MAX_HEIGHT) instead of a
        four-line window; beyond that it scrolls."""
        scroll_bar = self.reasons_scroll.verticalScrollBar().sizeHint().width()
        width = max(self.reasons_scroll.viewport().width() - scroll_bar, 120)
        labels = self.reason_labels()
        needed = 4 + self.reasons_layout.spacing() * len(labels)
        for label in labels:
            label.ensurePolished()  # the style sheet's font and padding count
            needed += (label.heightForWidth(width) if label.hasHeightForWidth()
                       else label.sizeHint().height())
        self.reasons_scroll.setMinimumHeight(min(max(needed, 60), REASONS_MAX_HEIGHT))

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._grow_reasons()  # a narrower panel wraps the reasons into more lines
