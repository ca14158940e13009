"""The layering rule is checked, not remembered: ui -> services -> store/domain."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import grimp

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


def _cycles(graph: grimp.ImportGraph) -> list[list[str]]:
    """The package's import cycles: groups of modules that import each other, directly or
    not (strongly connected components of more than one module, Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(module: str) -> None:
        index[module] = low[module] = len(index)
        stack.append(module)
        for imported in graph.find_modules_directly_imported_by(module):
            if imported not in index:
                visit(imported)
                low[module] = min(low[module], low[imported])
            elif imported in stack:
                low[module] = min(low[module], index[imported])
        if low[module] == index[module]:
            group = []
            while (member := stack.pop()) != module:
                group.append(member)
            if group:
                found.append(sorted([module, *group]))

    for module in sorted(graph.modules):
        if module not in index:
            visit(module)
    return found


def test_no_import_cycle_in_the_package() -> None:
    """Imports made only for type checking count too: a cycle is a cycle to a reader."""
    assert _cycles(grimp.build_graph("salescoach")) == []


def test_the_cycle_finder_finds_one(tmp_path: Path, monkeypatch) -> None:
    package = tmp_path / "looped"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "a.py").write_text("from looped import b\n")
    (package / "b.py").write_text("from looped import c\n")
    (package / "c.py").write_text("import looped.a\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    assert _cycles(grimp.build_graph("looped", cache_dir=None)) == [
        ["looped.a", "looped.b", "looped.c"]
    ]


def test_interface_modules_stay_short() -> None:
    """A module over 400 lines holds two things; the window only assembles the areas."""
    ui = ROOT / "salescoach" / "ui"
    long = {
        str(path.relative_to(ui)): n
        for path in ui.rglob("*.py")
        if (n := len(path.read_text(encoding="utf-8").splitlines())) > 400
    }
    assert long == {}
    assert len((ui / "shell" / "main_window.py").read_text(encoding="utf-8").splitlines()) < 250


def test_starting_the_cli_does_not_import_heavy_modules() -> None:
    """`salescoach --help` must stay instant: no SQLAlchemy, Qt widgets or pyqtgraph."""
    code = (
        "import sys, salescoach.cli.parser as c; c.build_parser();"
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
        "import sys, salescoach.ui.shell.app;"
        "heavy = [m for m in ('sqlalchemy', 'alembic', 'pyqtgraph', 'numpy') "
        "if m in sys.modules]; print(heavy)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert out.stdout.strip() == "[]"
