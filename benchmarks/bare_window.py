"""The reference start-up: a bare PySide6 window showing an empty QTableView."""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QTableView


def main() -> int:
    app = QApplication(sys.argv)
    view = QTableView()
    view.resize(1200, 760)
    view.show()

    def shown() -> None:
        print("shown", flush=True)
        view.close()

    QTimer.singleShot(0, shown)
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
