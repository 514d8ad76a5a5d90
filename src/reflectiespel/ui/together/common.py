"""Small helpers for the Samen reflecteren screens: large fonts, named buttons and labels.

It runs on one laptop that up to eight people read from a distance: text is large and every
interactive widget has an objectName (for tests) and an accessibleName (for screen readers).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QWidget

BASE_POINTS = 15
TITLE_POINTS = 26
TURN_POINTS = 30
TEXT_POINTS = 18


def set_points(widget: QWidget, points: float, bold: bool = False) -> None:
    font = QFont(widget.font())
    font.setPointSizeF(points)
    font.setBold(bold)
    widget.setFont(font)


def button(text: str, name: str, points: float = BASE_POINTS, accessible: str | None = None) -> QPushButton:
    widget = QPushButton(text)
    widget.setObjectName(name)
    widget.setAccessibleName(accessible or text.replace("&", ""))
    widget.setMinimumHeight(44)
    set_points(widget, points)
    return widget


def label(text: str = "", name: str = "", points: float = BASE_POINTS, bold: bool = False,
          wrap: bool = True) -> QLabel:
    """A label that shows typed text literally (never as HTML)."""
    widget = QLabel(text)
    widget.setTextFormat(Qt.TextFormat.PlainText)
    widget.setWordWrap(wrap)
    if name:
        widget.setObjectName(name)
    set_points(widget, points, bold)
    return widget


def line_edit(name: str, accessible: str, placeholder: str = "", points: float = BASE_POINTS,
              max_length: int = 500) -> QLineEdit:
    widget = QLineEdit()
    widget.setObjectName(name)
    widget.setAccessibleName(accessible)
    widget.setPlaceholderText(placeholder)
    widget.setMaxLength(max_length)
    widget.setMinimumHeight(40)
    set_points(widget, points)
    return widget
