"""What goes into the PyInstaller bundle, kept apart from the spec so tests can check it.

Plain Python (no PyInstaller, no Qt, no import of the app): `salescoach.spec` imports it at
build time, `tests/test_packaging.py` imports it without building anything.
"""

from __future__ import annotations

import ast
import os
import re
import sys
from collections.abc import Callable, Iterable
from pathlib import Path, PurePosixPath

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
RESOURCES = ROOT / "resources"
MIGRATIONS = ROOT / "salescoach" / "store" / "migrations"
# Team mode's own Alembic folder (`team init` upgrades the team schema on PostgreSQL).
TEAM_MIGRATIONS = ROOT / "salescoach" / "store" / "team" / "migrations"
LAUNCHER = PACKAGING / "launcher.py"
ICONS = RESOURCES / "icons"

APP_NAME = "salescoach"
APP_ID = "io.github.salescoach.SalesCoach"  # = salescoach.resources.DESKTOP_ID
LANGUAGES = ("fr", "en")

# resources/ ships whole (catalogues, the Help › Guide pages, sounds, icons), minus what
# only the repository needs: screenshots (README and AppStream) and the translators' .ts
# sources (the app loads the compiled .qm).
RESOURCE_SKIP_DIRS = frozenset({"screenshots"})
RESOURCE_SKIP_SUFFIXES = frozenset({".ts"})

# Python modules the app never uses at run time. The Qt ones are also what PyInstaller would
# otherwise pull in through pyqtgraph's optional imports or PySide6's module hooks.
UNUSED_QT_MODULES = (
    "Qt3DAnimation",
    "Qt3DCore",
    "Qt3DExtras",
    "Qt3DInput",
    "Qt3DLogic",
    "Qt3DRender",
    "QtAxContainer",
    "QtBluetooth",
    "QtCanvasPainter",
    "QtCharts",
    "QtConcurrent",
    "QtDataVisualization",
    "QtDesigner",
    "QtGraphs",
    "QtGraphsWidgets",
    "QtHelp",
    "QtHttpServer",
    "QtLocation",
    "QtNetworkAuth",
    "QtNfc",
    "QtOpenGL",
    "QtOpenGLWidgets",
    "QtPdf",
    "QtPdfWidgets",
    "QtPositioning",
    "QtQml",
    "QtQuick",
    "QtQuick3D",
    "QtQuickControls2",
    "QtQuickTest",
    "QtQuickWidgets",
    "QtRemoteObjects",
    "QtScxml",
    "QtSensors",
    "QtSerialBus",
    "QtSerialPort",
    "QtSpatialAudio",
    "QtSql",
    "QtStateMachine",
    "QtTest",
    "QtTextToSpeech",
    "QtUiTools",
    "QtWebChannel",
    "QtWebEngineCore",
    "QtWebEngineQuick",
    "QtWebEngineWidgets",
    "QtWebSockets",
    "QtWebView",
    "QtXml",
)
EXCLUDES = (
    *(f"PySide6.{name}" for name in UNUSED_QT_MODULES),
    "tkinter",
    "_tkinter",
    "turtle",
    "idlelib",
    "lib2to3",
    "pydoc_data",
    "test",
    "tests",
    "pytest",
    "_pytest",
    "pytestqt",
    "numpy.tests",
    "numpy.f2py",
    "pyqtgraph.examples",
    "pyqtgraph.opengl",
    "pyqtgraph.jupyter",
    "setuptools",
    "pip",
    "PyInstaller",
    "mypy",
    "importlinter",
    "grimp",
    "IPython",
    "matplotlib",
    "PyQt5",
    "PyQt6",
    "PySide2",
    # Babel's time zones fall back to zoneinfo without it; the app asks Babel only for
    # its ISO 4217 list (3 MB).
    "pytz",
)

# Qt plugins: only the ones a desktop laptop needs. Keys are plugin folders; a folder not
# listed here is left out whole. Names are the plugin files without "lib", "q" and suffix.
QT_PLUGINS: dict[str, frozenset[str] | None] = {
    # xcb and wayland for Linux desktops (Qt tries wayland, then xcb), offscreen for the
    # smoke test and CI, windows/cocoa on the other systems.
    "platforms": frozenset({"xcb", "wayland", "offscreen", "minimal", "windows", "cocoa"}),
    # PNG is built into QtGui; SVG for the icon, ICO/ICNS for the platform icon files.
    "imageformats": frozenset({"svg", "ico", "icns"}),
    "iconengines": None,  # None: every plugin of the folder (the SVG icon engine)
    "platforminputcontexts": frozenset(
        {"composeplatforminputcontextplugin", "ibusplatforminputcontextplugin"}
    ),
    # Not gtk3: it would load the laptop's GTK against the GLib copied from the build
    # machine; without it Qt uses its built-in GNOME/KDE themes and the XDG portal.
    "platformthemes": frozenset({"xdgdesktopportal"}),
    "styles": None,  # the Windows and macOS native styles
    "xcbglintegrations": None,
    "wayland-decoration-client": None,
    "wayland-graphics-integration-client": None,
    "wayland-shell-integration": None,
    # Not "multimedia": its only plugin is the FFmpeg media backend (with FFmpeg, QtQuick and
    # QML, some 38 MB). The win bell does not need it: QSoundEffect plays a WAV file with
    # QtMultimedia alone ("No QtMultimedia backends found. Only QMediaDevices, QAudioDevice,
    # QSoundEffect, QAudioSink, and QAudioSource are available."), checked on PulseAudio.
}

# Qt's own catalogues: standard buttons and dialogs (qtbase), multimedia errors.
QT_TRANSLATIONS = frozenset(
    f"{base}_{lang}.qm" for base in ("qtbase", "qtmultimedia") for lang in LANGUAGES
)

_QT_PLUGIN_DIR = re.compile(r"(?:^|/)Qt\d?/plugins/([^/]+)/([^/]+)$")
_QT_TRANSLATION = re.compile(r"(?:^|/)Qt\d?/translations/([^/]+)$")


def version() -> str:
    """`salescoach.__version__`, read from the source (the build must not import the app)."""
    tree = ast.parse((ROOT / "salescoach" / "__init__.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if (
            isinstance(node, ast.Assign)
            and any(isinstance(t, ast.Name) and t.id == "__version__" for t in node.targets)
            and isinstance(node.value, ast.Constant)
            and isinstance(node.value.value, str)
        ):
            return node.value.value
    raise LookupError("no __version__ = '...' in salescoach/__init__.py")


def _files(top: Path) -> Iterable[Path]:
    for path in sorted(top.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            yield path


def resource_files() -> list[Path]:
    """Every file of resources/ the app may open at run time."""
    return [
        p
        for p in _files(RESOURCES)
        if not RESOURCE_SKIP_DIRS.intersection(p.relative_to(RESOURCES).parts)
        and p.suffix not in RESOURCE_SKIP_SUFFIXES
    ]


def migration_files() -> list[Path]:
    """The Alembic folders (the laptop's, the team's): Alembic reads env.py,
    script.py.mako and versions/ from disk."""
    return [*_files(MIGRATIONS), *_files(TEAM_MIGRATIONS)]


def datas() -> list[tuple[str, str]]:
    """(source file, destination folder in the bundle) pairs, as PyInstaller wants them."""
    return [(str(p), str(p.parent.relative_to(ROOT))) for p in resource_files()] + [
        (str(p), str(p.parent.relative_to(ROOT))) for p in migration_files()
    ]


def migration_imports() -> list[str]:
    """Modules the migration scripts import: Alembic loads them from files, so PyInstaller's
    import analysis never sees them."""
    found: set[str] = set()
    for path in migration_files():
        if path.suffix != ".py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                found.add(node.module)
    return sorted(found)


def hidden_imports() -> list[str]:
    """Modules to bundle although the launcher does not import them at start-up."""
    return sorted(
        {
            *migration_imports(),
            "salescoach.store.migrations",
            "salescoach.store.team.migrations",
            # Alembic's and SQLAlchemy's SQLite and PostgreSQL support is found by name at
            # run time; psycopg loads its compiled part (with libpq) the same way.
            "alembic.ddl.sqlite",
            "sqlalchemy.dialects.sqlite",
            "alembic.ddl.postgresql",
            "sqlalchemy.dialects.postgresql",
            "sqlalchemy.dialects.postgresql.psycopg",
            "psycopg",
            "psycopg_binary",
        }
    )


def _plugin_name(filename: str) -> str:
    stem = filename.split(".", 1)[0]
    stem = stem.removeprefix("lib")
    return stem.removeprefix("q")


# The app asks Babel for the ISO 4217 list only (`domain.currencies`), which is in its
# global.dat: its 1,100 locale files (~30 MB) would put the bundle over its size goal.
BABEL_LOCALES = frozenset({"root", "en", "fr"})
_BABEL_LOCALE = re.compile(r"(?:^|/)babel/locale-data/([^/]+)\.dat$")


# The writing coach counts syllables in English and French only (`domain.writing`): the
# other 80 hyphenation dictionaries (~6.5 MB) stay out.
PYPHEN_LANGUAGES = frozenset({"en", "fr"})
_PYPHEN_FILE = re.compile(r"(?:^|/)pyphen/dictionaries/(?:README_)?hyph_([^/.]+)\.(?:dic|txt)$")


def keep(dest: str) -> bool:
    """Whether a file PyInstaller collected (by its path inside the bundle) should ship."""
    path = PurePosixPath(dest.replace("\\", "/")).as_posix()
    plugin = _QT_PLUGIN_DIR.search(path)
    if plugin:
        folder, filename = plugin.groups()
        if folder not in QT_PLUGINS:
            return False
        allowed = QT_PLUGINS[folder]
        return allowed is None or _plugin_name(filename) in allowed
    translation = _QT_TRANSLATION.search(path)
    if translation:
        return translation.group(1) in QT_TRANSLATIONS
    locale_data = _BABEL_LOCALE.search(path)
    if locale_data:
        return locale_data.group(1) in BABEL_LOCALES
    dictionary = _PYPHEN_FILE.search(path)
    if dictionary:
        return dictionary.group(1).split("_")[0] in PYPHEN_LANGUAGES
    return True


def is_qt_plugin(dest: str) -> bool:
    return _QT_PLUGIN_DIR.search(dest.replace("\\", "/")) is not None


def unreachable(
    binaries: Iterable[tuple[str, str, str]],
    linked: Callable[[str], Iterable[str]],
) -> set[str]:
    """Destinations of the shared libraries that nothing kept links to.

    `binaries` are PyInstaller's (destination, source, typecode) entries after `keep`;
    `linked(source)` gives the sources of the libraries a file links against. The roots are
    the Python extension modules, libpython and the Qt plugins: once a plugin is left out
    (the PDF image format, the virtual keyboard, GTK), the libraries only it needed
    (QtPdf, QtQuick, QtQml, GTK's stack) are dead weight.
    """
    entries = [e for e in binaries if e[2] != "SYMLINK"]
    by_source = {os.path.realpath(src): dest for dest, src, _ in entries}
    roots = [
        src
        for dest, src, typecode in entries
        if typecode == "EXTENSION" or is_qt_plugin(dest) or dest.startswith("libpython")
    ]
    seen: set[str] = set()
    todo = [os.path.realpath(src) for src in roots]
    while todo:
        src = todo.pop()
        if src in seen:
            continue
        seen.add(src)
        todo.extend(os.path.realpath(dep) for dep in linked(src) if dep)
    return {dest for src, dest in by_source.items() if src not in seen}


def without(entries: Iterable[tuple[str, str, str]], dead: set[str]) -> list[tuple[str, str, str]]:
    """`entries` less the `dead` files and the symlinks PyInstaller made to them."""
    return [
        (dest, src, typecode)
        for dest, src, typecode in entries
        if dest not in dead and not (typecode == "SYMLINK" and src in dead)
    ]


def icon_file() -> Path | None:
    """The icon the executable carries: .ico on Windows, .icns on macOS, none on Linux."""
    if sys.platform == "win32":
        return ICONS / "salescoach.ico"
    if sys.platform == "darwin":
        return ICONS / "salescoach.icns"
    return None
