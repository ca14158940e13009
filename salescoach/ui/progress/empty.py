"""The Progress view before the first won or lost deal: what it will show, and two ways in."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from salescoach.ui.common.events import Events
from salescoach.ui.common.long_text import centred_column


def empty_page(events: Events) -> QWidget:
    """The empty state: a word on what to do, Add a deal and Explore with demo data."""
    page = QWidget()
    message = QLabel(
        QCoreApplication.translate(
            "ProgressView",
            "<p style='font-size: 14pt; font-weight: 600'>Your progress starts with your "
            "first won or lost deal.</p><p>Log your deals in the Pipeline and mark them "
            "won or lost as they close, or import them from a file (CSV, or an export of "
            "your CRM). To see what this view shows over several years, explore the demo "
            "history in an empty data folder.</p>",
        )
    )
    message.setObjectName("progressEmpty")
    message.setWordWrap(True)
    add = QPushButton(QCoreApplication.translate("ProgressView", "&Add a deal"))
    add.setObjectName("progressAddDeal")
    add.clicked.connect(events.new_deal_requested)
    demo = QPushButton(QCoreApplication.translate("ProgressView", "Explore with &demo data"))
    demo.setObjectName("progressLoadDemo")
    demo.clicked.connect(events.demo_requested)
    layout = QVBoxLayout(page)
    layout.addStretch(1)
    layout.addWidget(centred_column([message], 620))
    for button in (add, demo):
        button.setMinimumWidth(260)
        layout.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
    layout.addStretch(2)
    return page
