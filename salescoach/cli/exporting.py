"""`salescoach export`: every record written to CSV files or one JSON file."""

from __future__ import annotations

import time
from pathlib import Path

from salescoach.cli.run import Say
from salescoach.domain.messages import QT_TRANSLATE_NOOP, msg
from salescoach.services import exporting
from salescoach.services.workspace import open_workspace

CTX = "CommandLine"


def export(say: Say, data_dir: Path, fmt: str, out: str | None) -> int:
    target = Path(out).expanduser() if out else Path(
        exporting.default_name(fmt, time.strftime("%Y%m%d-%H%M%S"))
    )  # fmt: skip
    ws = open_workspace(data_dir, read_only=True)
    try:
        result = exporting.export(ws.store, fmt, target)
    finally:
        ws.close()
    rows = result.rows
    print(
        say(
            msg(
                CTX,
                QT_TRANSLATE_NOOP(
                    "CommandLine",
                    "Exported to {path}: {deals} deal(s), {touches} touch(es), {accounts} "
                    "account(s), {contacts} contact(s), {debriefs} debrief(s).",
                ),
                path=str(result.path),
                deals=rows["deals"],
                touches=rows["touches"],
                accounts=rows["accounts"],
                contacts=rows["contacts"],
                debriefs=rows["debriefs"],
            )
        )
    )
    return 0
