"""Celebrating a win: the bell, and a brief note over the window that fades away by itself
(never a box to click away) saying what the win adds to the year and its goal."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QEasingCurve,
    QObject,
    QPoint,
    QPropertyAnimation,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QFrame, QGraphicsOpacityEffect, QLabel, QVBoxLayout, QWidget

from salescoach.domain.goals import WinEffect
from salescoach.domain.messages import UserError
from salescoach.domain.rows import DealRow
from salescoach.ui.common.worker import run_in_background
from salescoach.ui.progress import text as text
from salescoach.ui.progress.sound import Bell

if TYPE_CHECKING:
    from salescoach.services.workspace import Workspace

translate = QCoreApplication.translate


def win_text(e: WinEffect) -> str:
    """What the win did, in a sentence or two."""
    added = text.money_whole(e.added_cents, e.currency)
    if not e.counted:
        lines = [
            translate(
                "Celebration",
                "It is in another currency than your {year} figures ({currency}): "
                "not added to them.",
            ).format(year=e.year, currency=e.currency)
        ]
    elif e.goal_cents:
        lines = [
            translate(
                "Celebration", "+{added} towards your {year} goal: {share} reached (+{gain})."
            ).format(
                added=added,
                year=e.year,
                share=text.percent(e.share_after or 0),
                gain=text.percent(e.share_added or 0),
            )
        ]
    else:
        lines = [
            translate("Celebration", "+{added} in {year}: {total} so far.").format(
                added=added, year=e.year, total=text.money_whole(e.total_cents, e.currency)
            )
        ]
    if e.streak_months >= 2:
        lines.append(
            translate(
                "Celebration", "%n month(s) in a row with at least one win.", "", e.streak_months
            )
        )
    return "\n".join(lines)


class WinToast(QFrame):
    """A note in the window's corner: fades in, stays a few seconds, fades out. A click
    dismisses it; it never takes the focus."""

    SHOWN_MS = 5000
    FADE_MS = 350

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("winToast")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setStyleSheet(
            "#winToast { background: #1b5e20; border-radius: 8px; }"
            "#winToast QLabel { color: white; }"
        )
        self.title = QLabel()
        self.title.setObjectName("winToastTitle")
        self.title.setStyleSheet("font-weight: 600; font-size: 12pt;")
        self.title.setWordWrap(True)
        self.detail = QLabel()
        self.detail.setObjectName("winToastDetail")
        self.detail.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.title)
        layout.addWidget(self.detail)
        self.setFixedWidth(380)
        self._opacity = QGraphicsOpacityEffect(self)
        self.setGraphicsEffect(self._opacity)
        self._fade = QPropertyAnimation(self._opacity, b"opacity", self)
        self._fade.setEasingCurve(QEasingCurve.Type.InOutQuad)
        self._fade.finished.connect(self._faded)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.dismiss)
        self.hide()

    def show_message(self, title: str, detail: str = "") -> None:
        self.title.setText(title)
        self.set_detail(detail)
        if not self.isVisible() or self._fade.endValue() == 0.0:
            self._animate(1.0)
        self.show()
        self.raise_()
        self._timer.start(self.SHOWN_MS)

    def set_detail(self, detail: str) -> None:
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
        self.adjustSize()
        self._place()

    def _place(self) -> None:
        parent = self.parentWidget()
        if parent is None:
            return
        margin = 24
        self.move(
            QPoint(
                parent.width() - self.width() - margin,
                parent.height() - self.height() - margin - 24,  # above the status bar
            )
        )

    def dismiss(self) -> None:
        if self.isVisible():
            self._animate(0.0)

    def _animate(self, to: float) -> None:
        self._fade.stop()
        self._fade.setDuration(self.FADE_MS)
        self._fade.setStartValue(self._opacity.opacity() if self.isVisible() else 0.0)
        self._fade.setEndValue(to)
        self._fade.start()

    def _faded(self) -> None:
        if self._fade.endValue() == 0.0:
            self.hide()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.dismiss()
        event.accept()


class Celebrator(QObject):
    """Rings the bell and shows the note when a deal is won."""

    celebrated = Signal(object)  # the WinEffect once shown

    def __init__(self, window: QWidget, data_dir: Path) -> None:
        super().__init__(window)
        self.bell = Bell(data_dir, self)
        self.toast = WinToast(window)

    def celebrate(self, workspace: Workspace, row: DealRow) -> None:
        self.bell.ring()
        self.toast.show_message(
            translate("Celebration", "Deal won: {title}").format(title=row.title)
        )
        progress = workspace.progress
        run_in_background(lambda: progress.win_effect(row.id), self._show, self._failed)

    def _show(self, effect: WinEffect) -> None:
        self.toast.set_detail(win_text(effect))
        self.celebrated.emit(effect)

    def _failed(self, error: BaseException) -> None:
        self.toast.set_detail("")  # the deal is saved; its figures will show in Progress
        if not isinstance(error, UserError):
            raise error
