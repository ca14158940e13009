"""The rep's choice of columns, their widths and order, kept for the next start."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QTableView

from salescoach.ui.pipeline.model import DealColumn
from salescoach.ui.shell.main_window import MainWindow


def _open(qtbot, data_dir: Path, size: tuple[int, int] = (1200, 700)) -> MainWindow:  # type: ignore[no-untyped-def]
    w = MainWindow(data_dir)
    qtbot.addWidget(w)
    w.resize(*size)
    w.show()
    with qtbot.waitSignal(w.ready, timeout=10_000):
        w.open_workspace()
    return w


def _with_a_deal(workspace: object) -> None:
    from salescoach.domain.deals import DealDraft

    workspace.pipeline.save_deal(DealDraft(title="Audit", amount_cents=100_000))  # type: ignore[attr-defined]


def _titles(menu) -> dict[str, bool]:  # type: ignore[no-untyped-def]
    return {a.text(): a.isChecked() for a in menu.actions()}


def test_a_column_hidden_from_the_header_menu_stays_hidden_after_a_restart(
    qtbot, workspace, data_dir: Path
) -> None:
    _with_a_deal(workspace)
    workspace.close()
    w = _open(qtbot, data_dir)
    table = w.pipeline.findChild(QTableView, "dealsTable")
    chooser = table.columns
    menu = chooser.menu()
    assert _titles(menu)["Commission"] is True
    title_entry = next(a for a in menu.actions() if a.text() == "Deal")
    assert not title_entry.isEnabled()  # the name column stays
    next(a for a in menu.actions() if a.text() == "Commission").toggle()
    assert table.isColumnHidden(DealColumn.COMMISSION)
    table.horizontalHeader().moveSection(DealColumn.AMOUNT, 1)  # the amount second
    table.setColumnWidth(DealColumn.ACCOUNT, 321)
    w.close()

    again = _open(qtbot, data_dir)
    table = again.pipeline.findChild(QTableView, "dealsTable")
    assert table.isColumnHidden(DealColumn.COMMISSION)
    assert _titles(table.columns.menu())["Commission"] is False
    assert table.horizontalHeader().visualIndex(DealColumn.AMOUNT) == 1
    assert table.columnWidth(DealColumn.ACCOUNT) == 321
    again.close()


def test_the_amount_is_never_behind_the_scroll_bar_on_a_small_screen(
    qtbot, workspace, data_dir: Path
) -> None:
    _with_a_deal(workspace)
    workspace.close()
    w = _open(qtbot, data_dir, (1000, 560))
    table = w.pipeline.findChild(QTableView, "dealsTable")
    qtbot.waitUntil(lambda: table.isColumnHidden(DealColumn.CLOSED))
    header = table.horizontalHeader()
    right = header.sectionViewportPosition(DealColumn.AMOUNT) + header.sectionSize(
        DealColumn.AMOUNT
    )
    assert right <= table.viewport().width()
    qtbot.waitUntil(lambda: not table.horizontalScrollBar().isVisible())
    w.close()
