"""Help › Guide: the method, the six questions, the cheat sheet, the areas and every
shortcut of the menus, offline, in the interface's language, from files in resources/."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QTextBrowser, QWidget

from salescoach.domain.debrief import CHEAT_SHEET, QUESTIONS
from salescoach.ui.shell.guide import SHORTCUTS_MARK, guide_path
from salescoach.ui.shell.main_window import MainWindow
from salescoach.ui.shell.menus import ACTIONS
from tests.conftest import on_next_modal

ROOT = Path(__file__).resolve().parents[3]


def _read_guide(qtbot, data_dir: Path) -> str:
    """Open Help › Guide from the menu bar as the rep would; the text it shows."""
    w = MainWindow(data_dir)
    qtbot.addWidget(w)
    w.show()
    shown: list[str] = []

    def read(dialog: QWidget) -> None:
        browser = dialog.findChild(QTextBrowser, "guideBrowser")
        assert browser is not None
        shown.append(browser.toPlainText())

    on_next_modal(read)
    w.actions_by_id["guide"].trigger()
    w.close()
    assert shown, "Help › Guide opened no dialog"
    return shown[0]


def _plain(title: str) -> str:
    return title.replace("&", "").rstrip("…")


def _same_spaces(text: str) -> str:
    """The browser shows a no-break space (French "?", ":") as a plain one."""
    return text.replace("\u00a0", " ").replace("\u202f", " ")


def _check(text: str) -> None:
    text = _same_spaces(text)
    for q in QUESTIONS:
        assert _same_spaces(QCoreApplication.translate("Debrief", q.text)) in text, q.number
    for point in CHEAT_SHEET:
        assert _same_spaces(QCoreApplication.translate("Debrief", point)) in text, point
    for entry in ACTIONS:
        if entry.shortcut is None:
            continue
        if isinstance(entry.shortcut, QKeySequence.StandardKey):
            bindings = QKeySequence.keyBindings(entry.shortcut)
        else:
            bindings = [QKeySequence(entry.shortcut)]
        native = QKeySequence.SequenceFormat.NativeText
        if bindings:  # the first, as the menu shows it
            assert bindings[0].toString(native) in text, entry.id
        if bindings and entry.menu != "go":
            assert _plain(QCoreApplication.translate("MainWindow", entry.title)) in text


def test_the_guide_opens_in_english(qtbot, data_dir: Path) -> None:
    text = _read_guide(qtbot, data_dir)
    assert "The six questions" in text
    assert "Did you talk to the right decision makers?" in text
    assert "Ctrl+T" in text and "Log a touch" in text
    _check(text)


def test_the_guide_opens_in_french(qtbot, french_ui, data_dir: Path) -> None:
    text = _read_guide(qtbot, data_dir)
    assert "Les six questions" in text
    assert "Avez-vous parlé aux bons décideurs" in text
    assert "Noter un échange" in text or "Ctrl+T" in text
    _check(text)


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_guide_files_are_shipped_for_each_language(language: str) -> None:
    path = guide_path(language)
    assert path == ROOT / "resources" / "guide" / f"guide-{language}.html"
    page = path.read_text(encoding="utf-8")
    # The shortcuts are filled in from the menus table, so they never go stale.
    assert page.count(SHORTCUTS_MARK) == 1
    assert page.count("<li>") >= 6 + 6 + 5  # the questions, the cheat sheet, the areas
