"""Confirmations and error boxes, built as real QMessageBox instances (testable with qtbot)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QMessageBox, QVBoxLayout, QWidget

from salescoach.domain.messages import Message, UserError
from salescoach.ui.common.i18n import tr_message


def run_dialog(dialog: QDialog) -> int:
    """Show `dialog` modally and return its result; once closed it is deleted (at the next
    turn of the event loop, so that the caller reads its answers first). Kept as its
    parent's child, it would hold its data (a whole imported file) as long as the window."""
    try:
        return dialog.exec()
    finally:
        dialog.deleteLater()


def confirm(parent: QWidget | None, title: str, text: str, action: str) -> bool:
    """Ask before something that cannot be undone; the safe answer is the default."""
    box = QMessageBox(
        QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.NoButton, parent
    )
    box.setObjectName("confirmBox")
    yes = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
    yes.setObjectName("confirmButton")
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    run_dialog(box)
    return box.clickedButton() is yes


def show_error(parent: QWidget | None, title: str, error: UserError | Message | str) -> None:
    """Tell the user what went wrong, in their language, without a traceback."""
    if isinstance(error, UserError):
        error = error.message
    text = tr_message(error) if isinstance(error, Message) else error
    box = QMessageBox(QMessageBox.Icon.Critical, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("errorBox")
    run_dialog(box)


def report_failure(parent: QWidget | None, title: str) -> Callable[[BaseException], None]:
    """The failure handler of background work: a UserError is shown under `title`; anything
    else is a bug, raised again (on the GUI thread, where Qt reports it)."""

    def failed(error: BaseException) -> None:
        if not isinstance(error, UserError):
            raise error
        show_error(parent, title, error)

    return failed


def set_field_error(label: QLabel, message: Message | None) -> None:
    """Show (or clear) the message under a form field."""
    label.setText(tr_message(message) if message else "")
    label.setVisible(message is not None)


def field_error_label() -> QLabel:
    label = QLabel()
    label.setObjectName("fieldError")
    label.setStyleSheet("color: #b3261e;")
    label.setWordWrap(True)
    label.setVisible(False)
    return label


def buddy_label(text: str, field: QWidget) -> QLabel:
    """A form label whose &-mnemonic focuses `field` (or its first focusable child)."""
    label = QLabel(text)
    if field.focusPolicy() == Qt.FocusPolicy.NoFocus:
        field = next(
            (w for w in field.findChildren(QWidget) if w.focusPolicy() != Qt.FocusPolicy.NoFocus),
            field,
        )
    label.setBuddy(field)
    return label


def add_checked_row(form: QFormLayout, label: str, field: QWidget) -> QLabel:
    """Add `label: field` to `form` with an error label under the field; returns that label."""
    box = QVBoxLayout()
    box.setSpacing(2)
    box.addWidget(field)
    error = field_error_label()
    box.addWidget(error)
    form.addRow(buddy_label(label, field), box)
    return error
