"""Narrative intake: read age, sex, vital signs, consciousness, arrival, injury, onset and pregnancy
from a free-text note ("67 yo M, crushing CP since 2 h, diaphoretic, BP 88/50, HR 118, RR 24,
SpO2 91% RA, GCS 14"), each value with the words it came from.

Pure and deterministic, a small set of patterns (no model, no network): the measured alternative
libraries are in docs/narrative.md. Never invents: a value not written stays empty; a negated or
historical mention counts the way the complaint rules count it; two different values for one
field are a conflict, reported, not resolved.
"""

from __future__ import annotations

import bisect
import re
from typing import Callable, Iterator

from triage.engine.complaint_korean import has_hangul
from triage.engine.narrative import korean, patient, vitals
from triage.engine.narrative.found import FIELDS, VITAL_FIELDS, Extracted, Found
from triage.intake import AVPU, ArrivalMode, Intake, Patient, Sex, Vitals

__all__ = ["FIELDS", "Extracted", "Found", "extract", "complaint_from", "to_intake", "COMPLAINT_POLICY"]

MAX_NOTE_CHARS = 20_000  # a longer paste is read up to here (the form limits the complaint anyway)

# Readers in order of trust: a labelled reading ("HR 118") is read before a bare one ("118 bpm"),
# and a later reading that overlaps an earlier one's words for another field is dropped.
_READERS: tuple[Callable[[str, str], Iterator[Found]], ...] = (
    vitals.blood_pressure, vitals.gcs, vitals.heart_rate, vitals.resp_rate, vitals.spo2,
    vitals.temperature, vitals.pain, vitals.ordered_vitals, vitals.oxygen,
    patient.age, patient.sex, patient.avpu, patient.arrival, patient.injury, patient.onset,
    patient.pregnant,
)
# Korean labels, particles and units (korean.py), read after the English readers and only in a
# note that has Hangul in it, so that an English note is read exactly as before.
_KOREAN_READERS = _READERS + korean.READERS
# Same reading twice ("T 101.2F (38.4C)"): within this, two temperatures are one.
_SAME_TEMPERATURE = 0.15
# Fields whose denial and affirmation can both be written ("fell; denies head injury"): the
# affirmed mention is the value (an injury was written), not a conflict.
_AFFIRMED_WINS = frozenset({"injury"})

# The complaint handed to the engine: "minus" cuts the words turned into measurements and
# demographics (what the text model never saw in training) and keeps story, mechanism, onset and
# consciousness words for the complaint rules; "whole" passes the note unchanged. Measured on the
# teaching cases (tests/data/narratives_cases.csv, bench/bench_narrative.py).
COMPLAINT_POLICY = "minus"


# A reading's words are short ("heart rate is about 118 beats per minute"); readings further apart
# than this cannot overlap, so each new one is checked only against its neighbours.
_LONGEST_READING = 200
_MAY_SHARE_WORDS = frozenset({("sbp", "dbp"), ("dbp", "sbp"), ("spo2", "on_oxygen")})


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _same(a: Found, b: Found) -> bool:
    if a.field == "temperature_c":
        return abs(float(a.value) - float(b.value)) <= _SAME_TEMPERATURE
    return a.value == b.value


def extract(text: object) -> Extracted:
    """Read the intake fields written in ``text``.

    Returns an :class:`Extracted`: one ``Found`` per field written once (or written several times
    with the same value), and, for a field written with different values, all of them under
    ``conflicts`` and none under ``fields``. Never raises: ``None``, non-strings, emoji and very
    long text give a result (an empty one where nothing is written).
    """
    note = "" if text is None else text if isinstance(text, str) else str(text)
    note = note[:MAX_NOTE_CHARS]
    lower = note.lower()
    taken: list[Found] = []
    starts: list[tuple[int, int]] = []  # (start, index in taken), sorted: overlaps found by bisect
    for reader in _KOREAN_READERS if has_hangul(note) else _READERS:
        for found in reader(note, lower):
            low = bisect.bisect_left(starts, (found.span[0] - _LONGEST_READING, -1))
            high = bisect.bisect_left(starts, (found.span[1], -1))
            clash = any(
                (other := taken[i]).field != found.field and _overlaps(other.span, found.span)
                and (other.field, found.field) not in _MAY_SHARE_WORDS
                for _, i in starts[low:high])
            if not clash:
                bisect.insort(starts, (found.span[0], len(taken)))
                taken.append(found)
    by_field: dict[str, list[Found]] = {}
    for found in sorted(taken, key=lambda f: f.span):
        group = by_field.setdefault(found.field, [])
        if not any(_same(found, seen) for seen in group):
            group.append(found)
    fields: dict[str, Found] = {}
    conflicts: dict[str, tuple[Found, ...]] = {}
    for name, group in by_field.items():
        if name in _AFFIRMED_WINS:
            group = [f for f in group if f.value is True] or group
        if len(group) == 1:
            fields[name] = group[0]
        else:
            conflicts[name] = tuple(group)
    # Half a blood pressure in conflict leaves the other half unsure too.
    for a, b in (("sbp", "dbp"), ("dbp", "sbp")):
        if a in conflicts and b in fields:
            conflicts[b] = (fields.pop(b),)
    return Extracted(note, fields, conflicts, tuple(sorted(taken, key=lambda f: f.span)))


_LEFTOVER = re.compile(r"(?:\b(?:vs|v/s|vital signs?|vitals|on arrival)\b\s*[:\-]?\s*)(?=[,.;]|$)|"
                       r"\(\s*\)", re.IGNORECASE)
_MEANING_LABEL = re.compile(r"(?:fevers?|febrile|pyrexi\w*|hypothermic|tachycardi\w*|tachy|bradycardi\w*|"
                            r"tachypn\w*|hypotensive|hypertensive|desat\w*)\b|(?:고열|발열|열)(?=[이은]?\s*\d)", re.IGNORECASE)
_PUNCT_RUN = re.compile(r"\s*([,;])(?:\s*[,;])*\s*")
_DOT_RUN = re.compile(r"\s*[,;]?\s*\.(?:\s*[,;.])*\s*")


def complaint_from(extracted: Extracted, policy: str = COMPLAINT_POLICY) -> str:
    """The complaint text for the engine: the whole note, or the note minus the measurements.

    ``policy`` "whole" or "minus" (see ``COMPLAINT_POLICY``). Raises ``ValueError`` on another policy.
    """
    if policy == "whole":
        return extracted.text.strip()
    if policy != "minus":
        raise ValueError(f"policy must be 'whole' or 'minus', got {policy!r}")
    text = extracted.text
    spans = []
    for start, end in extracted.spans(VITAL_FIELDS):
        keep = _MEANING_LABEL.match(text, start)  # "fever of 39.2": the fever stays in the complaint
        spans.append((keep.end() if keep else start, end))
    for start, end in reversed(_merged(spans)):
        text = text[:start] + " " + text[end:]
    text = _LEFTOVER.sub("", text)
    text = re.sub(r":\s*[,;]\s*", ": ", text)  # "hand-over: 67 yo M, chest pain" → "hand-over: chest pain"
    text = _PUNCT_RUN.sub(r"\1 ", text)
    text = _DOT_RUN.sub(". ", text)
    text = re.sub(r"[ \t]{2,}", " ", text)
    return re.sub(r"^[\s,;.:/]+|[\s,;:]+$", "", text).strip()


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


_ARRIVAL_MODES = {m.value: m for m in ArrivalMode}


def to_intake(extracted: Extracted, *, policy: str = COMPLAINT_POLICY) -> Intake:
    """An ``Intake`` holding the values read without conflict, the complaint per ``policy``.

    Fields the intake has no place for (onset, pregnancy) stay in the complaint text, where the
    complaint rules read them. The values were range-checked when read, so this never raises.
    """
    get = extracted.get
    age = get("age_years")
    sex = get("sex")
    avpu = get("avpu")
    mode = get("arrival")
    vitals_ = Vitals(
        heart_rate=get("heart_rate"), resp_rate=get("resp_rate"), sbp=get("sbp"), dbp=get("dbp"),
        spo2=get("spo2"), temperature_c=get("temperature_c"), pain=get("pain"),
        avpu=AVPU(avpu) if isinstance(avpu, str) else None, gcs=get("gcs"),
        on_oxygen=get("on_oxygen") if isinstance(get("on_oxygen"), bool) else None)
    injury = get("injury")
    return Intake(
        patient=Patient(age_years=int(age) if isinstance(age, (int, float)) else None,
                        sex=Sex(sex) if isinstance(sex, str) and sex in "FMOU" else Sex.UNKNOWN),
        complaint=complaint_from(extracted, policy) or extracted.text.strip(),
        vitals=vitals_,
        arrival_mode=_ARRIVAL_MODES.get(mode, ArrivalMode.UNKNOWN) if isinstance(mode, str)
        else ArrivalMode.UNKNOWN,
        injury=injury if isinstance(injury, bool) else None,
    )
