"""Importing salescoach's own export (a folder of CSV files, or the JSON file) exactly.

Rows keep their ids and timestamps, so that export → import into an empty folder → export
gives identical files. Into a folder that already has data, a row whose id is there is
left as it is (importing the same export twice adds nothing); a row pointing to something
neither in the export nor in the data is a bad row, like a cell that cannot be read.
"""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Connection

from salescoach.domain.csv_formats import (
    Encoding,
    decode,
    has_content,
    read_rows,
    restore,
    sniff_separator,
)
from salescoach.domain.importing import RowProblem
from salescoach.domain.messages import QT_TRANSLATE_NOOP, Message, UserError, msg
from salescoach.domain.native_format import (
    FORMAT_NAME,
    FORMAT_VERSION,
    TABLES,
    CellError,
    Kind,
    Table,
    json_cell,
    read_cell,
    row_problems,
    shorten,
)
from salescoach.store import bulk

CTX = "Importing"
CHUNK = 5000
# 1 GiB: Salesforce cuts its data exports into 512 MB parts and a million-deal Pipedrive or
# HubSpot file is a few hundred MB; a file past this is not an export (and reading it whole
# would take many times its size in memory).
MAX_FILE_BYTES = 1 << 30


@dataclass
class NativeTable:
    file: str
    headers: list[str]
    rows: list[list[str]]
    first_row: int = 2  # a CSV file's header is row 1; a JSON list's first item is item 1


@dataclass
class NativeFiles:
    where: Path
    encoding: Encoding
    tables: dict[str, NativeTable]
    neutralised: bool = True  # CSV cells had formulas neutralised (JSON never does)


@dataclass
class NativePlan:
    good: dict[str, list[tuple[object, ...]]] = field(default_factory=dict)
    problems: list[RowProblem] = field(default_factory=list)
    rows: int = 0
    existing: dict[str, set[object]] = field(default_factory=dict)  # ids already stored


def _fail(text: str, **args: object) -> UserError:
    return UserError(msg(CTX, text, **args))


def read_bytes(path: Path) -> bytes:
    """A file's bytes, refused up front (`UserError`) when it is not a regular file (a
    device such as /dev/zero never ends, a pipe may never answer) or is larger than
    `MAX_FILE_BYTES`."""
    return read_stamped(path)[0]


def stamp_of(info: os.stat_result) -> tuple[int, int]:
    """What tells a file read before from one changed since: its size and modification
    time (nanoseconds)."""
    return info.st_size, info.st_mtime_ns


def read_stamped(path: Path) -> tuple[bytes, tuple[int, int]]:
    """`read_bytes`, with the `stamp_of` the file that was read (taken from the open file,
    so that a file replaced meanwhile cannot lend its stamp)."""
    try:
        # O_NONBLOCK: opening a pipe must not wait for a writer; fstat, not stat, so that
        # what is checked is what is read.
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except OSError as exc:
        raise _cannot_read(path, exc) from exc
    with os.fdopen(fd, "rb") as f:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise _fail(
                QT_TRANSLATE_NOOP(
                    "Importing",
                    "{path} is not a file (a folder, a device, a pipe or a socket): only "
                    "files can be imported. Nothing was imported.",
                ),
                path=str(path),
            )
        if info.st_size > MAX_FILE_BYTES:
            raise _too_large(path)
        try:
            data = f.read(MAX_FILE_BYTES + 1)
        except OSError as exc:
            raise _cannot_read(path, exc) from exc
    if len(data) > MAX_FILE_BYTES:  # it grew while we looked
        raise _too_large(path)
    return data, stamp_of(info)


def _cannot_read(path: Path, exc: OSError) -> UserError:
    return _fail(
        QT_TRANSLATE_NOOP("Importing", "Cannot read {path}: {reason}"),
        path=str(path),
        reason=exc.strerror or str(exc),
    )


def _too_large(path: Path) -> UserError:
    return _fail(
        QT_TRANSLATE_NOOP(
            "Importing",
            "{file} is larger than {limit} MiB, more than any CRM export holds: it is not "
            "read. Nothing was imported.",
        ),
        file=path.name,
        limit=MAX_FILE_BYTES >> 20,
    )


def read_text(path: Path) -> tuple[str, Encoding]:
    """A file's text and the encoding it was read in; `UserError` naming the file when it
    cannot be read, is not a file or is too large."""
    return decode(read_bytes(path))


def read_native(path: Path) -> NativeFiles:
    """The tables of an export: `path` is its folder, one of its files, or its JSON file."""
    if path.suffix.lower() == ".json" and path.is_file():
        return _read_json(path)
    folder = path if path.is_dir() else path.parent
    tables: dict[str, NativeTable] = {}
    encodings: set[Encoding] = set()
    for table in TABLES:
        file = folder / table.file_name
        if not file.is_file():
            tables[table.name] = NativeTable(table.file_name, list(table.names), [])
            continue
        text, encoding = read_text(file)
        encodings.add(encoding)
        records = read_rows(text, sniff_separator(text), file.name) if has_content(text) else []
        headers = [h.replace("\ufeff", "").strip() for h in records[0]] if records else []
        tables[table.name] = NativeTable(table.file_name, headers, records[1:])
    if not (folder / "deals.csv").is_file():
        raise _fail(
            QT_TRANSLATE_NOOP(
                "Importing", "{path} holds no salescoach export (no deals.csv in it)."
            ),
            path=str(folder),
        )
    encoding = encodings.pop() if len(encodings) == 1 else Encoding.MIXED
    return NativeFiles(folder, encoding, tables)


def _read_json(path: Path) -> NativeFiles:
    data = read_bytes(path)
    try:
        doc = json.loads(data)
    except RecursionError:  # [[[[… a hundred thousand deep: Python's parser recurses
        raise _not_an_export(path, "nested too deeply") from None
    except json.JSONDecodeError as exc:
        raise _fail(
            QT_TRANSLATE_NOOP(
                "Importing",
                "{file} is not a salescoach JSON export: it is not valid JSON (line {line}, "
                "column {column}: {reason}). Nothing was imported.",
            ),
            file=path.name,
            line=exc.lineno,
            column=exc.colno,
            reason=exc.msg,
        ) from exc
    except ValueError as exc:  # not UTF-8, or a number of more than 4,300 digits
        raise _not_an_export(path, str(exc)) from exc
    if not isinstance(doc, dict) or doc.get("format") != FORMAT_NAME:
        raise _fail(
            QT_TRANSLATE_NOOP("Importing", "{file} is not a salescoach JSON export."),
            file=path.name,
        )
    version = doc.get("version")
    if type(version) is not int:
        raise _not_an_export(path, "“version” is not a whole number")
    if version > FORMAT_VERSION:
        raise _fail(
            QT_TRANSLATE_NOOP(
                "Importing",
                "{file} was written by a newer salescoach (export format {version}); update "
                "salescoach to import it. Nothing was imported.",
            ),
            file=path.name,
            version=version,
        )
    found = doc.get("tables")
    if not isinstance(found, dict):
        raise _not_an_export(path, "“tables” is not an object holding one list per table")
    unknown = sorted(set(found) - {t.name for t in TABLES})
    if unknown:
        raise _not_an_export(path, f"“tables” holds “{shorten(unknown[0])}”, not a table")
    if "deals" not in found:
        raise _not_an_export(path, "“tables” has no “deals”")
    tables: dict[str, NativeTable] = {}
    for table in TABLES:
        items = found.get(table.name, [])
        if not isinstance(items, list):
            raise _not_an_export(path, f"“{table.name}” is not a list")
        rows = []
        for n, item in enumerate(items, start=1):
            if not isinstance(item, dict):
                raise _not_an_export(path, f"item {n} of “{table.name}” is not an object")
            for name in table.names:
                value = item.get(name)
                if not (value is None or isinstance(value, str | int)):  # bool is an int
                    raise _not_an_export(
                        path, f"“{name}” of item {n} of “{table.name}” is {type(value).__name__}"
                    )
            rows.append([json_cell(item.get(c)) for c in table.names])
        tables[table.name] = NativeTable(table.name, list(table.names), rows, first_row=1)
    return NativeFiles(path, Encoding.UTF8, tables, neutralised=False)


def _not_an_export(path: Path, what: str) -> UserError:
    """A JSON file that is not what an export writes; `what` (English, as JSON's own
    words are) says where it differs."""
    return _fail(
        QT_TRANSLATE_NOOP(
            "Importing",
            "{file} is not a salescoach JSON export as salescoach writes it ({what}). "
            "Nothing was imported.",
        ),
        file=path.name,
        what=what,
    )


def check_native(conn: Connection, files: NativeFiles) -> NativePlan:
    """Every cell read back; references and unique keys checked against the export and the
    data already there."""
    plan = NativePlan()
    rows_of: dict[str, list[tuple[int, tuple[object, ...]]]] = {}
    for table in TABLES:
        rows_of[table.name] = _decode(table, files.tables[table.name], files.neutralised, plan)
    good_ids: dict[str, set[object]] = {}
    stored: dict[str, set[object]] = {}
    for table in TABLES:
        rows = rows_of[table.name]
        ids = {values[0] for _, values in rows}
        stored[table.name] = bulk.existing(conn, table.name, "id", ids)
        good_ids[table.name] = set(ids)
        rows = _check_unique(conn, table, files, rows, stored[table.name], plan)
        while True:  # contacts may point to contacts: drop until nothing else falls
            kept = _check_refs(conn, table, files, rows, good_ids, stored, plan)
            good_ids[table.name] = {values[0] for _, values in kept}
            if len(kept) == len(rows):
                break
            rows = kept
        plan.good[table.name] = [values for _, values in kept]
    plan.existing = stored
    return plan


def _decode(
    table: Table, source: NativeTable, neutralised: bool, plan: NativePlan
) -> list[tuple[int, tuple[object, ...]]]:
    where = {name: i for i, name in enumerate(source.headers)}
    # A column may be missing when it can be empty (an export from an older version).
    missing = [
        c.name
        for c in table.columns
        if c.name not in where and not c.nullable and c.kind is not Kind.TEXT
    ]
    if missing and source.rows:
        raise _fail(
            QT_TRANSLATE_NOOP("Importing", "{file} has no column {column}."),
            file=source.file,
            column=missing[0],
        )
    out = []
    for number, raw in enumerate(source.rows, start=source.first_row):
        if not any(raw) and source.first_row == 2:  # a blank line of a CSV file
            continue
        plan.rows += 1
        values: list[object] = []
        problems: list[tuple[str, Message]] = []
        for col in table.columns:
            i = where.get(col.name)
            text = raw[i] if i is not None and i < len(raw) else ""
            if neutralised:
                text = restore(text)
            try:
                values.append(read_cell(col, text))
            except CellError as exc:
                values.append(None)
                problems.append((col.name, exc.problem))
        if not problems:
            problems = row_problems(table, dict(zip(table.names, values, strict=True)))
        plan.problems.extend(RowProblem(number, c, p, source.file) for c, p in problems)
        if not problems:
            out.append((number, tuple(values)))
    return out


def _check_unique(
    conn: Connection,
    table: Table,
    files: NativeFiles,
    rows: list[tuple[int, tuple[object, ...]]],
    stored: set[object],
    plan: NativePlan,
) -> list[tuple[int, tuple[object, ...]]]:
    file = files.tables[table.name].file
    bad: set[int] = set()
    keys = [("id",), *table.unique]
    for columns in keys:
        idx = [table.names.index(c) for c in columns]
        seen: dict[tuple[object, ...], int] = {}
        for number, values in rows:
            key = tuple(values[i] for i in idx)
            if any(v is None for v in key):
                continue
            if key in seen:
                bad.add(number)
                plan.problems.append(_same_as(number, columns, seen[key], file))
            else:
                seen[key] = number
        if columns == ("id",):
            continue
        taken = bulk.keys_taken(conn, table.name, columns, [k[0] for k in seen])
        for number, values in rows:
            key = tuple(values[i] for i in idx)
            other = taken.get(key)
            if other is not None and other != values[0] and values[0] not in stored:
                bad.add(number)
                plan.problems.append(
                    RowProblem(
                        number,
                        columns[0],
                        msg(
                            CTX,
                            QT_TRANSLATE_NOOP(
                                "Importing",
                                "Your data already has another record with this {column}.",
                            ),
                            column=", ".join(columns),
                        ),
                        file,
                    )
                )
    return [(n, v) for n, v in rows if n not in bad]


def _same_as(number: int, columns: tuple[str, ...], first: int, file: str) -> RowProblem:
    return RowProblem(
        number,
        columns[0],
        msg(
            CTX,
            QT_TRANSLATE_NOOP("Importing", "Same {column} as row {row}."),
            column=", ".join(columns),
            row=first,
        ),
        file,
    )


def _check_refs(
    conn: Connection,
    table: Table,
    files: NativeFiles,
    rows: list[tuple[int, tuple[object, ...]]],
    good_ids: dict[str, set[object]],
    stored: dict[str, set[object]],
    plan: NativePlan,
) -> list[tuple[int, tuple[object, ...]]]:
    refs = [(i, c) for i, c in enumerate(table.columns) if c.ref]
    wanted: dict[str, set[object]] = {}
    for i, col in refs:
        assert col.ref is not None
        known = good_ids.get(col.ref, set())
        wanted.setdefault(col.ref, set()).update(
            v[i] for _, v in rows if v[i] is not None and v[i] not in known
        )
    in_data = {t: bulk.existing(conn, t, "id", ids) for t, ids in wanted.items() if ids}
    kept = []
    for number, values in rows:
        ok = True
        for i, col in refs:
            assert col.ref is not None
            v = values[i]
            if v is None or v in good_ids.get(col.ref, ()) or v in in_data.get(col.ref, ()):
                continue
            ok = False
            plan.problems.append(
                RowProblem(
                    number,
                    col.name,
                    msg(
                        CTX,
                        QT_TRANSLATE_NOOP(
                            "Importing",
                            "Points to a row of {table} that is neither in this export nor in "
                            "your data.",
                        ),
                        table=col.ref,
                    ),
                    files.tables[table.name].file,
                )
            )
        if ok:
            kept.append((number, values))
    return kept


def write_native(
    conn: Connection, plan: NativePlan, progress: Callable[[int, int], None] | None = None
) -> tuple[dict[str, int], dict[str, int]]:
    """Insert the rows not stored yet (keys checked at commit); a stored loss reason takes
    the export's wording when it was never edited here or the export's is newer. Returns
    (rows added, rows already there) by table."""
    bulk.bulk_mode(conn, defer_foreign_keys=True)
    total = sum(len(rows) for rows in plan.good.values())
    done = 0
    added: dict[str, int] = {}
    already: dict[str, int] = {}
    for table in TABLES:
        rows = plan.good.get(table.name, [])
        # Read again in this transaction: the plan may have been checked a while ago.
        stored = bulk.existing(conn, table.name, "id", [r[0] for r in rows])
        new = [r for r in rows if r[0] not in stored]
        added[table.name] = len(new)
        already[table.name] = len(rows) - len(new)
        if table.name == "loss_reasons":
            _update_reasons(conn, table, [r for r in rows if r[0] in stored])
        for start in range(0, len(new), CHUNK):
            bulk.insert(conn, table.name, table.names, new[start : start + CHUNK])
            done += len(new[start : start + CHUNK])
            if progress is not None:
                progress(done, total)
        done += already[table.name]
    if progress is not None:
        progress(total, total)
    return added, already


def _update_reasons(conn: Connection, table: Table, rows: list[tuple[object, ...]]) -> None:
    updated = table.names.index("updated_at")
    ids = [r[0] for r in rows]
    current = bulk.rows_by(conn, table.name, "id", ["created_at", "updated_at"], ids)
    changes = []
    for r in rows:
        db_created, db_updated = current.get(r[0], (None, None))
        if db_created == db_updated or str(r[updated]) > str(db_updated):
            changes.append((*r[1:], r[0]))
    bulk.update(conn, table.name, table.names[1:], changes)
