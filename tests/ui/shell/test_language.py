"""Settings › Language applies at once, in every area, without a restart."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMenu, QPushButton, QToolButton

from salescoach.ui.common.i18n import install_translators
from salescoach.ui.shell.main_window import MainWindow
from tests.ui.conftest import main_window


@pytest.fixture
def window(qtbot, workspace, data_dir: Path) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    from salescoach.domain.deals import DealDraft

    workspace.pipeline.save_deal(DealDraft(title="Audit", amount_cents=100_000))
    workspace.close()
    with main_window(qtbot, data_dir) as w:
        yield w
    install_translators("en")  # the other tests' language


def _choose(window: MainWindow, label: str) -> None:
    languages = next(
        m for m in window.menuBar().findChildren(QMenu) if m.title() in ("&Language", "&Langue")
    )
    next(a for a in languages.actions() if a.text() == label).trigger()


def _new_deal_text(window: MainWindow) -> str:
    return window.pipeline.findChild(QPushButton, "newDealButton").text()


def test_choosing_french_translates_the_open_window_at_once(qtbot, window: MainWindow) -> None:
    window.show_area("progress")
    qtbot.waitUntil(lambda: window.progress_area.built)
    assert _new_deal_text(window) == "&New deal"
    _choose(window, "Français")
    qtbot.waitUntil(lambda: _new_deal_text(window) == "&Nouvelle affaire", timeout=10_000)
    assert window.menuBar().actions()[0].text() == "&Fichier"
    assert window.nav.item(4).text() == "Chiffres"
    assert window.nav.currentRow() == 2  # still where the rep was
    assert window.progress_area.built  # the open area made again, in French
    assert window.progress.findChild(QToolButton, "group_quarter").text() == "Trimestre"
    # One action per shortcut: the old menus' went with them.
    assert window.won_action.text() == "Marquer &gagnée"
    assert (Path(window.data_dir) / "settings.ini").read_text().count("language=fr") == 1

    _choose(window, "English")
    qtbot.waitUntil(lambda: _new_deal_text(window) == "&New deal", timeout=10_000)
    assert window.nav.item(4).text() == "Numbers"
