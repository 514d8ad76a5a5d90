"""The console's keyboard model: presenting keys and typing never fight.

- Presenting keys follow PowerPoint/Impress: → space PgDn next, ← PgUp previous, B or . black, T clock,
  F5 projection on, Esc projection off. They act only while the focus is NOT in a place that uses the key
  itself: a text field (every key), the vote grid (its own keys) or the board with a token chosen (arrows).
- Alt+→, Alt+←, Alt+B, Alt+T always act, also while typing.
- Esc in a text field leaves the field (back to presenting); Ctrl+N goes to the note field.
- Ctrl+Z in a text field undoes the typing while there is typing to undo; with nothing typed it undoes the
  last session action (the status bar says which). Ctrl+Shift+Z / Ctrl+Y redo what the last Ctrl+Z undid.

``KeyGuard`` is installed on the widget that has the focus inside the console; it decides, per key, whether
the widget keeps the key (ShortcutOverride accepted) or the console's shortcut acts.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QComboBox, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

PLAIN = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
ARROWS = {Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down}

# name: (plain presenting keys, the variant that always works)
PRESENTING = {
    "next": (["Right", "Space", "PgDown"], "Alt+Right"),
    "previous": (["Left", "PgUp"], "Alt+Left"),
    "black": (["B", "."], "Alt+B"),
    "timer": (["T"], "Alt+T"),
}


def is_text_field(widget: QWidget | None) -> bool:
    """A place where the facilitator types: every printable key belongs to it."""
    if widget is None:
        return False
    if isinstance(widget, (QLineEdit, QPlainTextEdit, QAbstractSpinBox)):
        return not getattr(widget, "isReadOnly", lambda: False)()
    if isinstance(widget, QTextEdit):
        return not widget.isReadOnly()
    if isinstance(widget, QComboBox):
        return widget.isEditable()
    return False


def _undo_available(widget: QWidget) -> bool:
    if isinstance(widget, QLineEdit):
        return widget.isUndoAvailable()
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        return widget.document().isUndoAvailable()
    if isinstance(widget, QComboBox) and widget.lineEdit() is not None:
        return widget.lineEdit().isUndoAvailable()
    return True  # a spin box: leave Qt's own behaviour


class KeyGuard(QObject):
    """Event filter for the focused widget of one console window."""

    def __init__(self, console):
        super().__init__(console)
        self.console = console
        self.session_undid = False  # the last Ctrl+Z undid a session action (not typing)

    def keeps(self, widget: QWidget, event: QKeyEvent) -> bool:
        """True when ``widget`` uses this plain key itself (so the presenting shortcut must not act)."""
        if is_text_field(widget):
            return True
        if isinstance(widget, QAbstractButton) and event.key() == Qt.Key.Key_Space:
            return True  # a button reached with Tab: Space presses it (not 'next')
        board = getattr(self.console, "board", None)
        if board is not None and widget is board.view and event.key() in ARROWS | {Qt.Key.Key_Escape}:
            return board.view.board.current_key is not None  # arrows move the chosen token, Esc lets go
        return False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) or not isinstance(watched, QWidget):
            return False
        event: QKeyEvent
        if kind == QEvent.Type.ShortcutOverride:
            if event.matches(QKeySequence.StandardKey.Undo) and is_text_field(watched):
                if not _undo_available(watched):
                    event.ignore()  # nothing typed to undo: the session's undo acts
                    return True
                self.session_undid = False
                return False
            if event.matches(QKeySequence.StandardKey.Redo) and is_text_field(watched) and self.session_undid \
                    and self.console.controller.undo_stack.canRedo():
                event.ignore()  # the last undo was the session's: so is this redo
                return True
            if event.modifiers() in PLAIN and self.keeps(watched, event):
                event.accept()  # the widget gets the key as typing
                return True
            return False
        if event.key() == Qt.Key.Key_Escape and event.modifiers() in PLAIN and is_text_field(watched):
            self.console.leave_typing()
            return True
        if event.text() and event.text().isprintable():
            self.session_undid = False  # typing again: Ctrl+Shift+Z redoes the typing first
        return False
