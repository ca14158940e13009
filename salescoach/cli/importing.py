"""`salescoach import`: a file read, checked and written as the services do it; what it
prints is in `import_report`. A refused import lists its bad rows on stdout (row, column,
problem), then says why on one line of stderr, with exit status 2, as every command does.
"""

from __future__ import annotations

import argparse
from dataclasses import replace
from pathlib import Path

from salescoach.cli.import_report import (
    after_lines,
    change_lines,
    detected,
    preview_lines,
    report_lines,
    summary,
)
from salescoach.cli.run import Say
from salescoach.domain.crm_vocabulary import CLI_FIELDS, Field, normalise
from salescoach.domain.csv_formats import Format
from salescoach.domain.enums import DealStatus
from salescoach.domain.import_conventions import DateOrder
from salescoach.domain.messages import QT_TRANSLATE_NOOP, UserError, msg
from salescoach.services import import_check, import_sample, importing
from salescoach.services.import_sample import FileSample
from salescoach.services.workspace import open_workspace

CTX = "CommandLine"


def import_file(say: Say, data_dir: Path, args: argparse.Namespace) -> int:
    path = Path(args.file).expanduser()
    fmt = None if args.format == "auto" else Format(args.format)
    ws = open_workspace(data_dir)
    try:
        sample = import_sample.inspect_file(
            path, fmt, sheet=args.sheet, encoding=args.encoding, no_header=args.no_header
        )
        if args.map:
            sample = import_sample.remap(sample, _mapping(sample, args.map))
        print(say(detected(say, sample)))
        settings = import_sample.settings_for(sample)
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
            plan = import_check.check(ws.store, sample, settings)
        except import_check.DatesAmbiguousError:
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
        except import_check.StagesWithoutStatusError as e:
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
        index = import_sample.column_index(sample, column)
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
