"""A hall's placements of one practice as a few numbers the room can read from the back (no Qt).

With three hundred perspectives a dot and a name for each is a cloud nobody can read. The board
shows each practice's placements as a whole instead: how many there are, where they lie dense (a grid
of cells, counted), the middle (the median along each axis) and the middle half (from the first to
the third quartile along each axis: half of the placements lie inside). ``CROWD`` says from how many
perspectives on this is done; below it every dot keeps its name.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field

CROWD = 50  # more perspectives (participants) than this: the board and the tally show the room as a whole
COLUMNS, ROWS = 24, 10  # density cells across the board (x) and up it (y)


@dataclass(frozen=True)
class CrowdSummary:
    count: int
    middle: tuple[float, float]  # the median x and y (0..1, y upwards)
    low: tuple[float, float]  # first quartile along x and along y
    high: tuple[float, float]  # third quartile along x and along y
    cells: dict[tuple[int, int], int] = field(default_factory=dict)  # (column, row from the bottom) -> count
    columns: int = COLUMNS
    rows: int = ROWS

    @property
    def densest(self) -> int:
        return max(self.cells.values(), default=0)


def _cell(value: float, cells: int) -> int:
    return min(cells - 1, max(0, int(value * cells)))


def _quartiles(values: list[float]) -> tuple[float, float, float]:
    if len(values) == 1:
        return values[0], values[0], values[0]
    low, middle, high = statistics.quantiles(values, n=4, method="inclusive")
    return low, middle, high


_RECENT: dict[tuple, CrowdSummary] = {}  # the console and the projection's boards ask for the same summary


def summarise(points: list[tuple[float, float]], columns: int = COLUMNS, rows: int = ROWS) -> CrowdSummary | None:
    """The summary of placements at ``points`` (x, y in 0..1); None for none."""
    if not points:
        return None
    key = (columns, rows, tuple(points))
    found = _RECENT.get(key)
    if found is None:
        if len(_RECENT) >= 16:
            _RECENT.clear()
        found = _RECENT[key] = _summarise(points, columns, rows)
    return found


def _summarise(points: list[tuple[float, float]], columns: int, rows: int) -> CrowdSummary:
    xs, ys = [x for x, _ in points], [y for _, y in points]
    (x1, xm, x3), (y1, ym, y3) = _quartiles(xs), _quartiles(ys)
    cells: dict[tuple[int, int], int] = {}
    for x, y in points:
        key = (_cell(x, columns), _cell(y, rows))
        cells[key] = cells.get(key, 0) + 1
    return CrowdSummary(len(points), (xm, ym), (x1, y1), (x3, y3), cells, columns, rows)


def is_crowd(perspectives: int) -> bool:
    return perspectives > CROWD
