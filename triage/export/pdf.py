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
from xml.sax.saxutils import escape

from triage import imaging
from triage.errors import ImageReadError
from triage.explain import headline_text, risk_text
from triage.export.common import ExportCase, ExportedAttachment
from triage.export.jsonl import iso
from triage.scales import LEVELS, label
from triage.suggestion import Reason

THUMB_PX = 256


def _oxygen(on_oxygen: bool | None, flow: float | None) -> str:
    """The O2 cell: blank when not recorded, "no" on room air, "yes" or the flow when known."""
    if on_oxygen is None:
        return ""
    if not on_oxygen:
        return "no"
    return f"{flow:g} L/min" if flow is not None else "yes"


def _styles() -> Any:
    from reportlab.lib.styles import getSampleStyleSheet

    return getSampleStyleSheet()


def _p(text: object, style: Any) -> Any:
    from reportlab.platypus import Paragraph

    return Paragraph(escape("" if text is None else str(text)).replace("\n", "<br/>"), style)


def _table(rows: list[list[Any]], header: bool = True, widths: list[float] | None = None) -> Any:
    """A grid; ``widths`` (points) fix the columns that hold free text, so a long unbroken word
    (an imported reason title, a name) wraps inside its cell instead of squeezing the others to a
    negative width, which made reportlab refuse the whole report."""
    from reportlab.lib import colors
    from reportlab.platypus import Table, TableStyle

    table = Table(rows, hAlign="LEFT", repeatRows=1 if header else 0, colWidths=widths)
    style = [("GRID", (0, 0), (-1, -1), 0.25, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("FONTSIZE", (0, 0), (-1, -1), 8)]
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


def case_story(ec: ExportCase, warnings: list[str] | None = None) -> list[Any]:
    """The flowables of one case's report; an image that cannot be decoded is named in the report
    and, when ``warnings`` is given, there too."""
    from reportlab.platypus import PageBreak, Spacer

    st = _styles()
    body, h2 = st["BodyText"], st["Heading2"]
    d = ec.detail
    p = d.patient
    story: list[Any] = [_p(f"Triage case report — case {ec.case_ref}", st["Title"])]
    if ec.deidentified:
        story.append(_p("De-identified: identifiers removed, dates shifted per patient.", st["Italic"]))
    patient_rows = [["Patient", ec.patient_ref], ["Name", p.name], ["MRN", p.mrn], ["Phone", p.phone],
                    ["Date of birth", iso(p.birth_date) or ""], ["Age", ec.age], ["Sex", p.sex.value],
                    ["Arrival", _when(d.arrival_time)], ["Arrival mode", d.arrival_mode.value],
                    ["Injury", "" if d.injury is None else ("yes" if d.injury else "no")],
                    ["Status", d.status.value]]
    story += [_p("Patient", h2), _table([[k, _p(v, body)] for k, v in patient_rows if v], header=False,
                                                 widths=[90, 360]),
              _p("Complaint", h2), _p(d.complaint, body)]
    if d.narrative:  # the note the intake was read from (issue 13)
        story += [_p("Note", h2), _p(d.narrative, body)]
    story += [_p("Vital signs", h2)]
    if d.vitals:
        rows = [["Time", "HR", "RR", "BP", "SpO2", "Temp °C", "Pain", "AVPU", "GCS", "O2"]]
        for vs in d.vitals:
            v = vs.vitals
            bp = f"{v.sbp or '–'}/{v.dbp or '–'}" if v.sbp or v.dbp else ""
            rows.append([_when(v.measured_at or vs.recorded_at), *("" if x is None else str(x) for x in
                         (v.heart_rate, v.resp_rate)), bp, *("" if x is None else str(x) for x in
                         (v.spo2, v.temperature_c, v.pain, v.avpu.value if v.avpu else None, v.gcs)),
                         _oxygen(v.on_oxygen, v.o2_flow_l_min)])
        story.append(_table(rows))
    else:
        story.append(_p("No vital signs recorded.", body))
    story.append(_p("Suggestion", h2))
    s = d.latest_suggestion
    if s is None:
        story.append(_p("No suggestion stored.", body))
    else:
        probs = ", ".join(f"{k}: {v:.2f}" for k, v in sorted(s.probabilities.items()))
        lines = [headline_text(s) + (" (rules only, models unavailable)" if s.rules_only else "")]
        lines += [risk_text(r) for r in s.risks]
        if probs:
            lines.append(f"Probabilities by level: {probs}")
        lines += [r.describe() + (f" — model {r.model_version}" if r.model_version else "")
                  for r in s.risks]
        if s.uncertainty:
            lines.append(s.uncertainty)
        if s.missing:
            lines.append("Missing: " + ", ".join(s.missing))
        if s.versions:
            lines.append("Versions: " + "; ".join(f"{k} {v}" for k, v in sorted(s.versions.items())))
        story += [_p(line, body) for line in lines]
        if s.reasons:
            rows = [["Kind", "Reason", "Detail", "Floor"]]
            rows += [[r.kind, _p(r.title, body), _p(_reason_detail(r), body),
                      "" if r.level_floor is None else str(r.level_floor)]
                     for r in sorted(s.reasons, key=lambda r: -r.weight)]
            story += [Spacer(1, 4), _table(rows, widths=[55, 145, 210, 40])]
    story.append(_p("Clinician decision", h2))
    if not d.reviews:
        story.append(_p("Not reviewed yet.", body))
    for r in d.reviews:
        story.append(_p(f"{_when(r.signed_at)} — {r.signed_by}: {r.decision.value}, final level "
                        f"{label(r.final_level) if r.final_level in LEVELS else r.final_level}"
                        + (f". Reason: {r.reason}" if r.reason else ""), body))
    if d.notes:
        story.append(_p("Notes", h2))
        story += [_p(f"{_when(n.created_at)} — {n.author}: {n.text}", body) for n in d.notes]
    if ec.attachments:
        story.append(_p("Images", h2))
        for att in ec.attachments:
            info = att.info
            info_line = f"{info.original_name} ({info.kind} {info.modality} {info.body_part} {info.view})".strip()
            if info.assessment is not None:
                a = info.assessment
                info_line += f" — {a.finding or ('assessed' if a.assessed else 'not assessed')}"
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
            cells = [(label, png) for label, png in (
                ("Image", thumb), ("Saliency", info.assessment.saliency_png if info.assessment else None))
                if png]
            story.append(_p(info_line, body))
            if problem:
                story.append(_p(f"(image not decodable: {problem})", body))
            if cells:
                story.append(_table([[label for label, _ in cells], [_image(png) for _, png in cells]]))
            elif not problem:
                story.append(_p("(no preview)", body))
    story += [Spacer(1, 6), PageBreak()]
    return story


class ReportWriter:
    """Collects case stories for one PDF (``add``/``save``) or writes one PDF per case (``write_one``)."""

    def __init__(self, warnings: list[str] | None = None) -> None:
        self._story: list[Any] = []
        self.warnings = warnings

    def add(self, ec: ExportCase) -> None:
        self._story += case_story(ec, self.warnings)

    def save(self, path: Path) -> None:
        _build(path, self._story or [_p("No cases in the selection.", _styles()["BodyText"])])

    @staticmethod
    def write_one(path: Path, ec: ExportCase, warnings: list[str] | None = None) -> None:
        _build(path, case_story(ec, warnings))


def _build(path: Path, story: list[Any]) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate

    # Neutral document metadata: a name in /Title would survive de-identification of the pages.
    doc = SimpleDocTemplate(str(path), pagesize=A4, title="Triage case report", author="Triage Desk",
                            subject="", creator="Triage Desk")
    doc.build(story)
