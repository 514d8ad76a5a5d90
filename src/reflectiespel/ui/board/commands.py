"""Every change to the board is a QUndoCommand on the BoardState; the undo stack is passed in.

A drag is pushed as ONE command when the mouse is released; arrow-key moves of the same
token merge into one step while they follow each other.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ...core.board import BoardState, Placement, Snapshot, Token, placement_key

MOVE_ID = 4001


class BoardEditor(QObject):
    """Small named operations on a BoardState, each pushed as an undoable command."""

    changed = Signal()

    def __init__(self, state: BoardState, undo_stack: QUndoStack, parent: QObject | None = None):
        super().__init__(parent)
        self.state = state
        self.undo_stack = undo_stack

    def set_state(self, state: BoardState) -> None:
        self.state = state
        self.changed.emit()

    # -- operations ------------------------------------------------------------------------
    def add_token(self, name: str, colour: str) -> str:
        token = Token(id=self.state.new_token_id(name), name=name.strip(), colour=colour)
        self.undo_stack.push(_AddToken(self, token))
        return token.id

    def remove_token(self, token_id: str) -> None:
        self.undo_stack.push(_RemoveToken(self, token_id))

    def place(self, token_id: str, perspective: str, x: float, y: float) -> None:
        """Put a token on the board for one perspective (from the tray), or move it there."""
        old = self.state.placement(token_id, perspective)
        before = (old.x, old.y) if old else None
        self.move(token_id, perspective, before, (x, y))

    def move(self, token_id: str, perspective: str, old: tuple[float, float] | None,
             new: tuple[float, float], keyboard: bool = False) -> None:
        if old is not None and _same(old, new):
            return
        self.undo_stack.push(_Move(self, token_id, perspective, old, new, keyboard))

    def remove_placement(self, token_id: str, perspective: str) -> None:
        old = self.state.placement(token_id, perspective)
        if old is not None:
            self.undo_stack.push(_Unplace(self, old))

    def set_reason(self, token_id: str, perspective: str, text: str) -> None:
        key = placement_key(token_id, perspective)
        if self.state.reasons.get(key, "") != text.strip():
            self.undo_stack.push(_Reason(self, key, text.strip()))

    def take_snapshot(self, name: str, taken: datetime | None = None) -> None:
        self.undo_stack.push(_TakeSnapshot(self, name.strip(), taken or datetime.now().astimezone()))


def _same(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return abs(a[0] - b[0]) < 1e-9 and abs(a[1] - b[1]) < 1e-9


class _BoardCommand(QUndoCommand):
    def __init__(self, editor: BoardEditor, text: str):
        super().__init__(text)
        self.editor = editor
        self.state = editor.state  # the state of the step this command was made in

    def _done(self) -> None:
        self.editor.changed.emit()


class _AddToken(_BoardCommand):
    def __init__(self, editor, token: Token):
        super().__init__(editor, QCoreApplication.translate(
            "BoardCommands", "Praktijk '%1' toevoegen").replace("%1", token.name))
        self.token = token

    def redo(self):
        self.state.tokens.append(self.token)
        self._done()

    def undo(self):
        self.state.tokens.remove(self.token)
        self._done()


class _RemoveToken(_BoardCommand):
    def __init__(self, editor, token_id: str):
        token = editor.state.token(token_id)
        super().__init__(editor, QCoreApplication.translate(
            "BoardCommands", "Praktijk '%1' weghalen").replace("%1", token.name))
        self.index = editor.state.tokens.index(token)
        self.token = token
        self.placements = [(i, p) for i, p in enumerate(editor.state.placements) if p.token_id == token_id]

    def redo(self):
        self.state.tokens.remove(self.token)
        self.state.placements = [p for p in self.state.placements if p.token_id != self.token.id]
        self._done()

    def undo(self):
        self.state.tokens.insert(self.index, self.token)
        for i, placement in self.placements:
            self.state.placements.insert(i, placement)
        self._done()


class _Move(_BoardCommand):
    def __init__(self, editor, token_id, perspective, old, new, keyboard):
        name = editor.state.token(token_id).name
        if old is not None:
            text = QCoreApplication.translate("BoardCommands", "'%1' verschuiven")
        else:
            text = QCoreApplication.translate("BoardCommands", "'%1' op het bord zetten")
        super().__init__(editor, text.replace("%1", name))
        self.token_id, self.perspective = token_id, perspective
        self.old, self.new, self.keyboard = old, new, keyboard

    def id(self) -> int:
        return MOVE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not (isinstance(other, _Move) and self.keyboard and other.keyboard and self.old is not None
                and other.state is self.state
                and (other.token_id, other.perspective) == (self.token_id, self.perspective)):
            return False
        self.new = other.new
        return True

    def redo(self):
        self.state.place(self.token_id, self.perspective, *self.new)
        self._done()

    def undo(self):
        if self.old is None:
            self.state.remove_placement(self.token_id, self.perspective)
        else:
            self.state.place(self.token_id, self.perspective, *self.old)
        self._done()


class _Unplace(_BoardCommand):
    def __init__(self, editor, placement: Placement):
        name = editor.state.token(placement.token_id).name
        super().__init__(editor, QCoreApplication.translate(
            "BoardCommands", "'%1' van het bord halen").replace("%1", name))
        self.placement = placement
        self.index = editor.state.placements.index(placement)

    def redo(self):
        self.state.placements.remove(self.placement)
        self._done()

    def undo(self):
        self.state.placements.insert(self.index, self.placement)
        self._done()


class _Reason(_BoardCommand):
    def __init__(self, editor, key: str, text: str):
        super().__init__(editor, QCoreApplication.translate("BoardCommands", "Reden opschrijven"))
        self.key, self.text = key, text
        self.before = editor.state.reasons.get(key)

    def _set(self, value):
        if value:
            self.state.reasons[self.key] = value
        else:
            self.state.reasons.pop(self.key, None)
        self._done()

    def redo(self):
        self._set(self.text)

    def undo(self):
        self._set(self.before)


class _TakeSnapshot(_BoardCommand):
    def __init__(self, editor, name: str, taken: datetime):
        super().__init__(editor, QCoreApplication.translate(
            "BoardCommands", "Positie vastleggen: %1").replace("%1", name))
        self.name, self.taken = name, taken
        self.reasons_before: dict[str, str] = {}
        self.snapshot: Snapshot | None = None

    def redo(self):
        self.reasons_before = dict(self.state.reasons)
        self.snapshot = self.state.take_snapshot(self.name, self.taken)
        self._done()

    def undo(self):
        self.state.snapshots = [s for s in self.state.snapshots if s is not self.snapshot]
        self.state.reasons = self.reasons_before
        self._done()
