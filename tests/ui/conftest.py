"""Fixtures of the interface's tests."""

from __future__ import annotations

import pytest


@pytest.fixture
def events(qapp: object, workspace: object) -> object:
    """The app-wide events hub, its requests (a debrief, a cadence, the accounts) answered
    on `workspace` as in the window."""
    from salescoach.ui.common.events import Events
    from salescoach.ui.shell.requests import answer_requests

    hub = Events()
    answer_requests(hub, lambda: workspace)  # type: ignore[arg-type, return-value]
    return hub
