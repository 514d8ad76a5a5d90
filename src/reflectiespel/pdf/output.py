"""Writing an output file so that it is either complete or not there at all.

The writing itself is core/files/atomic.py (temporary file, fsync, os.replace, the mode of the old file,
leftovers of a killed run removed); this adds an early check of the target and an OutputError with
a Dutch message for the person printing.
"""

from __future__ import annotations

from pathlib import Path

from ..core.files.atomic import WriteError
from ..core.files.atomic import atomic_write as write
from ..core.base.i18n import translate


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
        raise OutputError(translate("Print", "Kan niet schrijven naar {0}: dat is een map. Geef een bestandsnaam, "
                                             "bijvoorbeeld {1}.").format(path, path / translate("Print", "kaarten.pdf")))
    if not folder.exists():
        raise OutputError(translate("Print", "Kan niet schrijven naar {0}: de map {1} bestaat niet.").format(path, folder))
    if not folder.is_dir():
        raise OutputError(translate("Print", "Kan niet schrijven naar {0}: {1} is geen map.").format(path, folder))


def atomic_write(path: Path, data: bytes) -> None:
    """The app's one atomic write (core/files/atomic.py), with the early check and the printing messages."""
    path = Path(path)
    check_target(path)
    try:
        write(path, data)
    except WriteError as exc:
        raise OutputError(translate("Print", "Kan niet schrijven naar {0}: {1}.").format(path, exc.reason)) from None
