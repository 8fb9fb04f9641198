"""Worklist screen on a real database: order, live waiting time, filters, paging, other desks."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from argon2 import PasswordHasher
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from triage import scales
from triage.store.auth import Accounts
from triage.intake import Intake, Patient, Sex, Vitals
from triage.records import Role, WorklistQuery
from triage.store import CaseStore
from triage.suggestion import Reason, Suggestion
from ui.context import AppContext
from ui.worklist import (CASE_ROLE, COL_COMPLAINT, COL_LEVEL, COL_STATUS, COL_WAITING,
                         OVER_TARGET_ROLE, WorklistView, format_wait, waiting_minutes)

PASSWORD = "correct horse battery"
FAST_HASHER = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)  # tests only
NOW = datetime.now(timezone.utc)
# (level, minutes since arrival, complaint): deliberately not in worklist order
CASES = [(3, 20, "abdominal pain since morning"), (1, 5, "cardiac arrest in ambulance"),
         (5, 200, "sore throat"), (3, 50, "chest pain on exertion"), (2, 30, "chest pain, sweating"),
         (4, 15, "ankle sprain"), (2, 2, "stroke signs: face droop")]


def suggestion(level: int) -> Suggestion:
    return Suggestion(level=level, confidence=0.8,
                      reasons=(Reason(kind="rule", code="test", title=f"test level {level}",
                                      level_floor=level),))


def intake(complaint: str, minutes_ago: float, name: str = "Test Patient") -> Intake:
    return Intake(patient=Patient(name=name, age_years=40, sex=Sex.FEMALE), complaint=complaint,
                  vitals=Vitals(heart_rate=90, sbp=120, dbp=80),
                  arrival_time=NOW - timedelta(minutes=minutes_ago))


@pytest.fixture
def desk(data_dir, qtbot):
    store = CaseStore(data_dir)
    accounts = Accounts(store, FAST_HASHER)
    admin = accounts.create_first_admin("admin", "Admin", PASSWORD)
    nurse = accounts.create_user(admin, "nurse", "Nurse", PASSWORD, {Role.NURSE})
    doctor = accounts.create_user(admin, "doc", "Doctor", PASSWORD, {Role.CLINICIAN})
    ids = [store.create_case(nurse, intake(c, m, f"Patient {i}"), suggestion(lv))
           for i, (lv, m, c) in enumerate(CASES)]
    ctx = AppContext(store=store, data_dir=data_dir, user=doctor)
    yield ctx, nurse, ids
    store.close()


def make_view(qtbot, ctx, **kw) -> WorklistView:
    view = WorklistView(ctx, **kw)
    qtbot.addWidget(view)
    view.resize(1200, 600)
    return view


def shown(view) -> list:
    return [view.model.case_at(r) for r in range(view.model.rowCount())]


def test_rows_are_sorted_by_level_then_arrival_with_level_shown_as_number_name_colour(desk, qtbot):
    ctx, _, ids = desk
    view = make_view(qtbot, ctx)
    rows = shown(view)
    expected = sorted(zip(ids, CASES), key=lambda x: (x[1][0], -x[1][1]))
    assert [r.case_id for r in rows] == [cid for cid, _ in expected]
    model = view.model
    for row, (_, (level, _, complaint)) in enumerate(expected):
        assert model.data(model.index(row, COL_LEVEL)) == scales.level(level).name  # icon: number
        assert scales.label(level) in model.data(model.index(row, COL_LEVEL), Qt.ItemDataRole.ToolTipRole)
        background = model.data(model.index(row, COL_LEVEL), Qt.ItemDataRole.BackgroundRole)
        assert background.color() == QColor(scales.level(level).colour)
        assert model.data(model.index(row, COL_LEVEL), Qt.ItemDataRole.DecorationRole) is not None
        assert model.data(model.index(row, COL_COMPLAINT)) == complaint
    assert view.count_label.text().startswith(f"{len(CASES)} cases")


def test_waiting_time_is_marked_over_target_and_ticks_only_the_waiting_column(desk, qtbot):
    ctx, _, ids = desk
    clock = [datetime.now(timezone.utc)]
    view = make_view(qtbot, ctx, now=lambda: clock[0])
    model = view.model
    by_id = {model.case_at(r).case_id: r for r in range(model.rowCount())}
    late = by_id[ids[4]]  # level 2 (target 10 min), waiting 30 min
    fine = by_id[ids[2]]  # level 5 (target 120 min) … waiting 200 min: over too
    ok = by_id[ids[5]]  # level 4 (target 60 min), waiting 15 min
    idx = model.index(late, COL_WAITING)
    assert model.data(idx).endswith("over target")
    assert model.data(idx, OVER_TARGET_ROLE) is True
    assert model.data(idx, Qt.ItemDataRole.FontRole).bold()
    assert model.data(idx, Qt.ItemDataRole.DecorationRole) is not None
    assert model.data(model.index(fine, COL_WAITING), OVER_TARGET_ROLE) is True
    ok_index = model.index(ok, COL_WAITING)
    assert model.data(ok_index, OVER_TARGET_ROLE) is False
    assert "over target" not in model.data(ok_index)
    assert model.data(ok_index, Qt.ItemDataRole.FontRole) is None

    before = model.data(ok_index)
    clock[0] += timedelta(minutes=50)  # 15 + 50 min > 60 min target of level 4
    with qtbot.waitSignal(model.dataChanged, timeout=1000) as blocker:
        model.tick()
    top_left, bottom_right = blocker.args[:2]
    assert top_left.column() == bottom_right.column() == COL_WAITING
    assert (top_left.row(), bottom_right.row()) == (0, model.rowCount() - 1)
    after = model.data(ok_index)
    assert after != before and after.endswith("over target")
    # 15 min at seeding + 50 min, counted from the stored arrival (seeding may take a while)
    assert after.startswith(format_wait(waiting_minutes(model.case_at(ok), clock[0])))
    assert waiting_minutes(model.case_at(ok), clock[0]) >= 65


def test_level_status_filters_and_search(desk, qtbot):
    ctx, nurse, ids = desk
    view = make_view(qtbot, ctx)
    view.level_filter.setCurrentIndex(view.level_filter.findData(3))
    assert sorted(r.case_id for r in shown(view)) == sorted([ids[0], ids[3]])
    view.level_filter.setCurrentIndex(0)
    qtbot.keyClicks(view.search_edit, "CHEST")
    qtbot.waitUntil(lambda: len(shown(view)) == 2, timeout=2000)
    assert {r.case_id for r in shown(view)} == {ids[3], ids[4]}
    view.search_edit.clear()
    qtbot.waitUntil(lambda: len(shown(view)) == len(CASES), timeout=2000)

    ctx.store.close_case(ctx.user, ids[2], without_review="left before being seen")
    with qtbot.waitSignal(view.refreshed, timeout=3000):
        view.refresh()
    assert ids[2] not in {r.case_id for r in shown(view)}
    view.status_filter.setCurrentText("Closed")
    assert [r.case_id for r in shown(view)] == [ids[2]]
    assert view.model.data(view.model.index(0, COL_STATUS)) == "closed"
    assert view.model.data(view.model.index(0, COL_WAITING), OVER_TARGET_ROLE) is False
    view.status_filter.setCurrentText("All")
    assert len(shown(view)) == len(CASES)


def test_a_save_from_another_desk_appears_by_itself(desk, qtbot):
    ctx, nurse, _ = desk
    view = make_view(qtbot, ctx)
    view.poll_timer.setInterval(50)
    other_desk = CaseStore(ctx.data_dir)  # a second connection, as another process would have
    try:
        new_id = other_desk.create_case(nurse, intake("new: severe headache", 1, "Other Desk"),
                                        suggestion(1))
    finally:
        other_desk.close()
    qtbot.waitUntil(lambda: view.model.row_of(new_id) is not None, timeout=3000)
    assert view.model.total == len(CASES) + 1
    # level 1 and arrived last of the level-1 cases: second row
    assert view.model.row_of(new_id) == 1


def test_refresh_keeps_the_selected_case(desk, qtbot):
    ctx, nurse, ids = desk
    view = make_view(qtbot, ctx)
    view.select_case(ids[5])
    ctx.store.create_case(nurse, intake("arrest", 0, "Jumps The Queue"), suggestion(1))
    with qtbot.waitSignal(view.refreshed, timeout=3000):
        view.refresh()
    assert view.model.total == len(CASES) + 1
    assert view.selected_case_id() == ids[5]


def test_pages_are_fetched_as_the_table_scrolls(desk, qtbot):
    ctx, nurse, _ = desk
    ctx.store.seed_cases([(intake(f"bulk {i}", 300 + i), suggestion(1 + i % 5)) for i in range(60)],
                         demo=False, actor=nurse)
    view = make_view(qtbot, ctx)
    view.model.page_size = 10
    view.apply_filters()
    total = len(CASES) + 60
    assert view.model.rowCount() == 10 and view.model.canFetchMore()
    assert view.count_label.text() == f"{total} cases (10 loaded)"
    view.show()
    for _ in range(20):
        view.table.scrollToBottom()
        qtbot.wait(5)
        if not view.model.canFetchMore():
            break
    assert view.model.rowCount() == total
    expected = ctx.store.worklist(ctx.user, WorklistQuery(limit=1000))
    assert [r.case_id for r in shown(view)] == [c.case_id for c in expected]


def test_enter_and_double_click_open_the_case(desk, qtbot):
    ctx, _, ids = desk
    view = make_view(qtbot, ctx)
    view.show()
    qtbot.waitExposed(view)
    row = view.model.row_of(ids[3])
    view.table.setCurrentIndex(view.model.index(row, COL_LEVEL))
    with qtbot.waitSignal(ctx.signals.open_case, timeout=1000) as blocker:
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert blocker.args == [ids[3]]
    row = view.model.row_of(ids[0])
    rect = view.table.visualRect(view.model.index(row, COL_COMPLAINT))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(view.case_activated, timeout=1000) as blocker:
        qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == [ids[0]]
    assert view.model.data(view.model.index(row, COL_LEVEL), CASE_ROLE).case_id == ids[0]


def test_a_user_without_case_access_sees_a_message_not_a_crash(desk, qtbot):
    ctx, _, _ = desk
    admin = Accounts(ctx.store).login("admin", PASSWORD)
    view = make_view(qtbot, AppContext(store=ctx.store, data_dir=ctx.data_dir, user=admin))
    assert view.model.rowCount() == 0
    assert "may not" in view.error_label.text()
