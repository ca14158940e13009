"""Texts longer than the room a small screen leaves them: elided with the whole text in a
tooltip, or wrapped in a centred column that keeps its width (a wrapped label centred on
its own shrinks to a sliver of its size hint)."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget


class ElidedLabel(QLabel):
    """One line that gives up its width: "…" where it is cut, the whole text as tooltip.

    `text()` is the whole text; only the painting is shortened.
    """

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._tooltip_set = False

    def setText(self, text: str) -> None:
        super().setText(text)
        self._update_tooltip()

    def minimumSizeHint(self) -> QSize:
        return QSize(
            self.fontMetrics().horizontalAdvance("…") * 4, super().minimumSizeHint().height()
        )

    def is_elided(self) -> bool:
        room = self.contentsRect().width()
        return self.fontMetrics().horizontalAdvance(self.text()) > room

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_tooltip()

    def _update_tooltip(self) -> None:
        # Our own tooltip only: a tooltip set by the caller is left alone.
        if self.is_elided():
            self.setToolTip(self.text())
            self._tooltip_set = True
        elif self._tooltip_set:
            self.setToolTip("")
            self._tooltip_set = False

    def paintEvent(self, event: QPaintEvent) -> None:
        # Not at import: the first use of the `Qt` namespace makes its ninety enums (~50 ms),
        # and the main window is shown before any of this paints.
        from PySide6.QtCore import Qt

        painter = QPainter(self)
        rect = self.contentsRect()
        shown = self.fontMetrics().elidedText(
            self.text(), Qt.TextElideMode.ElideRight, rect.width()
        )
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(rect, int(self.alignment() | Qt.AlignmentFlag.AlignVCenter), shown)


def centred_column(widgets: list[QWidget], width: int, parent: QWidget | None = None) -> QWidget:
    """`widgets` one under the other in a column at most `width` wide, centred: wrapped
    labels take the column's width (and the height that needs) instead of a sliver."""
    column = QWidget()
    column.setMaximumWidth(width)
    inner = QVBoxLayout(column)
    inner.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        inner.addWidget(widget)
    holder = QWidget(parent)
    row = QHBoxLayout(holder)
    row.setContentsMargins(0, 0, 0, 0)
    row.addStretch(1)
    row.addWidget(column, 100)
    row.addStretch(1)
    return holder
