"""The Pipeline view: the deals table with its filters, and the selected deal's touches."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from salescoach.domain.enums import DealStage, DealStatus
from salescoach.domain.messages import UserError
from salescoach.domain.rows import DealRow
from salescoach.ui.common import labels
from salescoach.ui.common.area import Area
from salescoach.ui.common.dialogs import confirm, run_dialog, show_error
from salescoach.ui.common.events import AccountsRequest
from salescoach.ui.common.undo import record
from salescoach.ui.common.views import add_shortcut
from salescoach.ui.pipeline.deal_menu import show_deal_menu
from salescoach.ui.pipeline.detail import build_detail
from salescoach.ui.pipeline.header import PipelineHeader, show_count
from salescoach.ui.pipeline.model import DealsIndex, DealsModel
from salescoach.ui.pipeline.panels import (
    button,
    deals_table,
    filter_combo,
)
from salescoach.ui.pipeline.reading import read_deals
from salescoach.ui.pipeline.value import PipelineValueLabel
from salescoach.ui.pipeline.welcome import WelcomePage

if TYPE_CHECKING:
    from salescoach.services.workspace import Workspace
    from salescoach.ui.common.events import Events


class PipelineView(Area):
    """Deals, filters, touches; an empty database shows the welcome page instead.

    Emits `deals_changed` (and `debriefs_changed`, `followups_changed` for the touches)
    after showing a change; reads the deals again after a debrief or an accounts change.

    At start-up, made before the data is open (`workspace` None, `rows` read plainly): the
    table shows, scrolls and selects; nothing else acts until `attach` hands it the data.
    """

    WELCOME, TABLE = range(2)

    def __init__(
        self,
        workspace: Workspace | None,
        events: Events,
        rows: list[DealRow] | DealsIndex | None = None,
        parent: QWidget | None = None,
        data_dir: Path | None = None,
    ) -> None:
        super().__init__(workspace, events, parent)  # type: ignore[arg-type]
        self._stale = False  # read now, not when shown: the table is the app's first sight
        self._data_dir = workspace.data_dir if workspace is not None else data_dir
        self.model = DealsModel(self)
        self._build()
        events.debriefs_changed.connect(self._debriefs_changed)
        events.accounts_changed.connect(self.reload)
        self.set_rows(workspace.pipeline.deal_rows() if rows is None else rows)  # type: ignore
        if workspace is None:  # the first screen read plainly: nothing acts until `attach`
            self._acting(False)
        else:
            self._read_weak_spots()

    def attach(self, workspace: Workspace, rows: DealsIndex | None = None) -> None:
        """The data is open: the first screen shown before becomes the working view (the
        rows read by the store replace those read plainly: the same, selection kept)."""
        self.workspace = workspace
        self.value.attach(workspace)
        if rows is not None:
            self.set_rows(rows)
        self._acting(True)
        self._deal_selected()
        self._read_weak_spots()

    def _acting(self, on: bool) -> None:
        for widget in (self.new_button, self.accounts_button, self.detail):
            widget.setEnabled(on)

    # building ------------------------------------------------------------------------
    def _build(self) -> None:
        self.stack = QStackedWidget()
        self.welcome = WelcomePage()
        self.welcome.add_deal.connect(self.new_deal)
        self.welcome.load_demo.connect(self.load_demo)
        self.welcome.import_file.connect(self.events.import_requested)
        self.stack.addWidget(self.welcome)
        self.stack.addWidget(self._build_table_page())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    def _build_table_page(self) -> QWidget:
        self.search = QLineEdit()
        self.search.setObjectName("dealFilter")
        self.search.setPlaceholderText(self.tr("Filter by deal, account or contact (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._apply_filter)
        statuses = [(labels.status_label(s), s) for s in DealStatus]
        self.status_filter = filter_combo("statusFilter", self.tr("All statuses"), statuses)
        stages = [(labels.stage_label(s), s) for s in DealStage]
        self.stage_filter = filter_combo("stageFilter", self.tr("All stages"), stages)
        for combo in (self.status_filter, self.stage_filter):
            combo.currentIndexChanged.connect(self._apply_filter)
        self.count_label = QLabel()
        self.count_label.setObjectName("dealCount")
        new = button(self.tr("&New deal"), "newDealButton", self.new_deal, self.tr("Ctrl+N"))
        accounts = button(self.tr("Accounts and &contacts…"), "accountsButton", self.open_accounts)
        self.new_button, self.accounts_button = new, accounts
        self.value = PipelineValueLabel(self.workspace, self.events, self)

        self.header = PipelineHeader(
            [self.search, self.status_filter, self.stage_filter],
            [self.count_label, self.value],
            [accounts, new],
        )

        assert self._data_dir is not None
        self.table = deals_table(self.model, self._data_dir)
        self.table.customContextMenuRequested.connect(self._deal_menu)
        # `activated` comes on a double-click and on Enter; `doubleClicked` too would open
        # a second editor after the first is closed.
        self.table.activated.connect(lambda _index: self.edit_deal())
        self.table.selectionModel().currentRowChanged.connect(self._deal_selected)

        self.detail = build_detail(self)  # the selected deal's title, buttons, touches

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)

        delete = QKeySequence.StandardKey.Delete
        add_shortcut(self.table, self.tr("Delete deal"), delete, self.delete_deal)
        add_shortcut(self.touches, self.tr("Delete touch"), delete, self.delete_touch)

        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.header)
        layout.addWidget(splitter, 1)
        self._deal_selected()
        return page

    def _deal_menu(self, pos: object) -> None:
        if self.workspace is not None:  # before the data is open: nothing to act on
            show_deal_menu(self, pos)

    # data ----------------------------------------------------------------------------
    def set_rows(self, rows: list[DealRow] | DealsIndex) -> None:
        """Show these deals: rows, or rows already indexed by `read_deals` off this thread."""
        current = self.current_deal_id()
        if isinstance(rows, DealsIndex):
            self.model.set_index(rows)
        else:
            self.model.set_rows(rows)
        self._after_reset(current)

    def read_deals(self) -> Callable[[], DealsIndex]:
        """Work for a worker thread: every deal read and indexed for the table's sort."""
        workspace, key, shown = self.workspace, self.model.sort_key(), self.model.shown()
        return lambda: read_deals(workspace, key, shown)

    def read_the_rest(self, done: Callable[[], None]) -> None:
        """The table shows its first screen: read every deal now, then `done()`."""
        edits = self.model.edits

        def arrived(rows: DealsIndex) -> None:
            self.set_rows(rows)
            if self.model.edits != edits:  # a deal changed here after the read began
                self.reload()
            done()

        self.run(self.read_deals(), arrived, self.tr("salescoach"), keep_results=True)

    def _debriefs_changed(self, deal_id: uuid.UUID | None) -> None:
        """One deal's debrief state changed (or many's: `None`); so may the weak spots."""
        if deal_id is None:
            self.reload()
        else:
            self.refresh_deal(deal_id)
        self._read_weak_spots()

    def _read_weak_spots(self) -> None:
        self.run(self.workspace.debriefs.checklist, self.set_weak_spots, self.tr("salescoach"))

    def _after_reset(self, keep: uuid.UUID | None) -> None:
        self.stack.setCurrentIndex(self.TABLE if self.model.total_count() else self.WELCOME)
        if keep is not None:
            self.select_deal(keep)
        self._update_count()
        self._deal_selected()

    def _apply_filter(self) -> None:
        current = self.current_deal_id()
        self.model.set_filter(
            self.search.text(),
            labels.combo_enum(self.status_filter, DealStatus),
            labels.combo_enum(self.stage_filter, DealStage),
        )
        if current is not None:
            self.select_deal(current)
        if self.current_deal_id() != current or current is None:
            # The selected deal is hidden: the detail panel must not act on it unseen.
            self.table.setCurrentIndex(QModelIndex())
            self.table.clearSelection()
        self._update_count()
        self._deal_selected()

    def _update_count(self) -> None:
        total = self.model.total_count()
        show_count(self.count_label, self.model.rowCount(), total, self.model.still_reading())

    def current_deal_id(self) -> uuid.UUID | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row()):
            return None
        return self.model.deal_at(index.row()).id

    def current_deal(self) -> DealRow | None:
        index = self.table.currentIndex()
        return self.model.deal_at(index.row()) if index.isValid() else None

    def select_deal(self, deal_id: uuid.UUID) -> None:
        row = self.model.row_of(deal_id)
        if row is None:
            return
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))

    def show_deal(self, deal_id: uuid.UUID) -> None:
        """Select `deal_id` (Find anything), clearing the filters if they hide it."""
        if self.model.row_of(deal_id) is None:
            for combo in (self.status_filter, self.stage_filter):
                combo.setCurrentIndex(0)
            self.search.clear()
        self.select_deal(deal_id)
        self.table.setFocus()

    def _deal_selected(self, *_args: object) -> None:
        deal = self.current_deal()
        for widget in (self.log_button, self.edit_button, self.delete_button):
            widget.setEnabled(deal is not None)
        self.losses.show_for(deal)
        self.wins.show_for(deal)
        self.checklist.show_for(deal)
        if deal is None or self.workspace is None:
            self.touches_title.setText(self.tr("Select a deal to see its touches."))
            self.touch_model.set_rows([])
            return
        self._show_touches(deal)

    def set_weak_spots(self, questions: list[int]) -> None:
        """The rep's recurring weak spots (question numbers), shown on open deals."""
        self.checklist.weak_spots = questions
        self.checklist.show_for(self.current_deal())

    def _show_touches(self, deal: DealRow) -> None:
        self.touch_actions.show_for(deal)

    # actions -------------------------------------------------------------------------
    def focus_search(self) -> None:
        """Edit › Filter the deals (Ctrl+F, from anywhere in the window)."""
        self.search.setFocus()
        self.search.selectAll()

    def new_deal(self) -> None:
        from salescoach.ui.pipeline.deal_editor import DealEditor  # loaded on first use: start-up

        editor = DealEditor(self.workspace.pipeline, parent=self)
        if run_dialog(editor) and editor.saved_row is not None:
            self.saved(editor.saved_row, self.tr("Deal “{title}” created."))

    def edit_deal(self) -> None:
        deal = self.current_deal()
        if deal is None or self.workspace is None:  # None: the data is still opening
            return
        try:
            from salescoach.ui.pipeline.deal_editor import DealEditor

            editor = DealEditor(self.workspace.pipeline, deal.id, parent=self)
        except UserError as exc:
            show_error(self, self.tr("Cannot open the deal"), exc)
            return
        if run_dialog(editor) and editor.saved_row is not None:
            self.saved(editor.saved_row, self.tr("Deal “{title}” saved."))
            if deal.status is not DealStatus.LOST and editor.saved_row.status is DealStatus.LOST:
                self.losses.open_debrief(editor.saved_row)

    def saved(self, row: DealRow, message: str) -> None:
        """Show a saved deal (selected, even if the filter hid it) and say so."""
        self.wins.saved(self.current_deal(), row)
        self.model.upsert(row)
        self._after_reset(row.id)
        if self.model.row_of(row.id) is None:  # hidden by the filter: show it anyway
            self.search.clear()
            self.status_filter.setCurrentIndex(0)
            self.stage_filter.setCurrentIndex(0)
            self.select_deal(row.id)
        self.events.status.emit(message.format(title=row.title))
        self.events.deals_changed.emit()

    def delete_deal(self) -> None:
        deal = self.current_deal()
        if deal is None or self.workspace is None:  # None: the data is still opening
            return
        pipeline = self.workspace.pipeline
        n = pipeline.touch_count(deal.id)
        question = self.tr(
            "Delete the deal “{title}” and its %n touch(es)? Edit › Undo brings them back.", "", n
        ).format(title=deal.title)
        if not confirm(self, self.tr("Delete deal"), question, self.tr("Delete")):
            return
        before = self.workspace.history.deal(deal.id)
        try:
            pipeline.delete_deal(deal.id)
        except UserError as exc:
            show_error(self, self.tr("Cannot delete the deal"), exc)
            return
        self.model.remove(deal.id)
        self._after_reset(None)
        text = self.tr("Delete “{title}”").format(title=deal.title)
        record(self.events, text, self.workspace.history, before)
        self.events.status.emit(self.tr("Deal “{title}” deleted.").format(title=deal.title))
        self.events.deals_changed.emit()

    def debrief_deal(self) -> None:
        """Mark the selected deal lost and debrief it (Ctrl+L), or open its debrief."""
        self.losses.debrief_deal()

    def mark_won(self) -> None:
        """Mark the selected deal won (the bell rings)."""
        self.wins.mark_won()

    def refresh_deal(self, deal_id: uuid.UUID) -> None:
        """Read one deal again (its debrief state may have changed elsewhere)."""
        try:
            row = self.workspace.pipeline.deal_row(deal_id)
        except UserError:
            self.model.remove(deal_id)
            self._after_reset(None)
            return
        self.model.upsert(row)
        self._after_reset(self.current_deal_id() or row.id)

    def log_touch(self) -> None:
        self.touch_actions.log_touch()

    def delete_touch(self) -> None:
        self.touch_actions.delete_touch()

    def open_accounts(self) -> None:
        """The accounts and contacts (their area answers; names changed come back as
        `accounts_changed`)."""
        self.events.accounts_requested.emit(AccountsRequest(self))

    def edit_chances(self) -> None:
        """Settings › Chances of winning by stage (the forecast in the header)."""
        from salescoach.ui.pipeline.chances_dialog import edit_chances

        edit_chances(self, self.workspace, self.events)

    def reload(self) -> None:
        """Read every deal again (account or contact names may have changed)."""
        self._fresh()
        self.run(self.read_deals(), self.set_rows, self.tr("salescoach"), keep_results=True)

    def load_demo(self) -> None:
        """Fill the empty database with the demo history, with a progress dialog."""
        from salescoach.ui.pipeline.demo import load_demo

        load_demo(self, self.workspace, self.read_deals(), self.demo_loaded)

    def demo_loaded(self, rows: DealsIndex) -> None:
        self.set_rows(rows)
        self.events.status.emit(self.tr("Demo history loaded."))
        self.events.deals_changed.emit()
