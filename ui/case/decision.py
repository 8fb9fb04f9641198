"""The clinician's decision on a case: accept, override, start/stop reviewing, close, reopen.

``DecisionBox`` holds the controls and their enabled state; the case view runs the writes (one
``CaseWrites``). The first touch of a decision control is "starting to decide": the view then marks
the case in review and remembers the version the clinician decides on, so a colleague's decision
made meanwhile is reported instead of silently replaced. Closing and reopening ask first
(``ReasonDialog``); closing a case nobody decided, and reopening, need a reason.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QGridLayout,
                               QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
                               QPushButton, QVBoxLayout, QWidget)

from triage import scales
from triage.records import CaseDetail, CaseStatus, Decision, Role
from triage.store.case_flow import MIN_REASON_CHARS, detail_version
from triage.store.cases import reason_problem

from ui.case.actions import REVIEW_START
from ui.labels import level_label
from ui.widgets.level_badge import level_icon
from ui.widgets.workers import Task

translate = QCoreApplication.translate


class ReasonDialog(QDialog):
    """Confirm a status change; with ``reason_required`` the OK button waits for a reason of a
    few words (kept as a note on the case)."""

    def __init__(self, title: str, text: str, ok_text: str, *, reason_required: bool,
                 placeholder: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.reason_required = reason_required
        layout = QVBoxLayout(self)
        message = QLabel(text)
        message.setWordWrap(True)
        message.setObjectName("ReasonDialogText")
        layout.addWidget(message)
        self.reason_edit = QLineEdit()
        self.reason_edit.setObjectName("reason")
        self.reason_edit.setPlaceholderText(placeholder or self.tr("Reason (required)"))
        self.reason_edit.setVisible(reason_required)
        self.reason_edit.textChanged.connect(self._update_ok)
        layout.addWidget(self.reason_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.addButton(ok_text, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)
        self._update_ok()

    def reason(self) -> str:
        return self.reason_edit.text().strip() if self.reason_required else ""

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(not self.reason_required
                                  or len(self.reason_edit.text().strip()) >= MIN_REASON_CHARS)

    def try_accept(self) -> bool:
        if not self.ok_button.isEnabled():
            return False
        self.accept()
        return True


def close_dialog(detail: CaseDetail, parent: QWidget | None = None) -> ReasonDialog:
    """'Close case 12?' — with the decision it closes on, or asking why it closes without one."""
    review = detail.latest_review
    if review is not None:
        text = (translate("ReasonDialog", "Close case {case}, accepted level {level} by {who}? It leaves "
                          "the worklist; a clinician can reopen it.")
                if review.decision.value == "accept" else
                translate("ReasonDialog", "Close case {case}, overridden to level {level} by {who}? It "
                          "leaves the worklist; a clinician can reopen it."))
        return ReasonDialog(
            translate("ReasonDialog", "Close case {case}").format(case=detail.case_id),
            text.format(case=detail.case_id, level=level_label(review.final_level), who=review.signed_by),
            translate("ReasonDialog", "Close case"), reason_required=False, parent=parent)
    return ReasonDialog(
        translate("ReasonDialog", "Close case {case} without review").format(case=detail.case_id),
        translate("ReasonDialog", "Nobody has accepted or overridden the level of case {case}. Close it "
                  "without review? Say why (for instance: left before being seen, transferred).").format(
                      case=detail.case_id),
        translate("ReasonDialog", "Close without review"), reason_required=True,
        placeholder=translate("ReasonDialog", "Why it closes without review (required)"), parent=parent)


def reopen_dialog(detail: CaseDetail, parent: QWidget | None = None) -> ReasonDialog:
    return ReasonDialog(translate("ReasonDialog", "Reopen case {case}").format(case=detail.case_id),
                        translate("ReasonDialog", "Reopen case {case}? It returns to the worklist.").format(
                            case=detail.case_id),
                        translate("ReasonDialog", "Reopen"), reason_required=True,
                        placeholder=translate("ReasonDialog", "Why it is reopened (required)"), parent=parent)


class ReasonEdit(QPlainTextEdit):
    """The override reason: a few lines (its placeholder readable, a reason of a sentence or two
    visible whole), with the line edit's ``text`` / ``setText`` / ``textEdited`` so the view
    treats it the same. Tab leaves the box; only the user's typing emits ``textEdited``."""

    textEdited = Signal(str)
    LINES = 3

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTabChangesFocus(True)
        line = self.fontMetrics().lineSpacing()
        margins = self.contentsMargins()
        self.setFixedHeight(self.LINES * line + 2 * int(self.document().documentMargin())
                            + margins.top() + margins.bottom() + 4)

    def text(self) -> str:
        return self.toPlainText()

    def setText(self, text: str) -> None:  # noqa: N802 - the QLineEdit name
        self.setPlainText(text)

    def end(self, _mark: bool = False) -> None:
        self.moveCursor(QTextCursor.MoveOperation.End)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt API
        before = self.toPlainText()
        super().keyPressEvent(event)
        if self.toPlainText() != before:
            self.textEdited.emit(self.toPlainText())

    def insertFromMimeData(self, source) -> None:  # noqa: N802 - Qt API (paste, drop)
        super().insertFromMimeData(source)
        self.textEdited.emit(self.toPlainText())


# Offered under "Override to": a pick fills the reason, which can then be completed.
# Shown and filled in the interface language (the reason is the clinician's own words).
COMMON_OVERRIDE_REASONS = (
    QT_TRANSLATE_NOOP("DecisionBox", "Looks more unwell than the vital signs suggest"),
    QT_TRANSLATE_NOOP("DecisionBox", "Vital signs changed on re-check"),
    QT_TRANSLATE_NOOP("DecisionBox", "High-risk history (age, medication, comorbidity)"),
    QT_TRANSLATE_NOOP("DecisionBox", "Mechanism of injury"),
    QT_TRANSLATE_NOOP("DecisionBox", "Pain not reflected in the suggestion"),
    QT_TRANSLATE_NOOP("DecisionBox", "Improved on re-assessment"),
)


class DecisionBox(QGroupBox):
    """Accept / override / close / reopen, plus "start reviewing" and "back to waiting"."""

    deciding = Signal()  # the user touched a decision control (starting to decide)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Decision"))
        grid = QGridLayout(self)
        self.state_label = QLabel("")
        self.state_label.setObjectName("ReviewState")
        self.start_button = QPushButton(self.tr("Start review"))
        self.start_button.setToolTip(self.tr("Mark the case as being reviewed by you"))
        self.waiting_button = QPushButton(self.tr("Back to waiting"))
        self.waiting_button.setToolTip(self.tr("Put the case back on the waiting list (nobody decided yet)"))
        state_row = QHBoxLayout()
        state_row.addWidget(self.state_label, 1)
        state_row.addWidget(self.start_button)
        state_row.addWidget(self.waiting_button)
        grid.addLayout(state_row, 0, 0, 1, 3)
        self.accept_button = QPushButton(self.tr("Accept suggested level"))
        grid.addWidget(self.accept_button, 1, 0, 1, 3)
        self.override_level = QComboBox()
        self.override_level.setSizeAdjustPolicy(  # "(suggested)" must not widen the window
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.override_level.setMinimumContentsLength(14)
        for number in sorted(scales.LEVELS):
            self.override_level.addItem(level_icon(number), level_label(number), number)
        self.override_reason = ReasonEdit()
        self.override_reason.setPlaceholderText(
            self.tr("Reason for the override, in a few words (required)"))
        self.override_common = QComboBox()
        self.override_common.addItem(self.tr("Common reasons…"), "")
        for text in COMMON_OVERRIDE_REASONS:
            shown = translate("DecisionBox", text)
            self.override_common.addItem(shown, shown)
        self.override_common.setSizeAdjustPolicy(  # long phrases must not widen the window
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.override_common.setMinimumContentsLength(12)
        self.override_common.setToolTip(self.tr("Fill the reason with a common one (add to it if needed)"))
        self.override_common.activated.connect(self._common_reason_picked)
        self.override_button = QPushButton(self.tr("Override"))
        self.override_hint = QLabel("")
        self.override_hint.setObjectName("OverrideHint")
        self.override_hint.setStyleSheet("color: #616161")
        self.override_hint.setWordWrap(True)
        self._suggested: int | None = None
        grid.addWidget(QLabel(self.tr("Override to")), 2, 0)
        grid.addWidget(self.override_level, 2, 1, 1, 2)
        grid.addWidget(self.override_common, 3, 0, 1, 3)
        grid.addWidget(self.override_reason, 4, 0, 1, 3)
        grid.addWidget(self.override_hint, 5, 0, 1, 3)
        self.keep_open = QCheckBox(self.tr("Keep the case open after deciding"))
        self.keep_open.setObjectName("KeepOpen")
        self.keep_open.setToolTip(self.tr("Unticked, accepting or overriding finishes the case: it "
                                          "leaves the open worklist (see \"Decided today\")"))
        grid.addWidget(self.keep_open, 6, 0, 1, 2)
        grid.addWidget(self.override_button, 6, 2)
        self.close_button = QPushButton(self.tr("Close case…"))
        self.reopen_button = QPushButton(self.tr("Reopen case…"))
        grid.addWidget(self.close_button, 7, 0, 1, 2)
        grid.addWidget(self.reopen_button, 7, 2)
        # user actions only (activated / textEdited): a re-read that sets them is not deciding
        self.override_level.activated.connect(lambda _i: self.deciding.emit())
        self.override_reason.textEdited.connect(lambda _t: self.deciding.emit())
        self.override_common.activated.connect(lambda _i: self.deciding.emit())

    def _common_reason_picked(self, index: int) -> None:
        text = self.override_common.itemData(index)
        if text:
            self.override_reason.setText(text)  # textChanged updates the Override button
            self.override_reason.setFocus()
            self.override_reason.end(False)
        self.override_common.setCurrentIndex(0)

    def override_problem(self) -> str:
        """Why Override is not possible yet, in words ('' when it is)."""
        level = self.override_level.currentData()
        if self._suggested is not None and level == self._suggested:
            return self.tr("Choose the level you decide on (the suggestion is level {level}; to keep it, "
                           "accept it)").format(level=self._suggested)
        return reason_problem(self.override_reason.text()) or ""

    def show_case(self, d: CaseDetail, *, new_case: bool) -> None:
        suggestion = d.latest_suggestion
        if suggestion is not None:
            self.accept_button.setText(self.tr("Accept level {level}").format(level=level_label(suggestion.level)))
        else:
            self.accept_button.setText(self.tr("Accept suggested level"))
        suggested = suggestion.level if suggestion is not None else None
        self._suggested = suggested
        for i in range(self.override_level.count()):
            number = self.override_level.itemData(i)
            self.override_level.setItemText(i, level_label(number)
                                            + (self.tr(" (suggested)") if number == suggested else ""))
        if new_case:  # start at the level in force (the suggestion); re-reads keep the choice
            start = d.current_level if d.current_level is not None else suggested
            index = self.override_level.findData(start)
            self.override_level.setCurrentIndex(index if index >= 0 else 0)
        self.show_state(d, reviewing=False)

    def show_state(self, d: CaseDetail, *, reviewing: bool) -> None:
        """'Decided by Dr X: level 2 — case finished', 'You are reviewing this case', …
        ``reviewing``: this clinician has touched a decision control of this case."""
        review = d.latest_review
        closed = d.status is CaseStatus.CLOSED
        if review is not None:
            text = self.tr("Decided by {who}: level {level}").format(
                who=review.signed_by, level=level_label(review.final_level))
            text += " — " + (self.tr("case finished") if closed else self.tr("kept open"))
        elif closed:
            text = self.tr("Closed without a decision")
        elif reviewing:
            text = self.tr("You are reviewing this case — nobody has decided yet")
        elif d.status is CaseStatus.IN_REVIEW:
            text = self.tr("In review — nobody has decided yet")
        else:
            text = self.tr("Waiting — nobody is reviewing it")
        self.state_label.setText(text)

    def set_enabled(self, d: CaseDetail | None, *, clinician: bool, idle: bool) -> None:
        open_case = d is not None and d.status is not CaseStatus.CLOSED
        decided = d is not None and d.latest_review is not None
        has_suggestion = d is not None and d.latest_suggestion is not None
        self.accept_button.setEnabled(idle and open_case and clinician and has_suggestion)
        problem = self.override_problem() if open_case and clinician else ""
        self.override_button.setEnabled(idle and open_case and clinician and not problem)
        self.override_button.setToolTip(problem or self.tr("Sign this level with the reason"))
        self.override_hint.setText(problem if self.override_reason.text().strip() else "")
        self.override_hint.setVisible(bool(self.override_hint.text()))
        self.override_common.setEnabled(open_case and clinician)
        self.keep_open.setEnabled(open_case and clinician)
        self.override_level.setEnabled(open_case and clinician)
        self.override_reason.setEnabled(open_case and clinician)
        self.close_button.setEnabled(idle and open_case and clinician)
        closed = d is not None and d.status is CaseStatus.CLOSED
        self.reopen_button.setVisible(closed and clinician)
        self.reopen_button.setEnabled(idle and closed and clinician)
        waiting = d is not None and d.status is CaseStatus.WAITING
        in_review = d is not None and d.status is CaseStatus.IN_REVIEW
        self.start_button.setVisible(waiting and clinician)
        self.start_button.setEnabled(idle and waiting and clinician)
        self.waiting_button.setVisible(in_review and clinician and not decided)
        self.waiting_button.setEnabled(idle and in_review and clinician and not decided)


class DecisionActions:
    """The case view's decision writes (a mixin of ``CaseView``: it reads ``detail``, ``ctx``,
    ``_deciding_on`` and runs ``_start_write``). Every decision states the version of the case
    the clinician began deciding on."""

    detail: CaseDetail | None
    _deciding_on: str | None

    def start_deciding(self) -> Task | None:
        """The clinician started deciding: remember the version decided on (a colleague's change
        after it is then reported, not replaced) and mark a waiting case as in review."""
        d, user = self.detail, self.ctx.user
        if d is None or not self._can(Role.CLINICIAN) or d.status is CaseStatus.CLOSED:
            return None
        if self._deciding_on is None:
            self._deciding_on = detail_version(d)
        self.decision.show_state(d, reviewing=True)  # say it at the first touch
        if d.status is not CaseStatus.WAITING:
            return None
        return self._start_write(self.tr("Starting the review"), lambda: self.ctx.store.start_review(
            user, d.case_id), quiet=True, kind=REVIEW_START, keep_deciding=True)

    def back_to_waiting(self) -> Task | None:
        d, user = self.detail, self.ctx.user
        if d is None:
            return None
        return self._start_write(self.tr("Back to waiting"), lambda: self.ctx.store.return_to_waiting(
            user, d.case_id))

    def _decided_on(self) -> str | None:
        """The version this decision is made on: when deciding started, else what is shown."""
        if self.detail is None:
            return None
        return self._deciding_on or detail_version(self.detail)

    def reload_after_conflict(self) -> None:
        """Show the case as it is now and decide again (what was typed stays)."""
        self._deciding_on = None
        self.reload_button.setVisible(False)
        self.reload(said=self.tr("Reloaded: the case as it is now. Decide again."))

    def accept(self) -> Task | None:
        """Sign the suggested level (in a worker); the started Task, or None."""
        d = self.detail
        if d is None or d.latest_suggestion is None:
            return None
        user, level, seen = self.ctx.user, d.latest_suggestion.level, self._decided_on()
        finish = self.finishes()
        return self._start_write(self._decided_text(self.tr("Accepted level {level}"), level, finish),
                                 lambda: self.ctx.store.review(
            user, d.case_id, Decision.ACCEPT, level, "", seen=seen, finish=finish))

    def finishes(self) -> bool:
        """A decision finishes the case unless the clinician ticked "keep open"."""
        return not self.decision.keep_open.isChecked()

    def _decided_text(self, text: str, level: int, finish: bool) -> str:
        said = text.format(level=level)
        return said + (self.tr(" (case finished)") if finish else "")

    def override(self) -> Task | None:
        """Sign another level with the typed reason; the reason is cleared only once saved."""
        d = self.detail
        if d is None:
            return None
        user, level = self.ctx.user, int(self.override_level.currentData())
        reason, seen = self.override_reason.text().strip(), self._decided_on()
        finish = self.finishes()
        return self._start_write(self._decided_text(self.tr("Overridden to level {level}"), level, finish),
                                 lambda: self.ctx.store.review(
            user, d.case_id, Decision.OVERRIDE, level, reason, seen=seen, finish=finish),
            lambda _saved: self.override_reason.clear())

    def close_case(self) -> Task | None:
        """Ask (with the decision it closes on, or why it closes without one), then close."""
        if self.detail is None:
            return None
        seen = self._decided_on()
        dialog = close_dialog(self.detail, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return self.save_close(dialog.reason(), seen=seen)

    def save_close(self, without_review: str = "", *, seen: str | None = None) -> Task | None:
        """The close itself (the store refuses an undecided case without a reason)."""
        d, user = self.detail, self.ctx.user
        if d is None:
            return None
        return self._start_write(self.tr("Case closed"), lambda: self.ctx.store.close_case(
            user, d.case_id, without_review=without_review, seen=seen))

    def reopen_case(self) -> Task | None:
        """Ask why, then reopen (audited; the reason is kept as a note)."""
        if self.detail is None:
            return None
        dialog = reopen_dialog(self.detail, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return self.save_reopen(dialog.reason())

    def save_reopen(self, reason: str) -> Task | None:
        d, user = self.detail, self.ctx.user
        if d is None:
            return None
        return self._start_write(self.tr("Case reopened"), lambda: self.ctx.store.reopen_case(
            user, d.case_id, reason))
