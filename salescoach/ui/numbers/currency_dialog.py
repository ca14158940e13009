"""Settings › Main currency: the currency every figure is in (deals in others are counted
apart, never converted); by default the one most of the deals are in."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from salescoach.domain.enums import CURRENCIES
from salescoach.services import currency
from salescoach.ui.common.unsaved import EditDialog

if TYPE_CHECKING:
    from salescoach.services.workspace import Workspace


class CurrencyDialog(EditDialog):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        store = self._store = workspace.store
        self.setObjectName("currencyDialog")
        self.setWindowTitle(self.tr("Main currency"))
        intro = QLabel(
            self.tr(
                "Every figure is in this currency. Deals in other currencies are counted "
                "apart, never converted."
            )
        )
        intro.setWordWrap(True)
        self.choice = QComboBox()
        self.choice.setObjectName("mainCurrency")
        chosen = currency.chosen_currency(store)
        follow = currency.main_currency(store) if chosen is None else None
        self.choice.addItem(
            self.tr("The currency of most of my deals (%1)").replace("%1", follow or "…"), None
        )
        for code in CURRENCIES:
            self.choice.addItem(code, code)
        self.choice.setCurrentIndex(max(self.choice.findData(chosen), 0))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.choice)
        layout.addWidget(buttons)

    def save(self) -> None:
        currency.set_main_currency(self._store, self.choice.currentData())
        self.accept()
