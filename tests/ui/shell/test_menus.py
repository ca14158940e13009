"""The menus and shortcuts, declared in one table: no key does two things, no Alt+letter
reaches two places, in English or in French."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractButton, QLabel, QMenu, QWidget

from salescoach.domain.deals import DealDraft
from salescoach.domain.enums import DealStatus
from salescoach.services.workspace import open_workspace
from salescoach.ui.common.i18n import install_translators
from salescoach.ui.shell.main_window import MainWindow
from salescoach.ui.shell.menus import ACTIONS


def _mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&])", text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def _clashes(texts: list[str]) -> dict[str, int]:
    letters = Counter(m for m in map(_mnemonic, texts) if m)
    return {letter: n for letter, n in letters.items() if n > 1}


@pytest.fixture(params=["en", "fr"])
def window(request, qtbot, data_dir: Path) -> Iterator[MainWindow]:
    """The window on a lost deal still to debrief (the Pipeline's button says so)."""
    ws = open_workspace(data_dir)
    ws.pipeline.save_deal(
        DealDraft("Audit", "Cabinet Moreau", status=DealStatus.LOST, closed_on=dt.date.today())
    )
    ws.close()
    install_translators(request.param)
    w = MainWindow(data_dir)
    qtbot.addWidget(w)
    w.show()
    with qtbot.waitSignal(w.ready, timeout=10_000):
        w.open_workspace()
    w.pipeline.table.selectRow(0)
    yield w
    w.close()
    install_translators("en")


def test_the_table_gives_each_shortcut_one_action() -> None:
    keys = [QKeySequence(a.shortcut).toString() for a in ACTIONS if a.shortcut is not None]
    assert len(keys) == len(set(keys)) and len(keys) >= 10
    assert len({a.id for a in ACTIONS}) == len(ACTIONS)


def test_no_window_shortcut_does_two_things(window: MainWindow) -> None:
    keys = [
        a.shortcut().toString()
        for a in window.findChildren(QAction)
        if not a.shortcut().isEmpty() and a.shortcutContext() == Qt.ShortcutContext.WindowShortcut
    ]
    assert "Ctrl+L" in keys and "Ctrl+5" in keys
    assert [k for k, n in Counter(keys).items() if n > 1] == []


def test_no_mnemonic_twice_in_a_menu(window: MainWindow) -> None:
    bar = window.menuBar()
    assert _clashes([a.text() for a in bar.actions()]) == {}
    menus = [m for m in window.findChildren(QMenu) if m.actions()]
    assert len(menus) >= 5  # File, Go, Settings, Language, Help
    for menu in menus:
        texts = [a.text() for a in menu.actions() if not a.isSeparator()]
        assert _clashes(texts) == {}, f"{menu.title()}: {texts}"


def test_no_mnemonic_reaches_two_places_in_an_area(qtbot, window: MainWindow) -> None:
    """The menu bar's Alt+letters and those of the buttons and labels on screen."""
    menus = [a.text() for a in window.menuBar().actions()]
    for row in range(window.nav.count()):
        window.nav.setCurrentRow(row)
        area = window.stack.currentWidget()
        qtbot.waitUntil(lambda area=area: area.built)
        shown = [
            w.text()
            for w in area.findChildren(QWidget)
            if isinstance(w, QAbstractButton | QLabel) and w.isVisible() and "&" in w.text()
        ]
        assert _clashes(menus + shown) == {}, f"{window.nav.item(row).text()}: {shown}"


@pytest.mark.parametrize("language", ["en", "fr"])
def test_no_mnemonic_reaches_two_places_in_a_dialog(qtbot, workspace, language: str) -> None:
    """Each dialog's Alt+letters (labels and buttons), in English and in French."""
    import uuid

    from salescoach.ui.accounts.dialog import AccountsDialog
    from salescoach.ui.common.touch_dialog import TouchDialog
    from salescoach.ui.followups.dialogs import (
        CadenceDialog,
        ReferralDialog,
        SnoozeDialog,
        ThanksDialog,
    )
    from salescoach.ui.pipeline.deal_editor import DealEditor
    from salescoach.ui.progress.goal_dialog import GoalDialog

    install_translators(language)
    try:
        ws, some = workspace, uuid.uuid4()
        dialogs = [
            DealEditor(ws.pipeline),
            AccountsDialog(ws.pipeline),
            TouchDialog(ws.pipeline, None, "Audit"),
            GoalDialog(ws.progress, 2026, "EUR"),
            CadenceDialog(ws.followups, ws.pipeline),
            SnoozeDialog(ws.followups, some, "Claire"),
            ThanksDialog(ws.followups, some, "Claire"),
            ReferralDialog(ws.followups, ws.pipeline),
        ]
        for dialog in dialogs:
            qtbot.addWidget(dialog)
            dialog.show()
            shown = [
                w.text()
                for w in dialog.findChildren(QWidget)
                if isinstance(w, QAbstractButton | QLabel) and w.isVisible() and "&" in w.text()
            ]
            assert len(shown) >= 1, dialog.objectName()
            assert _clashes(shown) == {}, f"{dialog.objectName()}: {shown}"
    finally:
        install_translators("en")


@pytest.mark.parametrize("language", ["en", "fr"])
def test_help_lists_every_shortcut(qtbot, window: MainWindow, language: str) -> None:
    from salescoach.ui.shell.shortcuts_dialog import ShortcutsDialog

    install_translators(language)
    try:
        dialog = ShortcutsDialog(window)
        qtbot.addWidget(dialog)
        table = dialog.findChild(QWidget, "shortcutsTable")
        rows = [tuple(table.item(r, c).text() for c in range(3)) for r in range(table.rowCount())]
        native = QKeySequence.SequenceFormat.NativeText  # "Ctrl+Maj+Z" in French
        menu_keys = {
            QKeySequence(a.shortcut).toString(native) for a in ACTIONS if a.shortcut is not None
        }
        local = {QKeySequence(k).toString(native) for k in ("Del", "Return", "Tab")}
    finally:
        install_translators("en")
    keys = {k for *_, k in rows}
    assert menu_keys - {""} <= keys and local <= keys
    undo = next(r for r in rows if r[2] == "Ctrl+Z")
    assert undo[1] == ("Annuler" if language == "fr" else "Undo")


def test_every_menu_action_has_its_own_id() -> None:
    """Two entries with one id: the window's `action(id)` reached only one of them (Find
    anything and Filter the deals were both "find" once merged)."""
    from collections import Counter

    from salescoach.ui.shell.menus import ACTIONS

    assert [i for i, n in Counter(a.id for a in ACTIONS).items() if n > 1] == []
