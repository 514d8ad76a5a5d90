"""Clicking a cell of a table the way a user does: on the viewport, at the cell's centre."""

from PySide6.QtCore import Qt


def click_cell(qtbot, table, row: int, column: int, button=Qt.MouseButton.LeftButton,
               modifier=Qt.KeyboardModifier.NoModifier) -> None:
    index = table.model().index(row, column)
    table.scrollTo(index)  # as a user scrolls to a row before clicking it
    rect = table.visualRect(index)
    assert rect.isValid() and table.viewport().rect().contains(rect.center()), "the cell is in view"
    qtbot.mouseClick(table.viewport(), button, modifier, rect.center())
