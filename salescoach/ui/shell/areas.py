"""The window's areas, in navigation order, and the frame that builds each one the first
time it is shown, once the data is open.

To add an area: a package under `salescoach/ui/` with a view deriving from
`common.area.Area`, and a line in `AREAS` (its view's module is imported on first show).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from salescoach.domain.messages import QT_TRANSLATE_NOOP
from salescoach.ui.common.idle import WhenIdle
from salescoach.ui.common.qt_types import QtTypesMaker
from salescoach.ui.common.worker import run_in_background

if TYPE_CHECKING:
    from salescoach.services.workspace import Workspace
    from salescoach.ui.common.events import Events


# Each view's module is imported when the area is first shown (start-up pays only for the
# Pipeline), by a plain import statement that the bundler sees.


def _pipeline() -> type[QWidget]:
    from salescoach.ui.pipeline.view import PipelineView

    return PipelineView


def _debriefs() -> type[QWidget]:
    from salescoach.ui.debriefs.view import DebriefsView

    return DebriefsView


def _progress() -> type[QWidget]:
    from salescoach.ui.progress.view import ProgressView  # pyqtgraph, numpy: ~0.4 s

    return ProgressView


def _followups() -> type[QWidget]:
    from salescoach.ui.followups.view import FollowUpsView

    return FollowUpsView


def _numbers() -> type[QWidget]:
    from salescoach.ui.numbers.view import NumbersView

    return NumbersView


def _review() -> type[QWidget]:
    from salescoach.ui.review.view import ReviewView

    return ReviewView


@dataclass(frozen=True)
class AreaSpec:
    key: str
    title: str  # English, translated in the "MainWindow" context
    view: Callable[[], type[QWidget]]  # the view's class, made as View(workspace, events)
    # Made again when next shown after an import rather than kept hidden with the rows it
    # read before (tens of MiB on a large history); not for views holding what is typed.
    remade_after_import: bool = True


AREAS = (
    AreaSpec("pipeline", QT_TRANSLATE_NOOP("MainWindow", "Pipeline"), _pipeline, False),
    AreaSpec("debriefs", QT_TRANSLATE_NOOP("MainWindow", "Debriefs"), _debriefs),
    AreaSpec("progress", QT_TRANSLATE_NOOP("MainWindow", "Progress"), _progress),
    AreaSpec("followups", QT_TRANSLATE_NOOP("MainWindow", "Follow-ups"), _followups),
    AreaSpec("numbers", QT_TRANSLATE_NOOP("MainWindow", "Numbers"), _numbers),
    AreaSpec("review", QT_TRANSLATE_NOOP("MainWindow", "Weekly review"), _review, False),
)


def _import_views(also: Callable[[], None]) -> None:
    for spec in sorted(AREAS, key=lambda s: s.key != "progress"):  # the largest first
        spec.view()
    also()


def warm_up(areas: dict[str, LazyArea], also: Callable[[], None] = lambda: None) -> None:
    """Get the areas not shown yet ready, so that showing one the first time only reads
    and paints it: Qt's classes made on the GUI thread, a slice at a time (`QtTypesMaker`:
    a worker must never make one), then every view's module imported on a worker
    (Progress: pyqtgraph and numpy, ~0.4 s; Debriefs 20 ms; Numbers 12 ms), then `also`
    (more imports, on the same worker), then, while the window is idle, their views made,
    one per turn of the event loop (`AreaWarmer`)."""
    owner = areas["pipeline"]
    warmer = owner.findChild(AreaWarmer) or AreaWarmer(areas, owner)

    def imported(_done: object) -> None:
        with contextlib.suppress(RuntimeError):  # the window was closed meanwhile
            warmer.start()

    # Now, while the rest of the deals is read: their C parts hold the interpreter lock up
    # to ~100 ms, and once every deal is there that would be a rep's keystroke waiting.
    def import_views() -> None:
        run_in_background(lambda: _import_views(also), imported, lambda _error: None,
                          keep_results=True)  # fmt: skip

    QtTypesMaker(import_views, owner)


class AreaWarmer(WhenIdle):
    """Makes the view of each area not shown yet once the window has been idle a second.

    Made when first shown, a view froze the window while it was built (15-20 ms) and then
    laid out and painted (as long again): 30 to 60 ms on a busy two-core laptop. Made
    ahead, it only reads and paints when shown. A view reads nothing until shown."""

    def __init__(self, areas: dict[str, LazyArea], parent: QObject) -> None:
        super().__init__(parent)
        self._areas = areas

    def start(self) -> None:
        if not self.waiting():
            self.add(self._make_one)

    def _make_one(self) -> bool:
        waiting = [a for a in self._areas.values() if a.can_make and not a.built]
        if waiting:
            waiting[0].widget()
        return bool(waiting)


def area_title(spec: AreaSpec) -> str:
    return QCoreApplication.translate("MainWindow", spec.title)


def open_areas(
    areas: dict[str, LazyArea], workspace: Workspace, events: Events, rows: object
) -> bool:
    """Every area's view made (again) from the open data: the Pipeline now, with the deals
    already read (`rows`), the others when shown (or now, if they were built). True when
    the Pipeline's view shown before the data was open was handed it (`LazyArea.preview`)."""
    previewed = areas["pipeline"].previewed
    for key, area in areas.items():
        args = (rows,) if key == "pipeline" else ()
        area.open_on(workspace, events, *args, now=key == "pipeline")
    return previewed


def let_go(areas: dict[str, LazyArea]) -> None:
    """After an import: each hidden area's view goes, with what it read (made again when
    shown, not ahead: made ahead, the empty views took 7 MiB back)."""
    warmer = areas["pipeline"].findChild(AreaWarmer)
    if warmer is not None:
        warmer.clear()
    for area in areas.values():
        area.let_go_if_hidden()


class ViewScroll(QScrollArea):
    """The view at the size of the window's room, and never below its minimum size (then
    it scrolls). Not `widgetResizable`: that sizes a view holding wrapped text by its
    preferred height for the width (the charts' 600 pixels), scrolling a view that fits."""

    def setWidget(self, widget: QWidget) -> None:
        super().setWidget(widget)
        widget.installEventFilter(self)
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self._fit()  # its minimum size may have changed
        return False

    def _fit(self) -> None:
        view = self.widget()
        if view is None:
            return
        room, least = (
            self.maximumViewportSize(),
            view.minimumSizeHint().expandedTo(view.minimumSize()),
        )
        if least.width() > room.width():  # a horizontal scroll bar takes some height
            room.setHeight(room.height() - self.horizontalScrollBar().sizeHint().height())
        if least.height() > room.height():
            room.setWidth(room.width() - self.verticalScrollBar().sizeHint().width())
        view.resize(room.expandedTo(least))


class LazyArea(QWidget):
    """Holds an area: its view is made the first time it is shown (or asked for), and only
    once the data is open; until then it shows `waiting`."""

    def __init__(self, spec: AreaSpec, waiting: str = "") -> None:
        super().__init__()
        self.spec = spec
        self._make: Callable[[], QWidget] | None = None
        self._widget: QWidget | None = None
        self._previewed = False  # its view was made before the data was open
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # Centred by stretches, not by alignment: the first use of the `Qt` namespace makes
        # its ninety Python enums (~25 ms), which the window does not need to be shown.
        self._waiting = QWidget()
        centre = QHBoxLayout(self._waiting)
        centre.addStretch(1)
        centre.addWidget(QLabel(waiting))
        centre.addStretch(1)
        layout.addWidget(self._waiting)
        # On a screen smaller than a view needs (1,024 by 600 in French), the view scrolls
        # instead of widening the window past the screen.
        self._scroll = ViewScroll()
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._scroll.hide()
        layout.addWidget(self._scroll)

    @property
    def built(self) -> bool:
        return self._widget is not None

    @property
    def can_make(self) -> bool:
        """The data is open: its view can be made."""
        return self._make is not None

    def open_on(self, workspace: Workspace, events: Events, *args: Any, now: bool = False) -> None:
        """The data is (re)opened: the view is made (again) from it, now if it is shown
        (or `now`), else when first shown or the window is idle (`AreaWarmer`)."""
        make = lambda: self.spec.view()(workspace, events, *args)  # type: ignore[call-arg]  # noqa: E731
        if self._previewed and self._widget is not None:
            self._previewed = False
            self._make = make
            self._widget.attach(workspace, *args)  # type: ignore[attr-defined]
            return
        self._drop()
        self._make = make
        if now or self.isVisible():
            self.widget()

    def preview(self, make: Callable[[], QWidget]) -> None:
        """Show a view made before the data is open (the Pipeline's first screen): the next
        `open_on` hands it the data (its `attach(workspace, *args)`) instead of a new one."""
        self._drop()
        self._make = make
        self.widget()
        self._previewed = True

    @property
    def previewed(self) -> bool:
        """Its view was made before the data was open, and is waiting for it."""
        return self._previewed

    def close_data(self) -> None:
        """The data is closing: the view, which holds it, goes."""
        self._drop()
        self._make = None

    def let_go_if_hidden(self) -> None:
        """After an import: a hidden view goes with the rows it holds, to be made again,
        and read afresh, when next shown."""
        if self.spec.remade_after_import and self._make is not None and not self.isVisible():
            self._drop()

    def _drop(self) -> None:
        self._previewed = False
        if self._widget is not None:
            self._scroll.takeWidget()
            self._widget.hide()
            self._widget.setParent(None)
            self._widget.deleteLater()
            self._widget = None
            self._scroll.hide()
            self._waiting.show()

    def widget(self) -> QWidget:
        """The view (made now if need be); the data must be open."""
        if self._widget is None:
            assert self._make is not None, f"the {self.spec.key} area needs the data open"
            self._widget = self._make()
            self._waiting.hide()
            self._scroll.setWidget(self._widget)
            self._scroll.show()
        return self._widget

    def showEvent(self, event: QShowEvent) -> None:
        if self._make is not None:
            self.widget()
        super().showEvent(event)
