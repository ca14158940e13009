"""Dates within 1900-2200 everywhere: imports refuse the others with the row and column
(a CRM's "no date" placeholder aside), the command line refuses them as arguments, the
editors cannot reach them, and a folder already holding one still shows its progress."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QDateTimeEdit, QLabel, QSpinBox

from salescoach.domain.date_bounds import FIRST_DAY, LAST_DAY
from salescoach.domain.deals import ContactDraft, DealDraft, TouchDraft
from salescoach.domain.debrief import QUESTION_NUMBERS, Answer, DebriefState, seed_reason_id
from salescoach.domain.enums import DealStatus, TouchKind
from salescoach.domain.followups import CadenceUnit
from salescoach.domain.goals import NominationDraft
from salescoach.domain.messages import ValidationError
from salescoach.domain.progress import Grouping
from salescoach.services import exporting
from salescoach.services.progress import ProgressService
from salescoach.services.workspace import Workspace, open_workspace
from salescoach.ui.common import formatting
from salescoach.ui.common.touch_dialog import TouchDialog
from salescoach.ui.debriefs.dialog import DebriefDialog
from salescoach.ui.followups.dialogs import CadenceDialog
from salescoach.ui.pipeline.deal_editor import DealEditor
from tests import crm_files
from tests.cli.test_cli import run
from tests.cli.test_import import _deals
from tests.conftest import click_button
from tests.ui.data import test_import_export as ui_import
from tests.ui.progress.history import open_window, shown

REALDATA = Path(__file__).resolve().parents[1] / ".." / "shared" / "realdata"
SALESFORCE = ["Opportunity Name", "Account Name", "Stage", "Close Date", "Created Date"]


def test_a_won_date_in_year_9999_is_refused_with_row_and_column(tmp_path: Path) -> None:
    rows = [list(r) for r in crm_files.PIPEDRIVE_ROWS]
    rows[0][6] = "9999-12-31 00:00:00"  # Won time
    rows[2][8] = "0001-01-01"  # Deal created
    path = crm_files.write_csv(tmp_path / "deals.csv", crm_files.PIPEDRIVE, rows)
    folder = str(tmp_path / "data")
    done = run("import", str(path), "--data-dir", folder, "--lang", "en")
    assert done.returncode == 2, done.stderr
    assert (
        "Row 2, column “Deal - Won time”: “9999-12-31 00:00:00” is not a date between 1900 "
        "and 2200." in done.stdout.splitlines()
    )
    assert (
        "Row 4, column “Deal - Deal created”: “0001-01-01” is not a date between 1900 and "
        "2200." in done.stdout.splitlines()
    )
    assert "2 of 4 rows of deals.csv cannot be imported" in done.stderr
    assert _deals(tmp_path / "data") == 0
    french = run("import", str(path), "--data-dir", folder, "--lang", "fr")
    assert "n’est pas une date entre 1900 et 2200" in french.stdout


def _salesforce(path: Path, rows: list[list[str]]) -> Path:
    return crm_files.write_csv(path, SALESFORCE, rows, sep=";")


def test_an_open_deals_placeholder_close_date_is_read_as_no_date(tmp_path: Path) -> None:
    path = _salesforce(
        tmp_path / "report.csv",
        [
            ["BMWGEN6", "BMW", "Draft Phase", "31.12.3999", "19.06.2025"],
            ["MBW520", "Mercedes-Benz", "Draft Phase", "31.12.9999", "19.06.2025"],
            ["VW326", "Volkswagen", "Draft Phase", "30.06.2025", "19.06.2025"],
            ["A4", "Audi", "Closed Won", "31.12.3999", "19.06.2025"],  # won: a real date
            ["Q7", "Audi", "Draft Phase", "01.01.1899", "19.06.2025"],  # not a placeholder
        ],
    )
    folder = tmp_path / "data"
    done = run("import", str(path), "--data-dir", str(folder), "--lang", "en")
    assert done.returncode == 2
    lines = done.stdout.splitlines()
    assert "Row 5, column “Close Date”: “31.12.3999” is not a date between 1900 and 2200." in lines
    assert "Row 6, column “Close Date”: “01.01.1899” is not a date between 1900 and 2200." in lines
    assert not any(line.startswith(("Row 2,", "Row 3,")) for line in lines)
    done = run("import", str(path), "--skip-bad-rows", "--data-dir", str(folder), "--lang", "en")
    assert done.returncode == 0, done.stderr
    assert "3 deal(s) imported" in done.stdout
    assert done.stdout.splitlines()[-1] == (
        "2 placeholder date(s) (such as 31.12.3999) read as no date."
    )
    with sqlite3.connect(folder / "salescoach.sqlite") as conn:
        stored = dict(conn.execute("SELECT title, closed_on FROM deals").fetchall())
    conn.close()
    assert stored == {"BMWGEN6": None, "MBW520": None, "VW326": None}
    french = run("import", str(path), "--dry-run", "--data-dir", str(tmp_path / "fr"),
                 "--lang", "fr", "--skip-bad-rows")  # fmt: skip
    assert "2 date(s) de substitution" in french.stdout.splitlines()[-1]


def test_the_import_dialog_reports_the_placeholders(qtbot, data_dir: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = _salesforce(
        tmp_path / "report.csv",
        [["BMWGEN6", "BMW", "Draft Phase", "31.12.3999", "19.06.2025"],
         ["VW326", "Volkswagen", "Draft Phase", "30.06.2025", "19.06.2025"]],
    )  # fmt: skip
    window = open_window(qtbot, data_dir)
    dialog = ui_import._dialog(qtbot, window, path)
    click_button(dialog, "importNowButton")
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=20_000)
    status = ui_import._text(dialog, "importStatus")
    assert "2 deals imported" in status and "1 placeholder date read as no date" in status
    window.close()


@pytest.mark.skipif(not REALDATA.is_dir(), reason="the real CRM exports are not here")
def test_the_real_salesforce_reports_placeholders(tmp_path: Path) -> None:
    path = REALDATA / "salesforce_report_opportunities_de.csv"
    done = run("import", str(path), "--dry-run", "--data-dir", str(tmp_path), "--lang", "en")
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.splitlines()[-1] == (
        "85 placeholder date(s) (such as 31.12.3999) read as no date."
    )


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_a_salescoach_export_with_a_far_date_is_refused(tmp_path: Path, fmt: str) -> None:
    ws = open_workspace(tmp_path / "source")
    ws.pipeline.save_deal(DealDraft("Logiciel de paie", "Cabinet Moreau", 100_000))
    out = exporting.export(ws.store, fmt, tmp_path / f"export.{fmt}").path
    ws.close()
    if fmt == "csv":
        deals = out / "deals.csv"
        text = deals.read_text(encoding="utf-8-sig")
        day = dt.date.today().isoformat()
        deals.write_text(text.replace(day, "9999-12-31", 1), encoding="utf-8-sig")
        target = deals
    else:
        data = json.loads(out.read_text())
        data["tables"]["deals"][0]["created_on"] = "9999-12-31"
        out.write_text(json.dumps(data))
        target = out
    done = run("import", str(target), "--data-dir", str(tmp_path / "data"), "--lang", "en")
    assert done.returncode == 2, done.stdout + done.stderr
    assert "“9999-12-31” is not a date between 1900 and 2200." in done.stdout
    assert "created_on" in done.stdout
    assert "Traceback" not in done.stderr


@pytest.mark.parametrize(
    ("option", "value"), [("--until", "9999-12-31"), ("--since", "1899-12-31")]
)
def test_stats_refuses_a_date_out_of_bounds(tmp_path: Path, option: str, value: str) -> None:
    done = run("stats", option, value, "--data-dir", str(tmp_path / "data"))
    assert done.returncode == 2
    assert done.stderr == (
        f"salescoach: argument {option}: not a date between 1900 and 2200: {value}\n"
    )
    assert done.stdout == ""


def _bricked(folder: Path) -> None:
    """Wins in 2025, then one won in 9999 and one in year 1, as an older version stored."""
    ws = open_workspace(folder)
    for n, month in enumerate((3, 5, 8)):
        ws.pipeline.save_deal(
            DealDraft(f"Deal {n}", "Cabinet Moreau", 100_000, status=DealStatus.WON,
                      created_on=dt.date(2025, 1, 2), closed_on=dt.date(2025, month, 10))
        )  # fmt: skip
    ws.close()
    with sqlite3.connect(folder / "salescoach.sqlite") as conn:
        conn.execute("UPDATE deals SET closed_on = '9999-12-31' WHERE title = 'Deal 1'")
        conn.execute(
            "UPDATE deals SET closed_on = '0001-01-01', created_on = '0001-01-01' "
            "WHERE title = 'Deal 2'"
        )
    conn.close()


def _months_to_today(first: dt.date) -> int:
    today = dt.date.today()
    return (today.year - first.year) * 12 + today.month - first.month + 1


def test_stats_on_a_folder_holding_a_far_date(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    _bricked(folder)
    table = run("stats", "--data-dir", str(folder), "--lang", "en")
    assert table.returncode == 0, table.stderr
    done = run("stats", "--json", "--data-dir", str(folder))
    assert done.returncode == 0, done.stderr
    figures = json.loads(done.stdout)
    assert figures["deals"]["won"] == 3  # still counted as won
    months = [m["month"] for m in figures["monthly"]]
    # From March 2025 (the one sane date) to this month, nothing before or after.
    assert months[0] == "2025-03"
    assert len(months) == _months_to_today(dt.date(2025, 3, 1))
    assert sum(m["won"] for m in figures["monthly"]) == 1


def test_the_progress_view_opens_on_a_folder_holding_a_far_date(qtbot, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    _bricked(data_dir)
    window = open_window(qtbot, data_dir)
    view = shown(qtbot, window)
    assert view.data is not None
    monthly = view.data.series[Grouping.MONTH]
    assert monthly[0].start == dt.date(2025, 3, 1)
    assert len(monthly) == _months_to_today(dt.date(2025, 3, 1))
    yearly = view.data.series[Grouping.YEAR]
    assert [p.start.year for p in yearly] == list(range(2025, dt.date.today().year + 1))
    assert not view.grab().isNull()
    window.close()


def test_the_progress_series_never_passes_the_bounds(workspace) -> None:  # type: ignore[no-untyped-def]
    workspace.pipeline.save_deal(
        DealDraft("Deal", "Cabinet Moreau", 100_000, status=DealStatus.WON,
                  created_on=dt.date(2025, 1, 2), closed_on=dt.date(2025, 3, 10))
    )  # fmt: skip
    data = ProgressService(workspace.store).load(today=dt.date(9999, 12, 31))
    monthly = data.series[Grouping.MONTH]
    assert monthly[-1].start == dt.date(2200, 12, 1)  # clamped, not past year 9999


def _range(edit: QDateEdit | QDateTimeEdit) -> tuple[QDate, QDate]:
    return edit.minimumDate(), edit.maximumDate()


def test_date_editors_stay_within_the_bounds(qtbot, workspace) -> None:  # type: ignore[no-untyped-def]
    bounds = (QDate(FIRST_DAY.year, 1, 1), QDate(LAST_DAY.year, 12, 31))
    editor = DealEditor(workspace.pipeline)
    qtbot.addWidget(editor)
    for edit in (editor.created_on, editor.closed_on):
        assert _range(edit) == bounds
        edit.setDate(QDate(9999, 12, 31))
        assert edit.date() == QDate(2200, 12, 31)
    touch = TouchDialog(workspace.pipeline, None, "Deal")
    qtbot.addWidget(touch)
    assert _range(touch.when) == bounds
    cadence = CadenceDialog(workspace.followups, workspace.pipeline)
    qtbot.addWidget(cadence)
    assert _range(cadence.findChild(QDateEdit, "cadenceFirst")) == bounds


# A deal lost on 9999-12-31, stored by an older version --------------------------------


def _lose_in_9999(folder: Path, title: str) -> None:
    """Move the loss of `title` to 9999-12-31, as an older version would have stored it."""
    with sqlite3.connect(folder / "salescoach.sqlite") as conn:
        conn.execute("UPDATE deals SET closed_on = '9999-12-31' WHERE title = ?", (title,))
        conn.execute(
            "UPDATE debriefs SET lost_on = '9999-12-31' "
            "WHERE deal_id = (SELECT id FROM deals WHERE title = ?)",
            (title,),
        )
    conn.close()


def _lost(ws: Workspace, title: str, lost_on: dt.date) -> uuid.UUID:
    row = ws.pipeline.save_deal(
        DealDraft(title, f"{title} SA", 100_000, created_on=dt.date(2025, 1, 2))
    )
    ws.debriefs.mark_lost(row.id, lost_on)
    return row.id


def _finish(ws: Workspace, deal_id: uuid.UUID, controllable: bool | None) -> None:
    draft, _ = ws.debriefs.load(deal_id)
    draft.answers = {n: Answer.NO for n in QUESTION_NUMBERS}
    draft.reason_id = seed_reason_id("budget")
    draft.controllable = controllable
    draft.stay_in_touch = False
    ws.debriefs.finish(draft)


def test_a_debrief_of_a_deal_lost_in_9999_schedules_its_follow_up(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    ws = open_workspace(folder)
    deal = _lost(ws, "Parc de tablettes", dt.date(2025, 3, 10))
    ws.close()
    _lose_in_9999(folder, "Parc de tablettes")
    ws = open_workspace(folder)
    draft, _ = ws.debriefs.load(deal)
    draft.answers = {n: Answer.NO for n in QUESTION_NUMBERS}
    draft.reason_id = seed_reason_id("budget")
    draft.stay_in_touch, draft.cadence_months = True, 3
    ws.debriefs.finish(draft)  # was "year 10000 is out of range"
    assert ws.debriefs.load(deal)[1] is DebriefState.DONE
    [follow_up] = ws.followups.rows()
    assert (follow_up.who, follow_up.next_on) == ("Parc de tablettes SA", LAST_DAY)
    ws.close()


def test_the_debrief_dialog_opens_on_a_deal_lost_in_9999(qtbot, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    ws = open_workspace(data_dir)
    deal = _lost(ws, "Parc de tablettes", dt.date(2025, 3, 10))
    ws.close()
    _lose_in_9999(data_dir, "Parc de tablettes")
    ws = open_workspace(data_dir)
    try:
        dialog = DebriefDialog(ws.pipeline, ws.debriefs, deal)  # was "year 10000 is out of range"
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.go(4)
        months = dialog.findChild(QSpinBox, "cadenceMonths")
        months.selectAll()
        qtbot.keyClicks(months, "6")
        label = dialog.findChild(QLabel, "nextFollowUp")
        assert label.text() == f"next: {formatting.date_text(LAST_DAY)}"
        dialog.go(2)
        combo = dialog.findChild(QComboBox, "lossReason")
        combo.setCurrentIndex(combo.findText("Budget"))
        combo.activated.emit(combo.currentIndex())
        click_button(dialog, "finishButton")
        qtbot.waitUntil(lambda: not dialog.isVisible())
        assert ws.debriefs.load(deal)[1] is DebriefState.DONE
        assert [f.next_on for f in ws.followups.rows()] == [LAST_DAY]
    finally:
        ws.close()


def test_debrief_insights_leave_out_quarters_past_the_bounds(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    ws = open_workspace(folder)
    for title, day, controllable in (
        ("Parc de tablettes", dt.date(2025, 3, 10), True),
        ("Logiciel de paie", dt.date(2025, 5, 12), False),
        ("Flotte de véhicules", dt.date(2025, 5, 20), True),
    ):
        _finish(ws, _lost(ws, title, day), controllable)
    ws.close()
    _lose_in_9999(folder, "Flotte de véhicules")
    ws = open_workspace(folder)
    insights = ws.debriefs.insights()
    ws.close()
    # The 9999 loss made a table of 31,900 quarters; it still counts in every total.
    assert [(q.quarter, q.within, q.outside) for q in insights.by_quarter] == [
        ("2025-Q1", 1, 0),
        ("2025-Q2", 0, 1),
    ]
    assert sorted(insights.reasons_by_quarter) == ["2025-Q1", "2025-Q2"]
    assert insights.finished == 3
    assert (insights.controllable_losses, insights.uncontrollable_losses) == (2, 1)
    assert insights.reason_totals == [(seed_reason_id("budget"), 3)]


def test_the_planner_leaves_out_a_deal_lost_in_9999(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    ws = open_workspace(folder)
    for title, status, day in (
        ("Parc de tablettes", DealStatus.WON, dt.date(2025, 2, 10)),
        ("Logiciel de paie", DealStatus.WON, dt.date(2025, 4, 10)),
        ("Flotte de véhicules", DealStatus.LOST, dt.date(2025, 4, 20)),
    ):
        ws.pipeline.save_deal(
            DealDraft(title, "Cabinet Moreau", 100_000, status=status,
                      created_on=dt.date(2025, 1, 2), closed_on=day)
        )  # fmt: skip
    ws.close()
    _lose_in_9999(folder, "Flotte de véhicules")
    ws = open_workspace(folder)
    history = ws.numbers.planner(today=dt.date(2025, 6, 15))
    ws.close()
    # The planner's "this quarter" was 9999-Q4 (0 % conversion) after 31,900 empty quarters.
    assert [(q.quarter, q.won, q.lost) for q in history.quarters] == [
        ("2025-Q1", 1, 0),
        ("2025-Q2", 1, 0),
    ]
    assert history.now is not None and history.now.quarter == "2025-Q2"


# Every save refuses a date outside the bounds, keyed by its field -----------------------

FAR, EARLY = dt.date(9999, 12, 31), dt.date(1899, 12, 31)
BOUNDS_MESSAGE = "Choose a date between 1900 and 2200."


def _refused(save: Callable[[], object], field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        save()
    assert {k: m.english() for k, m in caught.value.fields.items()} == {field: BOUNDS_MESSAGE}


@pytest.mark.parametrize(
    ("field", "draft"),
    [
        ("created_on", DealDraft("Deal", "Cabinet Moreau", 100_000, created_on=EARLY)),
        ("closed_on", DealDraft("Deal", "Cabinet Moreau", 100_000, status=DealStatus.WON,
                                created_on=dt.date(2025, 1, 2), closed_on=FAR)),
    ],
)  # fmt: skip
def test_saving_a_deal_refuses_a_date_out_of_bounds(
    workspace: Workspace, field: str, draft: DealDraft
) -> None:
    _refused(lambda: workspace.pipeline.save_deal(draft), field)
    assert workspace.pipeline.deal_count() == 0
    # An existing deal edited likewise is left as it was.
    row = workspace.pipeline.save_deal(DealDraft("Deal", "Cabinet Moreau", 100_000))
    _refused(lambda: workspace.pipeline.save_deal(draft, row.id), field)
    assert workspace.pipeline.deal_row(row.id) == row


def test_touches_follow_ups_thanks_and_nominations_refuse_dates_out_of_bounds(
    workspace: Workspace,
) -> None:
    p = workspace.pipeline
    deal = p.save_deal(DealDraft("Deal", "Cabinet Moreau", 100_000)).id
    claire = p.save_contact(ContactDraft("Claire", "Martin"))
    early = dt.datetime(1899, 12, 31, 10, 0)
    _refused(lambda: p.log_touch(TouchDraft(TouchKind.CALL, early, deal_id=deal)), "occurred_at")
    assert p.touch_count(deal) == 0
    f = workspace.followups
    _refused(lambda: f.set_cadence(None, claire, 3, CadenceUnit.MONTHS, FAR), "next_on")
    assert f.rows() == []
    follow_up = f.set_cadence(None, claire, 3, CadenceUnit.MONTHS, dt.date(2030, 1, 1))
    _refused(lambda: f.snooze(follow_up, FAR), "until")
    assert [r.next_on for r in f.rows()] == [dt.date(2030, 1, 1)]
    _refused(lambda: f.thank(claire, "A thank-you lunch", EARLY), "given_on")
    assert f.thanks_given(claire) == []
    touch = p.log_touch(TouchDraft(TouchKind.CALL, dt.datetime(2025, 3, 3, 10), deal_id=deal))
    nomination = NominationDraft(EARLY, touch, "Asked who else decides")
    _refused(lambda: workspace.progress.nominate(nomination), "month")
    assert workspace.progress.nominations() == []
