"""The layering rule is checked, not remembered: ui -> services -> store/domain."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_import_contracts_hold() -> None:
    exe = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
    assert exe, "import-linter is part of the test extra"
    result = subprocess.run(
        [exe, "--no-cache"], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "BROKEN" not in result.stdout
    contracts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert result.stdout.count("KEPT") == len(contracts["tool"]["importlinter"]["contracts"])


def test_starting_the_cli_does_not_import_heavy_modules() -> None:
    """`salescoach --help` must stay instant: no SQLAlchemy, Qt widgets or pyqtgraph."""
    code = (
        "import sys, salescoach.cli as c; c.build_parser();"
        "heavy = [m for m in ('sqlalchemy', 'PySide6.QtWidgets', 'pyqtgraph', 'numpy', "
        "'alembic') if m in sys.modules]; print(heavy)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert out.stdout.strip() == "[]"


def test_the_window_module_does_not_import_the_database_layer() -> None:
    """The window shows before SQLAlchemy loads (it opens the store in the background)."""
    code = (
        "import sys, salescoach.ui.app;"
        "heavy = [m for m in ('sqlalchemy', 'alembic', 'pyqtgraph', 'numpy') "
        "if m in sys.modules]; print(heavy)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert out.stdout.strip() == "[]"
