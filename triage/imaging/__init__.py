"""Reading images a nurse attaches (DICOM and photos) safely, and de-identifying them (PS3.15).

Re-exports the reader's public names so callers write ``from triage.imaging import read_image``
(as pydicom does for ``pixels``).
"""

from triage.imaging.reader import (DISPLAY_KEYWORDS, IDENTIFYING_KEYWORDS, MAX_FILE_BYTES,
                                   MAX_INFLATED_BYTES, MAX_PIXELS, PHOTO_FORMATS, WINDOW_PRESETS,
                                   ImageHeader, ImageRecord, clean_photo_bytes, display_pixels,
                                   load_dataset, read_header, read_image, thumbnail_png)

__all__ = ["DISPLAY_KEYWORDS", "IDENTIFYING_KEYWORDS", "MAX_FILE_BYTES", "MAX_INFLATED_BYTES",
           "MAX_PIXELS", "PHOTO_FORMATS", "WINDOW_PRESETS", "ImageHeader", "ImageRecord",
           "clean_photo_bytes", "display_pixels", "load_dataset", "read_header", "read_image",
           "thumbnail_png"]
