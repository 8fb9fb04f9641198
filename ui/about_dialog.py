"""Help > About: the version and the same facts as ``self-check``, for this desk, in words.

The check loads the models and opens windows offscreen, so it runs as its own process
(``QProcess``: the GUI thread never waits) and the dialog fills in when it answers.
"""

from __future__ import annotations

import json
import sys

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QProcess, QProcessEnvironment
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout

from triage import __version__
from ui.context import AppContext

SELF_CHECK = "import sys, main; sys.exit(main.main())"


def self_check_arguments(ctx: AppContext) -> list[str]:
    """``python -c … [--database URL] --data-dir DIR self-check --json`` for this desk."""
    args = ["-c", SELF_CHECK, "--data-dir", str(ctx.data_dir)]
    url = getattr(ctx.store, "url", None)
    if url is not None and getattr(url, "is_postgresql", False):
        args += ["--database", url.conninfo()]
    return args + ["self-check", "--json"]


translate = QCoreApplication.translate
# The self-check's parts by their JSON keys, named in the interface language when one fails (the
# error itself is the checking process's own words, in English for the clinic's IT).
PARTS = {"models": QT_TRANSLATE_NOOP("AboutDialog", "Model files"),
         "engine": QT_TRANSLATE_NOOP("AboutDialog", "Engine"),
         "image_model": QT_TRANSLATE_NOOP("AboutDialog", "Image model"),
         "database": QT_TRANSLATE_NOOP("AboutDialog", "Database"),
         "gui": QT_TRANSLATE_NOOP("AboutDialog", "Window")}


def describe(report: dict) -> str:
    """The report in lines a clinic's IT can read over the phone."""
    lines = [f"Triage Desk {report.get('version')} — "
             + (translate("AboutDialog", "all checks passed") if report.get("ok")
                else translate("AboutDialog", "FAILED: {checks}").format(checks=", ".join(report.get("failing", []))))]
    files = (report.get("models", {}).get("details", {}) or {}).get("files", {})
    ok, bad = translate("AboutDialog", "hash ok"), translate("AboutDialog", "HASH MISMATCH")
    lines.append(translate("AboutDialog", "Models: {files}").format(files=", ".join(
        f"{n} {f['version']} ({ok if f['sha256_ok'] else bad})" for n, f in sorted(files.items()))))
    lines.append(translate("AboutDialog", "Engine: {engine}; built-in emergency example → level {level}").format(
        engine=translate("AboutDialog", "rules only") if report.get("rules_only") else translate("AboutDialog", "models loaded"),
        level=report.get("example_level")))
    image = report.get("image_model", {}).get("details", {})
    if image:
        lines.append(translate("AboutDialog", "Image model {version}: {verdict}").format(version=image.get("version"),
                                                                    verdict=image.get("verdict")))
    db = report.get("database", {}).get("details", {})
    lines.append(translate("AboutDialog", "Database: {backend} {name}, schema {schema}").format(
        backend=db.get("backend"), name=db.get("database") or db.get("server"),
        schema=db.get("schema_version")))
    for name, part in PARTS.items():
        error = report.get(name, {}).get("error")
        if error:
            lines.append(translate("AboutDialog", "{part}: {error}").format(
                part=translate("AboutDialog", part), error=error))
    lines.append(translate("AboutDialog", "Timings: {timings}").format(
        timings=", ".join(f"{k} {v:.2f}" for k, v in report.get("timings", {}).items())))
    return "\n".join(lines)


class AboutDialog(QDialog):
    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Triage Desk"))
        self.report: dict | None = None
        layout = QVBoxLayout(self)
        self.title = QLabel(self.tr("Triage Desk {0} — decision support, not a decision maker.")
                            .format(__version__))
        self.title.setWordWrap(True)
        self.status = QLabel(self.tr("Checking this installation…"))
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setObjectName("SelfCheckDetails")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        for w in (self.title, self.status, self.details, buttons):
            layout.addWidget(w)
        self.resize(640, 360)
        self.process = QProcess(self)
        env = QProcessEnvironment.systemEnvironment()
        env.insert("QT_QPA_PLATFORM", "offscreen")
        self.process.setProcessEnvironment(env)
        self.process.finished.connect(self._finished)
        self.process.start(sys.executable, self_check_arguments(ctx))

    def _finished(self, code: int, _status) -> None:
        out = bytes(self.process.readAllStandardOutput()).decode("utf-8", "replace")
        try:
            self.report = json.loads(out)
        except ValueError:
            err = bytes(self.process.readAllStandardError()).decode("utf-8", "replace")
            self.status.setText(self.tr("The self-check did not answer (exit {0}).").format(code))
            self.details.setPlainText(err[-4000:])
            return
        self.status.setText(self.tr("All checks passed.") if self.report.get("ok")
                            else self.tr("Some checks failed: see below."))
        self.details.setPlainText(describe(self.report))

    def done(self, result: int) -> None:
        if self.process.state() != QProcess.ProcessState.NotRunning:
            self.process.kill()
            self.process.waitForFinished(2000)
        super().done(result)
