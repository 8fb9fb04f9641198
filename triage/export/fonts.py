"""Fonts of the PDFs: Hangul (and ≥, →, …) print in any language, with no font file to ship.

reportlab's built-in Helvetica knows only the Windows-1252 characters: a complaint typed in
Hangul, a Korean label or a "≥" of a rule came out as black boxes. Every run of text outside
Windows-1252 is set in reportlab's CID font ``HYGothic-Medium`` (Adobe-Korea1: Hangul, Hanja and
the KS X 1001 symbols, among them ≥ ≤ → · ※): it needs no font file (the PDF names the font,
the viewer supplies its Korean font, as for any Korean PDF), so the installed package prints
Korean as well as a checkout with ``make fonts``. The Noto Sans CJK of ``make fonts`` cannot be
embedded instead: reportlab embeds TrueType outlines only and Noto CJK is OpenType/CFF.
Latin text stays in Helvetica, so an English report looks as it did.
"""

from __future__ import annotations

from typing import Any
from xml.sax.saxutils import escape

CJK_FONT = "HYGothic-Medium"  # a sans serif, beside Helvetica
LATIN_FONT, LATIN_BOLD = "Helvetica", "Helvetica-Bold"
_registered: list[bool] = []


def _latin(ch: str) -> bool:
    try:
        ch.encode("cp1252")
    except UnicodeEncodeError:
        return False
    return True


def register() -> str:
    """Register the CID font with reportlab (once per process); returns its name."""
    if not _registered:
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.cidfonts import UnicodeCIDFont

        pdfmetrics.registerFont(UnicodeCIDFont(CJK_FONT))
        _registered.append(True)
    return CJK_FONT


def needs_cjk(text: str) -> bool:
    """Whether ``text`` has a character Helvetica cannot print."""
    return any(ord(ch) > 127 and not _latin(ch) for ch in text)


def runs(text: str) -> list[tuple[str, bool]]:
    """``text`` cut into (piece, needs the CID font) runs; spaces and ASCII go with Helvetica."""
    out: list[tuple[str, bool]] = []
    for ch in text:
        cjk = not _latin(ch)
        if ch == " " and out:
            cjk = out[-1][1]  # a space inside a Korean phrase stays in it
        if out and out[-1][1] == cjk:
            out[-1] = (out[-1][0] + ch, cjk)
        else:
            out.append((ch, cjk))
    return out


def markup(text: str) -> str:
    """``text`` escaped for a reportlab Paragraph, its non-Latin runs in the CID font."""
    if not needs_cjk(text):
        return escape(text)
    register()
    return "".join(f'<font face="{CJK_FONT}">{escape(piece)}</font>' if cjk else escape(piece)
                   for piece, cjk in runs(text))


def string_width(text: str, font: str, size: float) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if needs_cjk(text):
        register()

    return sum(stringWidth(piece, CJK_FONT if cjk else font, size) for piece, cjk in runs(text))


def draw_string(c: Any, x: float, y: float, text: str, font: str, size: float, *,
                centred: bool = False) -> None:
    """``canvas.drawString`` that switches to the CID font for the runs Helvetica lacks."""
    if centred:
        x -= string_width(text, font, size) / 2
    if not needs_cjk(text):
        c.setFont(font, size)
        c.drawString(x, y, text)
        return
    register()
    from reportlab.pdfbase.pdfmetrics import stringWidth

    for piece, cjk in runs(text):
        face = CJK_FONT if cjk else font
        c.setFont(face, size)
        c.drawString(x, y, piece)
        x += stringWidth(piece, face, size)
    c.setFont(font, size)


def table_font_commands(rows: list[list[Any]]) -> list[tuple]:
    """TableStyle commands that set the CID font on the plain-text cells Helvetica cannot print
    (a cell in Korean then prints its Latin letters in the CID font too, which has them)."""
    cmds: list[tuple] = []
    for r, row in enumerate(rows):
        for col, cell in enumerate(row):
            if isinstance(cell, str) and needs_cjk(cell):
                cmds.append(("FONTNAME", (col, r), (col, r), register()))
    return cmds
