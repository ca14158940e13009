"""Regenerate the README and AppStream screenshots from the real window.

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python packaging/screenshots.py

Builds a demo data folder in a temporary directory, opens the main window in each
language and saves resources/screenshots/pipeline-<lang>.png (plus the dialogs, the
debrief form, the Debriefs, Progress (by month, quarter and year), Follow-ups and Numbers
views, and a win celebrated).
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from salescoach.ui.shell.main_window import MainWindow

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "screenshots"


def _settle(app: QApplication, seconds: float = 0.3) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()


def shoot(app: QApplication, data_dir: Path, lang: str) -> None:
    from salescoach.ui.accounts.dialog import AccountsDialog
    from salescoach.ui.common.i18n import install_translators
    from salescoach.ui.common.worker import wait_for_background_work
    from salescoach.ui.shell.main_window import MainWindow

    install_translators(lang)
    window = MainWindow(data_dir)
    window.resize(1200, 720)
    window.show()
    window.open_workspace()
    while window.workspace is None:
        wait_for_background_work()
        app.processEvents()
    table = window.pipeline.table
    table.selectRow(2)
    _settle(app)
    window.grab().save(str(OUT / f"pipeline-{lang}.png"))
    from salescoach.ui.common.touch_dialog import TouchDialog
    from salescoach.ui.pipeline.deal_editor import DealEditor

    deal = window.pipeline.current_deal()
    assert deal is not None
    for name, widget in (
        ("deal-editor", DealEditor(window.workspace.pipeline, deal.id, parent=window)),
        ("touch", TouchDialog(window.workspace.pipeline, deal.id, deal.title, parent=window)),
    ):
        widget.show()
        _settle(app)
        widget.grab().save(str(OUT / f"{name}-{lang}.png"))
        widget.close()
    dialog = AccountsDialog(window.workspace.pipeline, window)
    dialog.show()
    _settle(app)
    dialog.grab().save(str(OUT / f"accounts-{lang}.png"))
    dialog.close()
    _debriefs(app, window, lang)
    _numbers(app, window, lang)
    _progress(app, window, lang)
    _import(app, window, lang)
    window.close()
    _win(app, data_dir, lang)


def _debriefs(app: QApplication, window: MainWindow, lang: str) -> None:
    """The debrief form (steps 1, 3 and 5), the Debriefs list and its insights."""
    from salescoach.domain.enums import DealStatus
    from salescoach.ui.debriefs.dialog import DebriefDialog

    ws = window.workspace
    assert ws is not None
    pipeline = window.pipeline
    open_row = next(
        r for r in range(pipeline.model.rowCount())
        if pipeline.model.deal_at(r).status is DealStatus.OPEN
    )  # fmt: skip
    pipeline.table.selectRow(open_row)
    _settle(app, 0.6)  # the weak-spot checklist is computed in the background
    window.grab().save(str(OUT / f"pipeline-checklist-{lang}.png"))
    todo = next(r for r in ws.debriefs.rows() if r.state.value == "pending")
    dialog = DebriefDialog(ws.pipeline, ws.debriefs, todo.deal_id, window)
    dialog.show()
    for step in (0, 2, 4):
        dialog.go(step)
        _settle(app)
        dialog.grab().save(str(OUT / f"debrief-{step + 1}-{lang}.png"))
    dialog._dirty = False  # a picture, not an edit: leave the demo data as it was
    dialog.close()
    window.nav.setCurrentRow(1)
    _settle(app, 0.8)
    window.grab().save(str(OUT / f"debriefs-{lang}.png"))
    window.debriefs.tabs.setCurrentIndex(1)
    _settle(app)
    window.grab().save(str(OUT / f"insights-{lang}.png"))
    window.nav.setCurrentRow(3)
    _settle(app, 0.8)
    window.grab().save(str(OUT / f"followups-{lang}.png"))


def _numbers(app: QApplication, window: MainWindow, lang: str) -> None:
    """The Numbers view from the history, then in what-if mode."""
    window.nav.setCurrentRow(4)
    _settle(app, 0.8)
    window.grab().save(str(OUT / f"numbers-{lang}.png"))
    window.numbers.what_if_mode.setChecked(True)
    _settle(app)
    window.grab().save(str(OUT / f"numbers-what-if-{lang}.png"))
    window.numbers.history_mode.setChecked(True)


def _progress(app: QApplication, window: MainWindow, lang: str) -> None:
    """The Progress view by month, quarter and year, and the goal dialog."""
    from salescoach.domain.progress import Grouping
    from salescoach.ui.common.worker import wait_for_background_work
    from salescoach.ui.progress.goal_dialog import GoalDialog

    window.nav.setCurrentRow(2)
    view = window.progress
    while view.data is None:
        wait_for_background_work()
        app.processEvents()
    for grouping in Grouping:
        view.set_grouping(grouping)
        _settle(app, 0.5)
        window.grab().save(str(OUT / f"progress-{grouping.value}-{lang}.png"))
    assert window.workspace is not None and view.data is not None
    dialog = GoalDialog(window.workspace.progress, view.data.today.year, "EUR", window)
    dialog.show()
    _settle(app)
    dialog.grab().save(str(OUT / f"goal-{lang}.png"))
    dialog.close()
    view.set_grouping(Grouping.MONTH)


def _win(app: QApplication, data_dir: Path, lang: str) -> None:
    """Marking a deal won: the note that fades in the corner (on a copy of the demo data,
    sound muted)."""
    import shutil

    from salescoach.domain.enums import DealStatus
    from salescoach.ui.common.worker import wait_for_background_work
    from salescoach.ui.progress.sound import set_sound_muted
    from salescoach.ui.shell.main_window import MainWindow

    copy = data_dir.with_name(f"win-{lang}")
    shutil.copytree(data_dir, copy)
    set_sound_muted(copy, True)
    window = MainWindow(copy)
    window.resize(1200, 720)
    window.show()
    window.open_workspace()
    while window.workspace is None:
        wait_for_background_work()
        app.processEvents()
    pipeline = window.pipeline
    open_row = next(
        r for r in range(pipeline.model.rowCount())
        if pipeline.model.deal_at(r).status is DealStatus.OPEN
    )  # fmt: skip
    pipeline.table.selectRow(open_row)
    shown: list[object] = []
    window.celebrator.celebrated.connect(shown.append)
    pipeline.wins.mark_won()
    while not shown:
        wait_for_background_work()
        app.processEvents()
    _settle(app, 0.6)  # faded in
    window.grab().save(str(OUT / f"win-{lang}.png"))
    window.close()


PIPEDRIVE_SAMPLE = """\
Deal - ID,Deal - Title,Deal - Value,Deal - Currency of value,Deal - Status,Deal - Lost reason,\
Deal - Won time,Deal - Lost time,Deal - Deal created,Deal - Done activities,Deal - Organization,\
Deal - Contact person,Person - Email - Work,Deal - Stage
1841,Logiciel de paie,12500.50,EUR,Won,,2024-03-05 14:23:11,,2024-01-10 09:02:45,7,\
Boulangerie Dupont,Claire Martin,claire.martin@dupont.fr,Negotiations Started
1842,Audit sécurité,8000,EUR,Lost,Price,,2024-04-02 10:00:00,2024-02-01 10:12:00,4,\
Cabinet Moreau,Paul Girard,p.girard@moreau-avocats.fr,Proposal Made
1843,Parc de tablettes,23900,EUR,Lost,Went with their usual supplier,,2024-05-02 16:40:00,\
2024-02-19 11:30:00,3,Transports Lefèvre,Élodie Lefèvre,elodie@lefevre-transports.fr,Qualified
1844,Formation Excel,1950,EUR,Open,,,,2024-06-01 10:00:00,2,Garage Petit,Karim Benali,\
karim@garagepetit.fr,Contact Made
1845,Maintenance annuelle,4200,EUR,Won,,2024-07-12 09:15:00,,2024-05-20 15:05:00,9,\
Hôtel du Parc,Sophie Roux,direction@hotelduparc.fr,Negotiations Started
"""


def _import(app: QApplication, window: MainWindow, lang: str) -> None:
    """The import dialog on a small Pipedrive export: what was detected, the mapping, the
    first rows (nothing is imported)."""
    from salescoach.ui.data.import_dialog import ImportDialog

    assert window.workspace is not None
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "pipedrive-deals.csv"
        path.write_text(PIPEDRIVE_SAMPLE, encoding="utf-8")
        dialog = ImportDialog(window.workspace, path, window)
        dialog.show()
        while dialog.sample is None:
            app.processEvents()
        _settle(app)
        dialog.grab().save(str(OUT / f"import-{lang}.png"))
        dialog.close()


def main() -> int:
    from salescoach.services.workspace import open_workspace

    app = QApplication(sys.argv)
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = Path(tmp) / "demo"
        ws = open_workspace(data_dir)
        ws.load_demo(deals=600, seed=4)
        ws.close()
        for lang in ("en", "fr"):
            shoot(app, data_dir, lang)
    print(f"saved in {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
