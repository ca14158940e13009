"""No label or button of any view or dialog is cut, in either language, on the screens
reps have: 1,024 by 600 (a netbook), 1,280 by 720 and 1,366 by 768 (most laptops).

Walks the same tour as the screenshots (packaging/scenes.py): every visible QLabel and
QAbstractButton, its text measured with its font (wrapped at its width when it wraps)
against the widget's own room.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from salescoach.ui.common.i18n import install_translators

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "packaging"))
import scenes

SIZES = [(1024, 600), (1280, 720), (1366, 768)]


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory, qapp: object) -> Path:
    path = tmp_path_factory.mktemp("tour") / "demo"
    scenes.make_demo(path, deals=200)
    return path


@pytest.fixture(params=["en", "fr"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    install_translators(request.param)
    yield request.param
    install_translators("en")


def test_the_walker_sees_a_cut_label_a_wrapped_one_and_a_button(qtbot) -> None:  # type: ignore[no-untyped-def]
    """What the tour below relies on: a cut text is reported, a fitting one is not."""
    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    cut = QLabel("A sentence far too long for sixty pixels")
    cut.setFixedWidth(60)
    wrapped = QLabel("A sentence wrapped in sixty pixels, but only one line high")
    wrapped.setWordWrap(True)
    wrapped.setFixedSize(60, 20)
    button = QPushButton("&A button far too long")
    button.setFixedWidth(50)
    fits = QLabel("Fits")
    titles = QStandardItemModel(1, 2)
    titles.setHorizontalHeaderLabels(["A column title far too long", "Fits"])
    table = QTableView()
    table.setModel(titles)
    table.setColumnWidth(0, 60)
    for widget in (cut, wrapped, button, fits, table):
        layout.addWidget(widget)
    root.show()
    found = scenes.clipped_texts(root)
    assert len(found) == 4 and not any("Fits" in f for f in found), found
    assert "'A column title far too long' cut" in found[-1]
    table.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)
    assert "elided, no tooltip" in scenes.clipped_texts(root)[-1]
    titles.horizontalHeaderItem(0).setToolTip("A column title far too long")
    assert len(scenes.clipped_texts(root)) == 3


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_no_text_is_cut_in_any_view_or_dialog(qapp, demo: Path, language: str, size) -> None:  # type: ignore[no-untyped-def]
    cut: list[str] = []
    seen: list[str] = []

    def visit(name: str, widget: QWidget) -> None:
        seen.append(name)
        cut.extend(f"{name}: {problem}" for problem in scenes.clipped_texts(widget))

    scenes.tour(qapp, demo, size, visit)
    assert {"pipeline", "debrief-5", "import", "welcome", "progress-empty"} <= set(seen)
    assert cut == [], "\n".join(cut)
