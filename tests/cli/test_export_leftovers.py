"""What a killed export leaves (a hidden `.NAME.partial-PID`, up to the whole database) is
removed by the next export into that folder: only ours, and only once its process is gone."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.cli.test_cli import run


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_the_next_export_removes_what_killed_exports_left(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert run("demo", "--deals", "40", "--data-dir", str(data)).returncode == 0
    out = tmp_path / "exports"
    out.mkdir()
    dead = _dead_pid()
    # As a kill leaves them: a CSV folder half written, a JSON file begun, one not begun.
    csv_left = out / f".salescoach-export-1.partial-{dead}"
    csv_left.mkdir()
    (csv_left / "loss_reasons.csv").write_text("id,code\n")
    (csv_left / "deals.csv").write_text("id,title\n" + "x,y\n" * 1000)
    json_left = out / f".mine.json.partial-{dead}"
    json_left.write_text('{\n  "format": "salescoach",\n  "version": 1,\n  "tables": {')
    empty_left = out / f".other.json.partial-{dead}"
    empty_left.write_bytes(b"")
    # Not ours, or not over: kept.
    running = out / f".salescoach-export-2.partial-{os.getpid()}"
    running.mkdir()
    (running / "deals.csv").write_text("id\n")
    foreign_dir = out / f".photos.partial-{dead}"
    foreign_dir.mkdir()
    (foreign_dir / "holiday.jpg").write_bytes(b"\xff\xd8")
    foreign_file = out / f".notes.txt.partial-{dead}"
    foreign_file.write_text("my notes")
    unrelated = out / ".partial-12"
    unrelated.write_text("")

    done = run("export", "--out", str(out / "new"), "--data-dir", str(data))
    assert done.returncode == 0, done.stderr
    assert not csv_left.exists() and not json_left.exists() and not empty_left.exists()
    assert running.exists() and foreign_dir.exists() and foreign_file.exists()
    assert unrelated.exists()
    assert sorted(p.name for p in (out / "new").iterdir())[0] == "accounts.csv"
