"""Work started after a widget's first paint, so the paint is not slowed by it; what a view
shows, a piece per turn of the event loop."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QLabel, QWidget

from salescoach.ui.common.first_paint import after_first_paint, in_turns
from salescoach.ui.common.views import ReloadWhenShown


def test_work_starts_once_the_widget_has_painted(qtbot) -> None:
    label = QLabel("Import")
    qtbot.addWidget(label)
    started: list[bool] = []
    after_first_paint(label, lambda: started.append(label.isVisible()), anyway_ms=10_000)
    qtbot.wait(300)
    assert not started  # not shown, so not painted: nothing yet
    label.show()
    qtbot.waitUntil(lambda: bool(started), timeout=3_000)
    qtbot.wait(200)
    assert started == [True]  # once, with the widget on screen


def test_work_starts_anyway_for_a_widget_never_shown(qtbot) -> None:
    label = QLabel("Import")
    qtbot.addWidget(label)
    started: list[int] = []
    after_first_paint(label, lambda: started.append(1), anyway_ms=100)
    qtbot.waitUntil(lambda: started == [1], timeout=3_000)
    label.show()
    qtbot.waitExposed(label)
    qtbot.wait(100)
    assert started == [1]  # its paint later starts nothing more


def test_what_the_work_holds_is_let_go_once_it_started(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The import dialog's work holds the file's rows: kept by the widget's watcher after
    it started, 100,000 rows stayed in memory until the dialog was deleted."""
    import weakref

    class Rows(list[str]):
        pass

    label = QLabel("Import")
    qtbot.addWidget(label)
    rows = Rows(["Audit", "Site"])
    held = weakref.ref(rows)
    started: list[int] = []
    after_first_paint(label, lambda rows=rows: started.append(len(rows)))
    del rows
    label.show()
    qtbot.waitUntil(lambda: started == [2], timeout=3_000)
    qtbot.waitUntil(lambda: held() is None, timeout=3_000)


class _Area(ReloadWhenShown, QWidget):
    """An area reading its data when shown, which counts its paints."""

    def __init__(self) -> None:
        super().__init__()
        self.paints = 0
        self.reads_at: list[int] = []  # how many paints there had been at each read

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.paints += 1
        return super().event(event)

    def reload(self) -> None:
        self._fresh()
        self.reads_at.append(self.paints)


def test_an_area_reads_its_data_once_it_has_painted_as_it_was(qtbot) -> None:  # type: ignore[no-untyped-def]
    """A read begun as the area was shown held the interpreter lock through the first
    paint's calls into Python: the Weekly review froze 50-57 ms instead of 18-25."""
    area = _Area()
    qtbot.addWidget(area)
    area.show()
    qtbot.waitUntil(lambda: bool(area.reads_at), timeout=3_000)
    assert area.reads_at[0] >= 1
    area.mark_stale()  # a change while on screen: read at once
    assert len(area.reads_at) == 2


def test_an_area_hidden_before_it_painted_reads_when_next_shown(qtbot) -> None:  # type: ignore[no-untyped-def]
    area = _Area()
    qtbot.addWidget(area)
    area.show()
    area.hide()  # the rep went on to another area at once
    qtbot.wait(300)
    assert area.reads_at == []
    area.show()
    qtbot.waitUntil(lambda: len(area.reads_at) == 1, timeout=3_000)
    qtbot.wait(200)
    assert len(area.reads_at) == 1  # once


def test_steps_come_one_per_turn_then_the_end(qtbot) -> None:  # type: ignore[no-untyped-def]
    owner = QObject()
    done: list[str] = []
    in_turns(
        owner, [lambda: done.append("a"), lambda: done.append("b")], 10, lambda: done.append("end")
    )
    assert done == []  # not in this turn
    qtbot.waitUntil(lambda: done == ["a", "b", "end"], timeout=3_000)
