"""Graphics items for what the group puts on the board: tokens, spreads and ghosts.

They paint through Qt's own items (C++), so dragging stays as light as a plain rectangle.
A token item holds no domain state: it knows its key (token id, perspective) and tells the
scene when a drag ends; the scene turns that into an undoable command.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import (QGraphicsEllipseItem, QGraphicsItem, QGraphicsPathItem, QGraphicsRectItem,
                               QGraphicsSimpleTextItem)

from .background import BOARD_RECT, Z_GHOST, Z_LABEL, Z_TOKEN, board_font
from ..plaintext import plain

RADIUS = 21
_LEFT, _RIGHT, _TOP, _BOTTOM = BOARD_RECT.left(), BOARD_RECT.right(), BOARD_RECT.top(), BOARD_RECT.bottom()
LABEL_PAD = 6


def colour_or(value: str, fallback: str = "#d35400") -> QColor:
    colour = QColor(value)
    return colour if colour.isValid() else QColor(fallback)


class Label(QGraphicsRectItem):
    """A name on a soft white plate, so it stays readable on top of zones and other marks."""

    def __init__(self, text: str, pixels: int, parent: QGraphicsItem | None = None, bold: bool = True,
                 colour: str = "#1d2733", plate_alpha: int = 215):
        super().__init__(parent)
        self.text = QGraphicsSimpleTextItem(text, self)
        self.text.setFont(board_font(pixels, bold=bold))
        self.text.setBrush(QColor(colour))
        self.text.setPos(LABEL_PAD, 1)
        size = self.text.boundingRect()
        self.setRect(QRectF(0, 0, size.width() + 2 * LABEL_PAD, size.height() + 2))
        self.setPen(QPen(Qt.PenStyle.NoPen))
        self.setBrush(QColor(255, 255, 255, plate_alpha))
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        # text is costly to draw; a cached pixmap makes a drag repaint about twice as fast
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.text.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def set_text(self, text: str) -> None:
        self.text.setText(text)
        size = self.text.boundingRect()
        self.setRect(QRectF(0, 0, size.width() + 2 * LABEL_PAD, size.height() + 2))


class TokenItem(QGraphicsEllipseItem):
    """One practice as seen by one perspective; draggable, kept inside the board."""

    def __init__(self, scene_api, token_id: str, perspective: str):
        super().__init__(QRectF(-RADIUS, -RADIUS, 2 * RADIUS, 2 * RADIUS))
        self.api = scene_api  # the BoardScene: told about presses and finished drags
        self.key = (token_id, perspective)
        self.setZValue(Z_TOKEN)
        self.setAcceptHoverEvents(True)
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self.ring = QGraphicsEllipseItem(QRectF(-RADIUS - 9, -RADIUS - 9, 2 * RADIUS + 18, 2 * RADIUS + 18), self)
        self.ring.setBrush(Qt.BrushStyle.NoBrush)
        self.ring.setVisible(False)
        self.ring.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.label = Label("", 26, self)
        self.label.setZValue(Z_LABEL)
        # the perspective's mark inside the token: who placed it, without relying on colour
        self.mark = QGraphicsSimpleTextItem("", self)
        self.mark.setFont(board_font(20, bold=True))
        self.mark.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.mark.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self._hover = self._current = False
        self._gx = self._gy = 0.0
        self._start = QPointF()

    def style(self, fill: QColor, outline: QColor, text: str, tooltip: str, mark: str = "",
              mark_colour: QColor | None = None) -> None:
        self.setBrush(QBrush(fill))
        self.mark.setText(mark)
        self.mark.setFont(board_font(20 if len(mark) < 2 else 16, bold=True))
        self.mark.setBrush(mark_colour or QColor("white"))
        box = self.mark.boundingRect()
        self.mark.setPos(-box.width() / 2, -box.height() / 2)
        self.setPen(QPen(outline, 6 if outline != QColor("white") else 3))
        self.label.set_text(text)
        self.setToolTip(plain(tooltip))

    def label_offset(self, offset: QPointF) -> None:
        self.label.setPos(offset)

    # -- highlight: hover (a light ring) and current (a strong ring for the keyboard) -------------
    def set_current(self, current: bool) -> None:
        self._current = current
        self._update_ring()

    def _update_ring(self) -> None:
        if self._current:
            self.ring.setPen(QPen(QColor("#111111"), 5))
        elif self._hover:
            self.ring.setPen(QPen(QColor("#111111"), 3, Qt.PenStyle.DotLine))
        self.ring.setVisible(self._current or self._hover)
        self.setZValue(Z_TOKEN + (2 if self._current else 1 if self._hover else 0))

    def hoverEnterEvent(self, event):
        self._hover = True
        self._update_ring()

    def hoverLeaveEvent(self, event):
        self._hover = False
        self._update_ring()

    # -- drag --------------------------------------------------------------------------------------
    def mousePressEvent(self, event):
        if event.button() != Qt.MouseButton.LeftButton:
            event.ignore()
            return
        self._start = self.pos()
        grab = event.scenePos() - self._start
        self._gx, self._gy = grab.x(), grab.y()
        self.setCursor(Qt.CursorShape.ClosedHandCursor)
        self.api.token_pressed(self)
        event.accept()

    def mouseMoveEvent(self, event):
        # the hot path of a drag: plain arithmetic, one setPos, nothing else unless a spread follows
        p = event.scenePos()
        x, y = p.x() - self._gx, p.y() - self._gy
        self.setPos(_LEFT if x < _LEFT else _RIGHT if x > _RIGHT else x,
                    _TOP if y < _TOP else _BOTTOM if y > _BOTTOM else y)
        if self.api.live_spread:
            self.api.token_dragging(self)

    def mouseReleaseEvent(self, event):
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        if self.pos() != self._start:
            self.api.token_dropped(self, self._start, self.pos())


class SpreadItem(QGraphicsPathItem):
    """The hull around all perspectives on one practice, plus its range on each axis."""

    def __init__(self, colour: QColor):
        super().__init__()
        fill = QColor(colour)
        fill.setAlpha(45)
        self.setBrush(fill)
        self.setPen(QPen(colour, 3, Qt.PenStyle.DashLine))
        self.setZValue(-20)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.ranges = QGraphicsPathItem(self)
        range_colour = QColor(colour)
        range_colour.setAlpha(200)
        self.ranges.setPen(QPen(range_colour, 9, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))

    def set_points(self, points: list[QPointF], lane: int, show_hull: bool, show_range: bool) -> None:
        path = QPainterPath()
        if show_hull and len(points) >= 2:
            hull = _hull(points)
            if len(hull) == 2:
                path.moveTo(hull[0])
                path.lineTo(hull[1])
            else:
                path.addPolygon(QPolygonF(hull))
                path.closeSubpath()
        self.setPath(path)
        ranges = QPainterPath()
        if show_range and points:
            xs, ys = [p.x() for p in points], [p.y() for p in points]
            y = BOARD_RECT.bottom() - 8 - 12 * lane
            ranges.moveTo(min(xs), y)
            ranges.lineTo(max(xs), y)
            x = BOARD_RECT.left() + 8 + 12 * lane
            ranges.moveTo(x, min(ys))
            ranges.lineTo(x, max(ys))
        self.ranges.setPath(ranges)


def _hull(points: list[QPointF]) -> list[QPointF]:
    from ...core.board.board import convex_hull

    return [QPointF(x, y) for x, y in convex_hull([(p.x(), p.y()) for p in points])]


class GhostItem(QGraphicsEllipseItem):
    """A faint earlier position, named after its snapshot."""

    def __init__(self, centre: QPointF, colour: QColor, name: str):
        super().__init__(QRectF(centre.x() - RADIUS, centre.y() - RADIUS, 2 * RADIUS, 2 * RADIUS))
        faint = QColor(colour)
        faint.setAlpha(70)
        self.setBrush(faint)
        self.setPen(QPen(colour, 2, Qt.PenStyle.DashLine))
        self.setZValue(Z_GHOST)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.label = QGraphicsSimpleTextItem(name, self)
        self.label.setFont(board_font(20, italic=True))
        self.label.setBrush(QColor("#46535f"))
        r = self.label.boundingRect()
        self.label.setPos(centre.x() - r.width() / 2, centre.y() + RADIUS + 2)


class ArrowItem(QGraphicsPathItem):
    """From an earlier position to the next one, with the reason why it moved (if any)."""

    def __init__(self, start: QPointF, end: QPointF, colour: QColor, reason: str = ""):
        super().__init__()
        dx, dy = end.x() - start.x(), end.y() - start.y()
        length = math.hypot(dx, dy)
        ux, uy = dx / length, dy / length
        a = QPointF(start.x() + ux * RADIUS, start.y() + uy * RADIUS)
        b = QPointF(end.x() - ux * (RADIUS + 4), end.y() - uy * (RADIUS + 4))
        path = QPainterPath(a)
        path.lineTo(b)
        for side in (1, -1):
            path.moveTo(b)
            path.lineTo(b.x() - ux * 16 + side * uy * 9, b.y() - uy * 16 - side * ux * 9)
        self.setPath(path)
        pen_colour = QColor(colour)
        pen_colour.setAlpha(170)
        self.setPen(QPen(pen_colour, 4, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        self.setZValue(Z_GHOST)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.reason = None
        if reason:
            self.setToolTip(plain(reason))
            self.reason = Label(f"“{reason}”", 20, self, bold=False, colour="#2b3540", plate_alpha=190)
            self.reason.text.setFont(board_font(20, italic=True))
            self.reason.set_text(f"“{reason}”")
            r = self.reason.rect()
            self.mid = QPointF((a.x() + b.x()) / 2, (a.y() + b.y()) / 2)
            self.reason.setPos(self.mid.x() - r.width() / 2, self.mid.y() + 6)  # the scene lays it out
