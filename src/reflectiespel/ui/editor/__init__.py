"""The deck editor window."""

from .window import DeckEditor

__all__ = ["DeckEditor"]
