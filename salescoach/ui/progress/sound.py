"""The bell rung when a deal is won, and the preference that mutes it.

The preference lives in settings.ini, next to the language: it belongs to this laptop
(its speakers, its open-plan office), not to the pipeline data that may one day be merged
with another machine's, and it can be read without opening the database.

QtMultimedia is loaded on the first win with the sound on, never at start-up. Where it
cannot play (muted, no audio library, no output device, a file that will not load) the
bell stays silent: a win must never end in an error box, nor in warnings in the log.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject

from salescoach.resources import resources_dir
from salescoach.ui.common.i18n import settings_for

MUTED_KEY = "sound/muted"
BELL_VOLUME = 0.6


def bell_path() -> Path:
    return resources_dir() / "sounds" / "bell.wav"


def sound_muted(data_dir: Path) -> bool:
    value = settings_for(data_dir).value(MUTED_KEY, False)
    return value in (True, "true", "1", 1)


def set_sound_muted(data_dir: Path, muted: bool) -> None:
    s = settings_for(data_dir)
    s.setValue(MUTED_KEY, muted)
    s.sync()


# What QtMultimedia says on its default category while finding its way: no sound server,
# no device, or no media backend plugin (the bell does not need one: QSoundEffect plays
# WAV files with QtMultimedia alone, which is why the bundle leaves FFmpeg's plugin out).
_CHATTER = ("PulseAudioService", "QSoundEffect", "ALSA", "QAudio", "No QtMultimedia backends")


@contextmanager
def _quiet_multimedia() -> Iterator[None]:
    """Keep QtMultimedia's start-up chatter out of the log: on a machine without a sound
    server it warns about every backend library it does not find."""
    # Here, not at start-up: the menus read the muted preference from this module.
    from PySide6.QtCore import QLoggingCategory, qInstallMessageHandler

    QLoggingCategory.setFilterRules("qt.multimedia*=false")
    previous: Any = None

    def handler(mode: Any, context: Any, message: str) -> None:
        category = context.category or ""
        if category.startswith("qt.multimedia") or message.startswith(_CHATTER):
            return
        if previous is not None:
            previous(mode, context, message)
        else:  # Qt's default handler was in place: print as it would
            print(message, file=sys.stderr)

    previous = qInstallMessageHandler(handler)
    try:
        yield
    finally:
        qInstallMessageHandler(previous)


class Bell(QObject):
    """A short bell, played without blocking; silent when it cannot be heard."""

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self._effect: Any = None
        self._unavailable = False

    @property
    def muted(self) -> bool:
        return sound_muted(self.data_dir)

    @property
    def available(self) -> bool | None:
        """None until the first ring tried; then whether a sound device could play it."""
        if self._effect is None and not self._unavailable:
            return None
        return not self._unavailable

    def ring(self) -> bool:
        """Play the bell; False when muted or when there is no way to play it."""
        if self.muted or self._unavailable:
            return False
        with _quiet_multimedia():
            if self._effect is None and not self._load():
                self._unavailable = True
                return False
            self._effect.stop()
            self._effect.play()
        return True

    def _load(self) -> bool:
        if not bell_path().is_file():
            return False
        try:
            from PySide6.QtMultimedia import QMediaDevices, QSoundEffect
        except ImportError:  # no QtMultimedia, or its audio libraries are missing
            return False
        if not QMediaDevices.audioOutputs():
            return False
        from PySide6.QtCore import QUrl

        effect = QSoundEffect(self)
        effect.setSource(QUrl.fromLocalFile(str(bell_path())))
        effect.setVolume(BELL_VOLUME)
        self._effect = effect
        return True
