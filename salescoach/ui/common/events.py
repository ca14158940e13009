"""The app-wide events hub: what happened, said once, heard by every area that cares.

An area emits what it changed and subscribes to what it shows; no area calls another, and
the main window routes nothing by hand. The shell makes one `Events` and gives it to each
area (areas may not import the shell: `common` is below them).

Requests ask for something another area owns (a debrief, a stay-in-touch cadence, the
accounts dialog). They carry a mutable request object, are answered synchronously by the
handler the shell connects (`shell.requests`), and the asker reads the answer back.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

if TYPE_CHECKING:
    import uuid

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
    """Open the accounts and contacts over `parent` (at an account or a person, if given)."""

    parent: QWidget
    account_id: uuid.UUID | None = None
    contact_id: uuid.UUID | None = None


@dataclass
class RecordRequest:
    """Show a record found by Find anything in its area: `kind` is a `HitKind` value, `deal_id`
    the deal of a touch or a debrief."""

    parent: QWidget
    kind: str
    record_id: uuid.UUID
    deal_id: uuid.UUID | None = None


@dataclass
class ComposeRequest:
    """Open the writing coach over `parent` for `moment` (a `domain.templates.Moment`
    value), to the contact and about the deal given (either may be None)."""

    parent: QWidget
    moment: str
    deal_id: uuid.UUID | None = None
    contact_id: uuid.UUID | None = None
    referred: str = ""  # who an advocate referred (the thank-you names them)
    logged: bool = False  # answered: the email was logged as a touch


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
    reviews_changed = Signal()  # a weekly review saved: the energy line, the focus
    chances_changed = Signal()  # each stage's chance of being won (Settings): the forecast
    undoable = Signal(str)  # an action was pushed on `undo_stack` (what it did)

    # requests (answered by the area that owns the feature; see the module docstring)
    new_deal_requested = Signal()
    demo_requested = Signal()
    import_requested = Signal()
    debrief_requested = Signal(object)  # DebriefRequest
    cadence_requested = Signal(object)  # CadenceRequest
    accounts_requested = Signal(object)  # AccountsRequest
    compose_requested = Signal(object)  # ComposeRequest (the writing coach)
    area_requested = Signal(str)  # show the area of that key (the review's one click)
    record_requested = Signal(object)  # RecordRequest (Find anything)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.undo_stack = QUndoStack(self)  # Edit › Undo and Redo (`common.undo`)
        self.debriefs_changed.connect(lambda _deal_id: self.deals_changed.emit())
        self.debriefs_changed.connect(lambda _deal_id: self.followups_changed.emit())
