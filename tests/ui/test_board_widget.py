"""The axis board as a group uses it: drag, keyboard, undo, resize, snapshots, export."""

from datetime import datetime, UTC
from xml.etree import ElementTree

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QImage, QUndoStack
from PySide6.QtWidgets import QApplication

from reflectiespel.core.board.board import BoardState, Token
from reflectiespel.core.board.boarddef import load_default_board
from reflectiespel.ui.board import BoardWidget
from reflectiespel.ui.board.background import to_scene
from reflectiespel.ui.board.items import ArrowItem, GhostItem, SpreadItem
from reflectiespel.ui.board.view import TOKEN_MIME


@pytest.fixture
def board(qtbot):
    state = BoardState(tokens=[Token(id="ons", name="Ons project", colour="#d35400"),
                               Token(id="atelier", name="Wijkatelier", colour="#1565c0")])
    state.place("ons", "", 0.25, 0.25)
    stack = QUndoStack()
    widget = BoardWidget(state, load_default_board(), stack, {"Anna": "#1f77b4", "Bram": "#2ca02c"})
    qtbot.addWidget(widget)
    widget.resize(1280, 720)
    widget.show()
    qtbot.waitExposed(widget)
    widget.stack = stack
    return widget


def _viewport_point(widget, x, y) -> QPoint:
    return widget.view.mapFromScene(to_scene(x, y))


def _drag(qtbot, widget, start, end):
    viewport = widget.view.viewport()
    a, b = _viewport_point(widget, *start), _viewport_point(widget, *end)
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=a)
    for i in range(1, 6):
        qtbot.mouseMove(viewport, a + (b - a) * i / 5)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=b)


def test_drag_stores_normalized_position_and_is_one_undo_step(qtbot, board):
    changes = []
    board.changed.connect(lambda: changes.append(1))
    _drag(qtbot, board, (0.25, 0.25), (0.7, 0.8))
    placed = board.state().placement("ons")
    assert placed.x == pytest.approx(0.7, abs=0.01) and placed.y == pytest.approx(0.8, abs=0.01)
    assert board.stack.count() == 1 and changes
    assert "sturing gedeeld" in board.status.text()
    board.stack.undo()
    assert (board.state().placement("ons").x, board.state().placement("ons").y) == (0.25, 0.25)
    item = board.board_scene.tokens[("ons", "")]
    assert item.pos() == to_scene(0.25, 0.25)  # the item follows the model back
    board.stack.redo()
    assert board.state().placement("ons").x == pytest.approx(0.7, abs=0.01)


def test_drag_beyond_the_edge_keeps_the_token_on_the_board(qtbot, board):
    viewport = board.view.viewport()
    a = _viewport_point(board, 0.25, 0.25)
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=a)
    qtbot.mouseMove(viewport, QPoint(viewport.width() - 1, viewport.height() - 1))
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=QPoint(viewport.width() - 1, viewport.height() - 1))
    placed = board.state().placement("ons")
    assert (placed.x, placed.y) == (1.0, 0.0)


def test_keyboard_tab_selects_and_arrows_move(qtbot, board):
    board.view.setFocus()
    qtbot.keyClick(board.view, Qt.Key.Key_Tab)
    assert board.board_scene.current_key == ("ons", "")
    assert board.view.accessibleDescription().startswith("Ons project: ")
    qtbot.keyClick(board.view, Qt.Key.Key_Right)
    qtbot.keyClick(board.view, Qt.Key.Key_Right)
    qtbot.keyClick(board.view, Qt.Key.Key_Up, Qt.KeyboardModifier.ShiftModifier)
    placed = board.state().placement("ons")
    assert placed.x == pytest.approx(0.27) and placed.y == pytest.approx(0.30)
    assert board.stack.count() == 1  # consecutive arrow moves of one token merge into one step
    board.stack.undo()
    assert (board.state().placement("ons").x, board.state().placement("ons").y) == (0.25, 0.25)


def test_resizing_the_window_keeps_positions(qtbot, board):
    _drag(qtbot, board, (0.25, 0.25), (0.6, 0.4))
    before = board.state().model_dump()
    screen_before = _viewport_point(board, 0.6, 0.4)
    board.resize(800, 900)
    qtbot.wait(10)
    assert board.state().model_dump() == before
    point = _viewport_point(board, 0.6, 0.4)
    assert point != screen_before  # the board really was scaled
    # the token is still under the same normalized point on screen
    assert board.view.itemAt(point).topLevelItem() is board.board_scene.tokens[("ons", "")]


def test_perspectives_show_a_spread_and_can_be_hidden(qtbot, board):
    state = board.state()
    state.place("ons", "Anna", 0.1, 0.9)
    state.place("ons", "Bram", 0.6, 0.2)
    board.refresh()
    spreads = [i for i in board.board_scene.items() if isinstance(i, SpreadItem)]
    assert len(spreads) == 1 and not spreads[0].path().isEmpty()
    board.set_display("positions")
    assert not [i for i in board.board_scene.items() if isinstance(i, SpreadItem) and not i.path().isEmpty()]
    assert "Ons project (Anna)" in board.board_scene.describe("ons", "Anna")


def test_tray_drop_places_for_the_chosen_perspective(qtbot, board):
    board.tray.perspective.setCurrentIndex(board.tray.perspective.findData("Bram"))
    data = QMimeData()
    data.setData(TOKEN_MIME, b"atelier")
    point = QPointF(_viewport_point(board, 0.8, 0.6))
    # what Qt sends when the tray item is let go over the board (enter takes a QPoint in PySide6 6.11)
    for kind, where in ((QDragEnterEvent, point.toPoint()), (QDropEvent, point)):
        event = kind(where, Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(board.view.viewport(), event)
        assert event.isAccepted()
    placed = board.state().placement("atelier", "Bram")
    assert placed is not None and placed.x == pytest.approx(0.8, abs=0.01)


def test_snapshots_ghosts_and_reasons_survive_save_and_restore(qtbot, board):
    board.editor.take_snapshot("begin", datetime(2025, 3, 1, tzinfo=UTC))
    _drag(qtbot, board, (0.25, 0.25), (0.55, 0.75))
    board.tray.reason.setText("bewoners kiezen nu zelf het thema")
    board.tray.reason.editingFinished.emit()
    board.editor.take_snapshot("nu", datetime(2025, 4, 1, tzinfo=UTC))
    text = board.state().model_dump_json()

    restored = BoardState.model_validate_json(text)
    other = BoardWidget(restored, load_default_board(), QUndoStack(), {}, read_only=True)
    qtbot.addWidget(other)
    assert [s.name for s in restored.snapshots] == ["begin", "nu"]
    ghosts = [i for i in other.board_scene.items() if isinstance(i, GhostItem)]
    arrows = [i for i in other.board_scene.items() if isinstance(i, ArrowItem)]
    assert [g.label.text() for g in ghosts] == ["begin"]
    assert len(arrows) == 1 and arrows[0].toolTip() == "bewoners kiezen nu zelf het thema"
    assert other.tray is None and not other.view.isInteractive()


def test_exports_png_for_projector_and_print_and_svg_with_names(qtbot, board, tmp_path):
    png = board.export_png(tmp_path / "bord.png")
    image = QImage(str(png))
    assert not image.isNull() and (image.width(), image.height()) == (1920, 1080)
    printed = QImage(str(board.export_png(tmp_path / "print.png", "print")))
    assert (printed.width(), printed.height()) == (3508, 2480)
    assert round(printed.dotsPerMeterX() * 0.0254) == 300
    svg = board.export_svg(tmp_path / "bord.svg")
    root = ElementTree.parse(svg).getroot()
    text = " ".join("".join(e.itertext()) for e in root.iter())
    assert "Ons project" in text and "Kunst als middel" in text


def test_examples_sit_under_the_board_apart_and_switch_off(board, qtbot):
    """The source gives the example practices only a left-to-right place: they stand in a strip under
    the board, one name per tick, no two names overlapping, with the note that they are illustrations."""
    from PySide6.QtWidgets import QCheckBox

    from reflectiespel.ui.board.background import BOARD_RECT

    scene = board.board_scene
    pairs = [(scene.landmarks[i], scene.landmarks[i + 1]) for i in range(0, len(scene.landmarks), 2)]
    names = [label for mark, label in pairs if mark is not label]
    assert len(names) == 11
    rects = [label.sceneBoundingRect() for label in names]
    assert all(r.top() >= BOARD_RECT.bottom() for r in rects)
    assert not any(a.intersects(b) for i, a in enumerate(rects) for b in rects[i + 1:])
    notes = [label for mark, label in pairs if mark is label]
    assert len(notes) == 1 and "illustratie" in notes[0].text()
    check = board.findChild(QCheckBox, "boardLandmarks")
    qtbot.mouseClick(check, Qt.MouseButton.LeftButton)
    assert not any(label.isVisible() for _mark, label in pairs)
