"""Upcoming follow-ups as an iCalendar file that Thunderbird, Outlook and Google Calendar
import; written with the `icalendar` library, one all-day event per follow-up.

Each event's UID is the follow-up's own key, so importing a newer file updates the events
instead of adding copies. A calendar only takes an update whose SEQUENCE is higher, so
every event carries the moment it last changed as LAST-MODIFIED, and that moment in
seconds as SEQUENCE: the row's last change, or the start of today for an overdue event
(moved to today every day). A stopped follow-up, or one whose prospect was deleted, is
written as a cancelled event (STATUS:CANCELLED) with a higher SEQUENCE still, so that
calendars drop it. The same data and day write the same bytes (DTSTAMP is that moment
too, not the clock).
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


# SEQUENCE is a 32-bit integer (RFC 5545 3.3.8): seconds since 2020 fit until 2088, and are
# higher than the minutes since 1970 that earlier versions wrote, so their events update too.
_SEQUENCE_EPOCH = dt.datetime(2020, 1, 1, tzinfo=dt.UTC)


def _utc(naive: dt.datetime) -> dt.datetime:
    return naive.replace(tzinfo=dt.UTC)  # rows store naive UTC


def _start_of(day: dt.date) -> dt.datetime:
    """Local midnight of `day`, in UTC (never later than now when `day` is today)."""
    return dt.datetime.combine(day, dt.time()).astimezone().astimezone(dt.UTC)


def _sequence(changed: dt.datetime) -> int:
    return int((changed - _SEQUENCE_EPOCH).total_seconds())


def _event(row: FollowUpRow, day: dt.date, changed: dt.datetime, sequence: int) -> icalendar.Event:
    event = icalendar.Event()
    event.add("uid", event_uid(row))
    event.add("dtstamp", changed)
    event.add("dtstart", day)
    event.add("dtend", day + dt.timedelta(days=1))
    event.add("last-modified", changed)
    event.add("sequence", sequence)
    return event


def calendar_bytes(
    rows: Sequence[FollowUpRow], say: Say, today: dt.date, *, stopped: Sequence[FollowUpRow]
) -> bytes:
    """The calendar of `rows`, with the `stopped` ones cancelled; overdue follow-ups are
    placed on `today`."""
    cal = icalendar.Calendar()
    cal.add("prodid", f"-//salescoach//salescoach {__version__}//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", say(msg(CTX, QT_TRANSLATE_NOOP("Calendar", "salescoach follow-ups"))))
    for row in rows:
        changed = _utc(row.updated_at)
        if row.next_on < today:  # moved to today: the event changed when today began
            changed = max(changed, _start_of(today))
        event = _event(row, max(row.next_on, today), changed, _sequence(changed))
        event.add(
            "summary",
            say(msg(CTX, QT_TRANSLATE_NOOP("Calendar", "Stay in touch: {who}"), who=row.who)),
        )
        event.add("description", _description(row, say))
        event.add("categories", ["salescoach"])
        event.add("transp", "TRANSPARENT")  # a reminder, not a meeting: the day stays free
        cal.add_component(event)
    for row in stopped:
        # Stopped at updated_at, after every export of the active event (whose moment was
        # at most the export's); + 1 for an export in the same second. Never reactivated.
        changed = _utc(row.updated_at)
        day = max(row.next_on, changed.date())
        event = _event(row, day, changed, _sequence(changed) + 1)
        event.add("status", "CANCELLED")
        if row.who:
            summary = msg(CTX, QT_TRANSLATE_NOOP("Calendar", "Stay in touch: {who}"), who=row.who)
        else:  # the prospect was deleted
            summary = msg(CTX, QT_TRANSLATE_NOOP("Calendar", "Stay in touch (stopped)"))
        event.add("summary", say(summary))
        event.add("categories", ["salescoach"])
        event.add("transp", "TRANSPARENT")
        cal.add_component(event)
    return cal.to_ical()


def write_calendar(
    path: Path,
    rows: Sequence[FollowUpRow],
    say: Say,
    today: dt.date,
    *,
    stopped: Sequence[FollowUpRow],
) -> None:
    """Write the calendar to `path` whole or not at all (a temporary file, then renamed);
    `stopped` are the follow-ups to cancel (`FollowUpService.stopped`)."""
    data = calendar_bytes(rows, say, today, stopped=stopped)
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
