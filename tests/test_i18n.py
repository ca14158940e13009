"""Both languages: the catalogues match the code, French is complete, and it shows."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QListWidget

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
sys.path.insert(0, str(ROOT / "packaging"))
import update_translations  # noqa: E402


def _messages(ts: Path) -> set[tuple[str, str]]:
    import xml.etree.ElementTree as ET

    tree = ET.parse(ts)
    return {
        (ctx.findtext("name") or "", m.findtext("source") or "")
        for ctx in tree.iter("context")
        for m in ctx.iter("message")
    }


def test_catalogues_hold_every_string_of_the_code(tmp_path: Path) -> None:
    fresh = tmp_path / "salescoach_fr.ts"
    shutil.copy(I18N / "salescoach_fr.ts", fresh)
    update_translations.extract(fresh, "fr")
    assert _messages(fresh) == _messages(I18N / "salescoach_fr.ts"), (
        "run packaging/update_translations.py and translate the new strings"
    )
    assert 'type="unfinished"' not in fresh.read_text(encoding="utf-8")
    assert "<name></name>" not in fresh.read_text(encoding="utf-8")  # tr() outside a class


def test_compiled_catalogues_are_up_to_date(tmp_path: Path) -> None:
    for lang in ("fr", "en"):
        qm = tmp_path / f"{lang}.qm"
        update_translations.compile_ts(I18N / f"salescoach_{lang}.ts", qm)
        assert qm.read_bytes() == (I18N / f"salescoach_{lang}.qm").read_bytes(), lang


def test_messages_raised_below_the_ui_name_their_module_context() -> None:
    """msg(CTX, QT_TRANSLATE_NOOP("X", ...)): X must be the module's CTX, or no translation."""
    for path in (ROOT / "salescoach").rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        found = re.search(r'^CTX = "(\w+)"', source, re.M)
        for node in ast.walk(ast.parse(source)):
            if (
                isinstance(node, ast.Call)
                and getattr(node.func, "id", None) == "msg"
                and isinstance(node.args[0], ast.Name)
                and isinstance(node.args[1], ast.Call)
            ):
                literal = node.args[1].args[0]
                assert isinstance(literal, ast.Constant), f"{path}:{node.lineno}"
                assert found and literal.value == found.group(1), f"{path}:{node.lineno}"


@pytest.fixture
def french(qapp):
    from salescoach.ui.common.i18n import install_translators

    install_translators("fr")
    yield
    install_translators("en")


def test_main_window_in_french(qtbot, french, data_dir: Path) -> None:
    from salescoach.ui.shell.main_window import MainWindow

    window = MainWindow(data_dir)
    qtbot.addWidget(window)
    nav = window.findChild(QListWidget, "navigation")
    assert [nav.item(i).text() for i in range(nav.count())] == [
        "Affaires",
        "Débriefs",
        "Progrès",
        "Relances",
        "Chiffres",
    ]
    assert window.menuBar().actions()[0].text() == "&Fichier"


def test_validation_message_in_french(french) -> None:
    from salescoach.domain.deals import DealDraft, validate_deal
    from salescoach.domain.messages import ValidationError
    from salescoach.ui.common.i18n import tr_message

    with pytest.raises(ValidationError) as caught:
        validate_deal(DealDraft("", "", amount_cents=-5))
    texts = {name: tr_message(m) for name, m in caught.value.fields.items()}
    assert texts["title"] == "Une affaire a besoin d’un titre."
    assert texts["amount"] == "Un montant ne peut pas être négatif."


def test_command_line_error_in_french(tmp_path: Path) -> None:
    target = tmp_path / "file"
    target.write_text("x")
    done = subprocess.run(
        [sys.executable, "-m", "salescoach", "stats", "--lang", "fr", "--data-dir", str(target)],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 2
    assert "est un fichier, pas un dossier" in done.stderr


def test_every_translated_text_is_a_literal_lupdate_can_read() -> None:
    """tr("…") and translate("Ctx", "…") with literals; a variable is allowed only for
    texts marked elsewhere with QT_TRANSLATE_NOOP in that context (and in tr_message)."""
    sources = {p: p.read_text(encoding="utf-8") for p in (ROOT / "salescoach").rglob("*.py")}
    marked = {
        m.group(1)
        for text in sources.values()
        for m in re.finditer(r'QT_TRANSLATE_NOOP\(\s*"(\w+)"', text)
    }
    bad = []
    for path, source in sources.items():
        tree = ast.parse(source)
        inside = {
            id(node): fn.name
            for fn in ast.walk(tree)
            if isinstance(fn, ast.FunctionDef)
            for node in ast.walk(fn)
        }
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
                continue
            name, args = node.func.attr, node.args
            if name == "tr" and args and not isinstance(args[0], ast.Constant):
                bad.append(f"{path.name}:{node.lineno}")
            if name == "translate" and len(args) >= 2 and not isinstance(args[1], ast.Constant):
                context = args[0].value if isinstance(args[0], ast.Constant) else None
                if context not in marked and inside.get(id(node)) != "tr_message":
                    bad.append(f"{path.name}:{node.lineno}")
    assert bad == [], "texts lupdate cannot extract (they stay in English)"
