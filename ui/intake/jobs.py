"""The intake's work off the GUI thread: plain functions that a ``Task`` runs in a worker.

Nothing here touches a widget. Each function reads its inputs, calls the domain (engine, imaging,
store) and returns a value or raises a typed error that the form turns into words.
"""

from __future__ import annotations


from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Mapping, Sequence

from triage.engine.fallback import suggest_or_rules
from triage.errors import FieldError, InvalidIntake, ModelUnavailable
from triage.intake import RANGES, ArrivalMode, Intake, Patient, Sex, parse_intake, parse_vitals
from triage.records import NewAttachment, PatientMatch
from triage.suggestion import ImageAssessment, Suggestion

from PySide6.QtCore import QCoreApplication

from ui.i18n import format_date
from ui.labels import counted
from ui.widgets.image_reader import read_image_isolated

translate = QCoreApplication.translate  # thread-safe: workers word their progress too


def blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def range_hint(name: str) -> str:
    return RANGES[name].text()


# ----------------------------------------------------------------------------- pure work (workers)


def live_intake(values: Mapping[str, object]) -> tuple[Intake | None, list[FieldError]]:
    """The intake to suggest from while the nurse types, and the errors worth showing now.

    A blank required field (complaint, age) is not an error yet while typing; the suggestion is
    still made from what is there. Bad values (out of range, not a number) are shown at once, and
    left out of the suggestion as if not measured, so one typo does not hide the whole suggestion.
    None (no suggestion) only while the complaint is blank.
    """
    try:
        return parse_intake(values), []
    except InvalidIntake as exc:
        typed = [e for e in exc.errors if not blank(values.get(e.field))]
    valid = {**values, **{e.field: "" for e in typed}}
    if blank(valid.get("complaint")):
        return None, typed
    try:
        return parse_intake(valid), typed
    except InvalidIntake:
        pass  # only required fields still blank: suggest from what is there
    vitals = parse_vitals(valid, temperature_unit=str(valid.get("temperature_unit") or "C"))
    injury = valid.get("injury")
    return Intake(
        patient=Patient(name=str(valid.get("name") or "").strip(),
                        sex=Sex(str(valid.get("sex") or "U"))),
        complaint=str(valid.get("complaint") or "").strip(),
        vitals=vitals,
        arrival_mode=ArrivalMode(str(valid.get("arrival_mode") or "unknown")),
        injury=None if injury is None else bool(injury),
    ), typed


# A pulse pressure beyond these is more often a mistyped reading than physiology: warn, never block.
WIDE_PULSE_PRESSURE = 100  # mmHg (130/20 → 110)
NARROW_PULSE_FRACTION = 0.25  # of the systolic pressure (100/90 → 10 %)


def vital_warnings(values: Mapping[str, object]) -> list[str]:
    """Plausibility warnings on what was typed (each worth a second look, none an error)."""
    try:
        v = parse_vitals({"sbp": values.get("sbp"), "dbp": values.get("dbp")})
    except InvalidIntake:
        return []  # the field errors say what is wrong
    if v.sbp is None or v.dbp is None:
        return []
    pulse = v.sbp - v.dbp
    if pulse > WIDE_PULSE_PRESSURE:
        return [translate("IntakeJobs", "Pulse pressure {pulse} mmHg ({sbp}/{dbp}) is implausibly wide: "
                          "check the blood pressure").format(pulse=pulse, sbp=v.sbp, dbp=v.dbp)]
    if pulse < NARROW_PULSE_FRACTION * v.sbp:
        return [translate("IntakeJobs", "Pulse pressure {pulse} mmHg ({sbp}/{dbp}) is unusually narrow: "
                          "check the blood pressure (if real, it may mean poor cardiac output)").format(
                              pulse=pulse, sbp=v.sbp, dbp=v.dbp)]
    return []


def make_suggestion(engine: Any, intake: Intake,
                    images: Sequence[ImageAssessment] = ()) -> Suggestion:
    """The engine's suggestion, or the rules alone while it loads or after its process died, so
    a case is never saved without a suggestion (see ``triage.engine.fallback``)."""
    return suggest_or_rules(engine, intake, images)


@dataclass
class LoadedImage:
    """One attached file: the bytes to store, what was read from it and the model's verdict."""

    name: str
    data: bytes  # stored form (photos re-encoded without metadata)
    record: Any  # triage.imaging.reader.ImageRecord
    thumbnail: bytes  # PNG
    assessment: ImageAssessment | None = None
    marked_chest_xray: bool = False

    def attachment(self) -> NewAttachment:
        rec = self.record
        return NewAttachment(
            data=self.data, original_name=self.name, kind=rec.kind, modality=rec.modality,
            body_part=rec.body_part, view=rec.view, metadata=dict(rec.metadata),
            assessment=self.assessment, marked_chest_xray=self.marked_chest_xray)


def load_image(source: Path | bytes, name: str, image_model: Any, *,
               progress: Callable[[float, str], None], cancelled: Callable[[], bool]) -> LoadedImage:
    """Read, thumbnail and (when the model is there) assess one file. Raises ImageReadError."""
    from triage import imaging

    data = Path(source).read_bytes() if isinstance(source, Path) else bytes(source)
    progress(0.1, translate("IntakeJobs", "reading {name}").format(name=name))
    record = read_image_isolated(data, name)
    if cancelled():
        raise InterruptedError("cancelled")
    stored = imaging.clean_photo_bytes(data) if record.kind == "photo" else data
    progress(0.5, translate("IntakeJobs", "thumbnail {name}").format(name=name))
    thumb = imaging.thumbnail_png(record)
    item = LoadedImage(name=name, data=stored, record=record, thumbnail=thumb)
    if image_model is not None and not cancelled():
        progress(0.7, translate("IntakeJobs", "assessing {name}").format(name=name))
        item.assessment = assess_image(image_model, record, False)
    return item


def assess_image(image_model: Any, record: Any, marked: bool) -> ImageAssessment:
    try:
        return image_model.assess(record, marked_chest_xray=marked)
    except ModelUnavailable as exc:
        return ImageAssessment(assessed=False, reason=f"not assessed: {exc}", finding="not assessed")


def save_case(store: Any, user: Any, engine: Any, intake: Intake, images: Sequence[LoadedImage],
              patient_id: int | None = None, idempotency_key: str | None = None, *,
              progress: Callable[[float, str], None], cancelled: Callable[[], bool]) -> "SavedCase":
    """Suggest from the final intake, then save case + attachments + suggestion in one call
    (for the patient picked with Find, when one was). ``idempotency_key``: the intake's one key,
    the same for every retry of its save: a retry after a lost answer returns the case the
    first try committed instead of saving a second one."""
    progress(0.1, translate("IntakeJobs", "suggesting"))
    assessments = [i.assessment for i in images if i.assessment is not None]
    suggestion = make_suggestion(engine, intake, assessments)
    progress(0.5, translate("IntakeJobs", "saving"))
    case_id = store.create_case(user, intake, suggestion, [i.attachment() for i in images],
                                patient_id=patient_id, idempotency_key=idempotency_key)
    return SavedCase(int(case_id), suggestion)


@dataclass(frozen=True)
class SavedCase:
    """What the save worker hands back: the new case and the suggestion it was saved with."""

    case_id: int
    suggestion: Suggestion


def match_text(match: PatientMatch) -> str:
    """One line per found patient: who, born or age, MRN, phone, visits here and the last one."""
    p = match.patient
    born = (format_date(p.birth_date) if p.birth_date else
            translate("IntakeJobs", "age {age}").format(age=p.age_years if p.age_years is not None else "—"))
    last = format_date(match.last_arrival) if match.last_arrival else "—"
    visits = counted(translate("IntakeJobs", "%n visit(s)", None, match.case_count), match.case_count)
    phone = f" · {p.phone}" if p.phone else ""
    name = p.name or translate("IntakeJobs", "(no name)")
    return translate("IntakeJobs", "{name} · {born} · MRN {mrn}{phone} · {visits}, last {last}").format(
        name=name, born=born, mrn=p.mrn or "—", phone=phone, visits=visits, last=last)


def find_patients(store: Any, user: Any, text: str) -> list[PatientMatch]:
    """Known patients whose name, MRN or phone match ``text`` (best first)."""
    return store.find_patients(user, text, limit=20)

