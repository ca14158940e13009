"""Every menu entry and window shortcut, declared in one table (`ACTIONS`), and the menu
bar built from it. `tests/ui/shell/test_menus.py` checks the table for clashes.

To add a menu action: a line in `ACTIONS` naming the method that runs it, on an area's
view (`target` is the area's key: the area is shown first unless `show_area` is False) or
on the window's helpers (`window`, `transfer`, `backups`, `help`, `rep_team`, `team`; see
`MainWindow.run_action`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QWidget

from salescoach.domain.messages import QT_TRANSLATE_NOOP
from salescoach.ui.common.i18n import save_language, saved_language
from salescoach.ui.progress.sound import set_sound_muted, sound_muted
from salescoach.ui.shell.areas import AREAS, AreaSpec, area_title

translate = QCoreApplication.translate  # every title in the "MainWindow" context

Keys = QKeySequence.StandardKey | str | None


@dataclass(frozen=True)
class MenuAction:
    id: str
    menu: str  # a key of MENUS
    title: str  # English; translated in the "MainWindow" context
    shortcut: Keys
    target: str  # an area's key, or "window", "transfer", "backups", "help", "finder", "undo",
    # "rep_team", "team"
    handler: str  # the name of the target's method
    show_area: bool = True  # an area's action: show the area first
    separator_before: bool = False


MENUS = {
    "file": QT_TRANSLATE_NOOP("MainWindow", "&File"),
    "edit": QT_TRANSLATE_NOOP("MainWindow", "&Edit"),
    "go": QT_TRANSLATE_NOOP("MainWindow", "&Go"),
    "settings": QT_TRANSLATE_NOOP("MainWindow", "&Settings"),
    "help": QT_TRANSLATE_NOOP("MainWindow", "&Help"),
}

_NEW, _QUIT = QKeySequence.StandardKey.New, QKeySequence.StandardKey.Quit

ACTIONS = (
    MenuAction("new_deal", "file", QT_TRANSLATE_NOOP("MainWindow", "&New deal…"), _NEW,
               "pipeline", "new_deal"),
    MenuAction("log_touch", "file", QT_TRANSLATE_NOOP("MainWindow", "&Log a touch…"), "Ctrl+T",
               "pipeline", "log_touch"),
    MenuAction("debrief", "file", QT_TRANSLATE_NOOP("MainWindow", "Mark lost and &debrief…"),
               "Ctrl+L", "pipeline", "debrief_deal"),
    MenuAction("won", "file", QT_TRANSLATE_NOOP("MainWindow", "Mark &won"), None,
               "pipeline", "mark_won"),
    MenuAction("review", "file", QT_TRANSLATE_NOOP("MainWindow", "Weekly &review…"), "Ctrl+R",
               "review", "start_review"),
    MenuAction("accounts", "file", QT_TRANSLATE_NOOP("MainWindow", "&Accounts and contacts…"),
               "Ctrl+Shift+A", "pipeline", "open_accounts", show_area=False),
    MenuAction("find", "file", QT_TRANSLATE_NOOP("MainWindow", "&Find anything…"), "Ctrl+K",
               "finder", "open"),
    MenuAction("import", "file", QT_TRANSLATE_NOOP("MainWindow", "&Import…"), None,
               "transfer", "open_import", separator_before=True),
    MenuAction("export", "file", QT_TRANSLATE_NOOP("MainWindow", "E&xport…"), None,
               "transfer", "open_export"),
    MenuAction("backups", "file", QT_TRANSLATE_NOOP("MainWindow", "&Backups…"), None,
               "backups", "open_backups"),
    MenuAction("team_view", "file", QT_TRANSLATE_NOOP("MainWindow", "Open &team view"), None,
               "team", "open", separator_before=True),
    MenuAction("quit", "file", QT_TRANSLATE_NOOP("MainWindow", "&Quit"), _QUIT,
               "window", "close", separator_before=True),
    MenuAction("undo", "edit", QT_TRANSLATE_NOOP("MainWindow", "&Undo"), "Ctrl+Z",
               "undo", "undo"),
    MenuAction("redo", "edit", QT_TRANSLATE_NOOP("MainWindow", "&Redo"), "Ctrl+Shift+Z",
               "undo", "redo"),
    MenuAction("filter", "edit", QT_TRANSLATE_NOOP("MainWindow", "&Filter the deals"),
               QKeySequence.StandardKey.Find, "pipeline", "focus_search", separator_before=True),
    *(
        MenuAction(f"go_{a.key}", "go", a.title, f"Ctrl+{i + 1}", a.key, "", show_area=True)
        for i, a in enumerate(AREAS)
    ),
    MenuAction("commission", "settings", QT_TRANSLATE_NOOP("MainWindow", "&Commission plan…"),
               None, "numbers", "open_commission"),
    MenuAction("currency", "settings", QT_TRANSLATE_NOOP("MainWindow", "Main c&urrency…"),
               None, "numbers", "choose_currency", separator_before=False),
    MenuAction("guide", "help", QT_TRANSLATE_NOOP("MainWindow", "&Guide"), "F1",
               "help", "guide"),
    MenuAction("chances", "settings",
               QT_TRANSLATE_NOOP("MainWindow", "Chances of &winning by stage…"), None,
               "pipeline", "edit_chances", show_area=False),
    MenuAction("team_settings", "settings", QT_TRANSLATE_NOOP("MainWindow", "&Team…"), None,
               "rep_team", "open_settings", separator_before=True),
    MenuAction("team_conflicts", "settings", QT_TRANSLATE_NOOP("MainWindow", "Team c&onflicts…"),
               None, "rep_team", "open_conflicts"),
    MenuAction("shortcuts", "help", QT_TRANSLATE_NOOP("MainWindow", "&Keyboard shortcuts"),
               "Ctrl+/", "undo", "shortcuts"),
    MenuAction("about", "help", QT_TRANSLATE_NOOP("MainWindow", "&About salescoach"), None,
               "help", "about"),
)  # fmt: skip


def build_menus(
    bar: QMenuBar,
    parent: QWidget,
    data_dir: Path,
    run: Callable[[MenuAction], None],
    language_chosen: Callable[[], None],
) -> dict[str, QAction]:
    """The menu bar's menus and actions from the table; `run(entry)` when one triggers,
    `language_chosen()` once a language is saved. Returns the actions by id (owned by the
    bar: a new bar, in a new language, replaces them all)."""
    menus = {key: bar.addMenu(translate("MainWindow", title)) for key, title in MENUS.items()}
    actions: dict[str, QAction] = {}
    for entry in ACTIONS:
        menu = menus[entry.menu]
        if entry.separator_before:
            menu.addSeparator()
        title = area_title(_area(entry.target)) if entry.menu == "go" else entry.title
        action = QAction(translate("MainWindow", title), bar)
        if entry.shortcut is not None:
            # As a property: `setShortcut`'s overloads, tried in turn, would make the `Qt`
            # namespace's ninety enums (~50 ms) before the window is shown.
            action.setProperty("shortcut", QKeySequence(entry.shortcut))
        action.triggered.connect(lambda _checked=False, entry=entry: run(entry))
        menu.addAction(action)
        actions[entry.id] = action
    _settings(menus["settings"], bar, data_dir, actions, language_chosen)
    return actions


def _area(key: str) -> AreaSpec:
    return next(a for a in AREAS if a.key == key)


def _settings(
    menu: QMenu,
    parent: QWidget,
    data_dir: Path,
    actions: dict[str, QAction],
    language_chosen: Callable[[], None],
) -> None:
    """The language (applied at once) and the bell."""
    language = menu.addMenu(translate("MainWindow", "&Language"))
    group = QActionGroup(parent)
    saved = saved_language(data_dir)
    for code, label in (
        (None, translate("MainWindow", "Follow the system")),
        ("fr", "Français"),
        ("en", "English"),
    ):
        action = QAction(label, parent, checkable=True)
        action.setData(code)
        action.setChecked(code == saved if saved else code is None)
        action.triggered.connect(
            lambda _checked=False, code=code: _set_language(data_dir, code, language_chosen)
        )
        group.addAction(action)
        language.addAction(action)

    bell = QAction(translate("MainWindow", "Ring a &bell when a deal is won"), parent)
    bell.setCheckable(True)
    bell.setChecked(not sound_muted(data_dir))
    bell.toggled.connect(lambda on: set_sound_muted(data_dir, not on))
    menu.addAction(bell)
    actions["bell"] = bell


def _set_language(data_dir: Path, code: str | None, language_chosen: Callable[[], None]) -> None:
    save_language(data_dir, code)
    language_chosen()
