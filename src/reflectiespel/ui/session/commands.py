"""Undo and redo for session edits: a core ``Edit`` wrapped in a QUndoCommand."""

from __future__ import annotations

from typing import Callable

from PySide6.QtGui import QUndoCommand

from ...core.session_ops import Edit


class EditCommand(QUndoCommand):
    """push() calls redo(), which does nothing while the edit is already applied."""

    def __init__(self, edit: Edit, after: Callable[[], None]):
        super().__init__(edit.text)
        self.edit = edit
        self.after = after

    def redo(self) -> None:
        self.edit.redo()
        self.after()

    def undo(self) -> None:
        self.edit.undo()
        self.after()
