"""The parts of the import dialog: what the file was detected as, the column mapping, the
preview of the first rows and the report of bad rows."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QTableView,
    QWidget,
)

from salescoach.domain.crm_vocabulary import FIELD_LABELS, Field
from salescoach.domain.csv_formats import ENCODING_NAMES, FORMAT_NAMES, SEPARATOR_NAMES, Format
from salescoach.domain.import_conventions import DATE_ORDER_NAMES, DECIMAL_NAMES, DateOrder
from salescoach.domain.importing import RowProblem
from salescoach.services.import_sample import FileSample
from salescoach.ui.common.i18n import tr_message
from salescoach.ui.common.rows_model import Column

PREVIEW_ROWS = 20
MAPPING_COLUMNS = 3  # pairs of (field, column) side by side


def _imp(text: str) -> str:
    """A name marked in domain/ with QT_TRANSLATE_NOOP("Importing", …), translated."""
    return QCoreApplication.translate("Importing", text)


def field_label(field: Field) -> str:
    return _imp(FIELD_LABELS[field])


class ConventionsBar(QGroupBox):
    """Format, encoding, separator (as detected), decimal mark and date order (correctable).

    `changed` when the rep corrects one; `date_order` is None until the rep answers when
    the file's dates could be read either way.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("What the file is"), parent)
        self.format = QComboBox()
        self.format.setObjectName("importFormat")
        self.encoding = QLabel()
        self.encoding.setObjectName("importEncoding")
        self.separator = QLabel()
        self.separator.setObjectName("importSeparator")
        self.decimal = QComboBox()
        self.decimal.setObjectName("importDecimal")
        for mark in (",", "."):
            self.decimal.addItem(_imp(DECIMAL_NAMES[mark]), mark)
        self.dates = QComboBox()
        self.dates.setObjectName("importDates")
        self.dates.addItem("", None)
        for order in DateOrder:
            self.dates.addItem(_imp(DATE_ORDER_NAMES[order]), order.value)
        self.question = QLabel()
        self.question.setObjectName("datesQuestion")
        self.question.setWordWrap(True)
        self.question.setStyleSheet("color: #8a4b00; font-weight: 600;")
        self.question.hide()
        self._ambiguous = False
        grid = QGridLayout(self)
        labels = (self.tr("Format:"), self.tr("Encoding:"), self.tr("Separator:"))
        for column, (text, widget) in enumerate(
            zip(labels, (self.format, self.encoding, self.separator), strict=True)
        ):
            grid.addWidget(QLabel(text), 0, 2 * column)
            grid.addWidget(widget, 0, 2 * column + 1)
        grid.addWidget(QLabel(self.tr("Amounts:")), 1, 0)
        grid.addWidget(self.decimal, 1, 1)
        grid.addWidget(QLabel(self.tr("Dates:")), 1, 2)
        grid.addWidget(self.dates, 1, 3, 1, 3, Qt.AlignmentFlag.AlignLeft)
        grid.addWidget(self.question, 2, 0, 1, 7)
        grid.setColumnStretch(6, 1)
        grid.setHorizontalSpacing(12)
        self.dates.activated.connect(self._dates_chosen)
        for combo in (self.format, self.decimal, self.dates):
            combo.activated.connect(lambda _i: self.changed.emit())

    def show_sample(self, sample: FileSample) -> None:
        self.format.clear()
        native = sample.format is Format.NATIVE
        for fmt in [Format.NATIVE] if native else [f for f in Format if f is not Format.NATIVE]:
            self.format.addItem(_imp(FORMAT_NAMES[fmt]), fmt.value)
        self.format.setCurrentIndex(max(self.format.findData(sample.format.value), 0))
        self.format.setEnabled(not native)
        self.encoding.setText(_imp(ENCODING_NAMES[sample.encoding]))
        name = SEPARATOR_NAMES.get(sample.separator)
        self.separator.setText(_imp(name) if name else sample.separator)
        self.decimal.setEnabled(not native)
        self.dates.setEnabled(not native)
        self.show_conventions(sample, keep_choice=False)

    def show_conventions(self, sample: FileSample, keep_choice: bool = True) -> None:
        """The detected decimal mark and date order (after a change of mapping too)."""
        c = sample.conventions
        self._ambiguous = c.dates_ambiguous
        if not keep_choice:
            self.decimal.setCurrentIndex(max(self.decimal.findData(c.decimal_point), 0))
        chosen = self.date_order if keep_choice else None
        if c.dates_ambiguous:
            self.dates.setItemText(0, self.tr("Choose…"))
            self.question.setText(
                self.tr(
                    "Dates such as {example} can be read day first or month first, and "
                    "nothing in the file tells which: choose how to read them."
                ).format(example=c.example_date)
            )
        else:
            self.dates.setItemText(0, _imp(DATE_ORDER_NAMES[None]))
        order = chosen or c.date_order
        self.dates.setCurrentIndex(self.dates.findData(order.value) if order else 0)
        self._dates_chosen()

    def answered(self) -> bool:
        """Whether the file can be read as chosen (the dates' order said when needed)."""
        return not self._ambiguous or self.date_order is not None

    def _dates_chosen(self) -> None:
        self.question.setVisible(not self.answered())

    @property
    def chosen_format(self) -> Format:
        return Format(self.format.currentData())

    @property
    def decimal_point(self) -> str:
        return str(self.decimal.currentData())

    @property
    def date_order(self) -> DateOrder | None:
        value = self.dates.currentData()
        return DateOrder(value) if value else None


class MappingGrid(QGroupBox):
    """For each field, the file's column that holds it (or none); `changed` on a choice."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Columns"), parent)
        self.combos: dict[Field, QComboBox] = {}
        grid = QGridLayout(self)
        for i, field in enumerate(Field):
            combo = QComboBox()
            combo.setObjectName(f"map_{field.value}")
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(14)
            combo.activated.connect(lambda _i: self.changed.emit())
            label = QLabel(field_label(field))
            label.setBuddy(combo)
            row, col = divmod(i, MAPPING_COLUMNS)
            grid.addWidget(label, row, 2 * col, Qt.AlignmentFlag.AlignRight)
            grid.addWidget(combo, row, 2 * col + 1)
            grid.setColumnStretch(2 * col + 1, 1)
            self.combos[field] = combo

    def show_headers(self, headers: list[str], mapping: dict[Field, int]) -> None:
        for field, combo in self.combos.items():
            combo.clear()
            combo.addItem(self.tr("(not imported)"), -1)
            for i, name in enumerate(headers):
                combo.addItem(name or self.tr("column {n}").format(n=i + 1), i)
            combo.setCurrentIndex(mapping.get(field, -1) + 1)

    def mapping(self) -> dict[Field, int]:
        out = {}
        for field, combo in self.combos.items():
            column = combo.currentData()
            if column is not None and column >= 0:
                out[field] = int(column)
        return out


def preview_table(name: str) -> QTableView:
    table = QTableView()
    table.setTabKeyNavigation(False)  # Tab leaves the table
    table.setObjectName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    return table


def fit_preview(
    table: QTableView, rows: Sequence[list[str]], columns: Sequence[Column[list[str]]]
) -> None:
    """Each preview column as wide as its header's lines or its widest cell shown, 80 to
    280 px. Measured here rather than by `resizeColumnsToContents`, whose calls into the
    model (every role of every cell) held the window 10-20 ms as the preview came in."""
    bold = table.horizontalHeader().font()
    bold.setBold(True)  # as Qt measures a header: a bold title fits too
    titles, cells = QFontMetrics(bold), table.fontMetrics()
    for n, column in enumerate(columns):
        title = max(titles.horizontalAdvance(line) for line in column.header().split("\n"))
        cell = max((cells.horizontalAdvance(column.text(row)) for row in rows), default=0)
        table.setColumnWidth(n, max(80, min(max(title + 6, cell + 8), 280)))  # Qt's margins


def preview_columns(headers: list[str], mapping: dict[Field, int]) -> list[Column[list[str]]]:
    """The file's columns; a mapped one says which field it fills ("Deal - Value → Amount")."""
    fields = {column: field for field, column in mapping.items()}
    columns = []
    for i, name in enumerate(headers):
        field = fields.get(i)
        title = f"{name}\n→ {field_label(field)}" if field is not None else name

        def cell(row: list[str], i: int = i) -> str:
            return row[i] if i < len(row) else ""

        columns.append(Column(lambda title=title: title, cell))
    return columns


def problem_columns() -> list[Column[RowProblem]]:
    return [
        Column(
            lambda: QCoreApplication.translate("ImportDialog", "Row"),
            lambda p: f"{p.file} {p.row}" if p.file else str(p.row),
            align_right=True,
        ),
        Column(lambda: QCoreApplication.translate("ImportDialog", "Column"), lambda p: p.column),
        Column(
            lambda: QCoreApplication.translate("ImportDialog", "Problem"),
            lambda p: tr_message(p.problem),
        ),
    ]


class HBox(QHBoxLayout):
    """A row of widgets, stretch where a None is."""

    def __init__(self, *widgets: QWidget | None) -> None:
        super().__init__()
        for w in widgets:
            if w is None:
                self.addStretch(1)
            else:
                self.addWidget(w)
