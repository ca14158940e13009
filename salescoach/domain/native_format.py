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

from salescoach.domain.date_bounds import checked
from salescoach.domain.debrief import Answer
from salescoach.domain.enums import ContactRole, DealStage, DealStatus, TouchKind
from salescoach.domain.progress import Grouping, Metric

CTX = "Importing"
FORMAT_NAME = "salescoach"
FORMAT_VERSION = 1


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


def _text(name: str, nullable: bool = False) -> Col:
    return Col(name, Kind.TEXT, nullable)


def _choice(name: str, values: type[StrEnum], nullable: bool = False) -> Col:
    return Col(name, Kind.CHOICE, nullable, choices=tuple(v.value for v in values))


_STAMPS = (Col("created_at", Kind.DATETIME), Col("updated_at", Kind.DATETIME))

# Written and read in this order: what a row points to comes before it.
TABLES: tuple[Table, ...] = (
    Table("loss_reasons", (
        _id(), _text("code", nullable=True), _text("label"), Col("controllable", Kind.BOOL),
        Col("position", Kind.INT), Col("hidden", Kind.BOOL), *_STAMPS,
    ), unique=(("code",),)),
    Table("accounts", (
        _id(), _text("name"), _text("sector"), _text("city"), _text("notes"), *_STAMPS,
    )),
    Table("contacts", (
        _id(), _ref("account_id", "accounts"), _text("first_name"), _text("last_name"),
        _text("job_title"), _text("email"), _text("phone"), _text("notes"),
        _ref("referred_by_id", "contacts"), *_STAMPS,
    )),
    Table("deals", (
        _id(), _text("title"), _ref("account_id", "accounts"), Col("amount_cents", Kind.INT),
        _text("currency"), Col("commission_cents", Kind.INT), _choice("stage", DealStage),
        _choice("status", DealStatus), Col("created_on", Kind.DATE),
        Col("closed_on", Kind.DATE, nullable=True), _text("competitor"), _text("notes"),
        _text("external_id", nullable=True), *_STAMPS,
    ), unique=(("external_id",),)),
    Table("deal_contacts", (
        _id(), _ref("deal_id", "deals", False), _ref("contact_id", "contacts", False),
        _choice("role", ContactRole), *_STAMPS,
    ), unique=(("deal_id", "contact_id"),)),
    Table("touches", (
        _id(), _choice("kind", TouchKind), Col("occurred_at", Kind.DATETIME),
        _ref("deal_id", "deals"), _ref("contact_id", "contacts"), _text("outcome"),
        _text("note"), *_STAMPS,
    )),
    Table("debriefs", (
        _id(), _ref("deal_id", "deals", False), Col("lost_on", Kind.DATE, nullable=True),
        Col("completed_at", Kind.DATETIME, nullable=True), Col("step", Kind.INT),
        *(_choice(f"answer_{n}", Answer, nullable=True) for n in range(1, 7)),
        *(_text(f"note_{n}") for n in range(1, 7)),
        _ref("reason_id", "loss_reasons"), Col("controllable", Kind.BOOL, nullable=True),
        _text("competitor"), _text("prospect_said"), _text("lessons"), _text("next_action"),
        Col("referral_asked", Kind.BOOL), Col("referral_obtained", Kind.BOOL),
        _ref("referred_contact_id", "contacts"), _ref("referrer_contact_id", "contacts"),
        Col("stay_in_touch", Kind.BOOL), Col("cadence_months", Kind.INT, nullable=True),
        *_STAMPS,
    ), unique=(("deal_id",),)),
    Table("follow_ups", (
        _id(), _ref("account_id", "accounts"), _ref("contact_id", "contacts"),
        _ref("deal_id", "deals"), Col("every", Kind.INT), _text("unit"),
        Col("next_on", Kind.DATE), Col("active", Kind.BOOL), _ref("last_touch_id", "touches"),
        *_STAMPS,
    )),
    Table("referral_thanks", (
        _id(), _ref("contact_id", "contacts", False), Col("given_on", Kind.DATE),
        _text("what"), *_STAMPS,
    )),
    Table("goals", (
        _id(), Col("year", Kind.INT), _choice("metric", Metric), Col("amount_cents", Kind.INT),
        _text("currency"), _choice("target_period", Grouping, nullable=True),
        Col("target_cents", Kind.INT, nullable=True), *_STAMPS,
    ), unique=(("year",),)),
    Table("call_nominations", (
        _id(), Col("month", Kind.DATE), _ref("touch_id", "touches", False), _text("reason"),
        *_STAMPS,
    ), unique=(("month",),)),
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
