"""What the app knows about an image: :class:`ImageHeader` (no pixels) and :class:`ImageRecord`.

The UI and the database never hold a pydicom ``Dataset`` or a Pillow ``Image``: they get these
plain dataclasses (numpy pixels and strings). Identifying header fields are kept apart
(``identifiers``) from the display metadata so that de-identification (:mod:`triage.imaging.deid`)
and export can drop them in one place.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from typing import Mapping

import numpy as np

IDENTIFYING_KEYWORDS = (
    "PatientName", "PatientID", "OtherPatientIDs", "OtherPatientNames", "PatientBirthDate",
    "PatientBirthTime", "PatientSex", "PatientAge", "PatientAddress", "PatientTelephoneNumbers",
    "PatientMotherBirthName", "MilitaryRank", "EthnicGroup", "IssuerOfPatientID",
    "InstitutionName", "InstitutionAddress", "InstitutionalDepartmentName", "StationName",
    "ReferringPhysicianName", "PerformingPhysicianName", "OperatorsName", "PhysiciansOfRecord",
    "NameOfPhysiciansReadingStudy", "RequestingPhysician", "AccessionNumber", "StudyID",
    "DeviceSerialNumber", "StudyDate", "SeriesDate", "AcquisitionDate", "ContentDate",
    "StudyTime", "SeriesTime", "AcquisitionTime", "ContentTime", "AcquisitionDateTime",
    "StudyInstanceUID", "SeriesInstanceUID", "SOPInstanceUID", "FrameOfReferenceUID",
    "StudyDescription", "SeriesDescription", "ImageComments", "AdditionalPatientHistory",
)

# Non-identifying fields worth showing beside the image.
DISPLAY_KEYWORDS = (
    "Modality", "BodyPartExamined", "ViewPosition", "ImageLaterality", "Laterality",
    "PatientPosition", "PhotometricInterpretation", "BitsStored", "Manufacturer",
    "ManufacturerModelName", "SliceThickness", "KVP", "ExposureTime", "XRayTubeCurrent",
    "ImageType", "BurnedInAnnotation", "LossyImageCompression",
)


@dataclass(frozen=True)
class ImageHeader:
    """What :func:`read_header` learns without decoding pixels (for indexing and quick checks)."""

    kind: str  # "dicom" | "photo"
    modality: str
    body_part: str
    view: str
    rows: int
    columns: int
    pixel_spacing: tuple[float, float] | None
    study_date: date | None
    photometric: str
    n_frames: int
    window: tuple[float, float] | None
    transfer_syntax: str
    sha256: str
    size_bytes: int
    original_name: str
    identifiers: Mapping[str, str] = field(default_factory=dict)
    metadata: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, eq=False)  # eq on numpy pixels is ambiguous: records compare by identity
class ImageRecord:
    """A decoded image and the header facts the app needs; never a pydicom object.

    ``pixels`` is 2-D float32 for grey images, after the modality LUT (rescale slope/intercept),
    after the VOI LUT when the file carries a VOI LUT table (``voi_lut_applied``), and with
    MONOCHROME1 inverted so that higher always means brighter; ``window`` is given in the same
    space. Colour images are (H, W, 3) uint8 RGB (YBR and palette colour converted).
    """

    pixels: np.ndarray
    kind: str
    modality: str
    body_part: str
    view: str
    rows: int
    columns: int
    pixel_spacing: tuple[float, float] | None
    study_date: date | None
    photometric: str
    n_frames: int
    frame_index: int
    window: tuple[float, float] | None
    voi_lut_applied: bool
    transfer_syntax: str
    sha256: str
    size_bytes: int
    original_name: str
    identifiers: Mapping[str, str] = field(default_factory=dict)
    metadata: Mapping[str, str] = field(default_factory=dict)

    @property
    def is_colour(self) -> bool:
        return self.pixels.ndim == 3



def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
