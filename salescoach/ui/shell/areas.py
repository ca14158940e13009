"""The window's areas, in navigation order, and the frame that builds each one the first
time it is shown, once the data is open.

To add an area: a package under `salescoach/ui/` with a view deriving from
`common.area.Area`, and a line in `AREAS` (its view's module is imported on first show).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from salescoach.domain.messages import QT_TRANSLATE_NOOP

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


@dataclass(frozen=True)
class AreaSpec:
    key: str
    title: str  # English, translated in the "MainWindow" context
    view: Callable[[], type[QWidget]]  # the view's class, made as View(workspace, events)


AREAS = (
    AreaSpec("pipeline", QT_TRANSLATE_NOOP("MainWindow", "Pipeline"), _pipeline),
    AreaSpec("debriefs", QT_TRANSLATE_NOOP("MainWindow", "Debriefs"), _debriefs),
    AreaSpec("progress", QT_TRANSLATE_NOOP("MainWindow", "Progress"), _progress),
    AreaSpec("followups", QT_TRANSLATE_NOOP("MainWindow", "Follow-ups"), _followups),
    AreaSpec("numbers", QT_TRANSLATE_NOOP("MainWindow", "Numbers"), _numbers),
)


def area_title(spec: AreaSpec) -> str:
    return QCoreApplication.translate("MainWindow", spec.title)


class LazyArea(QWidget):
    """Holds an area: its view is made the first time it is shown (or asked for), and only
    once the data is open; until then it shows `waiting`."""

    def __init__(self, spec: AreaSpec, waiting: str = "") -> None:
        super().__init__()
        self.spec = spec
        self._make: Callable[[], QWidget] | None = None
        self._widget: QWidget | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._waiting = QLabel(waiting)
        self._waiting.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self._waiting)

    @property
    def built(self) -> bool:
        return self._widget is not None

    def open_on(self, workspace: Workspace, events: Events, *args: Any, now: bool = False) -> None:
        """The data is (re)opened: the view is made (again) from it, now if it was built
        (or `now`), else when first shown."""
        rebuild = self._widget is not None or now
        self._drop()
        self._make = lambda: self.spec.view()(workspace, events, *args)  # type: ignore[call-arg]
        if rebuild or self.isVisible():
            self.widget()

    def close_data(self) -> None:
        """The data is closing: the view, which holds it, goes."""
        self._drop()
        self._make = None

    def _drop(self) -> None:
        if self._widget is not None:
            self._widget.hide()
            self._widget.setParent(None)
            self._widget.deleteLater()
            self._widget = None
            self._waiting.show()

    def widget(self) -> QWidget:
        """The view (made now if need be); the data must be open."""
        if self._widget is None:
            assert self._make is not None, f"the {self.spec.key} area needs the data open"
            self._widget = self._make()
            self._waiting.hide()
            self.layout().addWidget(self._widget)
        return self._widget

    def showEvent(self, event: QShowEvent) -> None:
        if self._make is not None:
            self.widget()
        super().showEvent(event)
