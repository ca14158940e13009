"""The Debriefs view: every lost deal and its debrief, newest first, with filters; and the
insights the debriefs add up to."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from salescoach.domain.debrief import DebriefRow, DebriefState, LossReasonRow
from salescoach.domain.insights import DebriefInsights
from salescoach.domain.periods import Period, period_range
from salescoach.ui.common import formatting, labels
from salescoach.ui.common.area import Area
from salescoach.ui.common.columns import ColumnChooser
from salescoach.ui.common.views import fit_headers, rows_table
from salescoach.ui.debriefs.insights import InsightsPanel
from salescoach.ui.debriefs.pages import reason_label
from salescoach.ui.debriefs.rows import (
    DebriefRowsModel,
    Filtered,
    Filters,
    apply_filters,
    columns,
)

if TYPE_CHECKING:
    from salescoach.services.workspace import Workspace
    from salescoach.ui.common.events import Events


class DebriefsView(Area):
    """All debriefs, filterable; open one to read, edit or finish it."""

    loaded = Signal()  # the rows and the insights are shown

    LOADING, EMPTY, CONTENT = range(3)

    def __init__(self, workspace: Workspace, events: Events, parent: QWidget | None = None):
        super().__init__(workspace, events, parent)
        events.deals_changed.connect(self.mark_stale)  # a debrief changes the deals too
        self._rows: list[DebriefRow] = []
        self._reasons: list[LossReasonRow] = []
        self._running = 0  # reads under way
        self._filtering = 0  # filters asked for
        self._filters_running = 0
        self._insights_due = False  # read, waiting for the filtering to end
        self._insights: DebriefInsights | None = None
        self._last_import: Any = None  # the latest import that brought lost deals
        self._build()

    # building ------------------------------------------------------------------------
    def _build(self) -> None:
        self.banner = QWidget()
        self.banner.setObjectName("pendingBanner")
        self.pending_label = QLabel()
        self.pending_label.setObjectName("pendingLabel")
        self.pending_label.setWordWrap(True)  # a long sentence in French
        self.next_button = QPushButton(self.tr("Debrief the latest loss…"))
        self.next_button.setObjectName("debriefLatestButton")
        self.next_button.clicked.connect(self.debrief_latest)
        banner = QHBoxLayout(self.banner)
        banner.setContentsMargins(0, 0, 0, 0)
        banner.addWidget(self.pending_label, 1)
        banner.addWidget(self.next_button)
        self.banner.hide()  # until the counts are read

        self.state_filter = self._combo(
            "stateFilter",
            [
                (self.tr("All debriefs"), None),
                (self.tr("To do"), "todo"),
                (self.tr("Done"), "done"),
            ],
        )
        self.reason_filter = self._combo("reasonFilter", [(self.tr("All reasons"), None)])
        self.control_filter = self._combo(
            "controlFilter",
            [
                (self.tr("Within my control or not"), None),
                (self.tr("Within my control"), "yes"),
                (self.tr("Outside my control"), "no"),
            ],
        )
        self.period_filter = self._combo(
            "periodFilter", [(labels.period_label(p), p.value) for p in Period]
        )
        self.period_filter.currentIndexChanged.connect(self._period_changed)
        self.count_label = QLabel()
        self.count_label.setObjectName("debriefCount")
        bar = QHBoxLayout()
        for w in (self.state_filter, self.reason_filter, self.control_filter, self.period_filter):
            bar.addWidget(w)
        bar.addWidget(self.count_label, 1)

        self.model = DebriefRowsModel(columns(), self)
        self.table = rows_table("debriefsTable", self.model)
        self.table.setAlternatingRowColors(True)
        for column, width in enumerate((85, 200, 160, 70, 170, 130, 80, 80)):
            self.table.setColumnWidth(column, width)
        fit_headers(self.table)
        self.columns = ColumnChooser(self.table, self.workspace.data_dir, kept=(1,))  # the deal
        self.table.activated.connect(lambda _i: self.open_current())
        self.table.doubleClicked.connect(lambda _i: self.open_current())
        self.open_button = QPushButton(self.tr("&Open the debrief"))
        self.open_button.setObjectName("openDebriefButton")
        self.open_button.clicked.connect(self.open_current)
        list_page = QWidget()
        list_layout = QVBoxLayout(list_page)
        list_layout.addLayout(bar)
        list_layout.addWidget(self.table, 1)
        open_row = QHBoxLayout()
        open_row.addStretch(1)
        open_row.addWidget(self.open_button)
        list_layout.addLayout(open_row)

        self.insights = InsightsPanel()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("debriefTabs")
        self.tabs.addTab(list_page, self.tr("Debriefs"))
        self.tabs.addTab(self.insights, self.tr("Insights"))

        self.empty = QLabel(
            self.tr(
                "No lost deal yet. When a deal is lost, press Ctrl+L in the Pipeline: a short "
                "debrief turns the “no” into lessons, a referral and a follow-up."
            )
        )
        self.empty.setObjectName("debriefsEmpty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.addWidget(self.banner)
        content_layout.addWidget(self.tabs, 1)
        self.stack = QStackedWidget()
        loading = QLabel(self.tr("Reading your debriefs…"))
        loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(loading)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    def _combo(self, name: str, items: list[tuple[str, object]]) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        for text, data in items:
            combo.addItem(text, data)
        combo.currentIndexChanged.connect(self._apply_filters)
        return combo

    # data ----------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the rows and the insights off the GUI thread, in parallel."""
        if self._running:
            self._stale = True  # read again once the current reads are in
            return
        self._fresh()
        debriefs = self.workspace.debriefs

        def rows() -> tuple[list[DebriefRow], list[LossReasonRow]]:
            return debriefs.rows(), debriefs.reasons(include_hidden=True)

        self._start(rows, self._rows_loaded)
        self._reload_insights()

    def _reload_insights(self) -> None:
        debriefs = self.workspace.debriefs
        since, until = self._period()
        store = self.workspace.store

        def work() -> tuple[DebriefInsights, Any]:
            from salescoach.services.importing import last_import  # heavy: read when needed

            return debriefs.insights(since, until), last_import(store)

        self._start(work, self._insights_loaded)

    def _start(
        self,
        work: Callable[[], Any],
        done: Callable[[Any], None],
        failed: Callable[[], None] | None = None,
    ) -> None:
        self._running += 1

        def finished(result: Any) -> None:
            done(result)
            self._one_done()

        def after_failure() -> None:
            if failed is not None:
                failed()
            self._one_done()

        # Every debrief read at once, the collector paused meanwhile: kept out of its walks
        # (`keep_results`), else its next young collection walked them all on a worker,
        # holding the interpreter lock (40 ms).
        self.run(
            work, finished, self.tr("Cannot read the debriefs"), after_failure, keep_results=True
        )

    def _one_done(self) -> None:
        self._running -= 1
        if self._running:
            return
        self.loaded.emit()
        if self._stale:  # changed again while reading
            self.reload()

    def _rows_loaded(self, result: tuple[list[DebriefRow], list[LossReasonRow]]) -> None:
        self._rows, self._reasons = result
        self._fill_reasons()
        self.stack.setCurrentIndex(self.CONTENT if self._rows else self.EMPTY)
        self._show_insights()  # first: see _show_insights
        self._apply_filters()

    def _insights_loaded(self, read: tuple[DebriefInsights, Any]) -> None:
        self._insights, self._last_import = read
        self._show_insights()

    def _show_insights(self) -> None:
        # Shown once both reads are in: the insights name reasons from the list.
        if self._insights is None or self.stack.currentIndex() == self.LOADING:
            return
        # Not while rows are filtered: each call of the insights' tables into Python
        # waited for the filtering worker's interpreter lock (76 ms on a laptop).
        self._insights_due = bool(self._filters_running)
        if self._insights_due:
            return
        self.insights.show_insights(self._insights, self._reasons)
        self._show_pending(self._insights)

    def _fill_reasons(self) -> None:
        keep = self.reason_filter.currentData()
        self.reason_filter.blockSignals(True)
        self.reason_filter.clear()
        self.reason_filter.addItem(self.tr("All reasons"), None)
        for r in self._reasons:
            self.reason_filter.addItem(reason_label(r), r.id.hex)
        self.reason_filter.setCurrentIndex(max(self.reason_filter.findData(keep), 0))
        self.reason_filter.blockSignals(False)

    def _show_pending(self, insights: DebriefInsights) -> None:
        n = insights.pending
        self.banner.setVisible(n > 0)
        text = self.tr(
            "%n lost deal(s) still to debrief. A few minutes each, while it is fresh.", "", n
        )
        last = self._last_import
        if last is not None and last.pending:  # lost deals the latest import brought
            text += " " + self.tr(
                "%n of them arrived with the import of {file} ({day}).", "", last.pending
            ).format(file=last.source, day=formatting.date_text(last.at.date()))
        self.pending_label.setText(text)

    # filters -------------------------------------------------------------------------
    def _period(self) -> tuple[dt.date | None, dt.date | None]:
        return period_range(Period(self.period_filter.currentData()), dt.date.today())

    def filters(self) -> Filters:
        reason = self.reason_filter.currentData()
        control = self.control_filter.currentData()
        since, until = self._period()
        return Filters(
            state=self.state_filter.currentData(),
            reason=uuid.UUID(reason) if reason else None,
            controllable=None if control is None else control == "yes",
            since=since,
            until=until,
        )

    def _apply_filters(self) -> None:
        """Filter off the GUI thread (a pass over every debrief took up to 108 ms on it);
        the table and the count change once the filtered rows are ready."""
        index = self.table.currentIndex()
        keep = self.model.row_at(index.row()).deal_key if index.isValid() else None
        rows, f = self._rows, self.filters()
        self._filtering += 1
        if f.keeps_all and keep is None:
            # Nothing to filter, nothing to find (the view opening): no pass over every row
            # on a worker, which held the interpreter lock while the table first painted.
            self._show_filtered(apply_filters(rows, f, keep), len(rows))
            return
        self._filters_running += 1
        asked = self._filtering  # only the latest filter's rows are shown

        def show(result: Filtered) -> None:
            if asked == self._filtering:
                self._show_filtered(result, len(rows))
            self._filter_ended()

        self._start(lambda: apply_filters(rows, f, keep), show, self._filter_ended)

    def _filter_ended(self) -> None:
        """Whether it showed its rows or failed: the insights read meanwhile are shown."""
        self._filters_running -= 1
        if self._insights_due and not self._filters_running:
            self._show_insights()

    def _show_filtered(self, result: Filtered, total: int) -> None:
        shown = result.rows
        self.model.set_rows(shown)
        self.count_label.setText(
            self.tr("%n lost deal(s)", "", len(shown))
            if len(shown) == total
            else self.tr("%n of {total} lost deals", "", len(shown)).format(
                total=formatting.count_text(total)
            )
        )
        if shown:
            self.table.selectRow(result.selected)
        self.open_button.setEnabled(bool(shown))

    def _period_changed(self) -> None:
        self._reload_insights()  # the insights follow the period; the rows are filtered here

    # actions -------------------------------------------------------------------------
    def current_deal_id(self) -> uuid.UUID | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()).deal_id if index.isValid() else None

    def open_current(self) -> None:
        deal_id = self.current_deal_id()
        if deal_id is not None:
            self.open_debrief(deal_id)

    def debrief_latest(self) -> None:
        """The most recent loss still to debrief."""
        todo = next((r for r in self._rows if r.state is not DebriefState.DONE), None)
        if todo is not None:
            self.open_debrief(todo.deal_id)

    def open_debrief(self, deal_id: uuid.UUID) -> None:
        from salescoach.ui.debriefs.dialog import open_debrief

        ws = self.workspace
        open_debrief(self, ws.pipeline, ws.debriefs, deal_id, self.events)
        self.events.debriefs_changed.emit(None)  # this view too reads them again
