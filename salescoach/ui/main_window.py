"""The main window: navigation between the app's areas, menus, status bar."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from salescoach import __version__
from salescoach.domain.messages import DamagedDatabaseError, UpgradeFailedError, UserError
from salescoach.domain.rows import DealRow
from salescoach.services.collector import keep_for_good
from salescoach.ui.backup_actions import BackupActions
from salescoach.ui.deals_model import DealsIndex, index_deals
from salescoach.ui.dialogs import show_error
from salescoach.ui.due_alerts import DueAlerts
from salescoach.ui.i18n import choose_language, save_language
from salescoach.ui.pipeline_view import PipelineView
from salescoach.ui.sound import set_sound_muted, sound_muted
from salescoach.ui.upgrade_offer import offer_usable_copy
from salescoach.ui.worker import run_in_background, wait_for_background_work

if TYPE_CHECKING:
    from salescoach.services.workspace import Workspace
    from salescoach.ui.celebration import Celebrator
    from salescoach.ui.debriefs_view import DebriefsView
    from salescoach.ui.followups_view import FollowUpsView
    from salescoach.ui.numbers_view import NumbersView
    from salescoach.ui.progress_view import ProgressView


FOLLOW_UPS = 3  # its row in the navigation


CHECK_DELAY_MS = 2000


def _import_charts() -> None:
    import importlib

    importlib.import_module("salescoach.ui.progress_view")
    keep_for_good()  # modules live as long as the process


class LazyArea(QWidget):
    """Holds an area of the window that is built the first time it is shown (or asked for)."""

    def __init__(self, factory: Callable[[], QWidget]) -> None:
        super().__init__()
        self._factory = factory
        self._widget: QWidget | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    @property
    def built(self) -> bool:
        return self._widget is not None

    def widget(self) -> QWidget:
        if self._widget is None:
            self._widget = self._factory()
            self.layout().addWidget(self._widget)
        return self._widget

    def showEvent(self, event: QShowEvent) -> None:
        self.widget()
        super().showEvent(event)


def _placeholder(text: str) -> QWidget:
    label = QLabel(text)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    label.setObjectName("placeholder")
    return label


class MainWindow(QMainWindow):
    """Pipeline, Debriefs, Progress, Follow-ups and Numbers, one at a time."""

    ready = Signal()

    def __init__(self, data_dir: Path) -> None:
        super().__init__()
        self.data_dir = data_dir
        self.workspace: Workspace | None = None
        self.closing = False
        self.backups = BackupActions(self)  # integrity check, daily backup, restore
        self.setWindowTitle("salescoach")
        self.resize(1200, 760)

        self.pipeline = PipelineView()
        self.pipeline.status_message.connect(self._say)
        # Built when first shown: start-up pays only for the Pipeline.
        self.debriefs_area = LazyArea(self._make_debriefs)
        self.followups_area = LazyArea(self._make_followups)
        self.alerts = DueAlerts(self)
        self.alerts.recheck.connect(lambda: self._count_due(notify=True))
        self.alerts.clicked.connect(self._show_followups)
        self.pipeline.touches_changed.connect(self._followups_changed)
        self.numbers_area = LazyArea(self._make_numbers)
        # A debrief changes the deal's state in the table, the lists and the checklist.
        self.pipeline.debriefs_changed.connect(self._debriefs_changed)
        self.pipeline.deals_changed.connect(self._deals_changed)
        # Progress: built (and pyqtgraph imported) when first shown; wins are celebrated.
        self.progress_area = LazyArea(self._make_progress)
        self.pipeline.wins.deal_won.connect(self._deal_won)
        self._celebrator: Celebrator | None = None
        self.pipeline.welcome.import_file.connect(lambda: self.open_import())
        self.areas: list[tuple[str, QWidget]] = [
            (self.tr("Pipeline"), self.pipeline),
            (self.tr("Debriefs"), self.debriefs_area),
            (self.tr("Progress"), self.progress_area),
            (self.tr("Follow-ups"), self.followups_area),
            (self.tr("Numbers"), self.numbers_area),
        ]
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(170)
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setStyleSheet("QListWidget::item { padding: 8px 10px; }")
        self.stack = QStackedWidget()
        for name, widget in self.areas:
            self.nav.addItem(name)
            self.stack.addWidget(widget)
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.nav.setCurrentRow(0)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._build_menus()
        self.statusBar().showMessage(self.tr("Opening {path}…").format(path=str(data_dir)))

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.new_deal_action = self._action(
            file_menu, self.tr("&New deal…"), QKeySequence.StandardKey.New, self._new_deal
        )
        self.log_touch_action = self._action(
            file_menu, self.tr("&Log a touch…"), QKeySequence("Ctrl+T"), self._log_touch
        )
        self.debrief_action = self._action(
            file_menu,
            self.tr("Mark lost and &debrief…"),
            QKeySequence("Ctrl+L"),
            self._debrief,
        )
        self.won_action = self._action(file_menu, self.tr("Mark &won"), None, self._mark_won)
        self._action(
            file_menu,
            self.tr("&Accounts and contacts…"),
            QKeySequence("Ctrl+Shift+A"),
            self.pipeline.open_accounts,
        )
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Import…"), None, lambda: self.open_import())
        self._action(file_menu, self.tr("E&xport…"), None, self.open_export)
        self._action(file_menu, self.tr("&Backups…"), None, self.backups.open_backups)
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.close)

        go_menu = self.menuBar().addMenu(self.tr("&Go"))
        for i, (name, _widget) in enumerate(self.areas):
            self._action(
                go_menu,
                name,
                QKeySequence(f"Ctrl+{i + 1}"),
                lambda _checked=False, i=i: self.nav.setCurrentRow(i),
            )

        settings = self.menuBar().addMenu(self.tr("&Settings"))
        language = settings.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        saved = (
            choose_language(self.data_dir) if (self.data_dir / "settings.ini").exists() else None
        )
        for code, label in (
            (None, self.tr("Follow the system")),
            ("fr", "Français"),
            ("en", "English"),
        ):
            action = QAction(label, self, checkable=True)
            action.setData(code)
            action.setChecked(code == saved if saved else code is None)
            action.triggered.connect(lambda _checked=False, code=code: self._set_language(code))
            group.addAction(action)
            language.addAction(action)

        self.bell_action = QAction(self.tr("Ring a &bell when a deal is won"), self)
        self.bell_action.setCheckable(True)
        self.bell_action.setChecked(not sound_muted(self.data_dir))
        self.bell_action.toggled.connect(lambda on: set_sound_muted(self.data_dir, not on))
        settings.addAction(self.bell_action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self._action(help_menu, self.tr("&About salescoach"), None, self._about)

    def _action(self, menu, text, keys, slot) -> QAction:  # type: ignore[no-untyped-def]
        action = QAction(text, self)
        if keys is not None:
            action.setShortcut(keys)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    # workspace -----------------------------------------------------------------------
    def open_workspace(self) -> None:
        """Open the database off the GUI thread, then show the deals."""
        if self.closing:  # closed before the start-up timer fired: nothing to open
            return

        data_dir, key = self.data_dir, self.pipeline.model.sort_key()

        def work() -> tuple[Workspace, DealsIndex]:
            from salescoach.services.workspace import open_workspace

            ws = open_workspace(data_dir)
            deals = index_deals(ws.pipeline.deal_rows(), *key)
            keep_for_good()  # up to 100,000 rows that live as long as the window
            return ws, deals

        run_in_background(work, self._opened, self.open_failed)
        # The Progress view's modules (pyqtgraph, numpy: ~0.4 s) imported off the GUI thread,
        # so that showing it first does not freeze the window that long; now, while the
        # deals are read, as their C parts hold the interpreter lock up to ~100 ms: once the
        # table is there, that would be a rep's keystroke in the filter waiting.
        run_in_background(_import_charts, lambda _done: None, lambda _error: None)

    @property
    def debriefs(self) -> DebriefsView:
        """The Debriefs view (built on first use)."""
        return cast("DebriefsView", self.debriefs_area.widget())

    def _make_debriefs(self) -> QWidget:
        from salescoach.ui.debriefs_view import DebriefsView

        view = DebriefsView()
        view.status_message.connect(self._say)
        view.debriefs_changed.connect(self._debriefs_changed)
        view.debriefs_changed.connect(self.pipeline.reload)
        if self.workspace is not None:
            view.set_workspace(self.workspace)
        return view

    @property
    def followups(self) -> FollowUpsView:
        """The Follow-ups view (built on first use)."""
        return cast("FollowUpsView", self.followups_area.widget())

    def _make_followups(self) -> QWidget:
        from salescoach.ui.followups_view import FollowUpsView

        view = FollowUpsView()
        view.status_message.connect(self._say)
        view.followups_changed.connect(self._followups_changed)
        if self.workspace is not None:
            view.set_workspace(self.workspace)
        return view

    @property
    def progress(self) -> ProgressView:
        """The Progress view (built on first use)."""
        return cast("ProgressView", self.progress_area.widget())

    def _make_progress(self) -> QWidget:
        from salescoach.ui.progress_view import ProgressView

        view = ProgressView()
        view.status_message.connect(self._say)
        view.add_deal_requested.connect(self._new_deal)
        view.demo_requested.connect(self._load_demo)
        if self.workspace is not None:
            view.set_workspace(self.workspace)
        return view

    @property
    def numbers(self) -> NumbersView:
        """The Numbers view (built on first use)."""
        return cast("NumbersView", self.numbers_area.widget())

    def _make_numbers(self) -> QWidget:
        from salescoach.ui.numbers_view import NumbersView

        view = NumbersView()
        if self.workspace is not None:
            view.set_workspace(self.workspace)
        return view

    def _followups_changed(self) -> None:
        if self.followups_area.built:
            self.followups.mark_stale()
        self._count_due()

    def _count_due(self, notify: bool = False) -> None:
        """Count the follow-ups due (off the GUI thread); show the count on the navigation,
        and in a notification when `notify` (at start, then once a day)."""
        if self.workspace is None:
            return
        followups = self.workspace.followups

        def counted(counts: tuple[int, int]) -> None:
            overdue, today = counts
            item = self.nav.item(FOLLOW_UPS)
            name = self.areas[FOLLOW_UPS][0]
            item.setText(f"{name} ({overdue + today})" if overdue + today else name)
            if notify:
                self.alerts.announce(overdue, today)

        run_in_background(followups.due_counts, counted, self.open_failed)

    def _show_followups(self) -> None:
        self.showNormal()
        self.raise_()
        self.activateWindow()
        self.nav.setCurrentRow(FOLLOW_UPS)

    @property
    def celebrator(self) -> Celebrator:
        """The bell and the note shown on a win (made on the first win)."""
        if self._celebrator is None:
            from salescoach.ui.celebration import Celebrator

            self._celebrator = Celebrator(self, self.data_dir)
        return self._celebrator

    def _deal_won(self, row: DealRow) -> None:
        if self.workspace is not None:
            self.celebrator.celebrate(self.workspace, row)

    def _deals_changed(self) -> None:
        if self.debriefs_area.built:
            self.debriefs.mark_stale()
        if self.workspace is not None:
            self.workspace.numbers.forget()  # the status bar's value of a touch
        if self.numbers_area.built:
            self.numbers.mark_stale()
        if self.progress_area.built:
            self.progress.mark_stale()

    def _say(self, text: str) -> None:
        self.statusBar().showMessage(text, 6000)

    def _opened(self, result: tuple[Workspace, DealsIndex]) -> None:
        self.workspace, rows = result
        self.pipeline.set_workspace(self.workspace, rows)
        if self.debriefs_area.built:
            self.debriefs.set_workspace(self.workspace)
        if self.followups_area.built:
            self.followups.set_workspace(self.workspace)
        if self.numbers_area.built:
            self.numbers.set_workspace(self.workspace)
        if self.progress_area.built:
            self.progress.set_workspace(self.workspace)
        self._debriefs_changed()
        self._count_due(notify=True)
        # What a touch is worth, for the status bar when one is logged (kept by the service).
        run_in_background(self.workspace.numbers.touch_value, lambda _v: None, lambda _e: None)
        # The integrity check keeps a core busy for seconds on a large file: with start-up's
        # own reads, that was three busy threads on a two-core laptop, and the rep's first
        # keystrokes in the filter waited (up to 52 ms for 20 alone). A moment later instead.
        QTimer.singleShot(CHECK_DELAY_MS, self, self.backups.check_and_back_up)
        self.statusBar().showMessage(
            self.tr("Data folder: {path}").format(path=str(self.workspace.data_dir)), 8000
        )
        self.ready.emit()

    def open_failed(self, error: BaseException) -> None:
        """Opening or reading the data failed: say so (damage: offer the latest backup)."""
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

    def _debriefs_changed(self) -> None:
        """Refresh what depends on the debriefs: their list and the open deals' checklist."""
        if self.workspace is None:
            return
        self._deals_changed()
        self._followups_changed()  # a finished debrief sets a stay-in-touch cadence
        run_in_background(
            self.workspace.debriefs.checklist, self.pipeline.set_weak_spots, self.open_failed
        )

    # import and export ---------------------------------------------------------------
    def open_import(self, path: Path | None = None) -> None:
        """Ask for a file (unless given), then import it in the import dialog."""
        if self.workspace is None:
            return
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self,
                self.tr("Import a file"),
                str(Path.home()),
                self.tr(
                    "CRM exports and spreadsheets (*.csv *.txt *.tsv);;"
                    "salescoach JSON export (*.json);;All files (*)"
                ),
            )
            if not chosen:
                return
            path = Path(chosen)
        from salescoach.ui.import_dialog import ImportDialog

        dialog = ImportDialog(self.workspace, path, self)
        dialog.exec()
        dialog.deleteLater()  # it holds the whole file: not kept as the window's child
        if dialog.changed:
            self.pipeline.reload()
            self._debriefs_changed()  # the deals' debrief states and the follow-ups too
            if dialog.result is not None:
                self._say(
                    self.tr("%n deal(s) imported from {file}.", "", dialog.result.deals).format(
                        file=path.name
                    )
                )

    def open_export(self) -> None:
        if self.workspace is None:
            return
        from salescoach.ui.export_dialog import ExportDialog

        dialog = ExportDialog(self.workspace, self)
        dialog.exec()
        dialog.deleteLater()

    # actions -------------------------------------------------------------------------
    def _new_deal(self) -> None:
        self.nav.setCurrentRow(0)
        self.pipeline.new_deal()

    def _log_touch(self) -> None:
        self.nav.setCurrentRow(0)
        self.pipeline.log_touch()

    def _debrief(self) -> None:
        self.nav.setCurrentRow(0)
        self.pipeline.debrief_deal()

    def _mark_won(self) -> None:
        self.nav.setCurrentRow(0)
        self.pipeline.wins.mark_won()

    def _load_demo(self) -> None:
        self.nav.setCurrentRow(0)
        self.pipeline.load_demo()

    def _set_language(self, code: str | None) -> None:
        save_language(self.data_dir, code)
        QMessageBox.information(
            self,
            self.tr("Language"),
            self.tr("The new language will be used the next time you open salescoach."),
        )

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About salescoach"),
            self.tr(
                "salescoach {version}\n\nTurn every no into learning, referrals and "
                "follow-ups.\n\nData folder: {path}"
            ).format(version=__version__, path=str(self.data_dir)),
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closing = True
        wait_for_background_work()
        if self.workspace is not None:
            self.workspace.close()
            self.workspace = None
        super().closeEvent(event)
