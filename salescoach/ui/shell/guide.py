"""Help › Guide: the method, the areas and the shortcuts, offline, in the UI's language.

The text is a page per language shipped in resources/guide/; its shortcuts section is made
here from the menus table, so that it never lists a key the menus no longer have.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from salescoach.resources import resources_dir
from salescoach.ui.shell.areas import AREAS, area_title
from salescoach.ui.shell.menus import ACTIONS, MENUS, MenuAction

SHORTCUTS_MARK = "<!-- shortcuts -->"


def guide_language() -> str:
    """The language the interface speaks now (the guide exists in French and English)."""
    return "fr" if QLocale().language() == QLocale.Language.French else "en"


def guide_path(language: str) -> Path:
    return resources_dir() / "guide" / f"guide-{language}.html"


def _plain(title: str) -> str:
    """A menu title as read in the guide: no mnemonic, no ellipsis."""
    return title.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def keys_text(entry: MenuAction) -> str:
    """The keys of an entry as this platform writes them and its menu shows them ("" when it
    has none: a standard key such as Quit may have no binding on some desktops)."""
    if entry.shortcut is None:
        return ""
    if isinstance(entry.shortcut, QKeySequence.StandardKey):
        bindings = QKeySequence.keyBindings(entry.shortcut)
    else:
        bindings = [QKeySequence(entry.shortcut)]
    # The first binding is the one the menu shows (New also has a "New" key on some keyboards).
    keys = [k for k in bindings if not k.isEmpty()]
    return keys[0].toString(QKeySequence.SequenceFormat.NativeText) if keys else ""


def shortcut_rows() -> list[tuple[str, str, str]]:
    """(menu, entry, keys) for every entry of the menus table that has a shortcut."""
    return [
        (
            _plain(QCoreApplication.translate("MainWindow", MENUS[entry.menu])),
            _plain(_title(entry)),
            keys,
        )
        for entry in ACTIONS
        if (keys := keys_text(entry))
    ]


def _title(entry: MenuAction) -> str:
    if entry.menu == "go":
        return area_title(next(a for a in AREAS if a.key == entry.target))
    return QCoreApplication.translate("MainWindow", entry.title)


def shortcuts_html() -> str:
    cells = "".join(
        f"<tr><td>{html.escape(menu)}</td><td>{html.escape(title)}</td>"
        f"<td><b>{html.escape(keys)}</b></td></tr>"
        for menu, title, keys in shortcut_rows()
    )
    return f"<table cellpadding='4'>{cells}</table>"


def guide_html(language: str) -> str:
    """The guide's page with its shortcuts filled in."""
    page = guide_path(language).read_text(encoding="utf-8")
    return page.replace(SHORTCUTS_MARK, shortcuts_html())


class GuideDialog(QDialog):
    """The guide in a browser that follows its own links (no network)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guideDialog")
        self.setWindowTitle(self.tr("salescoach guide"))
        self.browser = QTextBrowser()
        self.browser.setObjectName("guideBrowser")
        self.browser.setOpenExternalLinks(False)
        self.browser.setHtml(guide_html(guide_language()))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(720, 540)  # fits a 1024x600 screen with its title bar
