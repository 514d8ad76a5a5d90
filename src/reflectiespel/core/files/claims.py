"""What one window holds while a session is open in it: the session's file and the session's id.

A file is open in at most one window (of this app or of another running copy of it), so two windows
never overwrite each other's work. A session id belongs to one window too: a copied file keeps the
id of its original, and when both are open the copy gets its own id (and so its own identity in
autosave, comparisons and reports). The claims are locks in ``<data dir>/locks/`` that die with the
process (core/files/locks.py); ``release()`` on a clean close.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from .paths import user_data_dir
from .locks import Lock

LOCK_FOLDER = "locks"


class Claims:
    def __init__(self, data_dir: Path | None = None):
        self.folder = (data_dir or user_data_dir()) / LOCK_FOLDER
        self._file: tuple[Path, Lock] | None = None
        self._ids: dict[str, Lock] = {}

    @property
    def file(self) -> Path | None:
        return self._file[0] if self._file else None

    def _file_lock_path(self, path: Path) -> Path:
        digest = hashlib.sha256(str(Path(path).resolve()).encode("utf-8", "surrogatepass")).hexdigest()[:32]
        return self.folder / f"file-{digest}.lock"

    def claim_file(self, path: Path) -> bool:
        """Hold ``path`` for this window (instead of the file it held). False: another window has it."""
        path = Path(path).resolve()
        if self._file is not None and self._file[0] == path:
            return True
        lock = Lock.take(self._file_lock_path(path))
        if lock is None:
            return False
        self.release_file()
        self._file = (path, lock)
        return True

    def release_file(self) -> None:
        if self._file is not None:
            self._file[1].release()
            self._file = None

    def claim_id(self, session_id: str) -> bool:
        """Hold a session id for this window. False: another window has a session with this id."""
        if session_id in self._ids:
            return True
        lock = Lock.take(self.folder / f"id-{session_id}.lock")
        if lock is None:
            return False
        self._ids[session_id] = lock
        return True

    def release(self) -> None:
        """A window closes: everything it held is free again."""
        self.release_file()
        for lock in self._ids.values():
            lock.release()
        self._ids.clear()
