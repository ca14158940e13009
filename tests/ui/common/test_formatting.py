"""Dates, quarters and percentages as each language writes them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QDateEdit

from salescoach.ui.common import formatting
from salescoach.ui.common.i18n import install_translators


@pytest.fixture
def french(qapp: object) -> Iterator[None]:
    install_translators("fr")
    yield
    install_translators("en")


def test_english_dates_have_four_digit_years() -> None:
    assert formatting.date_text(dt.date(2026, 11, 29)) == "11/29/2026"
    # 2000 and 2100 were both "1/1/00"
    assert formatting.date_text(dt.date(2000, 1, 1)) != formatting.date_text(dt.date(2100, 1, 1))
    assert "2100" in formatting.date_text(dt.date(2100, 1, 1))
    assert "2026" in formatting.datetime_text(dt.datetime(2026, 11, 29, 9, 5))


def test_french_dates_have_four_digit_years(french: None) -> None:
    assert formatting.date_text(dt.date(2026, 11, 29)) == "29/11/2026"


def test_date_fields_show_four_digit_years(qtbot) -> None:  # type: ignore[no-untyped-def]
    edit = QDateEdit(formatting.to_qdate(dt.date(2026, 11, 29)))
    qtbot.addWidget(edit)
    formatting.bound_dates(edit)
    assert edit.text() == "11/29/2026"


def test_one_way_to_write_a_quarter_per_language(french: None) -> None:
    assert formatting.quarter_key_text("2026-Q4") == "T4 2026"
    assert formatting.quarter_of_day(dt.date(2026, 2, 1)) == "T1 2026"
    install_translators("en")
    assert formatting.quarter_key_text("2026-Q4") == "Q4 2026"
    assert formatting.quarter_of_day(dt.date(2026, 11, 29)) == "Q4 2026"


def test_percent_spacing_per_language(french: None) -> None:
    assert formatting.percent_text(0.53) == "53\u202f%"
    install_translators("en")
    assert formatting.percent_text(0.53) == "53%"
    assert formatting.percent_text(0.245, 1) == "24.5%"


def test_the_amount_hint_of_a_deal_is_written_as_english_writes_numbers() -> None:
    """The English message showed the French "12 500,50"."""
    from salescoach.domain.deals import DealDraft, validate_deal
    from salescoach.domain.messages import ValidationError
    from salescoach.ui.common.i18n import tr_message

    with pytest.raises(ValidationError) as caught:
        validate_deal(DealDraft(title="Audit", amount_cents=None))
    assert tr_message(caught.value.fields["amount"]) == "Type a number, such as 12,500.50."
