"""The window's size and place: within the screen's available area (a 1,366 by 768 laptop
has about 740 pixels under its panel, title bar included), and as the rep left it last
time, kept in the data folder's settings next to the language."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QRect
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QMainWindow

from salescoach.ui.common.i18n import settings_for

GEOMETRY_KEY = "window/geometry"
STATE_KEY = "window/state"
PREFERRED = (1200, 760)  # the size on a screen with room to spare
MINIMUM = (640, 480)  # usable down to 1,024 by 600 with room to spare
# What the window manager adds around the window: a title bar (~30 px) and borders; Qt
# knows it only once the window is shown, so the first size leaves that room.
FRAME_ROOM = (16, 40)


def available(window: QMainWindow) -> QRect:
    screen: QScreen | None = window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, *PREFERRED)


def fitting_size(room: QRect) -> tuple[int, int]:
    """The preferred size, or less: whatever the screen's free area holds, frame included."""
    width = min(PREFERRED[0], room.width() - FRAME_ROOM[0])
    height = min(PREFERRED[1], room.height() - FRAME_ROOM[1])
    return max(width, MINIMUM[0]), max(height, MINIMUM[1])


def place_window(window: QMainWindow, data_dir: Path) -> None:
    """Restore the last size, place and toolbars' state if they fit the screen now (a
    laptop away from its big monitor), else a size that fits, centred."""
    window.setMinimumSize(*MINIMUM)
    settings = settings_for(data_dir)
    saved = settings.value(GEOMETRY_KEY)
    room = available(window)
    restored = isinstance(saved, QByteArray) and window.restoreGeometry(saved)
    if restored and (window.isMaximized() or _fits(window.geometry(), room)):
        state = settings.value(STATE_KEY)
        if isinstance(state, QByteArray):
            window.restoreState(state)
        return
    width, height = fitting_size(room)
    window.resize(width, height)
    window.move(
        room.x() + (room.width() - width - FRAME_ROOM[0]) // 2,
        room.y() + (room.height() - height - FRAME_ROOM[1]) // 2,
    )


def _fits(inner: QRect, room: QRect) -> bool:
    """`inner` (without the frame, unknown before the window is shown) fits `room` with
    the frame's room around it."""
    framed = inner.adjusted(-FRAME_ROOM[0] // 2, -FRAME_ROOM[1] + FRAME_ROOM[0] // 2,
                            FRAME_ROOM[0] // 2, FRAME_ROOM[0] // 2)  # fmt: skip
    return room.contains(framed)


def remember_window(window: QMainWindow, data_dir: Path) -> None:
    """Keep the size and place for the next start (called as the window closes)."""
    if not data_dir.exists():  # never create the data folder just for this
        return
    settings = settings_for(data_dir)
    settings.setValue(GEOMETRY_KEY, window.saveGeometry())
    settings.setValue(STATE_KEY, window.saveState())
    settings.sync()
