"""The main window: the areas' navigation, the menus, the status bar. It knows the areas by
their key only (`shell.areas`); they hear each other's changes through the events hub."""

from __future__ import annotations

from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QSize, Signal
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QMainWindow, QStackedWidget, QWidget

from salescoach.domain.messages import DamagedDatabaseError, UpgradeFailedError, UserError
from salescoach.ui.common.dialogs import show_error
from salescoach.ui.common.events import Events
from salescoach.ui.common.idle import WhenIdle, once
from salescoach.ui.common.session import Session
from salescoach.ui.common.worker import note_activity, run_in_background
from salescoach.ui.data.backup_actions import BackupActions
from salescoach.ui.data.transfer import TransferActions
from salescoach.ui.data.upgrade_offer import offer_usable_copy
from salescoach.ui.followups.alerts import DueAlerts
from salescoach.ui.review.reminder import ReviewReminder
from salescoach.ui.shell.areas import AREAS, LazyArea, area_title, let_go, open_areas, warm_up
from salescoach.ui.shell.finder import Finder
from salescoach.ui.shell.first_reads import PlainFirstScreen
from salescoach.ui.shell.geometry import place_window, remember_window
from salescoach.ui.shell.help import HelpActions
from salescoach.ui.shell.language import apply_language, name_navigation
from salescoach.ui.shell.menus import MenuAction, build_menus
from salescoach.ui.shell.requests import answer_requests
from salescoach.ui.shell.undo_offer import UndoOffer
from salescoach.ui.team.manager_menu import TeamViewOpener
from salescoach.ui.team.rep_actions import RepTeamActions

if TYPE_CHECKING:
    from salescoach.domain.rows import DealRow
    from salescoach.services.workspace import Workspace
    from salescoach.ui.pipeline.model import DealsIndex
    from salescoach.ui.progress.celebration import Celebrator


class MainWindow(QMainWindow):
    """Pipeline, Debriefs, Progress, Follow-ups and Numbers, one at a time."""

    ready = Signal()  # every deal read, start-up's reads begun
    deals_shown = Signal()  # the table holds its first screen of deals

    def __init__(self, data_dir: Path) -> None:
        super().__init__()
        self.data_dir = data_dir
        self.events = Events(self)
        self.events.status.connect(self._say)
        self.session = Session(data_dir, self.events, self)
        self.session.opened.connect(self._opened)
        self.session.failed.connect(self.open_failed)
        self.session.closed.connect(self._data_closed)
        self.backups = BackupActions(self.session, self.events, self)  # check, backup, restore
        # import, export; after an import, the hidden areas let go of what they read
        self.transfer = TransferActions(self.session, self.events, self, lambda: let_go(self.areas))
        self.finder = Finder(self)  # Find anything (Ctrl+K)
        self.rep_team = RepTeamActions(data_dir, self.events, self.session, self.statusBar(), self)
        answer_requests(self.events, lambda: self.session.workspace)
        self.setWindowTitle("salescoach")
        place_window(self, data_dir)

        waiting = QCoreApplication.translate("PipelineView", "Opening your pipeline…")
        self.areas = {a.key: LazyArea(a, waiting if a.key == "pipeline" else "") for a in AREAS}
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setStyleSheet("QListWidget::item { padding: 8px 10px; }")
        self.stack = QStackedWidget()
        for area in self.areas.values():
            self.nav.addItem("")  # named by name_navigation
            self.stack.addWidget(area)
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.nav.currentRowChanged.connect(lambda _row: note_activity())  # no backup meanwhile
        self.nav.setCurrentRow(0)
        self.opening = PlainFirstScreen(self.session, self.areas, self.events, self.deals_shown)
        self.alerts = DueAlerts(self, self.events, lambda: self.session.workspace)
        self.alerts.counted.connect(self._show_due)
        self.alerts.failed.connect(self.open_failed)
        self.alerts.clicked.connect(lambda: self._bring_up("followups"))
        self.reminder = ReviewReminder(self.statusBar(), self.events, lambda: self.workspace)
        self.reminder.announced.connect(lambda text: self.statusBar().showMessage(text, 15000))
        self.reminder.clicked.connect(lambda: self._bring_up("review"))
        self.later = WhenIdle(self)  # start-up's reads that can wait for an idle moment
        self.events.area_requested.connect(self.show_area)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.actions_by_id = build_menus(
            self.menuBar(), self, data_dir, self.run_action, lambda: apply_language(self)
        )
        name_navigation(self.nav)
        self.undo = UndoOffer(self.events, self.session, self.statusBar(), self.actions_by_id)
        self._connect_requests()
        self.statusBar().showMessage(self.tr("Opening {path}…").format(path=str(data_dir)))

    def _connect_requests(self) -> None:
        events = self.events
        events.new_deal_requested.connect(lambda: self._call("pipeline", "new_deal"))
        events.demo_requested.connect(lambda: self._call("pipeline", "load_demo"))
        events.import_requested.connect(lambda: self.transfer.open_import())
        events.deal_won.connect(self._deal_won)

    # areas ---------------------------------------------------------------------------
    @property
    def workspace(self) -> Workspace | None:
        return self.session.workspace

    def show_area(self, key: str) -> None:
        self.nav.setCurrentRow(list(self.areas).index(key))

    def view(self, key: str) -> Any:
        """The view of the area `key` (made now if need be; the data must be open)."""
        return self.areas[key].widget()

    def action(self, action_id: str) -> QAction:
        return self.actions_by_id[action_id]

    def __getattr__(self, name: str) -> Any:
        """`window.pipeline` (an area's view), `window.pipeline_area`, `window.won_action`:
        by key, for tests and tools that drive the window."""
        areas = self.__dict__.get("areas", {})
        if name in areas:
            return self.view(name)
        if name.endswith("_area") and name[: -len("_area")] in areas:
            return areas[name[: -len("_area")]]
        if name.endswith("_action") and name[: -len("_action")] in self.__dict__.get(
            "actions_by_id", {}
        ):
            return self.actions_by_id[name[: -len("_action")]]
        raise AttributeError(name)

    def run_action(self, entry: MenuAction) -> None:
        """A menu entry or its shortcut was triggered (see `shell.menus.ACTIONS`)."""
        if entry.target in self.areas:
            if entry.show_area:
                self.show_area(entry.target)
            if entry.handler:
                self._call(entry.target, entry.handler, show=entry.show_area)
            return
        helpers = {"window": self, "transfer": self.transfer, "backups": self.backups,
                   "help": HelpActions(self, self.data_dir), "finder": self.finder,
                   "undo": self.undo, "rep_team": self.rep_team,
                   "team": TeamViewOpener(self, self.data_dir)}  # fmt: skip
        getattr(helpers[entry.target], entry.handler)()

    def _call(self, key: str, method: str, show: bool = True) -> None:
        if self.session.workspace is None:  # still opening: nothing to act on yet
            return
        if show:
            self.show_area(key)
        getattr(self.view(key), method)()

    # the data ------------------------------------------------------------------------
    def open_workspace(self) -> None:
        """Open the data off the GUI thread (the deals read with it), then show them."""
        self.opening.open()

    def _opened(self, rows: DealsIndex) -> None:
        workspace = self.session.workspace
        assert workspace is not None
        if not open_areas(self.areas, workspace, self.events, rows):  # not shown before
            self.deals_shown.emit()
        warm_up(self.areas, self.transfer.import_dialogs)
        if rows.stored is None:
            self._all_read()
        else:  # the first screen is shown: now every deal
            self.view("pipeline").read_the_rest(self._all_read)

    def _all_read(self) -> None:
        workspace = self.session.workspace
        if workspace is None:  # closed meanwhile
            return
        self.alerts.count(notify=True)
        # Run at once, they held the rep's first keystrokes in the filter up to 90 ms (the
        # integrity check keeps a core busy for seconds on a large file).
        for read in (self.reminder.check, self._read_touch_value, self.backups.check_and_back_up):
            self.later.add(once(read))
        self.statusBar().showMessage(
            self.tr("Data folder: {path}").format(path=str(workspace.data_dir)), 8000
        )
        self.ready.emit()

    def _read_touch_value(self) -> None:
        """What a touch is worth, for the status bar when one is logged (the service keeps it)."""
        if (workspace := self.session.workspace) is not None:
            run_in_background(workspace.numbers.touch_value, lambda _v: None, lambda _e: None)

    def _data_closed(self) -> None:
        self.later.clear()
        for area in self.areas.values():  # their views hold the workspace: made again
            area.close_data()

    def open_failed(self, error: BaseException) -> None:
        """Opening or reading the data failed: say so (damage: offer the latest backup)."""
        self.opening.forget()
        if isinstance(error, UpgradeFailedError) and offer_usable_copy(self, self.data_dir, error):
            self.open_workspace()
            return
        if isinstance(error, DamagedDatabaseError) and self.backups.latest() is not None:
            self.backups.checked(False)
            return
        if not isinstance(error, UserError):
            raise error
        show_error(self, self.tr("Cannot open your data"), error)
        self.close()

    # what the areas say --------------------------------------------------------------
    def _say(self, text: str) -> None:
        self.statusBar().showMessage(text, 6000)

    def _show_due(self, due: int) -> None:
        i = list(self.areas).index("followups")
        name = area_title(AREAS[i])
        self.nav.item(i).setText(f"{name} ({due})" if due else name)

    def _bring_up(self, key: str) -> None:
        self.showNormal()
        self.raise_()
        self.activateWindow()
        self.show_area(key)

    @cached_property
    def celebrator(self) -> Celebrator:
        """The bell and the note shown on a win (made on the first win)."""
        from salescoach.ui.progress.celebration import Celebrator

        return Celebrator(self, self.data_dir)

    def _deal_won(self, row: DealRow) -> None:
        if self.session.workspace is not None:
            self.celebrator.celebrate(self.session.workspace, row)

    def closeEvent(self, event: QCloseEvent) -> None:
        remember_window(self, self.data_dir)
        self.session.shut()
        super().closeEvent(event)
