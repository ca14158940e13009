"""Smoke test of the built bundle on Linux: it starts, in both languages, on its own files.

    .venv/bin/python packaging/smoke_test.py [--strict] [BUNDLE_DIR]

BUNDLE_DIR defaults to dist/salescoach (what `bash packaging/build.sh` makes). Every run of
the bundle gets a temporary HOME and data folder and an environment with no trace of
Python (no PYTHON* variables, no virtual environment on PATH), as on a rep's laptop.

Checked: the bundle's size; its contents (catalogues, migrations, icons, Qt plugins, the
xcb libraries a build machine may silently lack); `demo`, `stats --json` and French
`stats`; an old database upgraded by the bundled Alembic scripts; the window opened and
closed under the offscreen platform in French and English, with no warning about plugins or
translations on stderr. With strace, the French window must open the French catalogues
and plugins from the bundle and no file of the build's Python; with xvfb-run, the window
also opens on the real X11 (xcb) platform. Without those tools the two checks are skipped,
unless --strict (CI) makes that a failure.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "packaging"))
import bundle_contents as bc  # noqa: E402

MAX_BYTES = 250 * 1000 * 1000  # the goal: under 250 MB
TIMEOUT = 120
# What Qt prints when the bundle lacks a plugin, a library or a catalogue; a traceback is a
# missing Python module or data file.
BAD_STDERR = re.compile(
    r"Could not (find|load) the Qt platform plugin|Cannot load library|qt\.qpa\.plugin"
    r"|QTranslator|QLibraryInfo|qt\.svg|QIcon|Traceback|ModuleNotFoundError|ImportError"
    r"|No such file",
)
# Qt libraries the bundle must never carry (left out on purpose: see bundle_contents.py).
FORBIDDEN = re.compile(r"libQt6(WebEngine|3D|Pdf|Charts|DataVisualization|Bluetooth|Designer)")


class CheckError(Exception):
    """One check failed; the message says what was expected."""


class MissingToolError(Exception):
    """A check needs a tool this machine lacks."""


def clean_env(home: Path, **extra: str) -> dict[str, str]:
    """A rep's session: a home, a runtime folder, a UTF-8 locale, and no Python around."""
    runtime = home / "runtime"
    runtime.mkdir(mode=0o700, parents=True, exist_ok=True)
    env = {
        "PATH": "/usr/local/bin:/usr/bin:/bin",
        "HOME": str(home),
        "XDG_RUNTIME_DIR": str(runtime),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "LANG": "C.UTF-8",
    }
    env.update(extra)
    return env


def run(argv: Sequence[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        list(argv), env=env, capture_output=True, text=True, timeout=TIMEOUT, check=False
    )


def expect_ok(proc: subprocess.CompletedProcess[str], what: str) -> None:
    """Exit status 0 and nothing alarming on stderr."""
    if proc.returncode != 0:
        raise CheckError(f"{what}: exit status {proc.returncode}\n{proc.stdout}{proc.stderr}")
    bad = [line for line in proc.stderr.splitlines() if BAD_STDERR.search(line)]
    if bad:
        raise CheckError(f"{what}: warnings on stderr:\n  " + "\n  ".join(bad))
    for line in proc.stderr.splitlines():
        print(f"    (stderr, harmless: {line})")


class Smoke:
    """The checks, sharing one bundle and one temporary folder."""

    def __init__(self, bundle: Path, tmp: Path, strict: bool) -> None:
        self.bundle = bundle
        self.exe = bundle / bc.APP_NAME
        self.internal = bundle / "_internal"
        self.tmp = tmp
        self.strict = strict
        self.home = tmp / "home"
        self.demo_dir = tmp / "demo-data"

    def env(self, **extra: str) -> dict[str, str]:
        return clean_env(self.home, **extra)

    # -- the folder itself ------------------------------------------------------------------

    def size(self) -> str:
        total = sum(p.lstat().st_size for p in self.bundle.rglob("*") if not p.is_dir())
        text = (
            f"{total / 1e6:.0f} MB ({total / 2**20:.0f} MiB), goal under {MAX_BYTES / 1e6:.0f} MB"
        )
        if total >= MAX_BYTES:
            raise CheckError(f"bundle weighs {text}")
        return text

    def contents(self) -> str:
        missing = []
        for src, dest in bc.datas():
            if not (self.internal / dest / Path(src).name).is_file():
                missing.append(f"{dest}/{Path(src).name}")
        qt = self.internal / "PySide6" / "Qt"
        for needed in (
            "plugins/platforms/libqxcb.so",
            "plugins/platforms/libqoffscreen.so",
            "plugins/imageformats/libqsvg.so",
            "plugins/imageformats/libqico.so",
            "plugins/iconengines/libqsvgicon.so",
            *(f"translations/qtbase_{lang}.qm" for lang in bc.LANGUAGES),
        ):
            if not (qt / needed).is_file():
                missing.append(f"PySide6/Qt/{needed}")
        # Linked by the xcb plugin but absent from many build machines, and then silently
        # left out: the app would not start on a laptop that lacks them too.
        for lib in ("libxcb-icccm.so.4", "libxcb-keysyms.so.1"):
            if not (self.internal / lib).exists():
                missing.append(lib)
        if missing:
            raise CheckError("missing from the bundle:\n  " + "\n  ".join(missing))
        unwanted = [
            str(p.relative_to(self.bundle))
            for p in self.bundle.rglob("*")
            if FORBIDDEN.search(p.name)
            or p.name in ("screenshots", "tkinter", "_tkinter")
            or p.suffix == ".ts"
        ]
        if unwanted:
            raise CheckError("should not be in the bundle:\n  " + "\n  ".join(unwanted))
        return f"{len(bc.datas())} data files, Qt plugins and catalogues, xcb libraries"

    def links(self) -> str:
        """Every bundled library finds the Qt, PySide6 and ICU libraries it links against."""
        if shutil.which("ldd") is None:
            raise MissingToolError("no ldd")
        env = dict(os.environ, LD_LIBRARY_PATH=str(self.internal))
        broken = []
        files = [p for p in self.internal.rglob("*.so*") if p.is_file() and not p.is_symlink()]
        for path in files:
            out = run(["ldd", str(path)], env).stdout
            for line in out.splitlines():
                name = line.strip().split(" ", 1)[0]
                if "not found" in line and re.match(r"lib(Qt6|pyside6|shiboken6|icu|xcb-)", name):
                    broken.append(f"{path.relative_to(self.internal)} needs {name}")
        if broken:
            raise CheckError("unresolved libraries:\n  " + "\n  ".join(broken))
        return f"{len(files)} libraries resolve their Qt, ICU and xcb dependencies"

    # -- the command line -------------------------------------------------------------------

    def demo(self) -> str:
        proc = run(
            [str(self.exe), "demo", "--deals", "200", "--data-dir", str(self.demo_dir)], self.env()
        )
        expect_ok(proc, "demo")
        if "200" not in proc.stdout:
            raise CheckError(f"demo: unexpected output {proc.stdout!r}")
        return proc.stdout.strip()

    def stats_json(self) -> str:
        proc = run([str(self.exe), "stats", "--json", "--data-dir", str(self.demo_dir)], self.env())
        expect_ok(proc, "stats --json")
        try:
            figures = json.loads(proc.stdout)
        except json.JSONDecodeError as exc:
            raise CheckError(f"stats --json is not JSON ({exc}): {proc.stdout[:200]!r}") from None
        if sum(figures["deals"].values()) != 200:
            raise CheckError(f"stats --json: expected 200 deals, got {figures['deals']}")
        return f"valid JSON, deals {figures['deals']}"

    def stats_french(self) -> str:
        word = french_for("CommandLine", "Deals")
        cmd = [str(self.exe), "stats", "--lang", "fr", "--data-dir", str(self.demo_dir)]
        proc = run(cmd, self.env())
        expect_ok(proc, "stats --lang fr")
        if not proc.stdout.startswith(word):
            raise CheckError(f"stats --lang fr: expected {word!r} first, got {proc.stdout[:80]!r}")
        return f"French table ({word!r}) from the bundled catalogue"

    def default_folder(self) -> str:
        """Without --data-dir the data lands in the platform's folder (platformdirs)."""
        proc = run([str(self.exe), "demo", "--deals", "5"], self.env())
        expect_ok(proc, "demo without --data-dir")
        proc = run([str(self.exe), "stats", "--json"], self.env())
        expect_ok(proc, "stats without --data-dir")
        db = self.home / ".local" / "share" / bc.APP_NAME / "salescoach.sqlite"
        if not db.is_file():
            raise CheckError(f"no database in {db.parent}: {sorted(self.home.rglob('*.sqlite'))}")
        return f"database created in {db.relative_to(self.home.parent)}"

    def migration(self) -> str:
        """A database at the first schema revision is backed up and upgraded by the bundle."""
        old = self.tmp / "old-data"
        old.mkdir()
        db = old / "salescoach.sqlite"
        first = revisions()[0]
        make_old = (
            "import sys; from pathlib import Path\n"
            "from salescoach.store.database import make_engine, run_migrations\n"
            "engine = make_engine(Path(sys.argv[1])); run_migrations(engine, sys.argv[2])\n"
            "engine.dispose()\n"
        )
        made = subprocess.run(
            [sys.executable, "-c", make_old, str(db), first],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=False,
        )
        if made.returncode != 0:
            raise MissingToolError(
                f"cannot make an old database from source here: {made.stderr[-300:]}"
            )
        # stats only reads: it asks for the upgrade, which `upgrade` (or the window) does.
        proc = run([str(self.exe), "upgrade", "--data-dir", str(old)], self.env())
        expect_ok(proc, "upgrade of an old database")
        proc = run([str(self.exe), "stats", "--json", "--data-dir", str(old)], self.env())
        expect_ok(proc, "stats on the upgraded database")
        with sqlite3.connect(db) as conn:
            (now,) = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        backups = list(old.glob(f"salescoach-backup-*-schema{first}.sqlite"))
        if now != revisions()[-1] or not backups:
            raise CheckError(f"old database: schema {now}, backups {backups}")
        return f"schema {first} backed up and upgraded to {now} by the bundled migrations"

    def team(self) -> str:
        """Team mode's set-up through the bundle on a throw-away PostgreSQL cluster: the
        team migrations, the PostgreSQL dialect and psycopg's libpq are all in it."""
        sys.path.insert(0, str(ROOT))
        from tests.team.pg_server import start_cluster

        cluster = start_cluster()
        if cluster is None:
            raise MissingToolError("no PostgreSQL server programs (initdb, pg_ctl) here")
        laptop = self.tmp / "team-laptop"  # a copy: the window checks open the demo as it was
        shutil.copytree(self.demo_dir, laptop)
        try:
            env = self.env(PGPASSFILE=str(self.tmp / "pgpass"))
            admin = ["--data-dir", str(self.tmp / "team-admin")]
            proc = run([str(self.exe), "team", "init", cluster.url(), *admin], env)
            expect_ok(proc, "team init")
            add = subprocess.run(
                [str(self.exe), "team", "add-rep", "smoke", *admin],
                input="smoke-secret-1\n", env=env, capture_output=True, text=True, timeout=120,
            )  # fmt: skip
            expect_ok(add, "team add-rep")
            url = cluster.url("smoke", "smoke-secret-1")
            proc = run([str(self.exe), "team", "join", url, "--data-dir", str(laptop)], env)
            expect_ok(proc, "team join")
            proc = run([str(self.exe), "team", "sync", "--data-dir", str(laptop)], env)
            expect_ok(proc, "team sync")
            if "Synced:" not in proc.stdout:
                raise CheckError(f"team sync said: {proc.stdout!r}")
        finally:
            cluster.stop()
            shutil.rmtree(cluster.folder, ignore_errors=True)
        return f"team init, add-rep, join and sync of the demo: {proc.stdout.strip()}"

    # -- the window -------------------------------------------------------------------------

    def window(self, lang: str, data_dir: Path, platform: str = "offscreen") -> str:
        env = self.env(QT_QPA_PLATFORM=platform, SALESCOACH_STARTUP_PROBE="ready")
        cmd = [str(self.exe), "--lang", lang, "--data-dir", str(data_dir)]
        if platform == "xcb":
            if shutil.which("xvfb-run") is None:
                raise MissingToolError("no xvfb-run (Debian: xvfb xauth)")
            cmd = ["xvfb-run", "-a", "-s", "-screen 0 1280x800x24", *cmd]
        proc = run(cmd, env)
        expect_ok(proc, f"window ({lang}, {platform})")
        # "deals": the first screen of deals painted, before the data is open (not on an
        # empty folder).
        if [w for w in proc.stdout.split() if w != "deals"] != ["shown", "ready"]:
            raise CheckError(f"window ({lang}, {platform}): stdout {proc.stdout!r}")
        return f"shown, ready, closed, exit 0 ({platform})"

    def window_files(self) -> str:
        """Under strace: the French window reads its catalogues and plugins from the bundle,
        and no file of the Python that built it."""
        if shutil.which("strace") is None:
            raise MissingToolError("no strace")
        trace = self.tmp / "trace"
        env = self.env(QT_QPA_PLATFORM="offscreen", SALESCOACH_STARTUP_PROBE="ready")
        cmd = ["strace", "-f", "-qq", "-e", "trace=open,openat", "-o", str(trace)]
        cmd += [str(self.exe), "--lang", "fr", "--data-dir", str(self.demo_dir)]
        proc = run(cmd, env)
        if proc.returncode != 0 and "ptrace" in proc.stderr:
            raise MissingToolError(f"strace cannot trace here: {proc.stderr.strip()}")
        expect_ok(proc, "window under strace")
        opened = {
            m.group(1)
            for line in trace.read_text(errors="replace").splitlines()
            if "ENOENT" not in line and (m := re.search(r'open(?:at)?\(.*?"([^"]+)"', line))
        }
        inside = {p for p in opened if p.startswith(str(self.bundle) + "/")}
        wanted = (
            "resources/i18n/salescoach_fr.qm",
            "PySide6/Qt/translations/qtbase_fr.qm",
            "PySide6/Qt/plugins/platforms/libqoffscreen.so",
            "PySide6/Qt/plugins/iconengines/libqsvgicon.so",
        )
        not_read = [w for w in wanted if str(self.internal / w) not in inside]
        if not_read:
            raise CheckError("the window did not read from the bundle:\n  " + "\n  ".join(not_read))
        outside_roots = {Path(sys.prefix), Path(sys.base_prefix), ROOT}
        leaks = sorted(
            p
            for p in opened - inside
            if any(Path(p).is_relative_to(r) for r in outside_roots)
            and not Path(p).is_relative_to(self.bundle)
        )
        if leaks:
            raise CheckError(
                "the bundle read files of the build's Python or source:\n  "
                + "\n  ".join(leaks[:20])
            )
        return (
            f"{len(inside)} files opened in the bundle (French catalogues, plugins), none outside"
        )


def french_for(context: str, source: str) -> str:
    """The French translation of `source`, from the catalogue the bundle ships."""
    ts = ROOT / "resources" / "i18n" / "salescoach_fr.ts"
    for ctx in ET.parse(ts).iter("context"):
        if ctx.findtext("name") != context:
            continue
        for message in ctx.iter("message"):
            if message.findtext("source") == source:
                return message.findtext("translation") or source
    raise LookupError(f"{context}/{source} not in {ts}")


def revisions() -> tuple[str, ...]:
    """The schema revisions, oldest first, read from the source (salescoach/store/schema.py)."""
    namespace: dict[str, object] = {}
    exec((ROOT / "salescoach" / "store" / "schema.py").read_text(encoding="utf-8"), namespace)
    found = namespace["REVISIONS"]
    assert isinstance(found, tuple)
    return found


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("bundle", nargs="?", type=Path, default=ROOT / "dist" / bc.APP_NAME)
    parser.add_argument("--strict", action="store_true", help="a skipped check fails (CI)")
    args = parser.parse_args(argv)
    bundle = args.bundle.resolve()
    if not (bundle / bc.APP_NAME).is_file():
        print(f"smoke test: no bundle at {bundle}; run: bash packaging/build.sh", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory(prefix="salescoach-smoke-") as tmp_name:
        tmp = Path(tmp_name)
        s = Smoke(bundle, tmp, args.strict)
        checks: list[tuple[str, Callable[[], str]]] = [
            ("size", s.size),
            ("contents", s.contents),
            ("libraries", s.links),
            ("demo --deals 200", s.demo),
            ("stats --json", s.stats_json),
            ("stats --lang fr", s.stats_french),
            ("default data folder", s.default_folder),
            ("migration", s.migration),
            ("team mode on PostgreSQL", s.team),
            ("window fr", lambda: s.window("fr", s.demo_dir)),
            ("window en, empty data folder", lambda: s.window("en", tmp / "empty-data")),
            ("window fr, files read", s.window_files),
            ("window en, X11", lambda: s.window("en", s.demo_dir, platform="xcb")),
        ]
        ok = failed = skipped = 0
        for name, check in checks:
            try:
                print(f"ok    {name}: {check()}", flush=True)
                ok += 1
            except MissingToolError as why:
                skipped += 1
                print(f"SKIP  {name}: {why}", flush=True)
            except (CheckError, subprocess.TimeoutExpired) as why:
                failed += 1
                print(f"FAIL  {name}: {why}", flush=True)
    if args.strict and skipped:
        print("smoke test: --strict does not allow skipped checks")
        failed += skipped
    print(f"smoke test of {bundle}: {ok} ok, {skipped} skipped, {failed} not ok")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
