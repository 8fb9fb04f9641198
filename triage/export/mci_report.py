"""Printable mass-casualty tags and the incident report (PDF, CSV, FHIR R4 Bundle).

A tag is one 4×6 inch label per patient (or A6): a band in the category's colour, the category in
large letters, the tag number as text and as a QR code (reportlab's own barcode widgets, no extra
dependency), the method and the branch that decided it, time tagged and the tagger. The report
counts patients per colour at each quarter hour (from the tag versions, so re-tags move patients
between colours at the time they happened), lists re-tags and dispositions, and the same data
goes out as CSV rows and a FHIR Bundle with one Observation per tag.

De-identified exports leave out free text (notes, areas, moved-to places) and the photo; the tag
number, category, method, times, age band and sex stay (a tag number identifies nobody outside
the incident's own paper tags).
"""

from __future__ import annotations

import csv
import io
import json
from datetime import datetime, timedelta
from pathlib import Path
from typing import Iterable, Sequence

from triage.export.fonts import draw_string, markup
from triage.mci.algorithms import CATEGORIES, COLOURS
from triage.mci.records import Incident, MciTag

LABEL_SIZES = {"4x6": (4 * 72, 6 * 72), "A6": (297.6, 419.5)}
RGB = {"red": (0.80, 0.0, 0.0), "yellow": (1.0, 0.85, 0.0), "green": (0.0, 0.60, 0.20),
       "black": (0.0, 0.0, 0.0)}
QUARTER = timedelta(minutes=15)
CSV_COLUMNS = ("tag_number", "version", "event", "method", "category", "colour",
               "computed_category", "overridden", "sex", "age_years", "area", "moved_to",
               "written_by", "written_at", "first_tagged_at")


def write_tags_pdf(incident: Incident, tags: Sequence[MciTag], path: Path, *, size: str = "4x6") -> int:
    """One label page per tag; returns the number of pages written."""
    from reportlab.graphics import renderPDF
    from reportlab.graphics.barcode.qr import QrCodeWidget
    from reportlab.graphics.shapes import Drawing
    from reportlab.pdfgen import canvas

    width, height = LABEL_SIZES[size]
    c = canvas.Canvas(str(path), pagesize=(width, height), invariant=1)
    c.setTitle(f"Triage tags — {incident.name}")
    for t in tags:
        colour = t.colour
        c.setFillColorRGB(*RGB[colour])
        c.rect(0, height - 90, width, 90, stroke=0, fill=1)
        c.setFillColorRGB(*((0, 0, 0) if colour == "yellow" else (1, 1, 1)))
        draw_string(c, width / 2, height - 50, t.category.upper(), "Helvetica-Bold", 30, centred=True)
        draw_string(c, width / 2, height - 75, colour.upper(), "Helvetica-Bold", 14, centred=True)
        c.setFillColorRGB(0, 0, 0)
        draw_string(c, 18, height - 120, f"Tag {t.tag_number}", "Helvetica-Bold", 22)
        qr = QrCodeWidget(f"MCI:{incident.id}:{t.tag_number}")
        x0, y0, x1, y1 = qr.getBounds()
        side = 110
        d = Drawing(side, side, transform=[side / (x1 - x0), 0, 0, side / (y1 - y0), 0, 0])
        d.add(qr)
        renderPDF.draw(d, c, width - side - 12, height - 90 - side - 8)
        lines = [f"Incident: {incident.name}", f"Method: {t.method}",
                 f"Tagged: {t.first_tagged_at:%Y-%m-%d %H:%M} by {t.written_by}",
                 f"This version: {t.event} {t.written_at:%H:%M} (v{t.version})"]
        if t.overridden:
            lines.append(f"Override (algorithm said {t.computed_category})")
        if t.sex or t.age_years is not None:
            lines.append(f"Sex {t.sex or '?'}, age ~{t.age_years:g}" if t.age_years is not None
                         else f"Sex {t.sex}")
        if t.area:
            lines.append(f"Area: {t.area}")
        if t.moved_to:
            lines.append(f"Moved to: {t.moved_to}")
        if t.notes:  # typed at the scene, Hangul included (the CID font prints it)
            lines.append(f"Notes: {' '.join(t.notes.split())}")
        y = height - 230
        for line in lines + [""] + [f"• {r}" for r in t.reasons]:
            draw_string(c, 18, y, _fit(line, width - 30), "Helvetica", 10)
            y -= 14
            if y < 20:
                break
        c.showPage()
    c.save()
    return len(tags)


def _fit(text: str, width: float, font: str = "Helvetica", size: float = 10) -> str:
    """``text`` cut to ``width`` points (a Hangul syllable is twice as wide as a Latin letter)."""
    from triage.export.fonts import string_width

    text = text[:80]
    while text and string_width(text, font, size) > width:
        text = text[:-1]
    return text


def counts_over_time(versions: Sequence[MciTag], start: datetime, end: datetime) -> list[tuple[datetime, dict[str, int]]]:
    """Patients per colour at each quarter hour from ``start`` to ``end`` (the tag in force then)."""
    out = []
    at = start
    ordered = sorted(versions, key=lambda v: (v.written_at, v.id))
    while True:
        current: dict[str, MciTag] = {}
        for v in ordered:
            if v.written_at <= at:
                current[v.tag_number] = v
        counts = {COLOURS[c]: 0 for c in CATEGORIES}
        for v in current.values():
            counts[v.colour] += 1
        out.append((at, counts))
        if at >= end:
            return out
        at = min(at + QUARTER, end)


def csv_text(versions: Iterable[MciTag], *, deidentify: bool = False) -> str:
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(CSV_COLUMNS)
    for v in versions:
        row = {"tag_number": v.tag_number, "version": v.version, "event": v.event, "method": v.method,
               "category": v.category, "colour": v.colour, "computed_category": v.computed_category,
               "overridden": int(v.overridden), "sex": v.sex,
               "age_years": "" if v.age_years is None else (_age_band(v.age_years) if deidentify else v.age_years),
               "area": "" if deidentify else v.area, "moved_to": "" if deidentify else v.moved_to,
               "written_by": "" if deidentify else v.written_by, "written_at": v.written_at.isoformat(),
               "first_tagged_at": v.first_tagged_at.isoformat()}
        w.writerow([_safe(row[c]) for c in CSV_COLUMNS])
    return buf.getvalue()


def _safe(value: object) -> object:
    """No spreadsheet formula injection from a typed field."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@"):
        return "'" + value
    return value


def _age_band(age: float) -> str:
    if age >= 90:
        return "90+"
    lo = int(age // 10) * 10
    return f"{lo}-{lo + 9}"


def fhir_bundle(incident: Incident, tags: Sequence[MciTag], *, deidentify: bool = False) -> dict:
    """A FHIR R4 collection Bundle: one Observation per tag (the category in force), validated with
    ``fhir.resources``."""
    from fhir.resources.bundle import Bundle

    entries = []
    for t in tags:
        obs = {
            "resourceType": "Observation", "id": f"mci-{incident.id}-{t.tag_number}",
            "status": "amended" if t.version > 1 else "final",
            "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/observation-category",
                                      "code": "survey"}]}],
            "code": {"text": f"Mass-casualty triage category ({t.method})"},
            "effectiveDateTime": t.written_at.isoformat(),
            "valueCodeableConcept": {"text": t.category,
                                     "coding": [{"system": "urn:triage-desk:mci-category",
                                                 "code": t.category, "display": t.colour}]},
            "identifier": [{"system": f"urn:triage-desk:incident:{incident.id}:tag", "value": t.tag_number}],
            "note": [{"text": "; ".join(t.reasons)[:1000]}],
        }
        if t.overridden:
            obs["note"].append({"text": f"override of computed category {t.computed_category}"})
        if not deidentify and t.written_by:
            obs["performer"] = [{"display": t.written_by}]
        entries.append({"fullUrl": f"urn:uuid:mci-{incident.id}-{t.tag_number}", "resource": obs})
    bundle = {"resourceType": "Bundle", "type": "collection", "entry": entries,
              "timestamp": (incident.ended_at or datetime.now().astimezone()).isoformat()}
    Bundle.model_validate(bundle)
    return bundle


def write_report_pdf(incident: Incident, versions: Sequence[MciTag], current: Sequence[MciTag],
                     path: Path, *, now: datetime | None = None) -> None:
    """The incident report: counts per colour at each quarter hour, re-tags, dispositions."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table
    from reportlab.lib.styles import getSampleStyleSheet

    styles = getSampleStyleSheet()
    end = incident.ended_at or now or (max(v.written_at for v in versions) if versions else incident.declared_at)
    story = [Paragraph(markup(f"Incident report — {incident.name}"), styles["Title"]),
             Paragraph(markup(f"{incident.place} · declared {incident.declared_at:%Y-%m-%d %H:%M} by "
                              f"{incident.declared_by}" + (f" · ended {incident.ended_at:%H:%M} by "
                                                           f"{incident.ended_by}" if incident.ended_at else
                                                           " · still open")), styles["Normal"]),
             Spacer(1, 8)]
    now_counts = {COLOURS[c]: 0 for c in CATEGORIES}
    for t in current:
        now_counts[t.colour] += 1
    story.append(Paragraph(markup("Now: " + ", ".join(f"{k} {v}" for k, v in now_counts.items())
                                  + f" — {len(current)} patients"), styles["Heading2"]))
    rows = [["time", "red", "yellow", "green", "black"]]
    start = min([incident.declared_at, *(v.written_at for v in versions)])
    for at, counts in counts_over_time(versions, start, max(end, start)):
        rows.append([f"{at:%H:%M}", *(str(counts[c]) for c in ("red", "yellow", "green", "black"))])
    story += [Paragraph("Counts per colour, every quarter hour", styles["Heading2"]), Table(rows)]
    retags = [v for v in versions if v.event in ("retag", "override")]
    moves = [v for v in versions if v.event == "disposition"]
    story.append(Paragraph(f"Re-tags and overrides ({len(retags)})", styles["Heading2"]))
    for v in retags:
        story.append(Paragraph(markup(f"{v.written_at:%H:%M} tag {v.tag_number}: {v.event} → {v.category}"
                                      f" by {v.written_by}"), styles["Normal"]))
    story.append(Paragraph(f"Dispositions ({len(moves)})", styles["Heading2"]))
    for v in moves:
        story.append(Paragraph(markup(f"{v.written_at:%H:%M} tag {v.tag_number} ({v.category}) moved "
                                      f"to {v.moved_to}"), styles["Normal"]))
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build(story)


def jsonable(bundle: dict) -> str:
    return json.dumps(bundle, ensure_ascii=False, indent=1)


INCIDENT_FILES = ("tags_pdf", "report_pdf", "csv")


def write_incident_file(store, actor, incident_id: int, kind: str, path: Path, *,
                        size: str = "4x6", deidentify: bool = False) -> Path:
    """One of the incident's files, as the desk's buttons ask for it: ``kind`` "tags_pdf" (one
    label per patient, the tag in force), "report_pdf" or "csv" (one row per tag version).

    The file is created 0600 before anything is written to it (patient data never sits in a
    world-readable file, even for a moment); a file written halfway is removed.

    Raises
    ------
    PermissionDenied
        ``actor`` may not read the incident's board.
    NotFound
        no incident ``incident_id``.
    ValueError
        an unknown ``kind``.
    OSError
        the file cannot be written.
    """
    from triage.store.connection import private_file

    if kind not in INCIDENT_FILES:
        raise ValueError(f"kind must be one of {', '.join(INCIDENT_FILES)}")
    incident = store.incident(actor, incident_id)
    tags = store.incident_tags(actor, incident_id)
    versions = store.all_tag_versions(actor, incident_id) if kind != "tags_pdf" else []
    path = Path(path)
    existed = path.exists()
    private_file(path)
    try:
        if kind == "tags_pdf":
            write_tags_pdf(incident, tags, path, size=size)
        elif kind == "report_pdf":
            write_report_pdf(incident, versions, tags, path)
        else:
            path.write_text(csv_text(versions, deidentify=deidentify), encoding="utf-8")
    except BaseException:
        if not existed:
            path.unlink(missing_ok=True)
        raise
    path.chmod(0o600)
    return path
