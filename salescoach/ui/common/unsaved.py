"""Nothing typed is lost: a dialog where the rep types asks before throwing it away.

`EditDialog` is a QDialog that watches its editors from the moment it is first shown
(filled by then). Close, Cancel, Escape and the window's close button all go through
`reject()`, which asks "Discard your changes?" when something was changed, and nothing
when nothing was (or when what was typed was put back as it was).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from salescoach.ui.common.dialogs import run_dialog

# The signals by which each kind of editor says it changed, most specific class first.
_SIGNALS: tuple[tuple[type[QWidget], str], ...] = (
    (QDateTimeEdit, "dateTimeChanged"),
    (QAbstractSpinBox, "valueChanged"),  # their line edit changes with its signals blocked
    (QLineEdit, "textChanged"),
    (QPlainTextEdit, "textChanged"),
    (QTextEdit, "textChanged"),
    (QComboBox, "currentIndexChanged"),
    (QAbstractSlider, "valueChanged"),
    (QListWidget, "itemChanged"),
)


def _value(widget: QWidget) -> object:
    """What the rep can change in `widget`, or None when it holds nothing typed."""
    if isinstance(widget, QAbstractSpinBox):
        return widget.text()
    if isinstance(widget, QLineEdit):
        if isinstance(widget.parentWidget(), QAbstractSpinBox):
            return None  # the spin box's own
        return widget.text()
        return widget.text()
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QComboBox):
        return widget.currentIndex()
    if isinstance(widget, QAbstractSlider):
        return widget.value()
    if isinstance(widget, QAbstractButton):
        return widget.isChecked() if widget.isCheckable() else None
    if isinstance(widget, QListWidget):
        return [widget.item(i).text() for i in range(widget.count())]
    return None


class EditDialog(QDialog):
    """A dialog with fields the rep types in, which asks before discarding them."""

    _kept: list[tuple[QWidget, object]] | None = None
    _dirty = False
    _ignored: tuple[QWidget, ...] = ()

    def ignore_edits(self, *widgets: QWidget) -> None:
        """Fields whose changes are not worth a question (a filter, a search box)."""
        self._ignored = widgets

    def edited(self) -> bool:
        """Whether the rep changed something since the dialog was shown."""
        if not self._dirty or self._kept is None:
            return False
        return any(_value(w) != before for w, before in self._kept)

    def keep_as_is(self) -> None:
        """What the fields hold now is not the rep's change (just saved, or another record
        loaded into the form)."""
        if self._kept is not None:
            self._kept = [(w, _value(w)) for w, _before in self._kept]
        self._dirty = False

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._kept is None:  # the first time: the fields hold what was loaded
            self._watch()

    def _watch(self) -> None:
        ignored = [w for i in self._ignored for w in (i, *i.findChildren(QWidget))]
        editors = [w for w in self.findChildren(QWidget) if w not in ignored]
        self._kept = [(w, _value(w)) for w in editors if _value(w) is not None]
        for widget, _before in self._kept:
            signal = next((name for cls, name in _SIGNALS if isinstance(widget, cls)), "toggled")
            getattr(widget, signal).connect(self._touched)
        list_models = [w.model() for w in editors if isinstance(w, QListWidget)]
        for model in list_models:  # items added or removed (a deal's contacts)
            model.rowsInserted.connect(self._touched)
            model.rowsRemoved.connect(self._touched)

    def _touched(self, *_args: object) -> None:
        self._dirty = True

    def reject(self) -> None:
        """Close, Cancel, Escape, the window's close button: typed changes are not lost."""
        if self.isVisible() and self.edited() and not ask_discard(self):
            return
        super().reject()


def ask_discard(parent: QWidget) -> bool:
    """ "Discard your changes?"; True when the rep chose to discard them. Keep editing is
    the default and Escape's answer."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        parent.windowTitle(),
        QCoreApplication.translate("Unsaved", "Discard your changes?"),
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    box.setObjectName("discardBox")
    discard = box.addButton(
        QCoreApplication.translate("Unsaved", "&Discard"), QMessageBox.ButtonRole.DestructiveRole
    )
    discard.setObjectName("discardButton")
    keep = box.addButton(
        QCoreApplication.translate("Unsaved", "&Keep editing"), QMessageBox.ButtonRole.RejectRole
    )
    keep.setObjectName("keepEditingButton")
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    run_dialog(box)
    return box.clickedButton() is discard
