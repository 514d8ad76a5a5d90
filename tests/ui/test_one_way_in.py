"""One way into a session (#25): the console, its board, phones and Samen reflecteren all hand their edits to
the session's host (core/sessions/host.py); only ui/session/hosting.py pushes onto a session's undo stack."""

import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QPushButton

from reflectiespel.core.decks.library import Library
from reflectiespel.core.sessions.session import Session, Step
from reflectiespel.resources import builtin_decks_dir
from reflectiespel.ui.session.launcher import open_console

SRC = Path(__file__).parents[2] / "src" / "reflectiespel"
THE_ONE = Path("ui/session/hosting.py")
DECK_EDITOR = Path("ui/editor")  # a deck is another document, with its own undo stack


def test_only_the_host_module_pushes_onto_a_session_undo_stack():
    pushes, commands = [], []
    for path in sorted(SRC.rglob("*.py")):
        relative = path.relative_to(SRC)
        if relative == THE_ONE or DECK_EDITOR in relative.parents:
            continue
        text = path.read_text(encoding="utf-8")
        pushes += [f"{relative}: {line.strip()}" for line in text.splitlines() if re.search(r"\.push\(", line)]
        commands += [f"{relative}: {line.strip()}" for line in text.splitlines()
                     if re.search(r"\bQUndoCommand\b|\bbeginMacro\(", line)]
    assert pushes == [] and commands == []
    assert ".push(" in (SRC / THE_ONE).read_text(encoding="utf-8")


def _console(qtbot, data_dir, session):
    library = Library(builtin_decks_dir()).load()
    window = open_console(session, library, data_dir)
    window.ask_to_save = lambda: QMessageBox.StandardButton.Discard
    qtbot.addWidget(window)
    window.resize(1024, 768)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_a_practice_added_on_the_console_board_is_one_undo_step_and_saved_like_a_note(qtbot, data_dir):
    session = Session.empty("Bord")
    session.add_step(Step(id="s-bord", kind="board", title="Waar staan we?"))
    window = _console(qtbot, data_dir, session)
    saves = []
    window.controller.host.listeners.append(saves.append)
    tray = window.board.tray
    name = tray.findChild(QLineEdit, "boardNewName")
    qtbot.mouseClick(name, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(name, "Buurtkoor")
    qtbot.mouseClick(tray.findChild(QPushButton, "boardAdd"), Qt.MouseButton.LeftButton)
    assert [t.name for t in session.steps[0].board.tokens] == ["Buurtkoor"]
    assert saves == ["window"] and window.controller.autosaver.dirty
    assert window.undo_action.isEnabled() and "Buurtkoor" in window.undo_action.toolTip()
    window.undo_action.trigger()  # Ctrl+Z in the console's menu
    assert session.steps[0].board.tokens == [] and saves == ["window", "undo"]
    assert window.board.tray.findChild(QPushButton, "boardAdd") is not None
    window.controller.close_cleanly()


def test_a_board_change_that_would_not_load_back_is_refused_and_said(qtbot, data_dir):
    """The board editor had no check before (#25): now the host's check refuses it, undoes it and says why."""
    session = Session.empty("Bord")
    session.add_step(Step(id="s-bord", kind="board", title="Waar staan we?"))
    window = _console(qtbot, data_dir, session)
    session.steps.append(session.steps[0])  # one step twice: what a broken change could leave behind
    tray = window.board.tray
    name = tray.findChild(QLineEdit, "boardNewName")
    qtbot.mouseClick(name, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(name, "Buurtkoor")
    qtbot.mouseClick(tray.findChild(QPushButton, "boardAdd"), Qt.MouseButton.LeftButton)
    QApplication.processEvents()
    assert session.steps[0].board.tokens == []  # undone at once
    assert not window.controller.undo_stack.canUndo()
    assert "niet gedaan" in window.board.status.text() and "dezelfde id" in window.board.status.text()
    session.steps.pop()
    window.controller.close_cleanly()
