"""Debrief use cases: mark a deal lost, save the form as typed, finish it, read insights."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session

from salescoach.domain.date_bounds import months_after
from salescoach.domain.debrief import (
    QUESTION_NUMBERS,
    Answer,
    DebriefDraft,
    DebriefRow,
    DebriefState,
    LossReasonRow,
    validate_debrief,
)
from salescoach.domain.enums import DealStatus
from salescoach.domain.followups import CadenceUnit
from salescoach.domain.insights import (
    DebriefInsights,
    control_by_quarter,
    control_totals,
    pivot_reasons,
    weak_spots,
    weakest_question,
)
from salescoach.domain.messages import QT_TRANSLATE_NOOP, UserError, ValidationError, msg
from salescoach.domain.rows import DealRow
from salescoach.store import contacts, deals, debriefs, followups, imported_deals, loss_reasons
from salescoach.store.database import Store

if TYPE_CHECKING:
    from salescoach.store.models import Deal

CTX = "Debriefs"

_OutcomeRow = tuple[str, bool | None, uuid.UUID | None, int, int, int]
_ImportedRow = tuple[str, bool | None, uuid.UUID | None, int]


def _deal_gone() -> UserError:
    return UserError(
        msg(
            CTX,
            QT_TRANSLATE_NOOP(
                "Debriefs",
                "This deal no longer exists (it may have been deleted); the debrief was not saved.",
            ),
        )
    )


def _reason_gone() -> UserError:
    return UserError(
        msg(
            CTX,
            QT_TRANSLATE_NOOP(
                "Debriefs", "This loss reason no longer exists (it may have been deleted)."
            ),
        )
    )


def add_reason(s: Session, label: str, controllable: bool) -> uuid.UUID:
    """A new reason of the rep's own at the end of the list (the form, and imports)."""
    label = label.strip()
    if not label:
        raise ValidationError(
            {"label": msg(CTX, QT_TRANSLATE_NOOP("Debriefs", "A reason needs a name."))}
        )
    return loss_reasons.add(s, label, controllable)


class DebriefService:
    """What the debrief form, the Debriefs view and `stats` do to the store."""

    def __init__(self, store: Store) -> None:
        self.store = store

    # the loss reasons list -------------------------------------------------------------
    def reasons(self, include_hidden: bool = False) -> list[LossReasonRow]:
        with self.store.session() as s:
            return loss_reasons.loss_reasons(s, include_hidden)

    def save_reason(
        self,
        label: str,
        controllable: bool,
        reason_id: uuid.UUID | None = None,
        hidden: bool = False,
    ) -> uuid.UUID:
        """Add a reason (no `reason_id`) or rename / re-default / hide one."""
        label = label.strip()
        with self.store.session() as s:
            if reason_id is None:
                reason_id = add_reason(s, label, controllable)
            # An empty label on a seeded reason: back to its translated name.
            if not loss_reasons.update(s, reason_id, label, controllable, hidden):
                raise _reason_gone()
            return reason_id

    # marking lost ----------------------------------------------------------------------
    def mark_lost(self, deal_id: uuid.UUID, on: dt.date | None = None) -> DealRow:
        """Set a deal lost (closed today unless said otherwise); its debrief becomes pending."""
        with self.store.session() as s:
            closed_on = deals.close(s, deal_id, DealStatus.LOST, on or dt.date.today())
            if closed_on is None:
                raise _deal_gone()
            debriefs.sync_lost_on(s, deal_id, closed_on)
            return deals.deal_rows(s, [deal_id])[0]

    # the form --------------------------------------------------------------------------
    def load(self, deal_id: uuid.UUID) -> tuple[DebriefDraft, DebriefState]:
        """The saved debrief of a deal, or a new one prefilled from the deal."""
        with self.store.session() as s:
            deal = deals.get(s, deal_id)
            if deal is None:
                raise _deal_gone()
            found = debriefs.saved(s, deal_id)
            if found is None:
                return DebriefDraft(deal_id, competitor=deal.competitor), DebriefState.PENDING
            return found

    def save_draft(self, draft: DebriefDraft) -> bool:
        """Keep what was typed. A finished debrief is only overwritten by a complete one,
        so that a half-edited reason never leaves it without one; returns whether it saved."""
        with self.store.session() as s:
            debrief = debriefs.for_deal(s, self._deal(s, draft.deal_id))
            if debrief.completed_at is not None:
                try:
                    validate_debrief(draft)
                except ValidationError:
                    return False
            debriefs.write(s, debrief, draft)
            return True

    def finish(self, draft: DebriefDraft, now: dt.datetime | None = None) -> None:
        """Check and store a complete debrief; link the referral, schedule the follow-ups."""
        validate_debrief(draft)
        with self.store.session() as s:
            deal = self._deal(s, draft.deal_id)
            debrief = debriefs.for_deal(s, deal)
            debriefs.write(s, debrief, draft, now or dt.datetime.now(dt.UTC).replace(tzinfo=None))
            if draft.competitor.strip():
                deals.set_competitor(s, deal.id, draft.competitor.strip())
            referred, referrer = draft.referred_contact_id, draft.referrer_contact_id
            if draft.referral_obtained and referred is not None and referrer is not None:
                contacts.set_referred_by(s, referred, referrer)
            self._schedule(s, deal, draft)

    @staticmethod
    def _deal(s: Session, deal_id: uuid.UUID) -> Deal:
        deal = deals.get(s, deal_id)
        if deal is None:
            raise _deal_gone()
        return deal

    @staticmethod
    def _schedule(s: Session, deal: Deal, d: DebriefDraft) -> None:
        """Stay in touch with the prospect: its account, or the deal's first contact."""
        contact = None
        if deal.account_id is None and deal.roles:
            contact = deal.roles[0].contact_id
        follow_up = followups.active_for(s, deal.account_id, contact)
        if not d.stay_in_touch or d.cadence_months is None:
            if follow_up is not None and follow_up.deal_id == deal.id:
                followups.stop(s, follow_up.id)  # this debrief had set it; it is unset now
            return
        if follow_up is None and deal.account_id is None and contact is None:
            return  # nobody to stay in touch with
        # months_after: a lost date of 9999-12-31 written by an older version overflowed
        next_on = months_after(deal.closed_on or dt.date.today(), d.cadence_months)
        followups.schedule(
            s, follow_up, deal.account_id, contact, d.cadence_months, CadenceUnit.MONTHS,
            next_on, deal.id,
        )  # fmt: skip

    # reading ---------------------------------------------------------------------------
    def rows(self) -> list[DebriefRow]:
        with self.store.session() as s:
            return debriefs.debrief_rows(s)

    def insights(
        self, since: dt.date | None = None, until: dt.date | None = None
    ) -> DebriefInsights:
        """What the finished debriefs of deals lost between `since` and `until` add up to."""
        return self._read(since, until)[0]

    def _read(
        self, since: dt.date | None, until: dt.date | None, competitors: bool = True
    ) -> tuple[DebriefInsights, list[_OutcomeRow], list[_ImportedRow]]:
        with self.store.session() as s:
            answers = debriefs.answer_counts(s, since, until)
            states = debriefs.state_counts(s)
            outcomes = debriefs.outcome_counts(s, since, until)
            met = debriefs.competitor_counts(s, since, until) if competitors else []
            imported = imported_deals.imported_loss_counts(s, since, until)
        finished = sum(n for *_, n, _, _ in outcomes)
        # Imported losses count in the reasons and the control figures, as imported: the
        # CRM said why, the rep has not debriefed them yet.
        losses = [(q, c, r, n) for q, c, r, n, _, _ in outcomes] + imported
        control = control_by_quarter((q, c, n) for q, c, _, n in losses)
        by_quarter, totals = pivot_reasons((q, r, n) for q, _, r, n in losses)
        within, outside = control_totals((c, n) for _, c, _, n in losses)
        imported_by_reason: dict[uuid.UUID | None, int] = {}
        for _, _, r, n in imported:
            imported_by_reason[r] = imported_by_reason.get(r, 0) + n
        insights = DebriefInsights(
            finished=finished,
            pending=states[DebriefState.PENDING] + states[DebriefState.DRAFT],
            drafts=states[DebriefState.DRAFT],
            answers=answers,
            weakest=weakest_question(answers),
            weak_spots=weak_spots(answers, finished),
            by_quarter=control,
            reasons_by_quarter=by_quarter,
            reason_totals=totals,
            competitors=met,
            referrals_asked=sum(a for *_, a, _ in outcomes),
            referrals_obtained=sum(o for *_, o in outcomes),
            controllable_losses=within,
            uncontrollable_losses=outside,
            imported=sum(n for *_, n in imported),
            imported_by_reason=imported_by_reason,
        )
        return insights, outcomes, imported

    def checklist(self) -> list[int]:
        """The questions to remind the rep of on an open deal (their recurring weak spots)."""
        with self.store.session() as s:
            answers = debriefs.answer_counts(s)
            finished = debriefs.state_counts(s)[DebriefState.DONE]
        return weak_spots(answers, finished)

    def stats(self, since: dt.date | None = None, until: dt.date | None = None) -> dict[str, Any]:
        """The `debriefs` object of `stats --json` (losses between `since` and `until`)."""
        return self.summary(since, until)[0]

    def loss_reason_stats(
        self, since: dt.date | None = None, until: dt.date | None = None
    ) -> list[dict[str, Any]]:
        """`stats --json`'s `loss_reasons`: each reason with how many losses it explains."""
        return self.summary(since, until)[1]

    def summary(
        self, since: dt.date | None = None, until: dt.date | None = None
    ) -> tuple[dict[str, Any], list[dict[str, Any]]]:
        """`stats` and `loss_reason_stats` from one read of the debriefs."""
        i, outcomes, imported = self._read(since, until, competitors=False)  # not in `stats`
        stats = {
            "count": i.finished,
            "pending": i.pending,
            **{
                f"q{n}": {a.value: i.answers.get(n, {}).get(a, 0) for a in Answer}
                for n in QUESTION_NUMBERS
            },
            "weakest_question": None if i.weakest is None else f"q{i.weakest}",
            "controllable_losses": i.controllable_losses,
            "uncontrollable_losses": i.uncontrollable_losses,
            "referrals_asked": i.referrals_asked,
            "referrals_obtained": i.referrals_obtained,
        }
        reasons = {r.id: r for r in self.reasons(include_hidden=True)}
        out: dict[uuid.UUID | None, dict[str, Any]] = {}

        def entry(reason_id: uuid.UUID | None) -> dict[str, Any]:
            reason = reasons.get(reason_id) if reason_id else None
            return out.setdefault(
                reason_id,
                {
                    "reason": reason.code or reason.label if reason else None,
                    "label": reason.source_text if reason else None,
                    "controllable": reason.controllable if reason else None,
                    "count": 0,
                    "controllable_count": 0,
                    "imported": 0,  # of `count`: the CRM's reason, not debriefed yet
                },
            )

        for _, controllable, reason_id, n, _, _ in outcomes:
            e = entry(reason_id)
            e["count"] += n
            if controllable:
                e["controllable_count"] += n
        for _, controllable, reason_id, n in imported:  # controllable: the reason's default
            e = entry(reason_id)
            e["count"] += n
            e["imported"] += n
            if controllable:
                e["controllable_count"] += n
        stats["imported_losses"] = i.imported
        return stats, sorted(out.values(), key=lambda e: (-e["count"], str(e["reason"])))
