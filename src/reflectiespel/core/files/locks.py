"""Locks that die with the process: a crashed or killed window never leaves one behind.

A ``Lock`` is an exclusive ``flock`` on a small file (``msvcrt.locking`` on Windows). The operating
system drops it the moment the process ends, however it ends, so "is this locked?" answers "is a
running window of reflectiespel using this?" without trusting a process number that may be reused.
Two descriptors of one file in one process do not share a flock, so two windows of one app
exclude each other as well.
"""

from __future__ import annotations

import os
from pathlib import Path

if os.name == "posix":
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
else:  # pragma: no cover - Windows
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)


class Lock:
    """An exclusive lock on ``path``; ``release()`` removes the file while still holding it."""

    def __init__(self, path: Path, fd: int):
        self.path = path
        self._fd: int | None = fd

    @classmethod
    def take(cls, path: Path) -> Lock | None:
        """The lock, or None when another window (in this process or another) holds it."""
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        while True:
            fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
            if not _try_lock(fd):
                os.close(fd)
                return None
            try:  # a release may have removed the file between our open and our lock: try again
                same = os.path.samestat(os.fstat(fd), os.stat(path))
            except FileNotFoundError:
                same = False
            if same:
                break
            os.close(fd)
        try:  # for a person looking in the folder; nothing reads it
            os.ftruncate(fd, 0)
            os.write(fd, str(os.getpid()).encode("ascii"))
        except OSError:
            pass
        return cls(path, fd)

    def abandon(self) -> None:
        """Let go without removing the file: what the end of the process does (a crash, a kill)."""
        if self._fd is not None:
            try:
                os.close(self._fd)
            except OSError:
                pass
            self._fd = None

    def __del__(self) -> None:
        # an owner that is gone (a window object freed without a clean close) holds nothing, as after a crash
        self.abandon()

    @property
    def held(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        if self._fd is None:
            return
        try:
            self.path.unlink()
        except OSError:
            pass
        try:
            _unlock(self._fd)
        except OSError:
            pass
        os.close(self._fd)
        self._fd = None


def is_locked(path: Path) -> bool:
    """True when a running process holds the lock on ``path``."""
    try:
        fd = os.open(path, os.O_RDWR)
    except OSError:
        return False
    try:
        if not _try_lock(fd):
            return True
        _unlock(fd)
        return False
    finally:
        os.close(fd)
