"""The social-artistic axis board in Qt (QGraphicsView): scene, items, view, tray, commands, export."""

from .widget import BoardWidget

__all__ = ["BoardWidget"]
