"""Find anything on the large history: words typed key by key in the Ctrl+K dialog, at a
brisk typist's pace, timed from each keystroke to its results on screen.

Runs alone too: `python -m benchmarks.search [DATA_DIR]` (default: the cached history).
"""

from __future__ import annotations

import sqlite3
import sys
import time
from pathlib import Path

from benchmarks.window import open_window

KEY_INTERVAL = 0.12  # seconds between keystrokes: about 8 keys a second


def _words(db: Path) -> list[str]:
    """Words a rep would look for, taken from the history: an account's, a person's, a
    deal's, a touch note's and a debrief's first word (ASCII: QTest types ASCII keys)."""
    queries = [
        "SELECT name FROM accounts ORDER BY rowid LIMIT 200",
        "SELECT last_name FROM contacts ORDER BY rowid DESC LIMIT 200",
        "SELECT title FROM deals ORDER BY rowid LIMIT 200",
        "SELECT note FROM touches WHERE note != '' ORDER BY rowid LIMIT 200",
        "SELECT lessons FROM debriefs WHERE lessons != '' ORDER BY rowid LIMIT 200",
    ]
    words = []
    with sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True) as conn:
        for query in queries:
            texts = [str(r[0]) for r in conn.execute(query)]
            candidates = (w for t in texts for w in t.split() if w.isascii() and w.isalpha())
            words.append(next(w.lower() for w in candidates if len(w) >= 5)[:7])
    return words


def measure(data_dir: Path) -> tuple[list[float], list[float]]:
    """Seconds from the last keystroke of each word to its results shown, and from every
    keystroke to its results."""
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QLineEdit

    from salescoach.ui.shell.find_dialog import FindDialog

    app, window = open_window(data_dir)
    words = _words(data_dir / "salescoach.sqlite")
    assert window.workspace is not None
    dialog = FindDialog(window.workspace.search, window)
    dialog.show()
    box = dialog.findChild(QLineEdit, "findBox")
    assert box is not None
    shown: dict[str, float] = {}
    dialog.results_shown.connect(lambda text: shown.setdefault(text, time.perf_counter()))
    last: list[float] = []
    every: list[float] = []
    for word in words:
        box.clear()
        shown.clear()
        for n in range(1, len(word) + 1):
            start = time.perf_counter()
            QTest.keyClicks(box, word[n - 1])
            while word[:n] not in shown and time.perf_counter() - start < 2:
                app.processEvents()
            every.append(shown.get(word[:n], time.perf_counter()) - start)
            while time.perf_counter() - start < KEY_INTERVAL:
                app.processEvents()
        last.append(every[-1])
    dialog.close()
    window.close()
    return last, every


if __name__ == "__main__":
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from benchmarks import history

    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else history.history(100_000)[0]
    last_keys, all_keys = measure(folder)
    print(f"after the last keystroke: slowest {max(last_keys) * 1000:.1f} ms")
    print(f"every keystroke: slowest {max(all_keys) * 1000:.1f} ms")
