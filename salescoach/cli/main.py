"""The `salescoach` command: the window by default, and a few scripting commands.

Every command takes `--data-dir`. A problem is one line on stderr and exit status 2,
in the user's language, never a traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import os
import sys
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NoReturn

from salescoach import __version__
from salescoach.domain import date_bounds
from salescoach.domain.messages import QT_TRANSLATE_NOOP, Message, UserError, msg
from salescoach.services.datadir import resolve_data_dir

CTX = "CommandLine"
EXIT_USAGE = 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        # argparse prints a usage block; the contract is a single line.
        print(f"salescoach: {message}", file=sys.stderr)
        raise SystemExit(EXIT_USAGE)


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value <= 0:
        raise argparse.ArgumentTypeError(f"must be at least 1: {text}")
    return value


def _day(text: str) -> dt.date:
    try:
        return date_bounds.checked(dt.date.fromisoformat(text))
    except date_bounds.OutOfBoundsError:
        raise argparse.ArgumentTypeError(
            f"not a date between {date_bounds.FIRST_YEAR} and {date_bounds.LAST_YEAR}: {text}"
        ) from None
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


_FORMATS = ("native", "pipedrive", "hubspot", "salesforce", "spreadsheet")


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir",
        metavar="PATH",
        default=argparse.SUPPRESS,
        help="folder holding the database (default: $SALESCOACH_DATA_DIR, then the "
        "platform's user data folder)",
    )
    common.add_argument(
        "--lang",
        choices=["fr", "en"],
        default=argparse.SUPPRESS,
        help="language for this run (default: the saved preference, then the system's)",
    )
    parser = _Parser(
        prog="salescoach",
        description="Coaching for sales reps: pipeline, debriefs, progress, per-touch value.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"salescoach {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    demo = sub.add_parser(
        "demo", parents=[common], help="fill an empty data folder with a realistic history"
    )
    demo.add_argument("--deals", type=_positive, default=600, help="number of deals (600)")
    demo.add_argument("--seed", type=int, default=1, help="random seed (same seed, same data)")
    stats = sub.add_parser("stats", parents=[common], help="print pipeline figures")
    stats.add_argument("--json", action="store_true", help="one JSON object on stdout")
    stats.add_argument(
        "--since", type=_day, metavar="DATE", help="from this day (YYYY-MM-DD), included"
    )
    stats.add_argument(
        "--until", type=_day, metavar="DATE", help="up to this day (YYYY-MM-DD), included"
    )
    review = sub.add_parser("review", parents=[common], help="this week's review")
    review.add_argument("--json", action="store_true", help="one JSON object on stdout")
    followups = sub.add_parser(
        "followups", parents=[common], help="who to get back to, and when; --ics for a calendar"
    )
    followups.add_argument(
        "--ics", metavar="PATH", help="write the upcoming follow-ups as an iCalendar file"
    )
    imp = sub.add_parser(
        "import",
        parents=[common],
        help="import deals from Pipedrive, HubSpot, Salesforce, a spreadsheet, or an export",
    )
    imp.add_argument(
        "file",
        help="a CSV file, a spreadsheet (.xlsx, .xlsm, .xls, .ods), or a salescoach export "
        "(folder or .json)",
    )
    imp.add_argument(
        "--format",
        choices=["auto", *_FORMATS],
        default="auto",
        help="what the file is (default: detected from its columns)",
    )
    imp.add_argument(
        "--dates",
        choices=["dmy", "mdy"],
        help="read 03/04/2024 day first (dmy) or month first (mdy); asked when the file "
        "cannot tell",
    )
    imp.add_argument("--decimal", choices=["comma", "point"], help="the amounts' decimal mark")
    imp.add_argument("--sheet", metavar="NAME", help="the workbook's sheet to read")
    imp.add_argument("--no-header", action="store_true", help="the first row is already a deal")
    imp.add_argument(
        "--map",
        metavar="FIELD=COLUMN",
        action="append",
        default=[],
        help="read FIELD (id, title, account, contact, email, amount, currency, stage, "
        "status, created, closed, modified, lost_reason, activities, commission) from "
        "COLUMN, a column name or a number from 1",
    )
    imp.add_argument(
        "--status-map",
        metavar="VALUE=STATUS",
        action="append",
        default=[],
        help="deals at stage VALUE are open, won or lost",
    )
    imp.add_argument(
        "--currency", metavar="CODE", help="the ISO code of amounts that name no currency"
    )
    imp.add_argument("--encoding", metavar="NAME", help="read a text file in this encoding")
    imp.add_argument("--dry-run", action="store_true", help="check everything, write nothing")
    imp.add_argument(
        "--skip-bad-rows", action="store_true", help="import the good rows of a file with bad ones"
    )
    export = sub.add_parser(
        "export", parents=[common], help="write every record to CSV files or one JSON file"
    )
    export.add_argument("--format", choices=["csv", "json"], default="csv")
    export.add_argument(
        "--out",
        metavar="PATH",
        help="the new folder (CSV) or file (JSON) (default: salescoach-export-DATE here)",
    )
    commission = sub.add_parser(
        "commission",
        parents=[common],
        help="show or set your commission plan: a rate on won amounts, from a date",
    )
    commission.add_argument(
        "--rate", metavar="PERCENT", help="the rate on each won amount, such as 8 or 8.5"
    )
    commission.add_argument(
        "--from",
        dest="starts_on",
        type=_day,
        metavar="DATE",
        help="from this close date on (YYYY-MM-DD; default: every win)",
    )
    commission.add_argument(
        "--above-goal",
        metavar="PERCENT",
        help="a higher rate on what is won beyond the year's revenue goal (an accelerator)",
    )
    commission.add_argument(
        "--remove", action="store_true", help="remove the rate of that date from the plan"
    )
    sub.add_parser(
        "upgrade",
        parents=[common],
        help="upgrade a database written by an older version (a copy is kept first)",
    )
    backup = sub.add_parser(
        "backup", parents=[common], help="back the database up now (safe while the app is open)"
    )
    backup.add_argument(
        "path", nargs="?", help="file or folder for the copy (default: backups/ in the data folder)"
    )
    from salescoach.cli.team import add_parser as add_team_parser

    add_team_parser(sub, common, _day)
    return parser


@dataclass(frozen=True)
class _Run:
    """What every command needs: where the data is and which language to answer in."""

    data_dir: Path
    lang: str | None

    def say(self, message: Message) -> str:
        from salescoach.ui.common.i18n import translate_for_cli

        return translate_for_cli(message, self.data_dir, self.lang)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command == "stats" and args.since and args.until and args.since > args.until:
        parser.error(f"--since {args.since} is after --until {args.until}")
    run = _Run(resolve_data_dir(getattr(args, "data_dir", None)), getattr(args, "lang", None))
    if args.command is None:
        from salescoach.ui.shell.app import run_gui

        return run_gui(run.data_dir, run.lang)
    try:
        if args.command == "demo":
            return _demo(run, args.deals, args.seed)
        if args.command == "stats":
            return _stats(run, args.json, args.since, args.until)
        if args.command == "followups":
            return _followups(run, args.ics)
        if args.command == "review":
            from salescoach.cli.review import review

            return review(run.say, run.data_dir, args.json)
        if args.command == "backup":
            return _backup(run, args.path)
        if args.command == "upgrade":
            return _upgrade(run)
        if args.command == "import":
            from salescoach.cli.importing import import_file

            with _one_writer(run):
                return import_file(run.say, run.data_dir, args)
        if args.command == "commission":
            from salescoach.cli.settings import commission

            with _one_writer(run):
                return commission(
                    run.say, run.data_dir, args.rate, args.starts_on, args.remove, args.above_goal
                )
        if args.command == "team":
            from salescoach.cli.team import run as run_team

            return run_team(
                run.say,
                run.data_dir,
                args,
                lambda: _one_writer(run),
                lambda figures: _stats_table(run, figures),
            )
        if args.command == "export":
            from salescoach.cli.importing import export

            return export(run.say, run.data_dir, args.format, args.out)
    except UserError as exc:
        return _fail(run, exc.message)
    except BrokenPipeError:  # `salescoach followups | head`: the reader has had enough
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        return _fail(
            run, msg(CTX, QT_TRANSLATE_NOOP("CommandLine", "Interrupted; nothing was written."))
        )
    except Exception as exc:  # a bug: one line here, the details in a log the rep can send us
        from salescoach.domain.disk_full import disk_full_error, is_disk_full

        if is_disk_full(exc):  # not a bug, and no room for a log either
            return _fail(run, disk_full_error(run.data_dir).message)
        from salescoach.services.error_log import write_error_log

        log = write_error_log(run.data_dir, exc, f"salescoach {args.command}")
        if log is None:  # no folder yet, or something not ours at the log's path
            return _fail(
                run,
                msg(
                    CTX, QT_TRANSLATE_NOOP("CommandLine", "Unexpected error; nothing was written.")
                ),
            )
        return _fail(
            run,
            msg(
                CTX,
                QT_TRANSLATE_NOOP(
                    "CommandLine",
                    "Unexpected error; nothing was written. Details are in {path}.",
                ),
                path=str(log),
            ),
        )
    raise AssertionError(args.command)  # pragma: no cover - argparse rejects others


@contextlib.contextmanager
def _one_writer(run: _Run, create: bool = True) -> Iterator[None]:
    """Hold the data folder's lock, as the window does: refuse while the app has it open.

    `create`: make the folder if there is none (demo, import); otherwise refuse to start.
    """
    from salescoach.services.workspace import check_data_dir, schema_revision
    from salescoach.ui.shell.lock import try_lock

    if not create and schema_revision(run.data_dir) is None:
        raise UserError(
            msg(
                CTX,
                QT_TRANSLATE_NOOP(
                    "CommandLine", "There is no salescoach database in {path}; nothing to do."
                ),
                path=str(run.data_dir),
            )
        )
    check_data_dir(run.data_dir)  # creates the folder; refuses a file we must not touch
    lock = try_lock(run.data_dir)
    if lock is None:
        raise UserError(
            msg(
                CTX,
                QT_TRANSLATE_NOOP(
                    "CommandLine",
                    "salescoach is open on {path}; close it first (or use its File menu). "
                    "Nothing was written.",
                ),
                path=str(run.data_dir),
            )
        )
    try:
        yield
    finally:
        lock.unlock()


def _fail(run: _Run, message: Message) -> int:
    print(f"salescoach: {run.say(message)}", file=sys.stderr)
    return EXIT_USAGE


def _demo(run: _Run, deals: int, seed: int) -> int:
    from salescoach.services.demo import generate_demo
    from salescoach.services.workspace import open_workspace

    with _one_writer(run):
        ws = open_workspace(run.data_dir)
        try:
            start = time.perf_counter()
            made = generate_demo(ws.store, deals=deals, seed=seed)
        finally:
            ws.close()
    done = msg(
        CTX,
        QT_TRANSLATE_NOOP(
            "CommandLine",
            "Demo history created in {path}: {deals} deals, {touches} touches ({seconds} s).",
        ),
        path=str(ws.data_dir),
        deals=made.deals,
        touches=made.touches,
        seconds=f"{time.perf_counter() - start:.1f}",
    )
    print(run.say(done))
    return 0


def _stats(run: _Run, as_json: bool, since: dt.date | None, until: dt.date | None) -> int:
    from salescoach.services.stats import compute_stats
    from salescoach.services.workspace import open_workspace

    ws = open_workspace(run.data_dir, read_only=True)
    try:
        figures = compute_stats(ws.store, since, until)
    finally:
        ws.close()
    if as_json:
        print(json.dumps(figures, indent=2, ensure_ascii=False))
    else:
        print(_stats_table(run, figures))
    return 0


def _followups(run: _Run, ics: str | None) -> int:
    import datetime as dt

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


def _upgrade(run: _Run) -> int:
    from salescoach.services.workspace import open_workspace, schema_revision

    with _one_writer(run, create=False):
        before = schema_revision(run.data_dir)
        open_workspace(run.data_dir).close()
    if before is None or before == schema_revision(run.data_dir):
        done = msg(
            CTX,
            QT_TRANSLATE_NOOP("CommandLine", "{path} is up to date; nothing to do."),
            path=str(run.data_dir),
        )
    else:
        done = msg(
            CTX,
            QT_TRANSLATE_NOOP(
                "CommandLine", "{path} upgraded from schema {old}; a copy was kept first."
            ),
            path=str(run.data_dir),
            old=before,
        )
    print(run.say(done))
    return 0


def _backup(run: _Run, path: str | None) -> int:
    from salescoach.services.backups import back_up
    from salescoach.services.workspace import schema_revision

    schema_revision(run.data_dir)  # refuses a damaged file; creates nothing (an old one is fine)
    made = back_up(run.data_dir, Path(path).expanduser() if path else None)
    print(run.say(msg(CTX, QT_TRANSLATE_NOOP("CommandLine", "Backup written to {path}."),
                      path=str(made))))  # fmt: skip
    return 0


def _stats_table(run: _Run, figures: dict[str, Any]) -> str:
    """Two aligned columns, labels in the user's language, numbers in its format."""
    from PySide6.QtCore import QLocale

    from salescoach.ui.common import formatting
    from salescoach.ui.common.i18n import start_cli_translation

    start_cli_translation(run.data_dir, run.lang)
    locale = QLocale()
    deals = figures["deals"]
    debriefs = figures["debriefs"]
    rate = figures["win_rate"]
    currency = figures["currency"]

    def money(value: float | None) -> str:
        return "—" if value is None else formatting.money(round(value * 100), currency)

    since, until = figures["period"]["since"], figures["period"]["until"]
    period = (
        []
        if since is None and until is None
        else [
            (
                0,
                QT_TRANSLATE_NOOP("CommandLine", "Period"),
                f"{formatting.date_text(_iso(since)) or '…'} – "
                f"{formatting.date_text(_iso(until)) or '…'}",
            )
        ]
    )
    ratio = figures["touches_per_win"]
    others = ", ".join(o["currency"] for o in figures["other_currencies"])
    rows = [
        *period,
        (0, QT_TRANSLATE_NOOP("CommandLine", "Deals"), locale.toString(sum(deals.values()))),
        (2, QT_TRANSLATE_NOOP("CommandLine", "open"), locale.toString(deals["open"])),
        (2, QT_TRANSLATE_NOOP("CommandLine", "won"), locale.toString(deals["won"])),
        (2, QT_TRANSLATE_NOOP("CommandLine", "lost"), locale.toString(deals["lost"])),
        (
            0,
            QT_TRANSLATE_NOOP("CommandLine", "Win rate"),
            "—" if rate is None else formatting.percent_text(rate, 1),
        ),
        (0, QT_TRANSLATE_NOOP("CommandLine", "Touches"), locale.toString(figures["touches"])),
        (0, QT_TRANSLATE_NOOP("CommandLine", "Currency"), currency),
        (
            2,
            QT_TRANSLATE_NOOP("CommandLine", "commission earned"),
            money(figures["commission"]),
        ),
        (
            2,
            QT_TRANSLATE_NOOP("CommandLine", "average commission per win"),
            money(figures["avg_commission_per_win"]),
        ),
        (
            2,
            QT_TRANSLATE_NOOP("CommandLine", "touches per win"),
            "—" if ratio is None else formatting.ratio_text(ratio),
        ),
        (
            2,
            QT_TRANSLATE_NOOP("CommandLine", "value of one touch"),
            money(figures["per_touch_value"]),
        ),
        *(
            [(2, QT_TRANSLATE_NOOP("CommandLine", "other currencies, left out"), others)]
            if others
            else []
        ),
        (0, QT_TRANSLATE_NOOP("CommandLine", "Debriefs done"), locale.toString(debriefs["count"])),
        (2, QT_TRANSLATE_NOOP("CommandLine", "still to do"), locale.toString(debriefs["pending"])),
        (
            2,
            QT_TRANSLATE_NOOP("CommandLine", "weakest question"),
            (debriefs["weakest_question"] or "—").upper(),
        ),
        (
            2,
            QT_TRANSLATE_NOOP("CommandLine", "losses within your control"),
            locale.toString(debriefs["controllable_losses"]),
        ),
        (
            2,
            QT_TRANSLATE_NOOP("CommandLine", "referrals asked / obtained"),
            f"{locale.toString(debriefs['referrals_asked'])} / "
            f"{locale.toString(debriefs['referrals_obtained'])}",
        ),
    ]
    labels = [" " * indent + run.say(msg(CTX, label)) for indent, label, _ in rows]
    width = max(len(label) for label in labels) + 2
    values = max(12, *(len(value) for *_, value in rows))
    return "\n".join(
        f"{label:<{width}}{value:>{values}}"
        for label, (_, _, value) in zip(labels, rows, strict=True)
    )


def _iso(text: str | None) -> dt.date | None:
    return None if text is None else dt.date.fromisoformat(text)
