"""salescoach: a desktop coaching app for sales reps."""

# The single source of the version (pyproject.toml reads it); a literal, because
# importlib.metadata costs ~25 ms of start-up.
__version__ = "0.1.0"

APP_NAME = "salescoach"
