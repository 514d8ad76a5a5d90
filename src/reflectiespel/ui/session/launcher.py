"""Open a session in a console window, with the axis board when the session has board steps."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from ...core.decks.library import Library
from ...core.sessions.session import Session
from .console import ConsoleWindow
from .controller import SessionController


def board_definition(language: str | None = None):
    """The axis board's definition in ``language`` (a session's; default: the window's), or None when its
    file is broken (the rest still works)."""
    from ...core.board.boarddef import load_default_board
    from ...core.base.problems import FileProblems

    try:
        return load_default_board(language)
    except FileProblems:
        return None


def open_console(session: Session, library: Library, data_dir: Path | None = None,
                 parent: QWidget | None = None, claims=None) -> ConsoleWindow:
    controller = SessionController(session, library, data_dir, claims=claims)
    window = ConsoleWindow(controller, board_definition(session.language), parent=parent)
    controller.setParent(window)
    window.show()
    window.raise_()
    window.activateWindow()
    return window
