"""A realistic, deterministic demo history: French companies, years of deals and touches.

Rows go in through the DB-API's executemany in one transaction: at 100,000 deals and a
million touches, building ORM objects (or even Core parameter dicts) costs several times
the insert itself. The values are written in the formats SQLAlchemy's types use on SQLite
(UUID as 32 hex digits, ISO dates), and the tests read them back through the services.
"""

from __future__ import annotations

import datetime as dt
import math
import random
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection

from salescoach.domain.debrief import LOSS_REASON_SEEDS, seed_reason_id
from salescoach.domain.enums import ContactRole, DealStage, DealStatus
from salescoach.domain.followups import CadenceUnit, next_after_touch
from salescoach.domain.messages import QT_TRANSLATE_NOOP, UserError, msg
from salescoach.domain.periods import add_months
from salescoach.services import demo_words as words
from salescoach.services.collector import collector_paused
from salescoach.services.demo_progress import add_goals_and_nominations
from salescoach.store import bulk, search_index
from salescoach.store.database import Store
from salescoach.store.deals import any_deal

CHUNK = 5000


@dataclass(frozen=True)
class DemoResult:
    """How many rows the demo created."""

    deals: int
    touches: int
    accounts: int
    contacts: int


@dataclass
class _Person:
    id: str
    account: int


def _span_years(deals: int) -> int:
    """A small demo covers three years; a power user's history ten."""
    if deals >= 20_000:
        return 10
    return 4 if deals >= 1_000 else 3


def _insert(conn: Connection, table: str, rows: Sequence[tuple[Any, ...]], cols: str) -> None:
    bulk.insert(conn, table, [c.strip() for c in cols.split(",")], rows)


# The bits uuid.UUID(version=4) overwrites (variant, version) and what it writes there.
_UUID_KEEP = ~((0xC000 << 48) | (0xF000 << 64)) & ((1 << 128) - 1)
_UUID_V4 = (0x8000 << 48) | (4 << 76)


def _ascii(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()


def _stamp(day: dt.date, rng: random.Random) -> str:
    return f"{day.isoformat()} {rng.randint(8, 18):02d}:{rng.choice((0, 15, 30, 45)):02d}:00.000000"


class _Generator:
    def __init__(self, deals: int, seed: int, today: dt.date, now: dt.datetime) -> None:
        self.rng = random.Random(seed)
        self.deals = deals
        self.today = today
        self.now = now
        # The latest stamp a touch may have, written once: strftime looks the time module
        # up on each call, through Qt's import hook once PySide6 is loaded (1 s of the demo).
        self.latest = now.strftime("%Y-%m-%d %H:%M:00.000000")
        self.start = today - dt.timedelta(days=365 * _span_years(deals))
        self.counter = 0

    def uid(self) -> str:
        # Ordered like UUIDv7 (a counter, then random bits; marked v4 as Python 3.11 has
        # no v7), so a million inserts append to the primary-key indexes instead of
        # splitting pages all over the file.
        self.counter += 1
        # As uuid.UUID(int=..., version=4).hex writes it (variant and version bits set),
        # without making a UUID object for each of a million rows.
        value = (self.counter << 80) | self.rng.getrandbits(80)
        return f"{value & _UUID_KEEP | _UUID_V4:032x}"

    def accounts(self, n: int) -> list[tuple[Any, ...]]:
        rng, seen, rows = self.rng, set(), []
        while len(rows) < n:
            name = f"{rng.choice(words.TRADES)} {rng.choice(words.LAST_NAMES)}"
            suffix = rng.choice(words.COMPANY_SUFFIXES)
            if suffix:
                name = f"{name} {suffix}"
            if name in seen:
                name = f"{name} – {rng.choice(words.CITIES)}"
                if name in seen:
                    continue
            seen.add(name)
            sector, city = rng.choice(words.SECTORS), rng.choice(words.CITIES)
            stamp = _stamp(self.start, rng)
            rows.append((self.uid(), name, sector, city, "", stamp, stamp))
        return rows

    def contacts(self, accounts: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
        rng, rows = self.rng, []
        for acc in accounts:
            domain = _ascii(acc[1].split(" ")[1]) + rng.choice((".fr", ".com", "-groupe.fr"))
            for _ in range(rng.choice((1, 2, 2, 3, 3, 4))):
                first, last = rng.choice(words.FIRST_NAMES), rng.choice(words.LAST_NAMES)
                email = f"{_ascii(first)}.{_ascii(last)}@{domain}".replace(" ", "")
                phone = f"0{rng.randint(1, 7)} {rng.randint(10, 99)} {rng.randint(10, 99)} " + (
                    f"{rng.randint(10, 99)} {rng.randint(10, 99)}"
                )
                rows.append(
                    (self.uid(), acc[0], first, last, rng.choice(words.JOB_TITLES), email, phone,
                     "", acc[5], acc[6])
                )  # fmt: skip
        return rows

    def deal(self, index: int) -> dict[str, Any]:
        """One deal's fields; its outcome depends on its age and the rep's slow progress."""
        rng = self.rng
        days = (self.today - self.start).days
        # More deals in recent years (the rep's business grows), the first on day one.
        offset = 0 if index == 0 else int(days * math.sqrt(rng.random()))
        created = self.start + dt.timedelta(days=min(offset, days - 1))
        cycle = int(rng.lognormvariate(3.6, 0.6))  # median ~ 37 days
        closes = created + dt.timedelta(days=max(cycle, 3))
        skill = (created - self.start).days / days  # 0 at the start, 1 today
        if closes >= self.today:
            status = DealStatus.OPEN
            closed = None
            stage = rng.choices(list(DealStage), weights=(30, 25, 20, 15, 10))[0]
        else:
            won = rng.random() < 0.22 + 0.12 * skill + 0.08 * math.sin(created.month / 1.9)
            status = DealStatus.WON if won else DealStatus.LOST
            closed = closes
            stage = (
                DealStage.CLOSING
                if won
                else rng.choices(list(DealStage), weights=(10, 30, 30, 20, 10))[0]
            )
        amount = int(min(max(rng.lognormvariate(9.4, 0.8), 1500), 150_000) / 10) * 10 * 100
        rate = rng.uniform(0.05, 0.12)
        competitor = ""
        if status is DealStatus.LOST and rng.random() < 0.6:
            competitor = rng.choice(words.COMPETITORS)
        product = rng.choice(words.PRODUCTS)
        title = product if rng.random() < 0.6 else f"{product} – {rng.choice(words.SITES)}"
        return {
            "id": self.uid(),
            "title": title,
            "amount": amount,
            "commission": int(amount * rate / 100) * 100,
            "stage": stage,
            "status": status,
            "created": created,
            "closed": closed,
            "competitor": competitor,
        }

    def stamp(self, day: dt.date) -> str:
        """A time in the working day of `day`, never later than now (a touch "later
        today" in the demo looked like a bug)."""
        stamp = _stamp(day, self.rng)
        return min(stamp, self.latest)

    def touches(self, deal: dict[str, Any], people: list[str]) -> Iterable[tuple[Any, ...]]:
        rng = self.rng
        mean = {DealStatus.WON: 13, DealStatus.LOST: 9, DealStatus.OPEN: 5}[deal["status"]]
        count = max(1, int(rng.gauss(mean, mean / 3)))
        first: dt.date = deal["created"]
        last: dt.date = deal["closed"] or self.today
        span = max((last - first).days, 0)
        kinds = rng.choices(words.TOUCH_KINDS, weights=words.TOUCH_WEIGHTS, k=count)
        for kind in kinds:
            day = first + dt.timedelta(days=rng.randint(0, span))
            stamp = self.stamp(day)
            contact = rng.choice(people) if people and rng.random() < 0.85 else None
            outcome = rng.choice(words.OUTCOMES[kind])
            note = rng.choice(words.NOTES) if rng.random() < 0.25 else ""
            yield (self.uid(), kind.value, stamp, deal["id"], contact, outcome, note, stamp, stamp)


_ROLES = (ContactRole.DECISION_MAKER, ContactRole.EVALUATOR, ContactRole.INFLUENCER)

# The demo rep's habits: how often each question gets "no" and "partly" at the start of the
# history (halved by today, as the rep learns). Questions 2 and 1 are their weak spots.
_WEAKNESS = {1: (0.30, 0.25), 2: (0.30, 0.30), 3: (0.08, 0.20), 4: (0.15, 0.20),
             5: (0.12, 0.25), 6: (0.08, 0.15)}  # fmt: skip
_REASON_WEIGHTS = {
    "timing": 12, "budget": 14, "competitor_offer": 14, "in_house": 6, "no_decision": 12,
    "no_decision_maker": 9, "needs_misunderstood": 8, "price": 10, "missing_capability": 6,
    "unresponsive": 5, "poor_fit": 3, "other": 1,
}  # fmt: skip
_CONTROLLABLE = {seed.code: seed.controllable for seed in LOSS_REASON_SEEDS}


class _Debriefs:
    """Debriefs for most lost deals (recent losses are often still to do), the referral
    contacts they name, and the stay-in-touch cadences they set."""

    def __init__(self, gen: _Generator) -> None:
        self.gen = gen
        self.debriefs: list[tuple[Any, ...]] = []
        # One cadence per account: the one set by its latest loss (deals come in any order).
        self.follow_ups: dict[str, tuple[dt.date, tuple[Any, ...]]] = {}
        self.last_touch: dict[str, tuple[str, str | None]] = {}  # account: (stamp, touch id)
        self.referred: list[tuple[str, str]] = []  # (referrer, referred contact)

    def add(
        self, d: dict[str, Any], roles: list[tuple[str, ContactRole]], account: str,
        contacts: list[tuple[Any, ...]],
    ) -> None:  # fmt: skip
        gen, rng = self.gen, self.gen.rng
        closed: dt.date = d["closed"]
        recent = (gen.today - closed).days < 45
        if rng.random() < (0.4 if recent else 0.06):
            return  # still to do
        draft = rng.random() < (0.3 if recent else 0.05)
        skill = (closed - gen.start).days / max((gen.today - gen.start).days, 1)
        codes = list(_REASON_WEIGHTS)
        weights = list(_REASON_WEIGHTS.values())
        if d["competitor"]:
            weights[codes.index("competitor_offer")] *= 4
        no_boss = not any(role is ContactRole.DECISION_MAKER for _, role in roles)
        if no_boss:
            weights[codes.index("no_decision_maker")] *= 3
        reason = rng.choices(codes, weights=weights)[0]
        controllable = _CONTROLLABLE[reason] if rng.random() < 0.85 else not _CONTROLLABLE[reason]
        done_at = closed + dt.timedelta(days=rng.randint(0, 6))
        stamp = gen.stamp(min(done_at, gen.today))
        answers, notes = [], []
        for number, (p_no, p_partly) in _WEAKNESS.items():
            scale = 1 - 0.5 * skill
            p_no, p_partly = p_no * scale, p_partly * scale
            if number == 1 and no_boss:
                p_no += 0.3
            if number == 4 and d["competitor"]:
                p_no /= 2
            roll = rng.random()
            answer = "no" if roll < p_no else "partly" if roll < p_no + p_partly else "yes"
            if draft and number > 3:
                answer = None
            note = words.QUESTION_NOTES[number - 1] if answer == "no" and rng.random() < 0.3 else ""
            answers.append(answer)
            notes.append(note)
        asked = not draft and rng.random() < 0.25 + 0.35 * skill
        referred = referrer = None
        if asked and rng.random() < 0.35:
            referred = contacts[rng.randrange(len(contacts))][0]
            referrer = roles[0][0] if roles else None
            if referrer is not None and referrer != referred:
                self.referred.append((referrer, referred))
        cadence = rng.choice((3, 3, 3, 6, 2))
        stay = rng.random() < 0.8
        said = rng.choice(words.PROSPECT_SAID[reason]) if rng.random() < 0.8 else ""
        self.debriefs.append(
            (gen.uid(), d["id"], closed.isoformat(), None if draft else stamp, 2 if draft else 4,
             *answers, *notes,
             seed_reason_id(reason).hex, controllable, d["competitor"], said,
             "" if draft else rng.choice(words.LESSONS),
             "" if draft else rng.choice(words.NEXT_ACTIONS),
             asked, referred is not None, referred, referrer if referred else None,
             stay, cadence, stamp, stamp)
        )  # fmt: skip
        if stay and not draft:
            due = add_months(closed, cadence)
            while due < gen.today - dt.timedelta(days=30):  # the rep kept in touch until lately
                due = add_months(due, cadence)
            row = (gen.uid(), account, None, d["id"], cadence, "months", due.isoformat(), True,
                   stamp, stamp)  # fmt: skip
            if account not in self.follow_ups or self.follow_ups[account][0] < closed:
                self.follow_ups[account] = (closed, row)

    def insert(self, conn: Connection) -> None:
        _insert(
            conn, "debriefs", self.debriefs,
            "id, deal_id, lost_on, completed_at, step, "
            "answer_1, answer_2, answer_3, answer_4, answer_5, answer_6, "
            "note_1, note_2, note_3, note_4, note_5, note_6, reason_id, controllable, competitor, "
            "prospect_said, lessons, next_action, referral_asked, referral_obtained, "
            "referred_contact_id, referrer_contact_id, stay_in_touch, cadence_months, "
            "created_at, updated_at",
        )  # fmt: skip
        if self.referred:
            bulk.update(conn, "contacts", ["referred_by_id"], self.referred)
        self.debriefs, self.referred = [], []

    def insert_follow_ups(self, conn: Connection) -> None:
        """Once every deal and touch is in: the cadences, one per account, each with the
        account's latest touch."""
        rows = []
        for account, (_, row) in self.follow_ups.items():
            stamp, touch_id = self.last_touch.get(account, ("", None))
            due = dt.date.fromisoformat(row[6])
            if stamp:  # touched since: the cadence starts again from that touch, as in the app
                touched_on = dt.date.fromisoformat(stamp[:10])
                due = next_after_touch(due, touched_on, row[4], CadenceUnit.MONTHS)
            rows.append((*row[:6], due.isoformat(), *row[7:], touch_id))
        _insert(
            conn, "follow_ups", rows,
            "id, account_id, contact_id, deal_id, every, unit, next_on, active, created_at, "
            "updated_at, last_touch_id",
        )  # fmt: skip


@collector_paused()
def generate_demo(
    store: Store,
    deals: int = 600,
    seed: int = 1,
    today: dt.date | None = None,
    progress: Callable[[int, int], None] | None = None,
    now: dt.datetime | None = None,
) -> DemoResult:
    """Fill an empty database with `deals` deals and their accounts, contacts and touches.

    The same `seed` and `today` give the same history. Refuses a database that already
    holds deals; on any failure nothing is written.
    """
    today = today or dt.date.today()
    if now is None:  # no touch after this moment
        now = (
            dt.datetime.now()
            if today == dt.date.today()
            else dt.datetime.combine(today, dt.time(23, 59))
        )
    gen = _Generator(deals, seed, today, now)
    with store.engine.begin() as conn:
        if any_deal(conn):
            raise UserError(
                msg(
                    "Demo",
                    QT_TRANSLATE_NOOP(
                        "Demo",
                        "The demo history goes into an empty data folder only; this one "
                        "already has deals. Choose another folder with --data-dir.",
                    ),
                )
            )
        bulk.begin_write(conn)  # the triggers' DROP inside the transaction too
        bulk.bulk_mode(conn)  # a large page cache while loading
        with search_index.indexed_at_the_end(conn):
            result = _load(conn, gen, deals, today, progress)
    return result


def _load(
    conn: Connection,
    gen: _Generator,
    deals: int,
    today: dt.date,
    progress: Callable[[int, int], None] | None,
) -> DemoResult:
    """Every row of the demo, written in `conn`'s transaction."""
    rng = gen.rng
    accounts = gen.accounts(max(5, deals // 8))
    _insert(conn, "accounts", accounts, "id, name, sector, city, notes, created_at, updated_at")
    contacts = gen.contacts(accounts)
    _insert(
        conn, "contacts", contacts,
        "id, account_id, first_name, last_name, job_title, email, phone, notes, "
        "created_at, updated_at",
    )  # fmt: skip
    by_account: dict[str, list[str]] = {}
    for c in contacts:
        by_account.setdefault(c[1], []).append(c[0])
    touch_count = 0
    debriefs = _Debriefs(gen)
    for begin in range(0, deals, CHUNK):
        deal_rows, link_rows, touch_rows = [], [], []
        for index in range(begin, min(begin + CHUNK, deals)):
            acc = accounts[rng.randrange(len(accounts))]
            d = gen.deal(index)
            created = f"{d['created'].isoformat()} 09:00:00.000000"
            people = rng.sample(
                by_account[acc[0]], k=min(len(by_account[acc[0]]), rng.choice((1, 1, 2, 3)))
            )
            roles = []
            for i, person in enumerate(people):
                role = _ROLES[i] if i < len(_ROLES) else ContactRole.USER
                if i == 0 and rng.random() < 0.35:  # often the rep never reached the boss
                    role = ContactRole.EVALUATOR
                roles.append((person, role))
                link_rows.append((gen.uid(), d["id"], person, role.value, created, created))
            deal_rows.append(
                (d["id"], d["title"], acc[0], d["amount"], "EUR", d["commission"],
                 d["stage"].value, d["status"].value, d["created"].isoformat(),
                 d["closed"].isoformat() if d["closed"] else None, d["competitor"], "",
                 created, created)
            )  # fmt: skip
            deal_touches = list(gen.touches(d, people))
            touch_rows.extend(deal_touches)
            last = max((t[2], t[0]) for t in deal_touches)  # (stamp, id): the latest
            if last > debriefs.last_touch.get(acc[0], ("", "")):
                debriefs.last_touch[acc[0]] = last
            if d["status"] is DealStatus.LOST:
                debriefs.add(d, roles, acc[0], contacts)
        _insert(
            conn, "deals", deal_rows,
            "id, title, account_id, amount_cents, currency, commission_cents, stage, "
            "status, created_on, closed_on, competitor, notes, created_at, updated_at",
        )  # fmt: skip
        _insert(
            conn, "deal_contacts", link_rows,
            "id, deal_id, contact_id, role, created_at, updated_at",
        )  # fmt: skip
        _insert(
            conn, "touches", touch_rows,
            "id, kind, occurred_at, deal_id, contact_id, outcome, note, created_at, "
            "updated_at",
        )  # fmt: skip
        debriefs.insert(conn)
        touch_count += len(touch_rows)
        if progress is not None:
            progress(min(begin + CHUNK, deals), deals)
    debriefs.insert_follow_ups(conn)
    add_goals_and_nominations(conn, rng, today, gen.uid)  # the Progress view's story
    return DemoResult(deals, touch_count, len(accounts), len(contacts))
