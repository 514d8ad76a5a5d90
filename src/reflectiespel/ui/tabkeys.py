"""Tab bars take the arrow keys when they have the focus, also in a window whose arrows move the session.

A window-wide shortcut (the console's Left/Right: previous/next card) would take the key before the focused
tab bar sees it; ``arrows_stay(bar)`` lets the bar keep Left, Right, Up, Down, Home and End while it has the
focus, as a screen-reader user expects from a tab list.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt

KEYS = {Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Home, Qt.Key.Key_End}


class _ArrowsStay(QObject):
    def eventFilter(self, watched, event) -> bool:
        if (event.type() == QEvent.Type.ShortcutOverride and event.key() in KEYS
                and event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)):
            event.accept()  # the focused bar handles the key itself; no shortcut fires
            return True
        return False


def arrows_stay(bar) -> None:
    bar.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    bar.installEventFilter(_ArrowsStay(bar))
