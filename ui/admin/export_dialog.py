"""Export dialog: date range, format, de-identify, progress bar, cancel.

``triage.export.exporter.export_cases`` does the work in a Task on a connection of its own thread; it
checks the permission, writes the audit row and removes partial output when cancelled.

Before it starts, the dialog asks before replacing an existing file and checks that the folder
can be written, so an unwritable folder is a plain sentence and not the unexpected-error report.
Whether the export carries identifiers is always on the Export button ("Export de-identified
CSV" / "Export identifiable CSV"), and a format change puts de-identification back on: an
identifiable export is chosen for one format at a time, never inherited unnoticed.
"""

from __future__ import annotations

import html
import os
import re
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QDialog, QFileDialog, QFormLayout,
                               QHBoxLayout, QLabel, QLineEdit, QMessageBox, QProgressBar,
                               QPushButton, QVBoxLayout, QWidget)

from triage.export import FORMATS, SUFFIX, ExportResult, export_cases
from triage.records import User
from triage.store import CaseStore

from ui.context import AppContext
from ui.labels import counted
from ui.report_words import report_words
from ui.widgets.workers import Task, TaskRunner

FORMAT_TITLES = {"csv": QT_TRANSLATE_NOOP("ExportDialog", "CSV (one row per case)"),
                 "jsonl": QT_TRANSLATE_NOOP("ExportDialog", "JSON Lines (everything)"),
                 "fhir": QT_TRANSLATE_NOOP("ExportDialog", "FHIR R4 (NDJSON Bundles)"),
                 "pdf": QT_TRANSLATE_NOOP("ExportDialog", "PDF case reports")}
translate = QCoreApplication.translate


def run_export(data_dir: Path, actor: User, fmt: str, out: Path, start: datetime | None,
               end: datetime | None, deidentify: bool, words=None, *, progress,
               cancelled) -> ExportResult:
    """Worker body: export on a store connection opened in this thread; ``words``: the PDF's
    language (``ui.report_words.report_words()``, built on the GUI thread)."""
    with CaseStore(data_dir) as store:
        return export_cases(store, actor, fmt, out, start=start, end=end, deidentify=deidentify,
                            progress=progress, cancelled=cancelled, words=words)


# The export's progress messages (triage.export.exporter) on screen.
PROGRESS_MESSAGES = (
    (re.compile(r"exporting (?P<total>\d+) cases"), QT_TRANSLATE_NOOP("ExportDialog", "exporting {total} cases")),
    (re.compile(r"(?P<n>\d+) of (?P<total>\d+) cases"), QT_TRANSLATE_NOOP("ExportDialog", "{n} of {total} cases")),
    (re.compile(r"finishing"), QT_TRANSLATE_NOOP("ExportDialog", "finishing")),
    (re.compile(r"exported (?P<count>\d+) cases"), QT_TRANSLATE_NOOP("ExportDialog", "exported {count} cases")),
)


def progress_text(message: str) -> str:
    """One of the exporter's progress messages in the interface language (unknown: as it is)."""
    for pattern, text in PROGRESS_MESSAGES:
        match = pattern.fullmatch(message)
        if match:
            return translate("ExportDialog", text).format(**match.groupdict())
    return message


def unwritable_reason(out: Path) -> str | None:
    """Why ``out`` cannot be written, in words, or None when it can (checked before starting)."""
    folder = out.parent
    if out.is_dir():
        return translate("ExportDialog", "{path} is a folder: add a file name").format(path=out)
    existing = folder
    while not existing.exists() and existing != existing.parent:
        existing = existing.parent
    if not existing.is_dir():
        return translate("ExportDialog", "{path} is a file, not a folder").format(path=existing)
    if not os.access(existing, os.W_OK | os.X_OK):
        return translate("ExportDialog", "You cannot write to the folder {path} (no permission): "
                         "choose another folder").format(path=existing)
    if out.exists() and not os.access(out, os.W_OK):
        return translate("ExportDialog", "{path} exists and cannot be replaced (no permission): choose "
                         "another name").format(path=out)
    return None


def day_start(d: date) -> datetime:
    """Midnight of a local calendar day, in UTC (the store keeps UTC)."""
    return datetime.combine(d, time.min).astimezone().astimezone(timezone.utc)


class ExportDialog(QDialog):
    """``start_export()`` runs it; ``finished_export(result)`` / ``cancel_export()``."""

    export_done = Signal(object)  # ExportResult

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Export cases"))
        self.runner = TaskRunner(self)
        self.task: Task | None = None
        self.result: ExportResult | None = None

        today = QDate.currentDate()
        self.all_dates = QCheckBox(self.tr("All dates"))
        self.all_dates.setChecked(True)
        self.from_date = QDateEdit(today.addDays(-30))
        self.to_date = QDateEdit(today)
        for edit in (self.from_date, self.to_date):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.all_dates.toggled.connect(self._dates_toggled)
        self.format_combo = QComboBox()
        for fmt in FORMATS:
            self.format_combo.addItem(self.tr(FORMAT_TITLES[fmt]) if fmt in FORMAT_TITLES else fmt, fmt)
        self.deidentify_check = QCheckBox(self.tr("De-identify (pseudonyms, shifted dates, names scrubbed from text)"))
        self.deidentify_check.setChecked(True)
        self.out_edit = QLineEdit(str(ctx.data_dir / "exports" / f"cases{SUFFIX['csv']}"))
        self.browse_button = QPushButton("…")
        self.browse_button.clicked.connect(self._browse)
        self.format_combo.currentIndexChanged.connect(self._format_changed)

        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, 100)
        self.progress_bar.setValue(0)
        self.status_label = QLabel("")
        self.status_label.setWordWrap(True)
        self.start_button = QPushButton(self.tr("Export"))
        self.deid_note = QLabel(self._free_text_caveat())
        self.deid_note.setWordWrap(True)
        self.start_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel export"))
        self.cancel_button.setEnabled(False)
        self.close_button = QPushButton(self.tr("Close"))
        self.start_button.clicked.connect(self.start_export)
        self.cancel_button.clicked.connect(self.cancel_export)
        self.close_button.clicked.connect(self.reject)

        form = QFormLayout()
        dates = QHBoxLayout()
        for w in (self.all_dates, QLabel(self.tr("from")), self.from_date, QLabel(self.tr("to")), self.to_date):
            dates.addWidget(w)
        form.addRow(self.tr("Arrival dates"), dates)
        form.addRow(self.tr("Format"), self.format_combo)
        form.addRow("", self.deidentify_check)
        form.addRow("", self.deid_note)
        out_row = QHBoxLayout()
        out_row.addWidget(self.out_edit, 1)
        out_row.addWidget(self.browse_button)
        form.addRow(self.tr("Save to"), out_row)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for b in (self.start_button, self.cancel_button, self.close_button):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.status_label)
        layout.addLayout(buttons)
        self._dates_toggled(True)
        self._last_format = self.format_combo.currentData()
        self.deidentify_check.toggled.connect(self._deidentify_toggled)
        for signal in (self.all_dates.toggled, self.from_date.dateChanged,
                       self.to_date.dateChanged, self.out_edit.textChanged,
                       self.deidentify_check.toggled, self.format_combo.currentIndexChanged):
            signal.connect(self._settings_changed)
        self._update_start_text()

    def _update_start_text(self) -> None:
        fmt = self.format_combo.currentData()
        text = (self.tr("Export de-identified {format}") if self.deidentify_check.isChecked()
                else self.tr("Export identifiable {format}"))
        self.start_button.setText(text.format(format=fmt.upper()))

    def _free_text_caveat(self) -> str:
        """Said while de-identification is on. Free-text scrubbing is rules: blind corpora in other
        languages measured 0.74-0.76 recall (docs/export.md), so the box must not promise "no names"
        for notes the way the whole-field removal can."""
        return self.tr("Fields are removed or replaced whole. Free text is scrubbed by rules, which miss some "
                       "names and addresses written in other languages: review free text before it leaves "
                       "the clinic.")

    def _deidentify_toggled(self, on: bool) -> None:
        self.deid_note.setText(self._free_text_caveat() if on
                               else self.tr("Names, dates and identifiers will be in the file."))
        self.deid_note.setStyleSheet("" if on else "color: #B71C1C")
        self._update_start_text()

    def _settings_changed(self, *_args) -> None:
        """A new choice makes the last result line stale: clear it (never under a running export)."""
        if self.task is None:
            self.result = None
            self.progress_bar.setValue(0)
            if self.status_label.text() != getattr(self, "_format_note", None):
                self._say("")

    def _dates_toggled(self, all_dates: bool) -> None:
        self.from_date.setEnabled(not all_dates)
        self.to_date.setEnabled(not all_dates)

    def _format_changed(self) -> None:
        fmt = self.format_combo.currentData()
        path = Path(self.out_edit.text() or "cases")
        self.out_edit.setText(str(path.with_suffix(SUFFIX[fmt])))
        previous, self._last_format = self._last_format, fmt
        if not self.deidentify_check.isChecked() and previous != fmt:
            self.deidentify_check.setChecked(True)  # an identifiable export is chosen per format
            self._say(self.tr("Format changed: de-identification is on again for {format}; untick it "
                              "if this export must carry identifiers").format(format=fmt.upper()))
            self._format_note = self.status_label.text()  # kept while the other settings change
        self._update_start_text()

    def _browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export to"), self.out_edit.text(),
            options=QFileDialog.Option.DontConfirmOverwrite)  # start_export asks, for typed names too
        if name:
            self.out_edit.setText(name)
            self._settings_changed()

    def date_range(self) -> tuple[datetime | None, datetime | None]:
        """[start, end) in UTC; the end day is included."""
        if self.all_dates.isChecked():
            return None, None
        start = day_start(self.from_date.date().toPython())
        end = day_start(self.to_date.date().toPython() + timedelta(days=1))
        return start, end

    def _running(self, running: bool) -> None:
        self.start_button.setEnabled(not running)
        self.cancel_button.setEnabled(running)
        self.close_button.setEnabled(not running)
        for w in (self.all_dates, self.format_combo, self.deidentify_check, self.out_edit,
                  self.browse_button):
            w.setEnabled(not running)
        if not running:
            self._dates_toggled(self.all_dates.isChecked())

    def _say(self, text: str, *, error: bool = False) -> None:
        self.status_label.setText(html.escape(text))
        self.status_label.setStyleSheet("color: #B71C1C; font-weight: bold" if error else "")

    def start_export(self) -> Task | None:
        start, end = self.date_range()
        if start is not None and end is not None and end <= start:
            self._say(self.tr("The end date is before the start date"), error=True)
            return None
        out_text = self.out_edit.text().strip()
        if not out_text:
            self._say(self.tr("Choose where to save the export"), error=True)
            return None
        out = Path(out_text).expanduser()
        problem = unwritable_reason(out)
        if problem is None:
            try:
                out.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                problem = self.tr("Cannot create the folder {path}: {error}").format(
                    path=out.parent, error=exc.strerror or exc)
        if problem is not None:
            self._say(problem, error=True)
            return None
        if out.exists() and not self.confirm_overwrite(out):
            self._say(self.tr("Not exported: the existing file was kept"))
            return None
        fmt = self.format_combo.currentData()
        task = Task(run_export, self.ctx.store.url, self.ctx.user, fmt, out, start, end,
                    self.deidentify_check.isChecked(), report_words() if fmt == "pdf" else None)
        task.signals.progress.connect(self._progress)
        task.signals.finished.connect(self._finished)
        task.signals.failed.connect(self._failed)
        task.signals.cancelled.connect(self._cancelled)
        self.task = task
        self.result = None
        self.progress_bar.setValue(0)
        self._say(self.tr("Exporting…"))
        self._running(True)
        return self.runner.start(task)

    def confirm_overwrite(self, out: Path) -> bool:
        """Ask before an export replaces a file (a previous export, or someone else's file)."""
        answer = QMessageBox.question(
            self, self.tr("Replace file?"), self.tr("{name} already exists in {folder}.\n\nReplace it?").format(
                name=out.name, folder=out.parent),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def cancel_export(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self._say(self.tr("Cancelling…"))

    def _progress(self, fraction: float, message: str) -> None:
        self.progress_bar.setValue(int(fraction * 100))
        if message:
            self.status_label.setText(html.escape(progress_text(message)))

    def _finished(self, result: ExportResult) -> None:
        self.task = None
        self.result = result
        self._running(False)
        self.progress_bar.setValue(100)
        text = counted(self.tr("Exported %Ln de-identified case(s) to {path}", "", result.count)
                       if result.deidentified else
                       self.tr("Exported %Ln case(s) to {path}", "", result.count), result.count)
        text = text.format(path=result.path)
        if result.warnings:
            text += "\n" + self.tr("Warnings: {warnings}").format(warnings="; ".join(result.warnings[:5]))
        self._say(text)
        self.export_done.emit(result)

    def _failed(self, exc: BaseException, _trace: str) -> None:
        self.task = None
        self._running(False)
        if isinstance(exc, PermissionError):
            where = exc.filename or self.out_edit.text()
            self._say(self.tr("Export failed: no permission to write {path}; choose another folder").format(
                path=where), error=True)
        elif isinstance(exc, OSError):
            self._say(self.tr("Export failed: {error}").format(error=exc.strerror or exc)
                      + (f" ({exc.filename})" if exc.filename else ""), error=True)
        else:
            self._say(self.tr("Export failed: {error}").format(error=exc), error=True)

    def _cancelled(self) -> None:
        self.task = None
        self._running(False)
        self.progress_bar.setValue(0)
        self._say(self.tr("Export cancelled; no partial file was left behind"))

    def reject(self) -> None:
        if self.task is None:  # never close under a running export: cancel it first
            super().reject()
