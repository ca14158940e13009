"""The pipeline schema: accounts, contacts, deals, the contacts' roles on deals, touches.

Every row has a UUID key and created/updated timestamps so that records can later be
merged between machines. Money is stored as integer cents next to an ISO currency code.
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Enum,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    Uuid,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from salescoach.domain.debrief import Answer
from salescoach.domain.enums import ContactRole, DealStage, DealStatus, TouchKind
from salescoach.domain.progress import Grouping, Metric

# Named constraints let Alembic's batch mode on SQLite find and alter them later.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> dt.datetime:
    """Timestamps are stored as naive UTC (SQLite has no time zone type)."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def _enum(cls: type, name: str) -> Enum:
    return Enum(
        cls,
        name=name,
        native_enum=False,
        create_constraint=True,
        length=20,
        values_callable=lambda e: [m.value for m in e],
        validate_strings=True,
    )


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Row:
    """Columns every table shares."""

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


class Account(Row, Base):
    __tablename__ = "accounts"

    name: Mapped[str] = mapped_column(String(200), index=True)
    sector: Mapped[str] = mapped_column(String(100), default="")
    city: Mapped[str] = mapped_column(String(100), default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    contacts: Mapped[list[Contact]] = relationship(back_populates="account")


class Contact(Row, Base):
    __tablename__ = "contacts"

    account_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("accounts.id", ondelete="SET NULL"), index=True
    )
    first_name: Mapped[str] = mapped_column(String(100), default="")
    last_name: Mapped[str] = mapped_column(String(100), default="")
    job_title: Mapped[str] = mapped_column(String(100), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(50), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    # The prospect who referred this person (the article's "ask every no for a referral").
    referred_by_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("contacts.id", ondelete="SET NULL"), index=True
    )

    account: Mapped[Account | None] = relationship(back_populates="contacts")


class Deal(Row, Base):
    __tablename__ = "deals"

    title: Mapped[str] = mapped_column(String(200))
    account_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("accounts.id", ondelete="RESTRICT"), index=True
    )
    amount_cents: Mapped[int] = mapped_column(Integer, default=0)
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    commission_cents: Mapped[int] = mapped_column(Integer, default=0)
    stage: Mapped[DealStage] = mapped_column(_enum(DealStage, "deal_stage"))
    status: Mapped[DealStatus] = mapped_column(_enum(DealStatus, "deal_status"))
    created_on: Mapped[dt.date] = mapped_column(Date)
    closed_on: Mapped[dt.date | None] = mapped_column(Date)
    competitor: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    # Where an imported deal came from ("pipedrive:1234", or a digest of its row), so that
    # importing the same file again adds nothing; NULL for deals made in the app.
    external_id: Mapped[str | None] = mapped_column(String(100))

    account: Mapped[Account | None] = relationship()
    roles: Mapped[list[DealContact]] = relationship(
        back_populates="deal", cascade="all, delete-orphan", passive_deletes=True
    )

    __table_args__ = (
        Index("ix_deals_status_closed_on", "status", "closed_on"),
        Index("ix_deals_created_on", "created_on"),
        # Covers the Progress chart's GROUP BY period (store/deal_totals.py): SQLite
        # adds the closed deals up from this index alone, never reading the wide rows.
        Index(
            "ix_deals_closed_on_totals",
            "closed_on",
            "status",
            "currency",
            "amount_cents",
            "commission_cents",
        ),
        Index("ix_deals_external_id", "external_id", unique=True),
    )


class DealContact(Row, Base):
    """A contact's role on a deal."""

    __tablename__ = "deal_contacts"

    deal_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("deals.id", ondelete="CASCADE"))
    contact_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), index=True
    )
    role: Mapped[ContactRole] = mapped_column(_enum(ContactRole, "contact_role"))

    deal: Mapped[Deal] = relationship(back_populates="roles")
    contact: Mapped[Contact] = relationship()

    __table_args__ = (UniqueConstraint("deal_id", "contact_id"),)


class Touch(Row, Base):
    """A call, email, meeting… with a prospect, usually on a deal."""

    __tablename__ = "touches"

    kind: Mapped[TouchKind] = mapped_column(_enum(TouchKind, "touch_kind"))
    occurred_at: Mapped[dt.datetime] = mapped_column(DateTime)
    deal_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("deals.id", ondelete="CASCADE"))
    contact_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("contacts.id", ondelete="SET NULL"), index=True
    )
    outcome: Mapped[str] = mapped_column(String(200), default="")
    note: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (
        Index("ix_touches_deal_id_occurred_at", "deal_id", "occurred_at"),
        Index("ix_touches_occurred_at", "occurred_at"),
        Index("ix_touches_kind_occurred_at", "kind", "occurred_at"),  # per kind (Numbers)
    )


class LossReason(Row, Base):
    """An entry of the rep's editable list of loss reasons."""

    __tablename__ = "loss_reasons"

    code: Mapped[str | None] = mapped_column(String(40), unique=True)  # set for seeded ones
    label: Mapped[str] = mapped_column(String(200), default="")  # empty: translated seed
    controllable: Mapped[bool] = mapped_column(Boolean, default=False)
    position: Mapped[int] = mapped_column(Integer, default=0)
    hidden: Mapped[bool] = mapped_column(Boolean, default=False)


class Debrief(Row, Base):
    """The review of one lost deal; a draft until `completed_at` is set.

    The six answers are columns (the questions are fixed by the method), so that the
    insights are one scan of this table. `lost_on` repeats the deal's close date while
    the deal is lost (NULL once it is reopened or won) for the same reason; the services
    keep it in step with the deal.
    """

    __tablename__ = "debriefs"

    deal_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("deals.id", ondelete="CASCADE"), unique=True
    )
    lost_on: Mapped[dt.date | None] = mapped_column(Date, index=True)
    completed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    step: Mapped[int] = mapped_column(Integer, default=0)
    answer_1: Mapped[Answer | None] = mapped_column(_enum(Answer, "debrief_answer_1"))
    answer_2: Mapped[Answer | None] = mapped_column(_enum(Answer, "debrief_answer_2"))
    answer_3: Mapped[Answer | None] = mapped_column(_enum(Answer, "debrief_answer_3"))
    answer_4: Mapped[Answer | None] = mapped_column(_enum(Answer, "debrief_answer_4"))
    answer_5: Mapped[Answer | None] = mapped_column(_enum(Answer, "debrief_answer_5"))
    answer_6: Mapped[Answer | None] = mapped_column(_enum(Answer, "debrief_answer_6"))
    note_1: Mapped[str] = mapped_column(Text, default="")
    note_2: Mapped[str] = mapped_column(Text, default="")
    note_3: Mapped[str] = mapped_column(Text, default="")
    note_4: Mapped[str] = mapped_column(Text, default="")
    note_5: Mapped[str] = mapped_column(Text, default="")
    note_6: Mapped[str] = mapped_column(Text, default="")
    reason_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("loss_reasons.id", ondelete="RESTRICT"), index=True
    )
    controllable: Mapped[bool | None] = mapped_column(Boolean)
    competitor: Mapped[str] = mapped_column(String(200), default="")
    prospect_said: Mapped[str] = mapped_column(Text, default="")
    lessons: Mapped[str] = mapped_column(Text, default="")
    next_action: Mapped[str] = mapped_column(Text, default="")
    referral_asked: Mapped[bool] = mapped_column(Boolean, default=False)
    referral_obtained: Mapped[bool] = mapped_column(Boolean, default=False)
    referred_contact_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("contacts.id", ondelete="SET NULL")
    )
    referrer_contact_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("contacts.id", ondelete="SET NULL")
    )
    stay_in_touch: Mapped[bool] = mapped_column(Boolean, default=True)
    cadence_months: Mapped[int | None] = mapped_column(Integer)


class FollowUp(Row, Base):
    """A stay-in-touch cadence with a prospect (an account, or one contact)."""

    __tablename__ = "follow_ups"

    account_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("accounts.id", ondelete="CASCADE"), index=True
    )
    contact_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), index=True
    )
    deal_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("deals.id", ondelete="SET NULL"))
    every: Mapped[int] = mapped_column(Integer)
    unit: Mapped[str] = mapped_column(String(10), default="months")  # days, weeks, months
    next_on: Mapped[dt.date] = mapped_column(Date, index=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # The latest touch with the prospect, kept as touches are logged: finding it among a
    # million touches for every row of the Follow-ups view would take seconds.
    last_touch_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("touches.id", ondelete="SET NULL")
    )


class ReferralThanks(Row, Base):
    """A thank-you or reward given to someone who referred people to the rep."""

    __tablename__ = "referral_thanks"

    contact_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), index=True
    )
    given_on: Mapped[dt.date] = mapped_column(Date)
    what: Mapped[str] = mapped_column(Text, default="")


class Goal(Row, Base):
    """The rep's goal for one year (revenue or commission), with an optional monthly or
    quarterly target. Past years keep theirs."""

    __tablename__ = "goals"

    year: Mapped[int] = mapped_column(Integer, unique=True)
    metric: Mapped[Metric] = mapped_column(_enum(Metric, "goal_metric"))
    amount_cents: Mapped[int] = mapped_column(Integer)
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    target_period: Mapped[Grouping | None] = mapped_column(_enum(Grouping, "goal_target_period"))
    target_cents: Mapped[int | None] = mapped_column(Integer)


class CallNomination(Row, Base):
    """The "sales call of the month": one touch per month, and why it was good."""

    __tablename__ = "call_nominations"

    month: Mapped[dt.date] = mapped_column(Date, unique=True)  # the month's first day
    touch_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("touches.id", ondelete="CASCADE"), index=True
    )
    reason: Mapped[str] = mapped_column(Text, default="")


class Review(Row, Base):
    """One weekly review: the energy check-in, the focus chosen for the week after, and
    whether that focus was kept (said at the next review)."""

    __tablename__ = "reviews"

    week: Mapped[dt.date] = mapped_column(Date, unique=True)  # the Monday of the week reviewed
    energy: Mapped[int] = mapped_column(Integer)  # 1 to 5
    word: Mapped[str] = mapped_column(String(100), default="")
    focus: Mapped[str] = mapped_column(String(200), default="")
    focus_kind: Mapped[str] = mapped_column(String(40), default="own")
    focus_kept: Mapped[bool | None] = mapped_column(Boolean)
    done_on: Mapped[dt.date] = mapped_column(Date)


class EmailDraft(Row, Base):
    """The composer's draft for one moment and one person or deal, saved as the rep types."""

    __tablename__ = "email_drafts"

    key: Mapped[str] = mapped_column(String(120), unique=True)  # the moment and who it is for
    moment: Mapped[str] = mapped_column(String(20))
    language: Mapped[str] = mapped_column(String(2))
    deal_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("deals.id", ondelete="CASCADE"), index=True
    )
    contact_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), index=True
    )
    subject: Mapped[str] = mapped_column(String(300), default="")
    body: Mapped[str] = mapped_column(Text, default="")


class ImportedDeal(Row, Base):
    """What the CRM said of an imported deal at the last import, by its source key.

    Re-importing compares the file with these values, not with the deal: a field the CRM
    changed is updated, one the rep changed in the app is left alone. `deal_id` becomes
    NULL when the rep deletes the deal, so that the next import leaves it deleted.
    `row_digest` is the row as read (with the reading settings): a row read the same way
    again is unchanged without being parsed.
    """

    __tablename__ = "imported_deals"

    external_id: Mapped[str] = mapped_column(String(100), unique=True)
    deal_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("deals.id", ondelete="SET NULL"), index=True
    )
    status: Mapped[str] = mapped_column(String(20))
    stage: Mapped[str] = mapped_column(String(20))
    amount_cents: Mapped[int] = mapped_column(Integer, default=0)
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    closed_on: Mapped[dt.date | None] = mapped_column(Date)
    lost_reason: Mapped[str | None] = mapped_column(Text)  # NULL: not known (before 0011)
    activities: Mapped[int] = mapped_column(Integer, default=0)
    row_digest: Mapped[str | None] = mapped_column(String(64))  # read whole: no index


class ImportRun(Row, Base):
    """One import of a CRM file: what it added and changed (the Debriefs banner says how
    many lost deals arrived with the latest; their drafts share its `created_at`)."""

    __tablename__ = "imports"

    source: Mapped[str] = mapped_column(String(200))
    added: Mapped[int] = mapped_column(Integer, default=0)
    updated: Mapped[int] = mapped_column(Integer, default=0)
    unchanged: Mapped[int] = mapped_column(Integer, default=0)
    debriefs: Mapped[int] = mapped_column(Integer, default=0)


class CommissionPlanRate(Row, Base):
    """The rep's commission plan from a date: a rate on won amounts (basis points of a
    percent: 800 is 8 %), and optionally a higher one above the yearly revenue goal."""

    __tablename__ = "commission_rates"

    starts_on: Mapped[dt.date] = mapped_column(Date, unique=True)
    rate_bp: Mapped[int] = mapped_column(Integer)
    above_goal_bp: Mapped[int | None] = mapped_column(Integer)


class Preference(Row, Base):
    """A choice of the rep that the command line must see too (the main currency)."""

    __tablename__ = "preferences"

    key: Mapped[str] = mapped_column(String(40), unique=True)
    value: Mapped[str] = mapped_column(Text, default="")
