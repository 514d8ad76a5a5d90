"""The board editor: what the tray, a drag and the arrow keys ask becomes a core board operation
(core/sessions/boardops.py), handed to the session's host (core/sessions/host.py) like every other change.

A drag is one edit, made when the mouse is released; arrow-key moves of the same token merge into
one undo step while they follow each other. ``changed`` fires after every change of the board,
also when it is undone or done again, so the scene follows the model.
"""

from __future__ import annotations

from datetime import datetime

import shiboken6
from PySide6.QtCore import QObject, Signal

from ...core.sessions import boardops
from ...core.board.board import BoardState
from ...core.sessions.host import WINDOW, SessionHost
from ...core.sessions.session_ops import Edit, SessionError
from ..session.hosting import board_host


class BoardEditor(QObject):
    """Small named operations on a BoardState, each one undoable edit through the host."""

    changed = Signal()
    problem = Signal(str)  # a change the host refused, in the interface language

    def __init__(self, state: BoardState, host, parent: QObject | None = None):
        super().__init__(parent)
        self.state = state
        self.host: SessionHost = board_host(host)  # the session's host, or a QUndoStack for a board on its own

    def set_state(self, state: BoardState) -> None:
        self.state = state
        self.changed.emit()

    def _apply(self, operation, *args) -> Edit | None:
        try:
            edit = operation(self.state, *args)
            if edit is None:
                return None
            self.host.apply(edit.then(self._replayed), WINDOW)
        except SessionError as exc:
            self.problem.emit(str(exc))
            return None
        self.changed.emit()
        return edit

    def _replayed(self) -> None:
        if shiboken6.isValid(self):  # the undo stack may outlive a board widget
            self.changed.emit()

    # -- operations ------------------------------------------------------------------------
    def add_token(self, name: str, colour: str) -> str | None:
        edit = self._apply(boardops.add_token, name, colour)
        return edit.value.id if edit is not None else None

    def remove_token(self, token_id: str) -> None:
        self._apply(boardops.remove_token, token_id)

    def place(self, token_id: str, perspective: str, x: float, y: float) -> None:
        """Put a token on the board for one perspective (from the tray), or move it there."""
        self._apply(boardops.place, token_id, perspective, x, y)

    def move(self, token_id: str, perspective: str, old: tuple[float, float] | None,
             new: tuple[float, float], keyboard: bool = False) -> None:
        self._apply(boardops.move, token_id, perspective, old, new, keyboard)

    def remove_placement(self, token_id: str, perspective: str) -> None:
        self._apply(boardops.remove_placement, token_id, perspective)

    def set_reason(self, token_id: str, perspective: str, text: str) -> None:
        self._apply(boardops.set_reason, token_id, perspective, text)

    def take_snapshot(self, name: str, taken: datetime | None = None) -> None:
        self._apply(boardops.take_snapshot, name, taken)
