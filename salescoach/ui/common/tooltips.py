"""Tooltips that wrap: Qt shows plain text on one line, as wide as the screen, and wraps
only rich text; an explanation of several sentences must read as a paragraph."""

from __future__ import annotations

import html


def paragraph_tip(text: str) -> str:
    """`text` (lines apart) as a rich-text tooltip that wraps; "" stays "" (no tooltip)."""
    if not text:
        return ""
    # Qt's layout breaks lines at the narrow no-break space that groups French digits
    # ("142 | 783,00 €"); the plain no-break space holds.
    text = text.replace("\u202f", "\u00a0")
    return "<p>" + "<br>".join(html.escape(line, quote=False) for line in text.split("\n")) + "</p>"
