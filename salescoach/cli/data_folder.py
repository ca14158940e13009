"""`salescoach demo`, `upgrade` and `backup`: the data folder filled, upgraded, copied."""

from __future__ import annotations

import time
from pathlib import Path

from salescoach.cli.run import Run, one_writer
from salescoach.domain.messages import QT_TRANSLATE_NOOP, msg

CTX = "CommandLine"


def demo(run: Run, deals: int, seed: int) -> int:
    from salescoach.services.demo import generate_demo
    from salescoach.services.workspace import open_workspace

    with one_writer(run):
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


def upgrade(run: Run) -> int:
    from salescoach.services.workspace import open_workspace, schema_revision

    with one_writer(run, create=False):
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


def backup(run: Run, path: str | None) -> int:
    from salescoach.services.backups import back_up
    from salescoach.services.workspace import schema_revision

    schema_revision(run.data_dir)  # refuses a damaged file; creates nothing (an old one is fine)
    made = back_up(run.data_dir, Path(path).expanduser() if path else None)
    print(run.say(msg(CTX, QT_TRANSLATE_NOOP("CommandLine", "Backup written to {path}."),
                      path=str(made))))  # fmt: skip
    return 0
