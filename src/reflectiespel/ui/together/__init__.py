"""Samen reflecteren: a team reflects without a facilitator, on one laptop, offline."""

from .window import TogetherWindow

__all__ = ["TogetherWindow"]
