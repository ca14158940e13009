"""Looking at a file before importing it: its format, encoding, separator, sheet, header
row, columns and conventions, as detected (`inspect_file`) and as the rep corrects them
(`remap`, `settings_for`, `stages`). The next steps are `import_check.check`, then
`importing.write`.
"""

from __future__ import annotations

from contextlib import suppress
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from salescoach.domain import currencies
from salescoach.domain.crm_vocabulary import Field, default_mapping, normalise
from salescoach.domain.csv_formats import (
    Format,
    decode,
    detect_format,
    has_content,
    mysql_dump,
    read_rows,
    sniff_separator,
    unescape_mysql,
)
from salescoach.domain.enums import DealStatus
from salescoach.domain.import_conventions import Conventions, DateOrder, detect_conventions
from salescoach.domain.import_stages import StageCount, stage_table
from salescoach.domain.messages import QT_TRANSLATE_NOOP, UserError, msg
from salescoach.domain.native_format import BY_FILE
from salescoach.domain.table_shape import find_header, is_total_row
from salescoach.services import native_import, spreadsheets
from salescoach.services.collector import collector_paused

CTX = "Importing"


@dataclass
class FileSample:
    """What a file looks like: detected, shown in the preview, corrected by the rep."""

    path: Path
    format: Format
    encoding: str  # an `Encoding`, or the code page found ("cp1251"); "" for a workbook
    separator: str
    headers: list[str]
    rows: list[list[str]]  # the data rows, as written
    first_row: int  # the spreadsheet row number of rows[0]
    mapping: dict[Field, int]
    conventions: Conventions
    native: native_import.NativeFiles | None = None
    sheet: str = ""  # the sheet read, for a workbook
    sheets: list[str] = field(default_factory=list)  # a workbook's sheets, to choose from
    has_header: bool = True  # False: the first row is already a deal (columns #1, #2…)
    totals_left_out: int = 0  # a report's totals and footer rows, not read as deals
    amount_currency: str | None = None  # the currency the amount column's name gives
    # The bytes read and the file's size and modification time then: read again with
    # another sheet, encoding or header row, an unchanged file is not read a second time.
    data: bytes = field(default=b"", repr=False)
    stamp: tuple[int, int] | None = None


@dataclass(frozen=True)
class ImportSettings:
    """The rep's (or the command line's) answers: what to read the file as."""

    format: Format
    mapping: dict[Field, int]
    decimal_point: str
    date_order: DateOrder | None
    # Each stage value (as `normalise` writes it) to the status it means; the rep's
    # corrections of `stage_table`'s proposals.
    status_map: dict[str, DealStatus] = field(default_factory=dict)
    currency: str = ""  # of a file naming none ("": `main_currency()`)


def remap(sample: FileSample, mapping: dict[Field, int]) -> FileSample:
    """The sample read with another mapping: its conventions found again from the columns
    now mapped (a file without a header has its dates only once the rep names them)."""
    amount = mapping.get(Field.AMOUNT)
    said = currencies.in_header(sample.headers[amount]) if amount is not None else None
    return replace(
        sample, mapping=dict(mapping),
        conventions=detect_conventions(sample.rows, mapping, sample.separator),
        amount_currency=said[0] if said else None,
    )  # fmt: skip


def column_index(sample: FileSample, column: str) -> int:
    """A column named by its header or by its number from 1; `UserError` if there is none."""
    names = [" ".join(h.split()).casefold() for h in sample.headers]
    wanted = " ".join(column.split()).casefold()
    if wanted in names:
        return names.index(wanted)
    if column.strip().lstrip("#").isdecimal():
        number = int(column.strip().lstrip("#"))
        if 1 <= number <= len(sample.headers):
            return number - 1
    raise _fail(
        QT_TRANSLATE_NOOP(
            "Importing", "{file} has no column “{column}”; its columns are: {columns}."
        ),
        file=sample.path.name,
        column=column,
        columns=", ".join(sample.headers),
    )


def _fail(text: str, **args: object) -> UserError:
    return UserError(msg(CTX, text, **args))


def main_currency() -> str:
    """The currency a file naming none is read in, unless the rep chooses another (one
    function, so that the rep's main currency replaces the default in one place)."""
    return currencies.DEFAULT


@collector_paused()
def inspect_file(
    path: Path,
    fmt: Format | None = None,
    *,
    sheet: str | None = None,
    encoding: str | None = None,
    no_header: bool = False,
    previous: FileSample | None = None,
) -> FileSample:
    """Read and recognise a file; raises `UserError` for one that holds nothing to import.

    `sheet`, `encoding` and `no_header` are the rep's corrections of what was detected;
    `previous`, the sample they correct: its bytes serve again if the file is unchanged."""
    if path.is_dir() or fmt is Format.NATIVE or _is_json(path):
        return _native_sample(path)
    data, stamp = _read(path, previous)
    if _looks_native(path, data):
        return _native_sample(path)
    kind = spreadsheets.kind_of(path, data)
    sheets: list[str] = []
    if kind in ("workbook", "ole"):
        chosen_sheet, sheets = spreadsheets.read_workbook(path, data, sheet)
        records, text_encoding, separator = chosen_sheet.records, "", ""
        sheet = chosen_sheet.name
    elif kind != "text":
        raise spreadsheets.refuse_kind(path, kind)
    else:
        text, text_encoding = decode(data, encoding)
        if not has_content(text):
            raise _fail(QT_TRANSLATE_NOOP("Importing", "{file} is empty."), file=path.name)
        separator = sniff_separator(text)
        if mysql_dump(text):
            text = unescape_mysql(text)
        records = read_rows(text, separator, path.name)
        sheet = ""
    if not any(any(c.strip() for c in r) for r in records):
        raise _fail(QT_TRANSLATE_NOOP("Importing", "{file} is empty."), file=path.name)
    start, has_header = find_header(records, no_header)
    if has_header:
        headers = [" ".join(h.replace("\ufeff", "").split()) for h in records[start]]
        rows = records[start + 1 :]
        first_row = start + 2
    else:
        width = max(len(r) for r in records[start : start + 1000])
        headers = [f"#{i}" for i in range(1, width + 1)]
        rows = records[start:]
        first_row = start + 1
    width = len(headers)
    totals = 0
    for i, row in enumerate(rows):  # a report's totals and footer: not deals
        if row and is_total_row(row, width):
            rows[i] = []
            totals += 1
    if not any(any(c.strip() for c in r) for r in rows):
        raise _fail(
            QT_TRANSLATE_NOOP(
                "Importing", "{file} has column names but no rows: nothing to import."
            ),
            file=path.name,
        )
    chosen = fmt or detect_format(headers)
    mapping, amount_currency = default_mapping(headers, rows) if has_header else ({}, None)
    return FileSample(
        path, chosen, text_encoding, separator, headers, rows, first_row, mapping,
        detect_conventions(rows, mapping, separator), sheet=sheet, sheets=sheets,
        has_header=has_header, totals_left_out=totals, amount_currency=amount_currency,
        data=data, stamp=stamp,
    )  # fmt: skip


def _read(path: Path, previous: FileSample | None) -> tuple[bytes, tuple[int, int]]:
    """The file's bytes: those of `previous` when it read this file and the file's size
    and modification time are still the same, else read now."""
    if previous is not None and previous.stamp is not None and previous.path == path:
        with suppress(OSError):  # gone or unreadable: read_stamped says so
            if native_import.stamp_of(path.stat()) == previous.stamp:
                return previous.data, previous.stamp
    return native_import.read_stamped(path)


def _native_sample(path: Path) -> FileSample:
    files = native_import.read_native(path)
    deals = files.tables["deals"]
    return FileSample(
        path, Format.NATIVE, files.encoding, ",", list(deals.headers), deals.rows[:50],
        2, {}, Conventions(".", None), files,
    )  # fmt: skip


def _is_json(path: Path) -> bool:
    return path.suffix.lower() == ".json" and path.is_file()


def _looks_native(path: Path, data: bytes) -> bool:
    """A table of a salescoach export: named as one, its first line its columns."""
    table = BY_FILE.get(path.name)
    if table is None:
        return False
    head, _ = decode(data[:4096])
    first = head.lstrip("\ufeff").splitlines()[0] if head.strip() else ""
    return first.split(",") == list(table.names)


def settings_for(sample: FileSample) -> ImportSettings:
    """What the file was detected as (the dialog's starting point, the CLI's default)."""
    c = sample.conventions
    proposed = {
        normalise(s.value): s.proposed
        for s in stages(sample, sample.mapping)
        if s.proposed is not None
    }
    return ImportSettings(
        sample.format, dict(sample.mapping), c.decimal_point, c.date_order, proposed,
        sample.amount_currency or "",
    )  # fmt: skip


def stages(sample: FileSample, mapping: dict[Field, int]) -> list[StageCount]:
    """Each distinct stage value of rows without a status, with its count and the status
    proposed for it (the dialog's table; most frequent first)."""
    if sample.native is not None:
        return []
    return stage_table(sample.rows, mapping)


def inspect_with_stages(path: Path, **how: Any) -> tuple[FileSample, list[StageCount]]:
    """The file read and its stages counted (both pass over every row: one worker's job)."""
    sample = inspect_file(path, **how)
    return sample, stages(sample, sample.mapping)
