"""Two desks on one PostgreSQL server: a case saved by another desk process appears by itself
(LISTEN/NOTIFY moves data_version; the worklist's poll sees it without querying the cases), and
by push: the worklist's QSocketNotifier on the LISTEN socket refreshes it with the poll far away."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from helpers_store import PASSWORD, install, template_db  # noqa: F401

from triage.store import CaseStore
from ui.context import AppContext
from ui.worklist import WorklistView

REPO = Path(__file__).resolve().parents[2]
OTHER_DESK = textwrap.dedent(f"""
    import sys
    sys.path.insert(0, {str(REPO)!r}); sys.path.insert(0, {str(REPO / 'tests')!r})
    from helpers_store import PASSWORD, intake, suggestion
    from triage.store import CaseStore
    with CaseStore(sys.argv[1], cache_dir=sys.argv[2]) as store:
        print(store.create_case(store.accounts.login("nurse", PASSWORD),
                                intake("severe headache, other desk", mrn="OD-1"), suggestion(1)))
""")


def test_a_case_saved_at_another_desk_process_appears_by_itself(qtbot, pg_server, pg_template,
                                                                 tmp_path):
    url = pg_server.new_database(pg_template)
    store = CaseStore(url, cache_dir=tmp_path / "desk-a")
    try:
        ctx = AppContext(store=store, data_dir=tmp_path / "desk-a", user=store.accounts.login("clinician", PASSWORD))
        view = WorklistView(ctx)
        qtbot.addWidget(view)
        view.poll_timer.setInterval(50)
        assert view.model.total == 0
        done = subprocess.run([sys.executable, "-c", OTHER_DESK, url, str(tmp_path / "desk-b")],
                              capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr
        new_id = int(done.stdout.split()[-1])
        qtbot.waitUntil(lambda: view.model.row_of(new_id) is not None, timeout=5000)
        assert view.model.total == 1
    finally:
        store.close()


def _other_desk_saves(url: str, cache_dir: Path) -> int:
    done = subprocess.run([sys.executable, "-c", OTHER_DESK, url, str(cache_dir)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return int(done.stdout.split()[-1])


def test_on_postgresql_the_case_is_pushed_without_waiting_for_the_poll(qtbot, pg_server,
                                                                       pg_template, tmp_path):
    """The old 2 s poll is out of the picture (an hour here): the NOTIFY alone brings the row
    well within a second; and the fallback poll is slow (``PUSH_FALLBACK_POLL_MS``)."""
    from ui.worklist import PUSH_FALLBACK_POLL_MS

    url = pg_server.new_database(pg_template)
    store = CaseStore(url, cache_dir=tmp_path / "desk-a")
    try:
        ctx = AppContext(store=store, data_dir=tmp_path / "desk-a",
                         user=store.accounts.login("clinician", PASSWORD))
        view = WorklistView(ctx)
        qtbot.addWidget(view)
        assert view.change_notifier is not None
        assert view.poll_timer.interval() == PUSH_FALLBACK_POLL_MS
        view.poll_timer.setInterval(3_600_000)
        for n in (1, 2):  # the second proves the notifier re-arms after a drain
            new_id = _other_desk_saves(url, tmp_path / f"desk-b{n}")
            qtbot.waitUntil(lambda: view.model.row_of(new_id) is not None, timeout=1000)
            assert view.model.total == n
    finally:
        store.close()


def test_on_sqlite_the_worklist_keeps_its_data_version_poll(qtbot, template_db, data_dir):
    from ui.worklist import POLL_MS

    store, staff = install(template_db, data_dir)
    try:
        view = WorklistView(AppContext(store=store, data_dir=data_dir, user=staff.clinician))
        qtbot.addWidget(view)
        assert view.change_notifier is None and view.poll_timer.interval() == POLL_MS
    finally:
        store.close()


def test_on_postgresql_another_desks_tag_reaches_the_incident_banner_and_board_by_push(
        qtbot, pg_server, pg_template, tmp_path):
    """Issue 19 §1: desks see each other's tags by push. The banner's and the board's own polls
    are an hour away; the worklist's NOTIFY (``store_changed``) alone brings the new count."""
    from ui.mci.banner import IncidentBanner
    from ui.mci.board import IncidentBoard

    url = pg_server.new_database(pg_template)
    store = CaseStore(url, cache_dir=tmp_path / "desk-a")
    other = CaseStore(url, cache_dir=tmp_path / "desk-b")
    try:
        nurse_b = other.accounts.login("nurse", PASSWORD)
        incident = other.declare_incident(other.accounts.login("clinician", PASSWORD), "Fire")
        ctx = AppContext(store=store, data_dir=tmp_path / "desk-a",
                         user=store.accounts.login("clinician", PASSWORD))
        view = WorklistView(ctx)
        qtbot.addWidget(view)
        view.poll_timer.setInterval(3_600_000)
        banner = IncidentBanner(ctx, refresh_ms=3_600_000)
        board = IncidentBoard(ctx, incident, refresh_ms=3_600_000)
        qtbot.addWidget(banner)
        qtbot.addWidget(board)
        qtbot.waitUntil(lambda: "red 0" in banner.text() and board.data is not None, timeout=5000)
        assert view.change_notifier is not None
        for n in (1, 2):
            other.tag_patient(nurse_b, incident.id, {"walking": False, "breathing": True,
                                                     "resp_rate": 36})
            qtbot.waitUntil(lambda: f"red {n}," in banner.text(), timeout=2000)
            qtbot.waitUntil(lambda: board.data.counts["red"] == n, timeout=2000)
        banner.stop()
        board.stop()
    finally:
        other.close()
        store.close()
