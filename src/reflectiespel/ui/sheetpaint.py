"""Printed pages painted with QPainter: the print dialog's preview and "Afdrukken…".

The pages are laid out once, Qt-free, by pdf/deckpdf.py (``deck_pages``, plain data from pdf/drawing.py:
positions in mm, fitted lines of text, sizes, colours); the PDF is the same data drawn by pdf/pdfdraw.py.
This painter decides nothing and measures nothing: it draws each run of text from its start with the
same font file (DejaVu Sans from assets/fonts, no kerning, no hinting), so a printed word lands where
the PDF has it. The layout's origin is the page's bottom-left corner, Qt's the top-left.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QImage,
    QImageReader,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QWidget

from ..core.decks.symbols import OUTLINED, polygons
from ..pdf.drawing import BOLD, ITALIC, PT, Clip, Fill, Line, Outline, Page, Picture, Symbol, Text
from ..resources import font_path
from .screencard import PICTURE_ALLOCATION_MB

TEXT_UNIT = 100  # fonts are set in 1/100 pt (a QFont's pixel size is a whole number)

_family: str | None = None


def print_family() -> str:
    """The family name of the bundled print font, loaded into Qt once."""
    global _family
    if _family is None:
        families: list[str] = []
        for style in ("regular", "bold", "italic"):
            families += QFontDatabase.applicationFontFamilies(QFontDatabase.addApplicationFont(str(font_path(style))))
        _family = families[0] if families else "DejaVu Sans"
    return _family


class PagePainter:
    """Paints pages at ``px_per_mm`` with the page's top-left corner at ``origin``. ``hairline`` (px) is
    the thinnest line drawn: 1 on a screen, so that crop marks stay visible in a small preview; 0 on a
    printer, which draws the widths of the PDF."""

    def __init__(self, painter: QPainter, px_per_mm: float, origin: QPointF | None = None,
                 hairline: float = 0.0):
        self.painter, self.s, self.hairline = painter, px_per_mm, hairline
        self.origin = origin if origin is not None else QPointF(0, 0)
        self.fonts: dict[tuple[str, float], QFont] = {}
        self.pictures: dict[str, QImage] = {}
        self.problems: list[str] = []
        self.height = 0.0

    def paint(self, page: Page, paper: bool = False) -> int:
        """Paint one page; ``paper``: on a white sheet with a grey edge (the preview). Returns the number
        of cards (clipped groups) drawn."""
        p = self.painter
        self.height = page.height
        p.save()
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        if paper:
            sheet = QRectF(self.origin.x(), self.origin.y(), page.width * self.s, page.height * self.s)
            p.fillRect(sheet, QColor("white"))
            p.setPen(QPen(QColor("#9e9e9e"), 1))
            p.drawRect(sheet)
        cards = self._ops(page.ops)
        p.restore()
        return cards

    # --- coordinates ------------------------------------------------------------------------------
    def _point(self, x: float, y: float) -> QPointF:
        return QPointF(self.origin.x() + x * self.s, self.origin.y() + (self.height - y) * self.s)

    def _rect(self, box) -> QRectF:
        return QRectF(self.origin.x() + box.x * self.s, self.origin.y() + (self.height - box.top) * self.s,
                      box.w * self.s, box.h * self.s)

    def _pen(self, colour, width_mm: float) -> QPen:
        pen = QPen(QColor.fromRgbF(*colour), max(self.hairline, width_mm * self.s))
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)  # as PDF's default butt caps
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        return pen

    # --- drawing ----------------------------------------------------------------------------------
    def _ops(self, ops: list) -> int:
        p = self.painter
        cards = 0
        for op in ops:
            kind = type(op)
            if kind is Text:
                self._text(op)
            elif kind is Fill:
                p.fillRect(self._rect(op.box), QColor.fromRgbF(*op.colour))
            elif kind is Outline:
                p.setPen(self._pen(op.colour, op.width))
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawRect(self._rect(op.box))
            elif kind is Line:
                pen = self._pen(op.colour, op.width)
                if op.dash:
                    width = max(pen.widthF(), 1e-6)
                    pen.setDashPattern([op.dash[0] * self.s / width, op.dash[1] * self.s / width])
                p.setPen(pen)
                p.drawLine(self._point(op.x1, op.y1), self._point(op.x2, op.y2))
            elif kind is Clip:
                p.save()
                p.setClipRect(self._rect(op.box), Qt.ClipOperation.IntersectClip)
                self._ops(op.ops)
                p.restore()
                cards += 1
            elif kind is Symbol:
                self._symbol(op)
            elif kind is Picture:
                self._picture(op)
        return cards

    def _font(self, name: str, size: float) -> QFont:
        key = (name, size)
        font = self.fonts.get(key)
        if font is None:
            font = QFont(print_family())
            font.setPixelSize(max(1, round(size * TEXT_UNIT)))
            font.setBold(name == BOLD)
            font.setItalic(name == ITALIC)
            font.setKerning(False)  # reportlab neither kerns nor joins letters: the layout's widths are the
            for tag in ("liga", "clig", "dlig", "calt"):  # glyphs' own advances ("fl" stays two letters)
                font.setFeature(QFont.Tag(tag), 0)
            font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
            font.setStyleStrategy(QFont.StyleStrategy.NoFontMerging)
            self.fonts[key] = font
        return font

    def _text(self, op: Text) -> None:
        p = self.painter
        p.save()
        p.translate(self._point(op.x, op.y))
        k = self.s * PT / TEXT_UNIT
        p.scale(k, k)
        if op.turned:
            p.rotate(180)
        p.setFont(self._font(op.font, op.size))
        p.setPen(QColor.fromRgbF(*op.colour))
        p.drawText(QPointF(0, 0), op.text)
        p.restore()

    def _symbol(self, op: Symbol) -> None:
        centre, r = self._point(op.x, op.y), op.r * self.s
        sign = -1 if op.turned else 1
        path = QPainterPath()
        if op.shape in ("circle", "ring"):
            radius = r * (0.82 if op.shape == "ring" else 1.0)
            path.addEllipse(centre, radius, radius)
        else:
            for polygon in polygons(op.shape):
                path.addPolygon(QPolygonF([QPointF(centre.x() + sign * x * r, centre.y() - sign * y * r)
                                           for x, y in polygon]))
                path.closeSubpath()
        p = self.painter
        if op.shape in OUTLINED:
            p.setPen(self._pen(op.colour, 0.3 * op.r))
            p.setBrush(Qt.BrushStyle.NoBrush)
        else:
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor.fromRgbF(*op.colour))
        p.drawPath(path)

    def _picture(self, op: Picture) -> None:
        image = self.pictures.get(op.path)
        if image is None:
            reader = QImageReader(op.path)
            reader.setAllocationLimit(PICTURE_ALLOCATION_MB)  # the scaled copies (core/decks/picturecache.py)
            reader.setAutoTransform(True)
            image = reader.read()
            self.pictures[op.path] = image
        if image.isNull():
            self.problems.append(op.problem or op.path)
            return
        self.painter.drawImage(self._rect(op.box), image)


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

    def show_pages(self, pages: list[Page], labels: list[str]) -> None:
        s = self.PX_PER_MM
        page_w = max((page.width for page in pages), default=0.0) * s
        page_h = max((page.height for page in pages), default=0.0) * s
        gap, top = self.GAP_MM * s, self.LABEL_MM * s
        width = max(1, round(len(pages) * page_w + (len(pages) - 1) * gap) + 2)
        image = QImage(width, round(page_h + top) + 2, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        self.cards_per_page = []
        font = QFont(self.font())
        font.setPixelSize(max(1, round(top * 0.55)))
        for i, (page, label) in enumerate(zip(pages, labels)):
            x = i * (page_w + gap)
            painter.setPen(self.palette().windowText().color())
            painter.setFont(font)
            painter.drawText(QRectF(x, 0, page_w, top), Qt.AlignmentFlag.AlignCenter, label)
            drawer = PagePainter(painter, s, QPointF(x, top), hairline=1.0)
            self.cards_per_page.append(drawer.paint(page, paper=True))
        painter.end()
        self.image = image
        self.update()

    def clear(self) -> None:
        self.image = QImage()
        self.cards_per_page = []
        self.update()

    def paintEvent(self, event) -> None:
        if self.image.isNull():
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        size = self.image.size().scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
        x, y = (self.width() - size.width()) / 2, (self.height() - size.height()) / 2
        painter.drawImage(QRectF(x, y, size.width(), size.height()), self.image)
        painter.end()
