"""Reading a file a person chose, with a bound: never more than a limit, never blocking on a pipe.

A named pipe (FIFO), a device such as /dev/zero, a socket or a folder is refused with a Dutch message
that says what it is, before anything is read; a regular file is read up to ``limit`` bytes and
refused when it holds more (it may grow while we read it).
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from ..base.i18n import QT_TRANSLATE_NOOP, translate
from ..base.problems import FileProblems, Problem, display_path


def _kind(mode: int) -> str | None:
    if stat.S_ISDIR(mode):
        return translate("SafeFile", "dit is geen bestand maar een map")
    if stat.S_ISFIFO(mode):
        return translate("SafeFile", "dit is geen bestand maar een pijp (FIFO) van een ander programma")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return translate("SafeFile", "dit is geen bestand maar een apparaat")
    if stat.S_ISSOCK(mode):
        return translate("SafeFile", "dit is geen bestand maar een verbinding (socket)")
    if not stat.S_ISREG(mode):
        return translate("SafeFile", "dit is geen gewoon bestand")
    return None


def _size_text(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.0f} MB"
    return f"{max(1, size // 1024)} kB"


def read_regular_file(path: Path, limit: int, what: str = "") -> bytes:
    """The bytes of ``path``, or FileProblems naming the file and the reason."""
    path = Path(path)
    what = what or translate("SafeFile", "dit soort bestand")
    name = display_path(path)
    try:
        kind = _kind(os.stat(path).st_mode)
    except OSError as exc:
        raise FileProblems([Problem(name, translate("SafeFile", "het bestand kan niet worden gelezen ({0})").format(_reason(exc)))]) from None
    if kind:
        raise FileProblems([Problem(name, kind)])
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise FileProblems([Problem(name, translate("SafeFile", "het bestand kan niet worden gelezen ({0})").format(_reason(exc)))]) from None
    try:
        info = os.fstat(fd)
        kind = _kind(info.st_mode)  # it may have been swapped for something else since the stat
        if kind:
            raise FileProblems([Problem(name, kind)])
        too_big = FileProblems([Problem(name, translate("SafeFile", "het bestand is te groot voor een {0} "
                                              "({1}; de grens is {2})").format(
                                                  what, _size_text(info.st_size), _size_text(limit)))])
        if info.st_size > limit:
            raise too_big
        chunks, total = [], 0
        while True:
            chunk = os.read(fd, min(1 << 20, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
            if total > limit:
                raise too_big
        return b"".join(chunks)
    except OSError as exc:
        raise FileProblems([Problem(name, translate("SafeFile", "het bestand kan niet worden gelezen ({0})").format(_reason(exc)))]) from None
    finally:
        os.close(fd)


def _reason(exc: OSError) -> str:
    if isinstance(exc, FileNotFoundError):
        return translate("SafeFile", "het bestaat niet (meer)")
    if isinstance(exc, PermissionError):
        return translate("SafeFile", "geen leesrechten")
    if isinstance(exc, IsADirectoryError):
        return translate("SafeFile", "het is een map")
    import errno

    known = {"EIO": QT_TRANSLATE_NOOP("SafeFile", "een leesfout van de schijf"), "ELOOP": QT_TRANSLATE_NOOP("SafeFile", "te veel verwijzingen (symlinks)"),
             "ENAMETOOLONG": QT_TRANSLATE_NOOP("SafeFile", "de naam is te lang"), "ENOTDIR": QT_TRANSLATE_NOOP("SafeFile", "een deel van het pad is geen map"),
             "EAGAIN": QT_TRANSLATE_NOOP("SafeFile", "het bestand is nu niet te lezen")}
    name = errno.errorcode.get(exc.errno or 0, "")
    return translate("SafeFile", known[name]) if name in known else translate("SafeFile", "systeemfout {0}").format(name or exc.errno)
