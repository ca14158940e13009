"""The import and export dialogs driven as a rep would: from the welcome page or the File
menu, detection shown, dates asked, mapping corrected, bad rows reported, good rows
imported; the work done off the GUI thread."""

from __future__ import annotations

import gc
import stat
import threading
import weakref
from pathlib import Path

import pytest
from PySide6.QtWidgets import QComboBox, QFileDialog, QLabel, QPushButton, QWidget

from salescoach.domain.crm_vocabulary import Field
from salescoach.services import importing
from salescoach.ui.data.export_dialog import ExportDialog
from salescoach.ui.data.import_dialog import ImportDialog
from salescoach.ui.shell.main_window import MainWindow
from tests import crm_files
from tests.conftest import click_button, on_next_modal


def _dialog(qtbot, window: MainWindow, path: Path) -> ImportDialog:
    assert window.workspace is not None
    dialog = ImportDialog(window.workspace, path, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.sample is not None or "Nothing" in dialog.title.text())
    return dialog


def _text(dialog: QWidget, name: str) -> str:
    widget = dialog.findChild(QWidget, name)
    assert widget is not None, name
    return widget.currentText() if isinstance(widget, QComboBox) else widget.text()


def _choose(combo: QComboBox, data: object) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def test_import_from_the_welcome_page(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = crm_files.pipedrive(tmp_path / "deals.csv")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    threads: list[bool] = []
    write = importing.write

    def spy(*args: object, **kwargs: object) -> importing.ImportResult:
        threads.append(threading.current_thread() is threading.main_thread())
        return write(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(importing, "write", spy)
    seen: dict[str, object] = {}

    def drive(dialog: QWidget) -> None:
        assert isinstance(dialog, ImportDialog)
        qtbot.waitUntil(lambda: dialog.sample is not None)
        seen["detected"] = [_text(dialog, n) for n in ("importFormat", "importEncoding",
                                                       "importSeparator", "importDecimal",
                                                       "importDates")]  # fmt: skip
        seen["rows"] = dialog.preview_model.rowCount()
        seen["header"] = dialog.preview_model.headerData(1, qt_horizontal())
        seen["title_column"] = _text(dialog, "map_title")
        steps: list[int] = []
        dialog.progress.valueChanged.connect(steps.append)
        click_button(dialog, "importNowButton")
        qtbot.waitUntil(lambda: dialog.result is not None, timeout=10_000)
        seen["steps"] = steps
        seen["status"] = _text(dialog, "importStatus")
        click_button(dialog, "importCloseButton")

    on_next_modal(drive)
    welcome = window.pipeline.welcome
    button = welcome.findChild(QPushButton, "importButton")
    assert button.isEnabled()
    button.click()
    assert seen["detected"] == ["Pipedrive deals", "UTF-8", "comma",
                                "decimal point (12,500.50)", "ISO (2024-12-31)"]  # fmt: skip
    assert seen["rows"] == 4
    assert seen["header"] == "Deal - Title\n→ Deal title"
    assert seen["title_column"] == "Deal - Title"
    assert seen["steps"] and seen["steps"][-1] == 4  # type: ignore[index]
    assert str(seen["status"]).startswith(
        "4 deals imported, 0 updated, 0 already there, 2 new accounts"
    )
    assert threads == [False]  # written off the GUI thread
    qtbot.waitUntil(lambda: window.pipeline.model.total_count() == 4)
    assert window.pipeline.stack.currentIndex() == window.pipeline.TABLE


def qt_horizontal() -> object:
    from PySide6.QtCore import Qt

    return Qt.Orientation.Horizontal


def test_ambiguous_dates_are_asked(qtbot, window: MainWindow, tmp_path: Path) -> None:
    path = crm_files.write_csv(tmp_path / "a.csv", ["Titre", "Créée le", "Statut"],
                               [["Audit", "03/04/2024", "En cours"]], sep=";")  # fmt: skip
    dialog = _dialog(qtbot, window, path)
    question = dialog.findChild(QLabel, "datesQuestion")
    assert question.isVisible() and "03/04/2024" in question.text()
    assert _text(dialog, "importDates") == "Choose…"
    assert not dialog.import_button.isEnabled()
    _choose(dialog.conventions.dates, "mdy")
    assert not question.isVisible() and dialog.import_button.isEnabled()
    click_button(dialog, "importNowButton")
    qtbot.waitUntil(lambda: dialog.result is not None)
    [deal] = window.workspace.pipeline.deal_rows()  # type: ignore[union-attr]
    assert deal.created_on.isoformat() == "2024-03-04"


def test_bad_rows_reported_then_the_good_ones_imported(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    path = crm_files.big_pipedrive(tmp_path / "big.csv", 10_000, bad_row=5_000)
    dialog = _dialog(qtbot, window, path)
    assert dialog.title.text() == "big.csv: 10000 rows."
    click_button(dialog, "importNowButton")
    qtbot.waitUntil(lambda: dialog.problems.isVisible(), timeout=20_000)
    model = dialog.problems_model
    assert model.rowCount() == 1
    assert [model.index(0, c).data() for c in range(3)] == [
        "5002", "Deal - Value", "“abc” is not an amount."
    ]  # fmt: skip
    assert "1 row cannot be imported" in _text(dialog, "importStatus")
    assert window.workspace.pipeline.deal_count() == 0  # type: ignore[union-attr]
    assert _text(dialog, "importGoodRowsButton") == "Import only the 9999 good rows"
    click_button(dialog, "importGoodRowsButton")
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=20_000)
    assert dialog.result.deals == 9_999 and dialog.result.skipped_rows == 1
    assert "1 bad row left out" in _text(dialog, "importStatus")


def test_the_rep_maps_the_columns(qtbot, window: MainWindow, tmp_path: Path) -> None:
    path = crm_files.write_csv(tmp_path / "x.csv", ["Projet", "Client", "Prix"],
                               [["Audit", "Cabinet Moreau", "1 200,00"]], sep=";")  # fmt: skip
    dialog = _dialog(qtbot, window, path)
    assert _text(dialog, "map_title") == "(not imported)"
    click_button(dialog, "importNowButton")
    qtbot.waitUntil(lambda: "no column holds the deal titles" in _text(dialog, "importStatus"))
    _choose(dialog.mapping.combos[Field.TITLE], 0)
    _choose(dialog.mapping.combos[Field.ACCOUNT], 1)
    _choose(dialog.mapping.combos[Field.AMOUNT], 2)
    assert dialog.preview_model.headerData(2, qt_horizontal()) == "Prix\n→ Amount"
    qtbot.waitUntil(dialog.import_button.isEnabled)  # the file read again with the new columns
    assert _text(dialog, "importDecimal") == "decimal comma (12 500,50)"
    click_button(dialog, "importNowButton")
    qtbot.waitUntil(lambda: dialog.result is not None)
    [deal] = window.workspace.pipeline.deal_rows()  # type: ignore[union-attr]
    assert (deal.title, deal.account, deal.amount_cents) == ("Audit", "Cabinet Moreau", 120_000)


def test_a_salescoach_export_is_read_back_whole(qtbot, window: MainWindow, tmp_path: Path) -> None:
    from salescoach.services import exporting
    from salescoach.services.workspace import open_workspace

    other = open_workspace(tmp_path / "elsewhere")
    other.load_demo(deals=40)
    out = exporting.export(other.store, "csv", tmp_path / "export").path
    other.close()
    dialog = _dialog(qtbot, window, out / "touches.csv")  # any file of the export
    assert _text(dialog, "importFormat") == "salescoach export"
    assert not dialog.mapping.isVisible() and not dialog.conventions.format.isEnabled()
    assert "a salescoach export" in dialog.title.text()
    click_button(dialog, "importNowButton")
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=10_000)
    assert dialog.result.deals == 40 and dialog.changed
    assert window.workspace.pipeline.deal_count() == 40  # type: ignore[union-attr]


def test_a_file_with_nothing_to_import(qtbot, window: MainWindow, tmp_path: Path) -> None:
    path = tmp_path / "empty.csv"
    path.write_bytes(b"")
    dialog = _dialog(qtbot, window, path)
    assert dialog.title.text() == "Nothing to import."
    assert _text(dialog, "importStatus") == "empty.csv is empty."
    assert not dialog.import_button.isEnabled()


def test_export_from_the_menu(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.workspace.load_demo(deals=30)  # type: ignore[union-attr]
    target = tmp_path / "out.json"
    seen: dict[str, object] = {}

    def drive(dialog: QWidget) -> None:
        assert isinstance(dialog, ExportDialog)
        dialog.json.click()
        assert dialog.path.text().endswith(".json")
        dialog.path.setText(str(target))
        click_button(dialog, "exportNowButton")
        qtbot.waitUntil(lambda: dialog.result is not None)
        seen["status"] = _text(dialog, "exportStatus")
        dialog.reject()

    on_next_modal(drive)
    export = next(a for a in window.menuBar().actions()[0].menu().actions()
                  if a.text() == "E&xport…")  # fmt: skip
    export.trigger()
    assert seen["status"] == f"Exported to {target}: 30 deals."
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_next_weeks_export_shows_what_changes_before_writing(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    rows = [list(r) for r in crm_files.PIPEDRIVE_ROWS]
    first = crm_files.write_csv(tmp_path / "deals.csv", crm_files.PIPEDRIVE, rows)
    dialog = _dialog(qtbot, window, first)
    click_button(dialog, "importNowButton")
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=10_000)
    dialog.close()

    rows[3][4], rows[3][6], rows[3][2] = "Won", "2024-12-20 10:00:00", "1500"
    later = crm_files.write_csv(tmp_path / "deals-next.csv", crm_files.PIPEDRIVE, rows)
    dialog = _dialog(qtbot, window, later)
    click_button(dialog, "importNowButton")
    button = dialog.findChild(QPushButton, "importNowButton")
    qtbot.waitUntil(lambda: button.text() == "&Update" and button.isEnabled(), timeout=10_000)
    assert dialog.result is None  # nothing written yet
    assert _text(dialog, "importStatus").startswith("0 new, 1 changed, 3 unchanged.")
    assert dialog.changes.isVisible() and dialog.changes_model.rowCount() == 1
    change = dialog.changes_model.index(0, 1).data()
    assert dialog.changes_model.index(0, 0).data() == "Formation"
    assert change.startswith("status: Open → Won; amount: €1,000.00 → €1,500.00; close date: —")
    assert window.workspace is not None
    assert window.workspace.numbers.numbers().won == 1  # still as it was

    button.click()
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=10_000)
    assert _text(dialog, "importStatus").startswith("0 deals imported, 1 updated, 3 already")
    assert window.workspace.numbers.numbers().won == 2


def test_a_closed_import_dialog_lets_go_of_the_file(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    """After a large import the window must not keep the file's rows: they held 100 MiB
    for as long as the app ran."""
    path = crm_files.big_pipedrive(tmp_path / "big.csv", 2_000)
    held: list[weakref.ref[object]] = []

    def drive(dialog: QWidget) -> None:
        assert isinstance(dialog, ImportDialog)
        qtbot.waitUntil(lambda: dialog.sample is not None, timeout=20_000)
        held.append(weakref.ref(dialog.sample))
        click_button(dialog, "importNowButton")
        qtbot.waitUntil(lambda: dialog.result is not None, timeout=20_000)
        dialog.reject()

    on_next_modal(drive)
    window.transfer.open_import(path)
    qtbot.waitUntil(lambda: window.pipeline.model.total_count() == 2_000, timeout=20_000)
    for _ in range(3):  # the dialog's deletion, then whatever it held
        qtbot.wait(50)
        gc.collect()
    assert held and held[0]() is None


def test_after_an_import_a_hidden_area_lets_go_of_what_it_read(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    """A view visited before an import kept its rows (tens of MiB on a large history) while
    hidden; it is made again, and lists the imported deals, when shown next."""
    window.show_area("debriefs")
    held = weakref.ref(window.debriefs.model)
    qtbot.waitUntil(lambda: not window.debriefs._running)
    assert window.debriefs.model.rowCount() == 0
    window.show_area("pipeline")

    def drive(dialog: QWidget) -> None:
        assert isinstance(dialog, ImportDialog)
        qtbot.waitUntil(lambda: dialog.sample is not None)
        click_button(dialog, "importNowButton")
        qtbot.waitUntil(lambda: dialog.result is not None, timeout=10_000)
        dialog.reject()

    on_next_modal(drive)
    window.transfer.open_import(crm_files.pipedrive(tmp_path / "deals.csv"))
    for _ in range(3):  # the view's deletion, then whatever it held
        qtbot.wait(50)
        gc.collect()
    assert held() is None
    window.show_area("debriefs")
    view = window.debriefs
    # The two lost deals of the file, waiting for their debrief.
    qtbot.waitUntil(lambda: view.model.rowCount() == 2)


def test_the_preview_shows_each_title_and_cell_whole_up_to_a_width(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    long_note = "Rappeler après le comité de direction du mois prochain, sans faute " * 3
    path = crm_files.write_csv(
        tmp_path / "x.csv",
        ["Titre", "Notes", "Valeur", "Organisation de la personne", "Source"],
        [["Audit", long_note, "1 200,00", "Cabinet Moreau et associés de Villeurbanne", "Salon"]],
        sep=";",
    )
    dialog = _dialog(qtbot, window, path)
    table, model = dialog.preview, dialog.preview_model
    cells, titles = table.fontMetrics(), table.horizontalHeader().fontMetrics()
    assert str(model.headerData(2, qt_horizontal())) == "Valeur\n→ Amount"  # two lines
    for column in (0, 2, 3):
        header = str(model.headerData(column, qt_horizontal()))
        widest = max(
            [titles.horizontalAdvance(line) for line in header.split("\n")]
            + [cells.horizontalAdvance(str(model.index(0, column).data()))]
        )
        assert widest < table.columnWidth(column) <= 280, header
    assert table.columnWidth(1) == 280  # a long note does not push the others away
