"""Reading what CRMs and spreadsheets write: encodings, separators, formats, formula cells.

Pure functions over bytes and text. French spreadsheets write `;`-separated files in
Windows-1252 or UTF-8 with a BOM; CRMs write `,`-separated UTF-8; Excel's "Unicode text"
is tab-separated UTF-16; a Russian Bitrix24 writes Windows-1251. A file that is not UTF-8
goes to charset-normalizer (a maintained detector), with a preference for the Western
code page where it and others read the bytes the same. A file glued together from two of
these (one part UTF-8, the rest Windows-1252) is decoded line by line rather than turned
into "Ã©". MySQL dumps (vtiger) write `\\N` for an empty cell and `\\"` for a quote.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections.abc import Iterator
from enum import StrEnum

from salescoach.domain.messages import QT_TRANSLATE_NOOP, UserError, msg

CTX = "Importing"

SEPARATORS = (",", ";", "\t", "|")


class Encoding(StrEnum):
    UTF8 = "utf-8"
    UTF8_BOM = "utf-8-sig"
    UTF16 = "utf-16"
    CP1252 = "cp1252"
    MIXED = "mixed"  # UTF-8 lines and Windows-1252 lines in one file


class Format(StrEnum):
    """Where a file comes from; decides the column names and status words expected."""

    NATIVE = "native"  # salescoach's own export
    PIPEDRIVE = "pipedrive"
    HUBSPOT = "hubspot"
    SALESFORCE = "salesforce"
    SPREADSHEET = "spreadsheet"  # anything else with recognisable column names


def decode(data: bytes, encoding: str | None = None) -> tuple[str, str]:
    """The text of a file and the encoding it was read with (an `Encoding`, or the Python
    name of a code page such as "cp1251"). Never fails unless `encoding` is given (the
    rep's choice): then a `UserError` says the bytes are not in that encoding."""
    if encoding:
        return _decode_as(data, encoding), codec_name(encoding)
    if data.startswith(b"\xef\xbb\xbf"):
        return _utf8_or_mixed(data[3:], Encoding.UTF8_BOM)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), Encoding.UTF16
        except UnicodeDecodeError:
            pass
    return _utf8_or_mixed(data, Encoding.UTF8)


def codec_name(encoding: str) -> str:
    """Python's name for an encoding the rep typed ("Windows-1251" -> "cp1251"); a
    `UserError` for one that does not exist."""
    try:
        name = codecs.lookup(encoding).name
    except LookupError:
        raise UserError(
            msg(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Importing",
                    "“{encoding}” is not an encoding (such as UTF-8, Windows-1252, "
                    "Windows-1251, ISO-8859-15 or UTF-16).",
                ),
                encoding=encoding,
            )
        ) from None
    return {"utf-8": Encoding.UTF8, "utf-16": Encoding.UTF16}.get(name, name)


def _decode_as(data: bytes, encoding: str) -> str:
    name = codec_name(encoding)
    if name == Encoding.UTF8 and data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode(name)
    except UnicodeDecodeError as exc:
        raise UserError(
            msg(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Importing",
                    "This file is not written in {encoding} (byte {byte} at position "
                    "{position} is not one): choose another encoding.",
                ),
                encoding=encoding_label(name),
                byte=f"0x{data[exc.start]:02X}",
                position=exc.start,
            )
        ) from None


def _utf8_or_mixed(data: bytes, utf8: Encoding) -> tuple[str, str]:
    try:
        return data.decode("utf-8"), utf8
    except UnicodeDecodeError:
        pass
    lines = data.splitlines(keepends=True)
    utf8_lines = sum(1 for line in lines if not line.isascii() and _is_utf8(line))
    if not utf8_lines:
        name = detect_encoding(data)
        return data.decode(name, errors="replace"), name
    decoded = []
    for line in lines:
        try:
            decoded.append(line.decode("utf-8"))
        except UnicodeDecodeError:
            # Windows-1252 leaves five bytes undefined; Excel maps them like Latin-1.
            decoded.append(line.decode("cp1252", errors="replace"))
    return "".join(decoded), Encoding.MIXED


def _is_utf8(line: bytes) -> bool:
    try:
        line.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


# When several code pages read the bytes equally well (the detector cannot tell Spanish in
# Windows-1252 from Windows-1250 on a few accents), the first of these that does wins.
_PREFERRED = ("cp1252", "iso8859_15", "cp1251", "koi8_r", "iso8859_2", "cp1250",
              "iso8859_7", "cp1253", "iso8859_9", "cp1254", "iso8859_5", "mac_roman")  # fmt: skip


def detect_encoding(data: bytes) -> str:
    """The code page of bytes that are not UTF-8, as charset-normalizer finds it (Windows-1252
    when it finds nothing)."""
    import charset_normalizer  # 60 ms to import: only for a file that is not UTF-8

    matches = list(charset_normalizer.from_bytes(data))
    if not matches:
        return Encoding.CP1252
    least = min(m.chaos for m in matches)
    names: set[str] = set()
    for m in matches:
        if m.chaos <= least + 0.01:
            names.update(m.could_be_from_charset)
            names.add(m.encoding)
    for name in _PREFERRED:
        if name in names:
            # The euro sign is 0x80 in Windows-1252 and 0xA4 in ISO-8859-15.
            if name == "cp1252" and b"\xa4" in data and b"\x80" not in data:
                return "iso8859_15"
            return Encoding.CP1252 if name == "cp1252" else name
    best = min(matches, key=lambda m: m.chaos)
    return best.encoding


def _first_line(text: str) -> str:
    """The first record's text: newlines inside quotes do not end it."""
    quoted = False
    for i, ch in enumerate(text):
        if ch == '"':
            quoted = not quoted
        elif ch in "\r\n" and not quoted:
            return text[:i]
    return text


def _count_outside_quotes(line: str, sep: str) -> int:
    quoted, n = False, 0
    for ch in line:
        if ch == '"':
            quoted = not quoted
        elif ch == sep and not quoted:
            n += 1
    return n


_CONTENT = re.compile(r"[^\ufeff \t\r\n]")


def has_content(text: str) -> bool:
    """Anything but blanks and byte-order marks (not `text.strip()`: a copy of the whole
    file, 50 ms holding the interpreter lock for 20 MB)."""
    return _CONTENT.search(text) is not None


def sniff_separator(text: str) -> str:
    """The separator of the header line: the most frequent of `,` `;` tab `|` outside
    quotes (a French sheet's `;`, an English one's `,`); `,` for a one-column file."""
    # The first 64 KiB: lstrip() of a whole file with a BOM copied all 20 MB of it.
    header = _first_line(text[:65536].lstrip("\ufeff"))
    counts = {sep: _count_outside_quotes(header, sep) for sep in SEPARATORS}
    best = max(SEPARATORS, key=lambda sep: counts[sep])
    return best if counts[best] else ","


def _lines(text: str, chunk: int = 1 << 20) -> Iterator[str]:
    """The lines `io.StringIO(text, newline="")` gives, made a megabyte at a time: one
    StringIO of a whole 20 MB file is a single 30 ms C call holding the interpreter lock
    (cut after a "\n", so a "\r\n" stays whole and quoted line breaks read the same)."""
    start = 0
    while start < len(text):
        end = text.find("\n", start + chunk)
        end = len(text) if end < 0 else end + 1
        yield from io.StringIO(text[start:end], newline="")
        start = end


_MYSQL_NULL = re.compile(r"(?:^|[,;\t|])\\N(?:[,;\t|]|\r?$)", re.MULTILINE)
_BACKSLASH = re.compile(r'\\(["\\nrt0])')
_UNESCAPED = {'"': '""', "\\": "\\", "n": "\n", "r": "\r", "t": "\t", "0": ""}


def mysql_dump(text: str) -> bool:
    """Whether a text reads like MySQL's `SELECT … INTO OUTFILE`: `\\N` cells, `\\"` quotes."""
    head = text[:65536]
    return bool(_MYSQL_NULL.search(head)) or '\\"' in head


def unescape_mysql(text: str) -> str:
    """MySQL's backslash escapes as CSV writes them: `\\"` becomes `""` inside quotes."""
    return _BACKSLASH.sub(lambda m: _UNESCAPED[m.group(1)], text)


def read_rows(text: str, separator: str, name: str = "") -> list[list[str]]:
    """Every record of a delimited text, header included, cells as written.

    Lenient about quotes within a line, as spreadsheets are; but a record whose quoted
    cell runs over several lines must be well formed (and, when it holds separators, as
    wide as the header), else an unbalanced quotation mark has swallowed rows (or the
    rest of the file) and the file is refused (`UserError` naming the row), rather than
    two rows silently made one.
    """
    current: list[str] = []  # the lines of the record being read

    def tap() -> Iterator[str]:
        for line in _lines(text):
            current.append(line)
            yield line

    reader = csv.reader(tap(), delimiter=separator, strict=False)
    rows: list[list[str]] = []
    width = 0
    try:
        # A loop, not list(reader): list() would parse 100,000 rows in one C call holding
        # the interpreter lock, and the window (waiting on it) would freeze.
        for row in reader:
            if len(current) > 1:
                _check_lines(current, row, separator, width, len(rows) + 1, reader.line_num, name)
            if not width and any(c.strip() for c in row):
                width = len(row)  # the header's
            current.clear()
            rows.append(row)
    except csv.Error as exc:
        raise UserError(
            msg(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Importing", "This is not a text file a spreadsheet could open ({reason})."
                ),
                reason=str(exc),
            )
        ) from exc
    return rows


def _check_lines(
    lines: list[str], row: list[str], sep: str, width: int, number: int, end: int, name: str
) -> None:
    """Refuse a record spanning `lines` that only a stray quotation mark explains."""
    try:
        strict = list(csv.reader(io.StringIO("".join(lines), newline=""), delimiter=sep,
                                 strict=True))  # fmt: skip
    except csv.Error:
        strict = []
    # A row narrower or wider than the header whose multi-line cell holds separators is
    # rows run together ("Audit,100<line break>Paie"): exporters write every row whole.
    merged = len(row) != width > 1 and any(
        sep in cell and ("\n" in cell or "\r" in cell) for cell in row
    )
    if len(strict) == 1 and not merged:
        return  # a cell holding line breaks, quoted as it should be
    raise UserError(
        msg(
            CTX,
            QT_TRANSLATE_NOOP(
                "Importing",
                "{file}, row {row} (lines {first} to {last} of the file): a quotation mark "
                "opens a cell that is not closed where it should be, so that several rows "
                "would be read as one. Correct the quotation marks; nothing was imported.",
            ),
            file=name or "?",
            row=number,
            first=end - len(lines) + 1,
            last=end,
        )
    )


# A spreadsheet runs a cell starting with one of these as a formula (CSV injection). A
# control character (NUL, tab, carriage return…) counts too: LibreOffice drops a leading
# NUL and runs the "=1+1" behind it.
_RISKY = r"[=+\-@\x00-\x1f\x7f]"
_RISKY_START = re.compile(_RISKY)
_NEUTRALISED = re.compile(f"'+{_RISKY}")


def neutralise(cell: str) -> str:
    """Prefix an apostrophe to a cell a spreadsheet would execute; `restore` undoes it.

    A cell already made of apostrophes then a formula sign gets one more, so that the two
    functions are exact inverses on every string.
    """
    if _RISKY_START.match(cell) or _NEUTRALISED.match(cell):
        return "'" + cell
    return cell


def restore(cell: str) -> str:
    """The cell as it was before `neutralise`."""
    if cell.startswith("'") and _NEUTRALISED.match(cell):
        return cell[1:]
    return cell


def normalise_header(name: str) -> str:
    """Column names compared without case, accents' case, extra spaces or a BOM."""
    return " ".join(name.replace("\ufeff", "").split()).casefold()


def detect_format(headers: list[str]) -> Format:
    """Pipedrive writes `Deal - …` columns, HubSpot `Deal Name`/`Deal Stage`, Salesforce
    `Opportunity Name`; anything else is a spreadsheet to map by column names."""
    names = {normalise_header(h) for h in headers}
    if sum(1 for n in names if n.startswith(("deal - ", "affaire - "))) >= 2:
        return Format.PIPEDRIVE
    if "deal name" in names and ({"deal stage", "pipeline", "amount", "close date"} & names):
        return Format.HUBSPOT
    if "opportunity name" in names or {"account name", "stage"} <= names:
        return Format.SALESFORCE
    return Format.SPREADSHEET


# Names shown in the preview and by the command line (translated in context "Importing").
FORMAT_NAMES: dict[Format, str] = {
    Format.NATIVE: QT_TRANSLATE_NOOP("Importing", "salescoach export"),
    Format.PIPEDRIVE: QT_TRANSLATE_NOOP("Importing", "Pipedrive deals"),
    Format.HUBSPOT: QT_TRANSLATE_NOOP("Importing", "HubSpot deals"),
    Format.SALESFORCE: QT_TRANSLATE_NOOP("Importing", "Salesforce opportunities"),
    Format.SPREADSHEET: QT_TRANSLATE_NOOP("Importing", "Spreadsheet"),
}


class _EncodingNames(dict[str, str]):
    """Each encoding's name as shown; a code page the detector found is named by itself."""

    def __missing__(self, key: str) -> str:
        return encoding_label(key)


def encoding_label(name: str) -> str:
    """ "cp1251" -> "Windows-1251", "iso8859_2" -> "ISO-8859-2", "koi8_r" -> "KOI8-R"."""
    if name in ENCODING_NAMES:
        return ENCODING_NAMES[name]
    m = re.fullmatch(r"cp(12\d\d)", name)
    if m:
        return f"Windows-{m.group(1)}"
    m = re.fullmatch(r"iso8859_(\d+)", name)
    if m:
        return f"ISO-8859-{m.group(1)}"
    return name.replace("_", "-").upper()


ENCODING_NAMES: dict[str, str] = _EncodingNames(
    {
        Encoding.UTF8: QT_TRANSLATE_NOOP("Importing", "UTF-8"),
        Encoding.UTF8_BOM: QT_TRANSLATE_NOOP("Importing", "UTF-8 with BOM"),
        Encoding.UTF16: QT_TRANSLATE_NOOP("Importing", "UTF-16"),
        Encoding.CP1252: QT_TRANSLATE_NOOP("Importing", "Windows-1252"),
        Encoding.MIXED: QT_TRANSLATE_NOOP("Importing", "UTF-8 and Windows-1252 mixed"),
    }
)
SEPARATOR_NAMES: dict[str, str] = {
    ",": QT_TRANSLATE_NOOP("Importing", "comma"),
    ";": QT_TRANSLATE_NOOP("Importing", "semicolon"),
    "\t": QT_TRANSLATE_NOOP("Importing", "tab"),
    "|": QT_TRANSLATE_NOOP("Importing", "vertical bar"),
}
