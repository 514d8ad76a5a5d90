"""The board on the projector (1920×1080): every sub-label at least 24 px on screen, none on top of another.

The console's own board keeps its compact presentation; the beamer gets the large one."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QGraphicsEllipseItem, QGraphicsSimpleTextItem, QMessageBox

from reflectiespel.core.board.board import BoardState, Token
from reflectiespel.core.board.boarddef import load_default_board

from reflectiespel.core.decks.library import Library
from reflectiespel.core.sessions.templates import default_templates, new_session_from_template
from reflectiespel.resources import builtin_decks_dir
from reflectiespel.ui.board import BoardWidget
from reflectiespel.ui.board.background import to_scene
from reflectiespel.ui.session.launcher import open_console

from projecting import activate, project_at


@pytest.fixture(scope="module")
def library():
    return Library(builtin_decks_dir()).load()


NAMES = ["Anna", "Bram", "Chris", "Dewi", "Esther", "Fatima", "Gijs", "Hanneke", "Ibrahim", "Joke", "Karel",
         "Lotte"]


def _board_projection_started(qtbot, library, data_dir, people=3):
    """The console on the board step of 'praktijk op de as' with ``people`` participants, and F5 pressed."""
    session = new_session_from_template(default_templates(data_dir).get("praktijk-op-de-as"), library)
    for name in NAMES[:people]:
        session.add_participant(name, "cultuur")
    window = open_console(session, library, data_dir)
    window.ask_to_save = lambda: QMessageBox.StandardButton.Discard
    qtbot.addWidget(window)
    window.controller.go_to(1)
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert window.projecting
    return window


def _board_projection(qtbot, library, data_dir):
    window = _board_projection_started(qtbot, library, data_dir)
    project_at(qtbot, window, 1920, 1080)
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


@pytest.mark.parametrize("people", [8, 12])
@pytest.mark.parametrize("width, height", [(1920, 1080), (1024, 768)])
def test_with_8_or_12_people_the_legend_of_names_lies_clear_of_the_axis_ends_and_the_examples(
        qtbot, library, data_dir, tmp_path, people, width, height):
    """#24: with 8 names the legend ran into '⟵ sociale doelen' and 'artistieke doelen ⟶' (and with 12 off
    the board). Now it goes in rows of its own under the question when one row does not fit between the
    ends, and the names stay at least 24 px on a 1080p beamer."""
    window = _board_projection_started(qtbot, library, data_dir, people)
    project_at(qtbot, window, width, height)
    board = window.projection.view.board
    scene = board.scene()
    texts = _texts(scene)
    names = [item for item in texts if item.text() in NAMES]
    assert sorted(item.text() for item in names) == sorted(NAMES[:people])  # every name, once
    scale = board.transform().m11()
    if width == 1920:
        small = {item.text(): round(item.font().pixelSize() * scale, 1) for item in texts
                 if item.font().pixelSize() * scale < 24}
        assert not small, f"smaller than 24 px on the beamer: {small}"
    dots = [item for item in scene.overlays if isinstance(item, QGraphicsEllipseItem)]
    assert len(dots) == people
    shapes = [(item.text(), item.sceneBoundingRect()) for item in texts] + \
        [(f"dot {i}", dot.sceneBoundingRect()) for i, dot in enumerate(dots)]
    overlapping = [(a, b) for i, (a, ra) in enumerate(shapes) for b, rb in shapes[i + 1:] if ra.intersects(rb)]
    assert not overlapping, f"on top of each other: {overlapping}"
    ends = [item for item in texts if item.text().startswith("⟵") or item.text().endswith("⟶")]
    assert len(ends) == 2
    viewport = board.viewport().rect()
    for text, rect in shapes:  # all of it on the room's screen, none cut off at the edge of the board
        shown = board.mapFromScene(rect).boundingRect()
        assert viewport.contains(shown), (text, shown, viewport)
    board.grab().save(str(tmp_path / f"legend-{people}-{width}.png"))
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


def test_a_small_projection_window_shows_the_whole_board_with_its_legend(qtbot, library, data_dir):
    """One screen of 800 px (the offscreen platform's): F5 makes the projection a 320×180 window. The board
    is scaled into its part of that window; it used to keep a minimum of 320×180 of its own, ran past the
    window's bottom and right, and the legend under the board ('Perspectieven: Anna Bram Chris') was cut off."""
    window = _board_projection_started(qtbot, library, data_dir)
    qtbot.waitUntil(lambda: not window.screens.settling, timeout=15_000)
    room = window.projection.view
    assert room.width() <= 400  # a small window, not the beamer
    board = room.board
    assert board.isVisible() and room.rect().contains(board.geometry())
    legend = [item for item in board.scene().overlays if getattr(item, "text", None) is not None
              and hasattr(item.text, "text") and item.text.text() in ("Perspectieven:", "Anna", "Bram", "Chris")]
    assert len(legend) == 4
    for item in legend:
        shown = board.mapFromScene(item.sceneBoundingRect()).boundingRect()
        assert board.viewport().rect().contains(shown), (item.text.text(), shown, board.viewport().rect())
    window.stop_projection()
    window.controller.close_cleanly()


def test_the_projection_window_is_put_back_while_the_screen_keeper_settles_and_then_left_alone(
        qtbot, library, data_dir):
    """After F5 the keeper checks for 2.5 s that nobody (a window manager) moved the projection, and puts it
    back; after that a resized window stays as it is (tests/ui/projecting.py waits for this)."""
    window = _board_projection_started(qtbot, library, data_dir)
    put = window.projection.geometry()
    window.projection.resize(1280, 720)
    assert window.screens.settling
    qtbot.waitUntil(lambda: window.projection.geometry() == put, timeout=15_000)
    qtbot.waitUntil(lambda: not window.screens.settling, timeout=15_000)
    window.projection.resize(1280, 720)
    qtbot.wait(100)
    assert window.projection.size() == QSize(1280, 720) and not window.screens.settling
    window.stop_projection()
    window.controller.close_cleanly()
