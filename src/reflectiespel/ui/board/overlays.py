"""What is drawn from the model besides the tokens: spreads, ghosts of snapshots, the legend."""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QGraphicsSimpleTextItem

from ...core.board import BoardState, placement_key
from .background import BOARD_RECT, LARGE, LARGE_STRIP, board_font, to_scene
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


def build_legend(scene: QGraphicsScene, entries: list[tuple[str, QColor]],
                 marks: dict[str, str] | None = None, large: bool = False) -> list[QGraphicsItem]:
    """The colours of the perspectives, each with its mark, in a row under the board. ``large`` (the
    projector): bigger names, centred on the line of the horizontal axis, between its two ends."""
    items: list[QGraphicsItem] = []
    if not entries:
        return items
    pixels = LARGE if large else 22
    x, y = BOARD_RECT.left(), BOARD_RECT.bottom() + (LARGE_STRIP + 14 if large else 62)
    title = Label(QCoreApplication.translate("BoardScene", "Perspectieven:"), pixels, bold=False, plate_alpha=0)
    scene.addItem(title)
    title.setPos(x, y)
    items.append(title)
    x += title.rect().width() + 8
    for name, colour in entries:
        dot = scene.addEllipse(x, y + 6, 22, 22, QPen(Qt.PenStyle.NoPen), QBrush(colour))
        mark = (marks or {}).get(name, "")
        if mark:
            letter = QGraphicsSimpleTextItem(mark, dot)
            letter.setFont(board_font(14 if len(mark) == 1 else 11, bold=True))
            letter.setBrush(readable_on(colour))
            box = letter.boundingRect()
            letter.setPos(x + 11 - box.width() / 2, y + 17 - box.height() / 2)
            letter.setData(0, "legendMark")
        label = Label(name, pixels, plate_alpha=0)
        scene.addItem(label)
        label.setPos(x + 24, y)
        items += [dot, label]
        x += 24 + label.rect().width() + 18
    if large:  # centre the row under the board
        shift = BOARD_RECT.center().x() - (BOARD_RECT.left() + x - 18) / 2
        for item in items:
            item.moveBy(shift, 0)
    return items


def spread_label(spread: SpreadItem, name: str) -> None:
    """In 'spread only' view the hull carries the practice's name (above it, not at a mean)."""
    rect = spread.path().boundingRect()
    label = Label(name, 24, spread)
    label.setPos(rect.center().x() - label.rect().width() / 2, rect.top() - label.rect().height() - 14)
    label.setZValue(5)

