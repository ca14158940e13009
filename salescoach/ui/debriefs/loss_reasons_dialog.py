"""Edit the list of loss reasons: add one, rename, change its default control, hide it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from salescoach.domain.debrief import LossReasonRow
from salescoach.domain.messages import UserError, ValidationError
from salescoach.ui.common.dialogs import (
    add_checked_row,
    resize_within_screen,
    set_field_error,
    show_error,
)
from salescoach.ui.common.unsaved import EditDialog
from salescoach.ui.debriefs.pages import reason_label

if TYPE_CHECKING:
    from salescoach.services.debriefs import DebriefService


class LossReasonsDialog(EditDialog):
    """Reasons are hidden rather than deleted: past debriefs keep theirs."""

    def __init__(self, debriefs: DebriefService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._debriefs = debriefs
        self._reasons: list[LossReasonRow] = []
        self.setObjectName("lossReasonsDialog")
        self.setWindowTitle(self.tr("Loss reasons"))
        resize_within_screen(self, 640, 420)

        self.list = QListWidget()
        self.list.setObjectName("reasonsList")
        self.list.currentRowChanged.connect(self._chosen)
        self.name = QLineEdit()
        self.name.setObjectName("reasonName")
        self.name.returnPressed.connect(self.save)
        self.controllable = QCheckBox(self.tr("Within my control, by default"))
        self.controllable.setObjectName("reasonControllable")
        self.hidden = QCheckBox(self.tr("Hide from the list (past debriefs keep it)"))
        self.hidden.setObjectName("reasonHidden")
        form = QFormLayout()
        self.name_error = add_checked_row(form, self.tr("&Name"), self.name)
        form.addRow("", self.controllable)
        form.addRow("", self.hidden)
        new = QPushButton(self.tr("&New reason"))
        new.setObjectName("newReasonButton")
        new.setAutoDefault(False)
        new.clicked.connect(self.new_reason)
        save = QPushButton(self.tr("&Save"))
        save.setObjectName("saveReasonButton")
        save.setAutoDefault(False)
        save.clicked.connect(self.save)
        row = QHBoxLayout()
        row.addWidget(new)
        row.addStretch(1)
        row.addWidget(save)
        right = QVBoxLayout()
        hint = QLabel(
            self.tr(
                "Whether a reason is within your control is only a default: each debrief "
                "can say otherwise."
            )
        )
        hint.setWordWrap(True)
        right.addLayout(form)
        right.addLayout(row)
        right.addWidget(hint)
        right.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(self.list, 1)
        body.addLayout(right, 1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(close)
        self._load()

    def _load(self, select: object = None) -> None:
        self._reasons = self._debriefs.reasons(include_hidden=True)
        self.list.clear()
        for r in self._reasons:
            text = reason_label(r)
            self.list.addItem(self.tr("{name} (hidden)").format(name=text) if r.hidden else text)
        ids = [r.id for r in self._reasons]
        self.list.setCurrentRow(ids.index(select) if select in ids else 0)
        self.keep_as_is()

    def current(self) -> LossReasonRow | None:
        row = self.list.currentRow()
        return self._reasons[row] if 0 <= row < len(self._reasons) else None

    def _chosen(self) -> None:
        reason = self.current()
        set_field_error(self.name_error, None)
        self.name.setText(reason_label(reason) if reason else "")
        self.controllable.setChecked(bool(reason and reason.controllable))
        self.hidden.setChecked(bool(reason and reason.hidden))
        self.hidden.setEnabled(reason is not None)
        self.keep_as_is()  # another reason shown: nothing typed yet

    def new_reason(self) -> None:
        self.list.clearSelection()
        self.list.setCurrentRow(-1)
        self.name.clear()
        self.controllable.setChecked(False)
        self.hidden.setChecked(False)
        self.hidden.setEnabled(False)
        self.keep_as_is()
        self.name.setFocus()

    def save(self) -> None:
        reason = self.current()
        text = self.name.text().strip()
        # A seeded reason left with its own name stays translatable.
        if reason is not None and reason.translatable and text == reason_label(reason):
            text = ""
        elif reason is not None and not text:
            text = reason_label(reason)
        try:
            saved = self._debriefs.save_reason(
                text,
                self.controllable.isChecked(),
                reason.id if reason else None,
                hidden=self.hidden.isChecked(),
            )
        except ValidationError as exc:
            set_field_error(self.name_error, next(iter(exc.fields.values())))
            return
        except UserError as exc:
            show_error(self, self.tr("Cannot save the reason"), exc)
            return
        self._load(saved)
