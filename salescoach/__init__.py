"""salescoach: a desktop coaching app for sales reps."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("salescoach")
except PackageNotFoundError:  # running from a source tree that was not installed
    __version__ = "0.0.0"

APP_NAME = "salescoach"
