"""PySide6 6.12 loses a reference to None per invalid QVariant; the app must survive it."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest

SCRIPT = textwrap.dedent(
    """
    import sys
    {prelude}
    from PySide6.QtWidgets import QApplication, QComboBox
    app = QApplication([])
    combo = QComboBox()
    combo.addItem("All statuses")  # no item data: currentData() is None
    for _ in range(300_000):
        combo.currentData()
    print("survived")
    """
)


def _run(prelude: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", SCRIPT.format(prelude=prelude)],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=120,
    )


def test_the_app_survives_many_invalid_variants() -> None:
    done = _run("import salescoach.ui")
    assert done.returncode == 0, done.stderr[-500:]
    assert "survived" in done.stdout


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12")
def test_without_the_workaround_python_311_aborts() -> None:
    """Proves the workaround is still needed; when PySide6 fixes the bug, remove both."""
    done = _run("")
    assert done.returncode != 0
    assert "deallocating None" in done.stderr
