"""A small history for the Progress tests (two wins, a loss, an open deal, a call) and the
window opened on it."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from salescoach.domain.deals import DealDraft, TouchDraft
from salescoach.domain.enums import DealStatus, TouchKind
from salescoach.domain.periods import add_months
from salescoach.domain.progress import Grouping
from salescoach.services.workspace import open_workspace
from salescoach.ui.progress.sound import set_sound_muted
from salescoach.ui.progress.view import ProgressView
from salescoach.ui.shell.main_window import MainWindow

TODAY = dt.date.today()
THIS_MONTH = TODAY.replace(day=1)


def _deal(ws, title: str, status: DealStatus, closed: dt.date, amount: int) -> None:  # type: ignore[no-untyped-def]
    ws.pipeline.save_deal(
        DealDraft(title, "Cabinet Moreau", amount_cents=amount, commission_cents=amount // 10,
                  status=status, created_on=closed - dt.timedelta(days=20), closed_on=closed)
    )  # fmt: skip


def make_history(data_dir: Path) -> None:
    """Wins two and fourteen months ago, a loss last month, an open deal; sound muted."""
    ws = open_workspace(data_dir)
    try:
        _deal(ws, "Logiciel de paie", DealStatus.WON, add_months(THIS_MONTH, -14), 1_000_000)
        _deal(ws, "Parc de tablettes", DealStatus.WON, add_months(THIS_MONTH, -2), 400_000)
        _deal(ws, "Audit sécurité", DealStatus.LOST, add_months(THIS_MONTH, -1), 250_000)
        ws.pipeline.save_deal(DealDraft("Maintenance annuelle", "Cabinet Moreau", 300_000))
        deal = ws.pipeline.deal_rows()[0]
        ws.pipeline.log_touch(
            TouchDraft(TouchKind.CALL, dt.datetime.combine(THIS_MONTH, dt.time(10)),
                       deal_id=deal.id, outcome="RDV fixé")
        )  # fmt: skip
    finally:
        ws.close()
    set_sound_muted(data_dir, True)


def open_window(qtbot, data_dir: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    w = MainWindow(data_dir)
    qtbot.addWidget(w)
    w.resize(1200, 760)
    w.show()
    with qtbot.waitSignal(w.ready, timeout=10_000):
        w.open_workspace()
    return w


def shown(qtbot, window: MainWindow) -> ProgressView:  # type: ignore[no-untyped-def]
    view = window.progress
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        window.nav.setCurrentRow(2)
    return view


def store_totals(data_dir: Path, key_sql: str) -> dict[str, tuple[int, int, int]]:
    """What SQLite itself says, with sqlite3: (won, lost, revenue cents) per period."""
    with sqlite3.connect(data_dir / "salescoach.sqlite") as conn:
        rows = conn.execute(
            f"SELECT {key_sql}, sum(status = 'won'), sum(status = 'lost'), "
            "sum(CASE WHEN status = 'won' THEN amount_cents ELSE 0 END) FROM deals "
            "WHERE closed_on IS NOT NULL GROUP BY 1"
        ).fetchall()
    conn.close()
    return {r[0]: (r[1], r[2], r[3]) for r in rows}


KEYS = {
    Grouping.MONTH: "substr(closed_on, 1, 7)",
    Grouping.QUARTER: "substr(closed_on, 1, 4) || '-Q' || ((substr(closed_on, 6, 2) + 2) / 3)",
    Grouping.YEAR: "substr(closed_on, 1, 4)",
}
