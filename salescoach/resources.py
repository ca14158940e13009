"""Find the shipped resources/ folder (translations, the guide, sounds, icons) and the app
icon."""

from __future__ import annotations

import sys
from pathlib import Path

# The desktop's name for the app: the .desktop file and AppStream id (packaging/linux/), so
# that Wayland docks show the right icon.
DESKTOP_ID = "io.github.salescoach.SalesCoach"


def resources_dir() -> Path:
    """resources/ beside the package in a source tree, or inside a PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def icon_path() -> Path:
    """The application icon (SVG: sharp at every size the desktop asks for)."""
    return resources_dir() / "icons" / "salescoach.svg"
