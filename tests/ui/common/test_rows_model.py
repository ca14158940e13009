"""The small tables' model while its view is torn down after Python's collector."""

from __future__ import annotations

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
