"""The fixed part of the board: zones, their names, the axes and the landmark practices.

Everything is built once from the BoardDefinition as plain Qt items (painted in C++), in a
scene of 1920 x 1080 units, so text sizes are chosen for a projector at full size.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontDatabase, QFontMetricsF, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem, QGraphicsScene, QGraphicsSimpleTextItem

from ...core.board.boarddef import BoardDefinition
from ...core.base.i18n import speaking, translate
from ...resources import font_path
from ..plaintext import plain

SCENE_RECT = QRectF(0, 0, 1920, 1080)
BOARD_RECT = QRectF(150, 215, 1740, 680)  # the area where positions live: x 0..1, y 0..1
LARGE_STRIP = 76  # the same strip on the projector: two rows of bigger names, no note
LARGE = 32  # sub-labels on the projector: x 0.8 on a 1080p beamer is still more than 24 px
ZONE_MARGIN = 12  # free space on either side of a zone's rows
STRIP = 84  # under the board: examples that have only a place along the horizontal axis
AXIS_MARK = "axis"  # data(1) of a landmark drawn on the strip (the label layout leaves it alone)
AXIS_END, AXIS_QUESTION = "axisEnd", "axisQuestion"  # data(0) of the words under the board
SOURCE = "boardSource"  # data(0) of the source line (the legend puts it under itself)
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


def zone_width(zone) -> float:
    return (zone.x[1] - zone.x[0]) * BOARD_RECT.width()


def wrap_line(text: str, metrics: QFontMetricsF, width: float) -> list[str]:
    """A zone's line as rows that each fit ``width``: the line itself when it fits, else broken between words.
    Two rows take the longest first row that leaves at least three words for the second (so 'sociale &
    artistieke kwaliteit / vullen elkaar aan', not '... vullen / elkaar aan'), or else the most even split;
    a longer line is filled row by row. A single word wider than the zone stays whole."""
    words = text.split()
    if metrics.horizontalAdvance(text) <= width or len(words) < 2:
        return [text]
    fits = [k for k in range(1, len(words)) if metrics.horizontalAdvance(" ".join(words[:k])) <= width
            and metrics.horizontalAdvance(" ".join(words[k:])) <= width]
    if fits:
        roomy = [k for k in fits if len(words) - k >= 3]
        k = max(roomy) if roomy else min(fits, key=lambda k: abs(
            metrics.horizontalAdvance(" ".join(words[:k])) - metrics.horizontalAdvance(" ".join(words[k:]))))
        return [" ".join(words[:k]), " ".join(words[k:])]
    rows, row = [], []
    for word in words:
        if row and metrics.horizontalAdvance(" ".join([*row, word])) > width:
            rows.append(" ".join(row))
            row = []
        row.append(word)
    return rows + [" ".join(row)]


def build_background(scene: QGraphicsScene, definition: BoardDefinition, large: bool = False) -> list[QGraphicsItem]:
    """Zones with their names above the board, the vertical axis at the left, the question below.

    ``large`` is the projector's presentation: the beamer shows the scene at about 0.8, so every
    sub-label is at least 32 units (over 24 px on a 1080p screen) and there are fewer words: at most three
    lines per zone (the rows of the source figure), the question on a line of its own, no source line (the console and the report show it)."""
    items: list[QGraphicsItem] = []
    b = BOARD_RECT
    ink, soft = "#1d2733", "#46535f"
    font = board_font(LARGE if large else 24)
    metrics = QFontMetricsF(font)
    rows_of = {zone.id: [row for line in (zone.lines[:3] if large else zone.lines)
                         for row in wrap_line(line, metrics, zone_width(zone) - 2 * ZONE_MARGIN)]
               for zone in definition.zones}
    # The zones' lines sit under their names, each row centred in its zone. When a wrapped line makes a
    # zone one row taller than the header holds (the projector's large rows), every zone's name moves up
    # and shrinks a little, so all names stay level and no row runs into the board.
    most = max((len(rows) for rows in rows_of.values()), default=0)
    step = math.ceil(metrics.height())  # a row's box is this high: rows touch, never overlap
    title_size, title_top, rows_top = 38, 26, 76
    if rows_top + most * step > b.top() - 4:
        title_size, title_top = 34, 20
        rows_top = title_top + QFontMetricsF(board_font(title_size, bold=True)).height() + 2
    for zone in definition.zones:
        top_left, bottom_right = to_scene(zone.x[0], zone.y[1]), to_scene(zone.x[1], zone.y[0])
        rect = QRectF(top_left, bottom_right)
        box = scene.addRect(rect, QPen(Qt.PenStyle.NoPen), QBrush(QColor(zone.colour)))
        box.setZValue(Z_BACKGROUND - 1)
        header = scene.addRect(QRectF(rect.left(), 18, rect.width(), b.top() - 24),
                               QPen(Qt.PenStyle.NoPen), QBrush(QColor(zone.colour).darker(104)))
        header.setZValue(Z_BACKGROUND - 1)
        title = _text(scene, zone.label, board_font(title_size, bold=True), ink)
        _centre_at(title, rect.center().x(), title_top)
        items += [box, header, title]
        for number, row in enumerate(rows_of[zone.id]):
            line = _text(scene, row, font, soft)
            _centre_at(line, rect.center().x(), rows_top + number * step)
            items.append(line)
    frame = scene.addRect(b, QPen(QColor("#7d8a96"), 2), QBrush(Qt.BrushStyle.NoBrush))
    frame.setZValue(Z_BACKGROUND)
    items.append(frame)

    # the vertical axis in equal bands, one per named level. Categories (bands: true) get solid lines
    # and no arrow: they are kinds, not more or less of something; a scale gets dashed lines and an arrow.
    vertical = definition.vertical
    stops = vertical.stops
    band = b.height() / len(stops)
    guide = QPen(QColor("#7d8a96"), 3) if vertical.bands else QPen(QColor("#9aa6b2"), 2, Qt.PenStyle.DashLine)
    for i in range(1, len(stops)):
        line = scene.addLine(b.left(), b.bottom() - i * band, b.right(), b.bottom() - i * band, guide)
        line.setZValue(Z_BACKGROUND)
        items.append(line)
    if not vertical.bands:
        arrow = QPainterPath(QPointF(30, b.bottom()))
        arrow.lineTo(30, b.top() + 4)
        arrow.moveTo(18, b.top() + 22)
        arrow.lineTo(30, b.top() + 4)
        arrow.lineTo(42, b.top() + 22)
        path = scene.addPath(arrow, QPen(QColor(soft), 3))
        path.setZValue(Z_BACKGROUND)
        items.append(path)
    for i, stop in enumerate(stops):
        label = _text(scene, stop.words, board_font(LARGE if large else 28, bold=True), ink)
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
    y = b.bottom() + (LARGE_STRIP if large else STRIP) + 14
    low = _text(scene, f"⟵  {axis.low}", board_font(LARGE if large else 26, bold=True), soft)
    low.setPos(b.left(), y)
    high = _text(scene, f"{axis.high}  ⟶", board_font(LARGE if large else 26, bold=True), soft)
    high.setPos(b.right() - high.boundingRect().width(), y)
    question = _text(scene, f"{axis.name}   ·   {definition.vertical.name}", board_font(LARGE if large else 24), soft)
    _centre_at(question, b.center().x(), y + 42 if large else y + 2)
    low.setData(0, AXIS_END)
    high.setData(0, AXIS_END)
    question.setData(0, AXIS_QUESTION)
    items += [low, high, question]
    if definition.source and not large:  # small print at the bottom left, also on projection and exports
        with speaking(definition.language):  # part of the board: in the board's language, like its words
            said = translate("BoardBackground", "Bron: {0}").format(definition.source)
        source = _text(scene, said, board_font(18), soft)
        source.setPos(b.left() - 130, SCENE_RECT.bottom() - 34)
        source.setData(0, SOURCE)
        items.append(source)
    return items


def build_landmarks(scene: QGraphicsScene, definition: BoardDefinition, large: bool = False) -> list[QGraphicsItem]:
    """The known practices from the source figure, as pairs (mark, name): faint dots with italic names
    on the board, or, for practices with only a horizontal place, ticks on the bottom edge with the
    names in a strip under the board (and the board's note that they are illustrations)."""
    items: list[QGraphicsItem] = []
    colour = QColor("#5b6672")
    on_axis = []
    for landmark in definition.landmarks:
        if landmark.on_axis_only:
            on_axis.append(landmark)
            continue
        centre = to_scene(landmark.x, landmark.y)
        dot = scene.addEllipse(QRectF(centre.x() - 7, centre.y() - 7, 14, 14),
                               QPen(Qt.PenStyle.NoPen), QBrush(colour))
        dot.setOpacity(0.45)
        dot.setZValue(Z_LANDMARK)
        label = _text(scene, landmark.name, board_font(LARGE if large else 26, italic=True), "#5b6672", Z_LANDMARK)
        label.setOpacity(0.7)
        label.setPos(centre.x() + 12, centre.y() - label.boundingRect().height() / 2)
        dot.setData(0, landmark.name)
        if landmark.note:
            dot.setToolTip(plain(landmark.note))
            label.setToolTip(plain(landmark.note))
        items += [dot, label]
    return items + _axis_landmarks(scene, on_axis, definition.landmarks_note, large)


def _axis_landmarks(scene: QGraphicsScene, landmarks: list, note: str, large: bool = False) -> list[QGraphicsItem]:
    """Ticks on the bottom edge of the board, names in two rows beneath, each joined to its tick."""
    items: list[QGraphicsItem] = []
    if not landmarks:
        return items
    b = BOARD_RECT
    font = board_font(LARGE if large else 22, italic=True)
    row_h = 38 if large else 28
    ends = [b.left() - 140, b.left() - 140]  # right edge of the last name in each row
    placed = []  # (landmark, tick x, label, left, width, row, top): all names first, then the lines to them
    for landmark in sorted(landmarks, key=lambda m: m.x):
        x = b.left() + landmark.x * b.width()
        label = _text(scene, landmark.name, font, "#46535f", Z_LANDMARK)
        w = label.boundingRect().width()
        left = min(max(x - w / 2, b.left() - 140), SCENE_RECT.right() - 10 - w)
        row = min((0, 1), key=lambda r: max(0.0, ends[r] + 16 - left))
        left = max(left, ends[row] + 16)
        ends[row] = left + w
        top = b.bottom() + (8 if large else 14) + row * row_h
        label.setPos(left, top)
        placed.append((landmark, x, label, left, w, row, top))
    second_row = [x for _, x, _, _, _, row, _ in placed if row]
    for landmark, x, label, left, w, row, top in placed:
        mark = QPainterPath(QPointF(x, b.bottom() - 10))
        mark.lineTo(x, b.bottom() + 6)
        if not left <= x <= left + w or row:
            mark.lineTo(min(max(x, left + 6), left + w - 6), top + 4)
        tick = scene.addPath(mark, QPen(QColor("#5b6672"), 2))
        tick.setZValue(Z_LANDMARK)
        tick.setData(0, landmark.name)
        tick.setData(1, AXIS_MARK)
        if not row and any(left - 4 <= other <= left + w + 4 for other in second_row):
            # a line to the second row passes here: it goes behind this name, not through its letters
            halo = QGraphicsRectItem(QRectF(-4, 2, w + 8, label.boundingRect().height() - 2), label)
            halo.setPen(QPen(Qt.PenStyle.NoPen))
            halo.setBrush(QBrush(QColor("white")))  # the board's scene background
            halo.setFlag(QGraphicsItem.GraphicsItemFlag.ItemStacksBehindParent)
            label.setZValue(Z_LANDMARK + 1)
        if landmark.note:
            tick.setToolTip(plain(landmark.note))
            label.setToolTip(plain(landmark.note))
        items += [tick, label]
    if note and not large:  # the projector leaves the note to the console
        text = _text(scene, note, board_font(20, italic=True), "#46535f", Z_LANDMARK)
        text.setPos(b.right() - text.boundingRect().width(), b.bottom() + 14 + 2 * row_h)
        text.setData(1, AXIS_MARK)
        items += [text, text]
    return items
