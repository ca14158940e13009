"""Refresh the translation catalogues from the code, then compile them.

    .venv/bin/python packaging/update_translations.py

`pyside6-lupdate` collects every string marked for translation (tr(), translate(),
QT_TRANSLATE_NOOP) into resources/i18n/salescoach_{fr,en}.ts; translate the new entries
(with Qt Linguist, `pyside6-linguist`, or by hand), run this again, and commit the .ts and
.qm files. English is the source language: its catalogue repeats the source text.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
LANGUAGES = ("fr", "en")


def tool(name: str) -> str:
    """A PySide6 tool installed next to this Python."""
    return str(Path(sys.executable).parent / name)


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "salescoach").rglob("*.py"))


def extract(ts: Path, lang: str) -> None:
    """Update `ts` with the strings found in the code, dropping those no longer used."""
    subprocess.run(
        [
            tool("pyside6-lupdate"),
            *sources(),
            "-no-obsolete",
            "-locations",
            "relative",
            "-source-language",
            "en_US",
            "-target-language",
            lang,
            "-ts",
            str(ts),
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )


def fill_english(ts: Path) -> None:
    """English is the source language: every entry translates to its own source text."""
    tree = ET.parse(ts)
    for message in tree.iter("message"):
        translation = message.find("translation")
        source = message.find("source")
        assert translation is not None and source is not None
        translation.attrib.pop("type", None)
        text = source.text or ""
        if message.get("numerus") == "yes":  # "%n touch(es)": "%n touch", "%n touches"
            translation.text = None
            for child in list(translation):
                translation.remove(child)
            singular = text.replace("(es)", "").replace("(s)", "")
            for form in (singular, text.replace("(es)", "es").replace("(s)", "s")):
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = text
    tree.write(ts, encoding="utf-8", xml_declaration=True)


def compile_ts(ts: Path, qm: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def main() -> int:
    for lang in LANGUAGES:
        ts = I18N / f"salescoach_{lang}.ts"
        extract(ts, lang)
        if lang == "en":
            fill_english(ts)
        compile_ts(ts, ts.with_suffix(".qm"))
    unfinished = (I18N / "salescoach_fr.ts").read_text(encoding="utf-8").count('type="unfinished"')
    print(
        f"French: {unfinished} string(s) still to translate" if unfinished else "French: complete"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
