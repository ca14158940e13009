"""Confirmations and error boxes, built as real QMessageBox instances (testable with qtbot)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QVBoxLayout, QWidget

from salescoach.domain.messages import Message, UserError
from salescoach.ui.common.colors import ALERT, text_style
from salescoach.ui.common.i18n import tr_message
from salescoach.ui.common.long_text import ElidedLabel


def resize_within_screen(dialog: QWidget, width: int, height: int) -> None:
    """The size a dialog would like, or what the screen's free area holds (a 1,024 by 600
    netbook), its title bar included."""
    parent = dialog.parentWidget()
    screen = (parent.screen() if parent is not None else None) or QGuiApplication.primaryScreen()
    if screen is None:
        dialog.resize(width, height)
        return
    room = screen.availableGeometry()
    dialog.resize(min(width, room.width() - 16), min(height, room.height() - 40))


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
    from PySide6.QtWidgets import QMessageBox  # here: its enums cost start-up 3 ms

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
    from PySide6.QtWidgets import QMessageBox

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


class FieldError(ElidedLabel):
    """The message under a form field. Its one line is laid out whether it shows or not,
    so that an error never pushes the fields below it down; a message longer than the
    field is elided, whole in its tooltip."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("fieldError")
        self.setStyleSheet(text_style(ALERT))
        policy = self.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.setSizePolicy(policy)
        self.setFixedHeight(self.fontMetrics().height())
        self.setVisible(False)


def field_error_label(field: QWidget | None = None) -> QLabel:
    """The error line of `field` (which clears it as soon as the rep edits it)."""
    label = FieldError()
    if field is not None:
        clear_on_change(field, label)
    return label


def error_row(error: QLabel) -> QWidget:
    """`error` in a holder that is always shown, for a form's own row: QFormLayout drops
    a hidden row's room even when its widget asks to keep it."""
    holder = QWidget()
    box = QVBoxLayout(holder)
    box.setContentsMargins(0, 0, 0, 0)
    box.addWidget(error)
    return holder


def buddy_label(text: str, field: QWidget) -> QLabel:
    """A form label whose &-mnemonic focuses `field` (or its first focusable child)."""
    label = QLabel(text)
    label.setBuddy(first_focusable(field))
    return label


def add_checked_row(form: QFormLayout, label: str, field: QWidget) -> QLabel:
    """Add `label: field` to `form` with an error label under the field; returns that label.
    The error goes as soon as the rep changes the field (it stayed until the next save)."""
    box = QVBoxLayout()
    box.setSpacing(2)
    box.addWidget(field)
    error = field_error_label(field)
    box.addWidget(error)
    form.addRow(buddy_label(label, field), box)
    return error


def clear_on_change(field: QWidget, error: QLabel) -> None:
    """Hide `error` once the rep edits `field` (or any field inside it)."""
    for widget in (field, *field.findChildren(QWidget)):
        for name in ("textEdited", "dateChanged", "valueChanged", "activated", "textChanged"):
            signal = getattr(widget, name, None)
            if signal is not None and hasattr(signal, "connect"):
                signal.connect(lambda *_args: set_field_error(error, None))
                break


def first_focusable(field: QWidget) -> QWidget:
    """`field`, or its first child that takes the keyboard focus."""
    from PySide6.QtCore import Qt  # not at import: the window is shown before it is needed

    if field.focusPolicy() != Qt.FocusPolicy.NoFocus:
        return field
    return next(
        (w for w in field.findChildren(QWidget) if w.focusPolicy() != Qt.FocusPolicy.NoFocus),
        field,
    )
