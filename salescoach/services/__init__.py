"""Use cases shared by the window and the command line. No Qt.

Modules here import SQLAlchemy lazily where start-up time matters (see `datadir`).
"""
