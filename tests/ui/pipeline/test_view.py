"""The Pipeline view driven as a rep would: typing, clicking, shortcuts."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from salescoach.domain.deals import ContactDraft, DealDraft
from salescoach.domain.enums import ContactRole, DealStatus, TouchKind
from salescoach.services.workspace import Workspace
from salescoach.ui.common.events import Events
from salescoach.ui.pipeline.model import DealColumn
from salescoach.ui.pipeline.view import PipelineView
from tests.conftest import click_button, on_next_modal


@pytest.fixture
def view(qtbot, workspace: Workspace, events: Events) -> Iterator[PipelineView]:
    v = PipelineView(workspace, events)
    qtbot.addWidget(v)
    v.resize(1100, 700)
    v.show()
    yield v


@pytest.fixture
def three_deals(workspace: Workspace) -> None:
    p = workspace.pipeline
    claire = p.save_contact(ContactDraft("Claire", "Martin"))
    p.save_deal(
        DealDraft(
            "Logiciel de paie",
            "Boulangerie Dupont SARL",
            amount_cents=500_000,
            contacts=[(claire, ContactRole.DECISION_MAKER)],
        )
    )
    p.save_deal(
        DealDraft(
            "Parc de tablettes",
            "Transports Lefèvre",
            amount_cents=2_000_000,
            status=DealStatus.WON,
            created_on=dt.date(2025, 1, 1),
            closed_on=dt.date(2025, 2, 1),
        )
    )
    p.save_deal(DealDraft("Audit sécurité", "Cabinet Moreau", amount_cents=90_000))


def _titles(view: PipelineView) -> list[str]:
    m = view.model
    return [m.index(r, DealColumn.TITLE).data() for r in range(m.rowCount())]


def test_empty_database_shows_welcome_with_three_ways_to_start(view: PipelineView) -> None:
    assert view.stack.currentIndex() == PipelineView.WELCOME
    welcome = view.welcome
    assert welcome.findChild(QWidget, "addFirstDealButton").isEnabled()
    assert welcome.findChild(QWidget, "loadDemoButton").isEnabled()
    assert welcome.findChild(QWidget, "importButton").isEnabled()


def test_create_first_deal_by_typing(qtbot, view: PipelineView, workspace: Workspace) -> None:
    def fill(editor: QWidget) -> None:
        qtbot.keyClicks(editor.findChild(QLineEdit, "title"), "Logiciel de paie")
        account = editor.findChild(QComboBox, "account")
        qtbot.keyClicks(account.lineEdit(), "Boulangerie Dupont")
        qtbot.keyClicks(editor.findChild(QLineEdit, "amount"), "12 500,50")
        qtbot.keyClicks(editor.findChild(QLineEdit, "commission"), "1000")
        click_button(editor, "saveButton")

    on_next_modal(fill)
    qtbot.mouseClick(
        view.welcome.findChild(QWidget, "addFirstDealButton"), Qt.MouseButton.LeftButton
    )

    assert view.stack.currentIndex() == PipelineView.TABLE
    assert _titles(view) == ["Logiciel de paie"]
    saved = workspace.pipeline.deal_rows()
    assert [(d.title, d.account, d.amount_cents) for d in saved] == [
        ("Logiciel de paie", "Boulangerie Dupont", 1_250_050)
    ]
    assert view.current_deal_id() == saved[0].id  # the new deal is selected


@pytest.mark.parametrize(
    ("field", "text", "expected"),
    [
        ("amount", "-300", "negative"),
        ("amount", "douze", "number"),
        ("title", "", "title"),
    ],
)
def test_bad_input_is_refused_next_to_the_field(
    qtbot, view: PipelineView, workspace: Workspace, field: str, text: str, expected: str
) -> None:
    seen: dict[str, str] = {}

    def fill(editor: QWidget) -> None:
        if field != "title":
            qtbot.keyClicks(editor.findChild(QLineEdit, "title"), "Deal")
        qtbot.keyClicks(editor.findChild(QLineEdit, field), text)
        click_button(editor, "saveButton")
        assert editor.isVisible(), "the editor stays open on bad input"
        errors = [w.text() for w in editor.findChildren(QLabel, "fieldError") if w.isVisible()]
        seen["errors"] = " ".join(errors)

    on_next_modal(fill)
    view.new_deal()
    assert expected in seen["errors"].lower()
    assert workspace.pipeline.deal_count() == 0


def test_close_date_before_creation_is_refused(
    qtbot, view: PipelineView, workspace: Workspace
) -> None:
    seen: dict[str, str] = {}

    def fill(editor: QWidget) -> None:
        qtbot.keyClicks(editor.findChild(QLineEdit, "title"), "Deal")
        status = editor.findChild(QComboBox, "status")
        status.setCurrentIndex(status.findData(DealStatus.LOST))
        editor.findChild(QWidget, "closed_on").setDate(
            editor.findChild(QWidget, "created_on").date().addDays(-3)
        )
        click_button(editor, "saveButton")
        seen["errors"] = " ".join(
            w.text() for w in editor.findChildren(QLabel, "fieldError") if w.isVisible()
        )

    on_next_modal(fill)
    view.new_deal()
    assert "before the creation date" in seen["errors"]
    assert workspace.pipeline.deal_count() == 0


def test_filter_as_you_type_and_status_filter(qtbot, three_deals: None, view: PipelineView) -> None:
    view.set_rows(view.workspace.pipeline.deal_rows())
    assert view.model.rowCount() == 3
    qtbot.keyClicks(view.search, "dupont")
    assert _titles(view) == ["Logiciel de paie"]
    assert "1" in view.count_label.text() and "3" in view.count_label.text()
    view.search.clear()
    qtbot.keyClicks(view.search, "claire")  # contacts are searched too
    assert _titles(view) == ["Logiciel de paie"]
    view.search.clear()
    view.status_filter.setCurrentIndex(view.status_filter.findData(DealStatus.WON))
    assert _titles(view) == ["Parc de tablettes"]


def test_typed_apostrophes_and_dashes_find_typographic_ones(
    qtbot, workspace: Workspace, view: PipelineView
) -> None:
    workspace.pipeline.save_deal(DealDraft("Réseau – l’agence de Lyon", "Cabinet Moreau"))
    workspace.pipeline.save_deal(DealDraft("Parc de tablettes", "Garage Petit"))
    view.set_rows(workspace.pipeline.deal_rows())
    qtbot.keyClicks(view.search, "- l'agence")  # as a keyboard types them
    assert _titles(view) == ["Réseau – l’agence de Lyon"]
    view.search.clear()
    view.search.setText("réseau – l’agence")  # or pasted from the title
    assert _titles(view) == ["Réseau – l’agence de Lyon"]


def test_deals_read_again_keep_the_rows_of_those_unchanged(
    qtbot, three_deals: None, workspace: Workspace, view: PipelineView
) -> None:
    """After an import every deal is read again: those already shown were made anew, then
    the old ones freed, and their holes stayed in the process (about 50 MiB)."""
    view.reload()
    qtbot.waitUntil(lambda: view.model.rowCount() == 3)
    before = {view.model.deal_at(r).title: view.model.deal_at(r) for r in range(3)}
    audit = before["Audit sécurité"]
    workspace.pipeline.save_deal(DealDraft("Audit réseau", "Cabinet Moreau"), audit.id)
    view.reload()
    qtbot.waitUntil(lambda: "Audit réseau" in _titles(view))
    after = {view.model.deal_at(r).title: view.model.deal_at(r) for r in range(3)}
    assert after["Logiciel de paie"] is before["Logiciel de paie"]
    assert after["Parc de tablettes"] is before["Parc de tablettes"]
    assert after["Audit réseau"].id == audit.id
    qtbot.keyClicks(view.search, "audit r")  # the changed deal's own words are searched
    assert _titles(view) == ["Audit réseau"]


def test_clicking_a_header_sorts(qtbot, three_deals: None, view: PipelineView) -> None:
    view.set_rows(view.workspace.pipeline.deal_rows())
    header = view.table.horizontalHeader()
    x = header.sectionViewportPosition(DealColumn.AMOUNT) + 5
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    first = _titles(view)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert _titles(view) == list(reversed(first))
    assert {first[0], first[-1]} == {"Audit sécurité", "Parc de tablettes"}


def test_log_a_touch_with_the_keyboard(qtbot, three_deals: None, view: PipelineView) -> None:
    view.set_rows(view.workspace.pipeline.deal_rows())
    qtbot.keyClicks(view.search, "paie")
    view.table.selectRow(0)

    def fill(dialog: QWidget) -> None:
        kind = dialog.findChild(QComboBox, "touchKind")
        kind.setCurrentIndex(kind.findData(TouchKind.MEETING))
        assert "Claire Martin" in dialog.findChild(QComboBox, "touchContact").currentText()
        dialog.findChild(QLineEdit, "touchOutcome").insert("Devis envoyé")  # QTest types ASCII only
        click_button(dialog, "saveTouchButton")

    on_next_modal(fill)
    view.log_touch()  # what Ctrl+T triggers (the window's shortcut; see test_main_window)
    assert view.touch_model.rowCount() == 1
    touch = view.touch_model.row_at(0)
    assert (touch.kind, touch.outcome, touch.contact) == (
        TouchKind.MEETING,
        "Devis envoyé",
        "Claire Martin",
    )
    assert "1" in view.touches_title.text()


def _answer_confirmation(button: str) -> None:
    def answer(box: QWidget) -> None:
        assert box.objectName() == "confirmBox"
        if button == "confirm":
            click_button(box, "confirmButton")
        else:
            box.reject()

    on_next_modal(answer)


@pytest.mark.parametrize("answer", ["confirm", "cancel"])
def test_delete_asks_first(
    qtbot, three_deals: None, view: PipelineView, workspace: Workspace, answer: str
) -> None:
    view.set_rows(workspace.pipeline.deal_rows())
    qtbot.keyClicks(view.search, "audit")
    view.table.selectRow(0)
    view.table.setFocus()
    _answer_confirmation(answer)
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    titles = [d.title for d in workspace.pipeline.deal_rows()]
    if answer == "confirm":
        assert "Audit sécurité" not in titles
        assert _titles(view) == []
        assert view.model.total_count() == 2
    else:
        assert "Audit sécurité" in titles
        assert _titles(view) == ["Audit sécurité"]


def test_edit_keeps_the_deal_selected_and_updates_the_row(
    qtbot, three_deals: None, view: PipelineView, workspace: Workspace
) -> None:
    view.set_rows(workspace.pipeline.deal_rows())
    qtbot.keyClicks(view.search, "tablettes")
    view.table.selectRow(0)
    deal_id = view.current_deal_id()

    def edit(editor: QWidget) -> None:
        title = editor.findChild(QLineEdit, "title")
        assert title.text() == "Parc de tablettes"
        title.selectAll()
        qtbot.keyClicks(title, "Parc de tablettes (200)")
        click_button(editor, "saveButton")

    on_next_modal(edit)
    view.edit_deal()
    assert _titles(view) == ["Parc de tablettes (200)"]
    assert view.current_deal_id() == deal_id
    assert workspace.pipeline.deal_row(deal_id).title == "Parc de tablettes (200)"


def test_close_date_is_only_editable_for_won_or_lost_deals(qtbot, view: PipelineView) -> None:
    seen: list[tuple[bool, bool]] = []

    def check(editor: QWidget) -> None:
        status = editor.findChild(QComboBox, "status")
        closed = editor.findChild(QWidget, "closed_on")
        before = closed.isEnabled()
        status.setCurrentIndex(status.findData(DealStatus.LOST))
        seen.append((before, closed.isEnabled()))

    on_next_modal(check)
    view.new_deal()
    assert seen == [(False, True)]


def test_every_editor_label_mnemonic_reaches_its_field(qtbot, view: PipelineView) -> None:
    orphans: list[str] = []

    def check(editor: QWidget) -> None:
        for label in editor.findChildren(QLabel):
            if "&" in label.text() and label.buddy() is None:
                orphans.append(label.text())

    on_next_modal(check)
    view.new_deal()
    assert orphans == []


def test_the_editor_says_where_a_wins_commission_comes_from(
    qtbot, workspace: Workspace, view: PipelineView, tmp_path
) -> None:
    from salescoach.services import import_check, import_sample, importing
    from salescoach.services.commission import CommissionService
    from tests import crm_files

    sample = import_sample.inspect_file(crm_files.pipedrive(tmp_path / "deals.csv"))
    plan = import_check.check(workspace.store, sample, import_sample.settings_for(sample))
    importing.write(workspace.store, plan)  # "Logiciel de paie": won, 12 500.50 €, no commission
    CommissionService(workspace.store).set_rate("8")
    view.set_rows(view.workspace.pipeline.deal_rows())
    qtbot.keyClicks(view.search, "paie")
    view.table.selectRow(0)
    seen: list[str] = []

    def record(dialog: QWidget) -> None:
        seen.append(dialog.findChild(QLabel, "commissionSource").text())
        commission = dialog.findChild(QLineEdit, "commission")
        commission.clear()
        qtbot.keyClicks(commission, "500")
        click_button(dialog, "saveButton")

    on_next_modal(record)
    view.edit_deal()
    on_next_modal(lambda dialog: (seen.append(
        dialog.findChild(QLabel, "commissionSource").text()), dialog.reject()))  # fmt: skip
    view.table.selectRow(0)
    view.edit_deal()
    assert seen == ["from your plan: €1,000.04", "recorded"]


def test_typing_erasing_and_choosing_a_status_show_what_a_fresh_filter_shows(
    qtbot, view: PipelineView
) -> None:
    """Each keystroke searches only the previous result, and a Backspace goes back to
    a result kept on the way: the table must show what filtering every deal anew shows."""
    import uuid

    from salescoach.domain.enums import DealStage
    from salescoach.domain.rows import DealRow
    from salescoach.ui.pipeline.model import DealsModel

    names = ["Martin", "Martinez", "Marchand", "Dupont", "Durand", "Moreau", "Mercier"]
    products = ["Logiciel de paie", "Audit sécurité", "Parc de tablettes", "Copieurs"]
    rows = [
        DealRow(uuid.uuid4().int, f"{products[i % 4]} {i}", f"{names[i % 7]} SARL",
                f"Claire {names[(i * 3) % 7]}", 100_000 + i, "EUR", 8_000,
                DealStage.PROPOSAL, [DealStatus.OPEN, DealStatus.WON, DealStatus.LOST][i % 3],
                dt.date(2025, 1, 1) + dt.timedelta(days=i), None, "", None)
        for i in range(90)
    ]  # fmt: skip
    view.set_rows(rows)
    fresh = DealsModel()
    fresh.set_rows(rows)

    def shown() -> list[str]:
        return _titles(view)

    def expected(status: DealStatus | None = None) -> list[str]:
        fresh.set_filter(view.search.text(), status)
        return [fresh.index(r, DealColumn.TITLE).data() for r in range(fresh.rowCount())]

    for key in ["m", "a", "r", "t", "i", "n", " ", "c", "l"]:
        qtbot.keyClicks(view.search, key)
        assert shown() == expected(), view.search.text()
    for _ in range(4):  # back to "martin c", "martin ", "martin", "marti"
        qtbot.keyClick(view.search, Qt.Key.Key_Backspace)
        assert shown() == expected(), view.search.text()
    view.status_filter.setCurrentIndex(view.status_filter.findData(DealStatus.LOST))
    assert shown() == expected(DealStatus.LOST)
    for key in ["n", "e"]:  # "martine": only Martinez, lost
        qtbot.keyClicks(view.search, key)
        assert shown() == expected(DealStatus.LOST)
    deals = [view.model.deal_at(r) for r in range(len(shown()))]
    assert deals and all("Martinez" in f"{d.account} {d.contacts}" for d in deals)
    for _ in range(7):
        qtbot.keyClick(view.search, Qt.Key.Key_Backspace)
        assert shown() == expected(DealStatus.LOST), view.search.text()
    assert view.search.text() == "" and len(shown()) == 30
