"""`salescoach review --json` against the same figures counted here from the data, and the
`reviews` and `focus` of `stats --json`."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path

from salescoach.domain.review import ReviewDraft, reviewed_week
from salescoach.services.workspace import open_workspace
from tests.cli.test_cli import run


def _count(conn: sqlite3.Connection, sql: str, *args: object) -> int:
    return int(conn.execute(sql, args).fetchone()[0])


def test_review_json_matches_the_data(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    assert run("demo", "--deals", "300", "--data-dir", str(folder)).returncode == 0
    done = run("review", "--json", "--data-dir", str(folder))
    assert done.returncode == 0, done.stderr
    review = json.loads(done.stdout)
    monday = reviewed_week(dt.date.today())
    assert review["week"] == monday.isoformat()
    weeks = [review["this_week"], *review["weeks_before"]]
    assert [w["week"] for w in review["weeks_before"]] == [
        (monday - dt.timedelta(weeks=n)).isoformat() for n in (4, 3, 2, 1)
    ]
    with sqlite3.connect(folder / "salescoach.sqlite") as conn:
        for w in weeks:
            start = dt.date.fromisoformat(w["week"])
            end = start + dt.timedelta(days=7)
            touches = _count(
                conn,
                "SELECT count(*) FROM touches WHERE occurred_at >= ? AND occurred_at < ?",
                f"{start} 00:00:00", f"{end} 00:00:00",
            )  # fmt: skip
            emails = _count(
                conn,
                "SELECT count(*) FROM touches WHERE kind = 'email' AND occurred_at >= ? "
                "AND occurred_at < ?",
                f"{start} 00:00:00", f"{end} 00:00:00",
            )  # fmt: skip
            new = _count(
                conn, "SELECT count(*) FROM deals WHERE created_on >= ? AND created_on < ?",
                str(start), str(end),
            )  # fmt: skip
            won = _count(
                conn,
                "SELECT count(*) FROM deals WHERE status = 'won' AND closed_on >= ? "
                "AND closed_on < ?",
                str(start), str(end),
            )  # fmt: skip
            lost = _count(
                conn,
                "SELECT count(*) FROM deals WHERE status = 'lost' AND closed_on >= ? "
                "AND closed_on < ?",
                str(start), str(end),
            )  # fmt: skip
            cents = _count(
                conn,
                "SELECT coalesce(sum(commission_cents), 0) FROM deals WHERE status = 'won' "
                "AND currency = 'EUR' AND closed_on >= ? AND closed_on < ?",
                str(start), str(end),
            )  # fmt: skip
            assert (w["touches"], w["touches_by_kind"]["email"]) == (touches, emails), w["week"]
            assert (w["new_deals"], w["won"], w["lost"]) == (new, won, lost), w["week"]
            assert w["commission"] == cents / 100
            expected = round(cents / touches / 100, 2) if touches and won else None
            assert w["touch_value"] == expected
        lost_deals = _count(conn, "SELECT count(*) FROM deals WHERE status = 'lost'")
        finished = _count(conn, "SELECT count(*) FROM debriefs WHERE completed_at IS NOT NULL")
    assert review["debriefs_pending"] == lost_deals - finished
    assert review["done"] is False and review["energy"] is None
    assert sum(weeks[0]["touches_by_kind"].values()) == weeks[0]["touches"]


def test_stats_json_has_reviews_and_focus(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    ws = open_workspace(folder)
    try:
        today = dt.date.today()
        week = reviewed_week(today)
        ws.review.save(ReviewDraft(week - dt.timedelta(weeks=1), 4, "bien", "Relancer"), today)
        ws.review.save(ReviewDraft(week, 2, "las", "Demander une recommandation"), today)
    finally:
        ws.close()
    figures = json.loads(run("stats", "--json", "--data-dir", str(folder)).stdout)
    assert figures["reviews"]["count"] == 2
    assert figures["reviews"]["last_date"] == dt.date.today().isoformat()
    assert [(e["week"], e["energy"]) for e in figures["reviews"]["energy_by_week"]] == [
        ((week - dt.timedelta(weeks=1)).isoformat(), 4),
        (week.isoformat(), 2),
    ]
    assert figures["focus"]["text"] == "Demander une recommandation"
    text = run("review", "--data-dir", str(folder), "--lang", "en")
    assert text.returncode == 0 and "Week of" in text.stdout
