"""The conflicts list: the versions of the rep's rows that a later one overwrote (the
same deal edited on two computers while both were offline), newest first."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from salescoach.domain.messages import QT_TRANSLATE_NOOP
from salescoach.domain.team_clock import parse as parse_stamp
from salescoach.services import team
from salescoach.ui.common.dialogs import resize_within_screen, set_field_error
from salescoach.ui.common.formatting import datetime_text
from salescoach.ui.common.worker import run_in_background

KINDS = {
    "loss_reasons": QT_TRANSLATE_NOOP("ConflictsDialog", "Loss reason"),
    "accounts": QT_TRANSLATE_NOOP("ConflictsDialog", "Account"),
    "contacts": QT_TRANSLATE_NOOP("ConflictsDialog", "Contact"),
    "deals": QT_TRANSLATE_NOOP("ConflictsDialog", "Deal"),
    "deal_contacts": QT_TRANSLATE_NOOP("ConflictsDialog", "Deal's contact"),
    "touches": QT_TRANSLATE_NOOP("ConflictsDialog", "Touch"),
    "debriefs": QT_TRANSLATE_NOOP("ConflictsDialog", "Debrief"),
    "follow_ups": QT_TRANSLATE_NOOP("ConflictsDialog", "Follow-up"),
    "referral_thanks": QT_TRANSLATE_NOOP("ConflictsDialog", "Thanks for a referral"),
    "goals": QT_TRANSLATE_NOOP("ConflictsDialog", "Goal"),
    "call_nominations": QT_TRANSLATE_NOOP("ConflictsDialog", "Nomination"),
}
NAME_KEYS = ("title", "name", "full_name", "year", "note")


class ConflictsDialog(QDialog):
    """A read-only table: when the version was made, what it is, its name, its values."""

    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Team conflicts"))
        self.intro = QLabel(self.tr("Reading the conflicts list…"))
        self.intro.setObjectName("conflictsIntro")
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("conflictsTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Made on"), self.tr("What"), self.tr("Name"), self.tr("Overwritten values")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setVisible(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        resize_within_screen(self, 820, 480)
        run_in_background(lambda: team.conflicts(data_dir), self._show, self._failed)

    def _show(self, entries: list[dict[str, Any]]) -> None:
        if not entries:
            self.intro.setText(
                self.tr("No conflicts: no change made on another computer overwrote one.")
            )
            return
        self.intro.setText(
            self.tr(
                "%n version(s) overwritten by a later change (the same row edited on two "
                "computers while offline); the later one is kept everywhere.",
                "",
                len(entries),
            )
        )
        self.table.setRowCount(len(entries))
        for i, entry in enumerate(entries):
            for j, text in enumerate(_cells(entry)):
                self.table.setItem(i, j, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()

    def _failed(self, error: BaseException) -> None:
        from salescoach.domain.messages import UserError

        if not isinstance(error, UserError):
            raise error
        self.intro.setText("")
        set_field_error(self.error, error.message)


def _cells(entry: dict[str, Any]) -> list[str]:
    translate = QCoreApplication.translate
    wall_ms = parse_stamp(entry["stamp"])[0]
    made = dt.datetime.fromtimestamp(wall_ms / 1000, dt.UTC).astimezone()
    kind = KINDS.get(entry["table"])
    what = translate("ConflictsDialog", kind) if kind else entry["table"]
    data = entry["data"]
    if entry["deleted"] or data is None:
        return [datetime_text(made), what, "", translate("ConflictsDialog", "(deleted)")]
    name = next((str(data[k]) for k in NAME_KEYS if data.get(k) not in (None, "")), "")
    values = json.dumps(data, ensure_ascii=False, sort_keys=True)
    return [datetime_text(made), what, name, values]
