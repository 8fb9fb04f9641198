"""The suggestion and its basis: level badge, confidence, reasons, uncertainty, what is missing.

Used live in the nurse's intake and read-only in the clinician's case view; it renders the
``Reason`` records as they are (never re-derives them) so every screen shows the same basis.
"""

from __future__ import annotations

import html
from typing import Any, Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (QFrame, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget)

from triage import explain, scales
from triage.suggestion import OutcomeRisk, Reason, Suggestion

from ui import reason_words
from ui.labels import field_label, level_label
from ui.reason_words import Translate, qt_translate
from ui.widgets.level_badge import LevelBadge

KIND_TITLES = {
    "rule": QT_TRANSLATE_NOOP("SuggestionPanel", "Rule"), "news2": "NEWS2",
    "text": QT_TRANSLATE_NOOP("SuggestionPanel", "Text model"),
    "words": QT_TRANSLATE_NOOP("SuggestionPanel", "Words"),
    "image": QT_TRANSLATE_NOOP("SuggestionPanel", "Image"),
    "missing": QT_TRANSLATE_NOOP("SuggestionPanel", "Missing"),
    "uncertainty": QT_TRANSLATE_NOOP("SuggestionPanel", "Uncertain"),
    "note": QT_TRANSLATE_NOOP("SuggestionPanel", "Note"),
}
MISSING_ALIASES = {"temperature_c": "temperature"}  # field names the engine reports otherwise
HIDDEN_VALUES = {"attachment_sha256", "words", "categories", "probabilities", "model_level", "missing",
                 "errors"}  # bookkeeping or shown in words, not as raw values
MAX_VALUE_CHARS = 40
REASONS_MAX_HEIGHT = 240  # px: "Why" grows to about twelve lines, then scrolls (fits 1280×720)


def format_values(values: Mapping[str, Any], translate: Translate = qt_translate) -> str:
    """'SpO2 88 %, Heart rate 130/min, room air': what a reason read, with field labels."""
    shown = []
    for key, value in values.items():
        if key in HIDDEN_VALUES or value is None:
            continue
        if isinstance(value, Mapping):
            value = ", ".join(reason_words.value_text(str(k), format_value(v), translate)
                              for k, v in value.items())
        elif isinstance(value, float):
            value = float(f"{value:.3g}")
        text = reason_words.value_text(key, value, translate)
        shown.append(text if len(text) <= 2 * MAX_VALUE_CHARS else text[:2 * MAX_VALUE_CHARS - 1] + "…")
    return ", ".join(shown)


def format_value(value: Any) -> str:
    """Short enough to read at a glance and to wrap: numbers to 3 digits, long text cut."""
    if isinstance(value, float):
        return f"{value:.3g}"
    if isinstance(value, Mapping):
        return ", ".join(f"{k}: {format_value(v)}" for k, v in value.items())
    if isinstance(value, (list, tuple)):
        return ", ".join(format_value(v) for v in value)
    text = str(value)
    return text if len(text) <= MAX_VALUE_CHARS else text[:MAX_VALUE_CHARS - 1] + "…"


def percent(p: float) -> str:
    return f"{p:.0%}".replace("%", " %")


def tr(text: str) -> str:
    """Translation hook of this module's free functions (the panel's strings use self.tr); literal
    messages call ``translate("SuggestionPanel", …)`` so that lupdate files them in that context."""
    return QCoreApplication.translate("SuggestionPanel", text)


translate = QCoreApplication.translate


def reason_lines(reason: Reason, translate: Translate = qt_translate) -> tuple[str, str, list[str]]:
    """(title, detail, further lines) of a reason in the interface language: the text model names
    its most probable level, words read as "raised urgency / lowered", categories as labels with
    a percent; every other code by ``ui.reason_words``."""
    title, detail = reason_words.reason_text(reason, translate)
    extra: list[str] = []
    if reason.kind == "text" and reason.code == "text_acuity":
        top = explain.top_level(reason.values.get("probabilities") or {})
        if top is not None:
            level, p = top
            title = translate("SuggestionPanel", "most likely level {level}, {p}").format(
                level=level_label(level, translate=translate), p=percent(p))
            detail = translate("SuggestionPanel", "From the complaint and the intake; a rule floor can "
                               "still raise the level.")
    elif reason.kind == "words":
        raised, lowered = explain.word_effects(reason.values.get("words") or ())
        title = translate("SuggestionPanel", "Words in the note that weighed")
        detail = ""
        if raised:
            extra.append(translate("SuggestionPanel", "raised urgency: {words}").format(
                words=", ".join(raised)))
        if lowered:
            extra.append(translate("SuggestionPanel", "lowered urgency: {words}").format(
                words=", ".join(lowered)))
        if not extra:
            extra.append(translate("SuggestionPanel", "no single word changed the level"))
    elif reason.kind == "text" and reason.code == "symptom_category":
        cats = explain.categories(reason.values)
        if cats:
            title = translate("SuggestionPanel", "Symptom category: {name} {p}").format(
                name=cats[0][0], p=percent(cats[0][1]))
            detail = ", ".join(f"{name} {percent(p)}" for name, p in cats[1:])
    return title, detail, extra


def reason_html(reason: Reason) -> str:
    """One reason in the clinician's terms (``reason_lines``), its floor, values and source."""
    kind = tr(KIND_TITLES.get(reason.kind, reason.kind))
    title, detail, extra = reason_lines(reason)
    floor = ""
    if reason.level_floor is not None:
        word = translate("SuggestionPanel", "level")
        floor = f" <b>→ {html.escape(word)} {html.escape(level_label(reason.level_floor))}</b>"
    lines = [f"<b>{html.escape(kind)}:</b> {html.escape(title)}{floor}"]
    if detail:
        lines.append(html.escape(detail))
    lines += [html.escape(line) for line in extra]
    values = format_values(reason.values) if reason.values else ""
    if values:
        read = translate("SuggestionPanel", "read")
        lines.append(f"<i>{html.escape(read)}: {html.escape(values)}</i>")
    if reason.source:
        lines.append(f"<span style='color:#607D8B'>{html.escape(reason.source)}</span>")
    return "<br>".join(lines)


def missing_text(missing: tuple[str, ...]) -> str:
    return ", ".join(field_label(MISSING_ALIASES.get(m, m)) for m in missing)


class SuggestionPanel(QFrame):
    """``show_suggestion(s)`` renders a Suggestion; ``set_status(text)`` says how it was made."""

    def __init__(self, parent: QWidget | None = None, *, title: str | None = None):
        super().__init__(parent)
        self.setObjectName("SuggestionPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.suggestion: Suggestion | None = None
        layout = QVBoxLayout(self)
        header = QHBoxLayout()
        title = self.tr("Suggested level") if title is None else title
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

        self.risks_label = QLabel("")
        self.risks_label.setObjectName("OutcomeRisks")
        self.risks_label.setWordWrap(True)
        self.risks_label.setVisible(False)
        layout.addWidget(self.risks_label)

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
        layout.addWidget(QLabel("<b>" + html.escape(self.tr("Why")) + "</b>"))
        layout.addWidget(scroll, 1)
        self.show_suggestion(None)

    def set_status(self, text: str) -> None:
        self.status_label.setText(text)

    def reason_labels(self) -> list[QLabel]:
        return self.reasons_box.findChildren(QLabel, "Reason")

    def show_suggestion(self, suggestion: Suggestion | None, *,
                        empty_text: str | None = None) -> None:
        """Render ``suggestion``; None clears the panel and shows ``empty_text`` instead."""
        self.suggestion = suggestion
        for label in self.reason_labels():
            label.setParent(None)
            label.deleteLater()
        if suggestion is None:
            self.badge.set_level(None)
            self.confidence_label.setText(
                self.tr("Enter the complaint and vital signs to see a suggestion.")
                if empty_text is None else empty_text)
            self.uncertainty_label.clear()
            self.missing_label.clear()
            self.risks_label.clear()
            self.risks_label.setVisible(False)
            return
        self.badge.set_level(suggestion.level)
        self.confidence_label.setText(self.headline(suggestion))
        risks = [self.risk_text(r) for r in suggestion.risks]
        self.risks_label.setText("\n".join(risks))
        self.risks_label.setVisible(bool(risks))
        self.uncertainty_label.setText(f"⚠ {reason_words.free_text(suggestion.uncertainty)}"
                                       if suggestion.uncertainty else "")
        self.missing_label.setText(
            self.tr("Missing: {fields}").format(fields=missing_text(suggestion.missing))
            if suggestion.missing else "")
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

    def headline(self, s: Suggestion) -> str:
        return headline_text(s)

    def risk_text(self, risk: OutcomeRisk) -> str:
        return risk_text(risk)

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


def headline_text(s: Suggestion, translate: Translate = qt_translate, *, short: bool = False) -> str:
    """What decided the level, with the one number that belongs to it (never a made-up
    100 %): the rule and the values it read, the outcome risk, or the model's probability;
    ``short``: without the basis and the target time (the PDF prints those elsewhere)."""
    b = explain.basis_of(s)
    name = level_label(s.level, translate=translate)
    if b.decided_by == explain.FLOOR and b.rule is not None:
        read = format_values(b.rule.values, translate)
        text = translate("SuggestionPanel", "Level {level} — set by the rule: {rule}").format(
            level=name, rule=reason_words.title_text(b.rule, translate))
        if read:
            text += f" ({read})"
    elif b.decided_by == explain.RISK and b.risk is not None:
        text = translate("SuggestionPanel", "Level {level} — set by the outcome risk: {risk}").format(
            level=name, risk=risk_text(b.risk, translate))
    elif b.decided_by == explain.MODEL and b.probability is not None:
        text = translate("SuggestionPanel", "Level {level} — the model's level, probability {p}").format(
            level=name, p=percent(b.probability))
    else:
        text = translate("SuggestionPanel", "Level {level} — cautious default (no rule fired): a clinician must "
                 "assess").format(level=name)
    if short:
        return text
    basis = translate("SuggestionPanel", "rules only") if s.rules_only else translate("SuggestionPanel", "rules + models")
    minutes = scales.level(s.level).target_minutes
    target = (translate("SuggestionPanel", "see immediately") if minutes == 0 else
              translate("SuggestionPanel", "target {minutes} min").format(minutes=minutes))
    return f"{text} · {basis} · {target}"


def risk_text(risk: OutcomeRisk, translate: Translate = qt_translate) -> str:
    """'Risk of critical care 7 % (above this ED's line of 6 %)', 'Likely admission 64 %'."""
    p = percent(risk.probability)
    if risk.outcome == "critical":
        text = translate("SuggestionPanel", "Risk of critical care {p}").format(p=p)
    elif risk.outcome == "admission":
        text = (translate("SuggestionPanel", "Likely admission {p}") if risk.probability >= 0.5 else
                translate("SuggestionPanel", "Chance of admission {p}")).format(p=p)
    else:
        text = translate("SuggestionPanel", "Risk of {outcome} {p}").format(outcome=risk.outcome, p=p)
    if risk.threshold is not None:
        line = percent(risk.threshold)
        text += " " + (translate("SuggestionPanel", "(above this ED's line of {line})") if risk.above_threshold
                       else translate("SuggestionPanel", "(below this ED's line of {line})")).format(line=line)
    return text
