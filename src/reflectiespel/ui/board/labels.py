"""Place labels next to their marks so that they do not collide (greedy, first come first served).

Each label tries a few spots around its mark (right, left, above, below, the diagonals, then
further out) and takes the first one that overlaps no label or mark placed before it and stays
inside the bounds. A grid of buckets keeps this fast with hundreds of labels.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF

CELL = 120.0


@dataclass
class LabelRequest:
    anchor: QPointF  # centre of the mark
    width: float
    height: float
    gap: float  # radius of the mark plus a little air


class _Grid:
    def __init__(self):
        self.cells: dict[tuple[int, int], list[QRectF]] = defaultdict(list)

    def _keys(self, rect: QRectF):
        for i in range(int(rect.left() // CELL), int(rect.right() // CELL) + 1):
            for j in range(int(rect.top() // CELL), int(rect.bottom() // CELL) + 1):
                yield i, j

    def hits(self, rect: QRectF) -> bool:
        return any(other.intersects(rect) for key in self._keys(rect) for other in self.cells.get(key, ()))

    def add(self, rect: QRectF) -> None:
        for key in self._keys(rect):
            self.cells[key].append(rect)


def _candidates(req: LabelRequest):
    ax, ay, w, h, g = req.anchor.x(), req.anchor.y(), req.width, req.height, req.gap
    for extra in (0.0, h * 0.9, h * 1.8):
        yield QRectF(ax + g, ay - h / 2 - extra, w, h) if extra else QRectF(ax + g, ay - h / 2, w, h)
        yield QRectF(ax - g - w, ay - h / 2 - extra, w, h) if extra else QRectF(ax - g - w, ay - h / 2, w, h)
        yield QRectF(ax - w / 2, ay - g - h - extra, w, h)
        yield QRectF(ax - w / 2, ay + g + extra, w, h)
        yield QRectF(ax + g * 0.7, ay - g * 0.7 - h - extra, w, h)
        yield QRectF(ax + g * 0.7, ay + g * 0.7 + extra, w, h)
        yield QRectF(ax - g * 0.7 - w, ay - g * 0.7 - h - extra, w, h)
        yield QRectF(ax - g * 0.7 - w, ay + g * 0.7 + extra, w, h)
        if extra:
            yield QRectF(ax + g, ay - h / 2 + extra, w, h)
            yield QRectF(ax - g - w, ay - h / 2 + extra, w, h)


def layout_labels(requests: list[LabelRequest], bounds: QRectF,
                  obstacles: list[QRectF] = ()) -> list[tuple[QRectF, bool]]:
    """For each request (in priority order) a rectangle in scene units, and whether it is free."""
    grid = _Grid()
    for rect in obstacles:
        grid.add(rect)
    for req in requests:  # every mark is an obstacle for every label
        g = req.gap - 4
        grid.add(QRectF(req.anchor.x() - g, req.anchor.y() - g, 2 * g, 2 * g))
    placed: list[tuple[QRectF, bool]] = []
    for req in requests:
        chosen = None
        first_inside = None
        for rect in _candidates(req):
            if not bounds.contains(rect):
                continue
            first_inside = first_inside or rect
            if not grid.hits(rect):
                chosen = rect
                break
        free = chosen is not None
        chosen = chosen or first_inside or next(_candidates(req))
        grid.add(chosen)
        placed.append((chosen, free))
    return placed
