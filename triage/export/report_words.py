"""The words of a case report in the reader's language, handed in by whoever asks for the report.

``triage`` never imports Qt, and the interface's translations are Qt's (``resources/i18n``): so
the PDF writer takes a ``ReportWords`` the screen builds from its translations (``ui.report_words``)
and, without one, prints English (the command line). Only what a reader reads is translated; the
stored record (reasons, levels, enum values) stays English, like the CSV, JSON and FHIR exports.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Mapping

from triage.suggestion import OutcomeRisk, Reason, Suggestion

# Every fixed text of the case report (triage/export/pdf.py): the keys of ``ReportWords.labels``.
# The interface marks the same texts for translation (ui/report_words.py; a test keeps both equal).
REPORT_LABELS = (
    "Triage case report — case {case}", "De-identified: identifiers removed, dates shifted per patient.",
    "Patient", "Name", "MRN", "Phone", "Date of birth", "Age", "Sex", "Arrival", "Arrival mode",
    "Injury", "Status", "Complaint", "Note", "Vital signs", "Time", "Pain", "yes", "no",
    "No vital signs recorded.", "Suggestion", "No suggestion stored.",
    "(rules only, models unavailable)", "Probabilities by level: {probabilities}",
    "Missing: {fields}", "Versions: {versions}", "Kind", "Reason", "Detail", "Floor",
    "Clinician decision", "Not reviewed yet.", "{when} — {who}: {decision}, final level {level}",
    "Reason: {reason}", "Notes", "Images", "assessed", "not assessed",
    "(image not decodable: {problem})", "(no preview)", "Image", "Saliency",
    "No cases in the selection.", "Triage case report",
)


@dataclass(frozen=True)
class ReportWords:
    """What a case report says in one language; every field left out reads English.

    labels: ``REPORT_LABELS`` (and "Field:value" keys for the enum values: "Sex:F",
    "Status:waiting", "Decision:accept", "Arrival mode:ambulance", "Kind:rule") → translation.
    reason: a reason's (title, detail) in the language; headline / risk: a suggestion's
    headline and an outcome risk in words; level: "2 — Emergency"; phrase: one of the engine's
    free-standing English phrases (the uncertainty) in the language.
    Plain functions and data: the report is written in a worker thread.
    """

    language: str = "en"
    labels: Mapping[str, str] = field(default_factory=dict)
    reason: Callable[[Reason], tuple[str, str]] | None = None
    headline: Callable[[Suggestion], str] | None = None
    risk: Callable[[OutcomeRisk], str] | None = None
    level: Callable[[int], str] | None = None
    phrase: Callable[[str], str] | None = None

    def __call__(self, text: str, **values: object) -> str:
        """A label of ``REPORT_LABELS`` in the language, its {placeholders} filled."""
        out = self.labels.get(text, text)
        return out.format(**values) if values else out

    def value(self, name: str, value: str) -> str:
        """An enum value ("F", "waiting") under field ``name`` in the language, else as stored."""
        return self.labels.get(f"{name}:{value}", value)


ENGLISH = ReportWords()
