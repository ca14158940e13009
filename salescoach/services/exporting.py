"""Exporting everything: a folder of CSV files (one per table) or one JSON file.

Every table, every column (`salescoach.domain.native_format`), read in one transaction so
that the files agree with each other even while the app writes. Written whole or not at
all: into a hidden temporary name first, then renamed. Private to the user (0600 files,
0700 folder). In CSV, a cell a spreadsheet would run as a formula gets an apostrophe in
front (the app's import takes it off again).
"""

from __future__ import annotations

import csv
import json
import os
import re
import shutil
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from salescoach.domain.csv_formats import neutralise
from salescoach.domain.disk_full import disk_full_error, is_disk_full
from salescoach.domain.messages import QT_TRANSLATE_NOOP, UserError, msg
from salescoach.domain.native_format import (
    FORMAT_NAME,
    FORMAT_VERSION,
    TABLES,
    Col,
    Kind,
    Table,
    to_json,
    to_text,
)
from salescoach.services.collector import collector_paused
from salescoach.store import bulk
from salescoach.store.database import Store
from salescoach.store.schema import HEAD

CTX = "Exporting"
FORMATS = ("csv", "json")
Progress = Callable[[int, int], None]


@dataclass
class ExportResult:
    path: Path
    rows: dict[str, int] = field(default_factory=dict)  # by table


def default_name(fmt: str, stamp: str) -> str:
    """salescoach-export-20261125-0930 (a folder) or the same with .json."""
    return f"salescoach-export-{stamp}" + (".json" if fmt == "json" else "")


@collector_paused()
def export(
    store: Store,
    fmt: str,
    target: Path,
    progress: Progress | None = None,
    overwrite: bool = False,
) -> ExportResult:
    """Write every table to `target` (a new folder for CSV, a file for JSON)."""
    target = target.absolute()
    if target.exists() and not (overwrite and fmt == "json" and target.is_file()):
        raise UserError(
            msg(
                CTX,
                QT_TRANSLATE_NOOP("Exporting", "{path} already exists; choose another name."),
                path=str(target),
            )
        )
    if not target.parent.is_dir():
        raise UserError(
            msg(
                CTX,
                QT_TRANSLATE_NOOP("Exporting", "The folder {path} does not exist."),
                path=str(target.parent),
            )
        )
    clean_leftovers(target.parent)
    partial = target.with_name(f".{target.name}.partial-{os.getpid()}")
    result = ExportResult(target)
    try:
        with bulk.snapshot(store.engine) as conn:
            counts = {t.name: bulk.count(conn, t.name) for t in TABLES}
            step = _Steps(sum(counts.values()), progress)
            if fmt == "csv":
                partial.mkdir(mode=0o700)
                partial.chmod(0o700)
                for table in TABLES:
                    with _private(partial / table.file_name, "utf-8-sig") as f:
                        _write_csv(f, table, bulk.read(conn, table.name, table.names), step)
            else:
                with _private(partial, "utf-8") as f:
                    _write_json(f, conn, step)
        os.replace(partial, target)
    except OSError as exc:
        if is_disk_full(exc):
            raise disk_full_error(target) from exc
        raise UserError(
            msg(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Exporting", "Cannot write {path}: {reason}; nothing was written."
                ),
                path=str(target),
                reason=exc.strerror or str(exc),
            )
        ) from exc
    finally:
        if partial.is_dir():
            shutil.rmtree(partial, ignore_errors=True)
        elif partial.exists():
            partial.unlink()
    result.rows = counts
    return result


# What `export` writes while it works: a hidden name ending with its process id.
_PARTIAL = re.compile(r"\..+\.partial-(\d+)")
_JSON_HEAD = f'{{\n  "format": {json.dumps(FORMAT_NAME)},'.encode()


def clean_leftovers(folder: Path) -> list[Path]:
    """Remove what killed exports left in `folder` (hidden `.NAME.partial-PID` files and
    folders of up to the whole database): only those of a process that is gone, and only
    when they hold nothing but what an export writes. Returns what was removed."""
    removed = []
    with suppress(OSError), os.scandir(folder) as entries:
        for entry in entries:
            m = _PARTIAL.fullmatch(entry.name)
            if m is None or _alive(int(m.group(1))):
                continue
            with suppress(OSError):
                if entry.is_dir(follow_symlinks=False):
                    if set(os.listdir(entry.path)) <= {t.file_name for t in TABLES}:
                        shutil.rmtree(entry.path)
                        removed.append(Path(entry.path))
                elif entry.is_file(follow_symlinks=False):
                    with open(entry.path, "rb") as f:
                        head = f.read(len(_JSON_HEAD))
                    if _JSON_HEAD.startswith(head):  # empty, or begun as an export begins
                        os.unlink(entry.path)
                        removed.append(Path(entry.path))
    return removed


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True  # an export of this process, perhaps under way
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError, ValueError):
        return pid < 2**31  # another user's process: alive; an absurd number: not a pid
    return True


class _Steps:
    def __init__(self, total: int, progress: Progress | None) -> None:
        self.total, self.done, self.progress = total, 0, progress

    def __call__(self, n: int) -> None:
        self.done += n
        if self.progress is not None:
            self.progress(self.done, self.total)


def _private(path: Path, encoding: str) -> IO[str]:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    return open(fd, "w", encoding=encoding, newline="")


def _cell(col: Col) -> Callable[[Any], str]:
    if col.kind in (Kind.TEXT, Kind.INT):
        return lambda v: "" if v is None else neutralise(str(v))
    return lambda v: to_text(col, v)


def _write_csv(f: IO[str], table: Table, rows: Any, step: _Steps) -> None:
    writer = csv.writer(f)
    writer.writerow(table.names)
    cells = [_cell(c) for c in table.columns]
    batch = []
    for row in rows:
        batch.append([cell(v) for cell, v in zip(cells, row, strict=True)])
        if len(batch) == 5000:
            writer.writerows(batch)
            step(len(batch))
            batch = []
    writer.writerows(batch)
    step(len(batch))


def _write_json(f: IO[str], conn: Any, step: _Steps) -> None:
    head = {"format": FORMAT_NAME, "version": FORMAT_VERSION, "schema": HEAD}
    f.write("{\n" + "".join(f"  {json.dumps(k)}: {json.dumps(v)},\n" for k, v in head.items()))
    f.write('  "tables": {')
    for n, table in enumerate(TABLES):
        f.write(("," if n else "") + f"\n    {json.dumps(table.name)}: [")
        first = True
        for row in bulk.read(conn, table.name, table.names):
            item = {c.name: to_json(c, v) for c, v in zip(table.columns, row, strict=True)}
            f.write(("," if not first else "") + "\n      " + json.dumps(item, ensure_ascii=False))
            first = False
            step(1)
        f.write("\n    ]" if not first else "]")
    f.write("\n  }\n}\n")
