"""Workbooks read as they are (`.xlsx`, `.xlsm`, `.xls`, `.ods`) with python-calamine.

calamine (Rust) reads all four formats with one API; its cells come typed, so a real date
stays a date and a number a number. It is still no match for the CSV module: a 100,000-row
.xlsx holds four times the CSV's bytes as XML, and python-calamine reads a sheet's XML twice
(the second time for its merged cells), so parsing the sheet alone takes more than twice
the whole reading of the same rows as CSV. Files that are not what the app reads (a Word
document, a PDF, a ZIP archive, a password-protected workbook) are named in one line.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass
from pathlib import Path

from salescoach.domain.messages import QT_TRANSLATE_NOOP, UserError, msg
from salescoach.domain.table_shape import row_text

CTX = "Importing"
SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods")
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # the compound file of .xls, .doc, encrypted .xlsx
# One whole sentence per kind of file, so that each translates as a sentence.
KINDS = {
    "pdf": QT_TRANSLATE_NOOP(
        "Importing",
        "{file} is a PDF document: salescoach imports CSV files, spreadsheets (.xlsx, .xlsm, "
        ".xls, .ods) and its own exports.",
    ),
    "word": QT_TRANSLATE_NOOP(
        "Importing",
        "{file} is a Word document: salescoach imports CSV files, spreadsheets (.xlsx, "
        ".xlsm, .xls, .ods) and its own exports.",
    ),
    "presentation": QT_TRANSLATE_NOOP(
        "Importing",
        "{file} is a presentation: salescoach imports CSV files, spreadsheets (.xlsx, .xlsm, "
        ".xls, .ods) and its own exports.",
    ),
    "zip": QT_TRANSLATE_NOOP(
        "Importing",
        "{file} is a ZIP archive (unpack it and import the file inside): salescoach imports "
        "CSV files, spreadsheets (.xlsx, .xlsm, .xls, .ods) and its own exports.",
    ),
}


@dataclass
class Sheet:
    name: str
    records: list[list[str]]


def _fail(text: str, **args: object) -> UserError:
    return UserError(msg(CTX, text, **args))


def kind_of(path: Path, data: bytes) -> str:
    """ "workbook", "text", or what else the file is ("pdf", "word", "zip"…, refused), from
    the bytes read (`path` names it in messages)."""
    if data.startswith(b"%PDF"):
        return "pdf"
    if data.startswith(_OLE):
        return "ole"
    if data.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as z:
                names = z.namelist()
        except (zipfile.BadZipFile, OSError):
            return "zip"
        if any(n.startswith("xl/") for n in names):
            return "workbook"
        if "content.xml" in names:
            return "workbook"  # OpenDocument (calamine tells a text document apart)
        if any(n.startswith("word/") for n in names):
            return "word"
        if any(n.startswith("ppt/") for n in names):
            return "presentation"
        return "zip"
    return "text"


def refuse_kind(path: Path, kind: str) -> UserError:
    return _fail(KINDS[kind], file=path.name)


def _is_encrypted_ooxml(data: bytes) -> bool:
    """An encrypted .xlsx is a compound file holding an `EncryptedPackage` stream."""
    return "EncryptedPackage".encode("utf-16-le") in data


def read_workbook(path: Path, data: bytes, wanted: str | None = None) -> tuple[Sheet, list[str]]:
    """The sheet named `wanted` (else the first holding anything), cells as text (dates
    ISO, numbers with a point), and the names of every sheet. Only the sheets up to the
    one read are parsed: a workbook's other large sheets cost nothing."""
    if data.startswith(_OLE):
        if _is_encrypted_ooxml(data):
            raise _password(path)
        if "WordDocument".encode("utf-16-le") in data:
            raise refuse_kind(path, "word")
    from python_calamine import (  # the reader loads when a workbook is opened
        CalamineError,
        CalamineWorkbook,
        PasswordError,
        XmlError,
        ZipError,
    )

    try:
        # The bytes already read and checked, not the path: what was checked is what is
        # parsed, and the file is read once.
        book = CalamineWorkbook.from_filelike(io.BytesIO(data))
        names = list(book.sheet_names)
        if wanted is not None and wanted not in names:
            raise _fail(
                QT_TRANSLATE_NOOP(
                    "Importing", "{file} has no sheet “{sheet}”; its sheets are: {sheets}."
                ),
                file=path.name,
                sheet=wanted,
                sheets=", ".join(names),
            )
        for name in [wanted] if wanted is not None else names:
            rows = book.get_sheet_by_name(name).to_python(skip_empty_area=False)
            records = [row_text(row) for row in rows]
            if wanted is not None or any(any(c.strip() for c in r) for r in records):
                return Sheet(name, records), names
    except PasswordError:
        raise _password(path) from None
    except (CalamineError, XmlError, ZipError, ValueError, OSError) as exc:
        raise _fail(
            QT_TRANSLATE_NOOP(
                "Importing",
                "{file} cannot be read as a spreadsheet ({reason}). Nothing was imported.",
            ),
            file=path.name,
            reason=str(exc) or type(exc).__name__,
        ) from None
    raise _fail(
        QT_TRANSLATE_NOOP("Importing", "{file} holds no data: every sheet is empty."),
        file=path.name,
    )


def _password(path: Path) -> UserError:
    return _fail(
        QT_TRANSLATE_NOOP(
            "Importing",
            "{file} is protected by a password: save a copy without the password (or as "
            "CSV) and import that. Nothing was imported.",
        ),
        file=path.name,
    )
