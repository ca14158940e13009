"""Saving the Progress chart as a PNG of a chosen size (pyqtgraph's ImageExporter; its SVG
exporter is broken with PySide6 6.12)."""

from __future__ import annotations

from pathlib import Path

import pyqtgraph as pg
from pyqtgraph.exporters import ImageExporter
from PySide6.QtCore import QRectF
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

MIN_SIDE, MAX_SIDE = 200, 8000
# The chart is laid out at a width between these before it is scaled to the image: a small
# image keeps readable text, a large one gets sharper, not tinier, text.
LAYOUT_WIDTH = (640, 1100)


def export_png(chart: pg.GraphicsLayoutWidget, path: Path, width: int, height: int) -> Path:
    """Draw the whole chart into a `width` x `height` PNG at `path`.

    The chart is laid out at the image's proportions for the export, then back as it was,
    so that nothing is stretched.
    """
    layout = chart.ci
    before = layout.geometry()
    logical_width = min(max(width, LAYOUT_WIDTH[0]), LAYOUT_WIDTH[1])
    logical_height = logical_width * height / width
    layout.setGeometry(QRectF(before.x(), before.y(), logical_width, logical_height))
    try:
        exporter = ImageExporter(layout)
        params = exporter.parameters()
        params.param("width").setValue(width, blockSignal=exporter.widthChanged)
        params.param("height").setValue(height, blockSignal=exporter.heightChanged)
        if not exporter.export(str(path)):  # pragma: no cover - a full disk, a bad folder
            raise OSError(f"cannot write {path}")
    finally:
        layout.setGeometry(before)
    return path


class PngSizeDialog(QDialog):
    """Width and height of the picture, in pixels."""

    def __init__(self, width: int, height: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pngSizeDialog")
        self.setWindowTitle(self.tr("Save the chart as a picture"))
        self.width_box = QSpinBox()
        self.width_box.setObjectName("pngWidth")
        self.height_box = QSpinBox()
        self.height_box.setObjectName("pngHeight")
        for box, value in ((self.width_box, width), (self.height_box, height)):
            box.setRange(MIN_SIDE, MAX_SIDE)
            box.setValue(value)
            box.setSuffix(self.tr(" px"))
        form = QFormLayout()
        form.addRow(self.tr("&Width"), self.width_box)
        form.addRow(self.tr("&Height"), self.height_box)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def size_chosen(self) -> tuple[int, int]:
        return self.width_box.value(), self.height_box.value()
