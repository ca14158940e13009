"""The Review page, driven as a rep would: the week, a focus, the energy check-in, saved
and listed; the focus in the status bar; the energy line under the Progress chart."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from salescoach.domain.deals import TouchDraft
from salescoach.domain.enums import TouchKind
from salescoach.domain.review import ReviewDraft, reviewed_week, week_of
from salescoach.ui.review.reminder import ReviewReminder, set_review_day
from salescoach.ui.review.view import ReviewView


def _view(qtbot, workspace, events) -> ReviewView:
    view = ReviewView(workspace, events)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.review is not None, timeout=5000)
    return view


def test_a_week_with_nothing_logged(qtbot, workspace, events) -> None:
    view = _view(qtbot, workspace, events)
    assert view.findChild(QLabel, "week_touches").text() == "0"
    assert view.findChild(QLabel, "usual_touches").text() == "0"
    assert not view.week.debriefs.isEnabled() and not view.week.followups.isEnabled()
    assert view.checkin.focus.count() == 0  # no weak spot invented
    # No review yet: a sentence says what to do instead of an empty table.
    assert view.no_past.isVisible() and not view.past.isVisible()
    qtbot.mouseClick(view.checkin.save, Qt.MouseButton.LeftButton)
    # nothing chosen: said under each field, nothing saved
    assert view.checkin.errors["energy"].isVisible()
    assert "focus" in view.checkin.errors["focus"].text().lower()
    assert workspace.review.past() == []


def test_the_rep_reviews_the_week(qtbot, workspace, events) -> None:
    monday = reviewed_week(dt.date.today())
    for n in range(8):
        when = dt.datetime.combine(monday - dt.timedelta(weeks=1), dt.time(10 + n))
        workspace.pipeline.log_touch(TouchDraft(TouchKind.CALL, when))
    workspace.pipeline.log_touch(
        TouchDraft(TouchKind.EMAIL, dt.datetime.combine(monday, dt.time(9)))
    )
    view = _view(qtbot, workspace, events)
    assert view.findChild(QLabel, "week_touches").text() == "1"
    assert view.findChild(QLabel, "week_email").text() == "1"
    assert view.findChild(QLabel, "usual_touches").text() == "2"  # 8 over four weeks
    suggestions = [view.checkin.focus.itemText(i) for i in range(view.checkin.focus.count())]
    assert suggestions[0].startswith("Raise your outreach: 3 touches next week")
    view.checkin.focus.setCurrentIndex(0)
    view.checkin.energy.button(2).click()
    qtbot.keyClicks(view.checkin.word, "a plat")
    with qtbot.waitSignal(events.reviews_changed):
        qtbot.mouseClick(view.checkin.save, Qt.MouseButton.LeftButton)
    saved = workspace.review.past()
    assert [(r.energy, r.word, r.focus_kind) for r in saved] == [(2, "a plat", "outreach")]
    qtbot.waitUntil(lambda: view.past_model.rowCount() == 1, timeout=5000)
    assert view.past_model.index(0, 1).data() == "2/5"
    assert view.past.isVisible() and not view.no_past.isVisible()
    assert view.checkin.save.text() == "&Update the review"


def test_one_click_to_the_debriefs(qtbot, workspace, events) -> None:
    from salescoach.domain.deals import DealDraft
    from salescoach.domain.enums import DealStatus

    workspace.pipeline.save_deal(
        DealDraft("Audit", "Acme", status=DealStatus.LOST, closed_on=dt.date.today())
    )
    view = _view(qtbot, workspace, events)
    assert view.week.debriefs.text() == "1 debrief to do"
    with qtbot.waitSignal(events.area_requested) as asked:
        qtbot.mouseClick(view.week.debriefs, Qt.MouseButton.LeftButton)
    assert asked.args == ["debriefs"]


def test_reminder_and_focus_in_the_status_bar(qtbot, workspace, events, data_dir: Path) -> None:
    from PySide6.QtWidgets import QMainWindow

    window = QMainWindow()
    qtbot.addWidget(window)
    today = dt.date.today()
    set_review_day(data_dir, today.weekday())  # today is the rep's day
    reminder = ReviewReminder(window.statusBar(), events, lambda: workspace)
    with qtbot.waitSignal(reminder.announced, timeout=5000) as said:
        reminder.check()
    assert "weekly review is due" in said.args[0]
    workspace.review.save(ReviewDraft(reviewed_week(today), 4, "", "Demander 3 recommandations"))
    events.reviews_changed.emit()
    qtbot.waitUntil(lambda: reminder.focus.text() == "Focus: Demander 3 recommandations")


def test_energy_line_under_the_progress_chart(qtbot, workspace, events) -> None:
    from salescoach.ui.progress.view import ProgressView

    week = week_of(dt.date.today())
    for n, energy in ((2, 4), (1, 3)):
        workspace.review.save(ReviewDraft(week - dt.timedelta(weeks=n), energy, "", "Tenir"))
    view = ProgressView(workspace, events)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.loaded, timeout=10_000):  # the charts built, the data read
        view.show()
    qtbot.waitUntil(lambda: len(view.energy.points) == 2, timeout=10_000)
    assert [e for _, e in view.energy.points] == [4, 3]
    workspace.review.save(ReviewDraft(week, 2, "", "Pause"))
    events.reviews_changed.emit()
    qtbot.waitUntil(lambda: [e for _, e in view.energy.points] == [4, 3, 2], timeout=10_000)


def test_the_review_in_french(qtbot, workspace, events) -> None:
    from salescoach.ui.common.i18n import install_translators

    monday = reviewed_week(dt.date.today())
    for n in range(8):
        when = dt.datetime.combine(monday - dt.timedelta(weeks=2), dt.time(10 + n))
        workspace.pipeline.log_touch(TouchDraft(TouchKind.CALL, when))
    install_translators("fr")
    try:
        view = _view(qtbot, workspace, events)
        assert view.title.text().startswith("Bilan de la semaine du")
        first = view.checkin.focus.itemText(0)
        assert first == "Montez votre prospection : 3 échanges la semaine prochaine (d’habitude 2)."
        view.checkin.energy.button(3).click()
        view.checkin.focus.setCurrentIndex(0)
        with qtbot.waitSignal(events.reviews_changed):
            view.checkin.save.click()
        assert workspace.review.past()[0].focus == first
        qtbot.waitUntil(lambda: view.checkin.save.text() == "Mettre à &jour le bilan")
    finally:
        install_translators("en")
