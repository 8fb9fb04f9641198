"""Issue 22 §4: a de-identified export stays under 400 MB. Almost all of its peak was PyTorch and
transformers, imported by spaCy (thinc) and Presidio although text de-identification uses neither
(``triage.deid_text.no_torch``); the export of 100k cases is measured by
``python -m bench.bench_export --deidentify``."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

SCRUB = textwrap.dedent(f"""
    import json, sys
    sys.path.insert(0, {str(REPO)!r})
    from triage.deid_text import scrub_text

    def peak_mb():
        # VmHWM belongs to this process's own memory; ru_maxrss would also count the parent's
        # (a large pytest) when the child is started by vfork, as subprocess does.
        for line in open("/proc/self/status"):
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    out = scrub_text("John Smith seen 12/03/2024 in Paris with chest pain, call 555-123-4567")
    nlp_loaded = "spacy" in sys.modules and "presidio_analyzer" in sys.modules
    heavy = sorted(m for m in ("torch", "transformers") if m in sys.modules)
    print(json.dumps({{"out": out, "nlp": nlp_loaded, "heavy": heavy,
                      "peak_mb": peak_mb()}}))
    import torch  # the models still load torch afterwards in the same process
    print("torch", torch.__version__)
""")


def test_text_deidentification_loads_neither_torch_nor_transformers():
    done = subprocess.run([sys.executable, "-c", SCRUB], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    first, second = done.stdout.strip().splitlines()[-2:]
    result = json.loads(first)
    assert result["out"] == "[NAME] seen [DATE] in [ADDRESS] with chest pain, call [PHONE]"
    assert result["nlp"] and result["heavy"] == []
    assert result["peak_mb"] < 300, result
    assert second.startswith("torch ")
