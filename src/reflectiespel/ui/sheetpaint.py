"""Printed sheets drawn with QPainter: for the print dialog's preview and for printing through Qt.

The places come from ``pdf/geometry.py`` (the same numbers as the PDF), the cards from the screen
painter ``ui/cardpaint.py``. Geometry has its origin at the bottom-left in mm; Qt at the top-left.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen
from PySide6.QtWidgets import QWidget

from ..core.decks import Card, Deck
from ..pdf.deckpdf import PrintOptions, deck_cards
from ..pdf.geometry import Box, SheetLayout
from .cardpaint import paint_card


@dataclass
class SheetPage:
    """One printed page: which card goes where (trim box in mm) and whether it is its back."""

    back: bool
    items: list[tuple[Box, Card, bool]] = field(default_factory=list)
    ink_saving: bool = False  # backs as an outline on white paper


def print_cards(deck: Deck, options: PrintOptions) -> list[Card]:
    """The cards in print order as deck cards (blank cards made up on the spot)."""
    cards = []
    for pc in deck_cards(deck, options.categories, options.copies, options.blank):
        if pc.key.startswith("leeg-") and pc.blank and not pc.title:
            category = pc.key[len("leeg-"):].rsplit("-", 1)[0]  # deck_cards names them leeg-<category>-<n>
            cards.append(Card.model_construct(id=pc.key, category=category, title="", text="", questions=[],
                                              assignment=None, back=None, image=None, blank=True))
        else:
            cards.append(deck.card(pc.key))
    return cards


def sheet_pages(cards: list[Card], options: PrintOptions, layout: SheetLayout,
                max_sheets: int | None = None) -> list[SheetPage]:
    """The pages in print order, like ``render_cards`` in pdf/deckpdf.py (front, then its backs)."""
    pages: list[SheetPage] = []
    per = layout.per_sheet
    for number, start in enumerate(range(0, len(cards), per)):
        if max_sheets is not None and number >= max_sheets:
            break
        sheet = list(zip(layout.slots, cards[start:start + per]))
        front = SheetPage(False, ink_saving=options.ink_saving)
        for slot, card in sheet:
            front.items.append((layout.face(slot.trim), card, False))
            if options.backs == "fold" and slot.back_trim is not None:
                front.items.append((slot.back_trim, card, True))
        pages.append(front)
        if options.backs in ("long-edge", "short-edge"):
            back = SheetPage(True, ink_saving=options.ink_saving)
            for slot, card in sheet:
                back.items.append((layout.face(layout.back_box(slot.trim, options.backs, options.offset)), card, True))
            pages.append(back)
    return pages


def paint_sheet(painter: QPainter, page: SheetPage, layout: SheetLayout, deck: Deck, origin: QPointF,
                px_per_mm: float, paper: bool = True) -> int:
    """Paint one page with its top-left corner at ``origin``; returns the number of cards drawn."""
    def rect(box: Box) -> QRectF:
        return QRectF(origin.x() + box.x * px_per_mm, origin.y() + (layout.paper_h - box.top) * px_per_mm,
                      box.w * px_per_mm, box.h * px_per_mm)

    painter.save()
    if paper:
        sheet = QRectF(origin.x(), origin.y(), layout.paper_w * px_per_mm, layout.paper_h * px_per_mm)
        painter.fillRect(sheet, QColor("white"))
        painter.setPen(QPen(QColor("#9e9e9e"), 1))
        painter.drawRect(sheet)
    for box, card, back in page.items:
        if layout.bleed > 0 and not (back and page.ink_saving):  # the colour that runs past the cut line
            colour = deck.back.colour if back else deck.category(card.category).colour
            painter.fillRect(rect(box.grown(layout.bleed)), QColor(colour))
        turned = back and any(slot.back_turned and slot.back_trim == box for slot in layout.slots)
        if turned:  # a fold card's back above its front: upside down, so it reads right once folded
            painter.save()
            centre = rect(box).center()
            painter.translate(centre)
            painter.rotate(180)
            painter.translate(-centre)
        paint_card(painter, rect(box), deck, card, back, ink_saving=page.ink_saving)
        if turned:
            painter.restore()
    if not page.back:
        for mark in layout.marks:
            pen = QPen(QColor("black"), max(1.0, 0.25 * px_per_mm))
            if mark.kind == "fold":
                pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawLine(QPointF(origin.x() + mark.x1 * px_per_mm, origin.y() + (layout.paper_h - mark.y1) * px_per_mm),
                             QPointF(origin.x() + mark.x2 * px_per_mm, origin.y() + (layout.paper_h - mark.y2) * px_per_mm))
    painter.restore()
    return len(page.items)


class SheetPreview(QWidget):
    """Shows the first pages (front sheet and its back sheet) as one picture, scaled to fit."""

    PX_PER_MM = 2.5
    GAP_MM = 12.0
    LABEL_MM = 9.0

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("printPreview")
        self.setAccessibleName(self.tr("Voorbeeld van de eerste vellen"))
        self.setMinimumSize(420, 320)
        self.image = QImage()
        self.cards_per_page: list[int] = []  # what the last render drew, per page

    def show_pages(self, pages: list[SheetPage], layout: SheetLayout, deck: Deck, labels: list[str]) -> None:
        s = self.PX_PER_MM
        page_w, page_h = layout.paper_w * s, layout.paper_h * s
        gap, top = self.GAP_MM * s, self.LABEL_MM * s
        width = max(1, round(len(pages) * page_w + (len(pages) - 1) * gap) + 2)
        image = QImage(width, round(page_h + top) + 2, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        self.cards_per_page = []
        for i, (page, label) in enumerate(zip(pages, labels)):
            x = i * (page_w + gap)
            painter.setPen(self.palette().windowText().color())
            painter.setFont(QFont(self.font().family(), -1))
            font = painter.font()
            font.setPixelSize(round(top * 0.55))
            painter.setFont(font)
            painter.drawText(QRectF(x, 0, page_w, top), Qt.AlignmentFlag.AlignCenter, label)
            self.cards_per_page.append(paint_sheet(painter, page, layout, deck, QPointF(x, top), s))
        painter.end()
        self.image = image
        self.update()

    def clear(self) -> None:
        self.image = QImage()
        self.cards_per_page = []
        self.update()

    def paintEvent(self, event) -> None:  # noqa: N802
        if self.image.isNull():
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        size = self.image.size().scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
        x, y = (self.width() - size.width()) / 2, (self.height() - size.height()) / 2
        painter.drawImage(QRectF(x, y, size.width(), size.height()), self.image)
        painter.end()
