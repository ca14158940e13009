"""Every view and dialog of the window, shown one after the other on a demo data folder:
the screenshots (packaging/screenshots.py) and the test that no label is cut
(tests/ui/test_no_clipped_label.py) walk the same tour.

`tour(app, data_dir, empty_dir, size, visit)` opens the window at `size` (the screen's
free area), shows each scene and calls `visit(name, widget)` while it is on screen: the
window for a view, the dialog itself for a dialog (sized as it would be on that screen).
"""

from __future__ import annotations

import shutil
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import more_scenes
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QDialog,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QWidget,
)

if TYPE_CHECKING:
    from salescoach.ui.shell.main_window import MainWindow

Visit = Callable[[str, QWidget], None]
# What a window manager's title bar and a desktop panel take from the screen.
FRAME = (0, 70)


def settle(app: QApplication, seconds: float = 0.3) -> None:
    from salescoach.ui.common.worker import wait_for_background_work

    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
    wait_for_background_work()
    app.processEvents()


def make_demo(data_dir: Path, deals: int = 300) -> None:
    from salescoach.services.workspace import open_workspace

    ws = open_workspace(data_dir)
    ws.load_demo(deals=deals, seed=4)
    ws.close()


@contextmanager
def opened(app: QApplication, data_dir: Path, size: tuple[int, int]) -> Iterator[MainWindow]:
    from salescoach.ui.common.worker import wait_for_background_work
    from salescoach.ui.shell.main_window import MainWindow

    window = MainWindow(data_dir)
    window.resize(size[0] - FRAME[0], size[1] - FRAME[1])
    window.show()
    window.open_workspace()
    while window.workspace is None:
        wait_for_background_work()
        app.processEvents()
    settle(app)
    window.statusBar().clearMessage()  # the data folder's temporary path
    try:
        yield window
    finally:
        window.close()
        settle(app, 0.05)


def _dialog(
    app: QApplication, name: str, dialog: QDialog, size: tuple[int, int], visit: Visit
) -> None:
    """Shown as on that screen: its own size, or the screen's free area if smaller."""
    width, height = dialog.sizeHint().width(), dialog.sizeHint().height()
    dialog.resize(
        min(max(dialog.width(), width), size[0] - 16),
        min(max(dialog.height(), height), size[1] - 70),
    )
    dialog.show()
    settle(app)
    visit(name, dialog)
    dialog.close()
    dialog.deleteLater()


def tour(app: QApplication, data_dir: Path, size: tuple[int, int], visit: Visit) -> None:
    """The demo data in `data_dir` (left as it was), then an empty folder."""
    with opened(app, data_dir, size) as window:
        _views(app, window, visit)
        _dialogs(app, window, size, visit)
        more_scenes.other_dialogs(app, window, size, visit, _dialog, settle)
    _win(app, data_dir, size, visit)
    with tempfile.TemporaryDirectory() as tmp, opened(app, Path(tmp) / "empty", size) as window:
        settle(app)
        visit("welcome", window)
        window.show_area("progress")
        settle(app, 0.5)
        visit("progress-empty", window)


def _views(app: QApplication, window: MainWindow, visit: Visit) -> None:
    from salescoach.domain.enums import DealStatus
    from salescoach.domain.progress import Grouping

    pipeline = window.pipeline
    pipeline.table.selectRow(2)
    settle(app)
    visit("pipeline", window)
    open_row = next(
        r for r in range(pipeline.model.rowCount())
        if pipeline.model.deal_at(r).status is DealStatus.OPEN
    )  # fmt: skip
    pipeline.table.selectRow(open_row)
    settle(app, 0.6)  # the weak-spot checklist is computed in the background
    visit("pipeline-checklist", window)
    window.show_area("debriefs")
    settle(app, 0.6)
    visit("debriefs", window)
    window.debriefs.tabs.setCurrentIndex(1)
    settle(app, 0.6)
    visit("insights", window)
    window.debriefs.tabs.setCurrentIndex(0)
    window.show_area("progress")
    view = window.progress
    while view.data is None:
        settle(app, 0.1)
    for grouping in Grouping:
        view.set_grouping(grouping)
        settle(app, 0.4)
        visit(f"progress-{grouping.value}", window)
    view.set_grouping(Grouping.MONTH)
    window.show_area("followups")
    settle(app, 0.6)
    window.followups.table.selectRow(0)
    settle(app)
    visit("followups", window)
    window.followups.tabs.setCurrentIndex(1)
    settle(app, 0.6)
    visit("advocates", window)
    window.followups.tabs.setCurrentIndex(0)
    window.show_area("numbers")
    settle(app, 0.8)
    visit("numbers", window)
    window.numbers.what_if_mode.setChecked(True)
    settle(app)
    visit("numbers-what-if", window)
    window.numbers.history_mode.setChecked(True)
    window.show_area("pipeline")
    settle(app)


def _dialogs(app: QApplication, window: MainWindow, size: tuple[int, int], visit: Visit) -> None:
    from salescoach.ui.accounts.dialog import AccountsDialog
    from salescoach.ui.common.contact_dialog import NewContactDialog
    from salescoach.ui.common.touch_dialog import TouchDialog
    from salescoach.ui.data.backups_dialog import BackupsDialog
    from salescoach.ui.data.export_dialog import ExportDialog
    from salescoach.ui.data.import_dialog import ImportDialog
    from salescoach.ui.debriefs.dialog import DebriefDialog
    from salescoach.ui.debriefs.loss_reasons_dialog import LossReasonsDialog
    from salescoach.ui.followups.dialogs import CadenceDialog, SnoozeDialog
    from salescoach.ui.pipeline.deal_editor import DealEditor
    from salescoach.ui.progress.goal_dialog import GoalDialog
    from salescoach.ui.progress.nomination_dialog import NominationDialog

    ws = window.workspace
    assert ws is not None
    deal = window.pipeline.current_deal()
    assert deal is not None
    simple: list[tuple[str, QDialog]] = [
        ("deal-editor", DealEditor(ws.pipeline, deal.id, parent=window)),
        ("new-deal", DealEditor(ws.pipeline, None, parent=window)),
        ("touch", TouchDialog(ws.pipeline, deal.id, deal.title, parent=window)),
        ("accounts", AccountsDialog(ws.pipeline, window)),
        ("new-contact", NewContactDialog(ws.pipeline, window)),
        ("export", ExportDialog(ws, window)),
        ("backups", BackupsDialog(ws.data_dir, window)),
        ("loss-reasons", LossReasonsDialog(ws.debriefs, window)),
        ("cadence", CadenceDialog(ws.followups, ws.pipeline, deal.account, deal.id, window)),
    ]
    for name, dialog in simple:
        _dialog(app, name, dialog, size, visit)
    follow_up = window.followups.current()
    if follow_up is not None:
        snooze = SnoozeDialog(ws.followups, follow_up.id, follow_up.who, window)
        _dialog(app, "snooze", snooze, size, visit)
    progress = window.progress
    assert progress.data is not None
    goal = GoalDialog(ws.progress, progress.data.today.year, "EUR", window)
    _dialog(app, "goal", goal, size, visit)
    nominations = NominationDialog(
        ws.progress, progress.data.nominations, progress.data.today, window
    )
    _dialog(app, "nomination", nominations, size, visit)

    todo = next(r for r in ws.debriefs.rows() if r.state.value == "pending")
    debrief = DebriefDialog(ws.pipeline, ws.debriefs, todo.deal_id, window)
    _dialog_steps(app, debrief, size, visit)

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "pipedrive-deals.csv"
        path.write_text(PIPEDRIVE_SAMPLE, encoding="utf-8")
        importing = ImportDialog(ws, path, window)
        while importing.sample is None:
            settle(app, 0.05)
        _dialog(app, "import", importing, size, visit)


def _dialog_steps(app: QApplication, dialog: QDialog, size: tuple[int, int], visit: Visit) -> None:
    """The debrief's five steps (a picture, not an edit: the demo data stays as it was)."""
    dialog.resize(min(dialog.width(), size[0] - 16), min(dialog.height(), size[1] - 70))
    dialog.show()
    for step in range(5):
        dialog.go(step)  # type: ignore[attr-defined]
        settle(app)
        visit(f"debrief-{step + 1}", dialog)
    dialog._dirty = False  # type: ignore[attr-defined]
    dialog.close()
    dialog.deleteLater()


def _win(app: QApplication, data_dir: Path, size: tuple[int, int], visit: Visit) -> None:
    """Marking a deal won: the note that fades in the corner (on a copy, sound muted)."""
    from salescoach.domain.enums import DealStatus
    from salescoach.ui.progress.sound import set_sound_muted

    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "win"
        shutil.copytree(data_dir, copy)
        set_sound_muted(copy, True)
        with opened(app, copy, size) as window:
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
                settle(app, 0.05)
            settle(app, 0.6)  # faded in
            visit("win", window)


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


# what is cut --------------------------------------------------------------------------
def clipped_texts(root: QWidget) -> list[str]:
    """Every visible label, button and table header under `root` (and `root`) whose text
    needs more room than the widget has: its text measured with its font (wrapped at its
    width when it wraps) against its own contents. An elided label or column title showing
    its whole text as a tooltip is not cut."""
    found = []
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        if not widget.isVisible() or widget.width() <= 0:
            continue
        if isinstance(widget, QLabel):
            problem = _label_cut(widget)
        elif isinstance(widget, QAbstractButton):
            problem = _button_cut(widget)
        elif isinstance(widget, QHeaderView):
            problem = _header_cut(widget)
        else:
            continue
        if not isinstance(widget, QHeaderView):
            problem = problem or _covered(widget)
        if problem:
            found.append(f"{type(widget).__name__} {widget.objectName() or '?'} {problem}")
    return found


def _covered(widget: QWidget) -> str:
    """A sibling drawn over `widget`: what a layout given less room than its widgets'
    minimum sizes does (the year's chart over the goal's words on a 600-pixel screen)."""
    parent = widget.parentWidget()
    if parent is None or widget.isWindow():
        return ""
    for sibling in parent.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly):
        if sibling is widget or not sibling.isVisible() or sibling.isWindow():
            continue
        overlap = sibling.geometry().intersected(widget.geometry())
        if overlap.width() > 2 and overlap.height() > 2:
            return f"covered by {type(sibling).__name__} {sibling.objectName() or '?'}"
    return ""


def _label_cut(label: QLabel) -> str:
    from salescoach.ui.common.long_text import ElidedLabel

    text = label.text()
    if not text.strip() or (label.pixmap() is not None and not label.pixmap().isNull()):
        return ""
    if isinstance(label, ElidedLabel):
        return "" if not label.is_elided() or label.toolTip() == text else "elided, no tooltip"
    room = label.contentsRect().adjusted(
        label.margin(), label.margin(), -label.margin(), -label.margin()
    )
    if label.indent() > 0:
        room.setWidth(room.width() - label.indent())
    rich = label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text)
    )
    if rich:
        doc = QTextDocument()
        doc.setDefaultFont(label.font())
        doc.setDocumentMargin(0)
        doc.setHtml(text)
        if label.wordWrap():
            doc.setTextWidth(room.width())
            need_w, need_h = doc.idealWidth(), doc.size().height()
        else:
            need_w, need_h = doc.idealWidth(), doc.size().height()
    else:
        flags = Qt.TextFlag.TextShowMnemonic if label.buddy() is not None else 0
        flags = int(flags) | (int(Qt.TextFlag.TextWordWrap) if label.wordWrap() else 0)
        width = room.width() if label.wordWrap() else 1_000_000
        need = label.fontMetrics().boundingRect(QRect(0, 0, width, 1_000_000), flags, text)
        need_w, need_h = need.width(), need.height()
    if need_w > room.width() + 1 or need_h > room.height() + 1:
        return f"needs {need_w:.0f}x{need_h:.0f}, has {room.width()}x{room.height()}: {text[:60]!r}"
    return ""


def _header_cut(header: QHeaderView) -> str:
    """A column title wider than its column is cut unless it ends in "…" and the header
    shows the whole of it (or what the column holds) as a tooltip."""
    model = header.model()
    if header.orientation() != Qt.Orientation.Horizontal or model is None:
        return ""
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    cut = []
    for section in range(header.count()):
        title = model.headerData(section, Qt.Orientation.Horizontal)
        if header.isSectionHidden(section) or not title:
            continue
        lines = str(title).split("\n")
        need = max(map(header.fontMetrics().horizontalAdvance, lines)) + 2 * margin
        if need <= header.sectionSize(section) + 1:
            continue
        tip = model.headerData(section, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
        if header.textElideMode() == Qt.TextElideMode.ElideNone:
            cut.append(f"{title!r} cut")
        elif not tip:
            cut.append(f"{title!r} elided, no tooltip")
    return ", ".join(cut)


def _button_cut(button: QAbstractButton) -> str:
    text = button.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
    if not text.strip():
        return ""
    lines = text.split("\n")
    need_w = max(button.fontMetrics().horizontalAdvance(line) for line in lines)
    need_h = button.fontMetrics().height() * len(lines)
    style = button.style()
    if isinstance(button, QPushButton | QCheckBox | QRadioButton):
        option = QStyleOptionButton()
        button.initStyleOption(option)
        element = {
            QPushButton: QStyle.SubElement.SE_PushButtonContents,
            QCheckBox: QStyle.SubElement.SE_CheckBoxContents,
            QRadioButton: QStyle.SubElement.SE_RadioButtonContents,
        }[next(c for c in (QPushButton, QCheckBox, QRadioButton) if isinstance(button, c))]
        room = style.subElementRect(element, option, button)
        if not button.icon().isNull():
            need_w += button.iconSize().width() + 4
    else:  # a tool button: its frame's margins
        room = button.rect().adjusted(3, 2, -3, -2)
        if not button.icon().isNull():
            need_w += button.iconSize().width() + 4
    if need_w > room.width() + 1 or need_h > room.height() + 1:
        return f"needs {need_w}x{need_h}, has {room.width()}x{room.height()}: {text[:60]!r}"
    return ""
