"""salescoach's own export: one table per entity, every column, exact both ways.

Each value is written as text in one canonical form (UUIDs hyphenated, dates ISO, times
`2024-12-31 09:30:00`, booleans `true`/`false`, amounts in cents) and read back to the
form SQLite holds (UUIDs as 32 hex digits, SQLAlchemy's `…HH:MM:SS.ffffff`), so that
export, import into an empty folder and export again gives identical files. A test checks
that `TABLES` names every column of the database.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from enum import StrEnum

from salescoach.domain.date_bounds import OutOfBoundsError, checked, out_of_bounds
from salescoach.domain.deals import DealDraft, validate_deal
from salescoach.domain.debrief import Answer
from salescoach.domain.enums import ContactRole, DealStage, DealStatus, TouchKind
from salescoach.domain.goals import GoalDraft, validate_goal
from salescoach.domain.messages import QT_TRANSLATE_NOOP, Message, ValidationError, msg
from salescoach.domain.progress import Grouping, Metric

CTX = "Importing"
FORMAT_NAME = "salescoach"
FORMAT_VERSION = 1
MAX_AMOUNT_CENTS = 10**15  # ten thousand billion: beyond, a typo (and beyond SQLite's integers)
_SQLITE_INT = 2**63  # SQLite's integers are signed 64-bit


class Kind(StrEnum):
    ID = "id"
    TEXT = "text"
    INT = "int"
    BOOL = "bool"
    DATE = "date"
    DATETIME = "datetime"
    CHOICE = "choice"


@dataclass(frozen=True)
class Col:
    name: str
    kind: Kind
    nullable: bool = False
    ref: str | None = None  # the table an ID column points to
    choices: tuple[str, ...] = ()
    size: int | None = None  # the most characters a TEXT column holds (None: no limit)


@dataclass(frozen=True)
class Table:
    name: str
    columns: tuple[Col, ...]
    unique: tuple[tuple[str, ...], ...] = ()  # besides `id`

    @property
    def file_name(self) -> str:
        return f"{self.name}.csv"

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns)


def _id() -> Col:
    return Col("id", Kind.ID)


def _ref(name: str, table: str, nullable: bool = True) -> Col:
    return Col(name, Kind.ID, nullable, table)


def _text(name: str, size: int | None = None, nullable: bool = False) -> Col:
    return Col(name, Kind.TEXT, nullable, size=size)


def _choice(name: str, values: type[StrEnum], nullable: bool = False) -> Col:
    return Col(name, Kind.CHOICE, nullable, choices=tuple(v.value for v in values))


_STAMPS = (Col("created_at", Kind.DATETIME), Col("updated_at", Kind.DATETIME))

# Written and read in this order: what a row points to comes before it.
TABLES: tuple[Table, ...] = (
    Table("loss_reasons", (
        _id(), _text("code", 40, nullable=True), _text("label", 200),
        Col("controllable", Kind.BOOL), Col("position", Kind.INT), Col("hidden", Kind.BOOL),
        *_STAMPS,
    ), unique=(("code",),)),
    Table("accounts", (
        _id(), _text("name", 200), _text("sector", 100), _text("city", 100), _text("notes"),
        *_STAMPS,
    )),
    Table("contacts", (
        _id(), _ref("account_id", "accounts"), _text("first_name", 100),
        _text("last_name", 100), _text("job_title", 100), _text("email", 200),
        _text("phone", 50), _text("notes"),
        _ref("referred_by_id", "contacts"), *_STAMPS,
    )),
    Table("deals", (
        _id(), _text("title", 200), _ref("account_id", "accounts"),
        Col("amount_cents", Kind.INT), _text("currency", 3), Col("commission_cents", Kind.INT),
        _choice("stage", DealStage), _choice("status", DealStatus), Col("created_on", Kind.DATE),
        Col("closed_on", Kind.DATE, nullable=True), _text("competitor", 200), _text("notes"),
        _text("external_id", nullable=True), *_STAMPS,
    ), unique=(("external_id",),)),
    Table("deal_contacts", (
        _id(), _ref("deal_id", "deals", False), _ref("contact_id", "contacts", False),
        _choice("role", ContactRole), *_STAMPS,
    ), unique=(("deal_id", "contact_id"),)),
    Table("touches", (
        _id(), _choice("kind", TouchKind), Col("occurred_at", Kind.DATETIME),
        _ref("deal_id", "deals"), _ref("contact_id", "contacts"), _text("outcome", 200),
        _text("note"), *_STAMPS,
    )),
    Table("debriefs", (
        _id(), _ref("deal_id", "deals", False), Col("lost_on", Kind.DATE, nullable=True),
        Col("completed_at", Kind.DATETIME, nullable=True), Col("step", Kind.INT),
        *(_choice(f"answer_{n}", Answer, nullable=True) for n in range(1, 7)),
        *(_text(f"note_{n}") for n in range(1, 7)),
        _ref("reason_id", "loss_reasons"), Col("controllable", Kind.BOOL, nullable=True),
        _text("competitor", 200), _text("prospect_said"), _text("lessons"), _text("next_action"),
        Col("referral_asked", Kind.BOOL), Col("referral_obtained", Kind.BOOL),
        _ref("referred_contact_id", "contacts"), _ref("referrer_contact_id", "contacts"),
        Col("stay_in_touch", Kind.BOOL), Col("cadence_months", Kind.INT, nullable=True),
        *_STAMPS,
    ), unique=(("deal_id",),)),
    Table("follow_ups", (
        _id(), _ref("account_id", "accounts"), _ref("contact_id", "contacts"),
        _ref("deal_id", "deals"), Col("every", Kind.INT), _text("unit", 10),
        Col("next_on", Kind.DATE), Col("active", Kind.BOOL), _ref("last_touch_id", "touches"),
        *_STAMPS,
    )),
    Table("referral_thanks", (
        _id(), _ref("contact_id", "contacts", False), Col("given_on", Kind.DATE),
        _text("what"), *_STAMPS,
    )),
    Table("goals", (
        _id(), Col("year", Kind.INT), _choice("metric", Metric), Col("amount_cents", Kind.INT),
        _text("currency", 3), _choice("target_period", Grouping, nullable=True),
        Col("target_cents", Kind.INT, nullable=True), *_STAMPS,
    ), unique=(("year",),)),
    Table("call_nominations", (
        _id(), Col("month", Kind.DATE), _ref("touch_id", "touches", False), _text("reason"),
        *_STAMPS,
    ), unique=(("month",),)),
    Table("reviews", (
        _id(), Col("week", Kind.DATE), Col("energy", Kind.INT), _text("word", 100),
        _text("focus", 200), _text("focus_kind", 40), Col("focus_kept", Kind.BOOL, nullable=True),
        Col("done_on", Kind.DATE), *_STAMPS,
    ), unique=(("week",),)),
    Table("email_drafts", (
        _id(), _text("key", 120), _text("moment", 20), _text("language", 2),
        _ref("deal_id", "deals"), _ref("contact_id", "contacts"), _text("subject", 300),
        _text("body"), *_STAMPS,
    )),
    Table("imported_deals", (
        _id(), _text("external_id"), _ref("deal_id", "deals"), _text("status", 20),
        _text("stage", 20), Col("amount_cents", Kind.INT), _text("currency", 3),
        Col("closed_on", Kind.DATE, nullable=True), _text("lost_reason", nullable=True),
        Col("activities", Kind.INT), _text("row_digest", 64, nullable=True), *_STAMPS,
    ), unique=(("external_id",),)),
    Table("imports", (
        _id(), _text("source", 200), Col("added", Kind.INT), Col("updated", Kind.INT),
        Col("unchanged", Kind.INT), Col("debriefs", Kind.INT), *_STAMPS,
    )),
    Table("commission_rates", (
        _id(), Col("starts_on", Kind.DATE), Col("rate_bp", Kind.INT),
        Col("above_goal_bp", Kind.INT, nullable=True), *_STAMPS,
    ), unique=(("starts_on",),)),
    Table("preferences", (
        _id(), _text("key", 40), _text("value"), *_STAMPS,
    ), unique=(("key",),)),
)  # fmt: skip
BY_NAME: dict[str, Table] = {t.name: t for t in TABLES}
BY_FILE: dict[str, Table] = {t.file_name: t for t in TABLES}


# from the database -----------------------------------------------------------------------
def to_text(col: Col, value: object) -> str:
    """A stored value as the export writes it in a CSV cell (None is an empty cell)."""
    if value is None:
        return ""
    kind = col.kind
    if kind is Kind.ID:
        h = str(value)
        if len(h) == 32:
            return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"
        return str(uuid.UUID(h))
    if kind is Kind.DATETIME:
        s = str(value)
        if len(s) == 26 and s[19] == "." and s[10] == " ":
            return s[:19] if s.endswith(".000000") else s
        return dt.datetime.fromisoformat(s).isoformat(sep=" ")
    if kind is Kind.BOOL:
        return "true" if value else "false"
    return str(value)


def to_json(col: Col, value: object) -> object:
    """A stored value as the JSON export writes it (numbers, booleans and null typed)."""
    if value is None:
        return None
    if col.kind is Kind.BOOL:
        return bool(value)
    if col.kind is Kind.INT:
        return int(str(value))
    return to_text(col, value)


# back to the database --------------------------------------------------------------------
_TRUE = {"true": 1, "1": 1, "yes": 1, "false": 0, "0": 0, "no": 0}


def from_text(col: Col, text: str) -> object:
    """A cell back to the stored value; ValueError when it cannot be one (`OutOfBoundsError`
    for a date outside the years salescoach accepts)."""
    if text == "":
        if col.nullable:
            return None
        if col.kind is Kind.TEXT:
            return ""
        raise ValueError("empty")
    kind = col.kind
    if kind is Kind.TEXT:
        return text
    if kind is Kind.ID:
        return uuid.UUID(text).hex
    if kind is Kind.DATETIME:
        moment = dt.datetime.fromisoformat(text)
        if moment.tzinfo is not None:
            raise ValueError(text)  # stored as naive UTC: an offset would be misread
        return checked(moment).isoformat(sep=" ", timespec="microseconds")
    if kind is Kind.DATE:
        return checked(dt.date.fromisoformat(text)).isoformat()
    if kind is Kind.INT:
        return int(text)
    if kind is Kind.BOOL:
        if text.strip().lower() not in _TRUE:
            raise ValueError(text)
        return _TRUE[text.strip().lower()]
    if text not in col.choices:
        raise ValueError(text)
    return text


def json_cell(value: object) -> str:
    """A JSON export's value as the CSV cell it stands for."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


# checking what is read -------------------------------------------------------------------
def shorten(text: str, most: int = 40) -> str:
    """A value quoted in a message: a 5,000-character cell is not repeated whole."""
    return text if len(text) <= most else text[: most - 1] + "…"


def text_problem(text: str, size: int | None = None) -> Message | None:
    """What makes `text` unfit to store (a NUL character, text that is not Unicode,
    more characters than its column holds), or None. Shared by every import."""
    nul = text.find("\x00")
    if nul >= 0:
        return msg(
            CTX,
            QT_TRANSLATE_NOOP(
                "Importing",
                "A NUL character (byte 0) at character {position}: text never holds one; "
                "the file is damaged or not text.",
            ),
            position=nul + 1,
        )
    if not text.isascii():
        try:
            text.encode("utf-8")
        except UnicodeEncodeError as exc:  # a lone surrogate, from a JSON "\\ud800"
            return msg(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Importing", "Character {position} is not a valid Unicode character."
                ),
                position=exc.start + 1,
            )
    if size is not None and len(text) > size:
        return msg(
            CTX,
            QT_TRANSLATE_NOOP("Importing", "{length} characters, more than the {size} this holds."),
            length=len(text),
            size=size,
        )
    return None


class CellError(ValueError):
    """A cell that cannot be stored, and why (in the user's language)."""

    def __init__(self, problem: Message) -> None:
        super().__init__(problem.english())
        self.problem = problem


def read_cell(col: Col, text: str) -> object:
    """`from_text`, with every text checked (`text_problem`) and integers kept within
    what SQLite stores; `CellError` says what is wrong."""
    problem = text_problem(text, col.size if col.kind is Kind.TEXT else None)
    if problem is not None:
        raise CellError(problem)
    try:
        value = from_text(col, text)
    except OutOfBoundsError:
        raise CellError(out_of_bounds(shorten(text))) from None
    except ValueError:
        raise CellError(
            msg(
                CTX,
                QT_TRANSLATE_NOOP("Importing", "“{value}” cannot be read here."),
                value=shorten(text),
            )
        ) from None
    if isinstance(value, int) and not -_SQLITE_INT <= value < _SQLITE_INT:
        raise CellError(
            msg(
                CTX,
                QT_TRANSLATE_NOOP("Importing", "“{value}” is too large a number."),
                value=shorten(text),
            )
        )
    return value


_DEAL_FIELDS = {"title": "title", "amount": "amount_cents", "commission": "commission_cents",
                "currency": "currency", "closed_on": "closed_on"}  # fmt: skip
_GOAL_FIELDS = {"year": "year", "amount": "amount_cents", "target": "target_cents",
                "currency": "currency"}  # fmt: skip


def row_problems(table: Table, row: dict[str, object]) -> list[tuple[str, Message]]:
    """The rules the app's editors (and the CSV import) apply, for a row of an export
    read by `read_cell`: (column, problem) pairs, none when the row is fine."""
    problems: list[tuple[str, Message]] = []
    try:
        if table.name == "deals":
            for name in ("amount_cents", "commission_cents"):
                cents = row[name]
                if isinstance(cents, int) and abs(cents) > MAX_AMOUNT_CENTS:
                    text = QT_TRANSLATE_NOOP("Importing", "“{value}” is not an amount.")
                    problems.append((name, msg(CTX, text, value=cents)))
            if problems:
                return problems
            closed = row["closed_on"]
            validate_deal(
                DealDraft(
                    title=str(row["title"]),
                    amount_cents=int(str(row["amount_cents"])),
                    currency=str(row["currency"]),
                    commission_cents=int(str(row["commission_cents"])),
                    status=DealStatus(str(row["status"])),
                    created_on=dt.date.fromisoformat(str(row["created_on"])),
                    closed_on=dt.date.fromisoformat(str(closed)) if closed else None,
                )
            )
        elif table.name == "goals":
            target = row["target_cents"]
            period = row["target_period"]
            validate_goal(
                GoalDraft(
                    year=int(str(row["year"])),
                    amount_cents=int(str(row["amount_cents"])),
                    metric=Metric(str(row["metric"])),
                    currency=str(row["currency"]),
                    target_period=Grouping(str(period)) if period else None,
                    target_cents=int(str(target)) if target is not None else None,
                )
            )
    except ValidationError as exc:
        where = _DEAL_FIELDS if table.name == "deals" else _GOAL_FIELDS
        problems.extend((where.get(name, name), m) for name, m in exc.fields.items())
    return problems
