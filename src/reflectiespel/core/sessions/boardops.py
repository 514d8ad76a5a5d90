"""The board's small named operations, each returning an undoable ``Edit`` (core/sessions/session_ops.py).

The board editor (ui/board/editor.py) calls these and hands the edit to the session's host
(core/sessions/host.py), like every other change: checked, one undo step, saved, and the views told. The
operations work on one BoardState (a step's board), so an edit made on one step's board keeps
changing that board, whatever step shows later. Phones place tokens through SessionOps.place_token,
which names the step.

Positions are normalized (0..1) and clamped; see core/board/board.py.
"""

from __future__ import annotations

from datetime import datetime

from ..board.board import BoardState, Token, clamp01, placement_key
from ..base.i18n import QT_TRANSLATE_NOOP, translate
from .session_ops import Edit, SessionError, _apply

Point = tuple[float, float]


def _said(text: str, name: str) -> str:
    # ``text`` is marked with QT_TRANSLATE_NOOP("BoardCommands", ...); the sources keep Qt's %1
    return translate("BoardCommands", text).replace("%1", name)


def add_token(board: BoardState, name: str, colour: str) -> Edit:
    """A new practice in the tray (not yet on the board); the edit's value is the Token."""
    name = name.strip()
    if not name:
        raise SessionError(translate("SessionOps", "Geef de praktijk een naam."))
    token = Token(id=board.new_token_id(name), name=name[:100], colour=colour)
    return _apply(_said(QT_TRANSLATE_NOOP("BoardCommands", "Praktijk '%1' toevoegen"), token.name),
                  lambda: board.tokens.append(token), lambda: board.tokens.remove(token), token)


def remove_token(board: BoardState, token_id: str) -> Edit:
    """The practice and all its placements; undo puts them back where they were."""
    token = _token(board, token_id)
    index = board.tokens.index(token)
    placements = [(i, p) for i, p in enumerate(board.placements) if p.token_id == token_id]

    def redo():
        board.tokens.remove(token)
        board.placements = [p for p in board.placements if p.token_id != token_id]

    def undo():
        board.tokens.insert(index, token)
        for i, placement in placements:
            board.placements.insert(i, placement)
    return _apply(_said(QT_TRANSLATE_NOOP("BoardCommands", "Praktijk '%1' weghalen"), token.name), redo, undo, token)


def move(board: BoardState, token_id: str, perspective: str, old: Point | None, new: Point,
         keyboard: bool = False) -> Edit | None:
    """Put a token on the board for one perspective (``old`` None) or move it from ``old``; None when it
    stays where it is. A drag is one edit (made on release); arrow-key moves of one token merge into one
    undo step while they follow each other (``merge_key``)."""
    if old is not None and _same(old, new):
        return None
    token = _token(board, token_id)
    new = (clamp01(new[0]), clamp01(new[1]))
    text = _said(QT_TRANSLATE_NOOP("BoardCommands", "'%1' verschuiven") if old is not None
                 else QT_TRANSLATE_NOOP("BoardCommands", "'%1' op het bord zetten"), token.name)

    def undo():
        if old is None:
            board.remove_placement(token_id, perspective)
        else:
            board.place(token_id, perspective, *old)
    edit = _apply(text, lambda: board.place(token_id, perspective, *new), undo, (token_id, perspective))
    if keyboard and old is not None:
        edit.merge_key = ("move", id(board), token_id, perspective)
    return edit


def place(board: BoardState, token_id: str, perspective: str, x: float, y: float) -> Edit | None:
    """Put a token on the board for one perspective (from the tray), or move it there."""
    found = board.placement(token_id, perspective)
    return move(board, token_id, perspective, (found.x, found.y) if found else None, (x, y))


def remove_placement(board: BoardState, token_id: str, perspective: str) -> Edit | None:
    """Take one perspective's placement off the board (the practice stays in the tray); None if it was not on."""
    found = board.placement(token_id, perspective)
    if found is None:
        return None
    index = board.placements.index(found)
    return _apply(_said(QT_TRANSLATE_NOOP("BoardCommands", "'%1' van het bord halen"), _token(board, token_id).name),
                  lambda: board.placements.remove(found), lambda: board.placements.insert(index, found), found)


def set_reason(board: BoardState, token_id: str, perspective: str, text: str) -> Edit | None:
    """The "waarom" of a placement since the last recorded position; None when it says the same."""
    key = placement_key(token_id, perspective)
    text = text.strip()
    before = board.reasons.get(key)
    if (before or "") == text:
        return None
    if len(text) > 2000:
        raise SessionError(translate("SessionOps", "Dit 'waarom' is te lang; houd het bij een paar zinnen."))

    def put(value):
        if value:
            board.reasons[key] = value
        else:
            board.reasons.pop(key, None)
    return _apply(translate("BoardCommands", "Reden opschrijven"), lambda: put(text), lambda: put(before), key)


def take_snapshot(board: BoardState, name: str, taken: datetime | None = None) -> Edit:
    """'Positie vastleggen': keep the positions and the reasons given since the last one, under a name."""
    name = name.strip()
    taken = taken or datetime.now().astimezone()
    kept: dict = {}

    def redo():
        kept["reasons"] = dict(board.reasons)
        kept["snapshot"] = board.take_snapshot(name, taken)

    def undo():
        board.snapshots = [s for s in board.snapshots if s is not kept["snapshot"]]
        board.reasons = kept["reasons"]
    edit = _apply(_said(QT_TRANSLATE_NOOP("BoardCommands", "Positie vastleggen: %1"), name), redo, undo)
    edit.value = kept["snapshot"]
    return edit


def _token(board: BoardState, token_id: str) -> Token:
    try:
        return board.token(token_id)
    except KeyError:
        raise SessionError(translate("SessionOps", "Deze praktijk staat niet (meer) op het bord.")) from None


def _same(a: Point, b: Point) -> bool:
    return abs(a[0] - b[0]) < 1e-9 and abs(a[1] - b[1]) < 1e-9


