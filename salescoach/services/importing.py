"""Importing a file: look at it, check every row, then write all of it in one transaction.

    sample = inspect_file(path)              # format, encoding, separator, mapping, conventions
    plan = check(store, sample, settings)    # every row parsed; the problems, row by row
    result = write(store, plan, skip_bad_rows=False, progress=…)

A file with bad rows is refused whole (`ImportRefusedError`, with the report) unless the rep
asks for the good rows only. Nothing is ever half-imported: the rows go in with
executemany in one transaction, so a crash or a kill leaves the database as it was.
Each deal remembers its source (`deals.external_id`: the CRM's id, or the columns that say
which deal it is) and what the CRM said of it (`imported_deals`): importing next week's
export updates what the CRM changed, adds the new deals, and leaves alone what the rep
wrote and the deals the rep deleted (see domain/reimport.py).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass, field, replace
from pathlib import Path

from sqlalchemy import Connection, exc
from sqlalchemy.orm import Session

from salescoach.domain import currencies
from salescoach.domain.crm_vocabulary import Field, default_mapping, normalise, seeded_reason
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
from salescoach.domain.debrief import DEFAULT_CADENCE_MONTHS, LOSS_REASON_SEEDS
from salescoach.domain.enums import DealStage, DealStatus
from salescoach.domain.import_conventions import Conventions, DateOrder, detect_conventions
from salescoach.domain.import_stages import StageCount, stage_table
from salescoach.domain.importing import (
    ParsedDeal,
    ParseResult,
    RowProblem,
    parse_rows,
    split_name,
    touch_days,
)
from salescoach.domain.messages import QT_TRANSLATE_NOOP, UserError, msg
from salescoach.domain.native_format import BY_FILE
from salescoach.domain.reimport import (
    CrmField,
    CrmValues,
    DealChange,
    FieldChange,
    ImportPreview,
    changed_fields,
    row_digests,
)
from salescoach.domain.table_shape import find_header, is_total_row
from salescoach.services import native_import, spreadsheets
from salescoach.services.collector import collector_paused
from salescoach.services.debriefs import add_reason
from salescoach.store import accounts, bulk, contacts, imported_deals, loss_reasons
from salescoach.store.database import Store, database_error
from salescoach.store.deals import external_ids, has_external_ids
from salescoach.store.debriefs import follow_import
from salescoach.store.touches import remove_imported

CTX = "Importing"
CHUNK = 5000
Progress = Callable[[int, int], None]


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


@dataclass
class ImportPlan:
    """Every row checked: what will be written, and what is wrong."""

    source: str
    format: Format
    parsed: ParseResult = field(default_factory=ParseResult)
    activities_column: str = ""
    native: native_import.NativePlan | None = None
    digests: dict[int, str] = field(default_factory=dict)  # by row number: see row_digest
    unchanged_rows: int = 0  # read as at the last import: not parsed again
    preview: ImportPreview = field(default_factory=ImportPreview)

    @property
    def problems(self) -> list[RowProblem]:
        return self.native.problems if self.native else self.parsed.problems

    @property
    def rows(self) -> int:
        return self.native.rows if self.native else self.parsed.rows + self.unchanged_rows

    @property
    def bad_rows(self) -> int:
        return len({(p.file, p.row) for p in self.problems})


@dataclass
class ImportResult:
    deals: int = 0
    already: int = 0  # deals imported before (same source) that the CRM did not change
    updated: int = 0  # deals imported before that the CRM changed: updated
    deleted: int = 0  # deals imported before and deleted by the rep: left deleted
    accounts: int = 0
    contacts: int = 0
    touches: int = 0
    reasons: int = 0
    debriefs: int = 0
    skipped_rows: int = 0  # bad rows left out on request
    placeholder_dates: int = 0  # a CRM's "no date" (31.12.3999) read as no date
    closed_from_modified: int = 0  # won or lost without a close date: dated by last change
    titles_made: int = 0  # no title in the file: made from account, product or ID
    created_moved: int = 0  # created after their close date in the file: moved to it
    dry_run: bool = False


class ImportRefusedError(UserError):
    """Bad rows: nothing was imported. `plan.problems` is the report."""

    def __init__(self, plan: ImportPlan) -> None:
        super().__init__(
            msg(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Importing",
                    "{file}: {bad} of {rows} rows cannot be imported; nothing was imported. "
                    "Correct them, or import only the good rows.",
                ),
                file=plan.source,
                bad=plan.bad_rows,
                rows=plan.rows,
            )
        )
        self.plan = plan


class DatesAmbiguousError(UserError):
    """Day-first or month-first cannot be told from the file: the rep must say."""


class StagesWithoutStatusError(UserError):
    """Stage values whose words do not say open, won or lost: the rep must say."""

    def __init__(self, file: str, stages: list[StageCount]) -> None:
        super().__init__(
            msg(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Importing",
                    "{file}: the stage(s) {stages} do not say whether a deal is open, won or "
                    "lost: say which. Nothing was imported.",
                ),
                file=file,
                stages=", ".join(f"“{s.value}” ({s.count})" for s in stages),
            )
        )
        self.stages = stages


# The columns a title is made from when the file has none (the first that a row fills).
TITLE_SOURCES = (Field.TITLE, Field.ACCOUNT, Field.PRODUCT, Field.SOURCE_ID)
# Fields that may share a column (an ID that is also the title; one date for all); any
# other two fields on one column is a mistake (an amount that is also the currency).
_MAY_SHARE = frozenset({Field.TITLE, Field.SOURCE_ID, Field.ACCOUNT, Field.PRODUCT,
                        Field.CREATED, Field.CLOSED, Field.WON, Field.LOST, Field.MODIFIED,
                        Field.NOTES, Field.CONTACT})  # fmt: skip


def _check_mapping(sample: FileSample, mapping: dict[Field, int]) -> None:
    by_column: dict[int, list[Field]] = {}
    for f, column in mapping.items():
        by_column.setdefault(column, []).append(f)
    for column, fields in by_column.items():
        clash = [f for f in fields if f not in _MAY_SHARE]
        if len(fields) > 1 and clash:
            raise _fail(
                QT_TRANSLATE_NOOP(
                    "Importing",
                    "Column “{column}” cannot be both {fields}: choose one column for each.",
                ),
                column=sample.headers[column] if column < len(sample.headers) else column + 1,
                fields=" and ".join(f.value for f in fields),
            )


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


# looking at a file -----------------------------------------------------------------------
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
) -> FileSample:
    """Read and recognise a file; raises `UserError` for one that holds nothing to import.

    `sheet`, `encoding` and `no_header` are the rep's corrections of what was detected."""
    if path.is_dir() or fmt is Format.NATIVE or _looks_native(path):
        files = native_import.read_native(path)
        deals = files.tables["deals"]
        return FileSample(
            path, Format.NATIVE, files.encoding, ",", list(deals.headers), deals.rows[:50],
            2, {}, Conventions(".", None), files,
        )  # fmt: skip
    data = native_import.read_bytes(path)
    kind = spreadsheets.kind_of(path, data[:8])
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
    )  # fmt: skip


def _looks_native(path: Path) -> bool:
    if path.suffix.lower() == ".json":
        return path.is_file()
    table = BY_FILE.get(path.name)
    if table is None or not path.is_file():
        return False
    with path.open("rb") as f:
        head, _ = decode(f.read(4096))
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


# checking every row ----------------------------------------------------------------------
@collector_paused()
def check(
    store: Store, sample: FileSample, settings: ImportSettings, today: dt.date | None = None
) -> ImportPlan:
    """Parse every row as `settings` say; raises `UserError` when the file cannot be read
    that way at all (no title column, dates whose order is not given)."""
    if sample.native is not None:
        with store.engine.connect() as conn:
            native = native_import.check_native(conn, sample.native)
        return ImportPlan(sample.path.name, Format.NATIVE, native=native)
    dealish = {Field.STAGE, Field.STATUS, Field.AMOUNT, Field.WON, Field.LOST, Field.CLOSED}
    if Field.TITLE not in settings.mapping and not (
        set(settings.mapping) & set(TITLE_SOURCES) and set(settings.mapping) & dealish
    ):
        raise _fail(
            QT_TRANSLATE_NOOP(
                "Importing",
                "{file}: no column holds the deal titles (such as “Deal - Title”, “Deal Name” "
                "or “Opportunity Name”), nor a stage, status, amount or close date beside "
                "an account, a product or an ID to title deals by. Its columns are: "
                "{columns}.",
            ),
            file=sample.path.name,
            columns=", ".join(sample.headers),
        )
    _check_mapping(sample, settings.mapping)
    currency = settings.currency or main_currency()
    if not currencies.is_currency(currency):
        raise _fail(
            QT_TRANSLATE_NOOP(
                "Importing",
                "“{code}” is not an ISO 4217 currency code (such as EUR, USD, RUB or CLP).",
            ),
            code=currency,
        )
    missing = [
        s for s in stage_table(sample.rows, settings.mapping)
        if normalise(s.value) not in settings.status_map
    ]  # fmt: skip
    if missing:
        raise StagesWithoutStatusError(sample.path.name, missing)
    c = sample.conventions
    if c.dates_ambiguous and settings.date_order is None:
        raise DatesAmbiguousError(
            msg(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Importing",
                    "Dates such as {example} can be read day first or month first, and "
                    "nothing in {file} tells which: say which.",
                ),
                example=c.example_date or "03/04/2024",
                file=sample.path.name,
            )
        )
    conventions = replace(c, decimal_point=settings.decimal_point, date_order=settings.date_order)
    rows, digests, unchanged = _unread_rows(store, sample, settings)
    # The key's source is the file's own (its columns), not the format the rep chose: the
    # same file read under another --format is the same deals.
    parsed = parse_rows(
        sample.headers, rows, settings.mapping, detect_format(sample.headers), conventions,
        sample.first_row, today, status_map=settings.status_map, currency=currency,
    )  # fmt: skip
    activities = settings.mapping.get(Field.ACTIVITIES)
    plan = ImportPlan(
        sample.path.name,
        settings.format,
        parsed,
        sample.headers[activities] if activities is not None else "",
        digests=digests,
        unchanged_rows=unchanged,
    )
    with bulk.snapshot(store.engine) as conn:
        plan.preview = _compare(conn, plan).preview()
    return plan


def _signature(sample: FileSample, settings: ImportSettings) -> str:
    """The reading settings that make a row's deal (not the format: see `check`)."""
    named = {
        f.value: sample.headers[i] for f, i in settings.mapping.items() if i < len(sample.headers)
    }
    rest = {k: v for k, v in vars(settings).items() if k not in ("format", "mapping")}
    return repr((sorted(named.items()), sorted((k, repr(v)) for k, v in rest.items())))


def _unread_rows(
    store: Store, sample: FileSample, settings: ImportSettings
) -> tuple[list[list[str]], dict[int, str], int]:
    """The rows to parse (those read the same way at the last import blanked, so that the
    others keep their row numbers), each row's digest by number, and how many were left.

    Only for a file with the CRM's ids: without them, two rows naming the same deal are
    told apart by their order, which needs every row."""
    signature = _signature(sample, settings)
    digests = dict(
        enumerate(row_digests(signature, sample.headers, sample.rows), start=sample.first_row)
    )
    if Field.SOURCE_ID not in settings.mapping:
        return sample.rows, digests, 0
    with bulk.snapshot(store.engine) as conn:
        known = imported_deals.digests(conn)
    if not known:
        return sample.rows, digests, 0
    rows: list[list[str]] = []
    unchanged = 0
    for n, r in enumerate(sample.rows, start=sample.first_row):
        if digests[n] in known and any(c.strip() for c in r):
            rows.append([])
            unchanged += 1
        else:
            rows.append(r)
    return rows, digests, unchanged


def last_import(store: Store) -> imported_deals.LastImport | None:
    """The latest import, when it brought lost deals (the Debriefs banner: how many, how
    many of their debriefs are still drafts)."""
    with bulk.snapshot(store.engine) as conn:
        return imported_deals.last_import(conn)


# writing ---------------------------------------------------------------------------------
@collector_paused()
def write(
    store: Store,
    plan: ImportPlan,
    skip_bad_rows: bool = False,
    dry_run: bool = False,
    progress: Progress | None = None,
    today: dt.date | None = None,
) -> ImportResult:
    """Write the plan's good rows in one transaction (rolled back for a dry run)."""
    if plan.problems and not skip_bad_rows:
        raise ImportRefusedError(plan)
    with store.engine.connect() as conn:
        trans = conn.begin()
        try:
            # pysqlite begins only before the first write; the whole import is one
            # transaction from here, holding the write lock (and deferring foreign keys).
            bulk.begin_write(conn)
            if plan.native is not None:
                added, already = native_import.write_native(conn, plan.native, progress)
                result = ImportResult(
                    deals=added["deals"],
                    already=already["deals"],
                    accounts=added["accounts"],
                    contacts=added["contacts"],
                    touches=added["touches"],
                    reasons=added["loss_reasons"],
                    debriefs=added["debriefs"],
                )
            else:
                result = _write_deals(conn, plan, progress, today or dt.date.today())
                result.placeholder_dates = plan.parsed.placeholder_dates
                result.closed_from_modified = plan.parsed.closed_from_modified
                result.titles_made = plan.parsed.titles_made
                result.created_moved = plan.parsed.created_moved
            result.skipped_rows = plan.bad_rows
            result.dry_run = dry_run
            if dry_run:
                trans.rollback()
            else:
                trans.commit()
        except BaseException as e:
            trans.rollback()
            if isinstance(e, exc.OperationalError):  # busy, read-only, full disk…
                raise database_error(store.path, e) from e
            raise
        finally:
            with suppress(exc.DBAPIError):  # a smaller cache is not worth hiding an error
                bulk.end_bulk_mode(conn)
                conn.commit()  # the pragmas' own autobegun transaction: nothing to write
    return result


def _stamp(moment: dt.datetime) -> str:
    return moment.isoformat(sep=" ", timespec="microseconds")


class _Writer:
    """Finds or creates accounts, contacts and loss reasons once; builds the rows."""

    def __init__(self, conn: Connection, plan: ImportPlan, today: dt.date) -> None:
        self.conn = conn
        self.today = today
        self.activities = plan.activities_column
        self.ids = bulk.Ids()
        self.now = _stamp(dt.datetime.now(dt.UTC).replace(tzinfo=None))
        self.known = external_ids(conn)
        self.accounts = accounts.ids_by_folded_name(conn)
        self.by_email, self.by_name = contacts.ids_by_email_and_name(conn)
        self.by_code, self.by_label = loss_reasons.ids_by_code_and_label(conn)
        self.controllable = {s.code: s.controllable for s in LOSS_REASON_SEEDS}
        self.reason_defaults: dict[str, bool] = {}
        self.new_accounts: list[tuple[object, ...]] = []
        self.new_contacts: list[tuple[object, ...]] = []
        self.stamps: dict[dt.date, str] = {}
        self.result = ImportResult()

    def account(self, name: str) -> str | None:
        if not name:
            return None
        key = " ".join(name.split()).casefold()
        found = self.accounts.get(key)
        if found is None:
            found = self.accounts[key] = self.ids()
            self.new_accounts.append((found, " ".join(name.split()), "", "", "", self.now,
                                      self.now))  # fmt: skip
        return found

    def contact(self, d: ParsedDeal, account: str | None) -> str | None:
        email = d.email.casefold()
        if email and email in self.by_email:
            return self.by_email[email]
        first, last = split_name(d.contact) if d.contact else ("", d.email)
        if not (first or last):
            return None
        key = (" ".join(f"{first} {last}".split()).casefold(), account or "")
        same_name = self.by_name.get(key)
        # The same name in the same company is the same person, unless both emails differ.
        if same_name is not None and not (email and same_name[1] and email != same_name[1]):
            return same_name[0]
        found = self.ids()
        if same_name is None:
            self.by_name[key] = (found, email)
        self.new_contacts.append((found, account, first, last, "", d.email, d.phone, "",
                                  self.now, self.now))  # fmt: skip
        if email:
            self.by_email[email] = found
        return found

    def reason(self, text: str) -> tuple[str, bool]:
        """The loss reason's id and its default control: seeded when the words match one,
        else the rep's own (created as the Debriefs list would, once)."""
        code = seeded_reason(text)
        if code is not None and code in self.by_code:
            return self.by_code[code], self.controllable[code]
        key = " ".join(text.split()).casefold()
        if key not in self.by_label:
            with Session(bind=self.conn) as s:
                made = add_reason(s, " ".join(text.split())[:200], False)
                self.by_label[key] = made.hex
                self.reason_defaults[made.hex] = False
            self.result.reasons += 1
        reason_id = self.by_label[key]
        if reason_id not in self.reason_defaults:
            self.reason_defaults[reason_id] = loss_reasons.controllable(self.conn, reason_id)
        return reason_id, self.reason_defaults[reason_id]

    def stamp(self, day: dt.date) -> str:
        s = self.stamps.get(day)
        if s is None:
            s = self.stamps[day] = f"{day.isoformat()} 12:00:00.000000"
        return s


def _crm(d: ParsedDeal) -> CrmValues:
    return CrmValues(d.status, d.stage, d.amount_cents, d.currency, d.closed_on,
                     d.lost_reason, d.activities)  # fmt: skip


_DEAL_NOW = ("title", "status", "stage", "amount_cents", "currency", "closed_on", "created_on")


@dataclass
class _Changed:
    deal: ParsedDeal
    record: imported_deals.Record
    now: tuple[object, ...]  # the deal as the app has it: _DEAL_NOW
    fields: list[CrmField]


@dataclass
class _Diff:
    """The file's deals against the data: new, changed by the CRM, the same, deleted."""

    new: list[ParsedDeal] = field(default_factory=list)
    changed: list[_Changed] = field(default_factory=list)
    same: list[tuple[ParsedDeal, imported_deals.Record]] = field(default_factory=list)
    untracked: list[ParsedDeal] = field(default_factory=list)  # imported, no record kept
    deleted: int = 0
    unread: int = 0  # rows read as at the last import

    def preview(self) -> ImportPreview:
        changes = []
        for c in self.changed:
            title, status, stage, amount, _, closed, _ = c.now
            old: dict[CrmField, object] = {
                CrmField.STATUS: DealStatus(str(status)), CrmField.STAGE: DealStage(str(stage)),
                CrmField.AMOUNT: int(str(amount)),
                CrmField.CLOSED: dt.date.fromisoformat(str(closed)) if closed else None,
                CrmField.LOST_REASON: c.record.values.lost_reason or "",
                CrmField.ACTIVITIES: c.record.values.activities,
            }  # fmt: skip
            new: dict[CrmField, object] = {
                CrmField.STATUS: c.deal.status, CrmField.STAGE: c.deal.stage,
                CrmField.AMOUNT: c.deal.amount_cents, CrmField.CLOSED: c.deal.closed_on,
                CrmField.LOST_REASON: c.deal.lost_reason,
                CrmField.ACTIVITIES: c.deal.activities,
            }  # fmt: skip
            changes.append(
                DealChange(str(title), c.deal.currency,
                           tuple(FieldChange(f, old[f], new[f]) for f in c.fields))
            )  # fmt: skip
        return ImportPreview(
            len(self.new), changes, len(self.same) + len(self.untracked) + self.unread,
            self.deleted,
        )  # fmt: skip


def _compare(conn: Connection, plan: ImportPlan) -> _Diff:
    deals = plan.parsed.deals
    keys = [d.key for d in deals]
    records = imported_deals.records(conn, keys)
    some = has_external_ids(conn)
    in_deals = bulk.existing(conn, "deals", "external_id", keys) if some else set()
    diff = _Diff(unread=plan.unchanged_rows)
    found: list[tuple[ParsedDeal, imported_deals.Record, list[CrmField]]] = []
    for d in deals:
        record = records.get(d.key)
        if record is None:
            (diff.untracked if d.key in in_deals else diff.new).append(d)
        elif record.deal_id is None:
            diff.deleted += 1
        else:
            fields = changed_fields(record.values, _crm(d))
            if fields:
                found.append((d, record, fields))
            else:
                diff.same.append((d, record))
    now = bulk.rows_by(conn, "deals", "id", _DEAL_NOW, (r.deal_id for _, r, _ in found))
    for d, record, fields in found:
        diff.changed.append(_Changed(d, record, now[record.deal_id], fields))
    return diff


def _write_deals(
    conn: Connection, plan: ImportPlan, progress: Progress | None, today: dt.date
) -> ImportResult:
    bulk.bulk_mode(conn)
    w = _Writer(conn, plan, today)
    r = w.result
    diff = _compare(conn, plan)
    r.already = len(diff.same) + len(diff.untracked) + diff.unread
    r.deleted = diff.deleted
    ids = bulk.rows_by(conn, "deals", "external_id", ("id",), (d.key for d in diff.untracked))
    records: list[tuple[object, ...]] = [
        (w.ids(), d.key, ids[d.key][0],
         *imported_deals.value_row(_crm(d), plan.digests.get(d.row), w.now), w.now)
        for d in diff.untracked
    ]  # fmt: skip
    imported_deals.update(
        conn,
        [(*imported_deals.value_row(_crm(d), plan.digests.get(d.row), w.now), rec.id)
         for d, rec in diff.same],
    )  # fmt: skip
    _apply_changes(w, plan, diff.changed)
    deals = diff.new
    total = len(deals)
    for start in range(0, total, CHUNK):
        deal_rows, links, touches, debriefs = [], [], [], []
        for d in deals[start : start + CHUNK]:
            if d.key in w.known:  # the same key twice: the parse refused it already
                continue
            w.known.add(d.key)
            account = w.account(d.account)
            contact = w.contact(d, account) if (d.contact or d.email) else None
            deal_id = w.ids()
            records.append((w.ids(), d.key, deal_id,
                            *imported_deals.value_row(_crm(d), plan.digests.get(d.row), w.now),
                            w.now))  # fmt: skip
            deal_rows.append(
                (deal_id, d.title, account, d.amount_cents, d.currency, d.commission_cents,
                 d.stage.value, d.status.value, d.created_on.isoformat(),
                 d.closed_on.isoformat() if d.closed_on else None, d.competitor, d.notes,
                 d.key, w.now, w.now)
            )  # fmt: skip
            if contact is not None:
                links.append((w.ids(), deal_id, contact, "evaluator", w.now, w.now))
            last = d.closed_on or max(today, d.created_on)
            for day in touch_days(d.created_on, last, d.activities):
                touches.append((w.ids(), "other", w.stamp(day), deal_id, contact, w.activities,
                                "", w.now, w.now))  # fmt: skip
            if d.status is DealStatus.LOST and d.lost_reason:
                reason_id, controllable = w.reason(d.lost_reason)
                lost_on = d.closed_on.isoformat() if d.closed_on else None
                debriefs.append(
                    (w.ids(), deal_id, lost_on, 0, *_NO_ANSWERS, reason_id, controllable,
                     d.competitor, "", "", "", False, False, True, DEFAULT_CADENCE_MONTHS,
                     w.now, w.now)
                )  # fmt: skip
        bulk.insert(conn, "accounts", _ACCOUNT, w.new_accounts)
        bulk.insert(conn, "contacts", _CONTACT, w.new_contacts)
        bulk.insert(conn, "deals", _DEAL, deal_rows)
        bulk.insert(conn, "deal_contacts", _LINK, links)
        bulk.insert(conn, "touches", _TOUCH, touches)
        bulk.insert(conn, "debriefs", _DEBRIEF, debriefs)
        imported_deals.insert(conn, records)
        records = []
        r.accounts += len(w.new_accounts)
        r.contacts += len(w.new_contacts)
        r.deals += len(deal_rows)
        r.touches += len(touches)
        r.debriefs += len(debriefs)
        w.new_accounts, w.new_contacts = [], []
        if progress is not None:
            progress(min(start + CHUNK, total), total)
    imported_deals.insert(conn, records)
    if progress is not None and not total:
        progress(0, 0)
    imported_deals.log_import(
        conn, w.ids(), plan.source, (r.deals, r.updated, r.already, r.debriefs), w.now
    )
    return r


def _apply_changes(w: _Writer, plan: ImportPlan, changed: list[_Changed]) -> None:
    """Update what the CRM changed, field by field: a field the rep changed in the app and
    the CRM did not stays the rep's; debrief answers, notes and hand-logged touches are
    never touched; activities add or remove only the difference, of imported touches."""
    if not changed:
        return
    conn, r = w.conn, w.result
    deal_ids = [c.record.deal_id for c in changed]
    briefs = bulk.rows_by(conn, "debriefs", "deal_id", ("id", "completed_at", "reason_id"),
                          deal_ids)  # fmt: skip
    people = bulk.rows_by(conn, "deal_contacts", "deal_id", ("contact_id",), deal_ids)
    deal_rows, record_rows, brief_rows = [], [], []
    touches, debriefs, removed = [], [], []
    for c in changed:
        d, deal_id, fields = c.deal, c.record.deal_id, set(c.fields)
        assert deal_id is not None
        _, status, stage, amount, currency, closed, created = c.now
        status, stage = DealStatus(str(status)), str(stage)
        closed_on = dt.date.fromisoformat(str(closed)) if closed else None
        if CrmField.STATUS in fields:
            status = d.status
        if CrmField.STAGE in fields:
            stage = d.stage.value
        if CrmField.AMOUNT in fields:
            amount, currency = d.amount_cents, d.currency
        if CrmField.CLOSED in fields or CrmField.STATUS in fields:
            closed_on = d.closed_on or closed_on
        if status is DealStatus.OPEN:
            closed_on = None  # an open deal has no close date, whoever reopened it
        day = closed_on.isoformat() if closed_on else None
        deal_rows.append((status.value, stage, amount, currency, day, w.now, deal_id))
        brief = briefs.get(deal_id)
        lost_on = closed_on.isoformat() if status is DealStatus.LOST and closed_on else None
        reason_changed = CrmField.LOST_REASON in fields or (
            c.record.values.lost_reason is None and d.lost_reason
        )
        if (
            brief is None
            and status is DealStatus.LOST
            and (CrmField.STATUS in fields or (reason_changed and d.lost_reason))
        ):
            reason_id, controllable = w.reason(d.lost_reason) if d.lost_reason else (None, None)
            debriefs.append(
                (w.ids(), deal_id, lost_on, 0, *_NO_ANSWERS, reason_id, controllable,
                 d.competitor, "", "", "", False, False, True, DEFAULT_CADENCE_MONTHS,
                 w.now, w.now)
            )  # fmt: skip
        elif brief is not None:
            brief_id, completed, _ = brief
            # A finished debrief is the rep's: only its loss date follows the deal.
            keep = (
                completed is not None
                or status is not DealStatus.LOST
                or not (reason_changed or CrmField.STATUS in fields)
            )
            reason_id, controllable = (
                (None, None) if keep or not d.lost_reason else w.reason(d.lost_reason)
            )
            brief_rows.append((lost_on, reason_id, controllable, keep, w.now, brief_id))
        if CrmField.ACTIVITIES in fields:
            more = d.activities - c.record.values.activities
            if more > 0:
                first = dt.date.fromisoformat(str(created))
                last = closed_on or max(w.today, first)
                contact = people.get(deal_id, (None,))[0]
                for day in touch_days(first, last, more):
                    touches.append((w.ids(), "other", w.stamp(day), deal_id, contact,
                                    w.activities or "", "", w.now, w.now))  # fmt: skip
            elif more < 0:
                removed.append((deal_id, -more))
        record_rows.append(
            (*imported_deals.value_row(_crm(d), plan.digests.get(d.row), w.now), c.record.id)
        )
        r.updated += 1
    bulk.update(conn, "deals", ("status", "stage", "amount_cents", "currency", "closed_on",
                                "updated_at"), deal_rows)  # fmt: skip
    follow_import(conn, brief_rows)
    bulk.insert(conn, "debriefs", _DEBRIEF, debriefs)
    bulk.insert(conn, "touches", _TOUCH, touches)
    for deal_id, count in removed:
        remove_imported(conn, deal_id, count)
    imported_deals.update(conn, record_rows)
    r.debriefs += len(debriefs)
    r.touches += len(touches)


_ACCOUNT = ("id", "name", "sector", "city", "notes", "created_at", "updated_at")
_CONTACT = ("id", "account_id", "first_name", "last_name", "job_title", "email", "phone",
            "notes", "created_at", "updated_at")  # fmt: skip
_DEAL = ("id", "title", "account_id", "amount_cents", "currency", "commission_cents", "stage",
         "status", "created_on", "closed_on", "competitor", "notes", "external_id",
         "created_at", "updated_at")  # fmt: skip
_LINK = ("id", "deal_id", "contact_id", "role", "created_at", "updated_at")
_TOUCH = ("id", "kind", "occurred_at", "deal_id", "contact_id", "outcome", "note",
          "created_at", "updated_at")  # fmt: skip
# A draft debrief holding the CRM's loss reason: the six questions are the rep's to answer.
_NO_ANSWERS = (None,) * 6 + ("",) * 6
_DEBRIEF = ("id", "deal_id", "lost_on", "step",
            *(f"answer_{n}" for n in range(1, 7)), *(f"note_{n}" for n in range(1, 7)),
            "reason_id", "controllable", "competitor", "prospect_said", "lessons",
            "next_action", "referral_asked", "referral_obtained", "stay_in_touch",
            "cadence_months", "created_at", "updated_at")  # fmt: skip
