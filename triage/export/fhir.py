"""FHIR R4 export: one ``collection`` Bundle per case, written as NDJSON (one Bundle per line).

Models: ``fhir.resources.R4B`` (fhir.resources 8.x has R5 at its top level and R4B beside it; R4B
is wire-compatible with R4 for every resource used here, and still has ``Media``, which R5 removed).
Each Bundle is validated by the pydantic models before it is written, so an invalid resource fails
the export instead of reaching a receiver. Mapping and codes: docs/export.md.
"""

from __future__ import annotations

import base64
import collections
import hashlib
import json
import math
import os
import uuid
from typing import IO, Any

from triage.export.common import ExportCase, file_name
from triage.explain import headline_text
from triage.export.jsonl import iso
from triage.records import CaseStatus, VitalSet
from triage.scales import LEVELS

LOINC = "http://loinc.org"
UCUM = "http://unitsofmeasure.org"
ACUITY_SYSTEM = "urn:triage-desk:acuity-level"  # our 5-level scale (KTAS/ESI shaped), see triage.scales
MRN_SYSTEM = "urn:triage-desk:mrn"
PSEUDONYM_SYSTEM = "urn:triage-desk:pseudonym"
OBS_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category"
ACT_CODE = "http://terminology.hl7.org/CodeSystem/v3-ActCode"
ACT_PRIORITY = "http://terminology.hl7.org/CodeSystem/v3-ActPriority"
DICOM_MODALITY = "http://dicom.nema.org/resources/ontology/DCM"

# (value field, LOINC code(s), display, UCUM unit). SpO2 carries both codes, as the vital-signs profile asks.
VITAL_CODES: tuple[tuple[str, tuple[str, ...], str, str], ...] = (
    ("heart_rate", ("8867-4",), "Heart rate", "/min"),
    ("resp_rate", ("9279-1",), "Respiratory rate", "/min"),
    ("spo2", ("2708-6", "59408-5"), "Oxygen saturation in Arterial blood by Pulse oximetry", "%"),
    ("temperature_c", ("8310-5",), "Body temperature", "Cel"),
    ("pain", ("72514-3",), "Pain severity - 0-10 verbal numeric rating [Score] - Reported", "{score}"),
    ("gcs", ("9269-2",), "Glasgow coma score total", "{score}"),
)
# The US Core pulse-oximetry profile carries the inhaled oxygen flow as a component of the SpO2 Observation.
O2_FLOW = ("3151-8", "Inhaled oxygen flow rate")
BP_PANEL = ("85354-9", "Blood pressure panel with all children optional")
SBP = ("8480-6", "Systolic blood pressure")
DBP = ("8462-4", "Diastolic blood pressure")
AVPU = {"coding": [{"system": "urn:triage-desk:observation", "code": "avpu", "display": "AVPU"}],
        "text": "Level of consciousness (AVPU)"}  # no LOINC code we could confirm: our own system
CHIEF_COMPLAINT = ("8661-1", "Chief complaint - Reported")
AGE = ("30525-0", "Age")
FINAL_ACUITY = ("56839-4", "Acuity assessment Narrative")  # as the MIMIC-IV-ED FHIR IG codes ED acuity
# Our level → HL7 v3 ActPriority (S stat, EM emergency, UR urgent, R routine, EL elective).
PRIORITY = {1: ("S", "stat"), 2: ("EM", "emergency"), 3: ("UR", "urgent"), 4: ("R", "routine"),
            5: ("EL", "elective")}
ENCOUNTER_STATUS = {CaseStatus.WAITING: "triaged", CaseStatus.IN_REVIEW: "in-progress",
                    CaseStatus.CLOSED: "finished"}
GENDER = {"F": "female", "M": "male", "O": "other", "U": "unknown"}
CONTENT_TYPE = {".dcm": "application/dicom", ".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg"}


def _coding(system: str, code: str, display: str = "") -> dict[str, str]:
    return {"system": system, "code": code, **({"display": display} if display else {})}


def _loinc(code: str, display: str) -> dict[str, Any]:
    return {"coding": [_coding(LOINC, code, display)], "text": display}


def _acuity(level: int) -> dict[str, Any]:
    name = LEVELS[level].name
    return {"coding": [_coding(ACUITY_SYSTEM, str(level), name)], "text": f"{level} — {name}"}


def _quantity(value: float, unit: str) -> dict[str, Any]:
    return {"value": value, "unit": unit, "system": UCUM, "code": unit}


_VITAL_CATEGORY = {"coding": [_coding(OBS_CATEGORY, "vital-signs", "Vital Signs")]}
_SURVEY_CATEGORY = {"coding": [_coding(OBS_CATEGORY, "survey", "Survey")]}


class _Checked:
    """Validated elements reused across resources, each with the JSON it was validated from.

    pydantic accepts a model instance as already valid, so an element used many times (a LOINC
    code, a category, an acuity level: once per export; the subject and encounter references:
    once per Bundle) is validated once and each resource then validates only what is new in it.
    Per-Bundle elements are dropped with ``new_bundle`` so memory stays flat.
    """

    MAX_REUSED = 20_000  # bound on remembered elements: memory stays flat however long the export

    def __init__(self) -> None:
        self._constant: dict[str, Any] = {}
        self._scoped: dict[str, Any] = {}
        self._json: dict[int, Any] = {}

    def new_bundle(self) -> None:
        """Forget the last Bundle's elements (and, past the bound, the reused ones: never mid-Bundle)."""
        for model in self._scoped.values():
            del self._json[id(model)]
        self._scoped.clear()
        if len(self._constant) >= self.MAX_REUSED:
            for model in self._constant.values():
                del self._json[id(model)]
            self._constant.clear()

    def element(self, model: str, value: dict[str, Any], *, scoped: bool = False) -> Any:
        cache = self._scoped if scoped else self._constant
        key = model + json.dumps(value, sort_keys=True)
        checked = cache.get(key)
        if checked is None:
            checked = cache[key] = _MODELS[model].model_validate(value)
            self._json[id(checked)] = value
        return checked

    def json_of(self, model: Any) -> Any:
        return self._json[id(model)]


def _models() -> dict[str, Any]:
    from fhir.resources.R4B.codeableconcept import CodeableConcept
    from fhir.resources.R4B.coding import Coding
    from fhir.resources.R4B.quantity import Quantity
    from fhir.resources.R4B.reference import Reference

    return {"CodeableConcept": CodeableConcept, "Coding": Coding, "Quantity": Quantity, "Reference": Reference}


_MODELS: dict[str, Any] = _models()


class BundleBuilder:
    """Builds the Bundle of one case; ``namespace`` makes the urn:uuid ids unique to one export."""

    def __init__(self, namespace: uuid.UUID | None = None):
        self.namespace = namespace or uuid.uuid4()
        self.checked = _Checked()

    def _concept(self, value: dict[str, Any]) -> Any:
        return self.checked.element("CodeableConcept", value)

    def _loinc(self, code: str, display: str) -> Any:
        return self._concept(_loinc(code, display))

    def _acuity(self, level: int) -> Any:
        return self._concept(_acuity(level))

    def _quantity(self, value: float, unit: str) -> Any:
        # Vital signs take a few hundred distinct values, so these are worth reusing too.
        return self.checked.element("Quantity", _quantity(value, unit))

    def _urn(self, ec: ExportCase, kind: str, n: int = 0) -> str:
        return "urn:uuid:" + str(uuid.uuid5(self.namespace, f"{ec.case_ref}/{kind}/{n}"))

    def bundle(self, ec: ExportCase, files_dir: str = "") -> dict[str, Any]:
        """The Bundle as a JSON-ready dict (validate with ``validated_json``)."""
        d = ec.detail
        self.checked.new_bundle()
        patient = self._urn(ec, "patient")
        encounter = self._urn(ec, "encounter")
        subject = {"subject": self.checked.element("Reference", {"reference": patient}, scoped=True),
                   "encounter": self.checked.element("Reference", {"reference": encounter}, scoped=True)}
        entries: list[tuple[str, dict[str, Any]]] = [(patient, self._patient(ec))]
        entries.append((encounter, self._encounter(ec, patient)))
        complaint = self._urn(ec, "complaint")
        entries.append((complaint, {
            "resourceType": "Observation", "status": "final", "category": [self._concept(_SURVEY_CATEGORY)],
            "code": self._loinc(*CHIEF_COMPLAINT), **subject, "effectiveDateTime": iso(d.arrival_time),
            "valueString": d.complaint,
            # The note the intake was read from (issue 13), as an annotation of the complaint.
            **({"note": [{"text": d.narrative}]} if d.narrative else {})}))
        if ec.age:
            age = ({"valueRange": {"low": _quantity(int(ec.age[:-1]), "a")}} if ec.age.endswith("+")
                   else {"valueQuantity": _quantity(int(ec.age), "a")})
            entries.append((self._urn(ec, "age"), {
                "resourceType": "Observation", "status": "final", "code": self._loinc(*AGE), **subject,
                "effectiveDateTime": iso(d.arrival_time), **age}))
        vital_refs: dict[int, list[str]] = {}
        for n, vs in enumerate(d.vitals):
            refs = vital_refs.setdefault(vs.id, [])
            for k, resource in enumerate(self._vital_observations(vs, subject)):
                urn = self._urn(ec, f"vitals-{n}", k)
                refs.append(urn)
                entries.append((urn, resource))
        suggestion_refs: dict[int, str] = {}
        for n, st in enumerate(d.suggestions):
            urn = self._urn(ec, "risk", n)
            suggestion_refs[st.id] = urn
            basis = [{"reference": r} for r in vital_refs.get(st.vital_set_id, [])] + [{"reference": complaint}]
            entries.append((urn, self._risk(st, subject, basis)))
        for n, review in enumerate(d.reviews):
            final = self._urn(ec, "final-level", n)
            entries.append((final, {
                "resourceType": "Observation", "status": "final", "category": [self._concept(_SURVEY_CATEGORY)],
                "code": self._loinc(*FINAL_ACUITY), **subject, "effectiveDateTime": iso(review.signed_at),
                "performer": [{"display": review.signed_by}],
                "valueCodeableConcept": self._acuity(review.final_level)}))
            targets = [{"reference": final}]
            entity = ([{"role": "source", "what": {"reference": suggestion_refs[review.suggestion_id]}}]
                      if review.suggestion_id in suggestion_refs else [])
            entries.append((self._urn(ec, "provenance", n), {
                "resourceType": "Provenance", "target": targets, "recorded": iso(review.signed_at),
                "activity": {"text": review.decision.value},
                **({"reason": [{"text": review.reason}]} if review.reason else {}),
                "agent": [{"who": {"display": review.signed_by}}], **({"entity": entity} if entity else {})}))
        for n, att in enumerate(ec.attachments):
            entries.append((self._urn(ec, "media", n), self._media(att, subject, files_dir)))
        return {"resourceType": "Bundle", "type": "collection",
                "entry": [{"fullUrl": urn, "resource": r} for urn, r in entries]}

    @staticmethod
    def _patient(ec: ExportCase) -> dict[str, Any]:
        p = ec.detail.patient
        ident = ([{"system": PSEUDONYM_SYSTEM, "value": ec.patient_ref}] if ec.deidentified
                 else [{"system": MRN_SYSTEM, "value": p.mrn}] if p.mrn else [])
        resource: dict[str, Any] = {"resourceType": "Patient", "gender": GENDER[p.sex.value]}
        if ident:
            resource["identifier"] = ident
        if p.name:
            resource["name"] = [{"text": p.name}]
        if p.phone:
            resource["telecom"] = [{"system": "phone", "value": p.phone}]
        if p.birth_date:
            resource["birthDate"] = p.birth_date.isoformat()
        return resource

    def _encounter(self, ec: ExportCase, patient: str) -> dict[str, Any]:
        d = ec.detail
        final = d.latest_review.final_level if d.latest_review else d.current_level
        resource: dict[str, Any] = {
            "resourceType": "Encounter", "status": ENCOUNTER_STATUS[d.status],
            "class": self.checked.element("Coding", _coding(ACT_CODE, "EMER", "emergency")),
            "subject": {"reference": patient},
            "period": {"start": iso(d.arrival_time), **({"end": iso(d.closed_at)} if d.closed_at else {})},
            "reasonCode": [{"text": d.complaint}],
        }
        if final in LEVELS:
            code, display = PRIORITY[final]
            resource["priority"] = self._concept({"coding": [
                _coding(ACT_PRIORITY, code, display), _coding(ACUITY_SYSTEM, str(final), LEVELS[final].name)]})
        return resource

    def _vital_observations(self, vs: VitalSet, subject: dict[str, Any]) -> list[dict[str, Any]]:
        v = vs.vitals
        when = iso(v.measured_at or vs.recorded_at)
        base = {"resourceType": "Observation", "status": "final", "category": [self._concept(_VITAL_CATEGORY)],
                **subject,
                "effectiveDateTime": when}
        out = []
        for name, codes, display, unit in VITAL_CODES:
            value = getattr(v, name)
            if value is not None:
                code = self._concept({"coding": [_coding(LOINC, c, display) for c in codes], "text": display})
                obs = {**base, "code": code, "valueQuantity": self._quantity(value, unit)}
                if name == "spo2" and v.o2_flow_l_min is not None:
                    obs["component"] = [{"code": self._loinc(*O2_FLOW),
                                         "valueQuantity": self._quantity(v.o2_flow_l_min, "L/min")}]
                out.append(obs)
        if v.sbp is not None or v.dbp is not None:
            parts = [(code, value) for code, value in ((SBP, v.sbp), (DBP, v.dbp)) if value is not None]
            out.append({**base, "code": self._loinc(*BP_PANEL), "component": [
                {"code": self._loinc(*code), "valueQuantity": self._quantity(value, "mm[Hg]")}
                for code, value in parts]})
        if v.avpu is not None:
            out.append({**base, "code": self._concept(AVPU),
                        "valueCodeableConcept": self._concept({"text": v.avpu.value})})
        return out

    def _risk(self, st, subject: dict[str, Any], basis: list[dict[str, str]]) -> dict[str, Any]:
        s = st.suggestion
        # JSON (and FHIR's decimal) has no NaN or Infinity: such a number is left out, not written.
        probabilities = {k: float(v) for k, v in (dict(s.probabilities) or {s.level: s.confidence}).items()
                         if isinstance(v, (int, float)) and math.isfinite(v)}
        # The suggested level comes first; the other levels follow, most urgent first.
        order = [s.level] + sorted(k for k in probabilities if k != s.level)
        predictions = [{"outcome": self._acuity(k),
                        **({"probabilityDecimal": round(probabilities[k], 6)} if k in probabilities else {}),
                        **({"rationale": headline_text(s) + (f"; {s.uncertainty}" if s.uncertainty else "")}
                           if k == s.level else {})} for k in order if k in LEVELS]
        predictions += [self._outcome_risk(r) for r in s.risks
                        if isinstance(r.probability, (int, float)) and math.isfinite(r.probability)]
        versions = "; ".join(f"{k} {v}" for k, v in sorted(s.versions.items())) or "unversioned"
        method = ("rules only (models unavailable): " if s.rules_only else "rules + models: ") + versions
        notes = [{"text": f"[{r.kind}] {r.title}" + (f": {r.detail}" if r.detail else "")} for r in s.reasons]
        return {"resourceType": "RiskAssessment", "status": "final", **subject,
                "occurrenceDateTime": iso(st.created_at), "code": self._concept({"text": "Triage acuity suggestion"}),
                "method": self._concept({"text": method}), "basis": basis, "prediction": predictions,
                **({"note": notes} if notes else {})}

    def _outcome_risk(self, risk) -> dict[str, Any]:
        """An outcome risk (``Suggestion.risks``) as a prediction: the outcome, its calibrated
        probability, and the model and line in the rationale."""
        text, code = OUTCOMES.get(risk.outcome, (risk.outcome, None))
        concept = {"text": text, **({"coding": [{"system": SNOMED_CT, "code": code[0],
                                                 "display": code[1]}]} if code else {})}
        why = f"outcome risk model {risk.model_version or 'unversioned'}"
        if risk.threshold is not None:
            why += (f"; {'at or above' if risk.above_threshold else 'below'} this installation's "
                    f"line of {risk.threshold:.4f}")
        return {"outcome": self._concept(concept), "probabilityDecimal": round(float(risk.probability), 6),
                "rationale": why}

    def _media(self, att, subject: dict[str, Any], files_dir: str) -> dict[str, Any]:
        info = att.info
        content: dict[str, Any] = {"title": info.original_name, "size": info.size_bytes,
                                   "creation": iso(info.added_at)}
        if att.data is not None:
            content["hash"] = base64.b64encode(hashlib.sha1(att.data).digest()).decode()
            content["contentType"] = CONTENT_TYPE.get(att.suffix, "application/octet-stream")
            if files_dir:
                content["url"] = f"{files_dir}/{file_name(att)}"
        resource: dict[str, Any] = {"resourceType": "Media", "status": "completed", **subject,
                                    "createdDateTime": iso(info.added_at), "content": content}
        if info.modality:
            resource["modality"] = self._concept({"coding": [_coding(DICOM_MODALITY, info.modality)]})
        if info.body_part:
            resource["bodySite"] = {"text": info.body_part}
        if info.view:
            resource["view"] = {"text": info.view}
        a = info.assessment
        if a is not None:
            text = a.finding or ("assessed" if a.assessed else "not assessed")
            if a.probability is not None and math.isfinite(a.probability):
                text += f" (p={a.probability:.3f}, {a.model_version})"
            resource["note"] = [{"text": f"{text}: {a.reason}" if a.reason else text}]
        return resource


def validated_json(builder: BundleBuilder, bundle: dict[str, Any]) -> str:
    """Validate the Bundle with the R4B models and return its JSON.

    What is written is the data that passed validation (``json.dumps``, reused elements in the
    form they were validated from): serialising the pydantic tree again would double the cost of
    the export without changing its meaning.

    Raises
    ------
    pydantic.ValidationError
        when a resource breaks the FHIR model (a bug in the mapping, never silently written).
    """
    from fhir.resources.R4B.bundle import Bundle

    Bundle.model_validate(bundle)
    return json.dumps(bundle, ensure_ascii=False, separators=(",", ":"), default=builder.checked.json_of,
                      allow_nan=False)  # never NaN / Infinity: the values above are finite or left out


SNOMED_CT = "http://snomed.info/sct"
# Suggestion.risks outcomes: (text, SNOMED CT concept when one names the outcome as a whole).
OUTCOMES = {
    "critical": ("Critical care: ICU, operating room or cath lab, or death in the emergency department", None),
    "admission": ("Hospital admission (admitted or transferred to a hospital bed)",
                  ("32485007", "Hospital admission (procedure)")),
}
PARALLEL_MIN_CASES = 2000  # below this, starting worker processes costs more than it saves
CHUNK = 250  # cases per task sent to a worker


class FhirWriter:
    """Writes one Bundle per line. Large exports build and validate Bundles in worker processes
    (validation is CPU-bound Python), in bounded chunks, written back in order, so memory stays
    flat and the output is the same as with one process."""

    def __init__(self, out: IO[str], files_dir: str = "", *, expected: int = 0):
        self.out = out
        self.files_dir = files_dir
        self.builder = BundleBuilder()
        workers = min(os.cpu_count() or 1, 4)
        self._pool: Any = None
        if expected >= PARALLEL_MIN_CASES and workers > 1:
            import multiprocessing
            from concurrent.futures import ProcessPoolExecutor

            # spawn, not fork: the parent may hold a database connection, locks and Qt threads.
            from triage.export.leftovers import die_with_parent

            # die_with_parent: a SIGKILLed export must not leave its workers running (they held
            # the terminal open for half an hour).
            self._pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"),
                                             initializer=die_with_parent, initargs=(os.getpid(),))
            self._max_pending = 2 * workers
        self._chunk: list[ExportCase] = []
        self._pending: collections.deque = collections.deque()

    def write(self, ec: ExportCase) -> None:
        if self._pool is None:
            self.out.write(validated_json(self.builder, self.builder.bundle(ec, self.files_dir)) + "\n")
            return
        self._chunk.append(ec)
        if len(self._chunk) >= CHUNK:
            self._submit()

    def _submit(self) -> None:
        self._pending.append(self._pool.submit(bundle_lines, self.builder.namespace, self.files_dir,
                                               self._chunk))
        self._chunk = []
        while len(self._pending) > self._max_pending:
            self.out.write(self._pending.popleft().result())

    def finish(self) -> None:
        """Write what the workers still hold; raises what a worker raised."""
        if self._pool is None:
            return
        if self._chunk:
            self._submit()
        while self._pending:
            self.out.write(self._pending.popleft().result())
        self.close()

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None


_WORKER_BUILDERS: dict[uuid.UUID, BundleBuilder] = {}


def bundle_lines(namespace: uuid.UUID, files_dir: str, cases: list[ExportCase]) -> str:
    """Worker side of ``FhirWriter``: NDJSON lines of ``cases`` (same ids as in one process)."""
    builder = _WORKER_BUILDERS.get(namespace)
    if builder is None:
        _WORKER_BUILDERS.clear()
        builder = _WORKER_BUILDERS[namespace] = BundleBuilder(namespace)
    return "".join(validated_json(builder, builder.bundle(ec, files_dir)) + "\n" for ec in cases)
