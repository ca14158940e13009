"""Import a file: see what it was detected as, correct the mapping, import with a progress
bar, or read the report of bad rows and import only the good ones.

Reading, checking and writing run off the GUI thread; the dialog cannot be closed while
they do (the import is one transaction: it ends whole or not at all).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from salescoach.domain.csv_formats import Format
from salescoach.domain.import_stages import StageCount
from salescoach.domain.messages import UserError
from salescoach.services import import_check, import_sample, importing
from salescoach.services.import_check import ImportPlan
from salescoach.services.import_sample import FileSample, inspect_with_stages
from salescoach.services.importing import ImportResult
from salescoach.ui.common.colors import ALERT, text_style
from salescoach.ui.common.dialogs import resize_within_screen
from salescoach.ui.common.first_paint import after_first_paint
from salescoach.ui.common.i18n import tr_message
from salescoach.ui.common.rows_model import RowsModel
from salescoach.ui.common.worker import let_go, run_in_background
from salescoach.ui.data.import_changes import changes_table, result_text, summary
from salescoach.ui.data.import_choices import ReadingBar, StageTable
from salescoach.ui.data.import_widgets import (
    PREVIEW_ROWS,
    ConventionsBar,
    HBox,
    MappingGrid,
    fit_preview,
    preview_columns,
    preview_table,
    problem_columns,
)

if TYPE_CHECKING:
    from salescoach.domain.importing import RowProblem
    from salescoach.services.workspace import Workspace


class ImportDialog(QDialog):
    """`changed` is True once rows were written (the window then reads its data again)."""

    def __init__(self, workspace: Workspace, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Import {file}").format(file=path.name))
        resize_within_screen(self, 1060, 720)
        self._ws = workspace
        self._path = path
        self.sample: FileSample | None = None
        self.plan: ImportPlan | None = None
        self.result: ImportResult | None = None
        self.changed = False
        self._busy = False

        self.title = QLabel(self.tr("Reading {file}…").format(file=str(path)))
        self.title.setObjectName("importTitle")
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-weight: 600;")
        self.conventions = ConventionsBar()
        self.conventions.changed.connect(self._settings_changed)
        self.mapping = MappingGrid()
        self.mapping.changed.connect(self._mapping_changed)
        self.reading = ReadingBar()
        self.reading.reread.connect(self._reread)
        self.reading.changed.connect(self._ready)
        self.stages = StageTable()
        self.stages.changed.connect(self._ready)
        self._parts = (self.conventions, self.mapping, self.reading, self.stages)
        self.preview_model: RowsModel[list[str]] = RowsModel([], self)
        self.preview = preview_table("importPreview")
        self.preview.setModel(self.preview_model)
        self.preview.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft)
        self.problems_model: RowsModel[RowProblem] = RowsModel(problem_columns(), self)
        self.problems = preview_table("importProblems")
        self.problems.setModel(self.problems_model)
        self.problems.setColumnWidth(0, 90)
        self.problems.setColumnWidth(1, 200)
        self.problems.hide()
        self.changes_model, self.changes = changes_table()
        self._confirmed: ImportPlan | None = None  # a re-import the rep saw and accepted
        self.status = QLabel()
        self.status.setObjectName("importStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.progress = QProgressBar()
        self.progress.setObjectName("importProgress")
        self.progress.hide()
        self.import_button = QPushButton(self.tr("&Import"))
        self.import_button.setObjectName("importNowButton")
        self.import_button.setDefault(True)
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.start_import)
        self.good_rows_button = QPushButton()
        self.good_rows_button.setObjectName("importGoodRowsButton")
        self.good_rows_button.hide()
        self.good_rows_button.clicked.connect(self.import_good_rows)
        self.close_button = QPushButton(self.tr("&Cancel"))
        self.close_button.setObjectName("importCloseButton")
        self.close_button.clicked.connect(self.reject)

        tables = QSplitter(Qt.Orientation.Vertical)
        for table in (self.preview, self.problems, self.changes):
            tables.addWidget(table)
        layout = QVBoxLayout(self)
        for widget in (self.title, self.conventions, self.reading):
            layout.addWidget(widget)
        layout.addLayout(HBox(self.mapping, self.stages))
        layout.addWidget(tables, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.progress)
        layout.addLayout(HBox(None, self.good_rows_button, self.import_button, self.close_button))
        for w in self._parts:
            w.setEnabled(False)
        after_first_paint(self, lambda: self._read(path))

    # reading the file ------------------------------------------------------------------
    def _read(self, path: Path) -> None:
        # The file's rows stay while the dialog is open (released by `done`): kept out of the
        # collector's walks, which took 40-50 ms each time they were walked.
        self._run(lambda: inspect_with_stages(path), self._inspected, keep_results=True)

    def _inspected(self, read: tuple[FileSample, list[StageCount]]) -> None:
        self.sample = sample = read[0]
        native = sample.format is Format.NATIVE
        self.title.setText(
            self.tr("{file}: %n row(s).", "", len(sample.rows)).format(file=sample.path.name)
            if not native
            else self.tr(
                "{folder}: a salescoach export. Every record is read back as it was written; "
                "those already in your data are left as they are."
            ).format(folder=str(sample.native.where if sample.native else sample.path))
        )
        self.conventions.show_sample(sample)
        self.mapping.show_headers(sample.headers, sample.mapping)
        for w in (self.mapping, self.reading):
            w.setVisible(not native)
        currency = sample.amount_currency or import_sample.main_currency()  # as settings_for
        self.reading.show_sample(
            sample.sheet, sample.sheets, sample.encoding, sample.has_header, currency
        )
        self.stages.show_stages(read[1], {})
        for w in self._parts:
            w.setEnabled(True)
        self._show_preview()
        self._ready()

    def _show_preview(self) -> None:
        assert self.sample is not None
        mapping = self.mapping.mapping() if self.sample.format is not Format.NATIVE else {}
        rows = self.sample.rows[:PREVIEW_ROWS]
        columns = preview_columns(self.sample.headers, mapping)
        self.preview_model.set_rows(rows, columns)
        self.preview.horizontalHeader().setMinimumHeight(2 * self.fontMetrics().height() + 10)
        fit_preview(self.preview, rows, columns)  # the headers say which field each fills

    def _settings_changed(self) -> None:
        self._ready()

    def _reread(self) -> None:
        """Another sheet, encoding or header row: the file is read again that way (its bytes
        already read serve again, unless the file changed on disk)."""
        r, path, before = self.reading, self._path, self.sample
        sheet, encoding, no_header = r.chosen_sheet, r.chosen_encoding, r.no_header.isChecked()
        how = {"sheet": sheet, "encoding": encoding, "no_header": no_header, "previous": before}
        self._run(lambda: inspect_with_stages(path, **how), self._inspected, keep_results=True)

    def _mapping_changed(self) -> None:
        """Another column for a field: the dates, amounts and stages read may have changed
        too (read again off the GUI thread: a large file takes a moment)."""
        assert self.sample is not None
        s, mapping = self.sample, self.mapping.mapping()
        self._show_preview()
        self._run(
            lambda: (import_sample.remap(s, mapping), import_sample.stages(s, mapping)),
            self._redetected,
        )

    def _redetected(self, found: tuple[FileSample, list[StageCount]]) -> None:
        assert self.sample is not None
        remapped, stages = found
        self.sample.conventions = remapped.conventions
        self.sample.amount_currency = remapped.amount_currency
        self.conventions.show_conventions(self.sample)
        self.stages.show_stages(stages, self.stages.status_map())
        self._ready()

    def _notes(self) -> None:
        """How titles are made, and in which currency amounts are read."""
        if self.sample is None or self.sample.native is not None:
            return
        s = self.sample
        self.reading.show_notes(s.headers, self.mapping.mapping(), s.amount_currency)

    def _settings(self) -> import_sample.ImportSettings:
        assert self.sample is not None  # every answer the rep's (settings_for: every row read)
        return import_sample.ImportSettings(
            format=self.conventions.chosen_format,
            mapping=self.mapping.mapping(),
            decimal_point=self.conventions.decimal_point,
            date_order=self.conventions.date_order,
            status_map=self.stages.status_map(),
            currency=self.reading.chosen_currency,
        )

    def _ready(self) -> None:
        """Back to "not checked yet" after any change."""
        self.plan = self._confirmed = None
        for w in (self.problems, self.changes, self.good_rows_button):
            w.hide()
        self.import_button.setText(self.tr("&Import"))
        self._notes()
        ok = self.conventions.answered() and self.stages.answered()
        self.import_button.setEnabled(ok and not self._busy and self.result is None)
        if not self.conventions.answered():
            self._say(self.tr("Choose how to read the dates before importing."))
        elif not ok:
            self._say(self.tr("Choose whether the deals of each stage are open, won or lost."))
        elif self.result is None:
            self._say("")

    # importing -------------------------------------------------------------------------
    def start_import(self) -> None:
        """Check every row; write them all if none is bad, else show the report."""
        if self.sample is None or not self.import_button.isEnabled() or self._busy:
            return
        sample, settings, store = self.sample, self._settings(), self._ws.store
        confirmed = self._confirmed

        def work(progress: Callable[[int, int], None]) -> tuple[ImportPlan, ImportResult | None]:
            plan = confirmed or import_check.check(store, sample, settings)
            p = plan.preview
            if plan.problems or (confirmed is None and (p.changed or p.unchanged or p.deleted)):
                return plan, None  # bad rows, or a file imported before: shown first
            progress(0, max(plan.rows, 1))
            return plan, importing.write(store, plan, progress=progress)

        self._say(self.tr("Checking every row…"))
        self._run(work, self._checked, with_progress=True, keep_results=True)

    def _checked(self, outcome: tuple[ImportPlan, ImportResult | None]) -> None:
        self.plan, result = outcome
        if result is not None:
            self._imported(result)
            return
        if not (plan := self.plan).problems:
            return self._show_changes(plan)
        self.problems_model.set_rows(plan.problems)
        self.problems.show()
        good = plan.rows - plan.bad_rows
        self._say(
            self.tr(
                "%n row(s) cannot be imported (listed below); nothing was imported. Correct "
                "the file or the columns above, or import only the good rows.",
                "",
                plan.bad_rows,
            ),
            error=True,
        )
        self.good_rows_button.setText(self.tr("Import only the %n good row(s)", "", good))
        self.good_rows_button.setVisible(good > 0)
        self.import_button.setEnabled(False)

    def _show_changes(self, plan: ImportPlan) -> None:
        """N new, M changed (each, old → new), K unchanged: written once the rep confirms."""
        self.changes_model.set_rows(plan.preview.changed or [])
        self.changes.setVisible(self.changes_model.rowCount() > 0)
        self._say(summary(plan.preview))
        self._confirmed = plan
        self.import_button.setText(self.tr("&Update"))
        self.import_button.setEnabled(True)

    def import_good_rows(self) -> None:
        if self.plan is None or self._busy:
            return
        plan, store = self.plan, self._ws.store

        def work(progress: Callable[[int, int], None]) -> ImportResult:
            return importing.write(store, plan, skip_bad_rows=True, progress=progress)

        self._say(self.tr("Importing the good rows…"))
        self._run(work, self._imported, with_progress=True)

    def _imported(self, result: ImportResult) -> None:
        self.result = result
        self.changed = result.deals > 0 or result.reasons > 0 or result.updated > 0
        self._say(result_text(result))
        self.import_button.setEnabled(False)
        self.good_rows_button.hide()
        self.close_button.setText(self.tr("&Close"))
        self.close_button.setDefault(True)
        for w in self._parts:
            w.setEnabled(False)

    # background work -------------------------------------------------------------------
    def _run(
        self,
        fn: Callable[..., Any],
        done: Callable[[Any], None],
        with_progress: bool = False,
        keep_results: bool = False,
    ) -> None:
        self._busy = True
        for w in self._parts:
            w.setEnabled(False)
        self.import_button.setEnabled(False)
        self.good_rows_button.setEnabled(False)
        self.close_button.setEnabled(False)
        self.progress.setRange(0, 0)  # busy until the first step is known
        self.progress.show()

        def finished(value: Any) -> None:
            self._idle()
            done(value)

        # Once the dialog painted what it now shows (the preview a click came before, the
        # bar): painted while the work ran, each call into Python waited for it (80 ms).
        after_first_paint(self.progress, lambda: run_in_background(
            fn, finished, self._failed, self._step if with_progress else None,
            keep_results=keep_results,
        ))  # fmt: skip

    def _step(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        if done:
            text = self.tr("Importing… {done} of {total} rows written.")
            locale = self.locale()
            self._say(text.format(done=locale.toString(done), total=locale.toString(total)))

    def _idle(self) -> None:
        self._busy = False
        for w in self._parts:
            w.setEnabled(self.sample is not None and self.result is None)
        self.progress.hide()
        self.close_button.setEnabled(True)
        self.good_rows_button.setEnabled(True)

    def _failed(self, error: BaseException) -> None:
        self._idle()
        if not isinstance(error, UserError):
            raise error
        self._say(tr_message(error.message), error=True)
        if self.sample is None:
            self.title.setText(self.tr("Nothing to import."))
        else:
            self._ready()
            self._say(tr_message(error.message), error=True)

    def _say(self, text: str, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(text_style(ALERT) if error else "")

    # closing ---------------------------------------------------------------------------
    def done(self, result: int) -> None:
        super().done(result)
        # The tables first, while no worker holds the interpreter lock (each of their
        # calls into Python waited for it: 61 ms).
        self.preview_model.set_rows([])
        self.problems_model.set_rows([])
        # The file's rows (100,000 of them, maybe) go now, not when the collector finds
        # the dialog's own reference cycles; freed on a worker (100 ms on the GUI thread),
        # a slice at a time (at once, the worker kept the interpreter lock as long).
        held = [self.sample, self.plan, self._confirmed]
        self.sample = self.plan = self._confirmed = None
        if self._busy:  # never the case (the dialog waits for its work): the work reads them
            return
        let_go(held)

    def reject(self) -> None:
        if not self._busy:  # the import ends whole or not at all: wait for it
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._busy:
            event.ignore()
            return
        super().closeEvent(event)
