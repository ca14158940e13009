"""The Pipeline's lower panel: the selected deal's title, the buttons acting on it, the
weak spots to check and its touches. Built onto the view, which holds its parts."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from salescoach.ui.common.long_text import ElidedLabel
from salescoach.ui.pipeline.loss_actions import LossActions
from salescoach.ui.pipeline.panels import TouchesTable, WeakSpotChecklist, button
from salescoach.ui.pipeline.touch_actions import TouchActions
from salescoach.ui.pipeline.win_actions import WinActions

translate = QCoreApplication.translate  # the view's context: its catalogue entries


def build_detail(view: Any) -> QWidget:
    """The panel, its parts set on `view` (the `PipelineView`: their host and parent)."""
    view.touches_title = ElidedLabel()  # the deal's title may be long
    view.touches_title.setObjectName("touchesTitle")
    view.touches_title.setStyleSheet("font-weight: 600;")
    view.touches = TouchesTable()
    view.touch_model = view.touches.touch_model
    view.touch_actions = TouchActions(view, view.touches, view.touches_title)
    # Its own catalogue entry ("button"): its French mnemonic is off the accounts' Alt+C.
    log = translate("PipelineView", "&Log a touch", "button")
    ctrl_t = translate("PipelineView", "Ctrl+T")
    view.log_button = button(log, "logTouchButton", view.log_touch, ctrl_t)
    edit, delete = (
        translate("PipelineView", "Ed&it deal"),
        translate("PipelineView", "&Delete deal"),
    )
    view.edit_button = button(edit, "editDealButton", view.edit_deal)
    view.delete_button = button(delete, "deleteDealButton", view.delete_deal)
    detail_bar = QHBoxLayout()
    detail_bar.addWidget(view.touches_title, 1)
    view.losses = LossActions(view, detail_bar)  # "Mark lost", the debrief, stay in touch
    view.wins = WinActions(view, detail_bar)  # "Mark won" and the win celebration
    for widget in (view.log_button, view.edit_button, view.delete_button):
        detail_bar.addWidget(widget)
    view.checklist = WeakSpotChecklist()
    detail = QWidget()
    detail_layout = QVBoxLayout(detail)
    detail_layout.setContentsMargins(0, 0, 0, 0)
    detail_layout.addLayout(detail_bar)
    detail_layout.addWidget(view.checklist)
    detail_layout.addWidget(view.touches)
    return detail
