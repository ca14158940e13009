"""Packaging, checked without building: what the bundle carries, the icons, the Linux files.

The build itself and the smoke test of the built bundle run in CI (packaging/build.sh,
packaging/smoke_test.py); these tests keep the inputs honest in a few milliseconds.
"""

from __future__ import annotations

import configparser
import shutil
import struct
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

import salescoach
from salescoach.resources import DESKTOP_ID, icon_path, resources_dir

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
LINUX = PACKAGING / "linux"
sys.path.insert(0, str(PACKAGING))
import bundle_contents as bc  # noqa: E402
import make_icons  # noqa: E402

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def _bundled() -> set[Path]:
    """Where each data file lands, relative to the bundle's _internal folder."""
    return {Path(dest) / Path(src).name for src, dest in bc.datas()}


def test_the_spec_compiles_and_reads_the_apps_version() -> None:
    spec = PACKAGING / "salescoach.spec"
    compile(spec.read_text(encoding="utf-8"), str(spec), "exec")
    assert bc.version() == salescoach.__version__
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert pyproject["tool"]["setuptools"]["dynamic"]["version"]["attr"] == (
        "salescoach.__version__"
    )
    assert any(
        r.startswith("pyinstaller")
        for r in pyproject["project"]["optional-dependencies"]["package"]
    )


def test_every_catalogue_guide_icon_and_migration_is_bundled_where_the_app_looks() -> None:
    bundled = _bundled()
    catalogues = sorted((ROOT / "resources" / "i18n").glob("*.qm"))
    assert {p.name for p in catalogues} >= {f"salescoach_{lang}.qm" for lang in bc.LANGUAGES}
    migrations = [
        p
        for folder in (bc.MIGRATIONS, bc.TEAM_MIGRATIONS)
        for p in folder.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    ]
    team = [p.name for p in migrations if p.is_relative_to(bc.TEAM_MIGRATIONS)]
    assert {"env.py", "t0001_team.py", "t0002_monthly.py"} <= set(team)
    assert {"env.py", "script.py.mako"} <= {p.name for p in migrations}
    assert len([p for p in migrations if p.parent.name == "versions"]) >= 2
    guides = sorted((ROOT / "resources" / "guide").glob("guide-*.html"))  # Help › Guide
    assert {p.name for p in guides} == {f"guide-{lang}.html" for lang in bc.LANGUAGES}
    for path in [*catalogues, *guides, *migrations, *(ROOT / "resources" / "icons").iterdir()]:
        assert path.relative_to(ROOT) in bundled, path
    # resources_dir() in a bundle is _MEIPASS/resources: the same relative layout.
    assert icon_path().relative_to(resources_dir().parent) in bundled


def test_repository_only_files_stay_out() -> None:
    bundled = _bundled()
    assert not any("screenshots" in p.parts for p in bundled)
    assert not any(p.suffix == ".ts" for p in bundled)
    assert not any("__pycache__" in p.parts for p in bundled)
    assert {"tkinter", "PySide6.QtWebEngineCore", "PySide6.Qt3DCore", "PySide6.QtQuick"} <= set(
        bc.EXCLUDES
    )
    assert "PySide6.QtMultimedia" not in bc.EXCLUDES  # the win bell may use it


def test_migration_imports_are_hidden_imports_that_exist() -> None:
    hidden = bc.hidden_imports()
    assert {"alembic", "salescoach.store.models"} <= set(bc.migration_imports())
    assert set(bc.migration_imports()) <= set(hidden)
    # Team mode: the PostgreSQL dialect and driver, found by name at run time.
    assert {"sqlalchemy.dialects.postgresql.psycopg", "alembic.ddl.postgresql"} <= set(hidden)
    for name in hidden:
        __import__(name)


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
        ("PySide6/Qt/plugins/platforms/libqwayland.so", True),
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
        ("PySide6/Qt/plugins/platforms/libqvnc.so", False),
        ("PySide6\\plugins\\platforms\\qwindows.dll", True),
        ("PySide6/Qt/plugins/platforms/libqcocoa.dylib", True),
        ("PySide6/Qt/plugins/imageformats/libqsvg.so", True),
        ("PySide6/Qt/plugins/imageformats/libqico.so", True),
        ("PySide6/Qt/plugins/imageformats/libqpdf.so", False),
        ("PySide6/Qt/plugins/imageformats/libqwebp.so", False),
        ("PySide6/Qt/plugins/iconengines/libqsvgicon.so", True),
        ("PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so", False),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
        ("PySide6/Qt/plugins/egldeviceintegrations/libqeglfs-kms-integration.so", False),
        ("PySide6/Qt/plugins/multimedia/libffmpegmediaplugin.so", False),  # the bell needs none
        ("PySide6/Qt/translations/qtbase_fr.qm", True),
        ("PySide6/Qt/translations/qtbase_en.qm", True),
        ("PySide6/Qt/translations/qtbase_de.qm", False),
        ("PySide6/Qt/translations/qt_help_fr.qm", False),
        ("PySide6/Qt/lib/libQt6Core.so.6", True),
        ("resources/i18n/salescoach_fr.qm", True),
        ("resources/guide/guide-fr.html", True),
        ("pyphen/dictionaries/hyph_fr.dic", True),
        ("pyphen/dictionaries/hyph_en_GB.dic", True),
        ("pyphen/dictionaries/README_hyph_en_US.txt", True),
        ("pyphen/dictionaries/hyph_de_DE.dic", False),
        ("pyphen/dictionaries/README_hyph_pt_BR.txt", False),
        ("babel/locale-data/fr.dat", True),
        ("babel/locale-data/de.dat", False),
    ],
)
def test_qt_plugins_and_catalogues_filter(dest: str, kept: bool) -> None:
    assert bc.keep(dest) is kept


def test_libraries_only_left_out_plugins_need_are_pruned(tmp_path: Path) -> None:
    files = {name: tmp_path / name for name in ("ext", "plugin", "core", "pdf", "icu", "gone")}
    for path in files.values():
        path.touch()
    links = {"ext": ["core"], "plugin": ["core"], "core": ["icu"], "pdf": ["core"]}
    binaries = [
        ("PySide6/QtCore.abi3.so", str(files["ext"]), "EXTENSION"),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", str(files["plugin"]), "BINARY"),
        ("PySide6/Qt/lib/libQt6Core.so.6", str(files["core"]), "BINARY"),
        ("PySide6/Qt/lib/libQt6Pdf.so.6", str(files["pdf"]), "BINARY"),
        ("PySide6/Qt/lib/libicuuc.so.73", str(files["icu"]), "BINARY"),
        ("libQt6Pdf.so.6", "PySide6/Qt/lib/libQt6Pdf.so.6", "SYMLINK"),
    ]

    def linked(source: str) -> list[str]:
        return [str(files[n]) for n in links.get(Path(source).name, [])]

    dead = bc.unreachable(binaries, linked)
    assert dead == {"PySide6/Qt/lib/libQt6Pdf.so.6"}
    assert [d for d, _, _ in bc.without(binaries, dead)] == [
        "PySide6/QtCore.abi3.so",
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/lib/libQt6Core.so.6",
        "PySide6/Qt/lib/libicuuc.so.73",
    ]


def test_icons_exist_in_every_size_and_match_the_svg() -> None:
    icons = ROOT / "resources" / "icons"
    assert icon_path() == icons / "salescoach.svg"
    pngs = {size: (icons / f"salescoach-{size}.png").read_bytes() for size in make_icons.PNG_SIZES}
    for size, data in pngs.items():
        image = QImage.fromData(data, "PNG")
        assert (image.width(), image.height()) == (size, size)
    # Regenerated after the last SVG edit? Compare a fresh rendering, allowing for
    # antialiasing differences between Qt versions.
    renderer = make_icons.QSvgRenderer(str(icons / "salescoach.svg"))
    for size in (16, 64):
        fresh = QImage.fromData(make_icons.render(renderer, size), "PNG")
        committed = QImage.fromData(pngs[size], "PNG")
        diff = sum(
            abs(fresh.pixelColor(x, y).alpha() - committed.pixelColor(x, y).alpha())
            + abs(fresh.pixelColor(x, y).green() - committed.pixelColor(x, y).green())
            for x in range(size)
            for y in range(size)
        ) / (2 * size * size)
        assert diff < 4, f"resources/icons out of date: run packaging/make_icons.py ({diff})"
    # The ICO and ICNS wrap these very PNGs.
    assert (icons / "salescoach.ico").read_bytes() == make_icons.ico(
        {s: pngs[s] for s in make_icons.ICO_SIZES}
    )
    icns = (icons / "salescoach.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)
    chunks, at = {}, 8
    while at < len(icns):
        kind, length = icns[at : at + 4], struct.unpack(">I", icns[at + 4 : at + 8])[0]
        chunks[kind] = icns[at + 8 : at + length]
        at += length
    assert set(chunks) == {kind for kind, _ in make_icons.ICNS_TYPES}
    assert chunks[b"ic07"] == pngs[128] and chunks[b"ic09"] == pngs[512]


def test_the_window_carries_the_icon_and_its_desktop_id(
    qtbot, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from salescoach.ui.shell.app import STARTUP_PROBE, run_gui

    monkeypatch.setenv(STARTUP_PROBE, "ready")
    assert run_gui(data_dir) == 0
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    assert not app.windowIcon().pixmap(16, 16).isNull()
    assert not app.windowIcon().pixmap(256, 256).isNull()
    assert app.desktopFileName() == DESKTOP_ID


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(LINUX / f"{bc.APP_ID}.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_entry_names_the_app_in_both_languages() -> None:
    assert bc.APP_ID == DESKTOP_ID
    entry = _desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Exec"].split()[0] == bc.APP_NAME
    assert entry["Icon"] == bc.APP_ID
    assert entry["Terminal"] == "false"
    assert "Office" in entry["Categories"].split(";")
    for key in ("Name", "GenericName", "Comment", "Keywords"):
        assert entry[key]
    for key in ("GenericName[fr]", "Comment[fr]", "Keywords[fr]"):
        assert entry[key] and entry[key] != entry[key.removesuffix("[fr]")]


def test_metainfo_matches_the_desktop_entry_and_the_version() -> None:
    root = ET.parse(LINUX / f"{bc.APP_ID}.metainfo.xml").getroot()
    assert root.tag == "component" and root.get("type") == "desktop-application"
    assert root.findtext("id") == bc.APP_ID
    assert root.findtext("launchable") == f"{bc.APP_ID}.desktop"
    assert root.findtext("metadata_license") and root.findtext("project_license") == "MIT"
    summaries = {s.get(XML_LANG, "en"): s.text for s in root.findall("summary")}
    assert set(summaries) == {"en", "fr"}
    releases = root.findall("releases/release")
    assert releases[0].get("version") == salescoach.__version__, "add a <release> for it"
    assert root.findtext("provides/binary") == bc.APP_NAME


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils")
def test_desktop_file_validate_accepts_the_entry() -> None:
    proc = subprocess.run(
        ["desktop-file-validate", str(LINUX / f"{bc.APP_ID}.desktop")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0 and not proc.stdout.strip(), proc.stdout + proc.stderr


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="Debian package appstream")
def test_appstreamcli_accepts_the_metainfo() -> None:
    proc = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(LINUX / f"{bc.APP_ID}.metainfo.xml")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
