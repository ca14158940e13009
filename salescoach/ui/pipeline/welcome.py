"""What a new user sees on an empty database: three ways to get started."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget


class WelcomePage(QWidget):
    load_demo = Signal()
    import_file = Signal()
    add_deal = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomePage")
        title = QLabel(self.tr("Welcome to salescoach"))
        title.setStyleSheet("font-size: 20pt; font-weight: 600;")
        text = QLabel(
            self.tr(
                "Your pipeline is empty. Every deal you log, won or lost, becomes something "
                "to learn from: debriefs after a no, your long-term progress, and what each "
                "call and email is worth. How would you like to start?"
            )
        )
        text.setWordWrap(True)
        text.setMaximumWidth(560)
        demo = QPushButton(self.tr("Explore with &demo data"))
        demo.setObjectName("loadDemoButton")
        demo.setToolTip(self.tr("Fill this data folder with a realistic history of several years."))
        demo.clicked.connect(self.load_demo)
        importing = QPushButton(self.tr("&Import a file…"))
        importing.setObjectName("importButton")
        importing.setToolTip(
            self.tr(
                "Deals exported from Pipedrive, HubSpot or Salesforce, a spreadsheet saved as "
                "CSV, or a salescoach export."
            )
        )
        importing.clicked.connect(self.import_file)
        first = QPushButton(self.tr("&Add your first deal"))
        first.setObjectName("addFirstDealButton")
        first.setDefault(True)
        first.clicked.connect(self.add_deal)

        layout = QVBoxLayout(self)
        layout.addStretch(1)
        for w in (title, text):
            layout.addWidget(w, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(16)
        for button in (first, demo, importing):
            button.setMinimumWidth(280)
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
