"""The writing coach, driven as a rep would: the template filled for the moment, the live
checks following the typing, copy, the mail program, and the email logged as a touch."""

from __future__ import annotations

import datetime as dt
import sqlite3

from PySide6.QtCore import QObject, Qt, QUrl, QUrlQuery, Slot
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QWidget

from salescoach.domain.deals import ContactDraft, DealDraft
from salescoach.domain.enums import ContactRole, DealStatus, TouchKind
from salescoach.domain.templates import Moment
from salescoach.ui.common.events import ComposeRequest
from salescoach.ui.writing.composer import ComposerDialog, mailto_url
from tests.conftest import on_next_modal


def _lost_deal(workspace, first: str = "Claire"):
    who = workspace.pipeline.save_contact(
        ContactDraft(first, "Martin", email="claire@acme.fr"), None, "Acme"
    )
    deal = workspace.pipeline.save_deal(
        DealDraft("Migration CRM", "Acme", status=DealStatus.LOST, closed_on=dt.date.today(),
                  contacts=[(who, ContactRole.DECISION_MAKER)])
    )  # fmt: skip
    return deal, who


def _composer(qtbot, workspace, events, moment: Moment, deal=None, contact=None) -> ComposerDialog:
    recipient = workspace.writing.recipient(deal, contact)
    dialog = ComposerDialog(workspace, events, recipient, moment)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _figure(dialog: QWidget, rule: str) -> str:
    return dialog.findChild(QLabel, f"check_{rule}").text()


def test_referral_ask_scored_as_typed_then_logged(qtbot, workspace, events) -> None:
    deal, _claire = _lost_deal(workspace)

    def write(dialog: QWidget) -> None:
        assert isinstance(dialog, ComposerDialog)
        body = dialog.findChild(QPlainTextEdit, "composerBody")
        assert body.toPlainText().startswith("Hello Claire,")
        assert "Do you know someone who could benefit from a conversation" in body.toPlainText()
        assert dialog.findChild(QLabel, "composerTo").text() == "claire@acme.fr"
        assert _figure(dialog, "asks") == "1 ask"
        assert dialog.findChild(QLabel, "mark_asks").text() == "✓"
        words = _figure(dialog, "length")
        body.moveCursor(body.textCursor().MoveOperation.End)
        qtbot.keyClicks(body, " Just checking in. Could you call me?")
        assert _figure(dialog, "length") != words  # the count follows the typing
        assert _figure(dialog, "asks") == "2 asks"
        assert dialog.findChild(QLabel, "mark_asks").text() == "✗"
        assert "Just checking in" in _figure(dialog, "fillers")
        qtbot.mouseClick(dialog.copy, Qt.MouseButton.LeftButton)
        assert QGuiApplication.clipboard().text() == body.toPlainText()
        qtbot.mouseClick(dialog.log, Qt.MouseButton.LeftButton)
        assert not dialog.log.isEnabled()
        dialog.accept()

    on_next_modal(write)
    request = ComposeRequest(QWidget(), "referral", deal.id)
    events.compose_requested.emit(request)
    assert request.logged
    touches = workspace.pipeline.touches(deal.id)
    assert [(t.kind, t.contact) for t in touches] == [(TouchKind.EMAIL, "Claire Martin")]
    assert "Could you call me?" in touches[0].note


def test_missing_first_name_leaves_a_visible_placeholder(qtbot, workspace, events) -> None:
    deal = workspace.pipeline.save_deal(DealDraft("Audit", "Cabinet Moreau"))
    dialog = _composer(qtbot, workspace, events, Moment.ASK_WHY, deal.id)
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    assert dialog.body.toPlainText().startswith("Bonjour [prénom],")
    assert "first name" in dialog.missing.text()
    assert "Audit" in dialog.subject.text()
    assert _figure(dialog, "asks") == "1 ask"  # « pourriez-vous me dire … ? »


def test_draft_autosaved_and_back_on_reopening(qtbot, workspace, events) -> None:
    deal, claire = _lost_deal(workspace)
    dialog = _composer(qtbot, workspace, events, Moment.STAY_IN_TOUCH, deal.id, claire)
    dialog.body.setPlainText("Hello Claire, a short note. Coffee next week?")
    qtbot.waitUntil(lambda: workspace.writing.draft(dialog.key) is not None, timeout=5000)
    dialog.reject()
    again = _composer(qtbot, workspace, events, Moment.STAY_IN_TOUCH, deal.id, claire)
    assert again.body.toPlainText() == "Hello Claire, a short note. Coffee next week?"
    assert "draft is back" in again.missing.text()


class _MailProgram(QObject):
    """Stands in for the rep's mail program: Qt hands it the mailto: link."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


def test_open_in_the_mail_program(qtbot, workspace, events) -> None:
    deal, claire = _lost_deal(workspace)
    dialog = _composer(qtbot, workspace, events, Moment.AFTER_CALL, deal.id, claire)
    dialog.body.setPlainText("Merci & à bientôt ? 100 %")
    mail = _MailProgram()
    QDesktopServices.setUrlHandler("mailto", mail, "open")
    try:
        qtbot.mouseClick(dialog.open_mail, Qt.MouseButton.LeftButton)
    finally:
        QDesktopServices.unsetUrlHandler("mailto")
    assert len(mail.urls) == 1
    url = mail.urls[0]
    assert url.scheme() == "mailto" and url.path() == "claire@acme.fr"
    query = QUrlQuery(url)
    body = QUrl.fromPercentEncoding(query.queryItemValue("body").encode())
    assert body == "Merci & à bientôt ? 100 %"
    encoded = bytes(mailto_url("a@b.fr", "x", "y & z").toEncoded().data()).decode()
    assert encoded == "mailto:a@b.fr?subject=x&body=y%20%26%20z"


def test_a_10000_word_draft_is_checked_and_kept(qtbot, workspace, events) -> None:
    deal, claire = _lost_deal(workspace)
    dialog = _composer(qtbot, workspace, events, Moment.BLANK, deal.id, claire)
    dialog.body.setPlainText("Merci pour votre temps. " * 2500)
    assert _figure(dialog, "length") == "10000 words"
    assert dialog.findChild(QLabel, "mark_length").text() == "✗"
    dialog.save_draft()
    assert len(workspace.writing.draft(dialog.key).body) == len("Merci pour votre temps. ") * 2500


def test_write_from_a_follow_up(qtbot, workspace, events) -> None:
    from salescoach.ui.followups.view import FollowUpsView

    deal, claire = _lost_deal(workspace)
    from salescoach.domain.followups import CadenceUnit

    account = workspace.pipeline.contact(claire).account_id
    workspace.followups.set_cadence(account, None, 3, CadenceUnit.MONTHS, deal_id=deal.id)
    view = FollowUpsView(workspace, events)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.current() is not None, timeout=5000)
    seen: list[str] = []
    on_next_modal(lambda d: seen.append(d.findChild(QPlainTextEdit, "composerBody").toPlainText()))
    qtbot.mouseClick(view.write_button, Qt.MouseButton.LeftButton)
    assert seen and seen[0].startswith("Hello Claire,")
    with sqlite3.connect(workspace.store.path) as conn:
        assert conn.execute("SELECT count(*) FROM touches").fetchone()[0] == 0  # nothing sent


def test_write_the_referral_ask_from_the_debrief(qtbot, workspace, events) -> None:
    from salescoach.ui.debriefs.dialog import DebriefDialog

    deal, _claire = _lost_deal(workspace)
    debrief = DebriefDialog(workspace.pipeline, workspace.debriefs, deal.id, None, events)
    qtbot.addWidget(debrief)
    debrief.show()
    debrief.go(4)
    seen: list[str] = []
    on_next_modal(lambda d: seen.append(d.findChild(QPlainTextEdit, "composerBody").toPlainText()))
    qtbot.mouseClick(debrief.referral_page.write_button, Qt.MouseButton.LeftButton)
    assert seen and seen[0].startswith("Hello Claire,")
    assert "Do you know someone who could benefit from a conversation with me?" in seen[0]


def test_write_from_a_lost_deal_asks_why(qtbot, workspace, events) -> None:
    from salescoach.ui.pipeline.view import PipelineView

    _lost_deal(workspace)
    view = PipelineView(workspace, events)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.table.model().rowCount() == 1, timeout=5000)
    view.table.selectRow(0)
    seen: list[str] = []
    on_next_modal(lambda d: seen.append(d.findChild(QWidget, "composerSubject").text()))
    view.losses.write()  # the deals' context menu: Write…
    assert seen == ["Your decision on Migration CRM"]
