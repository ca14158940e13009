"""The selected deal's touches under the Pipeline's table: shown, logged, deleted.

Kept out of view.py, which holds only the few lines that hook it in (its strings keep
the Pipeline's translation context).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QLabel, QWidget

from salescoach.domain.messages import UserError
from salescoach.domain.rows import DealRow
from salescoach.ui.common import formatting, labels
from salescoach.ui.common.dialogs import confirm, run_dialog, show_error
from salescoach.ui.common.touch_note import touch_worth
from salescoach.ui.common.undo import record

if TYPE_CHECKING:
    from salescoach.ui.pipeline.host import DealsHost
    from salescoach.ui.pipeline.panels import TouchesTable

translate = QCoreApplication.translate


class TouchActions(QObject):
    """Shows the touches of a deal in `table` under `title`; logs and deletes them."""

    def __init__(self, view: DealsHost, table: TouchesTable, title: QLabel) -> None:
        super().__init__(cast(QWidget, view))
        self.view = view
        self.table = table
        self.title = title

    def show_for(self, deal: DealRow) -> None:
        touches = self.view.workspace.pipeline.touches(deal.id)
        self.table.touch_model.set_rows(touches)
        self.title.setText(
            translate("PipelineView", "{deal}: %n touch(es)", "", len(touches)).format(
                deal=deal.title
            )
        )

    def log_touch(self) -> None:
        deal = self.view.current_deal()
        if deal is None:
            return
        from salescoach.ui.common.touch_dialog import TouchDialog

        workspace, parent = self.view.workspace, cast(QWidget, self.parent())
        before = workspace.history.deal(deal.id)
        if run_dialog(TouchDialog(workspace.pipeline, deal.id, deal.title, parent=parent)):
            self.show_for(deal)
            text = translate("PipelineView", "Log a touch on “{title}”").format(title=deal.title)
            record(self.view.events, text, workspace.history, before)
            logged = translate("PipelineView", "Touch logged on “{title}”.").format(
                title=deal.title
            )
            self.view.events.status.emit(logged + touch_worth(workspace))
            self.view.events.followups_changed.emit()  # a touch moves follow-up dates

    def delete_touch(self) -> None:
        deal = self.view.current_deal()
        touch = self.table.current_touch()
        if deal is None or touch is None:
            return
        question = translate("PipelineView", "Delete this touch ({kind}, {when})?").format(
            kind=labels.kind_label(touch.kind), when=formatting.datetime_text(touch.occurred_at)
        )
        title = translate("PipelineView", "Delete touch")
        if confirm(
            cast(QWidget, self.parent()), title, question, translate("PipelineView", "Delete")
        ):
            history = self.view.workspace.history
            before = history.deal(deal.id)
            try:
                self.view.workspace.pipeline.delete_touch(touch.id)
            except UserError as exc:
                show_error(cast(QWidget, self.parent()), title, exc)
                return
            self.show_for(deal)
            text = translate("PipelineView", "Delete a touch on “{title}”").format(title=deal.title)
            record(self.view.events, text, history, before)
            self.view.events.followups_changed.emit()  # it may have been a follow-up's latest
