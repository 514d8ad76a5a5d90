"""Writing an output file so that it is either complete or not there at all.

The bytes go to a temporary file in the target folder, are flushed to disk, and only then replace
the target (``os.replace`` is atomic on one file system). On any failure the temporary file is
removed and an OutputError with a Dutch message is raised.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


class OutputError(OSError):
    """The output file cannot be written; ``str()`` is a message for the person printing."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


def check_target(path: Path) -> None:
    """Fail early, with a clear message, for a target that cannot be written."""
    folder = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        raise OutputError(f"Kan niet schrijven naar {path}: dat is een map. Geef een bestandsnaam, "
                          f"bijvoorbeeld {path / 'kaarten.pdf'}.")
    if not folder.exists():
        raise OutputError(f"Kan niet schrijven naar {path}: de map {folder} bestaat niet.")
    if not folder.is_dir():
        raise OutputError(f"Kan niet schrijven naar {path}: {folder} is geen map.")


def atomic_write(path: Path, data: bytes) -> None:
    path = Path(path)
    check_target(path)
    folder = path.parent if str(path.parent) else Path(".")
    try:
        fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except PermissionError:
        raise OutputError(f"Kan niet schrijven naar {path}: je hebt geen schrijfrechten in de map "
                          f"{folder}.") from None
    except OSError as exc:
        raise OutputError(f"Kan niet schrijven naar {path}: {exc.strerror or exc}.") from None
    temp = Path(temp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temp, 0o644 & ~_umask())
        os.replace(temp, path)
    except BaseException as exc:
        temp.unlink(missing_ok=True)
        if isinstance(exc, PermissionError):
            raise OutputError(f"Kan niet schrijven naar {path}: geen toestemming (staat het bestand "
                              "misschien open in een ander programma?).") from None
        if isinstance(exc, OSError):
            raise OutputError(f"Kan niet schrijven naar {path}: {exc.strerror or exc}.") from None
        raise


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current
