"""De-identification of DICOM files (PS3.15 Annex E basic profile), photos and free text.

The DICOM part follows the Basic Application Level Confidentiality Profile (Table E.1-1): each
listed attribute is removed (X), emptied (Z), given a dummy value (D) or a new consistent UID (U),
wherever it occurs, sequences included. Where the table allows a choice (Z/D, X/Z, X/D, X/Z/D,
X/Z/U*) we take the option that keeps the object valid for any IOD (D over Z over X), because we do
not know which IOD's Type 1/2 rules apply. On top of the table, by value representation (Note 4
of E.1.1: the table lags the standard): every private element is removed, every person name (PN)
left over is emptied, every date/time left over is emptied or shifted, every UID that is not a
DICOM-registered one (1.2.840.10008.*) or a class/syntax UID is remapped, overlay (60xx) and curve
(50xx) groups are removed, and the file meta header and preamble are rewritten.

Pixel data is not cleaned: burned-in text cannot be found reliably, so
:func:`deidentify_dicom` *warns* when the file says it has burned-in annotation or its modality
often has (US, SC, XC, OT, ES, SM, DOC), and the caller decides.

Date shifting implements the "Retain Longitudinal Temporal Information with Modified Dates"
option: every DA/DT value moves by the same per-patient offset, so intervals survive;
PatientBirthDate is emptied all the same (a shifted birth date still gives the exact age).
"""

from __future__ import annotations

import io
import secrets
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from triage.errors import DicomReadError

# DICOM codes (CID 7050) written to DeidentificationMethodCodeSequence.
BASIC_PROFILE_CODE = ("113100", "Basic Application Confidentiality Profile")
MODIFIED_DATES_CODE = ("113107", "Retain Longitudinal Temporal Information Modified Dates Option")
METHOD_TEXT = "PS3.15 E.1-1 Basic Profile, private tags removed"  # LO: at most 64 chars

BURNED_IN_PRONE_MODALITIES = frozenset({"US", "SC", "XC", "OT", "ES", "SM", "DOC"})
DUMMY_TEXT = "ANONYMIZED"
DUMMY_DATE = "19000101"
DUMMY_TIME = "000000"

# Table E.1-1, Basic Profile column, by pydicom keyword (tags are resolved from pydicom's data
# dictionary; a test checks that every keyword exists). Retired attributes are included: old
# files still carry them.
BASIC_PROFILE: dict[str, str] = {
    # Patient
    "PatientName": "Z", "PatientID": "Z", "PatientBirthDate": "Z", "PatientSex": "Z",
    "IssuerOfPatientID": "X", "IssuerOfPatientIDQualifiersSequence": "X",
    "PatientBirthTime": "X", "PatientInsurancePlanCodeSequence": "X",
    "PatientPrimaryLanguageCodeSequence": "X", "PatientPrimaryLanguageModifierCodeSequence": "X",
    "OtherPatientIDs": "X", "OtherPatientNames": "X", "OtherPatientIDsSequence": "X",
    "PatientBirthName": "X", "PatientAge": "X", "PatientSize": "X", "PatientWeight": "X",
    "PatientAddress": "X", "InsurancePlanIdentification": "X", "PatientMotherBirthName": "X",
    "MilitaryRank": "X", "BranchOfService": "X", "MedicalRecordLocator": "X",
    "ReferencedPatientPhotoSequence": "X", "MedicalAlerts": "X", "Allergies": "X",
    "CountryOfResidence": "X", "RegionOfResidence": "X", "PatientTelephoneNumbers": "X",
    "PatientTelecomInformation": "X", "EthnicGroup": "X", "Occupation": "X",
    "SmokingStatus": "X", "AdditionalPatientHistory": "X", "PregnancyStatus": "X",
    "LastMenstrualDate": "X", "PatientReligiousPreference": "X", "PatientSexNeutered": "X/Z",
    "ResponsiblePerson": "X", "ResponsibleOrganization": "X", "PatientComments": "X",
    "PatientBirthDateInAlternativeCalendar": "X", "PatientDeathDateInAlternativeCalendar": "X",
    "PatientAlternativeCalendar": "X", "ReferencedPatientSequence": "X",
    "ReferencedPatientAliasSequence": "X", "PatientState": "X", "PatientInstitutionResidence": "X",
    "SpecialNeeds": "X", "PatientTransportArrangements": "X", "ConfidentialityConstraintOnPatientDataDescription": "X",
    # Visit / admission
    "AdmissionID": "X", "IssuerOfAdmissionID": "X", "IssuerOfAdmissionIDSequence": "X",
    "AdmittingDate": "X", "AdmittingTime": "X", "AdmittingDiagnosesDescription": "X",
    "AdmittingDiagnosesCodeSequence": "X", "DischargeDiagnosisDescription": "X",
    "CurrentPatientLocation": "X", "ScheduledPatientInstitutionResidence": "X",
    "ServiceEpisodeID": "X", "IssuerOfServiceEpisodeID": "X", "ServiceEpisodeDescription": "X",
    "IssuerOfServiceEpisodeIDSequence": "X", "VisitComments": "X",
    # Study
    "StudyInstanceUID": "U", "StudyDate": "Z", "StudyTime": "Z", "AccessionNumber": "Z",
    "IssuerOfAccessionNumberSequence": "X", "StudyID": "Z", "StudyDescription": "X",
    "ReferringPhysicianName": "Z", "ReferringPhysicianAddress": "X",
    "ReferringPhysicianTelephoneNumbers": "X", "ReferringPhysicianIdentificationSequence": "X",
    "ConsultingPhysicianName": "X", "ConsultingPhysicianIdentificationSequence": "X",
    "PhysiciansOfRecord": "X", "PhysiciansOfRecordIdentificationSequence": "X",
    "NameOfPhysiciansReadingStudy": "X", "PhysiciansReadingStudyIdentificationSequence": "X",
    "StudyIDIssuer": "X", "ScheduledStudyLocation": "X", "ScheduledStudyLocationAETitle": "X",
    "ReasonForStudy": "X", "RequestingPhysician": "X",
    "RequestingPhysicianIdentificationSequence": "X", "RequestingService": "X",
    "RequestedContrastAgent": "X", "StudyComments": "X", "ReferencedStudySequence": "X/Z",
    "RequestedProcedureDescription": "X/Z", "RequestedProcedureID": "X",
    "RequestedProcedureComments": "X", "RequestedProcedureLocation": "X",
    "ReasonForTheImagingServiceRequest": "X", "ImagingServiceRequestComments": "X",
    "PlacerOrderNumberImagingServiceRequest": "Z", "FillerOrderNumberImagingServiceRequest": "Z",
    "OrderEnteredBy": "X", "OrderEntererLocation": "X", "OrderCallbackPhoneNumber": "X",
    "NamesOfIntendedRecipientsOfResults": "X",
    "IntendedRecipientsOfResultsIdentificationSequence": "X", "RequestAttributesSequence": "X",
    # Series / equipment
    "SeriesInstanceUID": "U", "SeriesDate": "X/D", "SeriesTime": "X/D",
    "SeriesDescription": "X", "ProtocolName": "X/D", "PerformingPhysicianName": "X",
    "PerformingPhysicianIdentificationSequence": "X", "OperatorsName": "X/Z/D",
    "OperatorIdentificationSequence": "X/D", "InstitutionName": "X/Z/D",
    "InstitutionAddress": "X", "InstitutionCodeSequence": "X/Z/D",
    "InstitutionalDepartmentName": "X", "InstitutionalDepartmentTypeCodeSequence": "X",
    "StationName": "X/Z/D", "DeviceSerialNumber": "X/Z/D", "DeviceUID": "U",
    "PlateID": "X", "CassetteID": "X", "GantryID": "X", "GeneratorID": "X",
    "DetectorID": "X/D", "SecondaryCaptureDeviceID": "X", "HardcopyCreationDeviceID": "X",
    "DateOfLastCalibration": "X", "TimeOfLastCalibration": "X",
    "DateOfLastDetectorCalibration": "X", "TimeOfLastDetectorCalibration": "X",
    "ModifyingDeviceID": "X", "ModifyingDeviceManufacturer": "X",
    "ModifiedImageDescription": "X", "AcquisitionDeviceProcessingDescription": "X/D",
    "AcquisitionProtocolDescription": "X", "AcquisitionComments": "X",
    "AcquisitionContextSequence": "X", "ContrastBolusAgent": "Z/D",
    "PerformedProcedureStepStartDate": "X", "PerformedProcedureStepStartTime": "X",
    "PerformedProcedureStepEndDate": "X", "PerformedProcedureStepEndTime": "X",
    "PerformedProcedureStepID": "X", "PerformedProcedureStepDescription": "X",
    "CommentsOnThePerformedProcedureStep": "X", "PerformedLocation": "X",
    "PerformedStationAETitle": "X", "PerformedStationName": "X",
    "PerformedStationNameCodeSequence": "X", "PerformedStationGeographicLocationCodeSequence": "X",
    "ReferencedPerformedProcedureStepSequence": "X/Z/D",
    "ScheduledProcedureStepStartDate": "X", "ScheduledProcedureStepStartTime": "X",
    "ScheduledProcedureStepEndDate": "X", "ScheduledProcedureStepEndTime": "X",
    "ScheduledPerformingPhysicianName": "X",
    "ScheduledPerformingPhysicianIdentificationSequence": "X",
    "ScheduledProcedureStepDescription": "X", "ScheduledProcedureStepLocation": "X",
    "ScheduledProcedureStepID": "X", "ScheduledStationAETitle": "X", "ScheduledStationName": "X",
    "ScheduledStationNameCodeSequence": "X", "ScheduledStationGeographicLocationCodeSequence": "X",
    "ScheduledHumanPerformersSequence": "X", "ActualHumanPerformersSequence": "X",
    "HumanPerformerName": "X", "HumanPerformerOrganization": "X", "PreMedication": "X",
    # Instance / image
    "SOPInstanceUID": "U", "MediaStorageSOPInstanceUID": "U", "InstanceCreatorUID": "U",
    "InstanceCreationDate": "X/D", "InstanceCreationTime": "X/Z/D",
    "InstanceCoercionDateTime": "X", "ContentDate": "Z/D", "ContentTime": "Z/D",
    "AcquisitionDate": "X/Z", "AcquisitionTime": "X/Z", "AcquisitionDateTime": "X/D",
    "AcquisitionUID": "U", "IrradiationEventUID": "U", "FrameOfReferenceUID": "U",
    "SynchronizationFrameOfReferenceUID": "U", "ReferencedFrameOfReferenceUID": "U",
    "RelatedFrameOfReferenceUID": "U", "ConcatenationUID": "U", "DimensionOrganizationUID": "U",
    "PaletteColorLookupTableUID": "U", "LargePaletteColorLookupTableUID": "U",
    "ReferencedSOPInstanceUID": "U", "ReferencedSOPInstanceUIDInFile": "U",
    "FailedSOPInstanceUIDList": "U", "TransactionUID": "U", "CreatorVersionUID": "U",
    "ContextGroupExtensionCreatorUID": "U", "TemplateExtensionOrganizationUID": "U",
    "TemplateExtensionCreatorUID": "U", "FiducialUID": "U", "DoseReferenceUID": "U",
    "StorageMediaFileSetUID": "U", "UID": "U", "ObservationUID": "U", "SpecimenUID": "U",
    "ReferencedGeneralPurposeScheduledProcedureStepTransactionUID": "U", "PyramidUID": "U",
    "ReferencedImageSequence": "X/Z/U*", "SourceImageSequence": "X/Z/U*",
    "ImageComments": "X", "FrameComments": "X", "ImagePresentationComments": "X",
    "DerivationDescription": "X", "IdentifyingComments": "X", "IconImageSequence": "X",
    "OverlayDate": "X", "OverlayTime": "X", "CurveDate": "X", "CurveTime": "X",
    "TimezoneOffsetFromUTC": "X", "DataSetTrailingPadding": "X",
    "ContributionDateTime": "X/D", "ContributionDescription": "X",
    # Structured reports, presentation states, annotations
    "ContentSequence": "X", "AuthorObserverSequence": "X", "ParticipantSequence": "X",
    "CustodialOrganizationSequence": "X", "VerifyingObserverName": "D",
    "VerifyingObserverSequence": "D", "VerifyingObserverIdentificationCodeSequence": "Z",
    "VerifyingOrganization": "X", "PersonName": "D", "PersonAddress": "X",
    "PersonTelephoneNumbers": "X", "PersonIdentificationCodeSequence": "D",
    "ContentCreatorName": "Z", "ContentCreatorIdentificationCodeSequence": "X",
    "GraphicAnnotationSequence": "D", "TextString": "X", "TextComments": "X", "Arbitrary": "X",
    "TopicTitle": "X", "TopicSubject": "X", "TopicAuthor": "X", "TopicKeywords": "X",
    # Interpretation (retired) and results
    "InterpretationRecordedDate": "X", "InterpretationRecordedTime": "X",
    "InterpretationRecorder": "X", "InterpretationTranscriptionDate": "X",
    "InterpretationTranscriptionTime": "X", "InterpretationTranscriber": "X",
    "InterpretationText": "X", "InterpretationAuthor": "X", "InterpretationApproverSequence": "X",
    "InterpretationApprovalDate": "X", "InterpretationApprovalTime": "X",
    "PhysicianApprovingInterpretation": "X", "InterpretationDiagnosisDescription": "X",
    "ResultsDistributionListSequence": "X", "DistributionName": "X", "DistributionAddress": "X",
    "InterpretationIDIssuer": "X", "ResultsID": "X", "ResultsIDIssuer": "X",
    "Impressions": "X", "ResultsComments": "X",
    # Clinical trial
    "ClinicalTrialSponsorName": "D", "ClinicalTrialProtocolID": "D",
    "ClinicalTrialProtocolName": "Z", "ClinicalTrialSiteID": "Z", "ClinicalTrialSiteName": "Z",
    "ClinicalTrialSubjectID": "D", "ClinicalTrialSubjectReadingID": "D",
    "ClinicalTrialTimePointID": "Z", "ClinicalTrialTimePointDescription": "X",
    "ClinicalTrialCoordinatingCenterName": "Z", "ClinicalTrialSeriesID": "X",
    "ClinicalTrialSeriesDescription": "X", "ClinicalTrialProtocolEthicsCommitteeName": "D",
    "ClinicalTrialProtocolEthicsCommitteeApprovalNumber": "X",
    # Security: signatures and kept originals would carry the identity back
    "DigitalSignatureUID": "X", "DigitalSignaturesSequence": "X", "MAC": "X",
    "ReferencedDigitalSignatureSequence": "X", "ReferencedSOPInstanceMACSequence": "X",
    "ModifiedAttributesSequence": "X", "OriginalAttributesSequence": "X",
    "CertificateOfSigner": "X", "Signature": "X", "CertifiedTimestamp": "X",
    "DigitalSignatureDateTime": "X", "AttributeModificationDateTime": "X/D",
    "ModifyingSystem": "X/Z/D", "SourceOfPreviousValues": "X/Z",
    # RT
    "StructureSetLabel": "D", "StructureSetName": "X", "StructureSetDescription": "X",
    "StructureSetDate": "X/D", "StructureSetTime": "X/D", "RTPlanLabel": "D", "RTPlanName": "X",
    "RTPlanDescription": "X", "RTPlanDate": "X/D", "RTPlanTime": "X/D", "ReviewerName": "X/Z",
    "ReviewDate": "X/Z", "ReviewTime": "X/Z",
}

# Attributes that identify the image as a kind of object, never a person: kept even though
# their VR (UI) would otherwise have them remapped.
_KEEP_UIDS = frozenset({
    "SOPClassUID", "MediaStorageSOPClassUID", "ReferencedSOPClassUID", "AffectedSOPClassUID",
    "RequestedSOPClassUID", "ReferencedSOPClassUIDInFile", "TransferSyntaxUID",
    "ReferencedTransferSyntaxUIDInFile", "ImplementationClassUID", "CodingSchemeUID",
    "RelatedGeneralSOPClassUID", "OriginalSpecializedSOPClassUID", "EncryptedContentTransferSyntaxUID",
    "MappingResourceUID", "ContextUID", "SOPClassesInStudy", "SOPClassesSupported",
})
_DATE_VRS = ("DA", "DT")
_TEXT_VRS = ("SH", "LO", "ST", "LT", "UT", "UC")
_MAX_LEN = {"AE": 16, "CS": 16, "SH": 16, "LO": 64, "PN": 64, "ST": 1024, "LT": 10240, "UT": 10240}


@dataclass
class UidMap:
    """Same original UID → same new UID within one export; unlinkable across exports.

    New UIDs are ``2.25.<integer>`` derived (``pydicom.uid.generate_uid``) from a random salt and
    the original, so a study's files keep pointing at each other after de-identification.
    """

    salt: str = field(default_factory=lambda: secrets.token_hex(16))
    _mapping: dict[str, str] = field(default_factory=dict, repr=False)

    def __call__(self, uid: str) -> str:
        from pydicom.uid import generate_uid

        original = str(uid).strip().rstrip("\x00")
        if not original:
            return original
        if original not in self._mapping:
            self._mapping[original] = str(generate_uid(prefix=None, entropy_srcs=[self.salt, original]))
        return self._mapping[original]

    def __len__(self) -> int:
        return len(self._mapping)


@dataclass(frozen=True)
class DeidResult:
    """De-identified file bytes and what a person should still check (burned-in text)."""

    data: bytes
    warnings: tuple[str, ...] = ()


def basic_profile_tags() -> dict[int, str]:
    """The table as ``{tag: action}`` (int tags), resolved through pydicom's dictionary."""
    from pydicom.datadict import tag_for_keyword

    table = {}
    for keyword, action in BASIC_PROFILE.items():
        tag = tag_for_keyword(keyword)
        if tag is not None:
            table[int(tag)] = action
    return table


def deidentify_dicom(data: bytes, *, uid_map: UidMap | None = None,
                     date_shift_days: int | None = None, pseudonym: str = DUMMY_TEXT) -> DeidResult:
    """Apply the basic profile to one DICOM file and return the new file with warnings.

    Parameters
    ----------
    data : bytes
        The original DICOM Part 10 file.
    uid_map : UidMap, optional
        Share one map across all files of an export so references between them stay intact;
        a fresh map is used when omitted.
    date_shift_days : int, optional
        Shift every date by this many days (per patient) instead of removing dates.
    pseudonym : str
        Written to PatientName and PatientID.

    Raises
    ------
    DicomReadError
        The bytes are not a readable DICOM file (nothing is returned half-cleaned).
    """
    from triage.imaging.dicom import load_dataset

    ds = load_dataset(data, stop_before_pixels=False)
    uid_map = uid_map if uid_map is not None else UidMap()
    table = basic_profile_tags()
    warnings_: list[str] = []
    modality = str(ds.get("Modality", "") or "").upper()
    burned_in = str(ds.get("BurnedInAnnotation", "") or "").upper()
    if burned_in == "YES":
        warnings_.append("BurnedInAnnotation is YES: the pixels show identifying text; check "
                         "and mask the image before sharing it")
    elif modality in BURNED_IN_PRONE_MODALITIES:
        warnings_.append(f"{modality} images often carry burned-in text (names, dates) that "
                         "de-identification does not remove; check the pixels before sharing")
    try:
        ds.remove_private_tags()
        _clean(ds, table, uid_map, date_shift_days)
        _stamp(ds, pseudonym, date_shift_days)
        _rewrite_file_meta(ds, uid_map)
        out = io.BytesIO()
        ds.save_as(out, enforce_file_format=True)
    except (ValueError, TypeError, KeyError, AttributeError, OverflowError, IndexError) as exc:
        raise DicomReadError(f"the DICOM file cannot be de-identified: {exc}") from exc
    return DeidResult(data=out.getvalue(), warnings=tuple(warnings_))


def deidentify_dataset_bytes(data: bytes, *, uid_map: UidMap | None = None,
                             date_shift_days: int | None = None, pseudonym: str = DUMMY_TEXT) -> bytes:
    """:func:`deidentify_dicom` for callers that only need the bytes (warnings dropped).

    Raises
    ------
    DicomReadError
        The bytes are not a readable DICOM file.
    """
    return deidentify_dicom(data, uid_map=uid_map, date_shift_days=date_shift_days,
                            pseudonym=pseudonym).data


def deidentify_photo(data: bytes) -> bytes:
    """A photo re-encoded from its pixels alone: no EXIF, GPS, XMP, ICC or text chunks.

    Raises
    ------
    ImageReadError
        Not a PNG/JPEG photo, corrupt, or too large.
    """
    from triage.imaging.isolation import clean_photo_bytes

    return clean_photo_bytes(data)


# ---------------------------------------------------------------------------------------------
# DICOM internals


def _resolve(action: str, vr: str) -> str:
    """Pick one action from a combined code, keeping the object valid for any IOD.

    Plain values take the strongest replacement the code allows (D, then Z) so Type 1/2
    attributes stay present; sequences are emptied when Z is allowed, since a cleaned item could
    still hold codes that identify a person or an institution.
    """
    options = action.split("/")
    if len(options) == 1:
        return action
    if vr == "SQ":
        if "U*" in options:
            return "U*"
        return "Z" if "Z" in options else "D"
    if "D" in options:
        return "D"
    return "Z" if "Z" in options else options[0]


def _clean(ds: Any, table: dict[int, str], uid_map: UidMap, shift: int | None,
           strict: bool = False) -> None:
    """Apply the table and the VR rules to ``ds`` and, recursively, to every sequence item.

    ``strict`` (inside sequences whose action is D) also replaces every free-text value,
    because their items (annotations, observer codes) are not otherwise listed.
    """
    for elem in list(ds):
        tag = int(elem.tag)
        group = tag >> 16
        if tag == 0x7FE00010:
            continue
        if group % 2 == 0 and ((group & 0xFF00) == 0x5000 or (
                (group & 0xFF00) == 0x6000 and (tag & 0xFFFF) in (0x3000, 0x4000))):
            del ds[elem.tag]  # curve data, overlay data and overlay comments
            continue
        action = table.get(tag)
        if action is None:
            _by_vr(ds, elem, table, uid_map, shift, strict)
            continue
        action = _resolve(action, elem.VR)
        if action == "X":
            del ds[elem.tag]
        elif elem.VR == "SQ":
            if action == "Z":
                elem.value = []
            else:  # D, U*: keep the structure, clean inside (new UIDs, no names)
                for item in elem.value:
                    _clean(item, table, uid_map, shift, strict or action == "D")
        elif action == "U":
            elem.value = _map_uids(elem.value, uid_map)
        elif elem.VR in _DATE_VRS and shift is not None and elem.keyword != "PatientBirthDate":
            elem.value = _shift(elem.value, elem.VR, shift)
        elif elem.VR == "TM" and shift is not None:
            continue  # times kept with shifted dates (modified dates option)
        elif action == "Z":
            elem.value = _empty(elem.VR)
        else:
            elem.value = _dummy(elem.VR)


def _by_vr(ds: Any, elem: Any, table: dict[int, str], uid_map: UidMap, shift: int | None,
           strict: bool) -> None:
    """Rules for attributes the table does not list (E.1.1 Note 4)."""
    vr = elem.VR
    if vr == "SQ":
        for item in elem.value:
            _clean(item, table, uid_map, shift, strict)
    elif vr == "PN":
        elem.value = ""
    elif vr in _DATE_VRS:
        elem.value = _shift(elem.value, vr, shift) if shift is not None else ""
    elif vr == "TM" and shift is None:
        elem.value = ""
    elif vr == "UI" and elem.keyword not in _KEEP_UIDS and elem.value:
        elem.value = _map_uids(elem.value, uid_map, only_unregistered=True)
    elif strict and vr in _TEXT_VRS and elem.value:
        elem.value = _dummy(vr)


def _map_uids(value: Any, uid_map: UidMap, *, only_unregistered: bool = False) -> Any:
    def one(uid: Any) -> str:
        text = str(uid)
        if only_unregistered and text.startswith("1.2.840.10008."):
            return text
        return uid_map(text)

    if isinstance(value, (list, tuple)) or type(value).__name__ == "MultiValue":
        return [one(v) for v in value]
    return one(value) if value else value


def _empty(vr: str) -> Any:
    return None if vr in ("US", "SS", "UL", "SL", "FL", "FD", "UV", "SV", "AT") else ""


def _dummy(vr: str) -> Any:
    if vr == "DA":
        return DUMMY_DATE
    if vr == "TM":
        return DUMMY_TIME
    if vr == "DT":
        return DUMMY_DATE + DUMMY_TIME
    if vr in ("IS", "DS"):
        return "0"
    if vr in ("US", "SS", "UL", "SL", "FL", "FD", "UV", "SV"):
        return 0
    if vr in ("OB", "OW", "OF", "OD", "OL", "OV", "UN"):
        return b"\x00\x00"
    if vr == "UI":
        return "2.25.0"
    return DUMMY_TEXT[: _MAX_LEN.get(vr, 64)]


def _shift(value: Any, vr: str, days: int) -> Any:
    """Shift one or many DA/DT values; unparseable ones are emptied rather than kept."""
    if isinstance(value, (list, tuple)) or type(value).__name__ == "MultiValue":
        return [_shift(v, vr, days) for v in value]
    text = str(value or "").strip()
    if len(text) < 8:
        return ""
    try:
        day = datetime.strptime(text[:8], "%Y%m%d").date() + timedelta(days=days)
    except (ValueError, OverflowError):
        return ""
    shifted = day.strftime("%Y%m%d") if day >= date(1, 1, 1) else ""
    return shifted + text[8:] if vr == "DT" and shifted else shifted


def _stamp(ds: Any, pseudonym: str, shift: int | None) -> None:
    from pydicom.dataset import Dataset

    ds.PatientName = pseudonym
    ds.PatientID = pseudonym
    ds.PatientIdentityRemoved = "YES"
    method = METHOD_TEXT + (", dates shifted" if shift is not None else ", dates removed")
    ds.DeidentificationMethod = method
    codes = [BASIC_PROFILE_CODE] + ([MODIFIED_DATES_CODE] if shift is not None else [])
    items = []
    for value, meaning in codes:
        item = Dataset()
        item.CodeValue = value
        item.CodingSchemeDesignator = "DCM"
        item.CodeMeaning = meaning
        items.append(item)
    ds.DeidentificationMethodCodeSequence = items
    ds.LongitudinalTemporalInformationModified = "MODIFIED" if shift is not None else "REMOVED"


def _rewrite_file_meta(ds: Any, uid_map: UidMap) -> None:
    """New file meta (E.1.1 step 7): only what is needed, new instance UID, zeroed preamble."""
    from pydicom.dataset import FileMetaDataset
    from pydicom.uid import PYDICOM_IMPLEMENTATION_UID

    old = ds.file_meta
    meta = FileMetaDataset()
    meta.MediaStorageSOPClassUID = old.get("MediaStorageSOPClassUID") or ds.get("SOPClassUID", "")
    meta.MediaStorageSOPInstanceUID = ds.get("SOPInstanceUID") or uid_map(
        old.get("MediaStorageSOPInstanceUID", ""))
    meta.TransferSyntaxUID = old.TransferSyntaxUID
    meta.ImplementationClassUID = PYDICOM_IMPLEMENTATION_UID
    meta.ImplementationVersionName = "TRIAGE_DEID_1"
    ds.file_meta = meta
    ds.preamble = b"\x00" * 128

