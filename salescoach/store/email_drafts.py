"""The email_drafts table: the composer's drafts, one per moment and person or deal."""

from __future__ import annotations

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from salescoach.domain.templates import DraftRow
from salescoach.store.models import EmailDraft


def draft(session: Session, key: str) -> DraftRow | None:
    row = session.execute(
        select(
            EmailDraft.key,
            EmailDraft.moment,
            EmailDraft.language,
            EmailDraft.deal_id,
            EmailDraft.contact_id,
            EmailDraft.subject,
            EmailDraft.body,
        ).where(EmailDraft.key == key)
    ).first()
    return None if row is None else DraftRow(*row)


def save(session: Session, row: DraftRow) -> None:
    found = session.scalars(select(EmailDraft).where(EmailDraft.key == row.key)).first()
    stored = found or EmailDraft(key=row.key)
    stored.moment = row.moment
    stored.language = row.language
    stored.deal_id = row.deal_id
    stored.contact_id = row.contact_id
    stored.subject = row.subject
    stored.body = row.body
    session.add(stored)
    session.flush()


def discard(session: Session, key: str) -> None:
    session.execute(delete(EmailDraft).where(EmailDraft.key == key))
