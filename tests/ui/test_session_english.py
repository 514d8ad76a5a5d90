"""Issue #16: in an English interface the console's undo and redo say what they undo in English (the labels
come from the session core, core/sessions/session_ops.py), and the core's refusals show in English in the status bar.
Driven through the real controls: the "+ Step" button and its dialog, Enter in the note and participant
fields, the toolbar's undo button, Ctrl+Z."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox, QToolButton

from reflectiespel.core.decks.library import Library
from reflectiespel.core.sessions.session import Session
from reflectiespel.resources import builtin_decks_dir
from reflectiespel.ui.translators import install_translators
from reflectiespel.ui.session.console import ConsoleWindow
from reflectiespel.ui.session.controller import SessionController

LEFT = Qt.MouseButton.LeftButton
CTRL = Qt.KeyboardModifier.ControlModifier

WORDS = {
    "en": {"undo": "Undo", "nothing": "Nothing to undo (Ctrl+Z)", "session": "New session", "step": "New step",
           "tip": "Undo: {0} (Ctrl+Z)", "redo": "Redo: {0} (Ctrl+Shift+Z)", "undone": "Undone: {0}",
           "add step": "Add step", "add note": "Add note", "add participant": "Add participant",
           "remove participant": "Remove participant", "empty action": "Write down what needs to happen."},
    "nl": {"undo": "Ongedaan maken", "nothing": "Niets om ongedaan te maken (Ctrl+Z)", "session": "Nieuwe sessie",
           "step": "Nieuwe stap", "tip": "Ongedaan maken: {0} (Ctrl+Z)", "redo": "Opnieuw doen: {0} (Ctrl+Shift+Z)",
           "undone": "Ongedaan gemaakt: {0}", "add step": "Stap toevoegen", "add note": "Notitie toevoegen",
           "add participant": "Deelnemer toevoegen", "remove participant": "Deelnemer verwijderen",
           "empty action": "Schrijf op wat er moet gebeuren."},
}


@pytest.fixture(scope="module")
def library():
    return Library(builtin_decks_dir()).load()


@pytest.fixture(params=["en", "nl"])
def console(request, qtbot, qapp, library, data_dir):
    """A console in an app started in this language (as `reflectiespel --lang en` installs it)."""
    install_translators(qapp, request.param)
    try:
        window = ConsoleWindow(SessionController(Session.empty(), library, data_dir))
        window.open_files = False
        window.ask_to_save = lambda: QMessageBox.StandardButton.Discard
        qtbot.addWidget(window)
        window.resize(1400, 860)
        activate(qtbot, window)
        yield window, WORDS[request.param]
    finally:
        install_translators(qapp, "nl")


def activate(qtbot, window) -> None:
    """Application shortcuts fire offscreen only in the active window (after a dialog closes, a desktop
    makes the console active again; offscreen the test does)."""
    window.show()
    window.activateWindow()
    window.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def undo_button(window) -> QToolButton:
    button = window.toolbar.widgetForAction(window.undo_action)
    assert isinstance(button, QToolButton) and button.isVisible()
    return button


def press_ok_in_step_dialog(qtbot) -> list:
    """Press OK in the step dialog as soon as it is open (the title left empty: the default is used)."""
    seen: list = []

    def poll(left: int):
        dialog = QApplication.activeModalWidget()
        if dialog is not None and dialog.objectName() == "stepDialog":
            seen.append(dialog)
            qtbot.mouseClick(dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok), LEFT)
        elif left > 0:
            QTimer.singleShot(20, lambda: poll(left - 1))
    QTimer.singleShot(0, lambda: poll(250))
    return seen


def test_undo_and_redo_say_what_they_undo_in_the_interface_language(console, qtbot, tmp_path):
    window, words = console
    session = window.controller.session
    undo = undo_button(window)
    assert session.title == words["session"]
    assert undo.text() == words["undo"] and undo.toolTip() == words["nothing"]

    # "+ Step", OK without a title: the step gets the default title, the undo button names the action
    seen = press_ok_in_step_dialog(qtbot)
    qtbot.mouseClick(window.agenda.add_button, LEFT)
    assert seen, "the + button opens the step dialog"
    assert [s.title for s in session.steps] == [words["step"]]
    assert undo.toolTip() == words["tip"].format(words["add step"])

    # a note, typed and entered (Ctrl+N goes to the note field)
    activate(qtbot, window)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_N, CTRL)
    assert QApplication.focusWidget() is window.notes.field
    qtbot.keyClicks(window.notes.field, "first impressions")
    qtbot.keyClick(window.notes.field, Qt.Key.Key_Return)
    assert [n.text for n in session.steps[0].notes] == ["first impressions"]
    assert undo.toolTip() == words["tip"].format(words["add note"])

    # a participant, typed and entered, then removed with the button
    panel = window.participants
    qtbot.mouseClick(panel.name, LEFT)
    qtbot.keyClicks(panel.name, "Anna")
    qtbot.keyClick(panel.name, Qt.Key.Key_Return)
    assert undo.toolTip() == words["tip"].format(words["add participant"])
    qtbot.mouseClick(panel.list.viewport(), LEFT, pos=panel.list.visualItemRect(panel.list.item(0)).center())
    qtbot.mouseClick(panel.remove, LEFT)
    assert session.participants == []
    assert undo.toolTip() == words["tip"].format(words["remove participant"])

    # the toolbar's undo button: the status bar says what was undone, redo offers it again
    qtbot.mouseClick(undo, LEFT)
    assert [p.name for p in session.participants] == ["Anna"]
    assert window.statusBar().currentMessage() == words["undone"].format(words["remove participant"])
    assert window.redo_action.toolTip() == words["redo"].format(words["remove participant"])
    assert undo.toolTip() == words["tip"].format(words["add participant"])

    # Ctrl+Z in the (empty) note field: nothing typed there, so the last session action goes
    qtbot.mouseClick(window.notes.field, LEFT)
    assert QApplication.focusWidget() is window.notes.field and QApplication.activeWindow() is window
    qtbot.keyClick(window.notes.field, Qt.Key.Key_Z, CTRL)
    assert session.participants == []
    assert window.statusBar().currentMessage() == words["undone"].format(words["add participant"])

    # a refusal of the core, through the real button: in the status bar, in the interface language
    window.tabs.setCurrentWidget(window.actions_panel)
    qtbot.mouseClick(window.actions_panel.add_button, LEFT)
    assert window.statusBar().currentMessage() == words["empty action"]
    assert session.steps[0].actions == []
    window.grab().save(str(tmp_path / "console.png"))
