"""Models: version, sha256, training data, metrics from the manifest, and whether each is loaded.

The manifest says what should be there; the engine's ``status()`` and the image model in the
context say what actually loaded (a missing or corrupt file shows its error, the app runs on).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Mapping

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QHeaderView, QLabel, QPushButton, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from models.registry import MODELS_DIR, read_manifest
from triage.engine.image_model import MODEL_NAME as IMAGE_MODEL_NAME

from ui.context import AppContext

COLUMNS = ("Model", "Version", "SHA-256", "State", "Metrics", "Trained on")


@dataclass(frozen=True)
class ModelRow:
    name: str
    version: str
    sha256: str
    state: str  # "loaded", "loading…", "not loaded: <why>"
    loaded: bool
    metrics: Mapping[str, Any] = field(default_factory=dict)
    data: str = ""


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
            loaded, error = False, "" if ctx.engine is None else "not used by the engine"
        if loaded:
            state = "loaded"
        elif error:
            state = f"not loaded: {error}"
        else:
            state = "loading…" if ctx.engine is None or name == IMAGE_MODEL_NAME else "not loaded"
        rows.append(ModelRow(
            name=name,
            version=(status.version if status is not None else entry.version if entry else ""),
            sha256=(status.sha256 if status is not None and status.sha256 else
                    entry.sha256 if entry else ""),
            state=state, loaded=loaded,
            metrics=(entry.metrics if entry is not None and entry.metrics else
                     status.metrics if status is not None else {}),
            data=data))
    return rows


class ModelsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[ModelRow] = []
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels(list(COLUMNS))
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.summary_label = QLabel("")
        self.summary_label.setWordWrap(True)
        self.refresh_button = QPushButton("Refresh")
        self.refresh_button.clicked.connect(self.refresh)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.refresh_button, 0, Qt.AlignmentFlag.AlignRight)
        ctx.signals.engine_ready.connect(self.refresh)
        ctx.signals.image_model_ready.connect(self.refresh)
        self.refresh()

    def refresh(self, *_loaded) -> None:
        self.rows = model_rows(self.ctx)
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            cells = (row.name, row.version, row.sha256[:16] + ("…" if row.sha256 else ""),
                     row.state, format_metrics(row.metrics), row.data)
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == 2:
                    item.setToolTip(row.sha256)
                if c == 4:
                    item.setToolTip(format_metrics(row.metrics, limit=100))
                if c == 3:
                    item.setForeground(QColor("#1B5E20" if row.loaded else "#B71C1C"))
                self.table.setItem(r, c, item)
        loaded = sum(r.loaded for r in self.rows)
        basis = "rules + models" if loaded else "rules only"
        self.summary_label.setText(f"{loaded} of {len(self.rows)} models loaded — suggestions use "
                                   f"{basis}. Weights are checked against their manifest sha256 "
                                   "when loaded.")
        self.table.resizeRowsToContents()
