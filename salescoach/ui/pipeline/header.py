"""The Pipeline's header: filters, the deal count and value, and the two main buttons.

On one line when the window is wide enough; otherwise the count and value move to a
second line under the filters, so a narrow laptop (1024 px, longer French words) never
scrolls the Pipeline sideways to reach "New deal".
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from salescoach.ui.common.formatting import count_text

# Room the filter field keeps on the first line before the figures give way.
_FILTER_ROOM = 180


class PipelineHeader(QWidget):
    """Filters, then the figures (count and value), then the buttons."""

    def __init__(
        self,
        filters: list[QWidget],
        figures: list[QWidget],
        buttons: list[QWidget],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._filters, self._buttons = filters, buttons
        self.figures = QWidget()
        self.figures.setObjectName("pipelineFigures")
        row = QHBoxLayout(self.figures)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in figures:
            row.addWidget(widget)
        row.addStretch(1)
        # Its width never sets the window's minimum: it moves down instead of being cut.
        self.figures.setMinimumWidth(1)
        self.figures.installEventFilter(self)

        self._first = QHBoxLayout()
        self._first.setContentsMargins(0, 0, 0, 0)
        for i, widget in enumerate(filters):
            self._first.addWidget(widget, 1 if i == 0 else 0)
        # No stretch: a stretch factor would share the room by factor, under its width.
        self._first.addWidget(self.figures)
        for widget in buttons:
            self._first.addWidget(widget)
        self._second = QHBoxLayout()
        self._second.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._first)
        layout.addLayout(self._second)
        self._fit_soon = QTimer(self, singleShot=True, interval=0)
        self._fit_soon.timeout.connect(self.fit)

    def on_two_lines(self) -> bool:
        """Whether the figures sit on their own line under the filters."""
        return self._second.indexOf(self.figures) >= 0

    def fit(self) -> None:
        """Put the figures on the first line if they fit there whole, else on the second."""
        spacing = self._first.spacing()
        widgets = [*self._filters[1:], *self._buttons]
        needed = _FILTER_ROOM + sum(w.sizeHint().width() + spacing for w in widgets)
        needed += self.figures.sizeHint().width() + spacing
        two_lines = needed > self.width()
        if two_lines == self.on_two_lines():
            return
        if two_lines:
            self._first.removeWidget(self.figures)
            self._second.addWidget(self.figures)
        else:
            self._second.removeWidget(self.figures)
            self._first.insertWidget(len(self._filters), self.figures)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # A new count or value changes the figures' width: fit again once it is laid out.
        if watched is self.figures and event.type() == QEvent.Type.LayoutRequest:
            self._fit_soon.start()
        return False


def show_count(label: QLabel, shown: int, total: int, reading: bool) -> None:
    """The deal count in `label`, never narrower than its widest form for this total
    ("100,000 of 100,000 deals"): typing a filter no longer moved the figures to a second
    line and back, laying the whole Pipeline out again on a keystroke."""
    every = count_text(total)
    if reading:
        text = QCoreApplication.translate("PipelineView", "{total} deals, reading them…")
        text = text.format(total=every)
    elif shown == total:
        text = QCoreApplication.translate("PipelineView", "%n deal(s)", "", total)
    else:
        text = QCoreApplication.translate("PipelineView", "%n of {total} deals", "", shown)
        text = text.format(total=every)
    widest = QCoreApplication.translate("PipelineView", "%n of {total} deals", "", total)
    label.setMinimumWidth(label.fontMetrics().horizontalAdvance(widest.format(total=every)))
    label.setText(text)
