"""The error log: private (0600 whatever the umask), never written through a link, and
holding where it failed, not what the rep wrote or what prospects said."""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel

from salescoach.ui.shell.error_report import install_error_hook
from tests import crm_files
from tests.conftest import on_next_modal
from tests.services.test_backups import _with_deals

# What the Pipedrive file holds that must not reach the log: titles, people, e-mails, and
# a prospect's own words (the lost reason).
PRIVATE = ("Logiciel de paie", "Claire Martin", "claire.martin@dupont.fr", "cousin's company")


def _failing_import(tmp_path: Path, data_dir: Path) -> subprocess.CompletedProcess[str]:
    """An import that fails unexpectedly in the middle of writing its rows: a database
    another tool changed (an index no salescoach schema has) refuses them."""
    _with_deals(data_dir, "Audit")
    with sqlite3.connect(data_dir / "salescoach.sqlite") as conn:
        conn.execute("CREATE UNIQUE INDEX one_deal_per_currency ON deals (currency)")
    conn.close()
    source = crm_files.pipedrive(tmp_path / "deals.csv")
    return subprocess.run(
        [sys.executable, "-m", "salescoach", "import", str(source), "--data-dir", str(data_dir)],
        capture_output=True,
        text=True,
        timeout=120,
        preexec_fn=lambda: os.umask(0),
    )


def test_the_log_holds_where_it_failed_but_no_row_values(tmp_path: Path, data_dir: Path) -> None:
    done = _failing_import(tmp_path, data_dir)
    log = data_dir / "salescoach-error.log"
    assert done.returncode == 2 and f"Details are in {log}" in done.stderr
    text = log.read_text(encoding="utf-8")
    for private in PRIVATE:
        assert private not in text
    assert "parameters" not in text and "INSERT INTO" not in text
    assert "Operation: salescoach import" in text
    assert "IntegrityError" in text and "import_file" in text  # what and where


def test_the_log_is_private_under_umask_000(tmp_path: Path, data_dir: Path) -> None:
    _failing_import(tmp_path, data_dir)
    assert stat.S_IMODE(os.stat(data_dir / "salescoach-error.log").st_mode) == 0o600


def test_a_link_at_the_log_path_is_not_followed(tmp_path: Path, data_dir: Path) -> None:
    target = tmp_path / "someone-elses-file"
    target.write_text("precious\n")
    data_dir.mkdir()
    (data_dir / "salescoach-error.log").symlink_to(target)
    done = _failing_import(tmp_path, data_dir)
    assert target.read_text() == "precious\n"
    assert done.returncode == 2
    assert "Unexpected error; nothing was written." in done.stderr
    assert "Details" not in done.stderr  # no log written: none claimed
    assert (data_dir / "salescoach-error.log").is_symlink()


def test_a_bug_in_the_window_is_one_line_and_the_log(qtbot, data_dir: Path) -> None:
    data_dir.mkdir()
    note = "Il a dit que le budget était gelé jusqu'en mars"
    seen: list[str] = []
    on_next_modal(lambda box: seen.append(box.findChild(QLabel, "qt_msgbox_label").text()))

    def buggy_slot() -> None:
        raise ValueError(f"cannot save the debrief note {note!r}")

    with qtbot.capture_exceptions() as caught:  # pytest-qt's hook, replaced as run_gui does
        previous = install_error_hook(data_dir)
        try:
            QTimer.singleShot(0, buggy_slot)
            qtbot.waitUntil(lambda: bool(seen), timeout=5000)
        finally:
            sys.excepthook = previous
    assert caught == []  # reported by our hook, not left to Qt's stderr
    log = data_dir / "salescoach-error.log"
    assert seen == [f"Unexpected error. Details are in {log}."]
    text = log.read_text(encoding="utf-8")
    assert "ValueError" in text and "buggy_slot" in text
    assert note not in text and "budget" not in text
    assert stat.S_IMODE(log.stat().st_mode) == 0o600
