"""The app-wide events hub: what happened, said once, heard by every area that cares.

An area emits what it changed and subscribes to what it shows; no area calls another, and
the main window routes nothing by hand. The shell makes one `Events` and gives it to each
area (areas may not import the shell: `common` is below them).

Requests ask for something another area owns (a debrief, a stay-in-touch cadence, the
accounts dialog). They carry a mutable request object, are answered synchronously by the
handler the shell connects (`shell.requests`), and the asker reads the answer back.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from salescoach.domain.rows import DealRow


@dataclass
class DebriefRequest:
    """Open the debrief of `deal` (just marked lost, or lost before) over `parent`."""

    parent: QWidget
    deal: DealRow
    opened: bool = False  # answered: the dialog was shown
    saved: bool = False  # answered: the rep saved or finished it


@dataclass
class CadenceRequest:
    """Set how often to get back to `account` (from `deal_id`, if any), over `parent`."""

    parent: QWidget
    account: str = ""
    deal_id: uuid.UUID | None = None
    saved: bool = False  # answered


@dataclass
class AccountsRequest:
    """Open the accounts and contacts over `parent`."""

    parent: QWidget


class Events(QObject):
    """What changed in the data, what the rep should read, and requests between areas."""

    status = Signal(str)  # a sentence for the status bar
    deals_changed = Signal()  # deals created, edited, deleted or re-stated
    # A debrief started, saved or finished: that deal's id, or None when many may have
    # changed (an import, the Debriefs view). It changes the deals (their debrief state)
    # and the follow-ups (a finished debrief sets a stay-in-touch cadence) too.
    debriefs_changed = Signal(object)
    followups_changed = Signal()  # a touch logged or deleted, a cadence, a snooze
    accounts_changed = Signal()  # accounts or contacts saved or deleted: names in the deals
    deal_won = Signal(object)  # the DealRow that has just become won

    # requests (answered by the area that owns the feature; see the module docstring)
    new_deal_requested = Signal()
    demo_requested = Signal()
    import_requested = Signal()
    debrief_requested = Signal(object)  # DebriefRequest
    cadence_requested = Signal(object)  # CadenceRequest
    accounts_requested = Signal(object)  # AccountsRequest

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.debriefs_changed.connect(lambda _deal_id: self.deals_changed.emit())
        self.debriefs_changed.connect(lambda _deal_id: self.followups_changed.emit())
