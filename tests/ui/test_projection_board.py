"""The board on the projector (1920×1080): every sub-label at least 24 px on screen, none on top of another.

The console's own board keeps its compact presentation; the beamer gets the large one."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QGraphicsSimpleTextItem, QMessageBox

from reflectiespel.core.board import BoardState, Token
from reflectiespel.core.boarddef import load_default_board

from reflectiespel.core.library import Library
from reflectiespel.core.templates import default_templates, new_session_from_template
from reflectiespel.resources import builtin_decks_dir
from reflectiespel.ui.board import BoardWidget
from reflectiespel.ui.board.background import to_scene
from reflectiespel.ui.session.launcher import open_console


@pytest.fixture(scope="module")
def library():
    return Library(builtin_decks_dir()).load()


def _board_projection(qtbot, library, data_dir):
    session = new_session_from_template(default_templates(data_dir).get("praktijk-op-de-as"), library)
    for name in ("Anna", "Bram", "Chris"):
        session.add_participant(name, "cultuur")
    window = open_console(session, library, data_dir)
    window.ask_to_save = lambda: QMessageBox.StandardButton.Discard
    qtbot.addWidget(window)
    window.controller.go_to(1)
    window.start_projection()
    window.projection.resize(1920, 1080)
    for _ in range(3):
        QApplication.processEvents()
    return window


def _texts(scene):
    """The board's words: zones, levels, axis, examples and the perspectives' legend (not the letter
    inside a legend dot, not the tokens the group places)."""
    tokens = {id(t) for t in scene.tokens.values()}
    return [i for i in scene.items() if isinstance(i, QGraphicsSimpleTextItem) and i.isVisible()
            and i.data(0) != "legendMark" and id(i.topLevelItem()) not in tokens]


def test_the_beamer_board_labels_are_24_px_and_apart(qtbot, library, data_dir, tmp_path):
    window = _board_projection(qtbot, library, data_dir)
    beamer = window.projection.view
    board = beamer.board
    assert board.isVisible() and beamer.width() == 1920
    scale = board.transform().m11()
    assert 0.7 < scale < 1.0  # the whole scene shown in the board's area of the beamer
    texts = _texts(board.scene())
    assert len(texts) >= 10  # zones, their lines, the levels, the examples, the question
    assert {"Anna", "Bram", "Chris"} <= {item.text() for item in texts}  # the legend is measured too
    on_screen = {item.text(): item.font().pixelSize() * scale for item in texts}
    small = {text: round(px, 1) for text, px in on_screen.items() if px < 24}
    assert not small, f"smaller than 24 px on the beamer: {small}"
    rects = [(item.text(), item.sceneBoundingRect()) for item in texts]
    overlapping = [(a, b) for i, (a, ra) in enumerate(rects) for b, rb in rects[i + 1:] if ra.intersects(rb)]
    assert not overlapping, f"labels on top of each other: {overlapping}"
    scene_rect = board.scene().sceneRect()
    assert all(scene_rect.contains(r) for _t, r in rects), "a label runs off the board"
    # the console's board is the same board: a token placed there shows on the beamer at once
    token_count = len(window.board.board_scene.tokens)
    assert len(board.scene().tokens) == token_count
    board.grab().save(str(tmp_path / "beamer-board.png"))
    window.stop_projection()
    window.controller.close_cleanly()


def test_a_drag_on_the_console_board_shows_on_the_beamer_board(qtbot):
    state = BoardState(tokens=[Token(id="ons", name="Ons project", colour="#d35400")])
    state.place("ons", "", 0.25, 0.25)
    stack = QUndoStack()
    widget = BoardWidget(state, load_default_board(), stack)
    qtbot.addWidget(widget)
    widget.resize(1280, 720)
    widget.show()
    qtbot.waitExposed(widget)
    beamer = widget.projection_view()
    qtbot.addWidget(beamer)
    twin = beamer.scene().tokens[("ons", "")]
    assert twin.pos() == to_scene(0.25, 0.25)
    viewport = widget.view.viewport()
    a, b = widget.view.mapFromScene(to_scene(0.25, 0.25)), widget.view.mapFromScene(to_scene(0.7, 0.8))
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=a)
    for i in range(1, 6):
        qtbot.mouseMove(viewport, a + (b - a) * i / 5)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=b)
    QApplication.processEvents()
    twin = beamer.scene().tokens[("ons", "")]
    assert (twin.pos() - to_scene(0.7, 0.8)).manhattanLength() < 25
    stack.undo()  # the beamer follows the console's undo too
    assert beamer.scene().tokens[("ons", "")].pos() == to_scene(0.25, 0.25)
