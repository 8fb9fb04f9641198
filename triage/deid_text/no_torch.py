"""Keep spaCy (through thinc) and Presidio from importing PyTorch and transformers for text
de-identification.

Neither is needed here: the small English pipeline runs on thinc's NumPy ops, and Presidio's
transformers engine is never used. But both libraries import them when they are installed (they
are, for the image and text models), which alone costs about 430 MB: a de-identified export of
100k cases peaked at 575 MB, almost all of it those imports (issue 22 §4; ``bench.bench_export
--deidentify``). The finder below refuses ``torch`` and ``transformers`` only to imports made from
inside ``thinc``, ``spacy`` or ``presidio_analyzer`` (they treat it as "not installed"); every
other import, in any thread, is untouched, and once torch is loaded (the models) nothing changes.
"""

from __future__ import annotations

import sys
from importlib.abc import MetaPathFinder

BLOCKED = frozenset({"torch", "transformers"})
FOR = ("thinc", "spacy", "presidio_analyzer")


class _NotForNlp(MetaPathFinder):
    def find_spec(self, name, path=None, target=None):  # noqa: ANN001 - importlib's protocol
        if name.partition(".")[0] not in BLOCKED:
            return None
        frame = sys._getframe(1)
        while frame is not None and frame.f_code.co_filename.startswith("<frozen"):
            frame = frame.f_back
        importer = frame.f_globals.get("__name__", "") if frame is not None else ""
        if importer.partition(".")[0] in FOR:
            raise ModuleNotFoundError(f"{name} is not used for text de-identification", name=name)
        return None


def install() -> None:
    """Put the finder first on ``sys.meta_path`` (once)."""
    if not any(isinstance(f, _NotForNlp) for f in sys.meta_path):
        sys.meta_path.insert(0, _NotForNlp())
