"""The board with a practice's path across sessions: a dot per session, arrows between them, the session's
date beside each dot, the reasons on hover.

The scene draws a core ``PracticePath`` (core/reports/path.py) and owns nothing of it. The board itself is the
console's (ui/board/background.py), in the projector's presentation when ``large``. A click on a dot or the
list beside the board chooses a practice; the others fade.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPen
from PySide6.QtWidgets import QGraphicsEllipseItem, QGraphicsItem, QGraphicsScene, QGraphicsSimpleTextItem

from ...core.reports.path import ALL, GROUP, PracticePath
from ...core.reports.pathrows import PathTable, point_text, step_text
from ..board.background import BOARD_RECT, SCENE_RECT, Z_LABEL, Z_TOKEN, board_font, build_background, to_scene
from ..board.items import ArrowItem, Label, colour_or
from ..board.labels import LabelRequest, layout_labels
from ..board.overlays import readable_on
from ..plaintext import plain

RADIUS = 24  # the console shows the scene at about 0.4: a dot of 48 units is ~20 px there


class PointItem(QGraphicsEllipseItem):
    """One practice in one session for one perspective: filled for the group, open for a perspective."""

    def __init__(self, scene_api, key: tuple[str, int, str], centre: QPointF, colour: QColor, number: int,
                 large: bool):
        radius = RADIUS - (2 if large else 0)
        super().__init__(QRectF(-radius, -radius, 2 * radius, 2 * radius))
        self.api, self.key = scene_api, key
        self.setPos(centre)
        self.setZValue(Z_TOKEN)
        self.setAcceptHoverEvents(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        group = key[2] == GROUP
        self.setBrush(QBrush(colour if group else QColor("white")))
        self.setPen(QPen(QColor("white") if group else colour, 3, Qt.PenStyle.SolidLine if group
                         else Qt.PenStyle.DashLine))
        text = QGraphicsSimpleTextItem(str(number), self)
        text.setFont(board_font(22, bold=True))
        text.setBrush(readable_on(colour) if group else QColor("#1d2733"))
        box = text.boundingRect()
        text.setPos(-box.width() / 2, -box.height() / 2)
        text.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.ring = QGraphicsEllipseItem(QRectF(-radius - 7, -radius - 7, 2 * radius + 14, 2 * radius + 14), self)
        self.ring.setPen(QPen(QColor("#111111"), 3, Qt.PenStyle.DotLine))
        self.ring.setVisible(False)
        self.ring.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def hoverEnterEvent(self, event):
        self.ring.setVisible(True)

    def hoverLeaveEvent(self, event):
        self.ring.setVisible(False)

    def mousePressEvent(self, event):
        if event.button() == Qt.MouseButton.LeftButton:
            self.api.point_clicked.emit(self.key[0])
            event.accept()
        else:
            event.ignore()


class PathScene(QGraphicsScene):
    point_clicked = Signal(str)  # the key of the practice whose dot was clicked

    def __init__(self, definition, parent=None, large: bool = False):
        super().__init__(parent)
        self.definition, self.large = definition, large
        self.setSceneRect(SCENE_RECT)
        self.setBackgroundBrush(QColor("white"))
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        if definition is not None:
            build_background(self, definition, large)
        self.path: PracticePath | None = None
        self.perspective: str | None = GROUP
        self.selected: str | None = None
        self.points: dict[tuple[str, int, str], PointItem] = {}
        self.arrows: list[tuple[str, ArrowItem]] = []
        self.labels: list[tuple[str, Label]] = []
        self._drawn: list[QGraphicsItem] = []
        self.current_key = None  # as BoardScene: nothing is 'current' on paper (ui/board/export.py)

    def set_current(self, key) -> None:
        self.current_key = key

    # -- model -> items ------------------------------------------------------------------------------
    def table(self) -> PathTable:
        return PathTable(self.path, self.definition, self.perspective)

    def set_path(self, path: PracticePath | None, perspective: str | None = GROUP) -> None:
        self.path, self.perspective = path, perspective
        self.redraw()

    def set_perspective(self, perspective: str | None) -> None:
        self.perspective = perspective
        self.redraw()

    def set_selected(self, key: str | None) -> None:
        self.selected = key
        self._fade()

    def numbers(self) -> dict[str, int]:
        """Each shown practice's number, as in the list and the PDF."""
        if self.path is None:
            return {}
        return {p.key: i for i, p in enumerate(self.path.shown(self.perspective), 1)}

    def redraw(self) -> None:
        for item in self._drawn:
            self.removeItem(item)
        self._drawn, self.points, self.arrows, self.labels = [], {}, [], []
        if self.path is None:
            return
        table, numbers = self.table(), self.numbers()
        label_px = 30
        for practice in self.path.shown(self.perspective):
            colour = colour_or(practice.colour)
            for before, after in practice.steps(self.perspective):
                a, b = to_scene(before.x, before.y), to_scene(after.x, after.y)
                if (a - b).manhattanLength() < 8:
                    continue  # it stayed where it was: no arrow
                arrow = ArrowItem(a, b, colour)
                if after.perspective != GROUP:
                    pen = arrow.pen()
                    pen.setStyle(Qt.PenStyle.DashLine)
                    pen.setWidth(3)
                    arrow.setPen(pen)
                arrow.setToolTip(plain(step_text(table, practice, before, after)))
                arrow.setAcceptHoverEvents(True)
                self.addItem(arrow)
                self._drawn.append(arrow)
                self.arrows.append((practice.key, arrow))
            points = practice.path(self.perspective)
            last: dict[str, tuple[QPointF, Label, str]] = {}  # per perspective: its previous dot and label
            for index, point in enumerate(points):
                key = (practice.key, point.session, point.perspective)
                item = PointItem(self, key, to_scene(point.x, point.y), colour, numbers[practice.key], self.large)
                item.setToolTip(plain(point_text(table, practice, point)))
                self.addItem(item)
                self._drawn.append(item)
                self.points[key] = item
                words = self.path.session(point.session).label
                if self.perspective is ALL and point.perspective != GROUP:
                    words += f" · {self.path.perspective_name(point.perspective)}"
                bold = index == len(points) - 1
                before = last.get(point.perspective)
                if before is not None and (before[0] - item.pos()).manhattanLength() < 8:
                    # it stayed where it was: one label with both dates, on the dot drawn last
                    words = f"{before[2]}, {self.path.session(point.session).label}"
                    if bold:
                        before[1].text.setFont(board_font(label_px, bold=True))
                    before[1].set_text(f"{practice.name} · {words}" if bold else words)
                    last[point.perspective] = (item.pos(), before[1], words)
                    continue
                label = Label(f"{practice.name} · {words}" if bold else words, label_px if bold else label_px - 4,
                              bold=bold)
                label.setZValue(Z_LABEL)
                label.setData(0, item.pos())
                self.addItem(label)
                self._drawn.append(label)
                self.labels.append((practice.key, label))
                last[point.perspective] = (item.pos(), label, words)
        self._layout_labels()
        self._fade()

    def _layout_labels(self) -> None:
        requests = [LabelRequest(label.data(0), label.rect().width(), label.rect().height(), RADIUS + 8)
                    for _key, label in self.labels]
        for (_key, label), (rect, _free) in zip(self.labels, layout_labels(requests, BOARD_RECT.adjusted(2, 2, -2, -2))):
            label.setPos(rect.topLeft())

    def _fade(self) -> None:
        """The chosen practice stands out; the others step back (not gone: the whole picture stays)."""
        def opacity(key: str) -> float:
            return 1.0 if self.selected in (None, key) else 0.22
        for (key, _session, _who), item in self.points.items():
            item.setOpacity(opacity(key))
            item.setZValue(Z_TOKEN + (1 if key == self.selected else 0))
        for key, item in self.arrows + self.labels:
            item.setOpacity(opacity(key))
