"""`salescoach followups`: who to get back to, and when, as lines or an iCalendar file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from salescoach.cli.run import Run
from salescoach.domain.messages import QT_TRANSLATE_NOOP, msg

CTX = "CommandLine"


def followups(run: Run, ics: str | None) -> int:
    from salescoach.services.workspace import open_workspace

    today = dt.date.today()
    ws = open_workspace(run.data_dir, read_only=True)
    try:
        rows = ws.followups.rows()
        stopped = ws.followups.stopped(today)
    finally:
        ws.close()
    if ics is not None:
        from salescoach.services.calendar import write_calendar

        write_calendar(Path(ics), rows, run.say, today, stopped=stopped)
        done = msg(
            CTX,
            QT_TRANSLATE_NOOP("CommandLine", "{count} follow-up(s) written to {path}."),
            count=len(rows),
            path=ics,
        )
        print(run.say(done))
        return 0
    for row in rows:
        late = " !" if row.next_on < today else ""
        print(f"{row.next_on.isoformat()}{late:2}  {row.who}  {row.deal_title}".rstrip())
    return 0
