"""Draw a card from deck data with QPainter: the same drawing for the viewer, the overview and the
projection. Text is laid out as plain text (QTextLayout), so typed markup shows literally.

Like the printed card (pdf/cardlayout.py): the category's symbol beside its name in the band (the
shape tells categories apart without colour), the card's picture under the band scaled to fit, and
on the back the deck's name (also under a card's own back text).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (QColor, QFont, QFontMetricsF, QImageReader, QPainter, QPainterPath, QPen, QPixmap,
                           QPixmapCache, QPolygonF, QTextLayout, QTextOption)

from ..core.decks.decks import Card, Deck
from ..core.decks.symbols import OUTLINED, polygons

INK = QColor("#1d1d1f")
PAPER = QColor("#fffdf8")


@dataclass
class Block:
    text: str
    size: float  # relative to the card height
    bold: bool = False
    italic: bool = False
    colour: QColor = field(default_factory=lambda: QColor(INK))
    gap: float = 0.02  # space after, relative to the card height
    box: QColor | None = None  # a tinted box behind the block (assignment)
    role: str = ""  # title, body, question, assignment: what paint_card reports sizes for


def text_layout(text: str, font: QFont, width: float) -> tuple[QTextLayout, float]:
    """Lay out plain text in a width, breaking long words where needed; returns (layout, height).
    A newline in the text starts a new line (QTextLayout only knows the Unicode line separator)."""
    layout = QTextLayout(text.replace("\n", "\u2028"), font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.beginLayout()
    y = 0.0
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(max(1.0, width))
        line.setPosition(QPointF(0, y))
        y += line.height()
    layout.endLayout()
    return layout, y


def paint_symbol(painter: QPainter, symbol: str, centre: QPointF, r: float, colour: QColor) -> None:
    """A category symbol (core/decks/symbols.py) centred at ``centre`` with radius ``r`` px."""
    path = QPainterPath()
    for polygon in polygons(symbol):
        path.addPolygon(QPolygonF([QPointF(centre.x() + x * r, centre.y() - y * r) for x, y in polygon]))
        path.closeSubpath()
    painter.save()
    if symbol in OUTLINED:
        painter.setPen(QPen(colour, max(1.0, r * 0.3)))
        painter.setBrush(Qt.BrushStyle.NoBrush)
    else:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
    painter.drawPath(path)
    painter.restore()


PICTURE_ALLOCATION_MB = 64  # a drawable picture has at most 1600 pixels a side (core/decks/picturecache.py): ~10 MB


def card_picture(deck: Deck, card: Card) -> QPixmap | None:
    """The card's picture (cached), or None when it has none or it cannot be read. A big picture is read
    from its copy scaled once to what a screen needs (core/decks/picturecache.py), never decoded whole."""
    from ..core.decks.picturecache import drawable

    original = deck.image_path(card)
    if original is None:
        return None
    key = f"reflectiespel-card:{original}"
    found = QPixmapCache.find(key)
    if found is not None and not found.isNull():
        return found
    path = drawable(original)
    if path is None:
        return None
    reader = QImageReader(str(path))
    reader.setAllocationLimit(PICTURE_ALLOCATION_MB)
    reader.setAutoTransform(True)
    image = reader.read()
    if image.isNull():
        return None
    pixmap = QPixmap.fromImage(image)
    QPixmapCache.insert(key, pixmap)
    return pixmap


CUT = "cut"  # in paint_card's sizes when the text did not fit even at the smallest size: it ends in '…'
ELLIPSIS = "\u2026"


def draw_within(painter: QPainter, layout: QTextLayout, origin: QPointF, bottom: float, width: float) -> bool:
    """Draw the lines of ``layout`` that end above ``bottom``; when some do not, the last line drawn ends
    in an ellipsis (a visible mark that text is missing, as on paper). True when text was left out."""
    count = layout.lineCount()
    fitting = 0
    while fitting < count:
        line = layout.lineAt(fitting)
        if origin.y() + line.position().y() + line.height() > bottom + 0.5:
            break
        fitting += 1
    if fitting == count:
        layout.draw(painter, origin)
        return False
    for i in range(max(0, fitting - 1)):
        layout.lineAt(i).draw(painter, origin)
    if fitting == 0:
        return True
    last = layout.lineAt(fitting - 1)
    text = layout.text()
    start = last.textStart()
    rest = text[start:].replace("\u2028", " ")
    metrics = QFontMetricsF(layout.font())
    room = width - metrics.horizontalAdvance(ELLIPSIS)
    shown = metrics.elidedText(rest, Qt.TextElideMode.ElideRight, room)
    if shown.endswith(ELLIPSIS):
        shown = shown[:-1]
    shown = shown.rstrip() + ELLIPSIS
    painter.setFont(layout.font())
    painter.drawText(QPointF(origin.x() + last.position().x(), origin.y() + last.position().y() + last.ascent()),
                     shown)
    return True


def _font(px: float, bold: bool = False, italic: bool = False) -> QFont:
    font = QFont()
    font.setPixelSize(max(6, round(px)))
    font.setBold(bold)
    font.setItalic(italic)
    return font


def front_blocks(deck: Deck, card: Card, colour: QColor) -> list[Block]:
    blocks = [Block(card.title, 0.075, bold=True, gap=0.03, role="title")]
    text = deck.card_text(card)
    if text:
        blocks.append(Block(text, 0.05, gap=0.03, role="body"))
    for question in card.questions:
        blocks.append(Block("• " + question, 0.046, colour=colour.darker(140), gap=0.015, role="question"))
    if card.assignment:
        blocks.append(Block(deck.assignment_word() + card.assignment, 0.042, italic=True,
                            box=QColor(colour.red(), colour.green(), colour.blue(), 38), gap=0.0,
                            role="assignment"))
    if card.blank:
        blocks.append(Block("\n" + "_" * 24 + "\n\n" + "_" * 24, 0.05, colour=QColor("#9e9e9e")))
    return blocks


def _fit(blocks: list[Block], height: float, width: float, room: float, scale: float = 1.0) -> tuple[float, list]:
    """Largest scale (<= the one given) at which all blocks fit in ``room``; returns (scale, laid out blocks)."""
    first = scale
    while True:
        laid, total = [], 0.0
        for block in blocks:
            pad = height * 0.02 if block.box else 0.0
            font = _font(block.size * height * scale, block.bold, block.italic)
            layout, h = text_layout(block.text, font, width - 2 * pad)
            laid.append((block, layout, h, pad))
            total += h + 2 * pad + block.gap * height * scale
        if total <= room or scale <= 0.35 * first:
            return scale, laid
        scale *= 0.96


def paint_card(painter: QPainter, rect: QRectF, deck: Deck, card: Card, back: bool = False,
               text_scale: float = 1.0, ink_saving: bool = False) -> dict[str, float]:
    """Paint one card, front or back, filling ``rect``; ``text_scale`` > 1 gives a wide card (a beamer)
    bigger text. Returns the pixel size of each kind of text (title, body, question, assignment)."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    h, w = rect.height(), rect.width()
    radius = min(w, h) * 0.04
    outline = QPainterPath()
    outline.addRoundedRect(rect, radius, radius)
    colour = QColor(deck.category(card.category).colour)
    if back:
        _paint_back(painter, rect, outline, deck, card, ink_saving)
        painter.restore()
        return {}
    painter.fillPath(outline, PAPER)
    band = QRectF(rect.left(), rect.top(), w, h * 0.09)
    painter.setClipPath(outline)
    painter.fillRect(band, colour)
    painter.setClipping(False)
    margin = max(8.0, min(w, h) * 0.06)
    band_ink = QColor("white") if colour.lightnessF() < 0.6 else INK
    r = h * 0.036 * 0.42
    paint_symbol(painter, deck.symbol(card.category), QPointF(rect.left() + margin + r, band.center().y()), r,
                 band_ink)
    painter.setPen(band_ink)
    painter.setFont(_font(h * 0.036, bold=True))
    painter.drawText(band.adjusted(margin + 2 * r + h * 0.018, 0, -margin, 0),
                     Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                     deck.category(card.category).name.upper())
    inner = QRectF(rect.left() + margin, band.bottom() + margin * 0.8,
                   w - 2 * margin, h - band.height() - margin * 1.6)
    picture = card_picture(deck, card) if card.image else None
    if picture is not None:  # under the band, at most 40 % of the room, in its own proportions
        size = picture.size().scaled(round(inner.width()), round(inner.height() * 0.4),
                                     Qt.AspectRatioMode.KeepAspectRatio)
        target = QRectF(inner.left() + (inner.width() - size.width()) / 2, inner.top(), size.width(), size.height())
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawPixmap(target, picture, QRectF(picture.rect()))
        inner.setTop(target.bottom() + margin * 0.5)
    _scale, laid = _fit(front_blocks(deck, card, colour), h, inner.width(), inner.height(), text_scale)
    y = inner.top()
    sizes: dict[str, float] = {}
    for block, layout, bh, pad in laid:
        if y >= inner.bottom() - 1:
            sizes[CUT] = 1.0  # a whole block that found no room at all
            break
        sizes.setdefault(block.role, float(layout.font().pixelSize()))
        shown = min(bh + 2 * pad, inner.bottom() - y)
        if block.box is not None:
            box = QRectF(inner.left(), y, inner.width(), shown)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(block.box)
            painter.drawRoundedRect(box, radius * 0.5, radius * 0.5)
        painter.setPen(block.colour)
        if draw_within(painter, layout, QPointF(inner.left() + pad, y + pad), inner.bottom() - pad, inner.width() - 2 * pad):
            sizes[CUT] = 1.0
            break
        y += bh + 2 * pad + block.gap * h * _scale
    painter.setPen(QPen(colour.darker(120), max(1.0, h * 0.004)))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(outline)
    painter.restore()
    return sizes


def _paint_back(painter: QPainter, rect: QRectF, outline: QPainterPath, deck: Deck, card: Card,
                ink_saving: bool = False) -> None:
    colour = QColor(deck.back.colour)
    h, w = rect.height(), rect.width()
    inset = min(w, h) * 0.05
    if ink_saving:  # white paper, an outline and the text in the deck's colour (as pdf/cardlayout.py)
        painter.fillPath(outline, QColor("white"))
        ink = colour if colour.lightnessF() < 0.45 else colour.darker(200)
        painter.setPen(QPen(ink, max(1.0, h * 0.008)))
    else:
        painter.fillPath(outline, colour)
        ink = QColor("white")
        painter.setPen(QPen(QColor(255, 255, 255, 160), max(1.0, h * 0.006)))
    painter.drawRoundedRect(rect.adjusted(inset, inset, -inset, -inset), inset, inset)
    text = deck.back_text(card) or deck.title
    painter.setPen(ink)
    margin = min(w, h) * 0.12
    room = rect.adjusted(margin, margin, -margin, -margin)
    if card.back and card.back != deck.title:  # a card's own back text: the deck is named under it
        painter.setFont(_font(h * 0.035, bold=True))
        name = QRectF(rect.left() + inset, rect.bottom() - inset - h * 0.07, w - 2 * inset, h * 0.06)
        painter.drawText(name, Qt.AlignmentFlag.AlignCenter, deck.title)
        room.setBottom(min(room.bottom(), name.top()))
    size = h * (0.06 if card.back else 0.08)
    longest = max(text.split(), key=len, default="")
    while True:  # smaller until it fits, and no word has to break in the middle
        font = _font(size, bold=True)
        layout, th = text_layout(text, font, room.width())
        word_fits = QFontMetricsF(font).horizontalAdvance(longest) <= room.width()
        if (th <= room.height() and word_fits) or size < 8:
            break
        size *= 0.9
    top = room.top() + max(0.0, (room.height() - th) / 2)
    for i in range(layout.lineCount()):  # centre each line
        line = layout.lineAt(i)
        line.setPosition(QPointF((room.width() - line.naturalTextWidth()) / 2, line.position().y()))
    draw_within(painter, layout, QPointF(room.left(), top), room.bottom(), room.width())
