"""PDF case report (reportlab): patient, complaint, vitals table, suggestion with its reasons, the
clinician's decision, notes, and image thumbnails with their saliency overlays.

The reasons are rendered from the stored ``Reason`` records, never re-derived, so the report shows
the same basis as the screen and the FHIR RiskAssessment. A report for a selection is one document
(reportlab keeps a document's pages in memory until it is saved, so very large selections belong in
per-case files: ``ReportWriter`` handles both).
"""

from __future__ import annotations

import io
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from triage import imaging
from triage.errors import ImageReadError
from triage.explain import headline_text, risk_text
from triage.export import fonts
from triage.export.common import ExportCase, ExportedAttachment
from triage.export.jsonl import iso
from triage.export.report_words import ENGLISH, ReportWords
from triage.scales import LEVELS, label
from triage.suggestion import Reason

THUMB_PX = 256


def _oxygen(on_oxygen: bool | None, flow: float | None, w: ReportWords = ENGLISH) -> str:
    """The O2 cell: blank when not recorded, "no" on room air, "yes" or the flow when known."""
    if on_oxygen is None:
        return ""
    if not on_oxygen:
        return w("no")
    return f"{flow:g} L/min" if flow is not None else w("yes")


def _styles() -> Any:
    from reportlab.lib.styles import getSampleStyleSheet

    return getSampleStyleSheet()


def _p(text: object, style: Any) -> Any:
    from reportlab.platypus import Paragraph

    return Paragraph(fonts.markup("" if text is None else str(text)).replace("\n", "<br/>"), style)


def _table(rows: list[list[Any]], header: bool = True, widths: list[float] | None = None) -> Any:
    """A grid; ``widths`` (points) fix the columns that hold free text, so a long unbroken word
    (an imported reason title, a name) wraps inside its cell instead of squeezing the others to a
    negative width, which made reportlab refuse the whole report."""
    from reportlab.lib import colors
    from reportlab.platypus import Table, TableStyle

    table = Table(rows, hAlign="LEFT", repeatRows=1 if header else 0, colWidths=widths)
    style = [("GRID", (0, 0), (-1, -1), 0.25, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("FONTSIZE", (0, 0), (-1, -1), 8), *fonts.table_font_commands(rows)]
    if header:
        style.append(("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey))
    table.setStyle(TableStyle(style))
    return table


def thumbnail_png(att: ExportedAttachment) -> bytes | None:
    """A PNG thumbnail of the exported bytes, or None when there are none.

    Decoded in a worker process (:func:`triage.imaging.thumbnail_of`): a file that makes a native
    decoder abort costs its thumbnail, not the export.

    Raises
    ------
    ImageReadError
        The bytes cannot be decoded (:class:`~triage.errors.ImageNotDecodable` when the decoder
        crashed, ran out of time or of memory); the message says why.
    """
    if att.data is None:
        return None
    return imaging.thumbnail_of(att.data, att.info.original_name + att.suffix, THUMB_PX)


def _when(t: datetime | None) -> str:
    return "" if t is None else t.astimezone(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")


def _reason_detail(r: Reason) -> str:
    """The detail as stored, else its values (word attributions as "word (weight)")."""
    if r.detail:
        return r.detail
    words = r.values.get("words")
    if isinstance(words, (list, tuple)):
        return ", ".join(f"{w[0]} ({float(w[1]):.2f})" for w in words if isinstance(w, (list, tuple)) and len(w) == 2)
    return ", ".join(f"{k} {v}" for k, v in r.values.items())


def _image(png: bytes, width_pt: float = 150) -> Any:
    from reportlab.platypus import Image

    img = Image(io.BytesIO(png))
    scale = width_pt / img.imageWidth
    img.drawWidth, img.drawHeight = width_pt, img.imageHeight * scale
    return img


def _level(n: int | None, w: ReportWords) -> str:
    if n is None or n not in LEVELS:
        return "" if n is None else str(n)
    return w.level(n) if w.level is not None else label(n)


def case_story(ec: ExportCase, warnings: list[str] | None = None,
               words: ReportWords | None = None) -> list[Any]:
    """The flowables of one case's report; an image that cannot be decoded is named in the report
    and, when ``warnings`` is given, there too. ``words``: the report's language (English
    without); what was typed (Hangul included) prints as typed in any language."""
    from reportlab.platypus import PageBreak, Spacer

    w = words or ENGLISH
    st = _styles()
    body, h2 = st["BodyText"], st["Heading2"]
    d = ec.detail
    p = d.patient
    story: list[Any] = [_p(w("Triage case report — case {case}", case=ec.case_ref), st["Title"])]
    if ec.deidentified:
        story.append(_p(w("De-identified: identifiers removed, dates shifted per patient."), st["Italic"]))
    injury = "" if d.injury is None else w("yes" if d.injury else "no")
    patient_rows = [["Patient", ec.patient_ref], ["Name", p.name], ["MRN", p.mrn], ["Phone", p.phone],
                    ["Date of birth", iso(p.birth_date) or ""], ["Age", ec.age],
                    ["Sex", w.value("Sex", p.sex.value)], ["Arrival", _when(d.arrival_time)],
                    ["Arrival mode", w.value("Arrival mode", d.arrival_mode.value)],
                    ["Injury", injury], ["Status", w.value("Status", d.status.value)]]
    story += [_p(w("Patient"), h2), _table([[w(k), _p(v, body)] for k, v in patient_rows if v],
                                           header=False, widths=[90, 360]),
              _p(w("Complaint"), h2), _p(d.complaint, body)]
    if d.narrative:  # the note the intake was read from (issue 13)
        story += [_p(w("Note"), h2), _p(d.narrative, body)]
    story += [_p(w("Vital signs"), h2)]
    if d.vitals:
        rows = [[w("Time"), "HR", "RR", "BP", "SpO2", "Temp °C", w("Pain"), "AVPU", "GCS", "O2"]]
        for vs in d.vitals:
            v = vs.vitals
            bp = f"{v.sbp or '–'}/{v.dbp or '–'}" if v.sbp or v.dbp else ""
            rows.append([_when(v.measured_at or vs.recorded_at), *("" if x is None else str(x) for x in
                         (v.heart_rate, v.resp_rate)), bp, *("" if x is None else str(x) for x in
                         (v.spo2, v.temperature_c, v.pain, v.avpu.value if v.avpu else None, v.gcs)),
                         _oxygen(v.on_oxygen, v.o2_flow_l_min, w)])
        story.append(_table(rows))
    else:
        story.append(_p(w("No vital signs recorded."), body))
    story.append(_p(w("Suggestion"), h2))
    s = d.latest_suggestion
    if s is None:
        story.append(_p(w("No suggestion stored."), body))
    else:
        story += _suggestion(s, w, body)
    story.append(_p(w("Clinician decision"), h2))
    if not d.reviews:
        story.append(_p(w("Not reviewed yet."), body))
    for r in d.reviews:
        line = w("{when} — {who}: {decision}, final level {level}", when=_when(r.signed_at),
                 who=r.signed_by, decision=w.value("Decision", r.decision.value),
                 level=_level(r.final_level, w))
        story.append(_p(line + (". " + w("Reason: {reason}", reason=r.reason) if r.reason else ""), body))
    if d.notes:
        story.append(_p(w("Notes"), h2))
        story += [_p(f"{_when(n.created_at)} — {n.author}: {n.text}", body) for n in d.notes]
    if ec.attachments:
        story.append(_p(w("Images"), h2))
        for att in ec.attachments:
            info = att.info
            info_line = f"{info.original_name} ({info.kind} {info.modality} {info.body_part} {info.view})".strip()
            if info.assessment is not None:
                a = info.assessment
                info_line += f" — {a.finding or w('assessed' if a.assessed else 'not assessed')}"
                if a.probability is not None:
                    info_line += f", p={a.probability:.3f} ({a.model_version})"
                if a.reason:
                    info_line += f": {a.reason}"
            try:
                thumb, problem = thumbnail_png(att), ""
            except ImageReadError as exc:
                thumb, problem = None, str(exc)
                if warnings is not None:
                    warnings.append(f"case {ec.case_ref}: image {info.original_name} could not be "
                                    f"decoded for the report: {exc}")
            cells = [(name, png) for name, png in (
                (w("Image"), thumb), (w("Saliency"), info.assessment.saliency_png if info.assessment else None))
                if png]
            story.append(_p(info_line, body))
            if problem:
                story.append(_p(w("(image not decodable: {problem})", problem=problem), body))
            if cells:
                story.append(_table([[name for name, _ in cells], [_image(png) for _, png in cells]]))
            elif not problem:
                story.append(_p(w("(no preview)"), body))
    story += [Spacer(1, 6), PageBreak()]
    return story


def _suggestion(s: Any, w: ReportWords, body: Any) -> list[Any]:
    """The suggestion's lines and its reasons' table, in the report's language."""
    from reportlab.platypus import Spacer

    probs = ", ".join(f"{k}: {v:.2f}" for k, v in sorted(s.probabilities.items()))
    headline = w.headline(s) if w.headline is not None else headline_text(s)
    lines = [headline + (" " + w("(rules only, models unavailable)") if s.rules_only else "")]
    model = {id(r): f" — model {r.model_version}" if r.model_version else "" for r in s.risks}
    if w.risk is not None:  # the risk in words with its model, once
        lines += [w.risk(r) + model[id(r)] for r in s.risks]
    else:
        lines += [risk_text(r) for r in s.risks]
    if probs:
        lines.append(w("Probabilities by level: {probabilities}", probabilities=probs))
    if w.risk is None:
        lines += [r.describe() + model[id(r)] for r in s.risks]
    if s.uncertainty:
        lines.append(w.phrase(s.uncertainty) if w.phrase is not None else s.uncertainty)
    if s.missing:
        lines.append(w("Missing: {fields}", fields=", ".join(s.missing)))
    if s.versions:
        lines.append(w("Versions: {versions}",
                       versions="; ".join(f"{k} {v}" for k, v in sorted(s.versions.items()))))
    out: list[Any] = [_p(line, body) for line in lines]
    if s.reasons:
        rows: list[list[Any]] = [[w("Kind"), w("Reason"), w("Detail"), w("Floor")]]
        for r in sorted(s.reasons, key=lambda r: -r.weight):
            title, detail = w.reason(r) if w.reason is not None else (r.title, _reason_detail(r))
            rows.append([w.value("Kind", r.kind), _p(title, body), _p(detail or _reason_detail(r), body),
                         "" if r.level_floor is None else str(r.level_floor)])
        out += [Spacer(1, 4), _table(rows, widths=[55, 145, 210, 40])]
    return out


class ReportWriter:
    """Collects case stories for one PDF (``add``/``save``) or writes one PDF per case (``write_one``).

    ``words``: the reports' language (:class:`~triage.export.report_words.ReportWords`; English
    without)."""

    def __init__(self, warnings: list[str] | None = None, words: ReportWords | None = None) -> None:
        self._story: list[Any] = []
        self.warnings = warnings
        self.words = words or ENGLISH

    def add(self, ec: ExportCase) -> None:
        self._story += case_story(ec, self.warnings, self.words)

    def save(self, path: Path) -> None:
        _build(path, self._story or [_p(self.words("No cases in the selection."), _styles()["BodyText"])],
               self.words)

    @staticmethod
    def write_one(path: Path, ec: ExportCase, warnings: list[str] | None = None,
                  words: ReportWords | None = None) -> None:
        _build(path, case_story(ec, warnings, words), words or ENGLISH)


def _build(path: Path, story: list[Any], words: ReportWords = ENGLISH) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate

    # Neutral document metadata: a name in /Title would survive de-identification of the pages.
    doc = SimpleDocTemplate(str(path), pagesize=A4, title=words("Triage case report"), author="Triage Desk",
                            subject="", creator="Triage Desk")
    doc.build(story)
