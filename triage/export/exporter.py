"""Export entry point: ``export_cases`` (used by the CLI and the admin screen's export dialog).

Streams cases from the store into one of four formats, de-identified or not. Output goes to a
temporary name beside the target and is renamed only when complete, so a reader never sees half an
export; a cancelled or failed export removes its partial files. Attachment files (DICOM, photos) of
the CSV, JSON Lines and FHIR exports go to a folder ``<out>_files`` next to the output file.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from triage.export.deid_records import CaseDeidentifier
from triage.errors import ExportCancelled, StorageError
from triage.export.common import ExportCase, file_name, prepare_cases
from triage.records import CaseDetail, User
from triage.store.connection import private_file, private_folder

FORMATS = ("csv", "jsonl", "fhir", "pdf")
SUFFIX = {"csv": ".csv", "jsonl": ".jsonl", "fhir": ".ndjson", "pdf": ".pdf"}
PROGRESS_EVERY = 100  # most cases between progress calls (the UI throttles to whole percents)

Progress = Callable[[float, str], None]
Cancelled = Callable[[], bool]


@dataclass(frozen=True)
class ExportResult:
    count: int
    paths: tuple[Path, ...]  # the export file(s); the attachment folder is listed after them
    deidentified: bool
    format: str
    warnings: tuple[str, ...] = field(default_factory=tuple)

    @property
    def path(self) -> Path:
        return self.paths[0]


def export_cases(store: Any, actor: User, fmt: str, out: Path, *, start: datetime | None = None,
                 end: datetime | None = None, deidentify: bool = False, progress: Progress | None = None,
                 cancelled: Cancelled | None = None, with_files: bool = True,
                 words: Any = None) -> ExportResult:
    """Export the cases that arrived in [start, end) to ``out`` and write the audit row.

    ``fmt``: "csv", "jsonl", "fhir" (NDJSON, one Bundle per line) or "pdf" (one document; when
    ``out`` has no ``.pdf`` suffix it is a folder that receives one PDF per case).
    ``words``: the PDF's language (a :class:`~triage.export.report_words.ReportWords`; English
    without). CSV, JSON Lines and FHIR are data: their field names and values stay English.

    Raises
    ------
    PermissionDenied
        ``actor`` may not export (the refusal is audited).
    ExportCancelled
        ``cancelled()`` returned True; no output is left behind and nothing is audited as exported.
    StorageError
        the output cannot be written (the partial files are removed).
    ValueError
        an unknown format.
    """
    from triage.store.auth import Permission, require

    require(store, actor, Permission.EXPORT)
    total = store.count_cases(start, end)
    from triage.export.local_names import installation_names

    local = installation_names(store) if deidentify else ()
    result = write_export(store.iter_cases(actor, start, end), total, fmt, Path(out), deidentify=deidentify,
                          progress=progress, cancelled=cancelled, with_files=with_files,
                          data_dir=getattr(store, "data_dir", None), local_names=local, words=words)
    store.record_event(actor, "export", "cases", "", {
        "format": fmt, "count": result.count, "deidentified": deidentify,
        "from": start.isoformat() if start else "", "to": end.isoformat() if end else "",
        "files": len(result.paths)})
    return result


def write_export(cases: Iterable[CaseDetail], total: int, fmt: str, out: Path, *, deidentify: bool = False,
                 progress: Progress | None = None, cancelled: Cancelled | None = None,
                 with_files: bool = True, data_dir: Path | None = None,
                 local_names: tuple[str, ...] = (), words: Any = None) -> ExportResult:
    """Write already-selected cases (no permission check, no audit: ``export_cases`` does both).

    ``data_dir``: the installation folder, where the export registers its partial files so that
    a killed export's are removed by the next one (``triage.export.leftovers``).

    Raises
    ------
    ExportCancelled, StorageError, ValueError
        as for ``export_cases``.
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    progress = progress or (lambda fraction, message: None)
    cancelled = cancelled or (lambda: False)
    warnings: list[str] = []
    deid = CaseDeidentifier(local_names=local_names) if deidentify else None
    per_case_pdf = fmt == "pdf" and out.suffix.lower() != ".pdf"
    files = with_files and fmt != "pdf"
    prepared = prepare_cases(cases, deid=deid, with_files=with_files, warnings=warnings)
    from triage.export.leftovers import InProgress, sweep

    if data_dir is not None:
        sweep(data_dir)  # partial files of exports killed earlier
    staging_ctx = _Staging(out, fmt, directory=per_case_pdf, files_dir=files, expected=total,
                           warnings=warnings, words=words)
    registry = (InProgress(data_dir, [staging_ctx.tmp] + ([staging_ctx.files_tmp] if staging_ctx.files_tmp else []))
                if data_dir is not None else contextlib.nullcontext())
    with registry, staging_ctx as staging:
        count = 0
        for ec in _tracked(prepared, total, progress, cancelled):
            if files:
                staging.write_files(ec)
            staging.write(ec)
            count += 1
        progress(1.0, "finishing")
        paths = staging.commit()
    progress(1.0, f"exported {count} cases")
    return ExportResult(count, paths, deidentify, fmt, tuple(warnings))


def _tracked(cases: Iterable[ExportCase], total: int, progress: Progress,
             cancelled: Cancelled) -> Iterator[ExportCase]:
    progress(0.0, f"exporting {total} cases")
    step = max(1, min(PROGRESS_EVERY, total // 100))  # about every percent, at most every 100 cases
    for n, ec in enumerate(cases, start=1):
        if cancelled():
            raise ExportCancelled("export cancelled; the partial output was removed")
        yield ec
        if n % step == 0:
            progress(min(n / max(total, 1), 0.99), f"{n} of {total} cases")
    if cancelled():
        raise ExportCancelled("export cancelled; the partial output was removed")


class _Staging:
    """Temporary output beside the target; ``commit`` renames it into place, leaving removes it."""

    def __init__(self, out: Path, fmt: str, *, directory: bool, files_dir: bool, expected: int,
                 warnings: list[str] | None = None, words: Any = None):
        self.out = out
        self.words = words  # the PDF's language
        self.warnings = warnings  # the PDF report adds images it could not decode
        self.fmt = fmt
        self.expected = expected
        self.tmp = out.with_name(f".{out.name}.partial")
        self.directory = directory
        self.files_final = out.with_name(out.stem + "_files") if files_dir else None
        self.files_tmp = out.with_name(f".{out.stem}_files.partial") if files_dir else None
        self._fh: Any = None
        self._pdf: Any = None
        self._fhir: Any = None
        self.write: Callable[[ExportCase], None] = lambda ec: None
        self._files_used = False
        self._committed = False

    def __enter__(self) -> "_Staging":
        try:
            # Only ever replace what an earlier export wrote: never a folder of the user's.
            _check_replaceable(self.out, "case-*.pdf" if self.directory else None)
            if self.files_final is not None:
                _check_replaceable(self.files_final, "*")
            private_folder(self.out.parent)  # patient data: folders 0700, files 0600
            _remove(self.tmp)
            if self.files_tmp is not None:
                _remove(self.files_tmp)
            if self.directory:
                self.tmp.mkdir(mode=0o700)
            else:
                private_file(self.tmp)
        except OSError as exc:
            raise StorageError(f"Cannot write the export to {self.out.parent}: "
                               f"{exc.strerror or exc}. Choose a folder you can write to.") from exc
        self.write = self._open(self.fmt)
        return self

    def __exit__(self, *exc: object) -> None:
        if self._fhir is not None:
            self._fhir.close()
        if self._fh is not None and not self._fh.closed:
            self._fh.close()
        if not self._committed:
            _remove(self.tmp)
            if self.files_tmp is not None:
                _remove(self.files_tmp)

    def _open(self, fmt: str) -> Callable[[ExportCase], None]:
        files_dir = self.files_final.name if self.files_final is not None else ""
        if fmt == "pdf":
            from triage.export.pdf import ReportWriter

            if self.directory:
                return lambda ec: ReportWriter.write_one(self.tmp / f"case-{ec.case_ref}.pdf", ec,
                                                         self.warnings, self.words)
            self._pdf = ReportWriter(self.warnings, self.words)
            return self._pdf.add
        self._fh = self._guard(lambda: open(self.tmp, "w", encoding="utf-8", newline=""))
        if fmt == "csv":
            from triage.export.csv import CaseCsvWriter

            return CaseCsvWriter(self._fh).write
        if fmt == "jsonl":
            from triage.export import jsonl as export_jsonl

            return lambda ec: export_jsonl.write_case(self._fh, ec, files_dir)
        from triage.export.fhir import FhirWriter

        self._fhir = FhirWriter(self._fh, files_dir, expected=self.expected)
        return self._fhir.write

    def write_files(self, ec: ExportCase) -> None:
        if self.files_tmp is None:
            return
        for att in ec.attachments:
            if att.data is None:
                continue
            if not self._files_used:
                self._guard(lambda: self.files_tmp.mkdir())
                self._files_used = True
            target = self.files_tmp / file_name(att)
            if not target.exists():  # content-addressed: the same image is written once
                self._guard(lambda: target.write_bytes(att.data))

    def commit(self) -> tuple[Path, ...]:
        if self._fhir is not None:
            self._fhir.finish()
        if self._fh is not None:
            self._guard(self._fh.flush)
            self._guard(lambda: os.fsync(self._fh.fileno()))
            self._fh.close()
        if self._pdf is not None:
            self._guard(lambda: self._pdf.save(self.tmp))
        self._guard(lambda: (_remove(self.out), self.tmp.rename(self.out)))
        paths = [self.out]
        if self.files_final is not None and self.files_tmp is not None:
            # An earlier export's folder would otherwise sit beside a file that does not use it.
            self._guard(lambda: _remove(self.files_final))
            if self._files_used:
                self._guard(lambda: self.files_tmp.rename(self.files_final))
                paths.append(self.files_final)
        self._committed = True
        self._guard(lambda: _make_private(self.out, self.files_final))
        if self.directory:
            return tuple(sorted(self.out.glob("case-*.pdf")))
        return tuple(paths)

    def _guard(self, action: Callable[[], Any]) -> Any:
        try:
            return action()
        except OSError as exc:
            raise StorageError(f"Cannot write the export {self.out}: {exc.strerror or exc}. "
                               "The partial output was removed.") from exc


def _make_private(*paths: Path | None) -> None:
    """Files 0600 and folders 0700 (the per-case PDFs and the attachment files inside them)."""
    for path in paths:
        if path is None or not path.exists():
            continue
        if path.is_dir():
            os.chmod(path, 0o700)
            for child in path.rglob("*"):
                os.chmod(child, 0o700 if child.is_dir() else 0o600)
        else:
            os.chmod(path, 0o600)


def _check_replaceable(path: Path, own_files: str | None) -> None:
    """Refuse a target that exists but is not an earlier export of the same kind.

    Raises
    ------
    StorageError
        ``path`` is a folder where a file is expected, or a folder holding other files.
    """
    if not path.is_dir():
        if own_files is not None and path.exists():
            raise StorageError(f"{path} exists and is not a folder: choose another output path")
        return
    if own_files is None:
        raise StorageError(f"{path} is a folder: give a file name for the export")
    if own_files == "*":  # the attachment folder: files named by their sha256
        ours = all(p.is_file() and len(p.stem) == 64 for p in path.iterdir())
    else:
        ours = set(path.iterdir()) <= set(path.glob(own_files))
    if not ours:
        raise StorageError(f"{path} holds files that are not from an export: choose an empty or new folder")


def _remove(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path)
        else:
            path.unlink()
