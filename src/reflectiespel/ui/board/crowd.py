"""A practice placed by a hall of perspectives, drawn as one picture (core/board/crowd.py).

Instead of three hundred dots with three hundred names: cells shaded by how many dots lie in them
(the densest with their count in digits), a dashed frame round the middle half, a diamond at the
middle, and the practice's name with the number of placements. One item per practice, painted in
C++ calls from a few numbers, so a redraw costs the same for 30 phones as for 300.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem

from ...core.board.boarddef import BoardDefinition, describe_position, place_in_numbers
from ...core.board.crowd import CrowdSummary
from .background import BOARD_RECT, LARGE, SCENE_RECT, Z_SPREAD, board_font, to_scene
from .items import Label
from ..plaintext import plain

MIDDLE = 20  # half the diagonal of the diamond at the middle, in scene units


def placements_text(count: int) -> str:
    if count == 1:
        return QCoreApplication.translate("BoardScene", "1 plaatsing")
    return QCoreApplication.translate("BoardScene", "{0} plaatsingen").format(count)


def describe_crowd(definition: BoardDefinition, name: str, summary: CrowdSummary) -> str:
    """In words, for a screen reader and the tooltip: how many, the middle, the middle half."""
    (x, y), (x1, y1), (x3, y3) = summary.middle, summary.low, summary.high
    return QCoreApplication.translate(
        "BoardScene", "{0}: {1}. Het midden: {2} ({3}). De middelste helft: van {4} tot {5} van 100 naar "
                      "rechts, van {6} tot {7} van 100 omhoog.").format(
        name, placements_text(summary.count), describe_position(definition, x, y), place_in_numbers(x, y),
        round(x1 * 100), round(x3 * 100), round(y1 * 100), round(y3 * 100))


class CrowdItem(QGraphicsItem):
    def __init__(self, summary: CrowdSummary, colour: QColor, name: str, description: str, large: bool = False):
        super().__init__()
        self.setZValue(Z_SPREAD)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        # painted once into a picture per view, again only when the crowd changed (show)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.count_font = board_font(LARGE if large else 26, bold=True)
        self.label = Label("", LARGE + 4 if large else 28, self)
        self.label.setZValue(5)
        self.summary = None
        self.show(summary, colour, name, description)

    def show(self, summary: CrowdSummary, colour: QColor, name: str, description: str) -> None:
        """Show this crowd (nothing happens when it is the one shown already)."""
        if (summary, QColor(colour), name) == (self.summary, getattr(self, "colour", None), getattr(self, "name", None)):
            return
        self.summary, self.colour, self.name, self.description = summary, QColor(colour), name, description
        self.setToolTip(plain(description))
        self.label.set_text(f"{name} · {placements_text(summary.count)}")
        # the name above the frame of the middle half (below it when the frame reaches the top)
        middle, top, bottom = to_scene(*summary.middle), to_scene(0, summary.high[1]), to_scene(0, summary.low[1])
        r = self.label.rect()
        x = min(BOARD_RECT.right() - r.width(), max(BOARD_RECT.left(), middle.x() - r.width() / 2))
        y = min(top.y(), middle.y() - MIDDLE) - 8 - r.height()
        if y < BOARD_RECT.top():
            y = max(bottom.y(), middle.y() + MIDDLE) + 8
        self.label.setPos(x, y)
        self.update()

    def boundingRect(self) -> QRectF:
        return BOARD_RECT.adjusted(-MIDDLE - 6, -MIDDLE - 6, MIDDLE + 6, MIDDLE + 6)

    def paint(self, painter, option, widget=None) -> None:
        summary = self.summary
        width, height = BOARD_RECT.width() / summary.columns, BOARD_RECT.height() / summary.rows
        densest = max(1, summary.densest)
        painter.setPen(Qt.PenStyle.NoPen)
        counted = []
        for (column, row), count in summary.cells.items():
            cell = QRectF(BOARD_RECT.left() + column * width + 1, BOARD_RECT.bottom() - (row + 1) * height + 1,
                          width - 2, height - 2)
            fill = QColor(self.colour)
            fill.setAlpha(round(40 + 190 * count / densest))
            painter.setBrush(fill)
            painter.drawRoundedRect(cell, 6, 6)
            if count * 2 >= densest and count > 1:  # where most dots are: their number in digits
                counted.append((cell, count))
        # the middle half: from the first to the third quartile on each axis
        low, high = to_scene(summary.low[0], summary.high[1]), to_scene(summary.high[0], summary.low[1])
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(QColor("white"), 9))
        painter.drawRect(QRectF(low, high))
        painter.setPen(QPen(self.colour.darker(130), 5, Qt.PenStyle.DashLine))
        painter.drawRect(QRectF(low, high))
        painter.setFont(self.count_font)
        for cell, count in counted:
            painter.setPen(QColor("white") if count * 4 >= densest * 3 else QColor("#1d2733"))
            painter.drawText(cell, Qt.AlignmentFlag.AlignCenter, str(count))
        middle = to_scene(*summary.middle)
        diamond = QPolygonF([QPointF(middle.x(), middle.y() - MIDDLE), QPointF(middle.x() + MIDDLE, middle.y()),
                             QPointF(middle.x(), middle.y() + MIDDLE), QPointF(middle.x() - MIDDLE, middle.y())])
        painter.setPen(QPen(QColor("white"), 4))
        painter.setBrush(self.colour.darker(150))
        painter.drawPolygon(diamond)


def crowd_legend(perspectives: int, large: bool, between: QRectF | None = None,
                 below: float = 0.0) -> tuple[Label, QRectF]:
    """One line under the board instead of three hundred names: what the picture means; in the gap
    between the axis's ends on the projector when it fits there, else under the question (as the
    perspectives' legend, overlays.build_legend); and the rectangle it takes."""
    text = QCoreApplication.translate(
        "BoardScene", "{0} perspectieven · ◆ het midden · kader: de middelste helft").format(perspectives)
    legend = Label(text, LARGE if large else 22, bold=False, plate_alpha=230)
    width = legend.rect().width()
    if large and between is not None and width <= between.width():
        legend.setPos(between.center().x() - width / 2, between.top())
    else:
        legend.setPos(min(max(BOARD_RECT.center().x() - width / 2, 20), SCENE_RECT.right() - 20 - width),
                      below + 4)
    return legend, legend.sceneBoundingRect()
