"""Pure rules: amounts as people type them, and what the deal editor refuses."""

from __future__ import annotations

import datetime as dt

import pytest

from salescoach.domain.deals import (
    ContactDraft,
    DealDraft,
    validate_contact,
    validate_deal,
)
from salescoach.domain.enums import DealStatus
from salescoach.domain.messages import ValidationError
from salescoach.domain.money import parse_amount


@pytest.mark.parametrize(
    ("text", "point", "cents"),
    [
        ("12 500,50", ",", 1250050),
        ("12\u202f500,50 €", ",", 1250050),  # French locale's narrow no-break space
        ("12500", ",", 1250000),
        ("12,500.50", ".", 1250050),
        ("1,250", ".", 125000),
        ("12,5", ",", 1250),
        ("12.5", ",", 1250),
        ("€ 99.99", ".", 9999),
        ("1'250.00 CHF", ".", 125000),
        ("-40", ".", -4000),
        ("0", ".", 0),
    ],
)
def test_amounts_are_read_as_typed(text: str, point: str, cents: int) -> None:
    assert parse_amount(text, point) == cents


@pytest.mark.parametrize("text", ["", "abc", "12a", "1.2.3,4,5x", "12.345", "--3", "€"])
def test_non_numbers_are_not_amounts(text: str) -> None:
    assert parse_amount(text, ",") is None


def _deal(**changes: object) -> DealDraft:
    draft = DealDraft(title="CRM", amount_cents=100_000, commission_cents=8_000)
    for key, value in changes.items():
        setattr(draft, key, value)
    return draft


def _refused_fields(draft: DealDraft) -> set[str]:
    with pytest.raises(ValidationError) as info:
        validate_deal(draft)
    return set(info.value.fields)


def test_a_good_deal_passes() -> None:
    validate_deal(_deal())


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"title": "   "}, "title"),
        ({"amount_cents": -1}, "amount"),
        ({"amount_cents": None}, "amount"),
        ({"commission_cents": None}, "commission"),
        ({"commission_cents": 200_000}, "commission"),
        ({"currency": "XXX"}, "currency"),
        ({"status": DealStatus.WON, "closed_on": None}, "closed_on"),
        (
            {
                "status": DealStatus.LOST,
                "created_on": dt.date(2025, 5, 2),
                "closed_on": dt.date(2025, 5, 1),
            },
            "closed_on",
        ),
    ],
)
def test_bad_deals_are_refused_on_the_right_field(changes: dict[str, object], field: str) -> None:
    assert field in _refused_fields(_deal(**changes))


def test_every_problem_is_reported_at_once() -> None:
    assert _refused_fields(_deal(title="", amount_cents=-5)) == {"title", "amount"}


def test_an_open_deal_forgets_its_close_date() -> None:
    draft = _deal(closed_on=dt.date(2020, 1, 1))
    validate_deal(draft)
    assert draft.closed_on is None


def test_contacts_need_a_name_and_a_plausible_email() -> None:
    validate_contact(ContactDraft("Claire", "Martin", email="claire.martin@exemple.fr"))
    with pytest.raises(ValidationError) as info:
        validate_contact(ContactDraft("", " ", email="pas-un-email"))
    assert set(info.value.fields) == {"last_name", "email"}
