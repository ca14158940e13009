"""Reading a workbook against reading the same rows from CSV (same run).

The workbook is the benchmark's Pipedrive-style export written by openpyxl in write-only
mode (dates as real dates, amounts as numbers), kept in the benchmark cache; "reading" is
what the import dialog does before its preview: the file opened, decoded, split into rows,
its header, columns and conventions found.
"""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

from benchmarks.importing import make_file

_DATES = {"Deal - Won time", "Deal - Lost time", "Deal - Deal created"}
_NUMBERS = {"Deal - Value", "Deal - Done activities"}


def make_workbook(csv_path: Path, target: Path) -> Path:
    """The CSV's rows as an .xlsx: typed cells, as Excel or a CRM writes them."""
    import csv

    import openpyxl

    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("Deals")
    with csv_path.open(encoding="utf-8", newline="") as f:
        reader = csv.reader(f)
        headers = next(reader)
        sheet.append(headers)
        kinds = ["date" if h in _DATES else "number" if h in _NUMBERS else "" for h in headers]
        for row in reader:
            sheet.append([_typed(c, k) for c, k in zip(row, kinds, strict=True)])
    partial = target.with_suffix(".part.xlsx")
    book.save(partial)
    partial.replace(target)
    return target


def _typed(cell: str, kind: str) -> object:
    if not cell or not kind:
        return cell or None
    if kind == "date":
        return dt.datetime.fromisoformat(cell)
    return float(cell) if "." in cell else int(cell)


def _read(path: Path) -> float:
    from salescoach.services import import_sample

    start = time.perf_counter()
    sample = import_sample.inspect_file(path)
    elapsed = time.perf_counter() - start
    assert sample.rows and sample.mapping, "the benchmark file must be recognised"
    return elapsed


def measure(rows: int, cache: Path) -> tuple[float, float]:
    """(reading the .xlsx, reading the same rows as CSV), best of two each, in seconds."""
    cache.mkdir(parents=True, exist_ok=True)
    csv_path = cache / f"pipedrive-{rows}.csv"
    if not csv_path.exists():
        make_file(csv_path, rows)
    xlsx = cache / f"pipedrive-{rows}.xlsx"
    if not xlsx.exists() or xlsx.stat().st_mtime < csv_path.stat().st_mtime:
        make_workbook(csv_path, xlsx)
    workbook = min(_read(xlsx) for _ in range(2))
    text = min(_read(csv_path) for _ in range(2))
    return workbook, text


if __name__ == "__main__":
    import sys
    import tempfile

    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    with tempfile.TemporaryDirectory() as tmp:
        book, text = measure(n, Path(tmp))
    print(f"read {n} rows: xlsx {book:.2f} s, csv {text:.2f} s, ratio {book / text:.2f}")
