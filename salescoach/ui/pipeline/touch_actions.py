"""The selected deal's touches under the Pipeline's table: shown, logged, deleted.

Kept out of view.py, which holds only the few lines that hook it in (its strings keep
the Pipeline's translation context).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QLabel, QWidget

from salescoach.domain.rows import DealRow
from salescoach.ui.common import formatting, labels
from salescoach.ui.common.dialogs import confirm, run_dialog
from salescoach.ui.common.touch_note import touch_worth

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
        if run_dialog(TouchDialog(workspace.pipeline, deal.id, deal.title, parent=parent)):
            self.show_for(deal)
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
            self.view.workspace.pipeline.delete_touch(touch.id)
            self.show_for(deal)
