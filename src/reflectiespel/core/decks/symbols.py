"""Category symbols: a shape beside the colour, so that categories differ on a black-and-white print
and for people who do not tell the colours apart.

Each shape is a list of polygons in a unit box from -1 to 1 (y up), so the PDF printer (reportlab)
and the screen (QPainter) draw exactly the same figure. A ``ring`` is drawn as an outline, the others
filled. A category without a ``symbol`` gets one by its place in the deck (``default_symbol``), so the
categories of every deck differ in shape as well as colour.
"""

from __future__ import annotations

import math
from typing import Literal, get_args

Symbol = Literal["circle", "square", "triangle", "diamond", "star", "cross", "hexagon", "ring"]
SYMBOLS: tuple[str, ...] = get_args(Symbol)
SYMBOL_NAMES = {"circle": "cirkel", "square": "vierkant", "triangle": "driehoek", "diamond": "ruit",
                "star": "ster", "cross": "kruis", "hexagon": "zeshoek", "ring": "ring"}
OUTLINED = frozenset({"ring"})


def default_symbol(index: int) -> str:
    """The symbol of the ``index``-th category (from 0) when the deck names none."""
    return SYMBOLS[index % len(SYMBOLS)]


def _regular(n: int, radius: float = 1.0, turn: float = 90.0) -> list[tuple[float, float]]:
    return [(radius * math.cos(math.radians(turn + i * 360 / n)), radius * math.sin(math.radians(turn + i * 360 / n)))
            for i in range(n)]


def polygons(symbol: str) -> list[list[tuple[float, float]]]:
    """The shape as polygons in the box -1..1 (unknown names draw a circle)."""
    if symbol == "square":
        return [[(-0.85, -0.85), (0.85, -0.85), (0.85, 0.85), (-0.85, 0.85)]]
    if symbol == "triangle":
        return [[(0.0, 1.0), (-1.0, -0.8), (1.0, -0.8)]]
    if symbol == "diamond":
        return [[(0.0, 1.0), (1.0, 0.0), (0.0, -1.0), (-1.0, 0.0)]]
    if symbol == "star":
        outer, inner = _regular(5, 1.0), _regular(5, 0.45, 90 + 36)
        return [[p for pair in zip(outer, inner) for p in pair]]
    if symbol == "cross":
        a, b = 0.32, 1.0
        return [[(-a, b), (a, b), (a, a), (b, a), (b, -a), (a, -a), (a, -b), (-a, -b), (-a, -a), (-b, -a),
                 (-b, a), (-a, a)]]
    if symbol == "hexagon":
        return [_regular(6, 1.0, 0.0)]
    if symbol == "ring":
        return [_regular(32, 0.82)]
    return [_regular(32, 1.0)]
