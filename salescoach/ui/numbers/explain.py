"""How each figure of the Numbers view is computed, with the rep's own figures that went in:
the tooltips of the figures, of the split by kind and of the headline.

Built from the same `TouchNumbers` the view shows (never read again), so the explanation
and the figure cannot disagree.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from salescoach.domain.numbers import KindLine, TouchNumbers, WhatIf
from salescoach.domain.planner import WEEKS_PER_MONTH, LeadPlan, PlannerHistory, round_up
from salescoach.ui.common import formatting, labels

# Called by this name, with literal arguments, so that pyside6-lupdate finds the strings.
translate = QCoreApplication.translate


def _money(cents: float, currency: str) -> str:
    return formatting.money(cents, currency)


def _period_scope() -> str:
    return translate(
        "NumbersExplained",
        "Counted over the period chosen above: deals closed in it, touches logged in it "
        "(on won, lost and open deals, and on no deal).",
    )


def figure_tips(n: TouchNumbers) -> dict[str, str]:
    """One explanation per figure of `figures.FIGURES`, with the numbers that went in (what
    the period counts is `scope_note`)."""
    cur = n.currency
    money = _money
    count = formatting.count_text
    closed = n.won + n.lost
    tips = {
        "commission": translate(
            "NumbersExplained",
            "The commission recorded on the deals won in the period ({won}), added up: {amount}.",
        ).format(won=count(n.won), amount=money(n.commission_cents, cur)),
        "won": translate(
            "NumbersExplained", "Deals marked won with a close date in the period: {won}."
        ).format(won=count(n.won)),
        "lost": translate(
            "NumbersExplained", "Deals marked lost with a close date in the period: {lost}."
        ).format(lost=count(n.lost)),
        "win_rate": (
            translate(
                "NumbersExplained",
                "Wins ÷ deals closed = {won} ÷ ({won} + {lost}) = {rate}. Open deals do not "
                "count yet.",
            ).format(
                won=count(n.won),
                lost=count(n.lost),
                rate=formatting.percent_text(n.win_rate or 0, 1),
            )
            if closed
            else translate("NumbersExplained", "No deal won or lost in the period: no rate.")
        ),
        "touches": translate(
            "NumbersExplained",
            "Every call, email, meeting and other touch logged in the period: {touches} ({kinds}).",
        ).format(
            touches=count(n.touches),
            kinds=", ".join(
                f"{labels.kind_label(line.kind)} {count(line.touches)}"
                for line in n.by_kind
                if line.touches
            )
            or "—",
        ),
        "touches_per_win": (
            translate(
                "NumbersExplained",
                "Touches logged ÷ wins = {touches} ÷ {won} = {ratio}: what it takes, on "
                "average, to win one deal, the touches on deals lost on the way included.",
            ).format(
                touches=count(n.touches),
                won=count(n.won),
                ratio=formatting.number_text(n.touches_per_win),
            )
            if n.touches_per_win is not None
            else translate(
                "NumbersExplained", "Needs at least one win and one touch in the period."
            )
        ),
        "avg_commission": (
            translate(
                "NumbersExplained",
                "Commission earned ÷ wins = {commission} ÷ {won} = {average}.",
            ).format(
                commission=money(n.commission_cents, cur),
                won=count(n.won),
                average=money(n.avg_commission_per_win_cents, cur),
            )
            if n.avg_commission_per_win_cents is not None
            else translate("NumbersExplained", "Needs at least one win in the period.")
        ),
        "per_touch_value": (
            translate(
                "NumbersExplained",
                "Commission earned ÷ touches logged = {commission} ÷ {touches} = {value}. "
                "The same as the average commission per win ({average}) ÷ touches per win "
                "({ratio}): every touch earns its share, the ones that ended in a no "
                "included.",
            ).format(
                commission=money(n.commission_cents, cur),
                touches=count(n.touches),
                value=money(n.per_touch_value_cents, cur),
                average=money(n.avg_commission_per_win_cents or 0, cur),
                ratio=formatting.number_text(n.touches_per_win or 0),
            )
            if n.per_touch_value_cents is not None
            else translate(
                "NumbersExplained", "Needs at least one win and one touch in the period."
            )
        ),
    }
    return tips


def scope_note(n: TouchNumbers) -> str:
    """What the period's figures count, said once under each explanation."""
    scope = _period_scope()
    if n.others:
        scope += " " + translate(
            "NumbersExplained",
            "Deals in other currencies, and their touches, are left out (see the note below).",
        )
    return scope


def kind_tip(line: KindLine, n: TouchNumbers) -> str:
    """The split's row for one kind of touch, computed in words."""
    count = formatting.count_text
    parts = [
        translate(
            "NumbersExplained", "{kind}: {touches} of the {total} touches logged ({share})."
        ).format(
            kind=labels.kind_label(line.kind),
            touches=count(line.touches),
            total=count(n.touches),
            share=formatting.percent_text(line.share or 0),
        )
    ]
    if line.per_win is not None:
        parts.append(
            translate(
                "NumbersExplained", "Touches per win: {touches} ÷ {won} wins = {per_win}."
            ).format(
                touches=count(line.touches),
                won=count(n.won),
                per_win=formatting.number_text(line.per_win),
            )
        )
    if line.worth_cents is not None and n.per_touch_value_cents is not None:
        parts.append(
            translate(
                "NumbersExplained",
                "Share of commission: {touches} × {value} a touch = {worth}, this kind's "
                "part of the {commission} earned.",
            ).format(
                touches=count(line.touches),
                value=_money(n.per_touch_value_cents, n.currency),
                worth=_money(line.worth_cents, n.currency),
                commission=_money(n.commission_cents, n.currency),
            )
        )
    return "\n".join(parts)


def headline_tip(n: TouchNumbers) -> str:
    """Where the headline's "about" amount comes from."""
    if n.per_touch_value_cents is None:
        return ""
    return translate(
        "NumbersExplained",
        "Commission earned ({commission}, on {won} wins) ÷ touches logged ({touches}) = "
        "{value} a touch, rounded in the sentence. A call is one touch: each is worth the "
        "same.",
    ).format(
        commission=_money(n.commission_cents, n.currency),
        won=formatting.count_text(n.won),
        touches=formatting.count_text(n.touches),
        value=_money(n.per_touch_value_cents, n.currency),
    )


def plan_tips(plan: LeadPlan) -> dict[str, str]:
    """The planner's four outputs, each computed from the fields typed."""
    number = formatting.number_text
    rate = formatting.percent_text(plan.rate_now, 1)
    leads = plan.leads_per_month
    weeks = number(WEEKS_PER_MONTH, 2)
    return {
        "leads_per_month": translate(
            "NumbersExplained",
            "Sales to close ÷ conversion now = {target} ÷ {rate} = {leads}, rounded up to "
            "{whole}: a lead is found whole.",
        ).format(
            target=number(plan.target_per_month),
            rate=rate,
            leads=number(leads),
            whole=formatting.count_text(round_up(leads)),
        ),
        "leads_per_week": translate(
            "NumbersExplained",
            "Leads a month ÷ {weeks} weeks in a month = {leads} ÷ {weeks} = {value}, rounded up.",
        ).format(weeks=weeks, leads=number(leads), value=number(plan.leads_per_week)),
        "touches_per_month": translate(
            "NumbersExplained",
            "Leads a month × touches per lead = {leads} × {per_lead} = {value}, rounded up.",
        ).format(
            leads=number(leads),
            per_lead=number(plan.touches_per_lead),
            value=number(plan.touches_per_month),
        ),
        "touches_per_week": translate(
            "NumbersExplained",
            "Touches a month ÷ {weeks} weeks in a month = {touches} ÷ {weeks} = {value}, "
            "rounded up.",
        ).format(
            weeks=weeks,
            touches=number(plan.touches_per_month),
            value=number(plan.touches_per_week),
        ),
    }


def prefill_tip(history: PlannerHistory) -> str:
    """Where the planner's first figures come from, in the rep's history."""
    parts = []
    if history.wins_per_month is not None:
        parts.append(
            translate(
                "NumbersExplained",
                "Sales per month: the deals won over the last 12 full months ÷ 12 = {value}.",
            ).format(value=formatting.number_text(history.wins_per_month))
        )
    if history.now is not None and history.now.rate is not None:
        parts.append(
            translate(
                "NumbersExplained",
                "Conversion in a quarter: won ÷ (won + lost) of the deals closed in it; now: "
                "{quarter}, {won} ÷ ({won} + {lost}).",
            ).format(quarter=history.now.quarter, won=history.now.won, lost=history.now.lost)
        )
    if history.touches_per_lead is not None:
        parts.append(
            translate(
                "NumbersExplained",
                "Touches per lead: the touches logged over the last 12 full months ÷ the deals "
                "created in them = {value}.",
            ).format(value=formatting.number_text(history.touches_per_lead))
        )
    return "\n".join(parts)


def what_if_tip(result: WhatIf, currency: str) -> str:
    return translate(
        "NumbersExplained",
        "Average commission per sale ÷ touches per sale = {commission} ÷ {touches} = {value}.",
    ).format(
        commission=_money(result.commission_cents, currency),
        touches=formatting.number_text(result.touches_per_sale),
        value=_money(result.value_cents, currency),
    )
