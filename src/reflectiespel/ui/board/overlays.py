"""What is drawn from the model besides the tokens: spreads, ghosts of snapshots, the legend."""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QGraphicsSimpleTextItem

from ...core.board.board import BoardState, placement_key
from .background import BOARD_RECT, LARGE, SCENE_RECT, board_font, to_scene
from .items import ArrowItem, GhostItem, Label, SpreadItem
from ..plaintext import plain

PALETTE = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf", "#8c564b", "#e377c2"]


def perspective_colour(colours: dict[str, str], perspective: str, index: int) -> QColor:
    value = colours.get(perspective)
    colour = QColor(value) if value else QColor()
    return colour if colour.isValid() else QColor(PALETTE[index % len(PALETTE)])


def perspective_marks(names: list[str]) -> dict[str, str]:
    """A short mark per perspective, drawn in its tokens and in the legend, so the perspective does not rest
    on colour alone: the first letter; where two share it, the first two; else a number."""
    marks: dict[str, str] = {}
    for length in (1, 2):
        wanted = {name: (name.strip()[:length] or "?").upper() for name in names if name not in marks}
        counts: dict[str, int] = {}
        for mark in wanted.values():
            counts[mark] = counts.get(mark, 0) + 1
        for name, mark in wanted.items():
            if counts[mark] == 1 and mark not in marks.values():
                marks[name] = mark
    for number, name in enumerate(names, 1):
        marks.setdefault(name, str(number))
    return marks


def readable_on(fill: QColor) -> QColor:
    """Black or white, whichever reads better on ``fill``."""
    def luminance(c: QColor) -> float:
        def ch(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
        return 0.2126 * ch(c.redF()) + 0.7152 * ch(c.greenF()) + 0.0722 * ch(c.blueF())
    return QColor("#000000") if luminance(fill) > 0.179 else QColor("#ffffff")


def build_spreads(scene: QGraphicsScene, state: BoardState, token_colours: dict[str, QColor],
                  show_hull: bool, show_range: bool) -> dict[str, SpreadItem]:
    """One SpreadItem for every practice that two or more perspectives placed."""
    spreads: dict[str, SpreadItem] = {}
    lane = 0
    for token in state.tokens:
        placements = state.placements_of(token.id)
        if len(placements) < 2:
            continue
        item = SpreadItem(token_colours[token.id])
        item.set_points([to_scene(p.x, p.y) for p in placements], lane, show_hull, show_range)
        item.setToolTip(plain(token.name))
        scene.addItem(item)
        spreads[token.id] = item
        lane += 1
    return spreads


def build_ghosts(scene: QGraphicsScene, state: BoardState, colour_of, keep=None) -> list[QGraphicsItem]:
    """Earlier snapshots as faint ghosts, with arrows along each placement's path to now (only for the
    placements ``keep`` keeps, when given: a hall's board leaves out the perspectives' own)."""
    items: list[QGraphicsItem] = []
    if not state.snapshots:
        return items
    current = {(p.token_id, p.perspective): p for p in state.placements}
    known = {t.id for t in state.tokens}
    keys = {(p.token_id, p.perspective) for s in state.snapshots for p in s.placements if p.token_id in known}
    if keep is not None:
        keys = {key for key in keys if keep(key)}
    for key in sorted(keys):
        colour = colour_of(key)
        steps = []  # (point, name, reason that brought it here)
        for snapshot in state.snapshots:
            found = next((p for p in snapshot.placements if (p.token_id, p.perspective) == key), None)
            if found is not None:
                steps.append((to_scene(found.x, found.y), snapshot.name,
                              snapshot.reasons.get(placement_key(*key), "")))
        if key in current:
            now = current[key]
            steps.append((to_scene(now.x, now.y), None, state.reasons.get(placement_key(*key), "")))
        for i, (point, name, _reason) in enumerate(steps):
            if name is None:
                continue
            later = [p for p, _n, _r in steps[i + 1:]]
            if later and all(_close(point, p) for p in later):
                continue  # it has not moved since: no ghost on top of the token itself
            ghost = GhostItem(point, colour, name)
            scene.addItem(ghost)
            items.append(ghost)
        for (a, _na, _ra), (b, _nb, reason) in zip(steps, steps[1:]):
            if not _close(a, b):
                arrow = ArrowItem(a, b, colour, reason)
                scene.addItem(arrow)
                items.append(arrow)
    return items


def _close(a: QPointF, b: QPointF) -> bool:
    return math.hypot(a.x() - b.x(), a.y() - b.y()) < 6


LEGEND_GAP = 18  # between two entries of the legend
LEGEND_MARGIN = 20  # the legend stays this far inside the scene's left and right edge
DOT = 22  # a legend dot's diameter


def _legend_entry(scene: QGraphicsScene, name: str, colour: QColor, mark: str,
                  pixels: int) -> tuple[list[QGraphicsItem], float]:
    """One perspective: its dot (with its mark) and its name, at x 0, y 0; and how wide the two are."""
    label = Label(name, pixels, plate_alpha=0)
    scene.addItem(label)
    label.setPos(DOT + 2, 0)
    dot = scene.addEllipse(0, (label.rect().height() - DOT) / 2, DOT, DOT, QPen(Qt.PenStyle.NoPen), QBrush(colour))
    if mark:
        letter = QGraphicsSimpleTextItem(mark, dot)
        letter.setFont(board_font(14 if len(mark) == 1 else 11, bold=True))
        letter.setBrush(readable_on(colour))
        box = letter.boundingRect()
        letter.setPos(DOT / 2 - box.width() / 2, label.rect().height() / 2 - box.height() / 2)
        letter.setData(0, "legendMark")
    return [dot, label], DOT + 2 + label.rect().width()


def legend_rows(widths: list[float], first: float, indent: float, room: float) -> list[list[int]]:
    """The entries (by index) in rows no wider than ``room``: the first row starts at ``first`` (after the
    title), the others at ``indent`` (under the first name); every row holds at least one entry."""
    rows: list[list[int]] = [[]]
    x = first
    for i, width in enumerate(widths):
        if rows[-1] and x + width > room:
            rows.append([])
            x = indent
        rows[-1].append(i)
        x += width + LEGEND_GAP
    return rows


def build_legend(scene: QGraphicsScene, entries: list[tuple[str, QColor]],
                 marks: dict[str, str] | None = None, large: bool = False,
                 between: QRectF | None = None, below: float = 0.0,
                 aspect: float | None = None) -> tuple[list[QGraphicsItem], QRectF]:
    """The colours of the perspectives, each with its mark, under the board; and the rectangle they take.

    On the projector (``large``, bigger names) the legend sits in ``between``, the gap between the two ends
    of the horizontal axis, when one row fits there. Otherwise it goes in rows from ``below`` (the line
    with the question): centred under the board on the projector, from the board's left edge on the
    console, wrapped to more rows where the names need them. Nothing of it then lies on another word; the
    scene grows to hold it (BoardScene.fit_under). ``aspect`` is the shape (width / height) of the
    projector's view: where it is wider than the scene, a row may be as wide as that view shows anyway at
    the board's scale, so twelve names take one row on a 16:9 beamer and the board stays as large."""
    if not entries:
        return [], QRectF()
    pixels = LARGE if large else 22
    title = Label(QCoreApplication.translate("BoardScene", "Perspectieven:"), pixels, bold=False, plate_alpha=0)
    scene.addItem(title)
    parts = [_legend_entry(scene, name, colour, (marks or {}).get(name, ""), pixels) for name, colour in entries]
    row_height = max([title.rect().height()] + [label.rect().height() for (_dot, label), _w in parts])
    indent = title.rect().width() + 8
    widths = [width for _items, width in parts]
    one_row = indent + sum(widths) + LEGEND_GAP * (len(widths) - 1)
    if large and between is not None and one_row <= between.width():
        rows, top = [list(range(len(parts)))], between.top()
        left = between.center().x() - one_row / 2
    else:
        top = below + 4
        if large:  # centred under the board: the whole scene's width is room, or what the view shows
            room = SCENE_RECT.width() - 2 * LEGEND_MARGIN
            if aspect:
                room = max(room, aspect * (top + row_height + LEGEND_MARGIN) - 2 * LEGEND_MARGIN)
            rows = legend_rows(widths, indent, indent, room)
            block = max(indent + sum(widths[i] for i in row) + LEGEND_GAP * (len(row) - 1) for row in rows)
            left = min(max(BOARD_RECT.center().x() - block / 2, LEGEND_MARGIN),
                       SCENE_RECT.right() - LEGEND_MARGIN - block)
            if block > SCENE_RECT.width() - 2 * LEGEND_MARGIN:  # wider than the scene: centred on it
                left = SCENE_RECT.center().x() - block / 2
        else:
            left = BOARD_RECT.left()
            rows = legend_rows(widths, indent, indent, SCENE_RECT.right() - LEGEND_MARGIN - left)
    title.setPos(left, top)
    right = left + indent
    for number, row in enumerate(rows):
        x, y = left + indent, top + number * row_height
        for i in row:
            for item in parts[i][0]:
                item.setPos(x + item.pos().x(), y)
            x += widths[i] + LEGEND_GAP
        right = max(right, x - LEGEND_GAP)
    items: list[QGraphicsItem] = [title]
    for entry, _width in parts:
        items += entry
    return items, QRectF(left, top, right - left, len(rows) * row_height)


def spread_label(spread: SpreadItem, name: str) -> None:
    """In 'spread only' view the hull carries the practice's name (above it, not at a mean)."""
    rect = spread.path().boundingRect()
    label = Label(name, 24, spread)
    label.setPos(rect.center().x() - label.rect().width() / 2, rect.top() - label.rect().height() - 14)
    label.setZValue(5)

