"""`salescoach team …`: set a team up on PostgreSQL, join it, sync, the team's figures."""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import json
import sys
from collections.abc import Callable
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any

from salescoach.domain.messages import QT_TRANSLATE_NOOP, Message, UserError, msg

CTX = "CommandLine"
_LISTS = {
    "loss-reasons": "loss_reasons",
    "stage-probabilities": "stage_probabilities",
    "team-goals": "team_goals",
}


def add_parser(sub: Any, common: argparse.ArgumentParser, day: Callable[[str], dt.date]) -> None:
    """`day`: `stats`' own reading of --since and --until."""
    team = sub.add_parser(
        "team", parents=[common], help="team mode: share your figures on your team's PostgreSQL"
    )
    # No sub-command: the Team area's window (the figures of every rep the role may see).
    cmds = team.add_subparsers(dest="team_command", metavar="TEAM_COMMAND", required=False)
    init = cmds.add_parser(
        "init", parents=[common], help="create or upgrade the team on a PostgreSQL database"
    )
    join = cmds.add_parser("join", parents=[common], help="connect this laptop to the team")
    for p in (init, join):
        p.add_argument("url", help="postgresql://user@host/database, or service=NAME")
        p.add_argument(
            "--ca", metavar="FILE", help="the server's CA certificate (then verify-full)"
        )
    join.add_argument(
        "--share-debrief-text",
        action="store_true",
        help="also share debrief notes, lessons and what the prospect said (default: kept here)",
    )
    add = cmds.add_parser(
        "add-rep",
        parents=[common],
        help="create a rep's role (password read from the terminal, or stdin's first line)",
    )
    add.add_argument("name", help="lower-case letters, digits and _")
    add.add_argument("--manager", action="store_true", help="a manager: reads every rep")
    cmds.add_parser("sync", parents=[common], help="push this laptop's changes, pull the team's")
    conflicts = cmds.add_parser(
        "conflicts", parents=[common], help="versions overwritten by a later one, newest first"
    )
    conflicts.add_argument("--json", action="store_true", help="one JSON list on stdout")
    lists = cmds.add_parser("lists", parents=[common], help="the team's shared lists on the server")
    lists.add_argument("--json", action="store_true", help="one JSON object on stdout")
    publish = cmds.add_parser(
        "publish",
        parents=[common],
        help="as the manager: replace a shared list with a CSV file's (or this laptop's)",
    )
    publish.add_argument("list", choices=sorted(_LISTS), help="which list")
    source = publish.add_mutually_exclusive_group(required=True)
    source.add_argument(
        "file",
        nargs="?",
        help="CSV: loss-reasons label,controllable; stage-probabilities stage,probability; "
        "team-goals year,rep,wins,won_amount,currency",
    )
    source.add_argument(
        "--from-laptop",
        action="store_true",
        help="this laptop's own loss reasons or chances of winning (Settings)",
    )
    stats = cmds.add_parser("stats", parents=[common], help="the team's figures, per rep")
    stats.add_argument("--json", action="store_true", help="one JSON object on stdout")
    stats.add_argument(
        "--since", type=day, metavar="DATE", help="from this day (YYYY-MM-DD), included"
    )
    stats.add_argument(
        "--until", type=day, metavar="DATE", help="up to this day (YYYY-MM-DD), included"
    )


def run(
    say: Callable[[Message], str],
    data_dir: Path,
    args: argparse.Namespace,
    writer: Callable[[], AbstractContextManager[None]],
    table: Callable[[dict[str, Any]], str],
) -> int:
    """`writer()`: the data folder's lock, held while the local database is written;
    `table`: `stats`' own two-column table of a set of figures."""
    from salescoach.services import team

    command = args.team_command
    if command is None:
        team.load_config(data_dir)  # a folder that never joined: one line, no window
        from salescoach.ui.team.manager_window import run_team_window

        return run_team_window(data_dir, getattr(args, "lang", None))
    if command == "init":
        revision = team.init_team(data_dir, args.url, _ca(args.ca))
        print(say(msg(CTX, QT_TRANSLATE_NOOP("CommandLine", "Team schema {revision} ready."),
                      revision=revision)))  # fmt: skip
    elif command == "add-rep":
        team.add_rep(data_dir, args.name, _new_password(args.name), args.manager)
        print(say(msg(CTX, QT_TRANSLATE_NOOP("CommandLine", "{name} can now join the team."),
                      name=args.name)))  # fmt: skip
    elif command == "join":
        config, password = team.check_join(args.url, _ca(args.ca), args.share_debrief_text)
        with writer():
            kept = team.finish_join(data_dir, config, password)
        print(say(msg(CTX, QT_TRANSLATE_NOOP("CommandLine", "Joined the team as {role}."),
                      role=config.role)))  # fmt: skip
        if kept is team.Kept.PGPASS:
            print(say(msg(CTX, QT_TRANSLATE_NOOP(
                "CommandLine",
                "No usable system keyring here: the password is kept in ~/.pgpass "
                "(readable by you only).",
            ))))  # fmt: skip
    elif command == "sync":
        team.load_config(data_dir)  # a folder that never joined: said before touching it
        with writer():
            report = team.sync(data_dir)
        done = msg(
            CTX,
            QT_TRANSLATE_NOOP(
                "CommandLine",
                "Synced: {pushed} change(s) sent, {pulled} received, {conflicts} conflict(s) "
                "kept, {waiting} waiting.",
            ),
            pushed=report.pushed,
            pulled=report.pulled,
            conflicts=report.conflicts,
            waiting=report.waiting,
        )
        print(say(done))
    elif command == "conflicts":
        kept = team.conflicts(data_dir)
        if args.json:
            print(json.dumps(kept, indent=2, ensure_ascii=False))
        for entry in [] if args.json else kept:
            values = "" if entry["data"] is None else json.dumps(entry["data"], ensure_ascii=False)
            print(f"{entry['table']}\t{entry['id']}\t{entry['stamp']}\t{values}")
    elif command == "lists":
        from salescoach.services.team_lists import server_lists

        shown = server_lists(data_dir)
        if args.json:
            print(json.dumps(shown, indent=2, ensure_ascii=False))
        else:
            print(_lists_text(say, shown))
    elif command == "publish":
        from salescoach.services import team_lists

        kind = _LISTS[args.list]
        if args.from_laptop:
            if kind == "team_goals":
                raise UserError(msg(CTX, QT_TRANSLATE_NOOP(
                    "CommandLine",
                    "Team goals are only set on the team: publish them from a CSV file. "
                    "Nothing was published.",
                )))  # fmt: skip
            entries = team_lists.laptop_entries(data_dir, kind)
        else:
            entries = team_lists.read_file(kind, Path(args.file).expanduser())
        count = team_lists.publish(data_dir, kind, entries)
        print(say(msg(CTX, QT_TRANSLATE_NOOP(
            "CommandLine",
            "Published {list}, {count} on the server: the reps get it at their next sync.",
        ), count=count, list=args.list)))  # fmt: skip
    elif command == "stats":
        from salescoach.services.team_stats import team_stats

        if args.since and args.until and args.since > args.until:
            raise UserError(
                msg(
                    CTX,
                    QT_TRANSLATE_NOOP("CommandLine", "--since {since} is after --until {until}."),
                    since=args.since.isoformat(),
                    until=args.until.isoformat(),
                )
            )
        figures = team_stats(data_dir, args.since, args.until)
        if args.json:
            print(json.dumps(figures, indent=2, ensure_ascii=False))
        else:
            team_title = say(msg(CTX, QT_TRANSLATE_NOOP("CommandLine", "Team")))
            parts = [(team_title, figures["team"]), *figures["reps"].items()]
            print("\n\n".join(f"{name}\n{table(part)}" for name, part in parts))
    return 0


def _lists_text(say: Callable[[Message], str], lists: dict[str, list[dict[str, Any]]]) -> str:
    """The shared lists as lines of tab-separated values, under each list's name."""
    from salescoach.domain.money import cents_to_major

    parts = []
    for name, kind in _LISTS.items():
        lines = [name]
        for e in lists[kind]:
            if kind == "loss_reasons":
                flag = say(msg(CTX, QT_TRANSLATE_NOOP("CommandLine", "controllable")))
                lines.append(
                    f"{e.get('label') or e.get('code')}\t{flag if e.get('controllable') else ''}"
                )
            elif kind == "stage_probabilities":
                lines.append(f"{e['stage']}\t{e['probability']}%")
            else:
                won = e.get("won_cents")
                rep = e.get("rep") or say(msg(CTX, QT_TRANSLATE_NOOP("CommandLine", "Team")))
                lines.append(
                    f"{e['year']}\t{rep}\t{'' if e.get('wins') is None else e['wins']}\t"
                    f"{'' if won is None else f'{cents_to_major(won):.2f}'}\t{e.get('currency')}"
                )
        parts.append("\n".join(lines))
    return "\n\n".join(parts)


def _ca(path: str | None) -> Path | None:
    if path is None:
        return None
    ca = Path(path).expanduser()
    if not ca.is_file():
        raise UserError(
            msg(CTX, QT_TRANSLATE_NOOP("CommandLine", "No certificate file at {path}."), path=path)
        )
    return ca.absolute()


def _new_password(name: str) -> str:
    if sys.stdin.isatty():
        first = getpass.getpass(f"Password for {name}: ")
        if getpass.getpass("Again: ") != first:
            first = ""
    else:
        first = sys.stdin.readline().rstrip("\n")
    if len(first) < 8:
        raise UserError(
            msg(
                CTX,
                QT_TRANSLATE_NOOP(
                    "CommandLine",
                    "The password must have at least 8 characters (and be typed the same "
                    "twice). Nothing was changed.",
                ),
            )
        )
    return first
