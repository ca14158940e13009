"""The small tables' model: what its cells say and show, and while its view is torn down
after Python's collector."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QTableView

from salescoach.ui.common.rows_model import Column, RowsModel


def test_a_table_whose_model_the_collector_cleared_still_paints(qtbot) -> None:  # type: ignore[no-untyped-def]
    """A closed dialog freed as a garbage cycle: the collector empties the model's
    attributes first, and its view, still on screen for a moment, repaints its header
    and cells. Qt would report an exception (the test fails on one); nothing is shown."""
    model: RowsModel[str] = RowsModel(
        [Column(lambda: "Name", str), Column(lambda: "Length", lambda r: str(len(r)))]
    )
    model.set_rows(["Atelier Roux", "Garage Petit"])
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.show()
    qtbot.waitExposed(view)
    assert view.horizontalHeader().count() == 2
    assert model.headerData(1, view.horizontalHeader().orientation()) == "Length"

    vars(model).clear()  # what the collector's clearing of a cycle does to it
    view.horizontalHeader().viewport().repaint()
    view.viewport().repaint()
    assert model.headerData(1, view.horizontalHeader().orientation()) is None
    assert model.data(view.model().index(1, 1)) is None


def test_cells_give_their_text_alignment_colour_and_tip(qtbot) -> None:  # type: ignore[no-untyped-def]
    model: RowsModel[tuple[str, int]] = RowsModel(
        [Column(lambda: "Name", lambda r: r[0]), Column(lambda: "Deals", lambda r: str(r[1]), True)]
    )
    model.set_rows([("Atelier Roux", 3), ("Garage Petit", 0)])
    red = QColor("#b3261e")
    model.text_color = lambda row, column: red if row[1] == 0 and column == 1 else None
    model.row_tip = lambda row: f"{row[0]}: {row[1]} deals"
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.show()
    qtbot.waitExposed(view)
    role = Qt.ItemDataRole

    def cell(row: int, column: int, r: Qt.ItemDataRole) -> object:
        return view.model().index(row, column).data(r)

    assert [cell(1, c, role.DisplayRole) for c in range(2)] == ["Garage Petit", "0"]
    assert (
        cell(0, 1, role.TextAlignmentRole)
        == Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    )
    assert cell(0, 0, role.TextAlignmentRole) is None
    assert cell(1, 1, role.ForegroundRole) == red
    assert cell(0, 1, role.ForegroundRole) is None and cell(1, 0, role.ForegroundRole) is None
    assert cell(0, 0, role.ToolTipRole) == "Atelier Roux: 3 deals"
    assert cell(0, 0, role.FontRole) is None and cell(0, 0, role.DecorationRole) is None
    assert model.data(model.index(5, 0)) is None  # past the rows: no cell
