"""Find anything (Ctrl+K): one box searching deals, accounts, people, touch notes and
debriefs as you type, results grouped by kind; Enter shows the record in its area.

The search runs on a worker (the threading rule) against the store's full-text index; a
keystroke's results arriving after a later keystroke's are dropped. The record chosen is
asked for through the events hub (`RecordRequest`), and `Finder.show` hands it to the area
that owns it: the Pipeline selects a deal (or a touch's deal), the Debriefs area opens a
debrief, the accounts dialog opens at an account or a person.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from salescoach.domain.messages import QT_TRANSLATE_NOOP
from salescoach.domain.search import HitKind, SearchHit, fts_query
from salescoach.ui.common.dialogs import report_failure
from salescoach.ui.common.worker import run_in_background

if TYPE_CHECKING:
    from salescoach.services.search import SearchService

GROUPS = {
    HitKind.DEAL: QT_TRANSLATE_NOOP("FindDialog", "Deals"),
    HitKind.ACCOUNT: QT_TRANSLATE_NOOP("FindDialog", "Accounts"),
    HitKind.CONTACT: QT_TRANSLATE_NOOP("FindDialog", "People"),
    HitKind.TOUCH: QT_TRANSLATE_NOOP("FindDialog", "Touch notes"),
    HitKind.DEBRIEF: QT_TRANSLATE_NOOP("FindDialog", "Debriefs"),
}
HIT = Qt.ItemDataRole.UserRole


class FindDialog(QDialog):
    """The search box and its grouped results; `chosen` is the hit picked with Enter."""

    results_shown = Signal(str)  # the text whose results are now on screen

    def __init__(self, search: SearchService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findDialog")
        self.setWindowTitle(self.tr("Find anything"))
        self.resize(560, 460)
        self._search = search
        self._asked = 0  # the latest search started: older answers are dropped
        self.chosen: SearchHit | None = None
        self.box = QLineEdit()
        self.box.setObjectName("findBox")
        self.box.setPlaceholderText(self.tr("Deals, accounts, people, notes, debriefs…"))
        self.box.setClearButtonEnabled(True)
        self.box.textChanged.connect(self._typed)
        self.box.installEventFilter(self)
        self.results = QTreeWidget()
        self.results.setObjectName("findResults")
        self.results.setHeaderHidden(True)
        self.results.setRootIsDecorated(False)
        self.results.itemActivated.connect(lambda item, _col: self._choose(item))
        self.note = QLabel(self.tr("Type a few letters of any word: accents and case ignored."))
        self.note.setObjectName("findNote")
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.box)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.note)
        self.box.setFocus()  # type straight away
        # Closed: answers still on their way find no widget to fill (it is deleted).
        self.finished.connect(lambda _result: setattr(self, "_asked", -1))

    def _typed(self, text: str) -> None:
        self._asked += 1
        asked, search = self._asked, self._search
        failed = report_failure(self, self.tr("Cannot search"))
        run_in_background(
            lambda: search.find(text), lambda hits: self._show(asked, text, hits), failed
        )

    def _show(self, asked: int, text: str, hits: list[SearchHit]) -> None:
        if asked != self._asked:
            return  # a later keystroke's search is on its way, or the dialog is closed
        self.results.clear()
        groups: dict[HitKind, QTreeWidgetItem] = {}
        for hit in hits:
            if hit.kind not in groups:
                group = QTreeWidgetItem(
                    self.results, [QCoreApplication.translate("FindDialog", GROUPS[hit.kind])]
                )
                group.setFlags(Qt.ItemFlag.ItemIsEnabled)  # a heading: not selectable
                font = group.font(0)
                font.setBold(True)
                group.setFont(0, font)
                groups[hit.kind] = group
            line = f"{hit.title} — {hit.detail}" if hit.detail else hit.title
            item = QTreeWidgetItem(groups[hit.kind], [line])
            item.setData(0, HIT, hit)
            item.setToolTip(0, line)
        self.results.expandAll()
        first = next(iter(groups.values()), None)
        if first is not None:
            self.results.setCurrentItem(first.child(0))
        if not text.strip():
            self.note.setText(self.tr("Type a few letters of any word: accents and case ignored."))
        elif fts_query(text) is None:
            self.note.setText(self.tr("Type at least two letters."))
        elif not hits:
            self.note.setText(self.tr("Nothing matches “{text}”.").format(text=text.strip()))
        else:
            self.note.setText(self.tr("Enter shows the selected record; ↑ and ↓ move."))
        self.results_shown.emit(text)

    def eventFilter(self, watched: QObject, event: object) -> bool:
        """Up, Down and Enter in the box act on the results: the hands stay on the keys."""
        pressed = isinstance(event, QKeyEvent) and event.type() == QKeyEvent.Type.KeyPress
        if watched is self.box and pressed:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                self._move(1 if key == Qt.Key.Key_Down else -1)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                item = self.results.currentItem()
                if item is not None:
                    self._choose(item)
                return True
        return super().eventFilter(watched, event)

    def _move(self, step: int) -> None:
        items = [i for i in self._items() if i.data(0, HIT) is not None]
        if not items:
            return
        current = self.results.currentItem()
        at = items.index(current) if current in items else -1
        self.results.setCurrentItem(items[max(0, min(len(items) - 1, at + step))])

    def _items(self) -> list[QTreeWidgetItem]:
        top = (self.results.topLevelItem(i) for i in range(self.results.topLevelItemCount()))
        return [g.child(j) for g in top if g is not None for j in range(g.childCount())]

    def _choose(self, item: QTreeWidgetItem) -> None:
        hit = item.data(0, HIT)
        if isinstance(hit, SearchHit):
            self.chosen = hit
            self.accept()
