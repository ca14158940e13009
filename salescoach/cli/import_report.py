"""What `salescoach import` prints: what the file was detected as, the preview, the
changes a re-import makes, the bad rows and the summary, in the user's language."""

from __future__ import annotations

import datetime as dt

from salescoach.cli.run import Say
from salescoach.domain.crm_vocabulary import Field, normalise
from salescoach.domain.csv_formats import ENCODING_NAMES, FORMAT_NAMES, SEPARATOR_NAMES
from salescoach.domain.enums import DealStage, DealStatus
from salescoach.domain.import_conventions import DATE_ORDER_NAMES, DECIMAL_NAMES
from salescoach.domain.import_notes import currency_line, title_rule
from salescoach.domain.import_stages import STATUS_NAMES
from salescoach.domain.importing import RowProblem
from salescoach.domain.messages import QT_TRANSLATE_NOOP, Message, msg
from salescoach.domain.reimport import CrmField, DealChange, ImportPreview
from salescoach.services import import_sample
from salescoach.services.import_sample import FileSample, ImportSettings
from salescoach.services.importing import ImportResult

CTX = "CommandLine"


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
            currency=settings.currency or import_sample.main_currency(),
        )
    )
    how = title_rule(sample.headers, settings.mapping)
    if how is not None:
        lines.append(how)
    for st in import_sample.stages(sample, settings.mapping):
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


def change_text(say: Say, change: DealChange) -> str:
    """ "Formation: status Open → Won; amount €1,000.00 → €1,500.00"."""
    from salescoach.ui.common import formatting
    from salescoach.ui.common.labels import stage_label, status_label

    def value(field: CrmField, v: object) -> str:
        if v is None or v == "":
            return "—"
        if isinstance(v, DealStatus):
            return say(status_label.message(v))
        if isinstance(v, DealStage):
            return say(stage_label.message(v))
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
