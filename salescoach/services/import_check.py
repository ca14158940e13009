"""Checking every row of a file as the rep's settings say: what would be written, what is
wrong row by row, and what a re-import would change (the preview), before anything is
written. Rows read the same way at the last import are not parsed again.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

from salescoach.domain import currencies
from salescoach.domain.crm_vocabulary import Field, normalise
from salescoach.domain.csv_formats import Format, detect_format
from salescoach.domain.import_stages import StageCount, stage_table
from salescoach.domain.importing import ParseResult, RowProblem, parse_rows
from salescoach.domain.messages import QT_TRANSLATE_NOOP, UserError, msg
from salescoach.domain.reimport import ImportPreview, row_digests
from salescoach.services import native_import
from salescoach.services.collector import collector_paused
from salescoach.services.import_changes import compare
from salescoach.services.import_sample import FileSample, ImportSettings, main_currency
from salescoach.store import bulk, imported_deals
from salescoach.store.database import Store

CTX = "Importing"


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
            raise UserError(
                msg(
                    CTX,
                    QT_TRANSLATE_NOOP(
                        "Importing",
                        "Column “{column}” cannot be both {fields}: choose one column for each.",
                    ),
                    column=sample.headers[column] if column < len(sample.headers) else column + 1,
                    fields=" and ".join(f.value for f in fields),
                )
            )


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
        raise UserError(
            msg(
                CTX,
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
        )
    _check_mapping(sample, settings.mapping)
    currency = settings.currency or main_currency()
    if not currencies.is_currency(currency):
        raise UserError(
            msg(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Importing",
                    "“{code}” is not an ISO 4217 currency code (such as EUR, USD, RUB or CLP).",
                ),
                code=currency,
            )
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
        plan.preview = compare(conn, plan.parsed.deals, plan.unchanged_rows).preview()
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
