"""Turning the rows of a CRM export or a spreadsheet into deals, or saying what is wrong.

Pure functions: read with the file's conventions (`import_conventions`), each row becomes
a `ParsedDeal` or `RowProblem`s naming the row (as a spreadsheet numbers it: the header is
row 1), the column and the problem.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from salescoach.domain import currencies
from salescoach.domain.crm_vocabulary import (
    DATE_FIELDS,
    NULLS,
    Field,
    currency_code,
    currency_in_amount,
    propose_status,
    stage_word,
    status_word,
)
from salescoach.domain.csv_formats import Format, restore
from salescoach.domain.date_bounds import (
    FIRST_YEAR,
    LAST_YEAR,
    OUT_OF_BOUNDS,
    in_bounds,
    is_placeholder,
)
from salescoach.domain.deals import DealDraft, validate_deal
from salescoach.domain.enums import DealStage, DealStatus
from salescoach.domain.import_conventions import NUMERIC_DATE, Conventions, parse_date
from salescoach.domain.import_stages import stage_key
from salescoach.domain.messages import QT_TRANSLATE_NOOP, Message, ValidationError, msg
from salescoach.domain.money import parse_amount
from salescoach.domain.native_format import BY_NAME, MAX_AMOUNT_CENTS, text_problem
from salescoach.domain.reimport import identity_key

CTX = "Importing"
MAX_ACTIVITIES = 1000  # per deal: more is a typo (or a total over years), not a history


def _size(table: str, column: str) -> int | None:
    return next(c.size for c in BY_NAME[table].columns if c.name == column)


# The most characters a cell holds, as the column it is written to (None: no limit).
SIZES: dict[Field, int | None] = {
    Field.TITLE: _size("deals", "title"),
    Field.ACCOUNT: _size("accounts", "name"),
    Field.CONTACT: _size("contacts", "last_name"),
    Field.EMAIL: _size("contacts", "email"),
    Field.PHONE: _size("contacts", "phone"),
    Field.COMPETITOR: _size("deals", "competitor"),
}


@dataclass(frozen=True)
class RowProblem:
    """One reason a row cannot be imported."""

    row: int  # as a spreadsheet numbers it: the header is row 1
    column: str  # the file's column name ("" for the row as a whole)
    problem: Message
    file: str = ""  # which file of a salescoach export (one table per file)


@dataclass(slots=True)
class ParsedDeal:
    """A deal read from one row, ready to write."""

    row: int
    key: str  # stable across imports of the same file: no duplicates
    title: str
    account: str
    contact: str
    email: str
    phone: str
    amount_cents: int
    currency: str
    stage: DealStage
    status: DealStatus
    created_on: dt.date
    closed_on: dt.date | None
    lost_reason: str
    activities: int
    competitor: str
    notes: str
    commission_cents: int = 0  # the file's commission column; 0 when it has none


@dataclass
class ParseResult:
    deals: list[ParsedDeal] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)
    rows: int = 0  # data rows read (blank rows left out)
    placeholder_dates: int = 0  # "no date" placeholders (31.12.3999) read as no date
    closed_from_modified: int = 0  # won or lost deals dated by their last change
    titles_made: int = 0  # deals titled from their account, product or ID
    created_moved: int = 0  # created after their close date: created on that date instead

    @property
    def bad_rows(self) -> int:
        return len({(p.file, p.row) for p in self.problems})


_NOT_A_DATE = QT_TRANSLATE_NOOP("Importing", "“{value}” is not a date.")
_ASK_ORDER = QT_TRANSLATE_NOOP(
    "Importing", "“{value}” could be read day first or month first: say which."
)


def _count(text: str) -> int:
    s = re.sub(r"[\s\u00a0\u202f]", "", text)
    if not s:
        return 0
    if s.endswith((".0", ",0")):
        s = s[:-2]
    return int(s) if s.isdecimal() and len(s) < 10 else -1


def row_key(
    fmt: Format, source_id: str, title: str, account: str, created_on: dt.date | None
) -> str:
    """The CRM's own ID when the file has one, else a key from the columns that say which
    deal it is (see `reimport.identity_key`)."""
    if source_id:
        return f"{fmt.value}:{source_id}"
    return f"{fmt.value}:#{identity_key(title, account, created_on)}"


_LONG_DECIMALS = re.compile(r"([-+]?\d+[.,])(\d{4,})")  # vtiger's 179500.00000000


def made_title(account: str, product: str, source_id: str) -> str:
    """A title for a row without one: "Cancity – GTX Plus Basic", else the CRM's ID."""
    return " – ".join(p for p in (account, product) if p) or source_id


def parse_rows(
    headers: Sequence[str],
    rows: Iterable[Sequence[str]],
    mapping: dict[Field, int],
    fmt: Format,
    conventions: Conventions,
    first_row: int = 2,
    today: dt.date | None = None,
    *,
    status_map: dict[str, DealStatus] | None = None,
    currency: str = currencies.DEFAULT,
) -> ParseResult:
    """Every row as a deal or as problems. Blank rows are left out.

    `status_map`: each stage value (normalised) to its status, for rows without a status
    (None: as `propose_status` proposes). `currency`: of amounts that name none."""
    today = today or dt.date.today()
    result = ParseResult()
    col = {f: mapping.get(f) for f in Field}
    width = len(headers)
    seen_keys: dict[str, int] = {}
    for number, raw in enumerate(rows, start=first_row):
        if not any(c.strip() for c in raw):
            continue
        result.rows += 1
        problems: list[RowProblem] = []
        cells = ["" if c in NULLS else restore(c) for c in raw]
        if len(cells) > width and any(c.strip() for c in cells[width:]):
            problems.append(
                RowProblem(
                    number,
                    "",
                    msg(
                        CTX,
                        QT_TRANSLATE_NOOP(
                            "Importing", "{count} cells, but only {columns} column names."
                        ),
                        count=len(cells),
                        columns=width,
                    ),
                )
            )

        for f, i in col.items():  # what would be stored: no NUL, no more than it holds
            if i is not None and i < len(cells):
                problem = text_problem(cells[i], SIZES.get(f))
                if problem is not None:
                    problems.append(RowProblem(number, headers[i] if i < width else "", problem))

        def cell(f: Field, cells: list[str] = cells) -> str:
            i = col[f]
            return cells[i].strip() if i is not None and i < len(cells) else ""

        def bad(
            f: Field, text: str, number: int = number, out: list[RowProblem] = problems,
            **args: object,
        ) -> None:  # fmt: skip
            i = col[f]
            out.append(
                RowProblem(number, headers[i] if i is not None else "", msg(CTX, text, **args))
            )

        amount_text = cell(Field.AMOUNT)
        amount = _amount(amount_text, conventions.decimal_point)
        if amount is None or abs(amount) > MAX_AMOUNT_CENTS:
            bad(Field.AMOUNT, QT_TRANSLATE_NOOP("Importing", "“{value}” is not an amount."),
                value=amount_text)  # fmt: skip
            amount = 0
        commission = _amount(cell(Field.COMMISSION), conventions.decimal_point)
        if commission is None or not 0 <= commission <= MAX_AMOUNT_CENTS:
            bad(Field.COMMISSION, QT_TRANSLATE_NOOP("Importing", "“{value}” is not an amount."),
                value=cell(Field.COMMISSION))  # fmt: skip
            commission = 0
        dates: dict[Field, dt.date | None] = {}
        far: dict[Field, dt.date] = {}  # outside the bounds: refused unless a placeholder
        for f in DATE_FIELDS:
            text = cell(f)
            try:
                dates[f] = parse_date(text, conventions.date_order)
            except ValueError:
                dates[f] = None
                ambiguous = conventions.date_order is None and NUMERIC_DATE.fullmatch(text)
                bad(f, _ASK_ORDER if ambiguous else _NOT_A_DATE, value=text)
                continue
            day = dates[f]
            if day is not None and not in_bounds(day):
                dates[f] = None
                far[f] = day
        activities = _count(cell(Field.ACTIVITIES))
        if not 0 <= activities <= MAX_ACTIVITIES:
            bad(
                Field.ACTIVITIES,
                QT_TRANSLATE_NOOP(
                    "Importing", "“{value}” is not a number of activities (0 to {most})."
                ),
                value=cell(Field.ACTIVITIES),
                most=MAX_ACTIVITIES,
            )
        status_text, stage_text = cell(Field.STATUS), cell(Field.STAGE)
        status = status_word(status_text)
        if status is None and stage_text:
            status = (
                status_map.get(stage_key(stage_text))
                if status_map is not None
                else propose_status(stage_text)
            )
        if status is None and status_text:
            bad(
                Field.STATUS,
                QT_TRANSLATE_NOOP("Importing", "“{value}” is not a status (open, won or lost)."),
                value=status_text,
            )
        won, lost, closed = dates[Field.WON], dates[Field.LOST], dates[Field.CLOSED]
        if status is None:
            status = DealStatus.WON if won else DealStatus.LOST if lost else DealStatus.OPEN
        # An open deal's far-future close date is a CRM's "no expected close date".
        placeholders = sum(
            1 for f, day in far.items()
            if f is Field.CLOSED and status is DealStatus.OPEN and is_placeholder(day)
        )  # fmt: skip
        for f in far:
            if not (placeholders and f is Field.CLOSED):
                bad(f, OUT_OF_BOUNDS, value=cell(f), first=FIRST_YEAR, last=LAST_YEAR)
        close = (won if status is DealStatus.WON else lost) or closed
        dated_by_change = False
        if close is None and status is not DealStatus.OPEN and dates[Field.MODIFIED]:
            close, dated_by_change = dates[Field.MODIFIED], True
        created = dates[Field.CREATED] or close or today
        if close is not None and created > close:  # a CRM's re-created record: never
            created = close  # closed before it began (the report counts these)
            result.created_moved += 1 if not problems else 0
        stage = stage_word(stage_text) or (
            DealStage.CLOSING if status is DealStatus.WON else DealStage.LEAD
        )
        currency_text = cell(Field.CURRENCY)
        code = (
            currency_code(currency_text)
            if currency_text
            else currency_in_amount(amount_text) or currency
        )
        title = cell(Field.TITLE)
        titled = not title
        if titled:
            title = made_title(cell(Field.ACCOUNT), cell(Field.PRODUCT), cell(Field.SOURCE_ID))
        draft = DealDraft(
            title=title,
            amount_cents=amount or 0,
            currency=code,
            status=status,
            created_on=created,
            closed_on=close if status is not DealStatus.OPEN else None,
        )
        try:
            validate_deal(draft)
        except ValidationError as exc:
            where = {"title": Field.TITLE, "amount": Field.AMOUNT, "currency": Field.CURRENCY}
            for name, message in exc.fields.items():
                if name == "closed_on":
                    target = Field.WON if status is DealStatus.WON else Field.LOST
                    if col[target] is None:
                        target = Field.CLOSED if col[Field.CLOSED] is not None else Field.STATUS
                else:
                    target = where.get(name, Field.TITLE)
                i = col[target]
                problems.append(RowProblem(number, headers[i] if i is not None else "", message))
        key = row_key(fmt, cell(Field.SOURCE_ID), draft.title, cell(Field.ACCOUNT),
                      dates[Field.CREATED])  # fmt: skip
        if col[Field.SOURCE_ID] is None or not cell(Field.SOURCE_ID):
            occurrence = seen_keys.get(key, 0)
            seen_keys[key] = occurrence + 1
            if occurrence:  # the same row twice in one file: two deals, both kept apart
                key = f"{key}-{occurrence + 1}"
        elif key in seen_keys:
            bad(Field.SOURCE_ID, QT_TRANSLATE_NOOP("Importing", "Same ID as row {row}."),
                row=seen_keys[key])  # fmt: skip
        else:
            seen_keys[key] = number
        if problems:
            result.problems.extend(problems)
            continue
        result.placeholder_dates += placeholders
        result.closed_from_modified += dated_by_change
        result.titles_made += titled
        result.deals.append(
            ParsedDeal(
                number, key, draft.title, cell(Field.ACCOUNT), cell(Field.CONTACT),
                cell(Field.EMAIL), cell(Field.PHONE), draft.amount_cents or 0, code, stage,
                status, created, draft.closed_on,
                cell(Field.LOST_REASON) if status is DealStatus.LOST else "",
                activities, cell(Field.COMPETITOR), cell(Field.NOTES), commission or 0,
            )
        )  # fmt: skip
    return result


def _amount(text: str, decimal_point: str) -> int | None:
    """Cents, 0 for an empty cell, None for text that is no amount; trailing zeros past the
    cents are no precision (`179500.00000000`)."""
    if not text:
        return 0
    m = _LONG_DECIMALS.fullmatch(text)
    if m:  # four or more decimals, ending in zeros: never a thousands group
        text = m.group(1) + m.group(2)[:2] + m.group(2)[2:].rstrip("0")
    return parse_amount(text, decimal_point)


def split_name(full: str) -> tuple[str, str]:
    """("Claire", "Martin") from "Claire Martin"; a single word is a last name."""
    parts = full.split(None, 1)
    if len(parts) == 2:
        return parts[0], parts[1]
    return "", full.strip()


def touch_days(first: dt.date, last: dt.date, count: int) -> list[dt.date]:
    """`count` days spread evenly from `first` to `last` (both included when count > 1)."""
    if count <= 0:
        return []
    span = max((last - first).days, 0)
    if count == 1:
        return [first + dt.timedelta(days=span // 2)]
    return [first + dt.timedelta(days=span * i // (count - 1)) for i in range(count)]
