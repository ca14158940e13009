"""The import dialog's answers about reading a real export, given through its widgets:
each stage's status, the sheet, the encoding, the currency; spreadsheets offered."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtWidgets import QCheckBox, QComboBox, QFileDialog, QLabel, QPushButton

from salescoach.ui.data.import_dialog import ImportDialog
from salescoach.ui.shell.main_window import MainWindow
from tests import crm_files


def _dialog(qtbot, window: MainWindow, path: Path) -> ImportDialog:
    assert window.workspace is not None
    dialog = ImportDialog(window.workspace, path, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.sample is not None and not dialog._busy)
    return dialog


def _choose(qtbot, dialog: ImportDialog, combo: QComboBox, data: object) -> None:
    index = combo.findData(data) if data is not None else -1
    if index < 0:
        index = combo.findText(str(data))
    assert index >= 0, data
    combo.setCurrentIndex(index)
    combo.activated.emit(index)
    qtbot.waitUntil(lambda: not dialog._busy)


def _import(qtbot, dialog: ImportDialog) -> None:
    assert dialog.import_button.isEnabled(), dialog.status.text()
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=10_000)


def _deals(data_dir: Path) -> list[tuple[str, str, str]]:
    with sqlite3.connect(data_dir / "salescoach.sqlite") as conn:
        rows = conn.execute("SELECT title, status, currency FROM deals ORDER BY title").fetchall()
    conn.close()
    return rows


def test_each_stage_gets_a_status(qtbot, window: MainWindow, data_dir: Path, tmp_path: Path
                                  ) -> None:  # fmt: skip
    path = crm_files.write_csv(
        tmp_path / "oportunidades.csv",
        ["Nombre de la oportunidad", "Etapa", "Importe", "Fecha de cierre"],
        [["Audit", "Ganada", "100", "2024-03-01"], ["Paie", "Ganada", "200", "2024-03-02"],
         ["Site", "Perdida", "50", "2024-03-03"], ["Conseil", "Actualizada", "70", ""]],
    )  # fmt: skip
    dialog = _dialog(qtbot, window, path)
    table = dialog.stages.table
    assert dialog.stages.isVisible() and table.rowCount() == 3
    shown = [(table.item(r, 0).text(), table.item(r, 1).text(),
              table.cellWidget(r, 2).currentText()) for r in range(3)]  # fmt: skip
    assert shown == [("Ganada", "2", "won"), ("Actualizada", "1", "Choose…"),
                     ("Perdida", "1", "lost")]  # fmt: skip
    assert not dialog.import_button.isEnabled()
    assert "each stage" in dialog.status.text()
    _choose(qtbot, dialog, table.cellWidget(1, 2), "open")
    _choose(qtbot, dialog, table.cellWidget(2, 2), "open")  # the rep corrects a proposal
    _import(qtbot, dialog)
    assert _deals(data_dir) == [("Audit", "won", "EUR"), ("Conseil", "open", "EUR"),
                                ("Paie", "won", "EUR"), ("Site", "open", "EUR")]  # fmt: skip


def test_sheet_and_currency_are_chosen(qtbot, window: MainWindow, data_dir: Path,
                                       tmp_path: Path) -> None:  # fmt: skip
    book = openpyxl.Workbook()
    book.active.title = "Deals"
    book.active.append(["Deal Name", "Amount"])
    book.active.append(["Audit", 1200])
    old = book.create_sheet("Old")
    old.append(["Deal Name", "Amount"])
    old.append(["Archive", 10])
    old.append(["Paie", 20])
    path = tmp_path / "deals.xlsx"
    book.save(path)
    dialog = _dialog(qtbot, window, path)
    sheet = dialog.findChild(QComboBox, "importSheet")
    assert sheet.isVisible() and [sheet.itemText(i) for i in range(2)] == ["Deals", "Old"]
    assert not dialog.findChild(QComboBox, "importEncodingChoice").isVisible()
    assert dialog.preview_model.rowCount() == 1
    _choose(qtbot, dialog, sheet, "Old")
    assert dialog.sample is not None and dialog.sample.sheet == "Old"
    assert dialog.preview_model.rowCount() == 2
    currency = dialog.findChild(QComboBox, "importCurrency")
    assert currency.currentText() == "EUR"
    note = dialog.findChild(QLabel, "importReadingNote")
    assert "the file names none; amounts read in EUR" in note.text()
    _choose(qtbot, dialog, currency, "CLP")
    assert "amounts read in CLP" in note.text()
    _import(qtbot, dialog)
    assert _deals(data_dir) == [("Archive", "open", "CLP"), ("Paie", "open", "CLP")]


def test_the_encoding_is_shown_and_changeable(qtbot, window: MainWindow, tmp_path: Path
                                              ) -> None:  # fmt: skip
    path = tmp_path / "ru.csv"
    path.write_bytes("Title,Amount\nИгрушки для детей,100\nПортативные устройства,5\n"
                     .encode("cp1251"))  # fmt: skip
    dialog = _dialog(qtbot, window, path)
    encoding = dialog.findChild(QComboBox, "importEncodingChoice")
    assert encoding.currentText() == "Windows-1251 (detected)"
    assert dialog.sample is not None and dialog.sample.rows[0][0] == "Игрушки для детей"
    _choose(qtbot, dialog, encoding, "cp1252")
    assert dialog.sample.encoding == "cp1252"
    assert dialog.sample.rows[0][0] == "Èãðóøêè äëÿ äåòåé"  # what the rep would see, and fix
    _choose(qtbot, dialog, encoding, "cp1251")
    assert dialog.sample.rows[0][0] == "Игрушки для детей"


def test_a_file_without_header_or_title(qtbot, window: MainWindow, tmp_path: Path) -> None:
    path = crm_files.write_csv(tmp_path / "dump.csv", ["100", "Windrose", "179500.00", "Won"],
                               [["104", "Megamall", "420.00", "Lost"]])  # fmt: skip
    dialog = _dialog(qtbot, window, path)
    assert dialog.findChild(QCheckBox, "importNoHeader").isChecked()
    assert dialog.sample is not None and dialog.sample.headers[:2] == ["#1", "#2"]
    headers = ["opportunity_id", "account", "product", "deal_stage", "close_value"]
    row = ["1C1I7A6R", "Cancity", "GTX Plus Basic", "Won", "1054"]
    maven = crm_files.write_csv(tmp_path / "maven.csv", headers, [row])
    dialog = _dialog(qtbot, window, maven)
    note = dialog.findChild(QLabel, "importReadingNote").text()
    assert "No title column: titles made from “account” – “product”." in note


def test_the_open_dialog_offers_spreadsheets(qtbot, window: MainWindow,
                                             monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    offered: list[str] = []

    def ask(*args: object, **kwargs: object) -> tuple[str, str]:
        offered.append(str(args[3]))
        return "", ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", ask)
    window.pipeline.welcome.findChild(QPushButton, "importButton").click()
    assert offered and "*.xlsx *.xlsm *.xls *.ods" in offered[0]


def test_a_file_changed_while_the_dialog_is_open_is_read_again(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    """Read again another way, the file is taken as it is now on disk, not as first read."""
    path = crm_files.write_csv(tmp_path / "crm.csv", ["Deal", "Amount"], [["Boulangerie", "100"]])
    dialog = _dialog(qtbot, window, path)
    assert dialog.sample is not None and dialog.sample.rows == [["Boulangerie", "100"]]
    crm_files.write_csv(path, ["Deal", "Amount"], [["Garage Petit", "3000"]])
    dialog.findChild(QCheckBox, "importNoHeader").click()
    qtbot.waitUntil(lambda: not dialog._busy)
    assert dialog.sample.rows == [["Deal", "Amount"], ["Garage Petit", "3000"]]


def test_the_stages_are_counted_off_the_gui_thread_and_the_file_let_go_on_closing(
    qtbot, window: MainWindow, data_dir: Path, tmp_path: Path, monkeypatch
) -> None:
    """A CRM file of 100,000 rows: counting its stages passes over every row (100 ms), done
    with the reading on a worker, not when the dialog shows them or when Import is clicked;
    once closed, the dialog lets the file's rows go."""
    import gc
    import threading
    import weakref

    from salescoach.services import import_sample

    threads: list[str] = []
    count = import_sample.stage_table

    def recorded(*args, **kwargs):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread().name)
        return count(*args, **kwargs)

    monkeypatch.setattr(import_sample, "stage_table", recorded)
    path = crm_files.write_csv(
        tmp_path / "oportunidades.csv",
        ["Nombre de la oportunidad", "Etapa", "Importe", "Fecha de cierre"],
        [["Audit", "Ganada", "100", "2024-03-01"], ["Site", "Perdida", "50", "2024-03-03"]],
    )
    dialog = _dialog(qtbot, window, path)
    table = dialog.stages.table
    assert [(table.item(r, 0).text(), table.item(r, 1).text()) for r in range(2)] == [
        ("Ganada", "1"),
        ("Perdida", "1"),
    ]
    _import(qtbot, dialog)
    assert _deals(data_dir) == [("Audit", "won", "EUR"), ("Site", "lost", "EUR")]
    assert threads and threading.main_thread().name not in threads
    sample = weakref.ref(dialog.sample)
    dialog.reject()
    gc.collect()
    qtbot.waitUntil(lambda: sample() is None)
