"""User and deck text shown as typed, never as rich text.

Qt reads a tooltip, a message box text or a QLabel in AutoText mode as HTML when it looks like HTML
(Qt.mightBeRichText): a typed ``<img src="file:///...">`` would load a local file into the window and
``<b>`` would change what is shown. Labels that can hold such text are set to PlainText (session/panels.plain_label); the places
that have no plain mode (tooltips, the static message boxes) get ``plain(text)``, which escapes the
text when Qt would read it as HTML and leaves it alone otherwise. tests/ui/test_hostile_text.py walks
every window for text that slipped through.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import Qt as GuiQt  # mightBeRichText and convertFromPlainText live in QtGui
from PySide6.QtWidgets import QMessageBox, QWidget


def plain(text: str) -> str:
    """``text`` for a place where Qt guesses the format: escaped (so shown literally) when Qt would
    guess rich text, else unchanged."""
    if not text or not GuiQt.mightBeRichText(text):
        return text
    return GuiQt.convertFromPlainText(text, Qt.WhiteSpaceMode.WhiteSpaceNormal)


LONG_LINES, SHOWN_LINES, LONG_CHARACTERS = 16, 10, 1200  # beyond this, the rest goes into the details


def message_box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str,
                buttons: QMessageBox.StandardButton = QMessageBox.StandardButton.Ok,
                default: QMessageBox.StandardButton = QMessageBox.StandardButton.NoButton) -> QMessageBox:
    """A message box whose text is plain text (file names and titles in it are shown as typed). A long
    text (a list of problems in a file) shows its first lines; the whole text is under "Details tonen",
    which scrolls, so the box and its buttons stay on a 768 px screen."""
    lines = text.split("\n")
    if len(lines) > LONG_LINES or len(text) > LONG_CHARACTERS:
        shown = "\n".join(lines[:SHOWN_LINES])[:LONG_CHARACTERS]
        more = QCoreApplication.translate("MessageBox", "… en meer: zie 'Details tonen'.")
        box = QMessageBox(icon, title, f"{shown}\n{more}", buttons, parent)
        box.setDetailedText(text)
    else:
        box = QMessageBox(icon, title, text, buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    if default != QMessageBox.StandardButton.NoButton:
        box.setDefaultButton(default)
    return box
