"""How often clinicians agree with the suggestion: a 5×5 confusion matrix and under/over-triage
over time, from ``CaseStore.review_pairs``.

Under-triage: the suggestion was less urgent than the clinician's final level (suggested number
larger); over-triage: more urgent. These are the suggestion's errors as judged by the clinician.
"""

from __future__ import annotations

import html
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from typing import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from triage import scales
from triage.errors import TriageError

from ui.widgets.charts import OVER_COLOUR, UNDER_COLOUR, ConfusionMatrixChart, RateChart, Series
from ui.context import AppContext
from ui.labels import counted
from ui.server_link import call_store, link_of, store_runner

Pair = tuple[datetime, int, int]  # (signed_at, suggested level, final level)
LEVEL_NUMBERS = tuple(sorted(scales.LEVELS))


@dataclass(frozen=True)
class AgreementSummary:
    n: int
    exact: float  # fractions of n
    under: float
    over: float
    matrix: tuple[tuple[int, ...], ...]  # [suggested][final], levels 1..5


def summarise(pairs: Sequence[Pair]) -> AgreementSummary:
    index = {level: i for i, level in enumerate(LEVEL_NUMBERS)}
    matrix = [[0] * len(LEVEL_NUMBERS) for _ in LEVEL_NUMBERS]
    exact = under = over = 0
    for _, suggested, final in pairs:
        matrix[index[suggested]][index[final]] += 1
        exact += suggested == final
        under += suggested > final
        over += suggested < final
    n = len(pairs)
    frac = (lambda k: k / n) if n else (lambda k: 0.0)
    return AgreementSummary(n, frac(exact), frac(under), frac(over),
                            tuple(tuple(row) for row in matrix))


@dataclass(frozen=True)
class RatesOverTime:
    periods: tuple[str, ...]
    under: tuple[float | None, ...]  # percent per period, None where there were no reviews
    over: tuple[float | None, ...]
    counts: tuple[int, ...]


def rates_over_time(pairs: Sequence[Pair], *, max_days_daily: int = 45) -> RatesOverTime:
    """Percent under/over-triage per day, or per ISO week when the span is longer."""
    if not pairs:
        return RatesOverTime((), (), (), ())
    days = [p[0].astimezone(timezone.utc).date() if p[0].tzinfo else p[0].date() for p in pairs]
    first, last = min(days), max(days)
    weekly = (last - first).days > max_days_daily
    step = timedelta(days=7 if weekly else 1)

    def bucket(d: date) -> date:
        return d - timedelta(days=d.weekday()) if weekly else d

    groups: dict[date, list[Pair]] = defaultdict(list)
    for d, pair in zip(days, pairs):
        groups[bucket(d)].append(pair)
    periods, under, over, counts = [], [], [], []
    cursor = bucket(first)
    while cursor <= bucket(last):
        group = groups.get(cursor, [])
        periods.append((QCoreApplication.translate("AgreementPage", "wk ") if weekly else "")
                       + cursor.strftime("%m-%d"))
        counts.append(len(group))
        if group:
            under.append(100.0 * sum(s > f for _, s, f in group) / len(group))
            over.append(100.0 * sum(s < f for _, s, f in group) / len(group))
        else:
            under.append(None)
            over.append(None)
        cursor += step
    return RatesOverTime(tuple(periods), tuple(under), tuple(over), tuple(counts))


class AgreementPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.summary: AgreementSummary | None = None
        self.rates: RatesOverTime | None = None
        self.summary_label = QLabel("")
        self.summary_label.setWordWrap(True)
        self.matrix_chart = ConfusionMatrixChart(row_title=self.tr("Suggested level"),
                                                 column_title=self.tr("Clinician's final level"))
        self.rate_chart = RateChart(title=self.tr("Under- and over-triage by the suggestion (% of reviews)"))
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        charts = QHBoxLayout()
        charts.addWidget(self.matrix_chart, 1)
        charts.addWidget(self.rate_chart, 1)
        top = QHBoxLayout()
        top.addWidget(self.summary_label, 1)
        top.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(charts, 1)
        self.refresh()

    def refresh(self) -> None:
        """Read the review pairs (a worker on a server, inline on SQLite) and draw them."""
        if not hasattr(self, "read_runner"):
            self.read_runner = store_runner(self)
        call_store(self.read_runner, self.ctx.store, self.ctx.store.review_pairs, self.ctx.user,
                   done=self._show_pairs, failed=self._read_failed, link=link_of(self.ctx))

    def _read_failed(self, exc: BaseException, _trace: str) -> None:
        if not isinstance(exc, TriageError):
            raise exc
        self.summary_label.setText(f"<span style='color:#B71C1C'>{html.escape(str(exc))}</span>")

    def _show_pairs(self, pairs) -> None:
        self.summary = summarise(pairs)
        self.rates = rates_over_time(pairs)
        s = self.summary
        if s.n == 0:
            self.summary_label.setText(self.tr("No reviews yet: the dashboard fills as clinicians accept or "
                                       "override suggestions."))
        else:
            self.summary_label.setText(
                "<b>" + counted(self.tr("%Ln review(s)", "", s.n), s.n) + "</b> · "
                + self.tr("exact agreement <b>{exact}</b> · under-triage <b style='color:{under_colour}'>"
                          "{under}</b> (suggestion less urgent than the clinician) · over-triage "
                          "<b style='color:{over_colour}'>{over}</b> (more urgent)").format(
                    exact=f"{s.exact:.1%}", under_colour=UNDER_COLOUR, under=f"{s.under:.1%}",
                    over_colour=OVER_COLOUR, over=f"{s.over:.1%}"))
        self.matrix_chart.set_matrix(s.matrix if s.n else [],
                                     [str(n) for n in LEVEL_NUMBERS] if s.n else [])
        self.rate_chart.set_data(self.rates.periods, [
            Series(self.tr("under"), UNDER_COLOUR, self.rates.under),
            Series(self.tr("over"), OVER_COLOUR, self.rates.over, dashed=True)])
