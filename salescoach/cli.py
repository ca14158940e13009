"""The `salescoach` command: the window by default, and a few scripting commands.

Every command takes `--data-dir`. A problem is one line on stderr and exit status 2,
in the user's language, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from salescoach import __version__
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


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir",
        metavar="PATH",
        default=argparse.SUPPRESS,
        help="folder holding the database (default: $SALESCOACH_DATA_DIR, then the "
        "platform's user data folder)",
    )
    parser = _Parser(
        prog="salescoach",
        description="Coaching for sales reps: pipeline, debriefs, progress, per-touch value.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"salescoach {__version__}")
    parser.add_argument("--lang", choices=["fr", "en"], help="interface language for this run")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    demo = sub.add_parser(
        "demo", parents=[common], help="fill an empty data folder with a realistic history"
    )
    demo.add_argument("--deals", type=_positive, default=600, help="number of deals (600)")
    demo.add_argument("--seed", type=int, default=1, help="random seed (same seed, same data)")
    stats = sub.add_parser("stats", parents=[common], help="print pipeline figures")
    stats.add_argument("--json", action="store_true", help="one JSON object on stdout")
    return parser


def _fail(message: Message, data_dir: Path | None) -> int:
    from salescoach.ui.i18n import translate_for_cli

    print(f"salescoach: {translate_for_cli(message, data_dir)}", file=sys.stderr)
    return EXIT_USAGE


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    data_dir = resolve_data_dir(getattr(args, "data_dir", None))
    if args.command is None:
        from salescoach.ui.app import run_gui

        return run_gui(data_dir, args.lang)
    try:
        if args.command == "demo":
            return _demo(data_dir, args.deals, args.seed)
        if args.command == "stats":
            return _stats(data_dir, args.json)
    except UserError as exc:
        return _fail(exc.message, data_dir)
    except KeyboardInterrupt:
        return _fail(msg(CTX, QT_TRANSLATE_NOOP(CTX, "Interrupted; nothing was written.")), None)
    raise AssertionError(args.command)  # pragma: no cover - argparse rejects others


def _demo(data_dir: Path, deals: int, seed: int) -> int:
    from salescoach.services.demo import generate_demo
    from salescoach.services.workspace import open_workspace

    ws = open_workspace(data_dir)
    try:
        start = time.perf_counter()
        made = generate_demo(ws.store, deals=deals, seed=seed)
    finally:
        ws.close()
    from salescoach.ui.i18n import translate_for_cli

    done = msg(
        CTX,
        QT_TRANSLATE_NOOP(
            CTX, "Demo history created in {path}: {deals} deals, {touches} touches ({seconds} s)."
        ),
        path=str(ws.data_dir),
        deals=made.deals,
        touches=made.touches,
        seconds=f"{time.perf_counter() - start:.1f}",
    )
    print(translate_for_cli(done, data_dir))
    return 0


def _stats(data_dir: Path, as_json: bool) -> int:
    from salescoach.services.stats import compute_stats
    from salescoach.services.workspace import open_workspace

    ws = open_workspace(data_dir)
    try:
        figures = compute_stats(ws.store)
    finally:
        ws.close()
    if as_json:
        print(json.dumps(figures, indent=2, ensure_ascii=False))
    else:
        from salescoach.ui.i18n import stats_table

        print(stats_table(figures, data_dir))
    return 0
