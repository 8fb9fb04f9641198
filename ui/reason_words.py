"""The engine's reasons in the interface language, by reason code.

``triage.engine`` explains a suggestion in fixed English (a ``Reason``'s title and detail, with
its numbers): that is the record (stored, exported, sent as FHIR), so it stays English there.
The screen and the PDF show it in the reader's language: each code's titles are messages of this
module (``TITLES``, placeholders for the numbers), and the detail is translated phrase by phrase
(``DETAIL_PHRASES``): numbers, units and abbreviations (SpO2 88 % < 90 %, HR, NEWS2) read the
same in Korean, and what the nurse typed (between “ ”) is kept as typed. A title this module does
not know is shown unchanged rather than hidden; tests/ui/test_ui_reason_words.py fails on a code
the engine can produce that is missing here.

Every function takes ``translate`` (``QCoreApplication.translate`` by default), so the PDF writer,
which runs in a worker thread, can use a table translated beforehand (``frozen``).
"""

from __future__ import annotations

import re
from typing import Callable, Iterable, Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from triage.suggestion import Reason

CONTEXT = "Reasons"
Translate = Callable[[str, str], str]

# code → the English titles the engine gives it ({name}: a number or a word it fills in).
TITLES: dict[str, tuple[str, ...]] = {
    # triage/engine/rules.py
    "unresponsive": (QT_TRANSLATE_NOOP("Reasons", "Unresponsive"),
                     QT_TRANSLATE_NOOP("Reasons", "Unconscious (GCS ≤ 8)")),
    "altered_consciousness": (QT_TRANSLATE_NOOP("Reasons", "Responds only to pain"),
                              QT_TRANSLATE_NOOP("Reasons", "Responds only to voice"),
                              QT_TRANSLATE_NOOP("Reasons", "Altered consciousness (GCS 9-13)")),
    "shock": (QT_TRANSLATE_NOOP("Reasons", "Shock"),),
    "hypotension": (QT_TRANSLATE_NOOP("Reasons", "Hypotension"),),
    "shock_index": (QT_TRANSLATE_NOOP("Reasons", "Shock index ≥ 1.0"),),
    "bradycardia": (QT_TRANSLATE_NOOP("Reasons", "Severe bradycardia"),),
    "tachycardia": (QT_TRANSLATE_NOOP("Reasons", "Severe tachycardia"),
                    QT_TRANSLATE_NOOP("Reasons", "Tachycardia")),
    "hypertension": (QT_TRANSLATE_NOOP("Reasons", "Severe hypertension with symptoms"),
                     QT_TRANSLATE_NOOP("Reasons", "Severe hypertension")),
    "respiratory_failure": (QT_TRANSLATE_NOOP("Reasons", "Respiratory failure"),),
    "hypoxaemia": (QT_TRANSLATE_NOOP("Reasons", "Severe hypoxaemia"),
                   QT_TRANSLATE_NOOP("Reasons", "Hypoxaemia"),
                   QT_TRANSLATE_NOOP("Reasons", "Mild hypoxaemia")),
    "respiratory_rate": (QT_TRANSLATE_NOOP("Reasons", "Extreme respiratory rate"),
                         QT_TRANSLATE_NOOP("Reasons", "Abnormal respiratory rate")),
    "hypothermia": (QT_TRANSLATE_NOOP("Reasons", "Severe hypothermia"),
                    QT_TRANSLATE_NOOP("Reasons", "Hypothermia")),
    "hyperthermia": (QT_TRANSLATE_NOOP("Reasons", "Very high fever"),),
    "fever_high_risk": (QT_TRANSLATE_NOOP("Reasons", "Fever with risk factors"),
                        QT_TRANSLATE_NOOP("Reasons", "Reported fever with immunosuppression")),
    "fever_unwell": (QT_TRANSLATE_NOOP("Reasons", "Fever with abnormal vital signs"),),
    "fever": (QT_TRANSLATE_NOOP("Reasons", "Fever"),),
    "febrile_young_infant": (QT_TRANSLATE_NOOP("Reasons", "Fever in an infant under 3 months"),
                             QT_TRANSLATE_NOOP("Reasons", "Fever in an infant of unknown months")),
    "pain": (QT_TRANSLATE_NOOP("Reasons", "Severe central pain"),
             QT_TRANSLATE_NOOP("Reasons", "Severe peripheral pain"),
             QT_TRANSLATE_NOOP("Reasons", "Moderate central pain"),
             QT_TRANSLATE_NOOP("Reasons", "Moderate peripheral pain")),
    "news2": (QT_TRANSLATE_NOOP("Reasons", "NEWS2 ≥ 7 (high risk)"),
              QT_TRANSLATE_NOOP("Reasons", "NEWS2 5-6 (medium risk)"),
              QT_TRANSLATE_NOOP("Reasons", "NEWS2 single parameter scored 3"),
              QT_TRANSLATE_NOOP("Reasons", "NEWS2 {total} (low risk)"),
              QT_TRANSLATE_NOOP("Reasons", "NEWS2 {total} (low-medium risk)"),
              QT_TRANSLATE_NOOP("Reasons", "NEWS2 {total} (medium risk)"),
              QT_TRANSLATE_NOOP("Reasons", "NEWS2 {total} (high risk)")),
    "stated_vitals": (QT_TRANSLATE_NOOP("Reasons", "Vital signs read from the complaint"),),
    # complaint red flags (triage/engine/complaint_text.py)
    "cardiac_arrest": (QT_TRANSLATE_NOOP("Reasons", "Cardiac or respiratory arrest"),),
    "resuscitation": (QT_TRANSLATE_NOOP("Reasons", "Airway or resuscitation needed"),),
    "status_epilepticus": (QT_TRANSLATE_NOOP("Reasons", "Active seizure / status epilepticus"),),
    "altered_mental_status": (QT_TRANSLATE_NOOP("Reasons", "Altered mental status"),),
    "stroke_signs": (QT_TRANSLATE_NOOP("Reasons", "Stroke signs (BE-FAST)"),),
    "intracranial_bleed": (QT_TRANSLATE_NOOP("Reasons", "Intracranial haemorrhage"),),
    "cardiac_chest_pain": (QT_TRANSLATE_NOOP("Reasons", "Chest pain, possibly cardiac"),),
    "acute_coronary_syndrome": (QT_TRANSLATE_NOOP("Reasons", "Acute coronary syndrome"),),
    "aortic_dissection": (QT_TRANSLATE_NOOP("Reasons", "Possible aortic dissection / aneurysm"),),
    "pulmonary_embolism": (QT_TRANSLATE_NOOP("Reasons", "Possible pulmonary embolism"),),
    "respiratory_distress": (QT_TRANSLATE_NOOP("Reasons", "Respiratory distress / airway threat"),),
    "anaphylaxis": (QT_TRANSLATE_NOOP("Reasons", "Anaphylaxis"),),
    "allergy_with_breathing": (QT_TRANSLATE_NOOP("Reasons", "Allergic reaction with breathing difficulty"),),
    "suicidal": (QT_TRANSLATE_NOOP("Reasons", "Suicidal ideation, attempt or self-harm"),),
    "behavioural_danger": (QT_TRANSLATE_NOOP("Reasons", "Violent or uncontrolled behaviour"),),
    "poisoning": (QT_TRANSLATE_NOOP("Reasons", "Poisoning / intoxication with drugs"),),
    "major_trauma": (QT_TRANSLATE_NOOP("Reasons", "Major trauma mechanism"),),
    "bleeding_in_pregnancy": (QT_TRANSLATE_NOOP("Reasons", "Bleeding in pregnancy"),),
    "ectopic_pregnancy": (QT_TRANSLATE_NOOP("Reasons", "Possible ectopic pregnancy / eclampsia"),),
    "thunderclap_headache": (QT_TRANSLATE_NOOP("Reasons", "Thunderclap headache"),),
    "testicular_torsion": (QT_TRANSLATE_NOOP("Reasons", "Possible testicular torsion"),),
    "diabetic_emergency": (QT_TRANSLATE_NOOP("Reasons", "Diabetic emergency (DKA / hypoglycaemia)"),),
    "sepsis": (QT_TRANSLATE_NOOP("Reasons", "Possible sepsis"),),
    "spinal_cord": (QT_TRANSLATE_NOOP("Reasons", "Possible spinal cord compression"),),
    "hypotension_text": (QT_TRANSLATE_NOOP("Reasons", "Hypotension reported"),),
    "major_burn": (QT_TRANSLATE_NOOP("Reasons", "Airway, electrical or extensive burn"),),
    "chemical_eye": (QT_TRANSLATE_NOOP("Reasons", "Chemical exposure to the eye"),),
    "chemical_burn": (QT_TRANSLATE_NOOP("Reasons", "Chemical burn"),),
    "vision_loss": (QT_TRANSLATE_NOOP("Reasons", "Sudden loss of vision"),),
    "acute_visual_disturbance": (QT_TRANSLATE_NOOP("Reasons", "Acute visual disturbance"),),
    "penetrating_eye_injury": (QT_TRANSLATE_NOOP("Reasons", "Penetrating eye injury"),),
    "eye_trauma": (QT_TRANSLATE_NOOP("Reasons", "Eye trauma"),),
    "hyperkalemia": (QT_TRANSLATE_NOOP("Reasons", "Hyperkalaemia"),),
    "uncontrolled_bleeding": (QT_TRANSLATE_NOOP("Reasons", "Uncontrolled or arterial bleeding"),),
    "head_injury_anticoagulated": (QT_TRANSLATE_NOOP("Reasons", "Head injury or fall on anticoagulants"),),
    "gi_bleeding": (QT_TRANSLATE_NOOP("Reasons", "Gastrointestinal bleeding"),),
    "hemoptysis": (QT_TRANSLATE_NOOP("Reasons", "Haemoptysis"),),
    "seizure": (QT_TRANSLATE_NOOP("Reasons", "Seizure (recovered)"),),
    # triage/engine/engine.py
    "site_head_line": (QT_TRANSLATE_NOOP("Reasons", "Level head's urgency {urgency} — above this ED's line of {line}"),),
    "site_lower_line": (QT_TRANSLATE_NOOP("Reasons", "Level {level} rather than {head} — this ED's own line below 1-2"),
                        QT_TRANSLATE_NOOP("Reasons", "Level {level} rather than {head} — the shipped line below 1-2")),
    "risk_critical": (QT_TRANSLATE_NOOP("Reasons", "Risk of critical care {p} — above this ED's line of {line}"),
                      QT_TRANSLATE_NOOP("Reasons", "Risk of critical care {p} — above the shipped line of {line}"),
                      QT_TRANSLATE_NOOP("Reasons", "Risk of critical care {p} (above this ED's line of {line})"),
                      QT_TRANSLATE_NOOP("Reasons", "Risk of critical care {p} (below this ED's line of {line})"),
                      QT_TRANSLATE_NOOP("Reasons", "Risk of critical care {p} (above the shipped line of {line})"),
                      QT_TRANSLATE_NOOP("Reasons", "Risk of critical care {p} (below the shipped line of {line})"),
                      QT_TRANSLATE_NOOP("Reasons", "Risk of critical care {p}")),
    "risk_admission": (QT_TRANSLATE_NOOP("Reasons", "Likely admission {p}"),),
    "rules_only": (QT_TRANSLATE_NOOP("Reasons", "Rules only: the text model is unavailable"),),
    "close_levels": (QT_TRANSLATE_NOOP("Reasons", "between level {low} and {high} — {what} would decide"),),
    "ask_onset": (),  # the title is one of QUESTIONS
    "missing": (QT_TRANSLATE_NOOP("Reasons", "Not recorded: {fields}"),),
    "image_not_assessed": (QT_TRANSLATE_NOOP("Reasons", "Image not assessed"),),
    "image_pneumonia": (QT_TRANSLATE_NOOP("Reasons", "Chest radiograph: possible pneumonia"),),
    "image_no_finding": (QT_TRANSLATE_NOOP("Reasons", "Chest radiograph: {finding}"),),
    "text_acuity": (),  # rebuilt from its values by the suggestion panel
    "words": (),
    "symptom_category": (),
    # triage/engine/esi.py, triage/demo.py
    "esi_scale": (QT_TRANSLATE_NOOP("Reasons", "ESI level {level}"),),
    "demo": (QT_TRANSLATE_NOOP("Reasons", "Demo data: synthetic suggestion"),),
}
# Codes whose title is data, shown as stored: a CSV import's reason is the exported text itself.
AS_STORED = frozenset({"csv_import"})

# The onset questions of time-critical floors (complaint_text.py, rules.py): an "ask_onset"
# title, the end of a red flag's detail, and the suggestion's uncertainty line.
QUESTIONS = (
    QT_TRANSLATE_NOOP("Reasons", "Onset of the stroke signs not stated: level 2 assumes within hours — ask "
                      "when the patient was last known well (level 3 if days ago)."),
    QT_TRANSLATE_NOOP("Reasons", "Onset of the vision loss not stated: level 2 assumes it was sudden, within "
                      "hours — ask when it started (level 3 if days ago)."),
    QT_TRANSLATE_NOOP("Reasons", "The onset is unclear: ask when it started."),
    QT_TRANSLATE_NOOP("Reasons", "How many months old is the infant? Fever under 3 months is level 2; an "
                      "older infant follows the other signs."),
)
# Words the titles fill in ({what}, {finding}): engine.MISSING_WORDS and the image findings.
FILLED_WORDS = (
    QT_TRANSLATE_NOOP("Reasons", "an SpO2 reading"), QT_TRANSLATE_NOOP("Reasons", "a pain score"),
    QT_TRANSLATE_NOOP("Reasons", "a heart rate"), QT_TRANSLATE_NOOP("Reasons", "a respiratory rate"),
    QT_TRANSLATE_NOOP("Reasons", "a blood pressure"), QT_TRANSLATE_NOOP("Reasons", "a temperature"),
    QT_TRANSLATE_NOOP("Reasons", "a consciousness level (AVPU/GCS)"),
    QT_TRANSLATE_NOOP("Reasons", "the patient's age"), QT_TRANSLATE_NOOP("Reasons", "the presenting complaint"),
    QT_TRANSLATE_NOOP("Reasons", "a clinician's assessment of the complaint"),
    QT_TRANSLATE_NOOP("Reasons", "no pneumonia detected"), QT_TRANSLATE_NOOP("Reasons", "no finding"),
    QT_TRANSLATE_NOOP("Reasons", "possible pneumonia"),
)
# Phrases of the details, replaced wherever they occur, in this order (longest first where one
# contains another); {name}: a number or an abbreviation carried over as it is.
DETAIL_PHRASES = (
    *QUESTIONS,
    QT_TRANSLATE_NOOP("Reasons", "AVPU U: responds to nothing"),
    QT_TRANSLATE_NOOP("Reasons", "AVPU P: responds only to pain"),
    QT_TRANSLATE_NOOP("Reasons", "AVPU V: responds only to voice"),
    QT_TRANSLATE_NOOP("Reasons", "Complaint mentions {quote}"),
    QT_TRANSLATE_NOOP("Reasons", "Complaint reports {quote} with {words} (not measured)"),
    QT_TRANSLATE_NOOP("Reasons", "Complaint reports {quote} with {words} (measured T {t} °C)"),
    QT_TRANSLATE_NOOP("Reasons", "with immunosuppression ({words})"),
    QT_TRANSLATE_NOOP("Reasons", "immunosuppression ({words})"),
    QT_TRANSLATE_NOOP("Reasons", "without symptoms"),
    QT_TRANSLATE_NOOP("Reasons", "other vital signs normal"),
    QT_TRANSLATE_NOOP("Reasons", "central pain from the complaint"),
    QT_TRANSLATE_NOOP("Reasons", "peripheral pain from the complaint"),
    QT_TRANSLATE_NOOP("Reasons", "at {days} days old"),
    QT_TRANSLATE_NOOP("Reasons", "at {quote}"),
    QT_TRANSLATE_NOOP("Reasons", "fever reported"),
    QT_TRANSLATE_NOOP("Reasons", "under 1 year, age in months not recorded (under 3 months is level 2)"),
    QT_TRANSLATE_NOOP("Reasons", "(the fields were empty)"),
    QT_TRANSLATE_NOOP("Reasons", "(lower bound: {names} not recorded)"),
    QT_TRANSLATE_NOOP("Reasons", "altered consciousness"),
    QT_TRANSLATE_NOOP("Reasons", "on oxygen"),
    QT_TRANSLATE_NOOP("Reasons", "consciousness"),
    QT_TRANSLATE_NOOP("Reasons", "temperature"),
    QT_TRANSLATE_NOOP("Reasons", "oxygen"),
    QT_TRANSLATE_NOOP("Reasons", "(adult)"),
    QT_TRANSLATE_NOOP("Reasons", "(age {age})"),
    QT_TRANSLATE_NOOP("Reasons", "age {age}"),
    QT_TRANSLATE_NOOP("Reasons", "{value} is {low}-{high}"),
    # engine.py
    QT_TRANSLATE_NOOP("Reasons", "This ED's calibration ({version}) calls level 1-2 from a lower urgency than "
                      "the shipped line ({line}), fitted on its own nurses' past levels."),
    QT_TRANSLATE_NOOP("Reasons", "This ED's calibration ({version}) moves cases the level head puts at {head} "
                      "up to {level} sooner than the shipped head does, fitted on its own nurses' past levels."),
    QT_TRANSLATE_NOOP("Reasons", "P(critical) decided: level {level} (the level head alone: {head})."),
    QT_TRANSLATE_NOOP("Reasons", "Learned from what happened to patients (critical care, operating room, "
                      "cath lab, death in the ED), not from nurses' levels."),
    QT_TRANSLATE_NOOP("Reasons", "The level was decided by a manual floor."),
    QT_TRANSLATE_NOOP("Reasons", "The level was decided by the level head."),
    QT_TRANSLATE_NOOP("Reasons", "The level was decided by the cautious default."),
    QT_TRANSLATE_NOOP("Reasons", "Calibrated probability of admission (or transfer to a hospital bed)."),
    QT_TRANSLATE_NOOP("Reasons", "No rule fired; level {level} is a cautious default — a clinician must assess."),
    QT_TRANSLATE_NOOP("Reasons", "The level is the most urgent rule floor; the model could not refine it."),
    QT_TRANSLATE_NOOP("Reasons", "The image model raises the level to at least {level} ({name}); it never "
                      "lowers it."),
    QT_TRANSLATE_NOOP("Reasons", "Does not change the level."),
    # esi.py, demo.py
    QT_TRANSLATE_NOOP("Reasons", "Engine level {level} on the KTAS-shaped scale"),
    QT_TRANSLATE_NOOP("Reasons", "ESI {level} because"),
    QT_TRANSLATE_NOOP("Reasons", "ESI 3, work-up with two or more resources expected"),
    QT_TRANSLATE_NOOP("Reasons", "Level from the ESI head (US emergency departments), the rules' floor applied"),
    QT_TRANSLATE_NOOP("Reasons", "danger-zone vital signs ({names}): consider ESI 2"),
    QT_TRANSLATE_NOOP("Reasons", "Made-up case for demonstration; not produced by the triage engine."),
    QT_TRANSLATE_NOOP("Reasons", "with"),
)
# Labels of the values a reason read ("read: Heart rate 118/min"), beside the intake's field
# labels ("Field" context): triage.explain.VALUE_LABELS and the record keys as they read capitalised.
VALUE_NAMES = (
    QT_TRANSLATE_NOOP("Reasons", "Oxygen"), QT_TRANSLATE_NOOP("Reasons", "NEWS2"),
    QT_TRANSLATE_NOOP("Reasons", "Shock index"), QT_TRANSLATE_NOOP("Reasons", "Probability"),
    QT_TRANSLATE_NOOP("Reasons", "Model level"), QT_TRANSLATE_NOOP("Reasons", "Onset (hours)"),
    QT_TRANSLATE_NOOP("Reasons", "Mean arterial pressure"), QT_TRANSLATE_NOOP("Reasons", "Words"),
    QT_TRANSLATE_NOOP("Reasons", "Symptom categories"), QT_TRANSLATE_NOOP("Reasons", "Not recorded"),
    QT_TRANSLATE_NOOP("Reasons", "Pain site"), QT_TRANSLATE_NOOP("Reasons", "Text"),
    QT_TRANSLATE_NOOP("Reasons", "Age days"), QT_TRANSLATE_NOOP("Reasons", "Site"),
    QT_TRANSLATE_NOOP("Reasons", "Symptom"), QT_TRANSLATE_NOOP("Reasons", "Total"),
    QT_TRANSLATE_NOOP("Reasons", "Consciousness"), QT_TRANSLATE_NOOP("Reasons", "Head urgency"),
    QT_TRANSLATE_NOOP("Reasons", "Site line"), QT_TRANSLATE_NOOP("Reasons", "Level shift"),
    QT_TRANSLATE_NOOP("Reasons", "Point version"), QT_TRANSLATE_NOOP("Reasons", "P critical"),
    QT_TRANSLATE_NOOP("Reasons", "Threshold"), QT_TRANSLATE_NOOP("Reasons", "Decided by"),
    QT_TRANSLATE_NOOP("Reasons", "Point source"), QT_TRANSLATE_NOOP("Reasons", "P admission"),
    QT_TRANSLATE_NOOP("Reasons", "Engine level"), QT_TRANSLATE_NOOP("Reasons", "Criteria"),
    QT_TRANSLATE_NOOP("Reasons", "Danger zone"),
    QT_TRANSLATE_NOOP("Reasons", "room air"), QT_TRANSLATE_NOOP("Reasons", "yes"),
    QT_TRANSLATE_NOOP("Reasons", "no"),
)
# Field names the rules write as record keys ("heart_rate 118 (the fields were empty)").
RECORD_KEYS = {"heart_rate": "HR", "resp_rate": "RR", "sbp": "SBP", "dbp": "DBP", "spo2": "SpO2",
               "gcs": "GCS", "temperature_c": "T", "avpu": "AVPU", "on_oxygen": "O2"}

_PLACEHOLDER = re.compile(r"\\\{(\w+)\\\}")
_QUOTED = re.compile(r"“[^”]*”|(?<!\w)'[^']*'(?!\w)")  # not the ' of "ED's", "nurses'"
_KEY = re.compile(r"\b(" + "|".join(RECORD_KEYS) + r")\b")


def _pattern(template: str, *, whole: bool) -> re.Pattern[str]:
    """The English template as a regex: {quote} a protected quote, {words} free text, other
    placeholders a number or abbreviation (no spaces)."""
    def group(m: re.Match[str]) -> str:
        name = m.group(1)
        if name == "quote":
            return r"(?P<quote>\x00\d+\x00)"
        if name in ("words", "what", "fields", "finding", "names", "version", "name"):
            return rf"(?P<{name}>.+?)"
        return rf"(?P<{name}>[^\s,;()]+)"
    body = _PLACEHOLDER.sub(group, re.escape(template))
    if whole:
        return re.compile(body)
    if template[:1].isalnum():
        body = r"(?<![\w])" + body
    if template[-1:].isalnum():
        body += r"(?![\w])"
    return re.compile(body)


_TITLE_PATTERNS = {code: tuple((_pattern(t, whole=True), t) for t in titles)
                   for code, titles in TITLES.items()}
_QUESTION_PATTERNS = tuple((_pattern(q, whole=True), q) for q in QUESTIONS)
_DETAIL_PATTERNS = tuple((_pattern(p, whole=False), p) for p in DETAIL_PHRASES)


def qt_translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def messages() -> Iterable[str]:
    """Every message of this module (for ``frozen``)."""
    for titles in TITLES.values():
        yield from titles
    yield from FILLED_WORDS
    yield from DETAIL_PHRASES
    yield from VALUE_NAMES


def frozen(translate: Translate = qt_translate, extra: Mapping[str, Iterable[str]] = {}) -> Translate:
    """A translate function over a table built now: for a worker thread (the PDF)."""
    table = {(CONTEXT, m): translate(CONTEXT, m) for m in messages()}
    for context, texts in extra.items():
        table.update({(context, t): translate(context, t) for t in texts})
    return lambda context, text: table.get((context, text), text)


def _filled(name: str, value: str, translate: Translate) -> str:
    if name == "what":
        return " / ".join(translate(CONTEXT, part) for part in value.split(" / "))
    if name == "fields":
        return ", ".join(translate(CONTEXT, part) for part in value.split(", "))
    if name == "finding":
        return translate(CONTEXT, value)
    if name == "name":
        return translate("Level", value)
    return value


def known_title(reason: Reason) -> bool:
    """Whether this module has the reason's title (tests: every title the engine gives)."""
    if reason.code in AS_STORED or (reason.code in TITLES and not TITLES[reason.code]):
        return True
    patterns = _QUESTION_PATTERNS if reason.code == "ask_onset" else _TITLE_PATTERNS.get(reason.code, ())
    return any(p.fullmatch(reason.title) for p, _t in patterns)


def title_text(reason: Reason, translate: Translate = qt_translate) -> str:
    """The reason's title in the interface language (unchanged when unknown)."""
    if reason.code in AS_STORED:
        return reason.title
    patterns = _QUESTION_PATTERNS if reason.code == "ask_onset" else _TITLE_PATTERNS.get(reason.code, ())
    for pattern, template in patterns:
        match = pattern.fullmatch(reason.title)
        if match:
            values = {k: _filled(k, v, translate) for k, v in match.groupdict().items()}
            return translate(CONTEXT, template).format(**values)
    return reason.title


def phrase_text(text: str, translate: Translate = qt_translate) -> str:
    """A detail (or the uncertainty line) phrase by phrase: what the nurse typed, between quotes,
    stays as typed; numbers and abbreviations stay."""
    if not text:
        return text
    quotes: list[str] = []

    def keep(m: re.Match[str]) -> str:
        quotes.append(m.group(0))
        return f"\x00{len(quotes) - 1}\x00"

    out = _QUOTED.sub(keep, text)
    out = _KEY.sub(lambda m: RECORD_KEYS[m.group(1)], out)
    for pattern, template in _DETAIL_PATTERNS:
        if template in ("with",) or "{" not in template:
            out = pattern.sub(lambda m, t=template: translate(CONTEXT, t), out)
            continue
        out = pattern.sub(lambda m, t=template: translate(CONTEXT, t).format(
            **{k: _filled(k, v, translate) for k, v in m.groupdict().items()}), out)
    return re.sub(r"\x00(\d+)\x00", lambda m: quotes[int(m.group(1))], out)


def free_text(text: str, translate: Translate = qt_translate) -> str:
    """The suggestion's uncertainty line (an onset question or "between level 2 and 3 — …")."""
    for pattern, template in (*_QUESTION_PATTERNS, *_TITLE_PATTERNS["close_levels"]):
        match = pattern.fullmatch(text)
        if match:
            values = {k: _filled(k, v, translate) for k, v in match.groupdict().items()}
            return translate(CONTEXT, template).format(**values)
    return phrase_text(text, translate)


def value_text(key: str, value: object, translate: Translate = qt_translate) -> str:
    """'Heart rate 118/min', 'Oxygen: room air' (triage.explain.readable_value) translated."""
    from triage.explain import UNITS, VALUE_LABELS
    from triage.intake import FIELD_LABELS

    label = VALUE_LABELS.get(key, key.replace("_", " ").capitalize())
    name = translate("Field" if label in FIELD_LABELS.values() else CONTEXT, label)
    if key == "on_oxygen":
        return translate(CONTEXT, "on oxygen" if value else "room air")
    if isinstance(value, bool):
        return f"{name} {translate(CONTEXT, 'yes' if value else 'no')}"
    if isinstance(value, float):
        value = f"{value:.3g}"
    if isinstance(value, (list, tuple)):
        if key == "missing":
            return f"{name}: " + ", ".join(value_text(str(v), "", translate).strip() for v in value)
        value = ", ".join(str(v) for v in value)
    return f"{name} {value}{UNITS.get(key, '')}"


def reason_text(reason: Reason, translate: Translate = qt_translate) -> tuple[str, str]:
    """(title, detail) of ``reason`` in the interface language."""
    if reason.code in AS_STORED:
        return reason.title, reason.detail
    return title_text(reason, translate), phrase_text(reason.detail, translate)
