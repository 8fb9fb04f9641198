"""Models: what each does, what it learned from, its version, its validated figures in plain
words, and whether it is loaded.

The manifest says what should be there; the engine's ``status()`` and the image model in the
context say what actually loaded (a missing or corrupt file shows its error, the app runs on).
The table is written for a clinician or an administrator: training knobs (``chosen_C``,
``ece_after`` …) stay out of it and live in the selected model's technical details below, with
the sha256 and the full metrics.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from typing import Any, Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QHeaderView, QLabel, QPushButton, QSplitter, QTableWidget,
                               QTableWidgetItem, QTextBrowser, QVBoxLayout, QWidget)

from models.registry import MODELS_DIR, read_manifest
from triage.engine.image_model import MODEL_NAME as IMAGE_MODEL_NAME

from ui.admin.calibration_panel import CalibrationPanel
from ui.context import AppContext

COLUMNS = (QT_TRANSLATE_NOOP("Headers", "Model"), QT_TRANSLATE_NOOP("Headers", "What it does"),
           QT_TRANSLATE_NOOP("Headers", "Learned from"), QT_TRANSLATE_NOOP("Headers", "Version"),
           QT_TRANSLATE_NOOP("Headers", "Validated figures"), QT_TRANSLATE_NOOP("Headers", "State"))
translate = QCoreApplication.translate
COL_STATE = 5


@dataclass(frozen=True)
class ModelPurpose:
    title: str
    does: str
    data: str  # the training data in words (the manifest names only the file)


PURPOSES: dict[str, ModelPurpose] = {
    "text_acuity": ModelPurpose(
        QT_TRANSLATE_NOOP("ModelsPage", "Triage level from the complaint (KTAS)"),
        QT_TRANSLATE_NOOP("ModelsPage", "Suggests a level 1–5 from the complaint, vital signs, age, pain and arrival; the rules' "
        "floor always applies on top and a nurse confirms every level."),
        QT_TRANSLATE_NOOP("ModelsPage", "1,014 adult emergency records from two Korean hospitals (2016–2017), labelled by "
        "expert triage nurses")),
    "text_acuity_esi": ModelPurpose(
        QT_TRANSLATE_NOOP("ModelsPage", "Triage level from the complaint (ESI)"),
        QT_TRANSLATE_NOOP("ModelsPage", "Used when the installation triages with ESI: suggests a level 1–5 from the complaint, "
        "vital signs, age, pain and arrival; the ESI rules' floors apply on top and a nurse "
        "confirms every level."),
        QT_TRANSLATE_NOOP("ModelsPage", "20,885 US emergency department visits from 249 hospitals (NHAMCS 2010, CDC/NCHS), "
        "with the triage nurses' ESI levels")),
    "text_symptom": ModelPurpose(
        QT_TRANSLATE_NOOP("ModelsPage", "Symptom category"),
        QT_TRANSLATE_NOOP("ModelsPage", "Names the kind of complaint (headache, breathing, chest pain and 22 more) from the "
        "patient's own words; it does not change the level."),
        QT_TRANSLATE_NOOP("ModelsPage", "703 distinct spoken symptom phrases (Medical Speech, Transcription and Intent, 2019)")),
    "image_cnn": ModelPurpose(
        QT_TRANSLATE_NOOP("ModelsPage", "Chest X-ray: possible pneumonia"),
        QT_TRANSLATE_NOOP("ModelsPage", "Flags possible pneumonia on a frontal chest radiograph and shows where it looked; may "
        "raise a case's priority, never lower it. Not a diagnosis; other images are not assessed."),
        QT_TRANSLATE_NOOP("ModelsPage", "4,708 paediatric chest radiographs (children aged 1–5, one hospital in Guangzhou), "
        "shrunk to 28×28 pixels")),
}

# Validated figures a clinician reads, as "<phrase> <percent>"; anything else is a training detail.
PLAIN_FIGURES: dict[str, str] = {
    "exact": QT_TRANSLATE_NOOP("ModelsPage", "right level {p}"),
    "within_one": QT_TRANSLATE_NOOP("ModelsPage", "within one level {p}"),
    "under_triage": QT_TRANSLATE_NOOP("ModelsPage", "under-triaged {p}"),
    "over_triage": QT_TRANSLATE_NOOP("ModelsPage", "over-triaged {p}"),
    "emergent_sensitivity": QT_TRANSLATE_NOOP("ModelsPage", "recognised {p} of emergent cases (levels 1–2)"),
    "sensitivity": QT_TRANSLATE_NOOP("ModelsPage", "finds {p} of {positive} cases"),
    "specificity": QT_TRANSLATE_NOOP("ModelsPage", "calls {p} of {negative} cases {negative}"),
    "accuracy": QT_TRANSLATE_NOOP("ModelsPage", "right {p} of the time"),
    "top3_accuracy": QT_TRANSLATE_NOOP("ModelsPage", "right answer among its first three {p}"),
}
BLOCK_WORDS = {"val": QT_TRANSLATE_NOOP("ModelsPage", "on {n} held-out validation cases"), "cv": QT_TRANSLATE_NOOP("ModelsPage", "in 5-fold cross-validation"),
               "cv_5fold_hospital_grouped_engine":
                   QT_TRANSLATE_NOOP("ModelsPage", "in 5-fold cross-validation by hospital (each tested on hospitals it never saw)"),
               "nurse_point": QT_TRANSLATE_NOOP("ModelsPage", "for comparison, the triage nurses on the same records")}


@dataclass(frozen=True)
class ModelRow:
    name: str
    version: str
    sha256: str
    state: str  # "loaded", "loading…", "not loaded: <why>"
    loaded: bool
    metrics: Mapping[str, Any] = field(default_factory=dict)
    data: str = ""  # file (sha256 prefix)
    title: str = ""
    does: str = ""
    learned_from: str = ""
    figures: str = ""  # validated figures in plain words
    labels: tuple[str, ...] = ()


def percent(value: float) -> str:
    return f"{value * 100:.0f} %"


def plain_figures(metrics: Mapping[str, Any], labels: tuple[str, ...] = ()) -> str:
    """'In 5-fold cross-validation: right level 73 %, within one level 97 % …' from the metrics.

    Only the figures that say how often the model is right or wrong are kept; a cross-validated
    {mean, sd} reads as its mean. Training choices (chosen_C, ece_before …) are left out.
    """
    positive = labels[-1] if len(labels) == 2 else translate("ModelsPage", "positive")
    negative = labels[0] if len(labels) == 2 else translate("ModelsPage", "negative")
    sentences = []
    for block, values in metrics.items():
        if not isinstance(values, Mapping):
            continue
        parts = []
        for key, template in PLAIN_FIGURES.items():
            value = values.get(key)
            if isinstance(value, Mapping):
                value = value.get("mean")
            if isinstance(value, (int, float)) and not isinstance(value, bool):
                parts.append(translate("ModelsPage", template).format(p=percent(float(value)), positive=positive,
                                             negative=negative))
        if not parts:
            continue
        kind = block if block in BLOCK_WORDS else "cv" if block.startswith("cv") else block
        where = (translate("ModelsPage", BLOCK_WORDS[kind]) if kind in BLOCK_WORDS
                 else block.replace("_", " ")).format(
            n=f"{values['n']:,}" if "n" in values else "")
        where = where.replace("on  held-out", "on held-out")
        sentences.append(f"{where[0].upper()}{where[1:]}: {', '.join(parts)}.")
    return " ".join(sentences)


def metric_items(metrics: Mapping[str, Any], block: str = "") -> list[tuple[str, str, str]]:
    """Flatten nested metrics to (block, name, '0.962') rows; {mean, sd} reads '0.691±0.037'."""
    items: list[tuple[str, str, str]] = []
    for key, value in metrics.items():
        if isinstance(value, Mapping) and isinstance(value.get("mean"), float):
            sd = value.get("sd")
            spread = f"±{sd:.2g}" if sd is not None else ""
            items.append((block, key, f"{value['mean']:.3g}{spread}"))
        elif isinstance(value, Mapping):
            items.extend(metric_items(value, f"{block}.{key}" if block else key))
        elif isinstance(value, float):
            items.append((block, key, f"{value:.3g}"))
        elif isinstance(value, (int, str)) and not isinstance(value, bool):
            items.append((block, key, str(value)))
    return items


def format_metrics(metrics: Mapping[str, Any], limit: int = 8) -> str:
    """'val: accuracy 0.962, auc 0.998; seed 0' — the first ``limit`` metrics, by block."""
    items = metric_items(metrics)
    groups: list[tuple[str, list[str]]] = []
    for block, name, value in items[:limit]:
        if not groups or groups[-1][0] != block:
            groups.append((block, []))
        groups[-1][1].append(f"{name} {value}")
    text = "; ".join((f"{b}: " if b else "") + ", ".join(parts) for b, parts in groups)
    return text + (" …" if len(items) > limit else "")


def model_rows(ctx: AppContext, models_dir=MODELS_DIR) -> list[ModelRow]:
    """One row per model the manifest names or the engine reports."""
    manifest = read_manifest(models_dir)
    engine_status = {s.name: s for s in ctx.engine.status()} if ctx.engine is not None else {}
    rows = []
    for name in sorted(set(manifest) | set(engine_status)):
        entry = manifest.get(name)
        status = engine_status.get(name)
        data = ""
        if entry is not None and entry.data:
            data = f"{entry.data.get('file', '')} ({str(entry.data.get('sha256', ''))[:12]}…)"
        if status is not None:
            loaded, error = bool(status.loaded), status.error
        elif name == IMAGE_MODEL_NAME:
            loaded, error = ctx.image_model is not None, ctx.image_model_error
        else:
            loaded, error = False, "" if ctx.engine is None else translate("ModelsPage", "not used by the engine")
        if loaded:
            state = translate("ModelsPage", "loaded")
        elif error:
            state = translate("ModelsPage", "not loaded: {error}").format(error=error)
        else:
            state = (translate("ModelsPage", "loading…") if ctx.engine is None or name == IMAGE_MODEL_NAME
                     else translate("ModelsPage", "not loaded"))
        rows.append(ModelRow(
            name=name,
            version=(status.version if status is not None else entry.version if entry else ""),
            sha256=(status.sha256 if status is not None and status.sha256 else
                    entry.sha256 if entry else ""),
            state=state, loaded=loaded,
            metrics=(metrics := entry.metrics if entry is not None and entry.metrics else
                     status.metrics if status is not None else {}),
            data=data,
            title=translate("ModelsPage", purpose.title) if (purpose := PURPOSES.get(name)) else name,
            does=translate("ModelsPage", purpose.does) if purpose else "",
            learned_from=(translate("ModelsPage", purpose.data) if purpose
                          else (entry.data.get("file", "") if entry else "")),
            figures=plain_figures(metrics, tuple(entry.labels) if entry else ()),
            labels=tuple(entry.labels) if entry else ()))
    return rows


def details_html(row: ModelRow) -> str:
    """The selected model, for an administrator: everything, technical figures included."""
    e = html.escape
    t = lambda text: e(translate("ModelsPage", text))  # noqa: E731 - a local shorthand
    state = translate("ModelsPage", "Loaded") if row.loaded else row.state[:1].upper() + row.state[1:]
    figures = row.figures or translate("ModelsPage", "no validated figures in the manifest")
    return (f"<h3>{e(row.title)} <small>({e(row.name)}, {t('version')} {e(row.version)})</small></h3>"
            f"<p>{e(row.does)}</p><p><b>{t('Learned from:')}</b> {e(row.learned_from)}</p>"
            f"<p><b>{t('Validated:')}</b> {e(figures)}</p>"
            f"<p><b>{t('State:')}</b> {e(state)}</p>"
            f"<p><b>{t('Technical details')}</b> — {t('weights sha256')} {e(row.sha256)}; "
            f"{t('training file')} {e(row.data)}<br>{e(format_metrics(row.metrics, limit=100))}</p>")


# details_html's headings (t() above reads them at run time; lupdate reads them here)
DETAIL_HEADINGS = (QT_TRANSLATE_NOOP("ModelsPage", "version"), QT_TRANSLATE_NOOP("ModelsPage", "Learned from:"),
                   QT_TRANSLATE_NOOP("ModelsPage", "Validated:"), QT_TRANSLATE_NOOP("ModelsPage", "State:"),
                   QT_TRANSLATE_NOOP("ModelsPage", "Technical details"),
                   QT_TRANSLATE_NOOP("ModelsPage", "weights sha256"), QT_TRANSLATE_NOOP("ModelsPage", "training file"))


class ModelsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[ModelRow] = []
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([translate("Headers", c) for c in COLUMNS])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for col, width in ((0, 170), (2, 220), (3, 110), (COL_STATE, 110)):
            header.resizeSection(col, width)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.details = QTextBrowser()
        self.details.setOpenLinks(False)
        self.calibration = CalibrationPanel(ctx)  # the site's 2/3 line and its trade-off curve
        self.table.currentCellChanged.connect(lambda row, *_: self._show_details(row))
        self.summary_label = QLabel("")
        self.summary_label.setWordWrap(True)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        splitter.addWidget(self.calibration)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setStretchFactor(2, 2)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.refresh_button, 0, Qt.AlignmentFlag.AlignRight)
        ctx.signals.engine_ready.connect(self.refresh)
        ctx.signals.image_model_ready.connect(self.refresh)
        self.refresh()

    def refresh(self, *_loaded) -> None:
        self.calibration.refresh()  # in a worker: another desk may have changed the line
        self.rows = model_rows(self.ctx)
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            state = self.tr("Loaded") if row.loaded else row.state[:1].upper() + row.state[1:]
            cells = (row.title, row.does, row.learned_from, row.version,
                     row.figures or "—", state)
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if c == 0:
                    item.setToolTip(f"{row.name} — sha256 {row.sha256}")
                if c == COL_STATE:
                    item.setForeground(QColor("#1B5E20" if row.loaded else "#B71C1C"))
                self.table.setItem(r, c, item)
        loaded = sum(r.loaded for r in self.rows)
        basis = self.tr("rules + models") if loaded else self.tr("rules only")
        self.summary_label.setText(self.tr("{loaded} of {total} models loaded — suggestions use {basis}. Weights "
                                           "are checked against their manifest sha256 when loaded.").format(
            loaded=loaded, total=len(self.rows), basis=basis))
        self.table.resizeRowsToContents()
        if self.rows:
            current = self.table.currentRow()
            self._show_details(current if 0 <= current < len(self.rows) else 0)

    def _show_details(self, index: int) -> None:
        if 0 <= index < len(self.rows):
            self.details.setHtml(details_html(self.rows[index]))
