"""The weekly review and the writing coach on the large history.

- Review page: from choosing Weekly review in the navigation to its figures, focus ideas
  and past reviews shown (the first time builds the view; later times read again), with a
  year of weekly check-ins stored first.
- Live checks: keystrokes typed into a 1,000-word draft in the composer; the time the
  checks took in each (measured, and every figure and mark updated), and, for
  information, the whole keystroke (Qt's text editor laying out and painting included).
"""

from __future__ import annotations

import datetime as dt
import statistics
import time
from dataclasses import dataclass
from pathlib import Path

from benchmarks.window import open_window

WEEKS_OF_REVIEWS = 52
KEYSTROKES = 60
DRAFT = (
    "Bonjour Claire, merci pour notre échange de mardi sur la migration de votre CRM. "
    "Je me permets de revenir vers vous avec trois points. Pourriez-vous me dire si le "
    "budget est validé ? Votre équipe pourrait-elle tester la version pilote en mars. "
)


@dataclass
class ReviewTimings:
    page_first: float  # seconds: the first opening, which builds the view
    page: float  # median of the later openings
    key_median: float  # seconds of checks per keystroke
    key_slowest: float
    keystroke: float  # the whole keystroke, median


def _store_reviews(data_dir: Path) -> None:
    from salescoach.domain.review import ReviewDraft, reviewed_week
    from salescoach.services.workspace import open_workspace

    ws = open_workspace(data_dir)
    try:
        last = reviewed_week(dt.date.today())
        for n in range(WEEKS_OF_REVIEWS, 0, -1):
            week = last - dt.timedelta(weeks=n)
            draft = ReviewDraft(week, 1 + n % 5, "ok", f"Focus {n}")
            ws.review.save(draft, week + dt.timedelta(days=4))
    finally:
        ws.close()


def measure(data_dir: Path, runs: int = 5) -> ReviewTimings:
    from PySide6.QtTest import QTest

    from salescoach.ui.common.worker import wait_for_background_work
    from salescoach.ui.writing.composer import ComposerDialog

    _store_reviews(data_dir)
    app, window = open_window(data_dir)

    def open_page() -> float:
        window.show_area("pipeline")
        app.processEvents()
        view = window.areas["review"]._widget
        if view is not None:
            view.review = None
            view._stale = True
        start = time.perf_counter()
        window.show_area("review")
        view = window.view("review")
        while view.review is None:
            wait_for_background_work()
            app.processEvents()
        app.processEvents()  # drawn
        return time.perf_counter() - start

    first = open_page()
    pages = [open_page() for _ in range(runs)]

    ws = window.workspace
    assert ws is not None
    deal = ws.pipeline.deal_rows()[0]
    from salescoach.domain.templates import Moment

    dialog = ComposerDialog(ws, window.events, ws.writing.recipient(deal.id), Moment.BLANK)
    words = DRAFT.split()
    text = " ".join(words[i % len(words)] for i in range(1000))
    dialog.body.setPlainText(text)
    dialog.show()
    wait_for_background_work()
    app.processEvents()
    dialog.body.moveCursor(dialog.body.textCursor().MoveOperation.End)
    keys: list[float] = []
    checks: list[float] = []
    measure_checks = dialog.update_checks

    def timed_checks() -> None:
        start = time.perf_counter()
        measure_checks()
        checks.append(time.perf_counter() - start)

    dialog.update_checks = timed_checks  # type: ignore[method-assign]
    for i in range(KEYSTROKES):
        start = time.perf_counter()
        QTest.keyClick(dialog.body, " " if i % 6 == 5 else "a")
        app.processEvents()
        keys.append(time.perf_counter() - start)
    assert len(checks) == KEYSTROKES
    dialog._autosave.stop()
    dialog.reject()
    window.close()
    return ReviewTimings(
        first, statistics.median(pages), statistics.median(checks), max(checks),
        statistics.median(keys),
    )  # fmt: skip
