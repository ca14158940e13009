"""The Follow-ups view: who to get back to and why (overdue, today, this week, later), the
referral advocates, and the calendar export."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from salescoach.domain.followups import Bucket, FollowUpRow
from salescoach.domain.messages import QT_TRANSLATE_NOOP, UserError
from salescoach.ui.common import formatting
from salescoach.ui.common.area import Area
from salescoach.ui.common.colors import ALERT
from salescoach.ui.common.columns import ColumnChooser
from salescoach.ui.common.dialogs import confirm, run_dialog, show_error
from salescoach.ui.common.events import ComposeRequest
from salescoach.ui.common.i18n import tr_message
from salescoach.ui.common.labels import LabelTable
from salescoach.ui.common.long_text import ElidedLabel
from salescoach.ui.common.rows_model import Column, RowsModel
from salescoach.ui.common.undo import record
from salescoach.ui.common.views import fit_headers, rows_table
from salescoach.ui.followups.advocates import AdvocatesPanel
from salescoach.ui.followups.dialogs import CadenceDialog, SnoozeDialog, cadence_text

if TYPE_CHECKING:
    from salescoach.services.workspace import Workspace
    from salescoach.ui.common.events import Events


bucket_label = LabelTable(
    "FollowUpsView",
    {
        Bucket.OVERDUE: QT_TRANSLATE_NOOP("FollowUpsView", "Overdue"),
        Bucket.TODAY: QT_TRANSLATE_NOOP("FollowUpsView", "Today"),
        Bucket.THIS_WEEK: QT_TRANSLATE_NOOP("FollowUpsView", "This week"),
        Bucket.LATER: QT_TRANSLATE_NOOP("FollowUpsView", "Later"),
    },
)


def _why(r: FollowUpRow) -> str:
    if not r.deal_title:
        return ""
    return QCoreApplication.translate("FollowUpsView", "Lost {date}: {deal}").format(
        date=formatting.date_text(r.lost_on), deal=r.deal_title
    )


def _last(r: FollowUpRow) -> str:
    if r.last_touch_on is None:
        return ""
    day = formatting.date_text(r.last_touch_on.date())
    return f"{day} · {r.last_touch}" if r.last_touch else day


def _columns(today: dt.date) -> list[Column[FollowUpRow]]:
    def when(r: FollowUpRow) -> str:
        return f"{bucket_label(r.bucket(today))} · {formatting.date_text(r.next_on)}"

    return [
        Column(lambda: QCoreApplication.translate("FollowUpsView", "When"), when),
        Column(
            lambda: QCoreApplication.translate("FollowUpsView", "Who"),
            lambda r: f"{r.who} ({r.person})" if r.person else r.who,
        ),
        Column(lambda: QCoreApplication.translate("FollowUpsView", "Why"), _why),
        Column(lambda: QCoreApplication.translate("FollowUpsView", "Last touch"), _last),
        Column(lambda: QCoreApplication.translate("FollowUpsView", "They said"), lambda r: r.said),
        Column(
            lambda: QCoreApplication.translate("FollowUpsView", "Every"),
            lambda r: cadence_text(r.every, r.unit),
        ),
    ]


class FollowUpsModel(RowsModel[FollowUpRow]):
    """Overdue rows in red."""

    def __init__(self, today: dt.date, parent: QWidget) -> None:
        super().__init__(_columns(today), parent)
        self.today = today
        overdue = QColor(ALERT)
        self.text_color = lambda row, _column: (
            overdue if row.bucket(self.today) is Bucket.OVERDUE else None
        )


class FollowUpsView(Area):
    """Who to call this week, and why; log the touch, snooze, or stop following."""

    loaded = Signal()

    def __init__(
        self,
        workspace: Workspace,
        events: Events,
        parent: QWidget | None = None,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(workspace, events, parent)
        events.followups_changed.connect(self.mark_stale)
        self.today = today or dt.date.today()
        self._rows: list[FollowUpRow] = []
        self._buckets: list[Bucket] = []  # each row's, worked out with the rows
        self._build()

    def _build(self) -> None:
        self.bucket_filter = QComboBox()
        self.bucket_filter.setObjectName("bucketFilter")
        self.bucket_filter.addItem(self.tr("All follow-ups"), None)
        for b in Bucket:
            self.bucket_filter.addItem(bucket_label(b), b.value)
        self.bucket_filter.currentIndexChanged.connect(self._apply_filter)
        self.counts = ElidedLabel()
        self.counts.setObjectName("followUpCounts")
        new = self._button(self.tr("&New follow-up…"), "newFollowUpButton", self.new_follow_up)
        export = self._button(self.tr("E&xport to calendar…"), "exportIcsButton", self.export)
        bar = QHBoxLayout()
        bar.addWidget(self.bucket_filter)
        bar.addWidget(self.counts, 1)
        bar.addWidget(new)
        bar.addWidget(export)

        self.model = FollowUpsModel(self.today, self)
        self.table = rows_table("followUpsTable", self.model)
        self.table.setAlternatingRowColors(True)
        for column, width in enumerate((170, 230, 240, 200, 220)):
            self.table.setColumnWidth(column, width)
        fit_headers(self.table)
        self.columns = ColumnChooser(self.table, self.workspace.data_dir, kept=(1,))  # who
        self.table.activated.connect(lambda _i: self.log_touch())

        self.log_button = self._button(
            self.tr("&Log the touch now…"), "logFollowUpButton", self.log_touch
        )
        self.snooze_button = self._button(self.tr("Sn&ooze…"), "snoozeButton", self.snooze)
        self.stop_button = self._button(self.tr("S&top following"), "stopButton", self.stop)
        self.write_button = self._button(self.tr("&Write…"), "writeFollowUpButton", self.write)
        actions = QHBoxLayout()
        actions.addStretch(1)
        for b in (self.write_button, self.log_button, self.snooze_button, self.stop_button):
            actions.addWidget(b)
        list_page = QWidget()
        list_layout = QVBoxLayout(list_page)
        list_layout.addLayout(bar)
        list_layout.addWidget(self.table, 1)
        self.detail = QLabel()
        self.detail.setObjectName("followUpDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        list_layout.addWidget(self.detail)
        list_layout.addLayout(actions)
        self.table.selectionModel().currentRowChanged.connect(self._show_detail)

        self.advocates = AdvocatesPanel(self.workspace, self.events)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("followUpTabs")
        self.tabs.addTab(list_page, self.tr("Follow-ups"))
        self.tabs.addTab(self.advocates, self.tr("Referral advocates"))

        self.empty = QLabel(
            self.tr(
                "Nobody to follow up yet. A debrief sets a stay-in-touch cadence with the "
                "prospect who said no; you can also add one here with “New follow-up…”."
            )
        )
        self.empty.setObjectName("followUpsEmpty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.tabs)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        list_layout.insertWidget(1, self.empty)
        self.empty.hide()

    def _button(self, text: str, name: str, slot: Any) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    # data ----------------------------------------------------------------------------
    def reload(self) -> None:
        self._fresh()
        followups, today = self.workspace.followups, self.today

        def read() -> tuple[list[FollowUpRow], list[Bucket]]:
            # Each row's bucket on the worker too: the filter and the counts used to work
            # them out four times over on the GUI thread (up to 76 ms for 12,000 rows).
            rows = followups.rows()
            return rows, [r.bucket(today) for r in rows]

        # Out of the collector's walks once read (`keep_results`): its first young
        # collection after the read walked every row on a worker, holding the interpreter
        # lock (31 ms).
        self.run(read, self._loaded, self.tr("Cannot read the follow-ups"), keep_results=True)
        self.advocates.mark_stale()  # read when its tab is shown

    def _loaded(self, read: tuple[list[FollowUpRow], list[Bucket]]) -> None:
        self._rows, self._buckets = read
        self.table.setVisible(bool(self._rows))
        self.empty.setVisible(not self._rows)
        self._apply_filter()
        self.loaded.emit()

    def _apply_filter(self) -> None:
        wanted = self.bucket_filter.currentData()
        if wanted is None:
            shown = self._rows
        else:
            shown = [r for r, b in zip(self._rows, self._buckets, strict=True) if b.value == wanted]
        self.model.set_rows(shown)
        n = Counter(self._buckets)
        self.counts.setText(
            self.tr("{overdue} overdue · {today} today · {week} this week · {later} later").format(
                overdue=n[Bucket.OVERDUE],
                today=n[Bucket.TODAY],
                week=n[Bucket.THIS_WEEK],
                later=n[Bucket.LATER],
            )
        )
        if shown:
            self.table.selectRow(0)
        self._show_detail()
        for b in (self.log_button, self.snooze_button, self.stop_button):
            b.setEnabled(bool(shown))

    def _show_detail(self) -> None:
        """Everything about the selected follow-up, in full: who, why, what they said."""
        r = self.current()
        if r is None:
            self.detail.clear()
            return
        parts = [f"<b>{escape(r.who)}</b>"]
        if r.person:
            parts.append(self.tr("ask for {name}").format(name=escape(r.person)))
        parts.append(escape(cadence_text(r.every, r.unit)))
        lines = [" · ".join(parts)]
        if r.deal_title:
            lines.append(escape(_why(r)))
        if r.said:
            lines.append(self.tr("They said: “{said}”").format(said=escape(r.said)))
        if r.last_touch_on is not None:
            lines.append(self.tr("Last touch: {touch}").format(touch=escape(_last(r))))
        self.detail.setText("<br>".join(lines))

    def current(self) -> FollowUpRow | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    # actions -------------------------------------------------------------------------
    def _changed(self, message: str) -> None:
        self.events.status.emit(message)
        self.events.followups_changed.emit()  # this view too reads them again

    def log_touch(self) -> None:
        """Log the touch with this prospect: the follow-up is done and the next scheduled."""
        row, ws = self.current(), self.workspace
        if row is None:
            return
        from salescoach.ui.common.touch_dialog import TouchDialog

        people = [
            (c.id, c.full_name)
            for c in (ws.pipeline.contacts(row.account_id) if row.account_id else [])
        ]
        if row.contact_id is not None:
            person = ws.pipeline.contact(row.contact_id)
            people = [(person.id, person.full_name)] if person else []
        before = ws.history.prospect(row.id)
        dialog = TouchDialog(
            ws.pipeline, row.deal_id, row.who, self, people=people, account_id=row.account_id
        )
        if run_dialog(dialog) and dialog.touch_id is not None:
            text = self.tr("Log a touch with {who}").format(who=row.who)
            record(self.events, text, ws.history, ws.history.logged(before, dialog.touch_id))
            self._changed(
                self.tr("Touch with {who} logged; next follow-up scheduled.").format(who=row.who)
            )

    def write(self) -> None:
        """The writing coach's stay-in-touch note to this prospect (the Writing area's)."""
        row = self.current()
        if row is not None:
            request = ComposeRequest(self, "stay_in_touch", row.deal_id, row.contact_id)
            self.events.compose_requested.emit(request)

    def snooze(self) -> None:
        row, ws = self.current(), self.workspace
        if row is None:
            return
        before = ws.history.follow_up(row.id)
        if run_dialog(SnoozeDialog(ws.followups, row.id, row.who, self, today=self.today)):
            record(self.events, self.tr("Snooze {who}").format(who=row.who), ws.history, before)
            self._changed(self.tr("{who}: snoozed.").format(who=row.who))

    def stop(self) -> None:
        row, ws = self.current(), self.workspace
        if row is None:
            return
        question = self.tr("Stop following up with {who}? You can add a follow-up again later.")
        title = self.tr("Stop following")
        if not confirm(self, title, question.format(who=row.who), title):
            return
        before = ws.history.follow_up(row.id)
        try:
            ws.followups.stop(row.id)
        except UserError as exc:
            show_error(self, self.tr("Stop following"), exc)
            return
        record(self.events, self.tr("Stop following {who}").format(who=row.who), ws.history, before)
        self._changed(self.tr("No more follow-ups with {who}.").format(who=row.who))

    def new_follow_up(self) -> None:
        ws = self.workspace
        if run_dialog(CadenceDialog(ws.followups, ws.pipeline, parent=self, today=self.today)):
            self._changed(self.tr("Follow-up scheduled."))

    def export(self) -> None:
        """Write the upcoming follow-ups to an .ics file the rep's calendar imports."""
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the follow-ups to a calendar"),
            str(Path.home() / "salescoach-follow-ups.ics"),
            self.tr("iCalendar files (*.ics)"),
        )
        if path:
            self.export_to(path)

    def export_to(self, path: str) -> bool:
        from salescoach.services.calendar import write_calendar

        try:
            stopped = self.workspace.followups.stopped(self.today)  # their events cancelled
            write_calendar(Path(path), self._rows, tr_message, self.today, stopped=stopped)
        except UserError as exc:
            show_error(self, self.tr("Export to calendar"), exc)
            return False
        self.events.status.emit(
            self.tr("%n follow-up(s) exported to {path}.", "", len(self._rows)).format(path=path)
        )
        return True
