"""The one way reflectiespel writes a file: complete or not at all, with the file's own mode.

The bytes go to a temporary file ``.<name>.<random>.tmp`` in the target's folder, are flushed to
disk, get the mode of the file they replace (a new file gets the mode the umask allows), and only
then replace the target with ``os.replace`` (atomic on one file system); the folder is flushed too.
While a temporary file is being written its writer holds a lock on it, so a later write of the same
target can tell a leftover of a killed writer (removed) from a write in progress (left alone).
"""

from __future__ import annotations

import errno
import os
import stat
import tempfile
import time
from pathlib import Path

from .locks import _try_lock, _unlock
from ..base.i18n import QT_TRANSLATE_NOOP, translate
from ..base.problems import FileProblems, Problem, display_path

STALE_AGE_WITHOUT_LOCKS = 3600.0  # seconds; only where flock does not exist (Windows)


class WriteError(FileProblems):
    """Writing failed; the old file is unchanged. ``reason`` is a short Dutch explanation."""

    def __init__(self, path: Path, reason: str):
        self.path = Path(path)
        self.reason = reason
        super().__init__([Problem(display_path(self.path), reason)])


def atomic_write(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that the old file survives any failure halfway."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        raise WriteError(path, translate("AtomicWrite", "opslaan lukt niet: dit is een map, geen bestand"))
    mode = _mode_for(path)
    remove_stale_temp_files(folder, f".{path.name}.")
    fd, temp = _locked_temp(path, folder)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
            os.chmod(temp, mode)
            if os.name == "posix":  # still holding the lock on the temporary file
                os.replace(temp, path)
        if os.name != "posix":  # pragma: no cover - Windows cannot replace an open file
            os.replace(temp, path)
    except BaseException as exc:
        try:
            os.unlink(temp)
        except OSError:
            pass
        if isinstance(exc, OSError):
            raise WriteError(path, translate("AtomicWrite", "opslaan lukt niet ({0}); het oude bestand is niet veranderd").format(_reason(exc))) \
                from None
        raise
    _fsync_folder(folder)


def move_into_place(staged: Path, target: Path) -> None:
    """Replace ``target`` by ``staged``, a complete file written (by atomic_write) in a folder of ours on
    the same disk: one rename, then the folder is flushed."""
    os.replace(staged, target)
    _fsync_folder(Path(target).parent)


def move_folder_into_place(staged: Path, target: Path) -> None:
    """Rename the folder ``staged`` (complete, checked) to ``target``, which must not exist yet: the whole
    folder appears at once or not at all."""
    if os.path.lexists(target):
        raise FileExistsError(errno.EEXIST, os.strerror(errno.EEXIST), str(target))
    os.rename(staged, target)
    _fsync_folder(Path(target).parent)


def _locked_temp(path: Path, folder: Path) -> tuple[int, str]:
    """A new temporary file next to ``path``, locked by us (see remove_stale_temp_files)."""
    for _ in range(5):
        try:
            fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
        except OSError as exc:
            if isinstance(exc, FileNotFoundError):
                reason = translate("AtomicWrite", "de map bestaat niet")
            else:
                reason = translate("AtomicWrite", "de map kan niet worden beschreven: {0}").format(_reason(exc))
            raise WriteError(path, translate("AtomicWrite", "opslaan lukt niet: {0}").format(reason)) from None
        _try_lock(fd)
        if os.fstat(fd).st_nlink > 0:  # not removed by a cleaner in the moment before our lock
            return fd, temp
        os.close(fd)
    raise WriteError(path, translate("AtomicWrite", "opslaan lukt niet: de tijdelijke bestanden verdwijnen steeds"))


def remove_stale_temp_files(folder: Path, prefix: str = ".") -> None:
    """Remove our temporary files (``<prefix>*.tmp``) that a killed writer left behind."""
    try:
        names = os.listdir(folder)
    except OSError:
        return
    candidates = [Path(folder) / n for n in names if n.startswith(prefix) and n.startswith(".") and n.endswith(".tmp")]
    for temp in candidates:
        try:
            fd = os.open(temp, os.O_RDWR)
        except OSError:
            continue
        try:
            if os.name == "posix":
                if not _try_lock(fd):
                    continue  # someone is writing it right now
                stale = True
            else:  # pragma: no cover - Windows: by age
                stale = time.time() - os.fstat(fd).st_mtime > STALE_AGE_WITHOUT_LOCKS
            if stale:
                try:
                    temp.unlink()
                except OSError:
                    pass
            if os.name == "posix":
                _unlock(fd)
        finally:
            os.close(fd)


def _mode_for(path: Path) -> int:
    """The mode of the file being replaced; for a new file what the umask allows (like open())."""
    try:
        return stat.S_IMODE(os.stat(path).st_mode)
    except OSError:
        return 0o666 & ~_umask()


def _umask() -> int:
    current = os.umask(0o022)
    os.umask(current)
    return current


def _reason(exc: OSError) -> str:
    known = {
        "ENOSPC": QT_TRANSLATE_NOOP("AtomicWrite", "de schijf is vol"),
        "EACCES": QT_TRANSLATE_NOOP("AtomicWrite", "geen schrijfrechten"),
        "EPERM": QT_TRANSLATE_NOOP("AtomicWrite", "geen toestemming"),
        "EROFS": QT_TRANSLATE_NOOP("AtomicWrite", "de schijf is alleen-lezen"),
        "EDQUOT": QT_TRANSLATE_NOOP("AtomicWrite", "de schijfruimte (quota) is op"),
    }
    import errno
    name = errno.errorcode.get(exc.errno or 0, "")
    return translate("AtomicWrite", known[name]) if name in known else translate("AtomicWrite", "systeemfout {0}").format(name or exc.errno)


def _fsync_folder(folder: Path) -> None:
    if os.name != "posix":
        return  # Windows cannot open a folder; os.replace is already durable enough there
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
