"""The case report's words in the interface language, for ``triage.export`` (which has no Qt).

``report_words()`` runs on the GUI thread and translates everything the PDF may say into a plain
table; the ``ReportWords`` it returns only reads that table, so the export's worker thread never
calls into Qt's translators. The labels are ``triage.export.report_words.REPORT_LABELS``, marked
here for lupdate (tests/ui/test_ui_reason_words.py keeps both lists equal).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from triage import scales
from triage.export.report_words import ReportWords
from triage.intake import FIELD_LABELS, ArrivalMode, Sex
from triage.records import CaseStatus, Decision

from ui import reason_words
from ui.i18n import current_language
from ui.labels import ARRIVAL_LABELS, LEVEL_NAMES, SEX_LABELS
from ui.widgets import suggestion_panel
from ui.worklist import STATUS_TEXT

CONTEXT = "CaseReport"
LABELS = (
    QT_TRANSLATE_NOOP("CaseReport", "Triage case report — case {case}"),
    QT_TRANSLATE_NOOP("CaseReport", "De-identified: identifiers removed, dates shifted per patient."),
    QT_TRANSLATE_NOOP("CaseReport", "Patient"), QT_TRANSLATE_NOOP("CaseReport", "Name"),
    QT_TRANSLATE_NOOP("CaseReport", "MRN"), QT_TRANSLATE_NOOP("CaseReport", "Phone"),
    QT_TRANSLATE_NOOP("CaseReport", "Date of birth"), QT_TRANSLATE_NOOP("CaseReport", "Age"),
    QT_TRANSLATE_NOOP("CaseReport", "Sex"), QT_TRANSLATE_NOOP("CaseReport", "Arrival"),
    QT_TRANSLATE_NOOP("CaseReport", "Arrival mode"), QT_TRANSLATE_NOOP("CaseReport", "Injury"),
    QT_TRANSLATE_NOOP("CaseReport", "Status"), QT_TRANSLATE_NOOP("CaseReport", "Complaint"),
    QT_TRANSLATE_NOOP("CaseReport", "Note"), QT_TRANSLATE_NOOP("CaseReport", "Vital signs"),
    QT_TRANSLATE_NOOP("CaseReport", "Time"), QT_TRANSLATE_NOOP("CaseReport", "Pain"),
    QT_TRANSLATE_NOOP("CaseReport", "yes"), QT_TRANSLATE_NOOP("CaseReport", "no"),
    QT_TRANSLATE_NOOP("CaseReport", "No vital signs recorded."),
    QT_TRANSLATE_NOOP("CaseReport", "Suggestion"), QT_TRANSLATE_NOOP("CaseReport", "No suggestion stored."),
    QT_TRANSLATE_NOOP("CaseReport", "(rules only, models unavailable)"),
    QT_TRANSLATE_NOOP("CaseReport", "Probabilities by level: {probabilities}"),
    QT_TRANSLATE_NOOP("CaseReport", "Missing: {fields}"), QT_TRANSLATE_NOOP("CaseReport", "Versions: {versions}"),
    QT_TRANSLATE_NOOP("CaseReport", "Kind"), QT_TRANSLATE_NOOP("CaseReport", "Reason"),
    QT_TRANSLATE_NOOP("CaseReport", "Detail"), QT_TRANSLATE_NOOP("CaseReport", "Floor"),
    QT_TRANSLATE_NOOP("CaseReport", "Clinician decision"), QT_TRANSLATE_NOOP("CaseReport", "Not reviewed yet."),
    QT_TRANSLATE_NOOP("CaseReport", "{when} — {who}: {decision}, final level {level}"),
    QT_TRANSLATE_NOOP("CaseReport", "Reason: {reason}"), QT_TRANSLATE_NOOP("CaseReport", "Notes"),
    QT_TRANSLATE_NOOP("CaseReport", "Images"), QT_TRANSLATE_NOOP("CaseReport", "assessed"),
    QT_TRANSLATE_NOOP("CaseReport", "not assessed"),
    QT_TRANSLATE_NOOP("CaseReport", "(image not decodable: {problem})"),
    QT_TRANSLATE_NOOP("CaseReport", "(no preview)"), QT_TRANSLATE_NOOP("CaseReport", "Image"),
    QT_TRANSLATE_NOOP("CaseReport", "Saliency"), QT_TRANSLATE_NOOP("CaseReport", "No cases in the selection."),
    QT_TRANSLATE_NOOP("CaseReport", "Triage case report"),
)
DECISIONS = {Decision.ACCEPT: QT_TRANSLATE_NOOP("CaseReport", "accepted"),
             Decision.OVERRIDE: QT_TRANSLATE_NOOP("CaseReport", "overridden")}


def report_words() -> ReportWords:
    """The case report's words in the interface language now (English: the report as before)."""
    language = current_language()
    if language == "en":
        return ReportWords()
    qt = QCoreApplication.translate
    extra = {"SuggestionPanel": _panel_messages(), "Level": LEVEL_NAMES,
             "Field": tuple(FIELD_LABELS.values())}
    tr = reason_words.frozen(qt, extra)
    labels = {text: qt(CONTEXT, text) for text in LABELS}
    labels.update({f"Sex:{sex.value}": qt("Labels", SEX_LABELS[sex]) for sex in Sex if sex is not Sex.UNKNOWN})
    labels.update({f"Arrival mode:{mode.value}": qt("Labels", ARRIVAL_LABELS[mode])
                   for mode in ArrivalMode if mode is not ArrivalMode.UNKNOWN})
    labels.update({f"Status:{status.value}": qt("Worklist", text) for status, text in STATUS_TEXT.items()})
    labels.update({f"Decision:{d.value}": qt(CONTEXT, text) for d, text in DECISIONS.items()})
    labels.update({f"Kind:{kind}": qt("SuggestionPanel", text)
                   for kind, text in suggestion_panel.KIND_TITLES.items()})

    def reason(r):
        title, detail, extra_lines = suggestion_panel.reason_lines(r, tr)
        return title, "\n".join(line for line in (detail, *extra_lines) if line)

    def level(n: int) -> str:
        return f"{n} — {tr('Level', scales.level(n).name)}"

    return ReportWords(language=language, labels=labels, reason=reason,
                       headline=lambda s: suggestion_panel.headline_text(s, tr, short=True),
                       risk=lambda r: suggestion_panel.risk_text(r, tr),
                       level=level, phrase=lambda text: reason_words.free_text(text, tr))


def _panel_messages() -> tuple[str, ...]:
    """The suggestion panel's messages the report reads (headline, risks, text model lines)."""
    return (
        "Level {level} — set by the rule: {rule}", "Level {level} — set by the outcome risk: {risk}",
        "Level {level} — the model's level, probability {p}",
        "Level {level} — cautious default (no rule fired): a clinician must assess",
        "Risk of critical care {p}", "Likely admission {p}", "Chance of admission {p}",
        "Risk of {outcome} {p}", "(above this ED's line of {line})", "(below this ED's line of {line})",
        "most likely level {level}, {p}",
        "From the complaint and the intake; a rule floor can still raise the level.",
        "Words in the note that weighed", "raised urgency: {words}", "lowered urgency: {words}",
        "no single word changed the level", "Symptom category: {name} {p}", "level", "read",
        *suggestion_panel.KIND_TITLES.values(),
    )
