"""A file is read from disk once: inspected (a workbook, a CRM file named as an export's
table) and read again another way while unchanged; a file changed since is read again."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest

from salescoach.services import import_sample
from tests import crm_files

_opened: list[str] = []
_watched: list[Path] = []


def _audit(event: str, args: tuple[object, ...]) -> None:
    # Python's own "open" event: builtins.open, io.open, os.open (zipfile's and ours).
    if event == "open" and _watched and isinstance(args[0], str | bytes | os.PathLike):
        path = os.fsdecode(args[0])  # type: ignore[arg-type]
        if any(path.startswith(str(w)) for w in _watched):
            _opened.append(path)


sys.addaudithook(_audit)  # an audit hook cannot be removed: it watches only `_watched`


@pytest.fixture
def opened(tmp_path: Path) -> Iterator[list[str]]:
    """The files under `tmp_path` opened since the test began (or since it cleared it)."""
    _opened.clear()
    _watched.append(tmp_path)
    yield _opened
    _watched.remove(tmp_path)


def test_a_workbook_is_read_once(tmp_path: Path, opened: list[str]) -> None:
    path = tmp_path / "deals.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for row in [crm_files.PIPEDRIVE, *crm_files.PIPEDRIVE_ROWS]:
        sheet.append(row)
    book.save(path)
    opened.clear()
    sample = import_sample.inspect_file(path)
    assert [r[1] for r in sample.rows] == [r[1] for r in crm_files.PIPEDRIVE_ROWS]
    assert opened == [str(path)]


def test_a_crm_file_named_as_an_export_table_is_read_once(
    tmp_path: Path, opened: list[str]
) -> None:
    """Pipedrive names its export deals.csv, as salescoach's export names its deals."""
    path = crm_files.pipedrive(tmp_path / "deals.csv")
    opened.clear()
    sample = import_sample.inspect_file(path)
    assert sample.format.value == "pipedrive"
    assert opened == [str(path)]


def test_read_again_another_way_an_unchanged_file_is_not_read_again(
    tmp_path: Path, opened: list[str]
) -> None:
    path = crm_files.french(tmp_path / "export.csv")
    first = import_sample.inspect_file(path)
    opened.clear()
    again = import_sample.inspect_file(path, no_header=True, previous=first)
    assert opened == []
    assert not again.has_header and again.rows[0] == first.headers  # now a row
    cyrillic = import_sample.inspect_file(path, encoding="cp1251", previous=again)
    assert opened == []
    assert cyrillic.encoding == "cp1251" and cyrillic.rows[0] != first.rows[0]


@pytest.mark.parametrize("same_size", [False, True])
def test_a_file_replaced_after_inspection_is_read_again(
    tmp_path: Path, opened: list[str], same_size: bool
) -> None:
    path = crm_files.write_csv(tmp_path / "crm.csv", ["Deal", "Amount"], [["Boulangerie", "100"]])
    first = import_sample.inspect_file(path)
    before = path.stat()
    replaced = ["Patisseries", "200"] if same_size else ["Garage Petit", "3000"]
    crm_files.write_csv(path, ["Deal", "Amount"], [replaced])
    if same_size:  # replaced within the same clock tick, the size alone would not tell
        assert path.stat().st_size == before.st_size
        os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns + 1_000_000))
    opened.clear()
    again = import_sample.inspect_file(path, no_header=True, previous=first)
    assert opened == [str(path)]
    assert again.rows[1] == replaced
