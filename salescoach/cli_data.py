"""`salescoach import` and `salescoach export`: what they print, in the user's language.

The use cases are the services'; this module only turns their results and reports into
lines. A refused import lists its bad rows on stdout (row, column, problem), then says
why on one line of stderr, with exit status 2, as every command does.
"""

from __future__ import annotations

import argparse
import datetime as dt
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from salescoach.domain.csv_formats import ENCODING_NAMES, FORMAT_NAMES, SEPARATOR_NAMES, Format
from salescoach.domain.enums import DealStage, DealStatus
from salescoach.domain.importing import DATE_ORDER_NAMES, DECIMAL_NAMES, DateOrder, RowProblem
from salescoach.domain.messages import QT_TRANSLATE_NOOP, Message, UserError, msg
from salescoach.domain.reimport import CrmField, DealChange, ImportPreview
from salescoach.services import exporting, importing
from salescoach.services.importing import FileSample, ImportResult
from salescoach.services.workspace import open_workspace

CTX = "CommandLine"
Say = Callable[[Message], str]


def import_file(say: Say, data_dir: Path, args: argparse.Namespace) -> int:
    path = Path(args.file).expanduser()
    fmt = None if args.format == "auto" else Format(args.format)
    ws = open_workspace(data_dir)
    try:
        sample = importing.inspect_file(path, fmt)
        print(say(detected(say, sample)))
        settings = importing.settings_for(sample)
        if args.decimal:
            settings = replace(settings, decimal_point="," if args.decimal == "comma" else ".")
        if args.dates:
            settings = replace(settings, date_order=DateOrder(args.dates))
        try:
            plan = importing.check(ws.store, sample, settings)
        except importing.DatesAmbiguousError:
            raise UserError(
                msg(
                    CTX,
                    QT_TRANSLATE_NOOP(
                        "CommandLine",
                        "Dates such as {example} can be read day first or month first, and "
                        "nothing in the file tells: say which with --dates dmy (31/12/2024) "
                        "or --dates mdy (12/31/2024). Nothing was imported.",
                    ),
                    example=sample.conventions.example_date,
                )
            ) from None
        try:
            result = importing.write(ws.store, plan, args.skip_bad_rows, args.dry_run)
        except importing.ImportRefusedError:
            for line in report_lines(say, plan.problems):
                print(line)
            raise UserError(
                msg(
                    CTX,
                    QT_TRANSLATE_NOOP(
                        "CommandLine",
                        "{bad} of {rows} rows of {file} cannot be imported (listed above); "
                        "nothing was imported. Correct them, or import the other rows with "
                        "--skip-bad-rows.",
                    ),
                    bad=plan.bad_rows,
                    rows=plan.rows,
                    file=path.name,
                )
            ) from None
    finally:
        ws.close()
    if result.skipped_rows:
        for line in report_lines(say, plan.problems):
            print(line)
    if plan.native is None:
        for line in preview_lines(say, plan.preview, detail=args.dry_run):
            print(line)
    print(say(summary(path.name, result)))
    if result.deleted:
        print(
            say(
                msg(
                    CTX,
                    QT_TRANSLATE_NOOP(
                        "CommandLine",
                        "{count} deal(s) you deleted in salescoach left deleted.",
                    ),
                    count=result.deleted,
                )
            )
        )
    if result.placeholder_dates:
        print(
            say(
                msg(
                    CTX,
                    QT_TRANSLATE_NOOP(
                        "CommandLine",
                        "{count} placeholder date(s) (such as 31.12.3999) read as no date.",
                    ),
                    count=result.placeholder_dates,
                )
            )
        )
    return 0


def detected(say: Say, sample: FileSample) -> Message:
    """ "deals.csv: Pipedrive deals, UTF-8, comma-separated, decimal point, dates ISO"."""
    c = sample.conventions
    dates = (
        QT_TRANSLATE_NOOP("CommandLine", "to be chosen")
        if c.dates_ambiguous
        else DATE_ORDER_NAMES[c.date_order]
    )
    return msg(
        CTX,
        QT_TRANSLATE_NOOP(
            "CommandLine",
            "{file}: {format}; {encoding}; separator: {separator}; {decimal}; dates: {dates}.",
        ),
        file=sample.path.name,
        format=say(Message("Importing", FORMAT_NAMES[sample.format])),
        encoding=say(Message("Importing", ENCODING_NAMES[sample.encoding])),
        separator=say(
            Message("Importing", SEPARATOR_NAMES.get(sample.separator, sample.separator))
        ),
        decimal=say(Message("Importing", DECIMAL_NAMES[c.decimal_point])),
        dates=say(Message("CommandLine" if c.dates_ambiguous else "Importing", dates)),
    )


FIELD_NAMES = {
    CrmField.STATUS: QT_TRANSLATE_NOOP("CommandLine", "status"),
    CrmField.STAGE: QT_TRANSLATE_NOOP("CommandLine", "stage"),
    CrmField.AMOUNT: QT_TRANSLATE_NOOP("CommandLine", "amount"),
    CrmField.CLOSED: QT_TRANSLATE_NOOP("CommandLine", "close date"),
    CrmField.LOST_REASON: QT_TRANSLATE_NOOP("CommandLine", "lost reason"),
    CrmField.ACTIVITIES: QT_TRANSLATE_NOOP("CommandLine", "activities"),
}
# The deal editor's words for them (ui/labels.py), in the same context.
VALUE_NAMES = {
    DealStatus.OPEN: QT_TRANSLATE_NOOP("Labels", "Open"),
    DealStatus.WON: QT_TRANSLATE_NOOP("Labels", "Won"),
    DealStatus.LOST: QT_TRANSLATE_NOOP("Labels", "Lost"),
    DealStage.LEAD: QT_TRANSLATE_NOOP("Labels", "Lead"),
    DealStage.QUALIFIED: QT_TRANSLATE_NOOP("Labels", "Qualified"),
    DealStage.PROPOSAL: QT_TRANSLATE_NOOP("Labels", "Proposal"),
    DealStage.NEGOTIATION: QT_TRANSLATE_NOOP("Labels", "Negotiation"),
    DealStage.CLOSING: QT_TRANSLATE_NOOP("Labels", "Closing"),
}


def change_text(say: Say, change: DealChange) -> str:
    """ "Formation: status Open → Won; amount €1,000.00 → €1,500.00"."""
    from salescoach.ui.common import formatting

    def value(field: CrmField, v: object) -> str:
        if v is None or v == "":
            return "—"
        if isinstance(v, DealStatus | DealStage):
            return say(Message("Labels", VALUE_NAMES[v]))
        if field is CrmField.AMOUNT and isinstance(v, int):
            return formatting.money(v, change.currency)
        if isinstance(v, dt.date):
            return formatting.date_text(v)
        return str(v)

    parts = [
        f"{say(Message(CTX, FIELD_NAMES[f.field]))} {value(f.field, f.old)} → "
        f"{value(f.field, f.new)}"
        for f in change.fields
    ]
    return f"{change.title}: {'; '.join(parts)}"


def preview_lines(say: Say, preview: ImportPreview, detail: bool) -> list[str]:
    """ "2 new, 1 changed, 97 unchanged." and, with `detail`, one line per changed deal."""
    changed = preview.changed or []
    lines = [
        say(
            msg(
                CTX,
                QT_TRANSLATE_NOOP("CommandLine", "{new} new, {changed} changed, {unchanged} "
                                  "unchanged."),
                new=preview.new,
                changed=len(changed),
                unchanged=preview.unchanged,
            )
        )
    ]  # fmt: skip
    if detail:
        lines += [f"  {change_text(say, c)}" for c in changed]
    return lines


def report_lines(say: Say, problems: list[RowProblem]) -> list[str]:
    """One line per problem: "deals.csv, row 12, column “Deal - Value”: …"."""
    lines = []
    for p in problems:
        if p.column:
            line = msg(
                CTX,
                QT_TRANSLATE_NOOP("CommandLine", "Row {row}, column “{column}”: {problem}"),
                row=p.row,
                column=p.column,
                problem=say(p.problem),
            )
        else:
            line = msg(
                CTX,
                QT_TRANSLATE_NOOP("CommandLine", "Row {row}: {problem}"),
                row=p.row,
                problem=say(p.problem),
            )
        lines.append((f"{p.file}, " if p.file else "") + say(line))
    return lines


def summary(file: str, r: ImportResult) -> Message:
    counts = {
        "file": file,
        "deals": r.deals,
        "already": r.already,
        "updated": r.updated,
        "accounts": r.accounts,
        "contacts": r.contacts,
        "touches": r.touches,
        "debriefs": r.debriefs,
        "skipped": r.skipped_rows,
    }
    if r.dry_run:
        return msg(
            CTX,
            QT_TRANSLATE_NOOP(
                "CommandLine",
                "{file} checked, nothing written (--dry-run): {deals} deal(s) to import, "
                "{updated} to update, {already} already there, {skipped} bad row(s) left out; "
                "{accounts} new "
                "account(s), {contacts} new contact(s), {touches} touch(es), {debriefs} "
                "debrief(s) to finish.",
            ),
            **counts,
        )
    return msg(
        CTX,
        QT_TRANSLATE_NOOP(
            "CommandLine",
            "{file}: {deals} deal(s) imported, {updated} updated, {already} already there, "
            "{skipped} bad row(s) left out; {accounts} new account(s), {contacts} new contact(s), "
            "{touches} touch(es), {debriefs} debrief(s) to finish.",
        ),
        **counts,
    )


def export(say: Say, data_dir: Path, fmt: str, out: str | None) -> int:
    target = Path(out).expanduser() if out else Path(
        exporting.default_name(fmt, time.strftime("%Y%m%d-%H%M%S"))
    )  # fmt: skip
    ws = open_workspace(data_dir, read_only=True)
    try:
        result = exporting.export(ws.store, fmt, target)
    finally:
        ws.close()
    rows = result.rows
    print(
        say(
            msg(
                CTX,
                QT_TRANSLATE_NOOP(
                    "CommandLine",
                    "Exported to {path}: {deals} deal(s), {touches} touch(es), {accounts} "
                    "account(s), {contacts} contact(s), {debriefs} debrief(s).",
                ),
                path=str(result.path),
                deals=rows["deals"],
                touches=rows["touches"],
                accounts=rows["accounts"],
                contacts=rows["contacts"],
                debriefs=rows["debriefs"],
            )
        )
    )
    return 0
