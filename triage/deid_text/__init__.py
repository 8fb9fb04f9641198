"""De-identification of free text (complaints, notes, review reasons) for de-identified exports.

Below ``triage.export`` and ``triage.imaging`` in the layers: it imports neither. Identifiers are
found by local recognizers only (``recognizers``, built on Presidio's classes) and spaCy's NER
(``ner``); the patient's own values are matched literally (``known``); names of other people are
found by their cues (``names``). Measured on a generated corpus and a hand-written one by
``python -m bench.bench_deid``.
"""

from triage.deid_text import no_torch

no_torch.install()  # before spaCy or Presidio is first imported

from triage.deid_text.known import KnownIdentifiers  # noqa: E402
from triage.deid_text.scrubber import LABELS, Finding, TextScrubber, scrub_text, warm_texts  # noqa: E402

__all__ = ["KnownIdentifiers", "LABELS", "Finding", "TextScrubber", "scrub_text", "warm_texts"]
