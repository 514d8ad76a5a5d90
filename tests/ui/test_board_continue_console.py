"""In the console: 'Waar willen we naartoe?' opens with the practice placed in the step before, and where
it stood stays behind as a ghost once the group slides it. All by real clicks and keys, at 1024×768."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QListWidget, QMessageBox, QPushButton

from reflectiespel.core.decks.library import Library
from reflectiespel.core.sessions.templates import default_templates, new_session_from_template
from reflectiespel.resources import builtin_decks_dir
from reflectiespel.ui.board.items import GhostItem
from reflectiespel.ui.session.launcher import open_console


def test_the_board_of_step_two_goes_on_in_step_three_with_ghosts(qtbot, data_dir):
    library = Library(builtin_decks_dir()).load()
    session = new_session_from_template(default_templates(data_dir).get("praktijk-op-de-as"), library)
    session.add_participant("Anna", "cultuur")
    window = open_console(session, library, data_dir)
    window.ask_to_save = lambda: QMessageBox.StandardButton.Discard
    qtbot.addWidget(window)
    window.resize(1024, 768)
    window.show()
    window.activateWindow()
    window.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.mouseClick(window.next_button, Qt.MouseButton.LeftButton)
    assert window.controller.step.title == "Waar staan we nu?" and window.board.isVisible()
    tray = window.board.tray
    name = tray.findChild(QLineEdit, "boardNewName")
    qtbot.mouseClick(name, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(name, "Buurtkoor")
    qtbot.mouseClick(tray.findChild(QPushButton, "boardAdd"), Qt.MouseButton.LeftButton)
    tokens = tray.findChild(QListWidget, "boardTokens")
    tokens.setCurrentRow(0)
    qtbot.mouseClick(tray.findChild(QPushButton, "boardPlace"), Qt.MouseButton.LeftButton)
    assert [(p.x, p.y) for p in session.steps[1].board.placements] == [(0.5, 0.5)]

    qtbot.mouseClick(window.next_button, Qt.MouseButton.LeftButton)
    assert window.controller.step.title == "Waar willen we naartoe?"
    scene = window.board.board_scene
    assert window.board.state() is session.steps[2].board
    assert [t.name for t in window.board.state().tokens] == ["Buurtkoor"]
    assert [item for item in scene.items() if isinstance(item, GhostItem)] == []  # not moved yet
    view = window.board.view
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.viewport().rect().topLeft())
    qtbot.waitUntil(view.hasFocus)
    qtbot.keyClick(view, Qt.Key.Key_Tab)  # Tab picks the practice, Shift+arrows slide it
    for _ in range(3):
        qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    QApplication.processEvents()
    moved = session.steps[2].board.placements[0]
    assert moved.x > 0.6
    assert session.steps[1].board.placements[0].x == 0.5  # where we stand now is kept in step two
    assert len([item for item in scene.items() if isinstance(item, GhostItem)]) == 1  # ... and as a ghost
    window.controller.close_cleanly()


def test_the_key_line_says_what_the_arrows_do_on_the_board_and_esc_hands_them_back(qtbot, data_dir):
    library = Library(builtin_decks_dir()).load()
    session = new_session_from_template(default_templates(data_dir).get("praktijk-op-de-as"), library)
    session.add_participant("Anna", "cultuur")
    session.go_to(1)
    session.add_board_token(session.steps[1].id, "Buurtkoor").redo()
    session.place_token(session.steps[1].id, session.steps[1].board.tokens[0].id, "", 0.5, 0.5).redo()
    window = open_console(session, library, data_dir)
    window.ask_to_save = lambda: QMessageBox.StandardButton.Discard
    qtbot.addWidget(window)
    window.resize(1024, 768)
    window.show()
    window.activateWindow()
    window.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    assert window.key_legend.text().startswith("Presenteren")
    view = window.board.view
    token = next(item for item in window.board.board_scene.items() if getattr(item, "key", None) is not None
                 and not isinstance(item, GhostItem))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.mapFromScene(token.sceneBoundingRect().center()))
    qtbot.waitUntil(view.hasFocus)
    if window.board.board_scene.current_key is None:  # a click on the board: Tab chooses the practice
        qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert window.board.board_scene.current_key is not None
    legend = window.key_legend.text()
    assert legend.startswith("Bord.") and "Pijltjes" in legend and "Esc" in legend and "volgende kaart" not in legend
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert session.current_step == 1 and session.steps[1].board.placements[0].x > 0.5, "→ moved the practice"
    qtbot.keyClick(view, Qt.Key.Key_Escape)  # one key: done with the board
    assert window.board.board_scene.current_key is None and not view.hasFocus()
    assert window.key_legend.text().startswith("Presenteren") and "volgende" in window.statusBar().currentMessage()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right)
    assert session.current_step == 2, "→ goes to the next step again"
    window.controller.close_cleanly()
