"""Reading images a nurse attaches (DICOM and photos) safely, and de-identifying them (PS3.15).

Re-exports the public names so callers write ``from triage.imaging import read_image`` (as
pydicom does for ``pixels``). ``read_image``, ``thumbnail_of`` and ``clean_photo_bytes`` decode in
a worker process (:mod:`triage.imaging.isolation`): a native decoder that aborts on a hostile file
costs that file, not the app. ``decode_image`` decodes in the calling process and is only for
that worker and for tests that fuzz the decoder itself.

Modules: ``record`` (ImageHeader, ImageRecord), ``guards`` (size, read and inflate limits),
``dicom``, ``photo``, ``decode`` (in-process dispatch), ``display`` (windowing, thumbnails),
``isolation`` (the worker processes), ``deid`` (PS3.15 basic profile).
"""

from triage.imaging.decode import decode_image, read_header
from triage.imaging.dicom import load_dataset
from triage.imaging.display import WINDOW_PRESETS, display_pixels, thumbnail_png
from triage.imaging.guards import MAX_FILE_BYTES, MAX_INFLATED_BYTES, MAX_PIXELS, load_source
from triage.imaging.isolation import (DECODE_TIMEOUT_S, DECODER_MEMORY_BYTES, clean_photo_bytes,
                                      read_image, shutdown_decoders, thumbnail_of, warm_decoder)
from triage.imaging.photo import PHOTO_FORMATS
from triage.imaging.record import DISPLAY_KEYWORDS, IDENTIFYING_KEYWORDS, ImageHeader, ImageRecord

__all__ = ["DECODER_MEMORY_BYTES", "DECODE_TIMEOUT_S", "DISPLAY_KEYWORDS", "IDENTIFYING_KEYWORDS",
           "MAX_FILE_BYTES", "MAX_INFLATED_BYTES", "MAX_PIXELS", "PHOTO_FORMATS",
           "WINDOW_PRESETS", "ImageHeader", "ImageRecord", "clean_photo_bytes", "decode_image",
           "display_pixels", "load_dataset", "load_source", "read_header", "read_image",
           "shutdown_decoders", "thumbnail_of", "thumbnail_png", "warm_decoder"]
