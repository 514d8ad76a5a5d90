"""The board for screen readers: a named canvas whose tokens are items with their place in words."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QUndoStack

from reflectiespel.core.board.board import BoardState, Token
from reflectiespel.core.board.boarddef import load_default_board
from reflectiespel.ui.board import BoardWidget


@pytest.fixture
def board(qtbot):
    state = BoardState(tokens=[Token(id="ons", name="Ons project", colour="#d35400"),
                               Token(id="bram", name="Bram", colour="#1565c0")])
    state.place("ons", "", 0.2, 0.2)
    state.place("bram", "", 0.85, 0.9)
    widget = BoardWidget(state, load_default_board(), QUndoStack(), {})
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_the_board_is_a_named_canvas_with_a_named_item_per_token(board):
    canvas = QAccessible.queryAccessibleInterface(board.view)
    assert canvas.role() == QAccessible.Role.Canvas
    assert canvas.text(QAccessible.Text.Name) == "Bord: de sociaal-artistieke as"
    assert canvas.childCount() == 2
    names = [canvas.child(i).text(QAccessible.Text.Name) for i in range(2)]
    assert names[0].startswith("Ons project: ") and "kunst als middel" in names[0]
    assert names[1].startswith("Bram: ") and "kunst als doel" in names[1]
    for i in range(2):
        item = canvas.child(i)
        assert item.role() == QAccessible.Role.ListItem and item.parent() is canvas
        assert canvas.indexOfChild(item) == i and item.rect().width() > 0


def test_the_window_tree_reaches_the_tokens(board):
    def names(node, depth=0):
        found = []
        for i in range(node.childCount()):
            child = node.child(i)
            if child is not None and depth < 6:
                found.append(child.text(QAccessible.Text.Name))
                found += names(child, depth + 1)
        return found

    found = names(QAccessible.queryAccessibleInterface(board))
    assert any(name.startswith("Bram: ") for name in found)


def test_keyboard_moves_are_announced_and_the_item_follows(board, qtbot):
    view = board.view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert view.last_announcement.startswith("Ons project: ")
    canvas = QAccessible.queryAccessibleInterface(view)
    assert canvas.focusChild().text(QAccessible.Text.Name) == view.last_announcement
    before = view.last_announcement
    for _ in range(12):
        qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    qtbot.wait(20)  # the announcement follows the model's change
    assert view.last_announcement != before and view.last_announcement.startswith("Ons project: ")
    assert canvas.child(0).text(QAccessible.Text.Name) == view.last_announcement
    assert canvas.child(0).state().selected


def test_perspectives_carry_a_mark_besides_their_colour(qtbot):
    """Who placed a token shows as a letter in it and in the legend, not by colour alone."""
    from reflectiespel.ui.board.overlays import perspective_marks

    state = BoardState(tokens=[Token(id="ons", name="Ons project", colour="#d35400")])
    for who, x in (("Anna", 0.2), ("Ahmed", 0.5), ("Bram", 0.8)):
        state.place("ons", who, x, 0.5)
    widget = BoardWidget(state, load_default_board(), QUndoStack(), {"Anna": "#0072b2", "Ahmed": "#d55e00"})
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    qtbot.waitExposed(widget)
    marks = {key[1]: item.mark.text() for key, item in widget.board_scene.tokens.items()}
    assert marks == {"Anna": "AN", "Ahmed": "AH", "Bram": "B"}
    assert all(item.mark.isVisible() for item in widget.board_scene.tokens.values())
    legend = [item.text() for item in widget.board_scene.items() if item.data(0) == "legendMark"]
    assert sorted(legend) == ["AH", "AN", "B"]
    assert perspective_marks(["Anna", "Anne", "Bo"]) == {"Anna": "1", "Anne": "2", "Bo": "B"}


def test_four_presses_of_the_right_arrow_are_four_different_sentences_with_the_place(board, qtbot):
    view = board.view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Tab)  # Ons project, at 20 from the left
    chosen = view.last_announcement
    assert chosen.endswith("(20 van 100 naar rechts, 20 van 100 omhoog)")
    said = []
    for _ in range(4):
        qtbot.keyClick(view, Qt.Key.Key_Right)
        qtbot.waitUntil(lambda: view.last_announcement not in said + [chosen])
        said.append(view.last_announcement)
    assert len(set(said)) == 4, said
    assert said[0].endswith("(21 van 100 naar rechts, 20 van 100 omhoog)")
    assert said[-1].endswith("(24 van 100 naar rechts, 20 van 100 omhoog)")
    assert all(sentence.startswith("Ons project: ") and "kunst als middel" in sentence for sentence in said)


def test_after_a_keyboard_move_tab_reaches_waarom_schoof_het_and_the_reason_is_kept(board, qtbot):
    from PySide6.QtWidgets import QApplication

    view, reason = board.view, board.tray.reason
    view.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    qtbot.keyClick(view, Qt.Key.Key_Tab)  # Bram, the last token on the board
    assert board.board_scene.current_key == ("bram", "")
    qtbot.keyClick(view, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)
    for _ in range(10):  # Tab on, out of the board, to the field
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        if QApplication.focusWidget() is reason:
            break
    assert reason.hasFocus() and reason.isEnabled()
    qtbot.keyClicks(reason, "Minder eigen regie")
    qtbot.keyClick(reason, Qt.Key.Key_Return)
    assert list(board.editor.state.reasons.values()) == ["Minder eigen regie"]
    # Tab into the board again starts from its first token
    view.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert board.board_scene.current_key == ("ons", "")
