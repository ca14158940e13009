"""Tooltips that wrap: Qt shows plain text on one line, as wide as the screen, and wraps
only rich text; an explanation of several sentences must read as a paragraph."""

from __future__ import annotations

import html


def paragraph_tip(text: str) -> str:
    """`text` (lines apart) as a rich-text tooltip that wraps; "" stays "" (no tooltip)."""
    if not text:
        return ""
    return "<p>" + "<br>".join(html.escape(line, quote=False) for line in text.split("\n")) + "</p>"
