"""The dialogs reached from menus rather than from an area's buttons: settings, help, Find
anything, the team pages of a laptop not in a team, the writing coach, and the question
asked before typed changes are thrown away. Part of the tour in scenes.py."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

if TYPE_CHECKING:
    from salescoach.ui.shell.main_window import MainWindow

Visit = Callable[[str, QWidget], None]
Show = Callable[[QApplication, str, QDialog, tuple[int, int], Visit], None]
Settle = Callable[..., None]


def other_dialogs(
    app: QApplication,
    window: MainWindow,
    size: tuple[int, int],
    visit: Visit,
    show: Show,
    settle: Settle,
) -> None:
    """Each dialog shown by `show` (sized for the screen), then closed unchanged."""
    from salescoach.domain.templates import Moment
    from salescoach.services.commission import CommissionService
    from salescoach.ui.common.png_export import PngSizeDialog
    from salescoach.ui.numbers.commission_dialog import CommissionDialog
    from salescoach.ui.numbers.currency_dialog import CurrencyDialog
    from salescoach.ui.pipeline.chances_dialog import ChancesDialog
    from salescoach.ui.shell.guide import GuideDialog
    from salescoach.ui.shell.shortcuts_dialog import ShortcutsDialog
    from salescoach.ui.team.conflicts import ConflictsDialog
    from salescoach.ui.team.settings_page import TeamSettingsDialog
    from salescoach.ui.writing.composer import ComposerDialog

    ws = window.workspace
    deal = window.pipeline.current_deal()
    assert ws is not None and deal is not None
    dialogs: list[tuple[str, QDialog]] = [
        ("chances", ChancesDialog(ws.forecast.probabilities(), window)),
        ("commission", CommissionDialog(CommissionService(ws.store), window)),
        ("currency", CurrencyDialog(ws, window)),
        ("png-size", PngSizeDialog(1600, 900, window)),
        ("shortcuts", ShortcutsDialog(window)),
        ("guide", GuideDialog(window)),
        ("team-settings", TeamSettingsDialog(window.rep_team.sync, window)),
        ("team-conflicts", ConflictsDialog(ws.data_dir, window)),
    ]
    for name, dialog in dialogs:
        show(app, name, dialog, size, visit)
    recipient = ws.writing.recipient(deal.id)
    composer = ComposerDialog(ws, window.events, recipient, Moment.ASK_WHY, window)
    show(app, "composer", composer, size, visit)
    _find(app, window, size, visit, show, settle)
    _discard_question(app, window, visit, settle)


def _find(
    app: QApplication, window: MainWindow, size: tuple[int, int], visit: Visit, show: Show,
    settle: Settle,
) -> None:  # fmt: skip
    """Find anything (Ctrl+K) with a word typed and its results grouped by kind."""
    from salescoach.ui.shell.find_dialog import FindDialog

    assert window.workspace is not None
    find = FindDialog(window.workspace.search, window)
    shown: list[str] = []
    find.results_shown.connect(shown.append)
    find.box.setText("logiciel")
    while not shown:
        settle(app, 0.05)
    show(app, "find", find, size, visit)


def _discard_question(app: QApplication, window: MainWindow, visit: Visit, settle: Settle) -> None:
    """The deal editor with a changed title, closed: "Discard your changes?"."""
    from salescoach.ui.pipeline.deal_editor import DealEditor

    ws, deal = window.workspace, window.pipeline.current_deal()
    assert ws is not None and deal is not None
    editor = DealEditor(ws.pipeline, deal.id, parent=window)
    editor.show()
    settle(app)
    editor.title.setText(deal.title + " (2)")

    def answer() -> None:
        question = QApplication.activeModalWidget()
        if question is None or question is editor:
            QTimer.singleShot(20, answer)
            return
        settle(app, 0.1)
        visit("discard", question)
        question.findChild(QWidget, "keepEditingButton").click()  # type: ignore[union-attr]

    QTimer.singleShot(0, answer)
    editor.reject()  # asks, and stays open: Keep editing
    editor.keep_as_is()  # the demo data stays as it was
    editor.reject()
    editor.deleteLater()
