"""Generated files, as odd as spreadsheets get: each one imports, or is refused with a
message or a report; nothing else ever comes out (no crash, no half import)."""

from __future__ import annotations

import csv
import datetime as dt
import io
import sqlite3
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from salescoach.domain.crm_vocabulary import ALIASES
from salescoach.domain.messages import UserError
from salescoach.services import import_check, import_sample, importing
from salescoach.services.workspace import open_workspace

_KNOWN = [names[0] for names in ALIASES.values()] + ["Montant", "Statut", "Date de clôture"]
_CELLS = st.one_of(
    st.text(max_size=12),
    st.sampled_from(["Won", "lost", "Gagnée", "open", "Deleted", "closedwon", ""]),
    st.sampled_from(["12 500,50 €", "12,500.50", "-3", "1e5", "abc", "0", "9" * 30]),
    st.sampled_from(["2024-02-30", "31/12/2024", "12/31/2024", "03/04/24", "2024-01-01 10:00"]),
    st.sampled_from(["=1+1", "'@x", "+33", "\t", "\r\n", '"', ";", ","]),
    st.integers(-5, 2000).map(str),
)


@st.composite
def csv_files(draw: st.DrawFn) -> bytes:
    headers = draw(st.lists(st.one_of(st.sampled_from(_KNOWN), st.text(max_size=8)),
                            min_size=0, max_size=7))  # fmt: skip
    rows = draw(st.lists(st.lists(_CELLS, max_size=len(headers) + 2), max_size=8))
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=draw(st.sampled_from([",", ";", "\t"])))
    for row in [headers, *rows]:
        writer.writerow(row)
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "utf-16"]))
    data = buf.getvalue().encode(encoding, errors="replace")
    if draw(st.booleans()):  # now and then, bytes no encoding expects
        cut = draw(st.integers(0, len(data)))
        data = data[:cut] + draw(st.binary(max_size=6)) + data[cut:]
    return data


def _try(folder: Path, data: bytes, name: str = "file.csv") -> None:
    path = folder / name
    path.write_bytes(data)
    ws = open_workspace(folder / "data")
    try:
        before = _deals(folder)
        try:
            sample = import_sample.inspect_file(path)
            chosen = import_sample.settings_for(sample)
            if sample.conventions.dates_ambiguous:
                from dataclasses import replace

                from salescoach.domain.import_conventions import DateOrder

                chosen = replace(chosen, date_order=DateOrder.DMY)
            plan = import_check.check(ws.store, sample, chosen)
            result = importing.write(ws.store, plan)
        except importing.ImportRefusedError as refused:
            assert refused.plan.problems  # a report, row by row
            assert all(p.row >= 2 and p.problem.english() for p in refused.plan.problems)
            assert _deals(folder) == before
            result = importing.write(ws.store, refused.plan, skip_bad_rows=True)
        except UserError as exc:  # the file as a whole: empty, no title column…
            assert exc.message.english()
            assert _deals(folder) == before
            return
        assert _deals(folder) == before + result.deals
    finally:
        ws.close()


def _deals(folder: Path) -> int:
    with sqlite3.connect(folder / "data" / "salescoach.sqlite") as conn:
        n = int(conn.execute("SELECT count(*) FROM deals").fetchone()[0])
    conn.close()
    return n


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=csv_files())
def test_any_file_imports_or_is_refused_with_a_report(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        _try(Path(tmp), data)


@settings(max_examples=150, deadline=None)
@given(data=st.binary(max_size=300))
def test_any_bytes_at_all(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        _try(Path(tmp), data)


_TYPED = st.one_of(
    _CELLS.filter(lambda c: c.isprintable()),
    st.integers(-(10**12), 10**12),
    st.floats(-1e12, 1e12, allow_nan=False),
    st.booleans(),
    st.dates(dt.date(1800, 1, 1), dt.date(9999, 12, 31)),
    st.datetimes(dt.datetime(1900, 1, 1), dt.datetime(2300, 1, 1)),
    st.none(),
)


@st.composite
def workbooks(draw: st.DrawFn) -> bytes:
    """A workbook as reports and reps make them: title rows, typed cells, totals, sheets."""
    import openpyxl

    book = openpyxl.Workbook()
    for n in range(draw(st.integers(1, 2))):
        sheet = book.active if n == 0 else book.create_sheet(f"S{n}")
        for _ in range(draw(st.integers(0, 2))):  # a report's title rows
            sheet.append([draw(st.text(max_size=10).filter(str.isprintable))])
        headers = draw(st.lists(st.sampled_from(_KNOWN), max_size=6))
        sheet.append(headers)
        for row in draw(st.lists(st.lists(_TYPED, max_size=len(headers) + 1), max_size=6)):
            sheet.append(row)
        if draw(st.booleans()):
            sheet.append(["Grand Totals (3 records)", None, 12.5])
    buf = io.BytesIO()
    book.save(buf)
    return buf.getvalue()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=workbooks())
def test_any_workbook_imports_or_is_refused_with_a_report(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        _try(Path(tmp), data, "file.xlsx")


@given(
    rows=st.lists(st.lists(_CELLS, min_size=1, max_size=4), min_size=1, max_size=12),
    terminator=st.sampled_from(["\r\n", "\n", "\r"]),
    chunk=st.integers(1, 40),
)
@settings(max_examples=150, deadline=None)
def test_a_file_read_a_chunk_at_a_time_reads_as_one_piece(
    rows: list[list[str]], terminator: str, chunk: int
) -> None:
    """Large files are split into pieces for the reader: cells holding line breaks and
    "\\r\\n" line ends falling across a cut read exactly as the whole file does."""
    from salescoach.domain import csv_formats

    width = max(len(r) for r in rows)  # as exporters write them: every row whole
    rows = [r + [""] * (width - len(r)) for r in rows]
    buf = io.StringIO()
    csv.writer(buf, lineterminator=terminator).writerows(rows)
    text = buf.getvalue()
    whole = list(csv.reader(io.StringIO(text, newline=""), strict=False))
    pieces = list(csv.reader(csv_formats._lines(text, chunk=chunk), strict=False))
    assert pieces == whole
    assert csv_formats.read_rows(text, ",") == whole
