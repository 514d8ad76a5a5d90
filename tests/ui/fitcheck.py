"""Geometry checks for windows on small screens: is every control a person can see inside the window?"""

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QComboBox, QLineEdit, QPlainTextEdit, QScrollArea,
                               QTabBar, QWidget)

CONTROLS = (QAbstractButton, QComboBox, QLineEdit, QPlainTextEdit, QAbstractItemView, QTabBar)


def outside(window: QWidget) -> list[str]:
    """Every control a person can see, and whether it lies inside the window and is not squeezed."""
    problems = []
    frame = window.rect()
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or not widget.isVisibleTo(window) or widget.window() is not window:
            continue
        if isinstance(widget, QAbstractButton) and widget.parent() is not None and \
                isinstance(widget.parent(), QTabBar):
            continue  # a tab bar's own scroll arrows
        if any(isinstance(area, QScrollArea) and area.widget() is not None and area.widget().isAncestorOf(widget)
               for area in window.findChildren(QScrollArea)):
            continue  # inside a scroll area: reached by scrolling (the area itself is checked)
        rect = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
        name = widget.objectName() or widget.accessibleName() or type(widget).__name__
        if not frame.contains(rect):
            problems.append(f"{name} at {rect.getRect()} is outside {frame.getRect()}")
        hint = widget.minimumSizeHint()
        if isinstance(widget, QAbstractButton) and hint.isValid() and widget.width() < hint.width() - 1:
            problems.append(f"{name} is squeezed to {widget.width()} px (needs {hint.width()})")
    return problems
