"""Importing a Pipedrive-style CSV, against a plain `csv` + `sqlite3.executemany` load of
the same rows into the same tables (same run, each into a new data folder).

The plain load is what a script written for this one file would do: no detection, no
checks, no report, the columns known in advance; it writes the same rows (accounts and
contacts once, deals with their source key, contact roles, one touch per done activity,
the debriefs holding the loss reasons) with the same kind of keys, in one transaction.
Our import detects the file, checks every row, then writes, reporting its progress.

Then next week's export: the same file with 1 % of its rows changed (status, amount,
activities), imported again into our folder, against our first import (same run).
"""

from __future__ import annotations

import csv
import datetime as dt
import random
import sqlite3
import tempfile
import time
from pathlib import Path

HEADERS = [
    "Deal - ID", "Deal - Title", "Deal - Value", "Deal - Currency of value", "Deal - Status",
    "Deal - Lost reason", "Deal - Won time", "Deal - Lost time", "Deal - Deal created",
    "Deal - Expected close date", "Deal - Done activities", "Deal - Organization",
    "Deal - Contact person", "Person - Email - Work", "Deal - Stage", "Deal - Owner",
]  # fmt: skip
REASONS = ["Price", "Timing", "No budget", "Lost to competitor", "No decision",
           "Went with their usual supplier", "Unresponsive", ""]  # fmt: skip
FIRST = ["Claire", "Paul", "Élodie", "Karim", "Sophie", "Thomas", "Léa", "Hugo", "Inès", "Marc"]
LAST = ["Martin", "Bernard", "Dubois", "Lefèvre", "Moreau", "Girard", "Roux", "Fournier"]
TRADES = ["Boulangerie", "Garage", "Cabinet", "Transports", "Hôtel", "Imprimerie", "Clinique"]
STAGES = ["Qualified", "Contact Made", "Demo Scheduled", "Proposal Made", "Negotiations Started"]


def make_file(path: Path, rows: int, seed: int = 3) -> Path:
    """A Pipedrive deals export: `rows` deals over five years, ~9 done activities each."""
    rng = random.Random(seed)
    start = dt.datetime(2020, 1, 6, 9, 0)
    orgs = [f"{rng.choice(TRADES)} {rng.choice(LAST)} {i}" for i in range(max(rows // 8, 1))]
    people = [(f"{rng.choice(FIRST)} {rng.choice(LAST)}", i) for i in range(max(rows // 4, 1))]
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(HEADERS)
        for i in range(rows):
            created = start + dt.timedelta(minutes=rng.randint(0, 5 * 365 * 24 * 60))
            closed = created + dt.timedelta(days=rng.randint(3, 120), hours=rng.randint(0, 8))
            status = rng.choices(("won", "lost", "open"), weights=(3, 5, 2))[0]
            name, n = people[rng.randrange(len(people))]
            w.writerow([
                str(i + 1), f"Deal {i + 1}",
                f"{rng.randint(15, 1500) * 100}.{rng.randint(0, 99):02d}",
                "EUR", status, rng.choice(REASONS) if status == "lost" else "",
                f"{closed:%Y-%m-%d %H:%M:%S}" if status == "won" else "",
                f"{closed:%Y-%m-%d %H:%M:%S}" if status == "lost" else "",
                f"{created:%Y-%m-%d %H:%M:%S}", f"{closed:%Y-%m-%d}",
                str(max(0, int(rng.gauss(9, 4)))), orgs[n % len(orgs)], name,
                f"person{n}@example.com", rng.choice(STAGES), "Alex Sales",
            ])  # fmt: skip
    return path


def next_week(path: Path, out: Path, every: int = 100) -> tuple[Path, int]:
    """`path` with one row in `every` changed as a CRM changes deals in a week: open deals
    won, amounts and done activities moved. Returns the file and how many rows changed."""
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    changed = 0
    for i in range(1, len(rows), every):
        r = rows[i]
        r[2] = f"{float(r[2]) + 100:.2f}"
        r[10] = str(int(r[10]) + 2)
        if r[4] == "open":
            r[4], r[6] = "won", f"{r[9]} 10:00:00" if r[9] else r[8]
        changed += 1
    with out.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows(rows)
    return out, changed


def _plain(path: Path, data_dir: Path) -> float:
    """The reference: csv.reader, a few dicts, executemany, one transaction."""
    from salescoach.domain.debrief import LOSS_REASON_SEEDS, seed_reason_id
    from salescoach.store.bulk import Ids

    seeded = {"Price": "price", "Timing": "timing", "No budget": "budget",
              "Lost to competitor": "competitor_offer", "No decision": "no_decision",
              "Unresponsive": "unresponsive"}  # fmt: skip
    control = {s.code: s.controllable for s in LOSS_REASON_SEEDS}
    start = time.perf_counter()
    conn = sqlite3.connect(data_dir / "salescoach.sqlite", isolation_level=None)
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("PRAGMA synchronous=NORMAL")
    conn.execute("PRAGMA cache_size=-131072")
    conn.execute("BEGIN")
    ids = Ids()
    now = f"{dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M:%S}.000000"
    reasons = {text: (seed_reason_id(code).hex, control[code]) for text, code in seeded.items()}
    accounts: dict[str, str] = {}
    contacts: dict[str, str] = {}
    acc_rows, con_rows, deal_rows, link_rows, touch_rows, deb_rows, reason_rows = (
        [], [], [], [], [], [], []
    )  # fmt: skip
    today = dt.date.today()
    with path.open(encoding="utf-8", newline="") as f:
        reader = csv.reader(f)
        next(reader)
        for r in reader:
            org, person, email = r[11], r[12], r[13]
            acc = accounts.get(org.casefold())
            if acc is None:
                acc = accounts[org.casefold()] = ids()
                acc_rows.append((acc, org, "", "", "", now, now))
            con = contacts.get(email)
            if con is None:
                con = contacts[email] = ids()
                first, last = person.split(" ", 1)
                con_rows.append((con, acc, first, last, "", email, "", "", now, now))
            status = r[4]
            created = dt.date.fromisoformat(r[8][:10])
            closed_text = r[6] or r[7]
            closed = dt.date.fromisoformat(closed_text[:10]) if closed_text else None
            deal = ids()
            deal_rows.append((deal, r[1], acc, round(float(r[2]) * 100), r[3], 0, "qualified",
                              status, created.isoformat(), closed.isoformat() if closed else None,
                              "", "", f"pipedrive:{r[0]}", now, now))  # fmt: skip
            link_rows.append((ids(), deal, con, "evaluator", now, now))
            n = int(r[10])
            last_day = closed or max(today, created)
            span = (last_day - created).days
            for i in range(n):
                day = created + dt.timedelta(days=span * i // (n - 1) if n > 1 else span // 2)
                touch_rows.append((ids(), "other", f"{day.isoformat()} 12:00:00.000000", deal,
                                   con, "Deal - Done activities", "", now, now))  # fmt: skip
            if status == "lost" and r[5]:
                reason = reasons.get(r[5])
                if reason is None:
                    reason = reasons[r[5]] = (ids(), False)
                    reason_rows.append((reason[0], None, r[5], False, 100 + len(reason_rows),
                                        False, now, now))  # fmt: skip
                deb_rows.append((ids(), deal, closed.isoformat() if closed else None, 0,
                                 None, None, None, None, None, None, "", "", "", "", "", "",
                                 reason[0], reason[1], "", "", "", "", False, False, True, 3,
                                 now, now))  # fmt: skip
    ins = conn.executemany
    ins("INSERT INTO loss_reasons (id, code, label, controllable, position, hidden, "
        "created_at, updated_at) VALUES (?,?,?,?,?,?,?,?)", reason_rows)  # fmt: skip
    ins("INSERT INTO accounts (id, name, sector, city, notes, created_at, updated_at) "
        "VALUES (?,?,?,?,?,?,?)", acc_rows)  # fmt: skip
    ins("INSERT INTO contacts (id, account_id, first_name, last_name, job_title, email, phone, "
        "notes, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?)", con_rows)  # fmt: skip
    ins("INSERT INTO deals (id, title, account_id, amount_cents, currency, commission_cents, "
        "stage, status, created_on, closed_on, competitor, notes, external_id, created_at, "
        "updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", deal_rows)  # fmt: skip
    ins("INSERT INTO deal_contacts (id, deal_id, contact_id, role, created_at, updated_at) "
        "VALUES (?,?,?,?,?,?)", link_rows)  # fmt: skip
    ins("INSERT INTO touches (id, kind, occurred_at, deal_id, contact_id, outcome, note, "
        "created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?)", touch_rows)  # fmt: skip
    ins("INSERT INTO debriefs (id, deal_id, lost_on, step, answer_1, answer_2, answer_3, "
        "answer_4, answer_5, answer_6, note_1, note_2, note_3, note_4, note_5, note_6, "
        "reason_id, controllable, competitor, prospect_said, lessons, next_action, "
        "referral_asked, referral_obtained, stay_in_touch, cadence_months, created_at, "
        "updated_at) VALUES (" + ",".join("?" * 28) + ")", deb_rows)  # fmt: skip
    conn.execute("COMMIT")
    conn.close()
    return time.perf_counter() - start


def _ours(path: Path, data_dir: Path) -> tuple[float, int]:
    from salescoach.services import import_check, import_sample, importing
    from salescoach.services.workspace import open_workspace

    ws = open_workspace(data_dir)
    steps = []
    try:
        start = time.perf_counter()
        sample = import_sample.inspect_file(path)
        plan = import_check.check(ws.store, sample, import_sample.settings_for(sample))
        result = importing.write(ws.store, plan, progress=lambda done, total: steps.append(done))
        elapsed = time.perf_counter() - start
    finally:
        ws.close()
    assert steps and result.deals == plan.rows, "the benchmark file must import whole"
    return elapsed, result.touches


def _again(path: Path, data_dir: Path, changed: int) -> float:
    """Our import of next week's export into the folder that has this week's."""
    from salescoach.services import import_check, import_sample, importing
    from salescoach.services.workspace import open_workspace

    ws = open_workspace(data_dir)
    try:
        start = time.perf_counter()
        sample = import_sample.inspect_file(path)
        plan = import_check.check(ws.store, sample, import_sample.settings_for(sample))
        result = importing.write(ws.store, plan)
        elapsed = time.perf_counter() - start
    finally:
        ws.close()
    assert (result.deals, result.updated) == (0, changed), "next week must update, not add"
    return elapsed


def _empty(folder: Path) -> Path:
    from salescoach.services.workspace import open_workspace

    open_workspace(folder).close()  # the same schema, indexes and seeded reasons
    return folder


def _counts(data_dir: Path) -> list[int]:
    conn = sqlite3.connect(data_dir / "salescoach.sqlite")
    try:
        return [conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("accounts", "contacts", "deals", "deal_contacts", "touches",
                          "debriefs")]  # fmt: skip
    finally:
        conn.close()


def measure(rows: int) -> tuple[float, float, float]:
    """(our import, the plain load, our import of next week's export with 1 % of the rows
    changed) in seconds, on a new `rows`-deal file."""
    with tempfile.TemporaryDirectory(prefix="salescoach-import-") as tmp:
        root = Path(tmp)
        path = make_file(root / "pipedrive-deals.csv", rows)
        plain = _plain(path, _empty(root / "plain"))
        ours, _ = _ours(path, _empty(root / "ours"))
        assert _counts(root / "plain") == _counts(root / "ours"), "not the same rows"
        later, changed = next_week(path, root / "pipedrive-deals-next-week.csv")
        again = _again(later, root / "ours", changed)
    return ours, plain, again


if __name__ == "__main__":
    import sys

    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    ours, plain, again = measure(n)
    print(f"import {n} rows: {ours:.2f} s, plain csv + executemany {plain:.2f} s, "
          f"ratio {ours / plain:.2f}; next week's export (1 % changed) {again:.2f} s, "
          f"{again / ours:.0%} of the first import")  # fmt: skip
