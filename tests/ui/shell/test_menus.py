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
