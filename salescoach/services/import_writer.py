"""The rows an import writes: accounts, contacts and loss reasons found or created once
(`Writer`), and the columns of each table written."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Connection
from sqlalchemy.orm import Session

from salescoach.domain.crm_vocabulary import seeded_reason
from salescoach.domain.debrief import DEFAULT_CADENCE_MONTHS, LOSS_REASON_SEEDS
from salescoach.domain.freeing import free_in_slices
from salescoach.domain.importing import ParsedDeal, split_name, touch_days
from salescoach.services.debriefs import add_reason
from salescoach.store import accounts, bulk, contacts, loss_reasons
from salescoach.store.deals import external_ids


def _stamp(moment: dt.datetime) -> str:
    return moment.isoformat(sep=" ", timespec="microseconds")


class Writer:
    """Finds or creates accounts, contacts and loss reasons once; builds the rows."""

    def __init__(self, conn: Connection, activities: str, today: dt.date) -> None:
        """`activities`: the outcome written on the touches made from an activity count."""
        self.conn = conn
        self.today = today
        self.activities = activities
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
        self.reasons = 0  # loss reasons created

    def let_go(self) -> None:
        """Free the look-ups (every account, contact and key of the data folder, and those
        just written) a slice at a time: freed at once as the import returned, they kept
        the interpreter lock 40 to 65 ms, the window frozen on its last progress step."""
        for held in (self.known, self.accounts, self.by_email, self.by_name, self.stamps):
            free_in_slices(held)

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
            self.reasons += 1
        reason_id = self.by_label[key]
        if reason_id not in self.reason_defaults:
            self.reason_defaults[reason_id] = loss_reasons.controllable(self.conn, reason_id)
        return reason_id, self.reason_defaults[reason_id]

    def touches(
        self, first: dt.date, last: dt.date, count: int, deal_id: str, contact: str | None
    ) -> list[tuple[object, ...]]:
        """`count` touches spread from `first` to `last`: a CRM's activity count."""
        return [
            (self.ids(), "other", self.stamp(day), deal_id, contact, self.activities, "",
             self.now, self.now)
            for day in touch_days(first, last, count)
        ]  # fmt: skip

    def draft_debrief(
        self, deal_id: str, lost_on: str | None, reason_id: str | None,
        controllable: bool | None, d: ParsedDeal,
    ) -> tuple[object, ...]:  # fmt: skip
        """A draft debrief holding the CRM's loss reason, its questions the rep's to answer."""
        return (self.ids(), deal_id, lost_on, 0, *NO_ANSWERS, reason_id, controllable,
                d.competitor, "", "", "", False, False, True, DEFAULT_CADENCE_MONTHS,
                self.now, self.now)  # fmt: skip

    def stamp(self, day: dt.date) -> str:
        s = self.stamps.get(day)
        if s is None:
            s = self.stamps[day] = f"{day.isoformat()} 12:00:00.000000"
        return s


ACCOUNTS = ("id", "name", "sector", "city", "notes", "created_at", "updated_at")
CONTACTS = ("id", "account_id", "first_name", "last_name", "job_title", "email", "phone",
            "notes", "created_at", "updated_at")  # fmt: skip
DEALS = ("id", "title", "account_id", "amount_cents", "currency", "commission_cents", "stage",
         "status", "created_on", "closed_on", "competitor", "notes", "external_id",
         "created_at", "updated_at")  # fmt: skip
LINKS = ("id", "deal_id", "contact_id", "role", "created_at", "updated_at")
TOUCHES = ("id", "kind", "occurred_at", "deal_id", "contact_id", "outcome", "note",
          "created_at", "updated_at")  # fmt: skip
# A draft debrief holding the CRM's loss reason: the six questions are the rep's to answer.
NO_ANSWERS = (None,) * 6 + ("",) * 6
DEBRIEFS = ("id", "deal_id", "lost_on", "step",
            *(f"answer_{n}" for n in range(1, 7)), *(f"note_{n}" for n in range(1, 7)),
            "reason_id", "controllable", "competitor", "prospect_said", "lessons",
            "next_action", "referral_asked", "referral_obtained", "stay_in_touch",
            "cadence_months", "created_at", "updated_at")  # fmt: skip
