"""`salescoach [COMMAND]`: the entry point. Each command runs from its own module; any
problem is one line on stderr and exit status 2, in the user's language."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

from salescoach.cli.run import EXIT_USAGE, Run, one_writer
from salescoach.domain.messages import QT_TRANSLATE_NOOP, Message, UserError, msg
from salescoach.services.datadir import resolve_data_dir

CTX = "CommandLine"
_WINDOW_OPTIONS = {"--data-dir": "data_dir", "--lang": "lang"}


def main(argv: Sequence[str] | None = None) -> int:
    window = _window_options(sys.argv[1:] if argv is None else argv)
    if window is not None:
        from salescoach.ui.shell.app import run_gui

        return run_gui(resolve_data_dir(window.get("data_dir")), window.get("lang"))
    from salescoach.cli.parser import build_parser

    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command == "stats" and args.since and args.until and args.since > args.until:
        parser.error(f"--since {args.since} is after --until {args.until}")
    run = Run(resolve_data_dir(getattr(args, "data_dir", None)), getattr(args, "lang", None))
    if args.command is None:
        from salescoach.ui.shell.app import run_gui

        return run_gui(run.data_dir, run.lang)
    try:
        if args.command == "demo":
            from salescoach.cli.data_folder import demo

            return demo(run, args.deals, args.seed)
        if args.command == "stats":
            from salescoach.cli.stats import stats

            return stats(run, args.json, args.since, args.until)
        if args.command == "followups":
            from salescoach.cli.followups import followups

            return followups(run, args.ics)
        if args.command == "review":
            from salescoach.cli.review import review

            return review(run.say, run.data_dir, args.json)
        if args.command == "backup":
            from salescoach.cli.data_folder import backup

            return backup(run, args.path)
        if args.command == "upgrade":
            from salescoach.cli.data_folder import upgrade

            return upgrade(run)
        if args.command == "import":
            from salescoach.cli.importing import import_file

            with one_writer(run):
                return import_file(run.say, run.data_dir, args)
        if args.command == "commission":
            from salescoach.cli.settings import commission

            with one_writer(run):
                return commission(
                    run.say, run.data_dir, args.rate, args.starts_on, args.remove, args.above_goal
                )
        if args.command == "team":
            from salescoach.cli.stats import stats_table
            from salescoach.cli.team import run as run_team

            return run_team(
                run.say,
                run.data_dir,
                args,
                lambda: one_writer(run),
                lambda figures: stats_table(run, figures),
            )
        if args.command == "export":
            from salescoach.cli.exporting import export

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


def _window_options(argv: Sequence[str]) -> dict[str, str] | None:
    """The options of `salescoach [--data-dir PATH] [--lang fr|en]`, the window's command
    line, read without building every command's parser (~20 ms of the window's start);
    None for anything else (a command, --help, a mistake), which the parser reads."""
    options: dict[str, str] = {}
    args = list(argv)
    while args:
        option, eq, value = args.pop(0).partition("=")
        if option not in _WINDOW_OPTIONS:
            return None
        if not eq:
            if not args:
                return None
            value = args.pop(0)
        if value.startswith("-") or (option == "--lang" and value not in ("fr", "en")):
            return None  # the parser says what is wrong
        options[_WINDOW_OPTIONS[option]] = value  # the last one wins, as with the parser
    return options


def _fail(run: Run, message: Message) -> int:
    print(f"salescoach: {run.say(message)}", file=sys.stderr)
    return EXIT_USAGE
