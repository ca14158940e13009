"""The window fits the screen it opens on, and opens again as the rep left it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRect

from salescoach.ui.shell.geometry import FRAME_ROOM, fitting_size
from salescoach.ui.shell.main_window import MainWindow


def _open(qtbot, data_dir: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    w = MainWindow(data_dir)
    qtbot.addWidget(w)
    w.show()
    with qtbot.waitSignal(w.ready, timeout=10_000):
        w.open_workspace()
    return w


def test_the_first_size_fits_a_laptop_with_its_title_bar() -> None:
    # 1,366 by 768 less a 28-pixel panel: the old 1,200 by 760 hid the status bar.
    width, height = fitting_size(QRect(0, 0, 1366, 740))
    assert width <= 1366 - FRAME_ROOM[0] and height + FRAME_ROOM[1] <= 740
    assert fitting_size(QRect(0, 0, 1024, 576))[0] <= 1024 - FRAME_ROOM[0]
    assert fitting_size(QRect(0, 0, 2560, 1400)) == (1200, 760)  # room to spare


def test_the_window_opens_within_the_screen_and_fits_1024_by_600(qtbot, data_dir: Path) -> None:
    w = _open(qtbot, data_dir)
    room = w.screen().availableGeometry()
    assert room.contains(w.geometry()), (w.geometry(), room)
    assert w.minimumSize().width() <= 1024 and w.minimumSize().height() <= 600
    for key in w.areas:  # no view widens the window past a 1,024-pixel screen
        w.show_area(key)
        qtbot.waitUntil(lambda key=key: w.areas[key].built)
        assert w.minimumSizeHint().width() <= 1024 - FRAME_ROOM[0], key
        assert w.minimumSizeHint().height() <= 600 - FRAME_ROOM[1], key
    w.close()


def test_size_and_place_come_back_at_the_next_start(qtbot, data_dir: Path) -> None:
    w = _open(qtbot, data_dir)
    w.resize(700, 500)
    w.move(40, 60)
    w.close()
    assert (data_dir / "settings.ini").exists()
    again = _open(qtbot, data_dir)
    assert again.size().toTuple() == (700, 500)
    assert again.pos().toTuple() == (40, 60)
    again.close()


def test_a_size_saved_on_a_bigger_monitor_is_not_restored_past_the_screen(
    qtbot, data_dir: Path
) -> None:
    w = _open(qtbot, data_dir)
    room = w.screen().availableGeometry()
    w.setGeometry(room.x(), room.y(), room.width() + 600, room.height() + 400)
    w.close()
    again = _open(qtbot, data_dir)
    assert room.contains(again.geometry())
    again.close()
