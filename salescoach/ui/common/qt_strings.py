"""Qt's own words that its French catalogue (qtbase_fr) lacks: Qt 6 gave the file dialog's
labels a mnemonic ("&Look in:") and the catalogue still has them without ("Look in:"),
so the file dialog was half English in French. Translated in our catalogue, under Qt's
context; ours is asked when Qt's has no answer."""

from __future__ import annotations

from salescoach.domain.messages import QT_TRANSLATE_NOOP

FILE_DIALOG = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)
