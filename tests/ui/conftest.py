"""Fixtures of the interface's tests."""

from __future__ import annotations

from collections.abc import Iterator

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


@pytest.fixture
def french_ui(qapp: object) -> Iterator[None]:
    """The French catalogue and locale for one test, English again after it."""
    from salescoach.ui.common.i18n import install_translators

    install_translators("fr")
    yield
    install_translators("en")
