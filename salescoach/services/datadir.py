"""Where a rep's data lives, and making that folder private. Cheap to import."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from salescoach.domain.messages import QT_TRANSLATE_NOOP, UserError, msg

ENV_VAR = "SALESCOACH_DATA_DIR"
DB_NAME = "salescoach.sqlite"
CTX = "DataDir"


def default_data_dir() -> Path:
    """The platform's user data folder (for example ~/.local/share/salescoach)."""
    from platformdirs import user_data_path

    return user_data_path("salescoach", appauthor=False)


def resolve_data_dir(cli_value: str | os.PathLike[str] | None = None) -> Path:
    """`--data-dir` wins over `SALESCOACH_DATA_DIR`, which wins over the platform default."""
    if cli_value:
        return Path(cli_value).expanduser()
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env).expanduser()
    return default_data_dir()


def refuse_a_file(path: Path) -> Path:
    """`path` absolute; a `UserError` if it names a file rather than a folder."""
    path = path.absolute()
    if path.exists() and not path.is_dir():
        raise UserError(
            msg(
                CTX,
                QT_TRANSLATE_NOOP("DataDir", "{path} is a file, not a folder."),
                path=str(path),
            )
        )
    return path


def ensure_data_dir(path: Path) -> Path:
    """Create the data folder private to the user (0700) if needed; return it absolute."""
    path = refuse_a_file(path)
    try:
        if not path.exists():
            path.mkdir(parents=True, mode=0o700)
            # mkdir's mode is filtered by the umask; make sure the folder is private.
            path.chmod(stat.S_IRWXU)
        probe_write = path / ".write-test"
        probe_write.touch()
        probe_write.unlink()
    except OSError as exc:
        raise UserError(
            msg(
                CTX,
                QT_TRANSLATE_NOOP("DataDir", "Cannot use the data folder {path}: {reason}"),
                path=str(path),
                reason=exc.strerror or str(exc),
            )
        ) from exc
    return path


def database_path(data_dir: Path) -> Path:
    return data_dir / DB_NAME
