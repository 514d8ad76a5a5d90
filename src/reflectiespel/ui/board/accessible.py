"""The board for screen readers: a named canvas whose children are the tokens, each with its name and
its place in words ("Bram: sterk sociaal, gedeeld eigenaarschap"). QGraphicsItems are no accessible
objects of their own, so a factory gives the board view an interface that lists them; moves are announced.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRect
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleEvent, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the view imports this module; this one only names the view's type
    from .view import BoardView


class TokenAccessible(QAccessibleInterface):
    """One token on the board, as an item of the board canvas."""

    def __init__(self, board: BoardAccessible, key: tuple[str, str]):
        super().__init__()
        self.board, self.key = board, key

    def isValid(self) -> bool:
        return self.board.isValid() and self.key in self.board.view.board.tokens

    def object(self):
        return None

    def window(self):
        return self.board.window()

    def parent(self) -> QAccessibleInterface:
        return self.board

    def child(self, index: int):
        return None

    def childCount(self) -> int:
        return 0

    def indexOfChild(self, child) -> int:
        return -1

    def childAt(self, x: int, y: int):
        return None

    def role(self) -> QAccessible.Role:
        return QAccessible.Role.ListItem

    def state(self) -> QAccessible.State:
        state = QAccessible.State()
        state.focusable = True
        state.selectable = True
        current = self.board.view.board.current_key == self.key
        state.focused = current and self.board.view.hasFocus()
        state.selected = current
        return state

    def text(self, kind: QAccessible.Text) -> str:
        if kind == QAccessible.Text.Name:
            return self.board.view.board.describe(*self.key)
        if kind == QAccessible.Text.Description:
            return QCoreApplication.translate("BoardAccessible",
                                              "Kies met Tab, verplaats met de pijltjes (Shift: grotere stappen)")
        return ""

    def setText(self, kind, text) -> None:
        pass

    def rect(self) -> QRect:
        view = self.board.view
        item = view.board.tokens.get(self.key)
        if item is None:
            return QRect()
        scene_rect = item.sceneBoundingRect()
        top_left = view.viewport().mapToGlobal(view.mapFromScene(scene_rect.topLeft()))
        bottom_right = view.viewport().mapToGlobal(view.mapFromScene(scene_rect.bottomRight()))
        return QRect(top_left, bottom_right)

    def relations(self, match=None):
        return []

    def focusChild(self):
        return None


class BoardAccessible(QAccessibleWidget):
    """The board view as a canvas with one child per token on the board."""

    def __init__(self, view: BoardView):
        super().__init__(view, QAccessible.Role.Canvas)
        self.view = view
        self._children: dict[tuple[str, str], TokenAccessible] = {}  # kept alive while Qt holds them

    def _keys(self) -> list[tuple[str, str]]:
        return self.view.board.keys_in_order()

    def _token(self, key: tuple[str, str]) -> TokenAccessible:
        if key not in self._children:
            self._children[key] = TokenAccessible(self, key)
        return self._children[key]

    def childCount(self) -> int:
        return len(self._keys())

    def child(self, index: int):
        keys = self._keys()
        return self._token(keys[index]) if 0 <= index < len(keys) else None

    def indexOfChild(self, child) -> int:
        keys = self._keys()
        key = getattr(child, "key", None)
        return keys.index(key) if key in keys else -1

    def focusChild(self):
        key = self.view.board.current_key
        return self._token(key) if key in self._keys() else None

    def text(self, kind: QAccessible.Text) -> str:
        if kind == QAccessible.Text.Name:
            return self.view.accessibleName()
        if kind == QAccessible.Text.Description:
            count = self.childCount()
            return QCoreApplication.translate("BoardAccessible", "Fiches op het bord: %1").replace("%1", str(count))
        return super().text(kind)


_view_class: type | None = None  # BoardView, given by the view when the first one is made


def board_factory(key: str, obj):
    """QAccessible factory: board views get the canvas interface, everything else Qt's own."""
    if _view_class is not None and isinstance(obj, _view_class):
        return BoardAccessible(obj)
    return None


def install(view_class: type) -> None:
    """Once: board views (``view_class``) become canvases with their tokens as items for screen readers."""
    global _view_class
    if _view_class is None:
        _view_class = view_class
        QAccessible.installFactory(board_factory)


def announce(view: BoardView, key: tuple[str, str] | None = None) -> str:
    """Tell screen readers where a token is now (after a move, or when Tab makes it current): the
    token's name changes and the sentence is announced. Returns the sentence."""
    key = key or view.board.current_key
    if key is None or key not in view.board.tokens:
        return ""
    sentence = view.board.describe(*key)
    view.last_announcement = sentence
    interface = QAccessible.queryAccessibleInterface(view)
    if isinstance(interface, BoardAccessible):
        child = interface._token(key)
        QAccessible.updateAccessibility(QAccessibleEvent(child, QAccessible.Event.NameChanged))
        if view.hasFocus():
            QAccessible.updateAccessibility(QAccessibleEvent(child, QAccessible.Event.Focus))
    QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(view, sentence))
    return sentence
