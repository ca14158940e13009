"""What the store's tests share: a data folder holding a demo history."""

from __future__ import annotations

from pathlib import Path

import pytest


def demo_history(tmp_path_factory: pytest.TempPathFactory, deals: int) -> Path:
    """A new data folder, at the current schema, holding a `deals`-deal demo (seed 3)."""
    from salescoach.services.demo import generate_demo
    from salescoach.services.workspace import open_workspace

    folder = tmp_path_factory.mktemp("history")
    ws = open_workspace(folder)
    try:
        generate_demo(ws.store, deals=deals, seed=3)
    finally:
        ws.close()
    return folder
