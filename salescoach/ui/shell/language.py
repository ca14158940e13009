"""The language applied without a restart: Qt's and our catalogues installed again, then
every word rebuilt in it (the menus, the navigation, each area's view made again from the
open data, as their words are set when they are built)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QListWidget, QMenuBar

from salescoach.ui.common.i18n import choose_language, install_translators
from salescoach.ui.common.worker import run_in_background
from salescoach.ui.shell.areas import AREAS, area_title, open_areas
from salescoach.ui.shell.menus import build_menus

if TYPE_CHECKING:
    from salescoach.ui.pipeline.model import DealsIndex


def name_navigation(nav: QListWidget) -> None:
    """The areas' names, and the list as wide as the longest (with a count of follow-ups
    due), no wider: every pixel counts on a 1,024-pixel screen."""
    for row, spec in enumerate(AREAS):
        nav.item(row).setText(area_title(spec))
    metrics = nav.fontMetrics()
    longest = max(metrics.horizontalAdvance(f"{area_title(a)} (999)") for a in AREAS)
    nav.setFixedWidth(max(120, longest + 20 + 2 * nav.frameWidth() + 8))


def apply_language(window: Any) -> None:
    """`window` is the main window (not imported: it imports this module's callers)."""
    install_translators(choose_language(window.data_dir))
    # The old menu bar goes with its actions (their shortcuts would clash with the new).
    window.setMenuBar(QMenuBar())
    window.actions_by_id = build_menus(
        window.menuBar(), window, window.data_dir, window.run_action, lambda: apply_language(window)
    )
    name_navigation(window.nav)
    window.alerts.count()  # "Follow-ups (3)" in the new words
    workspace = window.session.workspace
    if workspace is None:  # still opening: the views are made in the new language
        window.opening.forget()  # the first screen shown meanwhile too
        return
    from salescoach.ui.pipeline.reading import read_deals

    def read() -> DealsIndex:
        return read_deals(workspace)

    def made_again(rows: DealsIndex) -> None:
        if window.session.workspace is workspace:  # not closed meanwhile (a restore)
            open_areas(window.areas, workspace, window.events, rows)

    # The deals read again off the GUI thread (100,000 rows: about a second), then every
    # view made again; the rep stays in the area they were in.
    run_in_background(read, made_again, window.open_failed, keep_results=True)
