"""What importing a file again changes, before anything is written: "N new, M changed, K
unchanged" and one line per changed deal (the app's value → the CRM's)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from salescoach.domain.enums import DealStage, DealStatus
from salescoach.domain.messages import QT_TRANSLATE_NOOP
from salescoach.domain.reimport import CrmField, DealChange, ImportPreview
from salescoach.services.importing import ImportResult
from salescoach.ui.common import formatting
from salescoach.ui.common.labels import stage_label, status_label
from salescoach.ui.common.rows_model import Column, RowsModel
from salescoach.ui.data.import_choices import result_parts
from salescoach.ui.data.import_widgets import preview_table

_FIELD_NAMES = {
    CrmField.STATUS: QT_TRANSLATE_NOOP("ImportDialog", "status"),
    CrmField.STAGE: QT_TRANSLATE_NOOP("ImportDialog", "stage"),
    CrmField.AMOUNT: QT_TRANSLATE_NOOP("ImportDialog", "amount"),
    CrmField.CLOSED: QT_TRANSLATE_NOOP("ImportDialog", "close date"),
    CrmField.LOST_REASON: QT_TRANSLATE_NOOP("ImportDialog", "lost reason"),
    CrmField.ACTIVITIES: QT_TRANSLATE_NOOP("ImportDialog", "activities"),
}


def _value(field: CrmField, value: object, currency: str) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, DealStatus):
        return status_label(value)
    if isinstance(value, DealStage):
        return stage_label(value)
    if field is CrmField.AMOUNT and isinstance(value, int):
        return formatting.money(value, currency)
    if isinstance(value, dt.date):
        return formatting.date_text(value)
    return str(value)


def change_text(change: DealChange) -> str:
    """ "status: Open → Won; amount: €1,000.00 → €1,500.00" (the app's value → the CRM's)."""
    line = QCoreApplication.translate("ImportDialog", "{field}: {old} → {new}")
    return "; ".join(
        line.format(
            field=QCoreApplication.translate("ImportDialog", _FIELD_NAMES[f.field]),
            old=_value(f.field, f.old, change.currency),
            new=_value(f.field, f.new, change.currency),
        )
        for f in change.fields
    )


def change_columns() -> list[Column[DealChange]]:
    return [
        Column(lambda: QCoreApplication.translate("ImportDialog", "Deal"), lambda c: c.title),
        Column(
            lambda: QCoreApplication.translate("ImportDialog", "What the CRM changed"), change_text
        ),
    ]


def changes_table() -> tuple[RowsModel[DealChange], object]:
    """The table of changed deals (hidden until there are some) and its model."""
    model: RowsModel[DealChange] = RowsModel(change_columns())
    table = preview_table("importChanges")
    table.setModel(model)
    model.setParent(table)
    table.setColumnWidth(0, 260)
    table.horizontalHeader().setStretchLastSection(True)
    table.hide()
    return model, table


def summary(p: ImportPreview) -> str:
    """ "0 new, 3 changed, 1 unchanged. Nothing is written until you click Update." """
    # QCoreApplication.translate spelled out with literal texts: lupdate reads them here.
    parts = [
        QCoreApplication.translate("ImportDialog", "%n new", "", p.new),
        QCoreApplication.translate("ImportDialog", "%n changed", "", len(p.changed or [])),
        QCoreApplication.translate("ImportDialog", "%n unchanged", "", p.unchanged),
    ]
    if p.deleted:
        parts.append(
            QCoreApplication.translate(
                "ImportDialog", "%n you deleted (left deleted)", "", p.deleted
            )
        )
    return (
        ", ".join(parts)
        + ". "
        + QCoreApplication.translate("ImportDialog", "Nothing is written until you click Update.")
    )


def result_text(r: ImportResult) -> str:
    """What an import did: "4 deals imported, 1 updated, 3 already there, …"."""
    parts = [
        QCoreApplication.translate("ImportDialog", "%n deal(s) imported", "", r.deals),
        QCoreApplication.translate("ImportDialog", "%n updated", "", r.updated),
        QCoreApplication.translate("ImportDialog", "%n already there", "", r.already),
        QCoreApplication.translate("ImportDialog", "%n new account(s)", "", r.accounts),
        QCoreApplication.translate("ImportDialog", "%n new contact(s)", "", r.contacts),
        QCoreApplication.translate("ImportDialog", "%n touch(es)", "", r.touches),
        QCoreApplication.translate("ImportDialog", "%n debrief(s) to finish", "", r.debriefs),
    ]
    if r.skipped_rows:
        parts.append(
            QCoreApplication.translate("ImportDialog", "%n bad row(s) left out", "", r.skipped_rows)
        )
    return ", ".join(parts + result_parts(r)) + "."
