"""User-facing messages raised below the UI, translated by the UI.

The domain and store layers cannot import Qt, yet their messages must reach the user in
their language. They carry the English source text with a translation context; the UI or
command line translates it with Qt. `QT_TRANSLATE_NOOP` keeps Qt's name so that
`pyside6-lupdate` collects these strings into the .ts files.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark `text` for translation in `context` without translating it here."""
    return text


@dataclass(frozen=True)
class Message:
    """An untranslated message: Qt context, English source text, `str.format` arguments."""

    context: str
    text: str
    args: dict[str, Any] = field(default_factory=dict)

    def english(self) -> str:
        """The message in English (the source language)."""
        return self.text.format(**self.args)


class UserError(Exception):
    """An error the user can understand and act on; never shown as a traceback."""

    def __init__(self, message: Message) -> None:
        super().__init__(message.english())
        self.message = message


class DamagedDatabaseError(UserError):
    """The database file is damaged or not ours: left untouched, a backup may be restored."""


class UpgradeFailedError(UserError):
    """Upgrading the schema from `revision` failed and was rolled back; `copy` is the copy
    taken before; `usable_copy`, when found, an earlier copy that does upgrade."""

    def __init__(self, message: Message, revision: str, copy: Path | None = None) -> None:
        super().__init__(message)
        self.revision = revision
        self.copy = copy
        self.usable_copy: Path | None = None


class ValidationError(UserError):
    """Input refused field by field; `fields` maps a field name to its message."""

    def __init__(self, fields: dict[str, Message]) -> None:
        first = next(iter(fields.values()))
        super().__init__(first)
        self.fields = fields


def msg(context: str, text: str, **args: Any) -> Message:
    """Build a `Message`; `text` must be a literal wrapped in QT_TRANSLATE_NOOP."""
    return Message(context, text, args)
