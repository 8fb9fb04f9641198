"""An attachment file replaced on disk is not exported as the patient's image (issue 25 §7: it was
exported silently although docs/store.md said the export catches it)."""

from __future__ import annotations

import os

from fixtures_export import inst, template  # noqa: F401 - fixtures
from triage.export import export_cases


def test_a_replaced_attachment_is_withheld_and_named(inst, tmp_path):
    store, admin = inst.store, inst.admin
    detail = store.case_detail(inst.clinician, inst.case_id)
    victim = detail.attachments[0]
    os.chmod(victim.path, 0o600)
    victim.path.write_bytes(b"not the image that was attached")
    result = export_cases(store, admin, "jsonl", tmp_path / "out.jsonl")
    named = [w for w in result.warnings if f"attachment {victim.id}" in w]
    assert named and "withheld" in named[0] and f"case {inst.case_id}" in named[0]
    files = tmp_path / "out_files"
    written = {p.read_bytes() for p in files.iterdir()} if files.exists() else set()
    assert b"not the image that was attached" not in written
    # the other attachment, untouched, is still exported
    assert len(written) == len(detail.attachments) - 1
