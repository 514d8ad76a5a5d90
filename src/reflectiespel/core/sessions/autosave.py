"""Autosave and recovery: every running window keeps its own copy of its session, and a copy whose
window is gone (crash, kill, power cut) is offered back at the next start.

An autosave belongs to one Autosaver (one window), not to a session id: it is
``<data dir>/autosave/<session id>.<instance>.reflectiespel`` and the window holds a lock on
``<session id>.<instance>.lock`` for as long as it runs (core/files/locks.py; the lock dies with the
process). So two windows on one session never share or delete each other's autosave, and recovery
offers exactly the autosaves whose window is no longer running.
"""

from __future__ import annotations

import time
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from collections.abc import Callable

from ..files.atomic import atomic_write, remove_stale_temp_files
from ..base.i18n import translate
from ..files.paths import user_data_dir
from ..files.locks import Lock, is_locked
from ..base.problems import FileProblems
from .session import Session
from .storage import SUFFIX, checked_bytes, open_session

AUTOSAVE_FOLDER = "autosave"


def autosave_dir(data_dir: Path | None = None) -> Path:
    return (data_dir or user_data_dir()) / AUTOSAVE_FOLDER


class Autosaver:
    """Writes the session to its own file in ``<data dir>/autosave/`` soon after each change.

    ``changed()`` marks the session dirty; ``tick()`` (driven by a timer) writes once ``delay``
    seconds have passed since the first unsaved change, so a steady stream of changes still gets
    saved every ``delay`` seconds. ``size`` is the size in bytes of the last session written or refused
    (storage.NEAR_BYTES and MAX_BYTES say what is too close to the limit). ``flush()`` writes at once; ``discard()`` on a clean close
    removes this window's autosave (never another window's). A write is checked first: a session
    that would not open again is not written, the last good autosave stays, and ``error`` says why
    (in the interface language). A failed write is tried again after another delay.

    With ``background``, ``tick`` leaves making the JSON (a step at a time, core/sessions/sessionbytes.py),
    checking it and writing it (temp file, fsync, replace) to a worker thread (core/files/backgroundwrite.py),
    so neither a big session nor a slow disk holds up the window; a failure shows up at the next tick
    and the session is written again. ``flush`` and ``discard`` wait for the worker.
    """

    def __init__(self, data_dir: Path | None = None, delay: float = 1.0,
                 clock: Callable[[], float] = time.monotonic, background: bool = False):
        from ..files.backgroundwrite import BackgroundWriter

        self.writer = BackgroundWriter(atomic_write) if background else None
        self.folder = autosave_dir(data_dir)
        self.delay = delay
        self.clock = clock
        self.instance = uuid.uuid4().hex[:8]
        self.session: Session | None = None
        self.dirty = False
        self.error: str | None = None
        self.size = 0  # bytes of the last session written or refused as too big (set by the worker too)
        self._dirty_since = 0.0
        self._locks: dict[str, Lock] = {}
        self._cleaned = False

    def path_for(self, session: Session) -> Path:
        return self.folder / f"{session.id}.{self.instance}{SUFFIX}"

    def _lock_path(self, session: Session) -> Path:
        return self.folder / f"{session.id}.{self.instance}.lock"

    def changed(self, session: Session) -> None:
        if self.session is not None and self.session is not session and self.dirty:
            self.flush()
        if not self.dirty or self.session is not session:
            self._dirty_since = self.clock()
        self.session = session
        self.dirty = True

    def tick(self) -> bool:
        """Write when due; True when a file was written (with ``background``: handed to the writer)."""
        self._collect_failures()
        if self.dirty and self.clock() - self._dirty_since >= self.delay:
            return self.flush(wait=False)
        return False

    def _collect_failures(self) -> None:
        failed = self.writer.failures() if self.writer is not None else {}
        if failed and self.session is not None:
            exc = next(iter(failed.values()))
            self.size = getattr(exc, "size", self.size)
            self.error = translate("Autosave", "Automatisch opslaan lukt niet: {0}").format(exc)
            if not self.dirty:
                self.dirty, self._dirty_since = True, self.clock()  # write it again after a delay

    def flush(self, wait: bool = True) -> bool:

        if self.writer is not None and wait:
            self.writer.wait()
            self._collect_failures()
        if not self.dirty or self.session is None:
            return False
        session = self.session
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            if not self._cleaned:
                self._cleaned = True
                remove_stale_temp_files(self.folder)
            self._hold(session)
            if self.writer is not None:
                from .sessionbytes import session_json_in_steps

                def make() -> bytes:  # in the worker
                    data = checked_bytes(session, data=session_json_in_steps(session), in_parts=True)
                    self.size = len(data)
                    return data

                # checked in the worker too: what would not open again is not written
                self.writer.submit(self.path_for(session), make)
                if wait:
                    self.writer.wait()
                    failed = self.writer.failures()
                    if failed:
                        raise next(iter(failed.values()))
            else:
                data = checked_bytes(session)
                self.size = len(data)
                atomic_write(self.path_for(session), data)
        except (FileProblems, OSError) as exc:
            self.size = getattr(exc, "size", self.size)
            self.error = translate("Autosave", "Automatisch opslaan lukt niet: {0}").format(exc)
            self._dirty_since = self.clock()  # try again after another delay
            return False
        self.error = None
        self.dirty = False
        return True

    def _hold(self, session: Session) -> None:
        lock = self._locks.get(session.id)
        if lock is None or not lock.held:
            lock = Lock.take(self._lock_path(session))
            if lock is None:  # pragma: no cover - the instance is random; nobody else has this name
                raise OSError(translate("Autosave", "het bestand voor automatisch opslaan is in gebruik"))
            self._locks[session.id] = lock

    def take_over(self, found: Recoverable) -> bool:
        """Continue a recovered session: write it to this window's own autosave first, and only then
        remove the autosave it came from. False (and the old one kept) when that write fails."""
        self.changed(found.session)
        if not self.flush():
            return False
        found.discard()
        return True

    def discard(self, session: Session | None = None) -> None:
        """A clean close: remove this window's autosave of the session."""
        if self.writer is not None:
            self.writer.wait()  # a write still under way must not bring the file back afterwards
        session = session or self.session
        if session is None:
            return
        try:
            self.path_for(session).unlink()
        except FileNotFoundError:
            pass
        lock = self._locks.pop(session.id, None)
        if lock is not None:
            lock.release()
        if session is self.session:
            self.session, self.dirty = None, False


@dataclass
class Unrecoverable:
    """An autosave whose window is gone but that cannot be opened: ``reason`` says why (Dutch, from the
    same check as opening). The file is left exactly as it is."""

    path: Path
    saved: datetime
    reason: str


@dataclass
class Recoverable:
    path: Path
    session: Session
    saved: datetime

    @property
    def title(self) -> str:
        return self.session.title

    def discard(self) -> None:
        """Not wanted back (or taken over by a new window): remove the autosave."""
        for path in (self.path, self.path.with_suffix(".lock"), self.path.with_suffix(".pid")):
            try:
                path.unlink()
            except FileNotFoundError:
                pass


def find_recoverable(data_dir: Path | None = None, refused: list[Unrecoverable] | None = None) -> list[Recoverable]:
    """Autosaves whose window is no longer running, newest first.

    Damaged ones are skipped, not removed (with ``refused``, each is added to it with the reason it
    cannot be opened, so the window can say so); so are the ones a running window holds. Nothing a
    single file contains stops the others from being found.
    """

    folder = autosave_dir(data_dir)
    if not folder.is_dir():
        return []
    found = []
    for path in folder.glob(f"*{SUFFIX}"):
        if is_locked(path.with_suffix(".lock")):
            continue  # a running window of the app autosaves here right now
        try:
            saved = datetime.fromtimestamp(path.stat().st_mtime).astimezone()
            session = open_session(path)
        except Exception as exc:  # noqa: BLE001 - one bad autosave must never hide the others
            if refused is not None and isinstance(exc, FileProblems):
                refused.append(Unrecoverable(path, saved, "; ".join(f"{p.field}: {p.message}" if p.field else p.message
                                                                   for p in exc.problems)))
            continue
        found.append(Recoverable(path, session, saved))
    found.sort(key=lambda r: r.saved, reverse=True)
    return found
