"""The Qt interface. Widgets talk to services only: no Session, no SQL here."""

from salescoach.ui.common.qt_workarounds import protect_none

protect_none()
