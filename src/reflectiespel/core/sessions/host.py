"""The one host of an open session: every change goes through ``apply(edit, source)``.

Whoever changes a session (the facilitator's console, the team's window of Samen reflecteren, a
phone, the board editor, the headless ``reflectiespel live``) makes a core operation's ``Edit``
(core/sessions/session_ops.py, core/sessions/boardops.py, live/events.py) and hands it to the host, which

1. checks it: never keep what would not load back (``shape_problems``: a part that is not the model
   it should be, an id used twice); a refused edit is undone and ``Refused`` says why;
2. records it in the undo history (``History``: core's own list here, the window's QUndoStack
   through ui/session/hosting.py; that module is the only one that pushes onto a session's stack);
3. schedules the save (``Saver``: the Autosaver of a window, the session file of the command);
4. tells the listeners, with the source, so views redraw and phones see the change.

Changes that are not edits (going to the next step, a team member's turn in Samen reflecteren) are
reported with ``changed(source)``: saved and told the same way, not undoable.

The host also keeps the session out of the garbage collector's full passes while it is open
(core/base/collector.py). Plain Python: no Qt, no threads; call it on the thread that owns the session.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from ..base import collector
from ..base.i18n import translate
from .session_ops import Edit, SessionError

WINDOW = "window"  # the facilitator or the team, on the laptop (also the board editor)
PHONE = "phone"  # a phone in the room (live/hub.py)
UNDO = "undo"  # an edit undone or done again

Listener = Callable[[str], None]


class Refused(SessionError):
    """The host did not keep an edit (it was undone); the message says why, in the interface language."""


class History(Protocol):
    """Keeps applied edits for undo. ``replayed`` is to be called after an edit is undone or redone."""

    def record(self, edit: Edit, replayed: Callable[[], None]) -> None: ...


class Saver(Protocol):
    """Saves the session some time after ``changed``; core/autosave.Autosaver is one."""

    def changed(self, session: Any) -> None: ...


class EditHistory:
    """Core's own undo history (a list of edits), for a host without a window: the ``live`` command, tests.
    Edits with the same ``merge_key`` in a row are one step, as in the window."""

    def __init__(self, limit: int = 10_000):
        self.limit = limit
        self._done: list[tuple[Edit, Callable[[], None]]] = []
        self._undone: list[tuple[Edit, Callable[[], None]]] = []

    def record(self, edit: Edit, replayed: Callable[[], None]) -> None:
        self._undone.clear()
        if self._done and self._done[-1][0].absorb(edit):
            return
        self._done.append((edit, replayed))
        del self._done[:-self.limit]

    def can_undo(self) -> bool:
        return bool(self._done)

    def can_redo(self) -> bool:
        return bool(self._undone)

    def undo_text(self) -> str:
        return self._done[-1][0].text if self._done else ""

    def undo(self) -> bool:
        if not self._done:
            return False
        edit, replayed = self._done.pop()
        edit.undo()
        self._undone.append((edit, replayed))
        replayed()
        return True

    def redo(self) -> bool:
        if not self._undone:
            return False
        edit, replayed = self._undone.pop()
        edit.redo()
        self._done.append((edit, replayed))
        replayed()
        return True


class SessionHost:
    """One open session, its undo history, its saving and who listens. ``session`` may be None for a
    board shown on its own (no session document to check: the edits still go to the history)."""

    def __init__(self, session: Any, history: History | None = None, saver: Saver | None = None,
                 long_lived: bool = True):
        self.session = session
        self.history = history if history is not None else EditHistory()
        self.saver = saver
        self.listeners: list[Listener] = []
        # an open session lives as long as its window: out of the collector's full passes (core/base/collector.py)
        self._hold = collector.keep_long_lived() if long_lived else None

    # --- the one way in ---------------------------------------------------------------------------
    def apply(self, edit: Edit | None, source: str = WINDOW, steps: list | None = None) -> Edit | None:
        """Check, record, save soon, tell. Raises Refused (the edit undone) when the session would not load
        back. None (an operation that changed nothing) passes through. ``steps``: the steps the edit can
        touch (a phone's vote: the step showing), whose parts are looked into instead of every step's: a
        hall of 300 phones voting would otherwise look through the whole session at every vote."""
        if edit is None:
            return None
        problems = self.problems(steps)
        if problems:
            edit.undo()
            raise Refused(translate("SessionController", "Deze wijziging is niet gedaan: {0}").format(
                "; ".join(problems)))
        self.history.record(edit, lambda: self.changed(UNDO))
        self.changed(source)
        return edit

    def run(self, operation: Callable[..., Edit | None], *args: Any, source: str = WINDOW, **kwargs: Any) -> Edit | None:
        """Make an edit with a core operation and apply it; the operation's SessionError passes through."""
        return self.apply(operation(*args, **kwargs), source)

    def problems(self, steps: list | None = None) -> list[str]:
        """What would stop the session from loading back (quick; every save checks fully); ``steps``: look
        into these steps' parts only (core.session.shape_problems)."""
        if self.session is None:
            return []
        from .session import shape_problems

        return shape_problems(self.session, steps)

    def changed(self, source: str = WINDOW) -> None:
        """Something changed (an edit, its undo, a move, a turn): save soon and tell the listeners."""
        if self.saver is not None and self.session is not None:
            self.saver.changed(self.session)
        for listener in list(self.listeners):
            listener(source)

    def moved(self) -> None:
        """The session shows another step or card: save soon (navigation has its own signals, and is not undone)."""
        if self.saver is not None and self.session is not None:
            self.saver.changed(self.session)

    @property
    def size(self) -> int:
        """Bytes of the session as last saved (0 when not known): how near it is to the size limit."""
        return getattr(self.saver, "size", 0) or 0

    def close(self) -> None:
        """The session is closed: it no longer holds its objects out of the collector's passes."""
        if self._hold is not None:
            self._hold.release()
            self._hold = None
