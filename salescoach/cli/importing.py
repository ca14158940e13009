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

from salescoach.domain.crm_vocabulary import CLI_FIELDS, Field, normalise
from salescoach.domain.csv_formats import ENCODING_NAMES, FORMAT_NAMES, SEPARATOR_NAMES, Format
from salescoach.domain.enums import DealStage, DealStatus
from salescoach.domain.importing import (
    DATE_ORDER_NAMES,
    DECIMAL_NAMES,
    STATUS_NAMES,
    DateOrder,
    RowProblem,
    currency_line,
    title_rule,
)
from salescoach.domain.messages import QT_TRANSLATE_NOOP, Message, UserError, msg
from salescoach.domain.reimport import CrmField, DealChange, ImportPreview
from salescoach.services import exporting, importing
from salescoach.services.importing import FileSample, ImportResult, ImportSettings
from salescoach.services.workspace import open_workspace

CTX = "CommandLine"
Say = Callable[[Message], str]


def import_file(say: Say, data_dir: Path, args: argparse.Namespace) -> int:
    path = Path(args.file).expanduser()
    fmt = None if args.format == "auto" else Format(args.format)
    ws = open_workspace(data_dir)
    try:
        sample = importing.inspect_file(
            path, fmt, sheet=args.sheet, encoding=args.encoding, no_header=args.no_header
        )
        if args.map:
            sample = importing.remap(sample, _mapping(sample, args.map))
        print(say(detected(say, sample)))
        settings = importing.settings_for(sample)
        if args.decimal:
            settings = replace(settings, decimal_point="," if args.decimal == "comma" else ".")
        if args.dates:
            settings = replace(settings, date_order=DateOrder(args.dates))
        if args.currency:
            settings = replace(settings, currency=args.currency.strip().upper())
        if args.status_map:
            settings = replace(
                settings, status_map={**settings.status_map, **_status_map(args.status_map)}
            )
        for line in preview_lines(say, sample, settings):
            print(line)
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
        except importing.StagesWithoutStatusError as e:
            raise UserError(
                msg(
                    CTX,
                    QT_TRANSLATE_NOOP(
                        "CommandLine",
                        "No status for the stage(s) {stages}: say which with --status-map, "
                        'such as --status-map "{example}=open" (open, won or lost). '
                        "Nothing was imported.",
                    ),
                    stages=", ".join(f"“{st.value}” ({st.count})" for st in e.stages),
                    example=e.stages[0].value,
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
        for line in change_lines(say, plan.preview, detail=args.dry_run):
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
    for line in after_lines(sample, result):
        print(say(line))
    return 0


def _mapping(sample: FileSample, pairs: list[str]) -> dict[Field, int]:
    """The detected mapping with the rep's `FIELD=COLUMN` pairs over it: a column named
    for a field is taken from any field detected on it."""
    mapping = dict(sample.mapping)
    for pair in pairs:
        name, sep, column = pair.partition("=")
        field = CLI_FIELDS.get(name.strip().casefold())
        if not sep or field is None or not column.strip():
            raise UserError(
                msg(
                    CTX,
                    QT_TRANSLATE_NOOP(
                        "CommandLine",
                        "--map {pair}: write FIELD=COLUMN, FIELD being one of {fields}.",
                    ),
                    pair=pair,
                    fields=", ".join(CLI_FIELDS),
                )
            )
        index = importing.column_index(sample, column)
        for other in [f for f, i in mapping.items() if i == index and f is not field]:
            if other in sample.mapping and sample.mapping[other] == index:
                del mapping[other]  # detected there, now said otherwise
        mapping[field] = index
    return mapping


def _status_map(pairs: list[str]) -> dict[str, DealStatus]:
    out: dict[str, DealStatus] = {}
    for pair in pairs:
        value, sep, status = pair.rpartition("=")
        try:
            if not sep:
                raise ValueError(pair)
            out[normalise(value)] = DealStatus(status.strip().casefold())
        except ValueError:
            raise UserError(
                msg(
                    CTX,
                    QT_TRANSLATE_NOOP(
                        "CommandLine",
                        "--status-map {pair}: write VALUE=open, VALUE=won or VALUE=lost.",
                    ),
                    pair=pair,
                )
            ) from None
    return out


def preview_lines(say: Say, sample: FileSample, settings: ImportSettings) -> list[str]:
    """What the dialog's preview says: the sheet, the currency, how titles are made, and
    each stage value with the status it is read as."""
    if sample.native is not None:
        return []
    lines = []
    if sample.sheet:
        lines.append(
            msg(
                CTX,
                QT_TRANSLATE_NOOP("CommandLine", "Sheet: {sheet} (of {sheets})."),
                sheet=sample.sheet,
                sheets=", ".join(sample.sheets),
            )
        )
    if not sample.has_header:
        lines.append(
            msg(
                CTX,
                QT_TRANSLATE_NOOP(
                    "CommandLine",
                    "No header row: the first row is a deal; its {count} columns are #1 to "
                    "#{count} (name them with --map).",
                ),
                count=len(sample.headers),
            )
        )
    lines.append(
        msg(
            "Importing",
            currency_line(Field.CURRENCY in settings.mapping, sample.amount_currency),
            currency=settings.currency or importing.main_currency(),
        )
    )
    how = title_rule(sample.headers, settings.mapping)
    if how is not None:
        lines.append(how)
    for st in importing.stages(sample, settings.mapping):
        status = settings.status_map.get(normalise(st.value))
        lines.append(
            msg(
                CTX,
                QT_TRANSLATE_NOOP("CommandLine", "Stage “{stage}” ({count}): {status}."),
                stage=st.value or "—",
                count=st.count,
                status=say(Message("Importing", STATUS_NAMES[status])),
            )
        )
    return [say(line) for line in lines]


def after_lines(sample: FileSample, r: ImportResult) -> list[Message]:
    """What the import did besides reading cells: each a line of its own."""
    said = []
    if r.placeholder_dates:
        said.append(msg(CTX, QT_TRANSLATE_NOOP(
            "CommandLine", "{count} placeholder date(s) (such as 31.12.3999) read as no date."),
            count=r.placeholder_dates))  # fmt: skip
    if r.closed_from_modified:
        said.append(msg(CTX, QT_TRANSLATE_NOOP(
            "CommandLine", "{count} won or lost deal(s) without a close date were dated by "
            "their last change in the CRM."), count=r.closed_from_modified))  # fmt: skip
    if r.created_moved:
        said.append(msg(CTX, QT_TRANSLATE_NOOP(
            "CommandLine", "{count} deal(s) created after their close date in the file were "
            "given the close date as creation date."), count=r.created_moved))  # fmt: skip
    if r.titles_made:
        said.append(msg(CTX, QT_TRANSLATE_NOOP(
            "CommandLine", "{count} deal(s) without a title were titled from their account, "
            "product or ID."), count=r.titles_made))  # fmt: skip
    if sample.totals_left_out:
        said.append(msg(CTX, QT_TRANSLATE_NOOP(
            "CommandLine", "{count} total or footer row(s) left out."),
            count=sample.totals_left_out))  # fmt: skip
    return said


def detected(say: Say, sample: FileSample) -> Message:
    """ "deals.csv: Pipedrive deals, UTF-8, comma-separated, decimal point, dates ISO"."""
    c = sample.conventions
    if sample.sheet:  # a workbook: no encoding nor separator, cells typed
        return msg(
            CTX,
            QT_TRANSLATE_NOOP(
                "CommandLine",
                "{file}: {format}; workbook, dates and numbers read as the cells hold them.",
            ),
            file=sample.path.name,
            format=say(Message("Importing", FORMAT_NAMES[sample.format])),
        )
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


def change_lines(say: Say, preview: ImportPreview, detail: bool) -> list[str]:
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
