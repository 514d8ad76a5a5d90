"""The fixed part of the board: zones, their names, the axes and the landmark practices.

Everything is built once from the BoardDefinition as plain Qt items (painted in C++), in a
scene of 1920 x 1080 units, so text sizes are chosen for a projector at full size.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontDatabase, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QGraphicsSimpleTextItem

from ...core.boarddef import BoardDefinition
from ...resources import font_path

SCENE_RECT = QRectF(0, 0, 1920, 1080)
BOARD_RECT = QRectF(150, 215, 1740, 760)  # the area where positions live: x 0..1, y 0..1
FAMILY = "DejaVu Sans"
_fonts_loaded = False

Z_BACKGROUND, Z_LANDMARK, Z_SPREAD, Z_GHOST, Z_TOKEN, Z_LABEL = -100, -50, -20, -10, 0, 10


def board_font(pixels: int, bold: bool = False, italic: bool = False) -> QFont:
    global _fonts_loaded
    if not _fonts_loaded:
        for style in ("regular", "bold", "italic"):
            QFontDatabase.addApplicationFont(str(font_path(style)))
        _fonts_loaded = True
    font = QFont(FAMILY)
    font.setPixelSize(pixels)
    font.setBold(bold)
    font.setItalic(italic)
    return font


def to_scene(x: float, y: float) -> QPointF:
    """Normalized (x right, y up to shared ownership) to scene units."""
    return QPointF(BOARD_RECT.left() + x * BOARD_RECT.width(), BOARD_RECT.bottom() - y * BOARD_RECT.height())


def to_norm(point: QPointF) -> tuple[float, float]:
    x = (point.x() - BOARD_RECT.left()) / BOARD_RECT.width()
    y = (BOARD_RECT.bottom() - point.y()) / BOARD_RECT.height()
    return min(1.0, max(0.0, x)), min(1.0, max(0.0, y))


def _text(scene: QGraphicsScene, text: str, font: QFont, colour: str, z: float = Z_BACKGROUND):
    item = QGraphicsSimpleTextItem(text)
    item.setFont(font)
    item.setBrush(QColor(colour))
    item.setZValue(z)
    item.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
    item.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
    scene.addItem(item)
    return item


def _centre_at(item: QGraphicsItem, x: float, y: float) -> None:
    r = item.boundingRect()
    item.setPos(x - r.width() / 2, y)


def build_background(scene: QGraphicsScene, definition: BoardDefinition) -> list[QGraphicsItem]:
    """Zones with their names above the board, the vertical axis at the left, the question below."""
    items: list[QGraphicsItem] = []
    b = BOARD_RECT
    ink, soft = "#1d2733", "#46535f"
    for zone in definition.zones:
        top_left, bottom_right = to_scene(zone.x[0], zone.y[1]), to_scene(zone.x[1], zone.y[0])
        rect = QRectF(top_left, bottom_right)
        box = scene.addRect(rect, QPen(Qt.PenStyle.NoPen), QBrush(QColor(zone.colour)))
        box.setZValue(Z_BACKGROUND - 1)
        header = scene.addRect(QRectF(rect.left(), 18, rect.width(), b.top() - 24),
                               QPen(Qt.PenStyle.NoPen), QBrush(QColor(zone.colour).darker(104)))
        header.setZValue(Z_BACKGROUND - 1)
        title = _text(scene, zone.label, board_font(38, bold=True), ink)
        _centre_at(title, rect.center().x(), 26)
        lines = _text(scene, "\n".join(zone.lines), board_font(24), soft)
        _centre_at(lines, rect.center().x(), 76)
        items += [box, header, title, lines]
    frame = scene.addRect(b, QPen(QColor("#7d8a96"), 2), QBrush(Qt.BrushStyle.NoBrush))
    frame.setZValue(Z_BACKGROUND)
    items.append(frame)

    # the vertical axis in equal bands, one per named level, with faint lines between them
    stops = definition.vertical.stops
    band = b.height() / len(stops)
    guide = QPen(QColor("#9aa6b2"), 2, Qt.PenStyle.DashLine)
    for i in range(1, len(stops)):
        line = scene.addLine(b.left(), b.bottom() - i * band, b.right(), b.bottom() - i * band, guide)
        line.setZValue(Z_BACKGROUND)
        items.append(line)
    arrow = QPainterPath(QPointF(30, b.bottom()))
    arrow.lineTo(30, b.top() + 4)
    arrow.moveTo(18, b.top() + 22)
    arrow.lineTo(30, b.top() + 4)
    arrow.lineTo(42, b.top() + 22)
    path = scene.addPath(arrow, QPen(QColor(soft), 3))
    path.setZValue(Z_BACKGROUND)
    items.append(path)
    for i, stop in enumerate(stops):
        label = _text(scene, stop.words, board_font(28, bold=True), ink)
        if label.boundingRect().width() > band - 24 and " " in stop.words:
            words = stop.words.split(" ")
            cut = min(range(1, len(words)), key=lambda k: abs(len(" ".join(words[:k])) - len(stop.words) / 2))
            label.setText(" ".join(words[:cut]) + "\n" + " ".join(words[cut:]))
        label.setRotation(-90)
        r = label.boundingRect()
        centre = b.bottom() - (i + 0.5) * band
        label.setPos(b.left() - 14 - r.height(), centre + r.width() / 2)
        items.append(label)

    # the horizontal question under the board
    axis = definition.horizontal
    y = b.bottom() + 22
    low = _text(scene, f"⟵  {axis.low}", board_font(26, bold=True), soft)
    low.setPos(b.left(), y)
    high = _text(scene, f"{axis.high}  ⟶", board_font(26, bold=True), soft)
    high.setPos(b.right() - high.boundingRect().width(), y)
    question = _text(scene, f"{axis.name}   ·   {definition.vertical.name}", board_font(24), soft)
    _centre_at(question, b.center().x(), y + 2)
    items += [low, high, question]
    return items


def build_landmarks(scene: QGraphicsScene, definition: BoardDefinition) -> list[QGraphicsItem]:
    """The known practices from the source figure: faint dots with italic names."""
    items: list[QGraphicsItem] = []
    colour = QColor("#5b6672")
    for landmark in definition.landmarks:
        centre = to_scene(landmark.x, landmark.y)
        dot = scene.addEllipse(QRectF(centre.x() - 7, centre.y() - 7, 14, 14),
                               QPen(Qt.PenStyle.NoPen), QBrush(colour))
        dot.setOpacity(0.45)
        dot.setZValue(Z_LANDMARK)
        label = _text(scene, landmark.name, board_font(26, italic=True), "#5b6672", Z_LANDMARK)
        label.setOpacity(0.7)
        label.setPos(centre.x() + 12, centre.y() - label.boundingRect().height() / 2)
        dot.setData(0, landmark.name)
        items += [dot, label]
    return items
