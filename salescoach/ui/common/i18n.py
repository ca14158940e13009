"""Language choice, Qt translators, and translating messages raised below the UI."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QSettings,
    QTranslator,
)

from salescoach.domain.messages import Message
from salescoach.resources import resources_dir

LANGUAGES = ("fr", "en")
_LOCALES = {"fr": "fr_FR", "en": "en_US"}
SETTINGS_FILE = "settings.ini"
LANGUAGE_KEY = "ui/language"

_installed: list[QTranslator] = []
_cli_app: list[QCoreApplication] = []


def settings_for(data_dir: Path) -> QSettings:
    """Preferences live in the data folder, next to the database they describe."""
    return QSettings(str(data_dir / SETTINGS_FILE), QSettings.Format.IniFormat)


def system_language() -> str:
    return "fr" if QLocale.system().language() == QLocale.Language.French else "en"


def choose_language(data_dir: Path | None, override: str | None = None) -> str:
    """The `--lang` override, else the saved preference, else the system locale."""
    if override in LANGUAGES:
        return override
    if data_dir is not None and (data_dir / SETTINGS_FILE).exists():
        saved = settings_for(data_dir).value(LANGUAGE_KEY, "")
        if saved in LANGUAGES:
            return str(saved)
    return system_language()


def save_language(data_dir: Path, language: str | None) -> None:
    """Store the preferred language; None goes back to following the system."""
    s = settings_for(data_dir)
    if language is None:
        s.remove(LANGUAGE_KEY)
    else:
        s.setValue(LANGUAGE_KEY, language)
    s.sync()


def locale_for(language: str) -> QLocale:
    """The system locale when it speaks `language` (fr_BE keeps its own formats), else a default."""
    system = QLocale.system()
    if system.name().split("_")[0] == language:
        return system
    return QLocale(_LOCALES[language])


def install_translators(language: str) -> None:
    """Load salescoach's and Qt's own translations for `language` into the application."""
    app = QCoreApplication.instance()
    assert app is not None
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()
    QLocale.setDefault(locale_for(language))
    ours = QTranslator(app)
    if ours.load(f"salescoach_{language}", str(resources_dir() / "i18n")):
        app.installTranslator(ours)
        _installed.append(ours)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)


def tr_message(message: Message) -> str:
    """A message from below the UI, in the user's language."""
    text = QCoreApplication.translate(message.context, message.text)
    try:
        return text.format(**message.args)
    except (KeyError, IndexError, ValueError):  # a broken translation must not hide the error
        return message.english()


def start_cli_translation(data_dir: Path | None, override: str | None = None) -> None:
    """Outside the window: a QCoreApplication and the translators, once, on first need."""
    if QCoreApplication.instance() is None:
        _cli_app.append(QCoreApplication([]))
    if not _installed:
        install_translators(choose_language(data_dir, override))


def translate_for_cli(message: Message, data_dir: Path | None, override: str | None = None) -> str:
    """A message for the terminal, in the user's language."""
    start_cli_translation(data_dir, override)
    return tr_message(message)
