"""The two colours the window gives a meaning to, named once so every area agrees."""

from __future__ import annotations

# Something to act on or that went wrong: an error, an overdue follow-up, a debrief still
# to do, a lost deal. Dark enough to read as text on a light window.
ALERT = "#b3261e"
# Something that went well: a won deal, a writing check passed.
GOOD = "#1b7f3b"


def text_style(color: str) -> str:
    """A style sheet writing a widget's text in `color`."""
    return f"color: {color};"
