"""Run by test_debrief_survives_a_kill: the real window, a deal marked lost with Ctrl+L's
action, words typed in its debrief, then "typed" on stdout; the test kills this process.

    python tests/ui/debriefs/debrief_child.py DATA_DIR
"""

from __future__ import annotations

import faulthandler
import os
import sys
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPlainTextEdit

from salescoach.ui.common.i18n import install_translators
from salescoach.ui.shell.main_window import MainWindow

TEXT = "Call the owner before the proposal"


def main() -> int:
    faulthandler.enable()  # a crash says where on stderr, which the test prints
    app = QApplication(sys.argv)
    install_translators("en")
    window = MainWindow(Path(sys.argv[1]))
    window.show()

    def type_in_debrief() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or dialog.objectName() != "debriefDialog":
            QTimer.singleShot(20, type_in_debrief)
            return
        dialog.go(3)  # type: ignore[attr-defined]
        lessons = dialog.findChild(QPlainTextEdit, "lessons")
        lessons.setFocus()
        QTest.keyClicks(lessons, TEXT)
        print("typed", flush=True)  # from now on the draft must reach the disk by itself

    def ready() -> None:
        window.pipeline.table.selectRow(0)
        QTimer.singleShot(0, type_in_debrief)
        window.debrief_action.trigger()  # modal: runs until the process is killed

    window.ready.connect(lambda: QTimer.singleShot(0, ready))
    window.open_workspace()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
