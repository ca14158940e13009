"""Pick one contact among thousands by typing part of a name or company."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from salescoach.domain.rows import ContactRow

SEARCH_DELAY_MS = 120
MATCHES_SHOWN = 20


def contact_text(c: ContactRow) -> str:
    return f"{c.full_name} ({c.account})" if c.account else c.full_name


class ContactPicker(QLineEdit):
    """A line edit that suggests matching contacts as the rep types; `contact_id` is the
    one picked (None while the text names nobody)."""

    picked = Signal()

    def __init__(
        self,
        search: Callable[[str], list[ContactRow]],
        describe: Callable[[uuid.UUID], ContactRow | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._search = search
        self._describe = describe
        self._matches: dict[str, uuid.UUID] = {}
        self.contact_id: uuid.UUID | None = None
        self._model = QStringListModel(self)
        completer = QCompleter(self._model, self)
        # The list is already the search result: show it all, whatever the case or accents.
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.activated.connect(self._chosen)
        self.setCompleter(completer)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search_now)
        self.textEdited.connect(self._typed)

    def _typed(self, text: str) -> None:
        if self.contact_id is not None and self._matches.get(text) != self.contact_id:
            self.contact_id = None  # the text no longer names the one picked
            self.picked.emit()
        self._timer.start()

    def search_now(self) -> None:
        """Offer the contacts matching what is typed."""
        self._timer.stop()
        text = self.text().strip()
        found = self._search(text) if text else []
        self._matches = {contact_text(c): c.id for c in found[:MATCHES_SHOWN]}
        self._model.setStringList(list(self._matches))
        if self._matches and self.hasFocus():
            self.completer().complete()

    def _chosen(self, text: str) -> None:
        self.contact_id = self._matches.get(text)
        self.picked.emit()

    def set_contact(self, contact_id: uuid.UUID | None) -> None:
        """Show `contact_id` as picked (None clears the field)."""
        row = self._describe(contact_id) if contact_id is not None else None
        self.contact_id = row.id if row is not None else None
        text = contact_text(row) if row is not None else ""
        self._matches = {text: row.id} if row is not None else {}
        self.setText(text)
