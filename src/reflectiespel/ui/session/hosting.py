"""Qt's end of the session host (core/sessions/host.py): a session's undo history is a QUndoStack.

This is the only module that pushes onto a session's undo stack (tests/ui/test_one_way_in.py): every
window (the console, Samen reflecteren, a board on its own) gives its stack to ``window_host`` and
changes the session with ``host.apply(edit, source)``, which checks, records here, saves and tells.
Ctrl+Z on the stack undoes the edit and tells the host's listeners (source ``undo``).
The deck editor's own stack (ui/editor) is another document and does not come here.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand, QUndoStack

from ...core.sessions.host import Saver, SessionHost
from ...core.sessions.session_ops import Edit

MERGE_ID = 4001  # QUndoCommand.id of edits that may merge (core Edit.merge_key)


class EditCommand(QUndoCommand):
    """One core ``Edit`` on a QUndoStack. push() calls redo(), which does nothing then: the host has applied
    the edit and told its listeners already; later redos and undos call ``replayed``."""

    def __init__(self, edit: Edit, replayed: Callable[[], None]):
        super().__init__(edit.text)
        self.edit = edit
        self.replayed = replayed
        self._pushed = False

    def id(self) -> int:
        return MERGE_ID if self.edit.merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        return isinstance(other, EditCommand) and self.edit.absorb(other.edit)

    def redo(self) -> None:
        if not self._pushed:
            self._pushed = True
            return
        self.edit.redo()
        self.replayed()

    def undo(self) -> None:
        self.edit.undo()
        self.replayed()


class UndoStackHistory:
    """core.sessions.host.History on a QUndoStack."""

    def __init__(self, stack: QUndoStack):
        self.stack = stack

    def record(self, edit: Edit, replayed: Callable[[], None]) -> None:
        self.stack.push(EditCommand(edit, replayed))


def window_host(session, stack: QUndoStack, saver: Saver | None = None, long_lived: bool = True) -> SessionHost:
    """The host of a session shown in a window, with the window's undo stack and its autosave."""
    return SessionHost(session, UndoStackHistory(stack), saver, long_lived=long_lived)


def board_host(host_or_stack) -> SessionHost:
    """A board editor's host: the session's, or (a board shown on its own: tests, the benchmark) one of its
    own on the given QUndoStack, without a session document to check."""
    if isinstance(host_or_stack, SessionHost):
        return host_or_stack
    return window_host(None, host_or_stack, long_lived=False)
