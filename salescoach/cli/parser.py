"""The command line's arguments: every command and its options (`salescoach --help` imports
nothing heavy)."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from typing import NoReturn

from salescoach import __version__
from salescoach.cli.run import EXIT_USAGE
from salescoach.domain import date_bounds


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
