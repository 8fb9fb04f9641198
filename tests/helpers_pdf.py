"""The text of a reportlab PDF, for tests: no PDF library is a dependency, so this reads the
content streams (ASCII85 + Flate, as reportlab writes them) and decodes each string by its font,
UTF-16 for the CID font (Hangul), Windows-1252 for Helvetica."""

from __future__ import annotations

import base64
import re
import zlib
from pathlib import Path

_STREAM = re.compile(rb"<<([^<>]*)>>\s*stream\r?\n(.*?)endstream", re.S)
_OBJECT = re.compile(rb"\d+ 0 obj(.*?)endobj", re.S)
_OPS = re.compile(rb"/(F\d+) [\d.]+ Tf|\((?:\\.|[^\\)])*\)")
_ESCAPES = {b"n": b"\n", b"r": b"\r", b"t": b"\t", b"b": b"\b", b"f": b"\f", b"(": b"(", b")": b")", b"\\": b"\\"}


def _literal(raw: bytes) -> bytes:
    out, i = bytearray(), 0
    while i < len(raw):
        ch = raw[i:i + 1]
        if ch == b"\\":
            octal = re.match(rb"[0-7]{1,3}", raw[i + 1:i + 4])
            if octal:
                out.append(int(octal.group(0), 8) & 0xFF)
                i += 1 + len(octal.group(0))
                continue
            out += _ESCAPES.get(raw[i + 1:i + 2], raw[i + 1:i + 2])
            i += 2
            continue
        out += ch
        i += 1
    return bytes(out)


def _fonts(data: bytes) -> dict[bytes, str]:
    """Resource name (b"F2") → base font ("HYGothic-Medium") of each font object."""
    out = {}
    for obj in _OBJECT.finditer(data):
        body = obj.group(1)
        name, base = re.search(rb"/Name /(F\d+)", body), re.search(rb"/BaseFont /([\w-]+)", body)
        if name and base and b"/Type /Font" in body:
            out[name.group(1)] = base.group(1).decode()
    return out


def font_names(data: bytes) -> set[str]:
    return set(_fonts(data).values())


def pdf_text(path: Path | bytes) -> str:
    """Every string the pages draw, decoded; pieces joined by spaces."""
    data = path if isinstance(path, bytes) else Path(path).read_bytes()
    cid = {name for name, base in _fonts(data).items() if base.startswith("HY")}
    pieces, font = [], b""
    for m in _STREAM.finditer(data):
        head, raw = m.group(1), m.group(2).strip()
        if b"/Subtype /Image" in head:
            continue
        if b"ASCII85Decode" in head:
            raw = base64.a85decode(raw[:-2] if raw.endswith(b"~>") else raw)
        if b"FlateDecode" in head:
            raw = zlib.decompress(raw)
        content = raw
        for op in _OPS.finditer(content):
            token = op.group(0)
            if op.group(1):
                font = op.group(1)
                continue
            text = _literal(token[1:-1])
            pieces.append(text.decode("utf-16-be", "replace") if font in cid else text.decode("cp1252", "replace"))
    return " ".join(pieces)
