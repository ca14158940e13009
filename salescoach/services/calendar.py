"""Upcoming follow-ups as an iCalendar file that Thunderbird, Outlook and Google Calendar
import; written with the `icalendar` library, one all-day event per follow-up.

Each event's UID is the follow-up's own key and its SEQUENCE grows with every change, so
importing a newer file updates the events instead of adding copies.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

import icalendar

from salescoach import __version__
from salescoach.domain.followups import FollowUpRow
from salescoach.domain.messages import QT_TRANSLATE_NOOP, Message, UserError, msg

CTX = "Calendar"
Say = Callable[[Message], str]


def event_uid(row: FollowUpRow) -> str:
    return f"follow-up-{row.id}@salescoach"


def _description(row: FollowUpRow, say: Say) -> str:
    lines = []
    if row.person:
        lines.append(
            say(msg(CTX, QT_TRANSLATE_NOOP("Calendar", "Ask for {name}."), name=row.person))
        )
    if row.deal_title:
        lines.append(
            say(
                msg(CTX, QT_TRANSLATE_NOOP("Calendar", "Lost deal: {title}."), title=row.deal_title)
            )
        )
    if row.said:
        lines.append(
            say(msg(CTX, QT_TRANSLATE_NOOP("Calendar", "They said: “{said}”"), said=row.said))
        )
    if row.last_touch_on is not None:
        lines.append(
            say(
                msg(
                    CTX,
                    QT_TRANSLATE_NOOP("Calendar", "Last touch on {day}: {outcome}"),
                    day=row.last_touch_on.date().isoformat(),
                    outcome=row.last_touch or "—",
                )
            )
        )
    return "\n".join(lines)


def calendar_bytes(rows: Sequence[FollowUpRow], say: Say, today: dt.date) -> bytes:
    """The calendar of `rows`; overdue follow-ups are placed on `today`."""
    cal = icalendar.Calendar()
    cal.add("prodid", f"-//salescoach//salescoach {__version__}//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", say(msg(CTX, QT_TRANSLATE_NOOP("Calendar", "salescoach follow-ups"))))
    stamp = dt.datetime.now(dt.UTC)
    for row in rows:
        day = max(row.next_on, today)
        event = icalendar.Event()
        event.add("uid", event_uid(row))
        event.add("dtstamp", stamp)
        event.add("dtstart", day)
        event.add("dtend", day + dt.timedelta(days=1))
        event.add(
            "summary",
            say(msg(CTX, QT_TRANSLATE_NOOP("Calendar", "Stay in touch: {who}"), who=row.who)),
        )
        event.add("description", _description(row, say))
        event.add("categories", ["salescoach"])
        event.add("transp", "TRANSPARENT")  # a reminder, not a meeting: the day stays free
        changed = row.updated_at.replace(tzinfo=dt.UTC)
        event.add("last-modified", changed)
        event.add("sequence", int(changed.timestamp()) // 60)
        cal.add_component(event)
    return cal.to_ical()


def write_calendar(path: Path, rows: Sequence[FollowUpRow], say: Say, today: dt.date) -> None:
    """Write the calendar to `path` whole or not at all (a temporary file, then renamed)."""
    data = calendar_bytes(rows, say, today)
    target = path.expanduser()
    try:
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".salescoach-", suffix=".ics")
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(data)
            os.replace(tmp, target)
        except BaseException:
            os.unlink(tmp)
            raise
    except OSError as exc:
        raise UserError(
            msg(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Calendar",
                    "Cannot write {path}: the folder is missing or read-only. Nothing was written.",
                ),
                path=str(path),
            )
        ) from exc
