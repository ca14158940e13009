"""The accounts dialog's building blocks: a form of text fields with their error labels,
a New/Delete/Save row, a table of whole rows."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from salescoach.domain.messages import ValidationError
from salescoach.ui.common.dialogs import (
    buddy_label,
    clear_on_change,
    error_row,
    field_error_label,
)
from salescoach.ui.common.i18n import tr_message
from salescoach.ui.common.rows_model import RowsModel
from salescoach.ui.common.views import elide_titles

Slot = Callable[[], None]
Mode = QHeaderView.ResizeMode


class Form(QFormLayout):
    """Text fields named like the row attributes they show, and an error line."""

    def __init__(self, submit: Slot) -> None:
        super().__init__()
        self.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self._submit = submit
        self.fields: dict[str, QLineEdit | QPlainTextEdit] = {}
        # One error line under the fields, laid out whether shown or not (a line under each
        # field made the dialog too tall for a 1024x600 screen).
        self.error = field_error_label()
        self.addRow(error_row(self.error))
        self._shown: dict[str, str] = {}  # the values as filled: what "edited" compares with

    def add(self, name: str, label: str, object_name: str, notes: bool = False) -> None:
        """A line edit (Return submits the form), or a small text box for notes."""
        edit: QLineEdit | QPlainTextEdit
        if notes:
            edit = QPlainTextEdit()
            edit.setTabChangesFocus(True)
            # Two lines (it scrolls): with the error lines the dialog still fits 1024x600.
            edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 2 + 12)
        else:
            edit = QLineEdit()
            edit.returnPressed.connect(self._submit)
        edit.setObjectName(object_name)
        self.insertRow(self.rowCount() - 1, buddy_label(label, edit), edit)
        clear_on_change(edit, self.error)
        self.fields[name] = edit

    def show_errors(self, error: ValidationError | None) -> None:
        """The messages on the form's error line, the first bad field focused; None clears
        it."""
        texts = [tr_message(m) for m in error.fields.values()] if error else []
        self.error.setText(" ".join(texts))
        self.error.setVisible(bool(texts))
        if error is not None:
            self.fields.get(next(iter(error.fields)), next(iter(self.fields.values()))).setFocus()

    def values(self) -> dict[str, str]:
        return {
            name: edit.toPlainText() if isinstance(edit, QPlainTextEdit) else edit.text()
            for name, edit in self.fields.items()
        }

    def fill(self, row: object | None) -> None:
        """Show `row`'s attributes named like the fields (None empties the form)."""
        for name, edit in self.fields.items():
            value = getattr(row, name) if row is not None else ""
            if isinstance(edit, QPlainTextEdit):
                edit.setPlainText(value)
            else:
                edit.setText(value)
                edit.setCursorPosition(0)  # the start of a long name, not its end
        self.show_errors(None)
        self._shown = self.values()

    def edited(self) -> bool:
        """Whether the rep typed something not saved since the form was filled."""
        return self.values() != (self._shown or dict.fromkeys(self.fields, ""))


def button_row(*specs: tuple[str, str, Slot]) -> tuple[QHBoxLayout, QPushButton]:
    """(text, objectName, slot) for New, Delete and Save; returns the row and Delete."""
    row = QHBoxLayout()
    buttons = []
    for text, name, slot in specs:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAutoDefault(False)  # Return belongs to the form being typed in
        button.clicked.connect(slot)
        buttons.append(button)
        row.addWidget(button)
    row.insertStretch(1, 1)
    return row, buttons[1]


def deletable_table(
    name: str, model: RowsModel[Any], modes: list[Mode], delete: Slot
) -> QTableView:
    """A read-only table of whole rows; the Delete key calls `delete`."""
    table = QTableView()
    table.setTabKeyNavigation(False)  # Tab leaves the table
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.setWordWrap(False)
    elide_titles(table)
    for column, mode in enumerate(modes):
        table.horizontalHeader().setSectionResizeMode(column, mode)
    shortcut = QShortcut(QKeySequence.StandardKey.Delete, table, delete)
    shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
    return table


def stack(parent: QWidget, *items: QWidget | QLayout, grow: int = -1) -> None:
    """`items` top to bottom, `items[grow]` taking spare height; bare QWidgets get no margins."""
    layout = QVBoxLayout(parent)
    if type(parent) is QWidget:
        layout.setContentsMargins(0, 0, 0, 0)
    for i, item in enumerate(items):
        stretch = int(i == grow % len(items))
        if isinstance(item, QWidget):
            layout.addWidget(item, stretch)
        else:
            layout.addLayout(item, stretch)
