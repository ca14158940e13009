"""The Qt interface. Widgets talk to services only: no Session, no SQL here."""
