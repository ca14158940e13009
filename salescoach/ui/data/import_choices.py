"""The import dialog's answers about reading a file: which sheet, which encoding, whether
the first row is a header, the currency of amounts that name none, and each stage value's
status (proposed from its words, corrected by the rep)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from salescoach.domain import currencies
from salescoach.domain.crm_vocabulary import Field, normalise
from salescoach.domain.csv_formats import ENCODING_NAMES
from salescoach.domain.enums import DealStatus
from salescoach.domain.import_notes import currency_line, title_rule
from salescoach.domain.import_stages import STATUS_NAMES, StageCount
from salescoach.services.importing import ImportResult
from salescoach.ui.common.i18n import tr_message

# Offered besides the one detected.
ENCODINGS = ("utf-8", "utf-8-sig", "cp1252", "iso8859_15", "iso8859_1", "cp1251", "koi8_r",
             "iso8859_2", "cp1250", "utf-16")  # fmt: skip


def _imp(text: str) -> str:
    return QCoreApplication.translate("Importing", text)


class ReadingBar(QGroupBox):
    """Sheet, encoding and header row (`reread`: the file is read again that way), and the
    currency of amounts that name none (`changed`)."""

    reread = Signal()
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("How to read it"), parent)
        self.sheet = QComboBox()
        self.sheet.setObjectName("importSheet")
        self.sheet_label = QLabel(self.tr("Sheet:"))
        self.encoding = QComboBox()
        self.encoding.setObjectName("importEncodingChoice")
        self.encoding_label = QLabel(self.tr("Encoding:"))
        self.no_header = QCheckBox(self.tr("The first row is already a deal"))
        self.no_header.setObjectName("importNoHeader")
        self.currency = QComboBox()
        self.currency.setObjectName("importCurrency")
        self.note = QLabel()
        self.note.setObjectName("importReadingNote")
        self.note.setWordWrap(True)
        self._detected = ""
        for combo in (self.sheet, self.encoding):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        grid = QGridLayout(self)
        # A workbook has sheets, a text file an encoding: one pair shows, in one place.
        for label, combo in ((self.sheet_label, self.sheet), (self.encoding_label, self.encoding)):
            grid.addWidget(label, 0, 0)
            grid.addWidget(combo, 0, 1)
        grid.addWidget(self.no_header, 0, 2)
        grid.addWidget(QLabel(self.tr("Currency:")), 1, 0)
        grid.addWidget(self.currency, 1, 1)
        grid.addWidget(self.note, 1, 2, 1, 2)
        grid.setColumnStretch(3, 1)
        self.sheet.activated.connect(lambda _i: self.reread.emit())
        self.encoding.activated.connect(lambda _i: self.reread.emit())
        self.no_header.clicked.connect(lambda _b: self.reread.emit())
        self.currency.activated.connect(lambda _i: self.changed.emit())

    def show_sample(
        self, sheet: str, sheets: list[str], encoding: str, has_header: bool, currency: str
    ) -> None:
        """What was read: the sheet of a workbook, else the encoding (the first one read
        stays first in the list, as "detected")."""
        workbook = bool(sheet)
        for w in (self.sheet, self.sheet_label):
            w.setVisible(workbook)
        for w in (self.encoding, self.encoding_label):
            w.setVisible(not workbook)
        self.sheet.clear()
        self.sheet.addItems(sheets)
        self.sheet.setCurrentText(sheet)
        self._detected = self._detected or encoding
        self.encoding.clear()
        for name in dict.fromkeys([self._detected, *ENCODINGS]):
            label = _imp(ENCODING_NAMES[name])
            if name == self._detected:
                label = self.tr("{encoding} (detected)").format(encoding=label)
            self.encoding.addItem(label, name)
        self.encoding.setCurrentIndex(max(self.encoding.findData(encoding), 0))
        self.no_header.setChecked(not has_header)
        if self.currency.count() == 0:
            self.currency.addItems(list(currencies.ALL))
        self.currency.setCurrentText(currency)

    @property
    def chosen_sheet(self) -> str | None:
        return self.sheet.currentText() or None if not self.sheet.isHidden() else None

    @property
    def chosen_encoding(self) -> str | None:
        """None to detect it again, else the encoding chosen."""
        name = self.encoding.currentData()
        return None if self.encoding.isHidden() or name == self._detected else str(name)

    @property
    def chosen_currency(self) -> str:
        return self.currency.currentText()

    def show_notes(
        self, headers: list[str], mapping: dict[Field, int], amount_currency: str | None
    ) -> None:
        """How titles are made, and in which currency amounts are read."""
        how = title_rule(headers, mapping)
        line = currency_line(Field.CURRENCY in mapping, amount_currency)
        notes = [tr_message(how)] if how is not None else []
        notes.append(
            QCoreApplication.translate("Importing", line).format(currency=self.chosen_currency)
        )
        self.note.setText(" ".join(notes))


class StageTable(QGroupBox):
    """Each stage value with its count and its status, `changed` on a correction."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Stages: won, lost or still open?"), parent)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("importStages")
        self.table.setHorizontalHeaderLabels([self.tr("Stage"), self.tr("Deals"),
                                              self.tr("Status")])  # fmt: skip
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.setMinimumWidth(360)
        self.combos: dict[str, QComboBox] = {}
        QVBoxLayout(self).addWidget(self.table)
        self.hide()

    def show_stages(self, stages: list[StageCount], chosen: dict[str, DealStatus]) -> None:
        """The file's stage values; a status the rep chose for one is kept."""
        self.table.setRowCount(len(stages))
        self.combos = {}
        for row, s in enumerate(stages):
            self.table.setItem(row, 0, QTableWidgetItem(s.value or "—"))
            self.table.setItem(row, 1, QTableWidgetItem(self.locale().toString(s.count)))
            combo = QComboBox()
            combo.setObjectName(f"stageStatus{row}")
            combo.addItem(self.tr("Choose…"), "")
            for status in DealStatus:
                combo.addItem(_imp(STATUS_NAMES[status]), status.value)
            key = normalise(s.value)
            status = chosen.get(key, s.proposed)
            combo.setCurrentIndex(combo.findData(status.value) if status else 0)
            combo.activated.connect(lambda _i: self.changed.emit())
            self.table.setCellWidget(row, 2, combo)
            self.combos[key] = combo
        self.setVisible(bool(stages))

    def status_map(self) -> dict[str, DealStatus]:
        return {k: DealStatus(c.currentData()) for k, c in self.combos.items() if c.currentData()}

    def answered(self) -> bool:
        return all(c.currentData() for c in self.combos.values())


def result_parts(result: ImportResult) -> list[str]:
    """What an import did besides adding rows, one phrase each (the dialog's summary)."""
    r, parts = result, []
    if r.placeholder_dates:
        parts.append(
            QCoreApplication.translate(
                "ImportDialog", "%n placeholder date(s) read as no date", "", r.placeholder_dates
            )
        )
    if r.closed_from_modified:
        parts.append(
            QCoreApplication.translate(
                "ImportDialog",
                "%n won or lost deal(s) dated by their last change",
                "",
                r.closed_from_modified,
            )
        )
    if r.created_moved:
        parts.append(
            QCoreApplication.translate(
                "ImportDialog",
                "%n deal(s) created after their close date: created on it",
                "",
                r.created_moved,
            )
        )
    if r.titles_made:
        parts.append(
            QCoreApplication.translate(
                "ImportDialog", "%n title(s) made from account, product or ID", "", r.titles_made
            )
        )
    return parts
