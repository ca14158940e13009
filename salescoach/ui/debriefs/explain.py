"""How the Insights tab's figures are computed, with the rep's own counts: the tooltips of
the weak spot, the losses within control, the quarters, the reasons and the referrals.

Built from the same `DebriefInsights` the tab shows, never read again.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from salescoach.domain.debrief import QUESTIONS, Answer
from salescoach.domain.insights import DebriefInsights, QuarterControl, weak_count

# Called by this name, with literal arguments, so that pyside6-lupdate finds the strings.
translate = QCoreApplication.translate


def _share(part: int, whole: int) -> str:
    return f"{round(100 * part / whole)} %" if whole else "—"


def weak_spot_tip(i: DebriefInsights) -> str:
    """Each question's "no" and "partly" counts, and the rule that picks the weakest."""
    lines = [
        translate(
            "InsightsExplained",
            "In the {total} finished debriefs, the answers “no” and “partly” to each "
            "question, added up:",
        ).format(total=i.finished)
    ]
    for q in QUESTIONS:
        counts = i.answers.get(q.number, {})
        lines.append(
            translate(
                "InsightsExplained", "Question {number}: {no} no + {partly} partly = {weak}"
            ).format(
                number=q.number,
                no=counts.get(Answer.NO, 0),
                partly=counts.get(Answer.PARTLY, 0),
                weak=weak_count(counts),
            )
        )
    lines.append(
        translate(
            "InsightsExplained",
            "The highest total is your weak spot; a tie goes to more “no”, then to the "
            "earlier question.",
        )
    )
    return "\n".join(lines)


def unknown_losses(i: DebriefInsights) -> int:
    return sum(q.unknown for q in i.by_quarter)


def control_tip(i: DebriefInsights) -> str:
    """The losses within control over all that say, and those left out."""
    within, outside = i.controllable_losses, i.uncontrollable_losses
    return translate(
        "InsightsExplained",
        "Finished debriefs whose loss was within your control ÷ those that say either way "
        "= {within} ÷ ({within} + {outside}) = {share}. Left out: {unknown} where you did "
        "not say. Within or not comes from the loss reason, unless you changed it in the "
        "debrief.",
    ).format(
        within=within,
        outside=outside,
        share=_share(within, within + outside),
        unknown=unknown_losses(i),
    )


def quarter_tip(q: QuarterControl) -> str:
    return translate(
        "InsightsExplained",
        "{quarter}: {within} within ÷ ({within} + {outside}) = {share}; {unknown} not said, "
        "left out.",
    ).format(
        quarter=q.quarter,
        within=q.within,
        outside=q.outside,
        share=_share(q.within, q.within + q.outside),
        unknown=q.unknown,
    )


def reasons_tip() -> str:
    return translate(
        "InsightsExplained",
        "Finished debriefs per loss reason, in the quarter the deal was lost (the last four "
        "quarters with a debrief); All counts every quarter.",
    )


def referrals_tip(i: DebriefInsights) -> str:
    return translate(
        "InsightsExplained",
        "Out of {total} finished debriefs: a referral asked in {asked} ({asked_share}), "
        "someone referred in {obtained} ({obtained_share}).",
    ).format(
        total=i.finished,
        asked=i.referrals_asked,
        asked_share=_share(i.referrals_asked, i.finished),
        obtained=i.referrals_obtained,
        obtained_share=_share(i.referrals_obtained, i.finished),
    )


def competitors_tip() -> str:
    return translate(
        "InsightsExplained",
        "The competitor named at question 4 of each finished debrief, counted per name "
        "(capitals and spaces ignored).",
    )
