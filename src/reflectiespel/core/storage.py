"""Saving and opening sessions (``*.reflectiespel``), autosave, recovery and the recent list.

Rules: a save is atomic (temporary file in the same folder, fsync, os.replace, fsync of the
folder), so a crash leaves either the old file or the new one, never half of one. Opening only
reads: a damaged, newer or foreign file gives a FileProblems with a plain Dutch message and stays
exactly as it was. See docs/session-format.md.
"""

from __future__ import annotations

import json
import os
import tempfile
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Callable

from pydantic import ValidationError

from .library import user_data_dir
from .problems import FileProblems, Problem, display_path, explain_validation_error
from .session import DOCUMENT_KIND, SESSION_FORMAT_VERSION, Session

SUFFIX = ".reflectiespel"
MAX_BYTES = 20 * 1024 * 1024
AUTOSAVE_FOLDER = "autosave"
RECENT_FILE = "recent.json"
MAX_RECENT = 10

# Migrations: MIGRATIONS[n] turns the data of format version n into version n + 1.
MIGRATIONS: dict[int, Callable[[dict], dict]] = {}


# --- atomic writing ---------------------------------------------------------------------------
def atomic_write(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that the old file survives any failure halfway."""
    path = Path(path)
    name = display_path(path)
    folder = path.parent
    try:
        handle, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise FileProblems([Problem(name, f"opslaan lukt niet: de map kan niet worden beschreven ({exc.strerror})")])
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, path)
    except OSError as exc:
        try:
            os.unlink(temp)
        except OSError:
            pass
        reason = exc.strerror or str(exc)
        raise FileProblems([Problem(name, f"opslaan lukt niet ({reason}); het oude bestand is niet veranderd")])
    _fsync_folder(folder)


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


# --- sessions as files ------------------------------------------------------------------------
def session_to_bytes(session: Session) -> bytes:
    return (session.model_dump_json(indent=2) + "\n").encode("utf-8")


def save_session(session: Session, path: Path) -> Path:
    """Save as ``path`` (the suffix .reflectiespel is added when missing) and remember it in session.path."""
    path = Path(path)
    if path.suffix != SUFFIX:
        path = path.with_name(path.name + SUFFIX)
    previous = session.path
    session.path = str(path.resolve())
    try:
        atomic_write(path, session_to_bytes(session))
    except FileProblems:
        session.path = previous
        raise
    return path


def migrate(data: dict, name: str) -> dict:
    """Bring older data up to the current format version; refuse newer versions."""
    version = data.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise FileProblems([Problem(name, "de formaatversie ontbreekt of klopt niet; dit is geen bruikbaar "
                                          "sessiebestand", field="format_version")])
    if version > SESSION_FORMAT_VERSION:
        raise FileProblems([Problem(name, f"deze sessie is gemaakt met een nieuwere versie van reflectiespel "
                                          f"(formaatversie {version}); deze versie kan tot en met versie "
                                          f"{SESSION_FORMAT_VERSION} openen. Werk reflectiespel bij. "
                                          "Het bestand is niet veranderd.")])
    while version < SESSION_FORMAT_VERSION:
        data = MIGRATIONS[version](data)
        version += 1
        data["format_version"] = version
    return data


def read_session_data(path: Path) -> dict:
    """The raw JSON of a session file, checked for size, encoding and shape. Only reads."""
    path = Path(path)
    name = display_path(path)
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise FileProblems([Problem(name, "dit is geen bestand maar een map")])
    except OSError as exc:
        raise FileProblems([Problem(name, f"het bestand kan niet worden gelezen ({exc.strerror})")])
    if size > MAX_BYTES:
        raise FileProblems([Problem(name, f"het bestand is te groot voor een sessie ({size // (1024 * 1024)} MB; "
                                          "de grens is 20 MB)")])
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise FileProblems([Problem(name, f"het bestand kan niet worden gelezen ({exc.strerror})")])
    if not raw.strip():
        raise FileProblems([Problem(name, "het bestand is leeg; er staat geen sessie in")])
    not_session = "dit is geen sessiebestand van reflectiespel"
    if raw.startswith(b"\x89PNG") or raw.startswith(b"%PDF") or raw.startswith(b"PK\x03\x04") or b"\x00" in raw[:1024]:
        raise FileProblems([Problem(name, f"{not_session} (het is een plaatje, pdf of ander bestand)")])
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise FileProblems([Problem(name, f"{not_session}, of het is beschadigd: de tekst is geen UTF-8", line=line)])
    stripped = text.lstrip()
    if not stripped.startswith("{"):
        hint = ""
        if "cards:" in text and "categories:" in text:
            hint = " Het lijkt een kaartenset (YAML); zet die in de map met kaartensets."
        elif "steps:" in text:
            hint = " Het lijkt een werkvorm (YAML); begin daarmee een nieuwe sessie."
        raise FileProblems([Problem(name, f"{not_session}.{hint}")])
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        if exc.pos >= len(text.rstrip()) - 1:
            message = "het bestand is beschadigd: het houdt halverwege op"
        else:
            message = f"het bestand is beschadigd: de opmaak klopt niet ({exc.msg})"
        raise FileProblems([Problem(name, message, line=exc.lineno)])
    except RecursionError:
        raise FileProblems([Problem(name, "het bestand is beschadigd: het is te diep genest")])
    if not isinstance(data, dict) or data.get("document") != DOCUMENT_KIND:
        raise FileProblems([Problem(name, f"{not_session}.")])
    return data


def open_session(path: Path) -> Session:
    """Read a session file; raise FileProblems (plain Dutch) when it cannot be used. Never changes the file."""
    path = Path(path)
    name = display_path(path)
    data = migrate(read_session_data(path), name)
    try:
        session = Session.model_validate(data)
    except ValidationError as exc:
        problems = explain_validation_error(exc, name)
        raise FileProblems([Problem(name, "het bestand is beschadigd; deze gegevens kloppen niet:")] + problems)
    except RecursionError:
        raise FileProblems([Problem(name, "het bestand is beschadigd: het is te diep genest")])
    # a place past the end of the agenda (steps removed by hand): go to the last step there is
    if session.current_step >= len(session.steps):
        session.current_step, session.current_card = max(0, len(session.steps) - 1), 0
    step = session.active_step
    if step is not None and session.current_card >= max(1, len(step.card_ids)):
        session.current_card = 0
    return session


def open_user_file(path: Path) -> Session:
    """Open a file the user chose: like open_session, and session.path becomes that file."""
    session = open_session(path)
    session.path = str(Path(path).resolve())
    return session


# --- autosave and recovery --------------------------------------------------------------------
def autosave_dir(data_dir: Path | None = None) -> Path:
    return (data_dir or user_data_dir()) / AUTOSAVE_FOLDER


class Autosaver:
    """Writes the session to ``<data dir>/autosave/<id>.reflectiespel`` soon after each change.

    ``changed()`` marks the session dirty; ``tick()`` (driven by a timer) writes once ``delay``
    seconds have passed since the first unsaved change, so a steady stream of changes still gets
    saved every ``delay`` seconds. ``flush()`` writes at once; ``discard()`` on a clean close
    removes the autosave, so only sessions that did not close cleanly are offered for recovery.
    A failed write is kept in ``error`` (Dutch) and tried again on the next tick.

    With ``background``, ``tick`` leaves making the JSON (a step at a time, core/sessionbytes.py) and
    writing it (temp file, fsync, replace) to a worker thread (core/backgroundwrite.py), so neither a
    big session nor a slow disk holds up the window; a failure shows up at the next tick and the
    session is written again. ``flush`` and ``discard`` wait for the worker.
    """

    def __init__(self, data_dir: Path | None = None, delay: float = 1.0,
                 clock: Callable[[], float] = time.monotonic, background: bool = False):
        from .backgroundwrite import BackgroundWriter

        self.writer = BackgroundWriter(atomic_write) if background else None
        self.folder = autosave_dir(data_dir)
        self.delay = delay
        self.clock = clock
        self.session: Session | None = None
        self.dirty = False
        self.error: str | None = None
        self._dirty_since = 0.0
        self._cleaned: set[str] = set()

    def path_for(self, session: Session) -> Path:
        return self.folder / f"{session.id}{SUFFIX}"

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
            self.error = f"Automatisch opslaan lukt niet: {exc}"
            if not self.dirty:
                self.dirty, self._dirty_since = True, self.clock()  # write it again after a delay

    def flush(self, wait: bool = True) -> bool:
        if self.writer is not None and wait:
            self.writer.wait()
            self._collect_failures()
        if not self.dirty or self.session is None:
            return False
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            if self.session.id not in self._cleaned:
                self._remove_stale_temp_files(self.session)
                self._owner_file(self.session).write_text(str(os.getpid()), encoding="utf-8")
            if self.writer is not None:
                from .sessionbytes import session_json_in_steps

                session = self.session
                self.writer.submit(self.path_for(session), lambda: session_json_in_steps(session))
                if wait:
                    self.writer.wait()
                    failed = self.writer.failures()
                    if failed:
                        raise next(iter(failed.values()))
            else:
                atomic_write(self.path_for(self.session), session_to_bytes(self.session))
        except (FileProblems, OSError) as exc:
            self.error = f"Automatisch opslaan lukt niet: {exc}"
            self._dirty_since = self.clock()  # try again after another delay
            return False
        self.error = None
        self.dirty = False
        return True

    def _owner_file(self, session: Session) -> Path:
        return self.folder / f"{session.id}.pid"

    def _remove_stale_temp_files(self, session: Session) -> None:
        """Temporary files of this session left by a write that a crash cut short."""
        self._cleaned.add(session.id)
        for temp in self.folder.glob(f".{session.id}{SUFFIX}.*.tmp"):
            try:
                temp.unlink()
            except OSError:
                pass

    def discard(self, session: Session | None = None) -> None:
        """A clean close: forget the autosave of this session."""
        if self.writer is not None:
            self.writer.wait()  # a write still under way must not bring the file back afterwards
        session = session or self.session
        if session is None:
            return
        for path in (self.path_for(session), self._owner_file(session)):
            try:
                path.unlink()
            except FileNotFoundError:
                pass
        self._cleaned.discard(session.id)
        if session is self.session:
            self.session, self.dirty = None, False


@dataclass
class Recoverable:
    path: Path
    session: Session
    saved: datetime

    @property
    def title(self) -> str:
        return self.session.title

    def discard(self) -> None:
        """The facilitator does not want it back: remove the autosave."""
        for path in (self.path, self.path.with_suffix(".pid")):
            try:
                path.unlink()
            except FileNotFoundError:
                pass


def find_recoverable(data_dir: Path | None = None) -> list[Recoverable]:
    """Autosaves of sessions that did not close cleanly, newest first.

    Damaged ones are skipped, not removed; so are sessions another running app window is autosaving.
    """
    folder = autosave_dir(data_dir)
    if not folder.is_dir():
        return []
    found = []
    for path in folder.glob(f"*{SUFFIX}"):
        if _still_running(path.with_suffix(".pid")):
            continue  # another window of the app is using this session right now
        try:
            session = open_session(path)
            saved = datetime.fromtimestamp(path.stat().st_mtime).astimezone()
        except (FileProblems, OSError):
            continue
        found.append(Recoverable(path, session, saved))
    found.sort(key=lambda r: r.saved, reverse=True)
    return found


def _still_running(owner_file: Path) -> bool:
    """True when the process that autosaves this session is another one that is still alive (POSIX)."""
    if os.name != "posix":
        return False
    try:
        pid = int(owner_file.read_text(encoding="utf-8").strip())
    except (OSError, ValueError):
        return False
    if pid == os.getpid() or pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # it exists, but belongs to someone else
    return True


# --- recent sessions --------------------------------------------------------------------------
class RecentSessions:
    """The last sessions the user saved or opened (at most 10), kept in ``<data dir>/recent.json``."""

    def __init__(self, data_dir: Path | None = None):
        self.file = (data_dir or user_data_dir()) / RECENT_FILE

    def paths(self) -> list[Path]:
        """Newest first; a damaged list counts as empty."""
        try:
            data = json.loads(self.file.read_text(encoding="utf-8"))
            items = data.get("paths", []) if isinstance(data, dict) else []
            return [Path(p) for p in items if isinstance(p, str)][:MAX_RECENT]
        except (OSError, ValueError):
            return []

    def existing(self) -> list[Path]:
        return [p for p in self.paths() if p.is_file()]

    def add(self, path: Path) -> None:
        path = Path(path).resolve()
        self._write([path] + [p for p in self.paths() if p != path])

    def remove(self, path: Path) -> None:
        path = Path(path).resolve()
        self._write([p for p in self.paths() if p != path])

    def _write(self, paths: list[Path]) -> None:
        self.file.parent.mkdir(parents=True, exist_ok=True)
        data = {"format_version": 1, "paths": [str(p) for p in paths[:MAX_RECENT]]}
        atomic_write(self.file, json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8"))
