"""Run by test_a_killed_import_leaves_the_database_as_it_was: imports FILE into DATA_DIR,
says "writing" once the first rows are in the (open) transaction, then waits to be killed.

    python tests/cli/import_child.py DATA_DIR FILE
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from salescoach.services import import_check, import_sample, importing
from salescoach.services.workspace import open_workspace


def main() -> int:
    ws = open_workspace(Path(sys.argv[1]))
    sample = import_sample.inspect_file(Path(sys.argv[2]))
    plan = import_check.check(ws.store, sample, import_sample.settings_for(sample))

    def progress(done: int, total: int) -> None:
        if done < total:
            print("writing", done, flush=True)
            time.sleep(60)  # killed here, the transaction open

    importing.write(ws.store, plan, progress=progress)
    print("finished", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
