"""Help › Keyboard shortcuts: every key of the menus table (`shell.menus.ACTIONS`) and those
that work only in one place (a table, a dialog), in the language of the interface."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from salescoach.domain.messages import QT_TRANSLATE_NOOP
from salescoach.ui.shell.areas import AREAS, area_title
from salescoach.ui.shell.menus import ACTIONS, MENUS

translate = QCoreApplication.translate

# Keys that act where the focus is, not from the whole window (their place, what they do).
WIDGET_KEYS: tuple[tuple[str, str, QKeySequence.StandardKey | str], ...] = (
    (QT_TRANSLATE_NOOP("Shortcuts", "Deals table"), QT_TRANSLATE_NOOP("Shortcuts", "Open the deal"),
     "Return"),
    (QT_TRANSLATE_NOOP("Shortcuts", "Deals table"),
     QT_TRANSLATE_NOOP("Shortcuts", "Delete the deal"), QKeySequence.StandardKey.Delete),
    (QT_TRANSLATE_NOOP("Shortcuts", "Touches of a deal"),
     QT_TRANSLATE_NOOP("Shortcuts", "Delete the touch"), QKeySequence.StandardKey.Delete),
    (QT_TRANSLATE_NOOP("Shortcuts", "Any table"),
     QT_TRANSLATE_NOOP("Shortcuts", "Go to the next field"), "Tab"),
    (QT_TRANSLATE_NOOP("Shortcuts", "Accounts and contacts"),
     QT_TRANSLATE_NOOP("Shortcuts", "New account"), QKeySequence.StandardKey.New),
    (QT_TRANSLATE_NOOP("Shortcuts", "Accounts and contacts"),
     QT_TRANSLATE_NOOP("Shortcuts", "Save the form being typed in"), QKeySequence.StandardKey.Save),
    (QT_TRANSLATE_NOOP("Shortcuts", "Debrief"),
     QT_TRANSLATE_NOOP("Shortcuts", "Next step"), "Ctrl+PgDown"),
    (QT_TRANSLATE_NOOP("Shortcuts", "Debrief"),
     QT_TRANSLATE_NOOP("Shortcuts", "Finish the debrief"), "Ctrl+Return"),
)  # fmt: skip


def shortcut_rows() -> list[tuple[str, str, str]]:
    """(where, what, keys) for every shortcut: the menus' first, then the local ones."""
    rows = []
    for entry in ACTIONS:
        if entry.shortcut is None:
            continue
        if entry.menu == "go":
            title = area_title(next(a for a in AREAS if a.key == entry.target))
        else:
            title = translate("MainWindow", entry.title)
        menu = translate("MainWindow", MENUS[entry.menu]).replace("&", "")
        keys = QKeySequence(entry.shortcut).toString(QKeySequence.SequenceFormat.NativeText)
        if keys:  # a standard key this platform has none for
            rows.append((menu, title.replace("&", "").rstrip("…"), keys))
    for where, what, key in WIDGET_KEYS:
        keys = QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)
        rows.append((translate("Shortcuts", where), translate("Shortcuts", what), keys))
    return rows


class ShortcutsDialog(QDialog):
    """A read-only table of the keyboard shortcuts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = shortcut_rows()
        table = QTableWidget(len(rows), 3)
        table.setObjectName("shortcutsTable")
        table.setHorizontalHeaderLabels([self.tr("Where"), self.tr("What"), self.tr("Keys")])
        for r, texts in enumerate(rows):
            for c, text in enumerate(texts):
                table.setItem(r, c, QTableWidgetItem(text))
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setTabKeyNavigation(False)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(table)
        layout.addWidget(close)
        self.resize(560, 520)
        table.setFocus(Qt.FocusReason.OtherFocusReason)
