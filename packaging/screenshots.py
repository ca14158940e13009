"""Regenerate the screenshots of every view and dialog, at 1,366 by 768 (most laptops)
and 1,024 by 600 (a netbook), in English and French, from the real window:

    .venv/bin/python packaging/screenshots.py

Each size runs in its own virtual screen (`xvfb-run`) with a window manager (`openbox`,
if installed) as on a rep's desktop, on a demo data folder made in a temporary directory.
Writes resources/screenshots/<scene>-<width>-<lang>.png (`pipeline-1366-en.png`) and
prints any label or button whose text is cut (packaging/scenes.py walks the same tour as
tests/ui/test_no_clipped_label.py).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "screenshots"
SIZES = ((1366, 768), (1024, 600))
LANGUAGES = ("en", "fr")
INNER = "--on-this-screen"


def shoot_this_screen() -> int:
    """In the virtual screen: every scene in both languages, at the screen's size."""
    from PySide6.QtWidgets import QApplication, QWidget

    sys.path[:0] = [str(ROOT), str(ROOT / "packaging")]  # this checkout's salescoach
    import scenes

    from salescoach.ui.common.i18n import install_translators

    wm = subprocess.Popen(["openbox"]) if shutil.which("openbox") else None
    try:
        app = QApplication(sys.argv)
        screen = app.primaryScreen().size()
        size = (screen.width(), screen.height())
        cut: list[str] = []
        with tempfile.TemporaryDirectory() as tmp:
            demo = Path(tmp) / "demo"
            scenes.make_demo(demo, deals=600)
            for lang in LANGUAGES:
                install_translators(lang)

                def visit(name: str, widget: QWidget, lang: str = lang) -> None:
                    widget.grab().save(str(OUT / f"{name}-{size[0]}-{lang}.png"))
                    cut.extend(
                        f"{name}-{size[0]}-{lang}: {c}" for c in scenes.clipped_texts(widget)
                    )

                scenes.tour(app, demo, size, visit)
        print("\n".join(["cut:", *cut]) if cut else f"{size[0]}x{size[1]}: nothing cut")
        return 1 if cut else 0
    finally:
        if wm is not None:
            wm.terminate()
            wm.wait()


def main() -> int:
    if INNER in sys.argv:
        return shoot_this_screen()
    OUT.mkdir(parents=True, exist_ok=True)
    status = 0
    for width, height in SIZES:
        done = subprocess.run(
            ["xvfb-run", "-a", "-s", f"-screen 0 {width}x{height}x24",
             sys.executable, __file__, INNER],
            cwd=ROOT, check=False,
        )  # fmt: skip
        status = status or done.returncode
    print(f"saved in {OUT}")
    return status


if __name__ == "__main__":
    sys.exit(main())
