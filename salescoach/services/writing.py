"""The writing coach: who an email is for (the contact's and the deal's details), the
composer's autosaved drafts, and the email logged as a touch once written. Nothing here
sends anything: the rep copies the text or hands it to their own mail program."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from salescoach.domain.deals import TouchDraft
from salescoach.domain.enums import ContactRole, TouchKind
from salescoach.domain.messages import QT_TRANSLATE_NOOP, UserError, msg
from salescoach.domain.templates import Details, DraftRow
from salescoach.services.pipeline import PipelineService
from salescoach.store import email_drafts
from salescoach.store.database import Store

# Who to write to on a deal when no one is named: the decision maker first.
_ROLE_ORDER = (
    ContactRole.DECISION_MAKER,
    ContactRole.EVALUATOR,
    ContactRole.INFLUENCER,
    ContactRole.USER,
)
MAX_DRAFT_CHARS = 200_000  # about 30,000 words: far beyond any email, never cut silently


@dataclass(frozen=True)
class Recipient:
    """Who the composer writes to, and about what."""

    deal_id: uuid.UUID | None
    contact_id: uuid.UUID | None
    details: Details


class WritingService:
    def __init__(self, store: Store, pipeline: PipelineService) -> None:
        self.store = store
        self.pipeline = pipeline

    def recipient(
        self,
        deal_id: uuid.UUID | None = None,
        contact_id: uuid.UUID | None = None,
        referred: str = "",
    ) -> Recipient:
        """The details of `contact_id` (or of the deal's first contact, decision maker
        first) and of `deal_id`; what is unknown stays empty."""
        title = company = ""
        if deal_id is not None:
            detail = self.pipeline.deal_detail(deal_id)
            title, company = detail.row.title, detail.row.account
            if contact_id is None and detail.contacts:
                ranked = sorted(detail.contacts, key=lambda c: _ROLE_ORDER.index(c[2]))
                contact_id = ranked[0][0]
        first = email = ""
        if contact_id is not None:
            person = self.pipeline.contact(contact_id)
            if person is None:
                contact_id = None
            else:
                first, email = person.first_name, person.email
                company = company or person.account
        return Recipient(deal_id, contact_id, Details(first, company, title, referred, email))

    def draft(self, key: str) -> DraftRow | None:
        with self.store.session() as s:
            return email_drafts.draft(s, key)

    def save_draft(self, draft: DraftRow) -> None:
        if len(draft.body) + len(draft.subject) > MAX_DRAFT_CHARS:
            raise UserError(
                msg(
                    "Writing",
                    QT_TRANSLATE_NOOP(
                        "Writing",
                        "This email is too long to keep as a draft ({limit} characters at "
                        "most); your text stays in the window.",
                    ),
                    limit=MAX_DRAFT_CHARS,
                )
            )
        with self.store.session() as s:
            email_drafts.save(s, draft)

    def discard_draft(self, key: str) -> None:
        with self.store.session() as s:
            email_drafts.discard(s, key)

    def log_email(
        self,
        deal_id: uuid.UUID | None,
        contact_id: uuid.UUID | None,
        subject: str,
        body: str,
        when: dt.datetime | None = None,
    ) -> uuid.UUID:
        """The email as a touch on the deal or with the contact (the stay-in-touch cadence
        starts again from it)."""
        note = f"{subject.strip()}\n\n{body.strip()}".strip()
        return self.pipeline.log_touch(
            TouchDraft(TouchKind.EMAIL, when or dt.datetime.now().replace(microsecond=0),
                       deal_id, contact_id, note=note)
        )  # fmt: skip
