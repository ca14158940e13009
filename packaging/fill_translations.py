"""Fill unfinished French entries of the catalogue from a JSON file, then compile.

    .venv/bin/python packaging/fill_translations.py fr.json

The JSON maps an English source text (or "Context|source" when the same text needs
different words in two places) to its French translation; a plural ("%n deal(s)") maps to
a list of forms [singular, plural]. Entries already translated are left alone, so the
file only needs the strings that `update_translations.py` reported as still to translate.
It prints those that remain.
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from update_translations import I18N, compile_ts, extract


def fill(ts: Path, table: dict[str, str | list[str]]) -> list[str]:
    """Translate the unfinished messages of `ts` found in `table`; return those left."""
    tree = ET.parse(ts)
    left: list[str] = []
    for context in tree.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            source = message.findtext("source") or ""
            if translation is None or translation.get("type") != "unfinished":
                continue
            value = table.get(f"{name}|{source}", table.get(source))
            if value is None:
                left.append(f"{name}|{source}")
                continue
            translation.attrib.pop("type")
            if message.get("numerus") == "yes":
                forms = value if isinstance(value, list) else [value, value]
                for child in list(translation):
                    translation.remove(child)
                translation.text = None
                for form in forms:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                assert isinstance(value, str), source
                translation.text = value
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return left


def main() -> int:
    table = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    ts = I18N / "salescoach_fr.ts"
    left = fill(ts, table)
    extract(ts, "fr")  # lupdate writes the file back in its own layout: small diffs
    compile_ts(ts, ts.with_suffix(".qm"))
    for entry in left:
        print(f"still to translate: {entry}")
    return 1 if left else 0


if __name__ == "__main__":
    sys.exit(main())
