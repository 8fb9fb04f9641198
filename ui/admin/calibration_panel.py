"""Administration > Models: the site calibration in force, per scale, and its trade-off curve.

``main.py calibrate`` fits a site's own 2/3 line on its past visits and stores it with what it
was fitted on (rows, sha256, date, who) and the whole trade-off curve (emergent and critical
sensitivity against the share called 1-2, measured on that file). This panel shows that, or the
shipped default with its figures from the risk model's manifest, and lets the administrator put
another point of the same curve in force or go back to the shipped default. Both are store calls
(``save_calibration`` / ``reset_calibration``: permission-checked in the domain, audited,
versioned); every read and write runs in a worker. Once saved, this desk uses the new line at
once (``use_site_points``); other desks from their next sign-in.

A picked point's figures are the curve's, i.e. measured on the calibration file itself, not
cross-validated: the panel says so, and the stored provenance records the pick.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping, Sequence

from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLabel, QPushButton, QTextBrowser,
                               QVBoxLayout, QWidget)

from models.registry import MODELS_DIR, read_manifest
from triage.engine.operating_point import OperatingPoint, use_site_points
from triage.errors import TriageError
from triage.store.calibrations import SCALES, SiteCalibration

from ui.context import AppContext
from ui.widgets.tradeoff_chart import TradeOffChart
from ui.widgets.workers import Task, TaskRunner

RISK_MODEL = "outcome_risk"


@dataclass(frozen=True)
class ScaleCalibration:
    """One scale: the site line in force (None: the shipped default), its history, newest
    first, and the shipped operating point from the manifest (threshold, expected figures)."""

    scale: str
    current: SiteCalibration | None
    history: tuple[SiteCalibration, ...]
    shipped: Mapping[str, Any] = field(default_factory=dict)

    @property
    def curve_source(self) -> SiteCalibration | None:
        """The calibration whose curve is shown: the one in force, else the newest site one (a
        reset keeps the last fitted curve to pick from)."""
        if self.current is not None:
            return self.current
        return next((c for c in self.history if c.source == "site"), None)


@dataclass(frozen=True)
class CalibrationState:
    scales: Mapping[str, ScaleCalibration]
    lines: Mapping[str, OperatingPoint]  # what the desk's engine should use now


def load_calibrations(store: Any, user: Any, models_dir: Path = MODELS_DIR) -> CalibrationState:
    """Read every scale's calibration, history and shipped point (in a worker).

    Raises ``PermissionDenied`` for a user without ``CONFIGURE`` (the history is for
    administrators)."""
    entry = read_manifest(models_dir).get(RISK_MODEL)
    points = dict((entry.config or {}).get("operating_points", {})) if entry is not None else {}
    scales, lines = {}, {}
    for scale in SCALES:
        history = tuple(store.calibration_history(user, scale))
        current = store.calibration(scale)
        scales[scale] = ScaleCalibration(scale, current, history, dict(points.get(scale) or {}))
        if current is not None:
            lines[scale] = OperatingPoint.from_dict(current.as_point())
    return CalibrationState(scales, lines)


def chosen_index(curve: Sequence[Mapping[str, Any]], threshold: float | None,
                 level_shift: float = 0.0) -> int:
    """The curve point nearest the line in force (its threshold, then its level-head intercept;
    -1 when there is none)."""
    if threshold is None or not curve:
        return -1
    return min(range(len(curve)), key=lambda i: (
        abs(float(curve[i]["threshold"]) - threshold),
        abs(float(curve[i].get("level_shift") or 0.0) - level_shift)))


def pick_point(store: Any, user: Any, base: SiteCalibration, point: Mapping[str, Any]) -> SiteCalibration:
    """Put ``point`` of ``base``'s curve in force as a new site calibration (in a worker).

    The data, the curve and the fit are kept from ``base``; the figures become the point's (on
    the file, not cross-validated) and the provenance says it was picked, from which version."""
    provenance = {k: v for k, v in dict(base.provenance).items() if k != "expected"}
    provenance.update({"picked_from": base.version, "chosen": "picked on the curve",
                       "in_file": {k: v for k, v in point.items()
                                   if k not in ("threshold", "level_shift")}})
    target = provenance.get("target_emergent_sensitivity")
    if target is not None:
        provenance["reached"] = (point.get("emergent_sensitivity") or 0.0) >= float(target)
    return store.save_calibration(user, base.scale, float(point["threshold"]),
                                  level_shift=float(point.get("level_shift", base.level_shift) or 0.0),
                                  provenance=provenance)


def _pct(value: Any) -> str:
    return "—" if value is None else f"{float(value) * 100:.1f} %"


class CalibrationPanel(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None, models_dir: Path = MODELS_DIR):
        super().__init__(parent)
        self.ctx = ctx
        self.models_dir = models_dir
        self.setObjectName("CalibrationPanel")
        self.runner = TaskRunner(self)
        self.state: CalibrationState | None = None
        self.curve: list[Mapping[str, Any]] = []
        self.task: Task | None = None
        self.scale = QComboBox()
        self.scale.setObjectName("calibration_scale")
        for code in SCALES:
            self.scale.addItem(code, code)
        self.scale.currentIndexChanged.connect(lambda *_: self._show())
        self.summary = QTextBrowser()
        self.summary.setObjectName("CalibrationSummary")
        self.summary.setOpenLinks(False)
        self.chart = TradeOffChart()
        self.chart.point_picked.connect(self._chart_picked)
        self.points = QComboBox()
        self.points.setObjectName("calibration_points")
        self.points.currentIndexChanged.connect(self._list_picked)
        self.use_button = QPushButton(self.tr("Use this point"))
        self.use_button.clicked.connect(self.use_point)
        self.reset_button = QPushButton(self.tr("Reset to the shipped default"))
        self.reset_button.clicked.connect(self.reset)
        self.status = QLabel("")
        self.status.setObjectName("CalibrationStatus")
        self.status.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Site calibration (the 2/3 line) for the scale")))
        top.addWidget(self.scale)
        top.addStretch(1)
        pick = QHBoxLayout()
        pick.addWidget(QLabel(self.tr("Point on the curve")))
        pick.addWidget(self.points, 1)
        pick.addWidget(self.use_button)
        pick.addWidget(self.reset_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        body = QHBoxLayout()
        body.addWidget(self.summary, 1)
        body.addWidget(self.chart, 1)
        layout.addLayout(body, 1)
        layout.addLayout(pick)
        layout.addWidget(self.status)
        self._set_busy(True)
        self.refresh()

    # --- background work -------------------------------------------------------------------
    def refresh(self, *_args) -> Task:
        task = Task(load_calibrations, self.ctx.store, self.ctx.user, self.models_dir,
                    with_callbacks=False)
        task.signals.finished.connect(self._loaded)
        task.signals.failed.connect(self._failed)
        self.task = self.runner.start(task)
        return self.task

    def use_point(self) -> Task | None:
        current = self._scale_state()
        index = self.points.currentIndex()
        if current is None or current.curve_source is None or not 0 <= index < len(self.curve):
            return None
        task = Task(pick_point, self.ctx.store, self.ctx.user, current.curve_source,
                    dict(self.curve[index]), with_callbacks=False)
        return self._start_change(task, self.tr("Saving the new line…"))

    def reset(self) -> Task:
        task = Task(self.ctx.store.reset_calibration, self.ctx.user, self.scale.currentData(),
                    with_callbacks=False)
        return self._start_change(task, self.tr("Returning to the shipped default…"))

    def _start_change(self, task: Task, message: str) -> Task:
        task.signals.finished.connect(lambda *_: self._changed())
        task.signals.failed.connect(self._failed)
        self._set_busy(True)
        self.status.setText(message)
        self.task = self.runner.start(task)
        return self.task

    def _changed(self) -> None:
        self.status.setText(self.tr("Saved and audited; this desk uses the new line now, other "
                                    "desks from their next sign-in."))
        self.refresh()

    def _loaded(self, state: CalibrationState) -> None:
        self.state = state
        use_site_points(dict(state.lines))
        self._set_busy(False)
        self._show()

    def _failed(self, exc: BaseException, _tb: str) -> None:
        self._set_busy(False)
        reason = str(exc) if isinstance(exc, (TriageError, ValueError)) else f"{type(exc).__name__}: {exc}"
        self.status.setText(self.tr("Not done: {reason}").format(reason=reason))

    # --- display -----------------------------------------------------------------------------
    def _scale_state(self) -> ScaleCalibration | None:
        return None if self.state is None else self.state.scales.get(self.scale.currentData())

    def _set_busy(self, busy: bool) -> None:
        current = self._scale_state()
        self.use_button.setEnabled(not busy and bool(self.curve))
        self.reset_button.setEnabled(not busy and current is not None and current.current is not None)

    def _show(self) -> None:
        current = self._scale_state()
        if current is None:
            return
        source = current.curve_source
        self.curve = sorted((dict(p) for p in (source.provenance.get("curve") or [] if source else [])),
                            key=lambda p: float(p.get("share_1_2") or 0.0))
        chosen = chosen_index(self.curve, current.current.critical_threshold if current.current else None,
                              current.current.level_shift if current.current else 0.0)
        self.chart.set_curve(self.curve, chosen)
        self.points.blockSignals(True)
        self.points.clear()
        for p in self.curve:
            self.points.addItem(self.tr("line {t} — called 1-2 {share}, emergent {em}, critical {cr}").format(
                t=f"{float(p['threshold']):.4f}", share=_pct(p.get("share_1_2")),
                em=_pct(p.get("emergent_sensitivity")), cr=_pct(p.get("critical_sensitivity"))))
        if chosen >= 0:
            self.points.setCurrentIndex(chosen)
        self.points.blockSignals(False)
        self.summary.setHtml(self.summary_html(current))
        self._set_busy(False)

    def _chart_picked(self, index: int) -> None:
        self.points.blockSignals(True)
        self.points.setCurrentIndex(index)
        self.points.blockSignals(False)

    def _list_picked(self, index: int) -> None:
        self.chart.set_picked(index)

    def summary_html(self, s: ScaleCalibration) -> str:
        e = html.escape
        parts = []
        if s.current is None:
            threshold = s.shipped.get("critical_threshold")
            exp = (s.shipped.get("provenance") or {}).get("expected") or {}
            parts.append("<p><b>" + e(self.tr("In force: the shipped default")) + "</b> — " + e(
                self.tr("P(critical) line {t}, chosen on hospital-grouped cross-validation of "
                        "NHAMCS (model card outcome_risk.md).").format(
                    t="—" if threshold is None else f"{float(threshold):.4f}")) + "</p>")
            if exp:
                parts.append("<p>" + e(self.tr("Expected there: called 1-2 {share}, emergent "
                                               "sensitivity {em}, critical sensitivity {cr}.").format(
                    share=_pct(exp.get("share_1_2")), em=_pct(exp.get("emergent_sensitivity")),
                    cr=_pct(exp.get("critical_sensitivity")))) + "</p>")
            if s.curve_source is not None:
                parts.append("<p>" + e(self.tr("The curve is that of {v}, the last site calibration: "
                                               "pick a point to put a site line back in force.").format(
                    v=s.curve_source.version)) + "</p>")
        else:
            c = s.current
            prov = c.provenance
            parts.append("<p><b>" + e(self.tr("In force: site calibration {v}").format(v=c.version))
                         + "</b> — " + e(self.tr("P(critical) line {t}").format(
                             t=f"{c.critical_threshold:.4f}")) + "</p>")
            parts.append("<p>" + e(self.tr("Data: {file}, {rows} rows, sha256 {sha}; fitted {date}; "
                                           "saved {saved} by {who}.").format(
                file=prov.get("file", "—"), rows=prov.get("rows", "—"), sha=prov.get("sha256", "—"),
                date=prov.get("fitted_at", "—"), saved=c.created_at[:19], who=c.created_by)) + "</p>")
            fig = prov.get("in_file") or {}
            parts.append("<p>" + e(self.tr("On that file: called 1-2 {share}, emergent sensitivity "
                                           "{em}, critical sensitivity {cr}, under-triage {ut}.").format(
                share=_pct(fig.get("share_1_2")), em=_pct(fig.get("emergent_sensitivity")),
                cr=_pct(fig.get("critical_sensitivity")), ut=_pct(fig.get("under_triage")))) + "</p>")
            lower = float(prov.get("lower_shift") or 0.0)
            if lower > 0:
                parts.append("<p>" + e(self.tr("Below 1-2, this ED's own line between 3 and 4-5 moves "
                                               "cases up (+{shift} log-odds per level) so that its "
                                               "nurses' levels are under-called at most {target} of "
                                               "the time.").format(
                    shift=f"{lower:.2f}", target=_pct(prov.get("target_under_triage")))) + "</p>")
            if prov.get("picked_from"):
                parts.append("<p>" + e(self.tr("Picked on the curve of {v}: these figures are measured "
                                               "on the calibration file, not cross-validated.").format(
                    v=prov["picked_from"])) + "</p>")
        if s.history:
            rows = "".join(
                f"<li>{e(h.version)} — {e(h.created_at[:19])} {e(h.created_by)}: " + e(
                    self.tr("shipped default") if h.source == "shipped" else
                    self.tr("line {t}").format(t=f"{h.critical_threshold:.4f}")) + "</li>"
                for h in s.history)
            parts.append("<p><b>" + e(self.tr("History")) + f"</b></p><ul>{rows}</ul>")
        return "".join(parts)
