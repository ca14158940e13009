"""The deals table model: Qt's model contract, filtering and sorting as the user sees it."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from PySide6.QtCore import Qt

from salescoach.domain.enums import DealStage, DealStatus
from salescoach.domain.rows import DealRow
from salescoach.ui.pipeline.model import DealColumn, DealsModel


def _row(title: str, account: str, contacts: str = "", **kw: object) -> DealRow:
    values: dict[str, object] = {
        "key": uuid.uuid4().int,
        "title": title,
        "account": account,
        "contacts": contacts,
        "amount_cents": 100_000,
        "currency": "EUR",
        "commission_cents": 8_000,
        "stage": DealStage.PROPOSAL,
        "status": DealStatus.OPEN,
        "created_on": dt.date(2025, 3, 1),
        "closed_on": None,
        "competitor": "",
    }
    values.update(kw)
    return DealRow(**values)  # type: ignore[arg-type]


ROWS = [
    _row("Logiciel de paie", "Boulangerie Dupont SARL", "Claire Martin", amount_cents=500_000),
    _row(
        "Parc de tablettes",
        "Transports Lefèvre",
        "Hugo Bernard",
        status=DealStatus.WON,
        closed_on=dt.date(2025, 6, 1),
        created_on=dt.date(2025, 1, 10),
        amount_cents=2_000_000,
    ),
    _row(
        "Audit sécurité",
        "Cabinet Moreau",
        "Élodie Dupont",
        status=DealStatus.LOST,
        stage=DealStage.NEGOTIATION,
        closed_on=dt.date(2025, 4, 2),
        created_on=dt.date(2024, 11, 5),
        amount_cents=90_000,
    ),
]


@pytest.fixture
def model() -> DealsModel:
    m = DealsModel()
    m.set_rows(ROWS)
    return m


def _titles(m: DealsModel) -> list[str]:
    return [m.index(r, DealColumn.TITLE).data() for r in range(m.rowCount())]


def test_model_passes_qt_model_tester(qtmodeltester, model: DealsModel) -> None:
    qtmodeltester.check(model, force_py=True)
    model.set_filter("dupont")
    qtmodeltester.check(model, force_py=True)


def test_filter_matches_title_account_and_contacts_ignoring_case(model: DealsModel) -> None:
    model.set_filter("DUPONT")  # an account and a contact
    assert sorted(_titles(model)) == ["Audit sécurité", "Logiciel de paie"]
    model.set_filter("tablettes")
    assert _titles(model) == ["Parc de tablettes"]
    model.set_filter("élodie audit")  # every word must match, in any field
    assert _titles(model) == ["Audit sécurité"]
    model.set_filter("")
    assert model.rowCount() == 3


def test_typing_and_deleting_letters_gives_the_same_result_as_typing_afresh(
    model: DealsModel,
) -> None:
    for prefix in ("d", "du", "dup", "dupo", "dupon", "dupont"):
        model.set_filter(prefix)
    assert sorted(_titles(model)) == ["Audit sécurité", "Logiciel de paie"]
    model.set_filter("dupont x")
    assert _titles(model) == []
    model.set_filter("dupo")
    assert len(_titles(model)) == 2


def test_status_and_stage_filters_combine_with_text(model: DealsModel) -> None:
    model.set_filter("", status=DealStatus.LOST)
    assert _titles(model) == ["Audit sécurité"]
    model.set_filter("", stage=DealStage.PROPOSAL)
    assert sorted(_titles(model)) == ["Logiciel de paie", "Parc de tablettes"]
    model.set_filter("dupont", status=DealStatus.OPEN)
    assert _titles(model) == ["Logiciel de paie"]


def test_sorting_by_amount_and_date_uses_values_not_text(model: DealsModel) -> None:
    model.sort(DealColumn.AMOUNT, Qt.SortOrder.AscendingOrder)
    assert _titles(model) == ["Audit sécurité", "Logiciel de paie", "Parc de tablettes"]
    model.sort(DealColumn.CREATED, Qt.SortOrder.DescendingOrder)
    assert _titles(model) == ["Logiciel de paie", "Parc de tablettes", "Audit sécurité"]
    model.set_filter("dupont")
    assert _titles(model) == ["Logiciel de paie", "Audit sécurité"]  # filter keeps the sort


def test_upsert_and_remove_keep_filter_and_sort(model: DealsModel) -> None:
    model.sort(DealColumn.TITLE, Qt.SortOrder.AscendingOrder)
    model.set_filter("dupont")
    new = _row("Bornes Wi-Fi", "Hôtel Dupont", "")
    model.upsert(new)
    assert _titles(model) == ["Audit sécurité", "Bornes Wi-Fi", "Logiciel de paie"]
    model.upsert(_row("Bornes Wi-Fi (phase 2)", "Hôtel Dupont", key=new.key))
    assert "Bornes Wi-Fi (phase 2)" in _titles(model)
    assert model.total_count() == 4
    model.remove(new.id)
    assert _titles(model) == ["Audit sécurité", "Logiciel de paie"]


def test_cells_show_money_and_translated_status(model: DealsModel) -> None:
    model.sort(DealColumn.AMOUNT, Qt.SortOrder.DescendingOrder)
    amount = model.index(0, DealColumn.AMOUNT).data()
    assert "20" in amount and "000" in amount
    assert model.index(0, DealColumn.STATUS).data() == "Won"
    align = model.index(0, DealColumn.AMOUNT).data(Qt.ItemDataRole.TextAlignmentRole)
    assert align & Qt.AlignmentFlag.AlignRight


def test_rows_indexed_while_the_user_changed_the_sort_show_in_the_new_sort(
    model: DealsModel,
) -> None:
    """Rows are prepared off the GUI thread in the sort of the moment; if the user clicked
    another column meanwhile, the table shows them in the column they clicked."""
    from salescoach.ui.pipeline.model import index_deals

    prepared = index_deals(ROWS, *model.sort_key())  # newest first
    model.sort(DealColumn.AMOUNT, Qt.SortOrder.AscendingOrder)
    model.set_index(prepared)
    assert _titles(model) == ["Audit sécurité", "Logiciel de paie", "Parc de tablettes"]
    model.set_filter("dupont")
    model.set_index(index_deals(ROWS, *model.sort_key()))
    assert _titles(model) == ["Audit sécurité", "Logiciel de paie"]  # the filter kept too


def test_the_table_holds_little_beyond_the_rows_themselves() -> None:
    """What the table keeps per deal for filtering and sorting (its words, its place in the
    sort): with 200,000 deals in the window after a large import, each byte is 0.2 MiB."""
    import tracemalloc

    from salescoach.ui.pipeline.model import index_deals

    rows = [_row(f"Deal {i:05d}", "Acme", "Claire Martin") for i in range(20_000)]
    model = DealsModel()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        model.set_index(index_deals(rows))
        kept = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    # The words ("deal 00042\nacme\nclaire martin", 80 bytes) and about 30 bytes more: the
    # positions are 4-byte C ints, where a list of int objects took 36 bytes a deal.
    assert kept / len(rows) < 125
    model.set_filter("deal 00042")
    assert _titles(model) == ["Deal 00042"]


def test_a_changed_deal_shows_its_new_texts(model: DealsModel) -> None:
    """The cells' texts are kept once shown: an edit must show the new ones."""
    model.set_filter("tablettes")
    assert model.index(0, DealColumn.STATUS).data() == "Won"
    amount = model.index(0, DealColumn.AMOUNT).data()
    row = model.deal_at(0)
    model.upsert(
        _row(row.title, row.account, key=row.key, status=DealStatus.LOST, amount_cents=7_000_000)
    )
    assert model.index(0, DealColumn.STATUS).data() == "Lost · debrief pending"
    assert model.index(0, DealColumn.AMOUNT).data() not in (amount, "")
    assert "70" in model.index(0, DealColumn.AMOUNT).data()
    model.set_filter("")
    model.sort(DealColumn.AMOUNT, Qt.SortOrder.DescendingOrder)  # still right in a new order
    assert "70" in model.index(0, DealColumn.AMOUNT).data()
    assert model.index(0, DealColumn.TITLE).data() == "Parc de tablettes"
